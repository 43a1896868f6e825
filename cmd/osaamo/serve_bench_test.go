package main

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/osaamo/osaamo/internal/serve"
	"github.com/osaamo/osaamo/internal/site"
	"github.com/osaamo/osaamo/internal/testsite"
)

// BenchmarkServeReload measures the live preview as an editor sees it:
// from writing a one-paragraph edit of a monthly theme to the reload event
// for its page, through the file watcher, the rebuild and the event
// stream, on the shipped content and on a generated 5,000-page project.
// It reports the median and 95th percentile of that latency, the time
// until the search index is served too, and the heap in use once the
// first build and its index are done. Each edit waits for the previous
// one's index, as a save every few seconds does.
//
//	go test ./cmd/osaamo -run - -bench ServeReload -benchtime 20x
func BenchmarkServeReload(b *testing.B) {
	for _, c := range []struct {
		name  string
		pages int
	}{{"shipped", 0}, {"5000", 5000}} {
		b.Run(c.name, func(b *testing.B) {
			m := testsite.Shipped(b)
			if c.pages > 0 {
				m = testsite.Corpus(b, c.pages)
			}
			var names []string
			for p := range m {
				if strings.HasPrefix(p, "content/teemat/") && !strings.HasSuffix(p, "_index.md") {
					if _, ok := testsite.EditParagraph(m[p].Data, 0); ok {
						names = append(names, p)
					}
				}
			}
			sort.Strings(names)
			name := names[0]
			orig := m[name].Data
			out := site.URLOf(strings.TrimPrefix(name, "content/")) + "index.html"
			dir := testsite.WriteDir(b, m)
			m = nil // measure the server's heap, not the generator's

			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				b.Fatal(err)
			}
			p := newPreview(dir, previewOpts, io.Discard, io.Discard)
			ready := make(chan string, 1)
			settled := make(chan struct{}, 16)
			p.ready = func(url string) { ready <- url }
			p.settled = func() { settled <- struct{}{} }
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- p.run(ctx, ln) }()
			defer func() { cancel(); <-done }()
			const long = 20 * time.Minute // a first build of 5,000 pages on a busy machine
			var url string
			select {
			case url = <-ready:
			case <-time.After(long):
				b.Fatal("not serving")
			}
			events := testsite.Events(b, url+strings.TrimPrefix(serve.EventsPath, "/"))
			wait := func(what string, ch <-chan struct{}) {
				select {
				case <-ch:
				case <-time.After(long):
					b.Fatalf("no %s after %v", what, long)
				}
			}
			wait("search index of the first build", settled)
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)

			reloaded := make(chan struct{}, 16)
			go func() {
				for ev := range events {
					var rl serve.Reload
					if ev.Name == serve.EventReload && json.Unmarshal([]byte(ev.Data), &rl) == nil && slices.Contains(rl.Changed, out) {
						reloaded <- struct{}{}
					}
				}
			}()
			var page, index []time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				data, _ := testsite.EditParagraph(orig, i+1)
				start := time.Now()
				if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), data, 0o644); err != nil {
					b.Fatal(err)
				}
				wait("reload event for "+out, reloaded)
				page = append(page, time.Since(start))
				wait("search index", settled)
				index = append(index, time.Since(start))
			}
			b.StopTimer()
			b.ReportMetric(percentile(page, 50), "p50-ms")
			b.ReportMetric(percentile(page, 95), "p95-ms")
			b.ReportMetric(percentile(index, 50), "index-p50-ms")
			b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
		})
	}
}

// percentile returns the p-th percentile of ds in milliseconds (nearest
// rank).
func percentile(ds []time.Duration, p int) float64 {
	s := slices.Clone(ds)
	slices.Sort(s)
	i := (len(s)*p + 99) / 100
	i = min(max(i, 1), len(s)) - 1
	return float64(s[i].Microseconds()) / 1000
}

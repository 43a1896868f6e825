package browsertest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/osaamo/osaamo/internal/benchcorpus"
	"github.com/osaamo/osaamo/internal/build"
	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/testsite"
)

// BenchmarkSearchLatency measures what the issue 4 budget is about: the
// index a query loads and how fast it answers, in Chromium, for the
// shipped content and a generated 10,000-page corpus (internal/benchcorpus,
// seed 1), served over HTTP under a subpath and opened from file://. Run it
// alone, once:
//
//	go test ./internal/browsertest -run XXX -bench SearchLatency -benchtime 1x -timeout 60m
//
// Every query of the Finnish query set is submitted on a fresh page with an
// empty cache (tests/browser/latency.mjs): "first" is submit to rendered
// results, index files included; "warm" is the same query submitted again
// on that page with everything loaded, the ranking and rendering alone
// (median of five); "load" is first minus warm. "hot" is the query on a
// page that has answered the whole set before, so its scripts are
// compiled and optimised. It reports the median and 95th percentile of
// each, in ms, and the mean and largest kilobytes of index files a query
// loaded (every search/… script the page added, meta.js included). The
// build itself is not timed here; see internal/build's benchmarks.
func BenchmarkSearchLatency(b *testing.B) {
	s := needBrowser(b)
	queries := queryTexts(b)
	for _, c := range []struct {
		name  string
		pages int
	}{{"shipped", 0}, {"10k", 10000}} {
		b.Run(c.name, func(b *testing.B) {
			files := buildCorpus(b, c.pages)
			roots := []struct{ name, url string }{
				{"http", serveFiles(b, files)},
				{"file", fileURL(writeFiles(b, files))},
			}
			for _, root := range roots {
				b.Run(root.name, func(b *testing.B) {
					var m latency
					for b.Loop() {
						m = s.latency(b, root.url, queries)
					}
					m.report(b, files)
				})
			}
		})
	}
}

// latency is latency.mjs's answer.
type latency struct {
	Queries []struct {
		Q                string
		First, Warm, Hot float64
		Files            []string
		Results          int
	}
}

// report reports the medians, 95th percentiles and sizes of m.
func (m latency) report(b *testing.B, files output.Files) {
	var first, warm, hot, load, kb []float64
	for _, q := range m.Queries {
		first = append(first, q.First)
		warm = append(warm, q.Warm)
		hot = append(hot, q.Hot)
		load = append(load, q.First-q.Warm)
		n := 0
		for _, f := range q.Files {
			data, ok := files[f]
			if !ok {
				b.Fatalf("%q loaded %s, which the build did not write", q.Q, f)
			}
			n += len(data)
		}
		kb = append(kb, float64(n)/1000)
		if q.Results == 0 {
			b.Errorf("%q: no results in the browser", q.Q)
		}
	}
	for _, v := range []struct {
		name string
		xs   []float64
	}{{"first", first}, {"load", load}, {"warm", warm}, {"hot", hot}} {
		p50, p95 := percentiles(v.xs)
		b.ReportMetric(p50, v.name+"-ms-p50")
		b.ReportMetric(p95, v.name+"-ms-p95")
	}
	sum, most := 0.0, 0.0
	for _, x := range kb {
		sum += x
		most = max(most, x)
	}
	b.ReportMetric(sum/float64(len(kb)), "query-KB-mean")
	b.ReportMetric(most, "query-KB-max")
}

// percentiles returns the median and the 95th percentile of xs.
func percentiles(xs []float64) (p50, p95 float64) {
	xs = append([]float64(nil), xs...)
	sort.Float64s(xs)
	return xs[len(xs)/2], xs[len(xs)*95/100]
}

// latency runs latency.mjs over the site at root.
func (s suite) latency(b *testing.B, root string, queries []string) latency {
	job, _ := json.Marshal(map[string]any{"chromium": s.chromium, "root": root, "queries": queries, "warm": 5})
	jobFile := filepath.Join(b.TempDir(), "job.json")
	if err := os.WriteFile(jobFile, job, 0o644); err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, s.node, "latency.mjs", jobFile)
	cmd.Dir = s.dir
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 20 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		b.Fatalf("node latency.mjs: %v\n%s", err, stderr.String())
	}
	var m latency
	if err := json.Unmarshal(stdout.Bytes(), &m); err != nil {
		b.Fatalf("read latency.mjs's answer: %v\n%s", err, stdout.String())
	}
	if len(m.Queries) != len(queries) {
		b.Fatalf("latency.mjs answered %d queries, want %d", len(m.Queries), len(queries))
	}
	return m
}

// buildCorpus builds the shipped site (pages = 0) or a generated corpus of
// that many pages, with the repository's themes, for 2022-03-15.
func buildCorpus(b *testing.B, pages int) output.Files {
	if pages == 0 {
		return buildShipped(b, "public").Files
	}
	root := testsite.Root()
	themes := map[string][]byte{}
	err := filepath.WalkDir(filepath.Join(root, "themes"), func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		themes[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	res, err := build.Run(benchcorpus.MapFS(benchcorpus.Options{Pages: pages, Seed: 1}, themes), build.Options{Today: "2022-03-15"})
	if err != nil {
		b.Fatal(err)
	}
	if res.Diags.HasErrors() {
		b.Fatalf("the %d-page corpus does not build:\n%s", pages, res.Diags.Error())
	}
	return res.Files
}

// queryTexts returns the queries of internal/build/testdata/queries.tsv.
func queryTexts(t testing.TB) []string {
	t.Helper()
	f, err := os.Open(filepath.Join(testsite.Root(), "internal", "build", "testdata", "queries.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var queries []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			q, _, _ := strings.Cut(line, "\t")
			queries = append(queries, q)
		}
	}
	return queries
}

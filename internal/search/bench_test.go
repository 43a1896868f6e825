package search

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/osaamo/osaamo/internal/benchcorpus"
)

// The benchmarks of the index's parts run over pages made from Markdown
// without the build (see benchPages), so the search package measures
// itself; internal/build's BenchmarkSearchIndex runs Build and Files over
// what a real build hands it. For 10k, run with -benchtime 1x.

var benchSizes = []struct {
	name  string
	pages int
}{{"shipped", 0}, {"1k", 1000}, {"10k", 10000}}

// BenchmarkReadWords measures tokenising every page into numbered words.
func BenchmarkReadWords(b *testing.B) {
	for _, c := range benchSizes {
		b.Run(c.name, func(b *testing.B) {
			pages := benchPages(b, c.pages)
			b.SetBytes(textBytes(pages))
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				readWords(pages)
			}
			reportCPU(b, cpu)
		})
	}
}

// BenchmarkBuild measures building the index: words, keys, compound
// parts, scores and postings.
func BenchmarkBuild(b *testing.B) {
	for _, c := range benchSizes {
		b.Run(c.name, func(b *testing.B) {
			pages := benchPages(b, c.pages)
			b.SetBytes(textBytes(pages))
			b.ReportAllocs()
			var idx *Index
			cpu := cpuTime()
			for b.Loop() {
				idx = Build(pages)
			}
			reportCPU(b, cpu)
			b.ReportMetric(float64(len(idx.Postings)), "keys")
		})
	}
}

// BenchmarkFiles measures writing a built index as its script files.
func BenchmarkFiles(b *testing.B) {
	for _, c := range benchSizes {
		b.Run(c.name, func(b *testing.B) {
			idx := Build(benchPages(b, c.pages))
			b.ReportAllocs()
			size := 0
			cpu := cpuTime()
			for b.Loop() {
				size = idx.Files().Size()
			}
			reportCPU(b, cpu)
			b.ReportMetric(float64(size), "index-bytes")
		})
	}
}

// reportCPU reports the CPU time used since start, on every core, per
// operation: the work done, less disturbed than ns/op by other processes
// on a shared machine.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

func textBytes(pages []Page) int64 {
	n := 0
	for _, p := range pages {
		n += len(p.Title) + len(p.Body)
		for _, h := range p.Headings {
			n += len(h)
		}
		for _, t := range p.Terms {
			n += len(t)
		}
	}
	return int64(n)
}

// benchPages returns the shipped content (n = 0) or a generated corpus of
// n pages as search pages, made roughly the way the build makes them: the
// title from the front matter, "#" lines as headings, the front matter's
// other values as terms and the rest, Markdown and all, as the body.
func benchPages(b *testing.B, n int) []Page {
	b.Helper()
	files := map[string][]byte{}
	if n == 0 {
		root := "../../content"
		err := fs.WalkDir(os.DirFS(root), ".", func(p string, e fs.DirEntry, err error) error {
			if err == nil && !e.IsDir() && strings.HasSuffix(p, ".md") {
				files["content/"+p], err = os.ReadFile(path.Join(root, p))
			}
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	} else {
		files = benchcorpus.Files(benchcorpus.Options{Pages: n, Seed: 1})
	}
	names := make([]string, 0, len(files))
	for name := range files {
		if strings.HasPrefix(name, "content/") {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	pages := make([]Page, 0, len(names))
	kinds := []string{"theme", "case", "term", "page"}
	for i, name := range names {
		p := Page{URL: strings.TrimSuffix(name, ".md") + "/index.html", Kind: kinds[i%len(kinds)]}
		front, body, _ := strings.Cut(strings.TrimPrefix(string(files[name]), "---\n"), "\n---\n")
		for _, line := range strings.Split(front, "\n") {
			key, value, _ := strings.Cut(line, ":")
			if key == "title" {
				p.Title = strings.Trim(value, ` "`)
			} else if value != "" {
				p.Terms = append(p.Terms, value)
			}
		}
		var rest strings.Builder
		for _, line := range strings.Split(body, "\n") {
			if strings.HasPrefix(line, "#") {
				p.Headings = append(p.Headings, strings.TrimLeft(line, "# "))
			} else {
				rest.WriteString(line)
				rest.WriteByte('\n')
			}
		}
		p.Body = rest.String()
		p.Facets = []string{fmt.Sprintf("level:%d", i%3)}
		pages = append(pages, p)
	}
	return pages
}

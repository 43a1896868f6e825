package build

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/osaamo/osaamo/internal/benchcorpus"
	"github.com/osaamo/osaamo/internal/search"
	"github.com/osaamo/osaamo/internal/testsite"
)

// corpus returns the project for a benchmark: the shipped content, or a
// generated corpus of n pages with the repository's themes.
func corpus(b *testing.B, n int) fs.FS {
	b.Helper()
	if n == 0 {
		return os.DirFS(testsite.Root())
	}
	themes := map[string][]byte{}
	root := testsite.Root()
	filepath.WalkDir(filepath.Join(root, "themes"), func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			data, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(root, p)
			themes[filepath.ToSlash(rel)] = data
		}
		return nil
	})
	return benchcorpus.MapFS(benchcorpus.Options{Pages: n, Seed: 1}, themes)
}

var corpora = []struct {
	name  string
	pages int
}{{"shipped", 0}, {"1k", 1000}, {"10k", 10000}}

// BenchmarkBuildFull measures a whole build in memory, search index
// included, for the shipped content and generated corpora.
func BenchmarkBuildFull(b *testing.B) {
	for _, c := range corpora {
		b.Run(c.name, func(b *testing.B) {
			fsys := corpus(b, c.pages)
			b.ReportAllocs()
			b.ResetTimer()
			var res *Result
			for i := 0; i < b.N; i++ {
				var err error
				res, err = Run(fsys, Options{Today: "2022-03-15"})
				if err != nil || res.Diags.HasErrors() {
					b.Fatal(err, res.Diags)
				}
			}
			b.ReportMetric(float64(res.Stats.Pages), "pages")
			b.ReportMetric(float64(res.Stats.Bytes)/float64(res.Stats.Pages), "bytes/page")
		})
	}
}

// BenchmarkSearchIndex measures building the search index alone and
// reports its size and what a typical query loads: the mean and the
// largest number of bytes over the Finnish query set, showing 10 results.
func BenchmarkSearchIndex(b *testing.B) {
	queries := readQueriesB(b)
	for _, c := range corpora {
		b.Run(c.name, func(b *testing.B) {
			res, err := Run(corpus(b, c.pages), Options{Today: "2022-03-15"})
			if err != nil || res.Diags.HasErrors() {
				b.Fatal(err, res.Diags)
			}
			pages := res.search
			b.ReportAllocs()
			b.ResetTimer()
			var idx *search.Index
			for i := 0; i < b.N; i++ {
				idx = search.Build(pages)
			}
			b.StopTimer()
			files := idx.Files()
			b.ReportMetric(float64(files.Size()), "index-bytes")
			b.ReportMetric(float64(len(files)), "index-files")
			total, most := 0, 0
			for _, q := range queries {
				names, err := idx.Loaded(files, q, 10)
				if err != nil {
					b.Fatal(err)
				}
				n := 0
				for _, name := range names {
					n += len(files[name])
				}
				total += n
				most = max(most, n)
			}
			b.ReportMetric(float64(total)/float64(len(queries)), "query-bytes-mean")
			b.ReportMetric(float64(most), "query-bytes-max")
		})
	}
}

// BenchmarkQuery measures ranking one query in Go over a built index.
func BenchmarkQuery(b *testing.B) {
	queries := readQueriesB(b)
	for _, c := range corpora {
		b.Run(c.name, func(b *testing.B) {
			res, err := Run(corpus(b, c.pages), Options{Today: "2022-03-15"})
			if err != nil || res.Diags.HasErrors() {
				b.Fatal(err, res.Diags)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				res.Index.Query(queries[i%len(queries)], search.Options{Limit: 10})
			}
		})
	}
}

func readQueriesB(b *testing.B) []string {
	var t testing.T
	var out []string
	for _, q := range readQueries(&t) {
		out = append(out, q.text)
	}
	if len(out) == 0 {
		b.Fatal("no queries")
	}
	return out
}

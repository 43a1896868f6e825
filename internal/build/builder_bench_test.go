package build

import (
	"runtime"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/osaamo/osaamo/internal/testsite"
)

// editable returns the first monthly theme of m, in path order, whose
// prose testsite.EditParagraph can change: themes are what editors write
// most. (Editing the course or the idea book also remakes the teachers'
// downloads.)
func editable(b *testing.B, m fstest.MapFS) string {
	b.Helper()
	var names []string
	for p := range m {
		if strings.HasPrefix(p, "content/teemat/") && strings.HasSuffix(p, ".md") && !strings.HasSuffix(p, "_index.md") {
			names = append(names, p)
		}
	}
	sort.Strings(names)
	for _, p := range names {
		if _, ok := testsite.EditParagraph(m[p].Data, 0); ok {
			return p
		}
	}
	b.Fatal("no content file with a paragraph to edit")
	return ""
}

// BenchmarkApplyEdit measures what a one-paragraph edit costs the live
// preview's Builder: Update, without the search index (which the preview
// builds in the background). It reports the rendered pages per edit and
// the heap in use with every cache full.
func BenchmarkApplyEdit(b *testing.B) {
	for _, c := range []struct {
		name  string
		pages int
	}{{"shipped", 0}, {"5000", 5000}} {
		b.Run(c.name, func(b *testing.B) {
			m := testsite.Shipped(b)
			if c.pages > 0 {
				m = testsite.Corpus(b, c.pages)
			}
			name := editable(b, m)
			orig := m[name].Data
			bl := New(m, Options{Preview: true, Today: "2022-03-15"})
			res, err := bl.Build(nil)
			if err != nil || res.Diags.HasErrors() {
				b.Fatal(err, res.Diags)
			}
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			rendered := 0
			b.ResetTimer()
			start := time.Now()
			for i := 0; i < b.N; i++ {
				data, _ := testsite.EditParagraph(orig, i+1)
				m[name] = &fstest.MapFile{Data: data}
				res, err := bl.Update([]string{name})
				if err != nil || res.Diags.HasErrors() {
					b.Fatal(err, res.Diags)
				}
				rendered += res.Stats.Rendered
			}
			b.ReportMetric(float64(time.Since(start).Milliseconds())/float64(b.N), "ms/edit")
			b.ReportMetric(float64(rendered)/float64(b.N), "rendered/edit")
			b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
		})
	}
}

package build

import (
	"path/filepath"
	"testing"

	"github.com/osaamo/osaamo/internal/check"
	"github.com/osaamo/osaamo/internal/content"
	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/render"
	"github.com/osaamo/osaamo/internal/search"
	"github.com/osaamo/osaamo/internal/site"
	"github.com/osaamo/osaamo/internal/theme"
)

// The stage benchmarks time each stage of a full build alone, on the
// shipped content and the generated corpora, with allocations:
//
//	go test ./internal/build -run XXX -bench Stage -benchmem
//
// Each prepares its input with a full build outside the timer. Together
// with BenchmarkBuildFull they show where a build's time goes.

// stageCorpus builds corpus c once and returns the project and a Builder
// that has read and rendered it.
func stageCorpus(b *testing.B, pages int) (*Builder, *Result) {
	b.Helper()
	bl := New(corpus(b, pages), Options{Today: "2022-03-15"})
	res, err := bl.Build(nil)
	if err != nil || res.Diags.HasErrors() {
		b.Fatal(err, res.Diags)
	}
	return bl, res
}

func eachCorpus(b *testing.B, run func(b *testing.B, bl *Builder, res *Result)) {
	for _, c := range corpora {
		b.Run(c.name, func(b *testing.B) {
			bl, res := stageCorpus(b, c.pages)
			b.ReportAllocs()
			b.ResetTimer()
			run(b, bl, res)
		})
	}
}

// BenchmarkStageLoad lists the content and reads every file: front matter
// decoded and Markdown parsed.
func BenchmarkStageLoad(b *testing.B) {
	eachCorpus(b, func(b *testing.B, bl *Builder, res *Result) {
		for i := 0; i < b.N; i++ {
			fresh := New(bl.fsys, bl.opts)
			names, _, _ := content.List(fresh.fsys)
			fresh.read(names, newChangeSet(nil), res.Config)
		}
	})
}

// BenchmarkStageAssemble assembles the site from loaded documents: URLs,
// sections, taxonomies, related content, the link table.
func BenchmarkStageAssemble(b *testing.B) {
	eachCorpus(b, func(b *testing.B, bl *Builder, res *Result) {
		in := stageInput(bl, res)
		for i := 0; i < b.N; i++ {
			site.Assemble(in, site.Options{Target: res.Target})
		}
	})
}

// BenchmarkStageCheck runs the site-wide checks.
func BenchmarkStageCheck(b *testing.B) {
	eachCorpus(b, func(b *testing.B, bl *Builder, res *Result) {
		for i := 0; i < b.N; i++ {
			check.Run(res.Site)
		}
	})
}

// BenchmarkStageMarkdown renders every page's Markdown body to HTML.
func BenchmarkStageMarkdown(b *testing.B) {
	eachCorpus(b, func(b *testing.B, bl *Builder, res *Result) {
		for i := 0; i < b.N; i++ {
			render.RenderBodies(res.Site)
		}
	})
}

// BenchmarkStageTemplates executes the theme's layouts for every page,
// with the bodies already rendered.
func BenchmarkStageTemplates(b *testing.B) {
	eachCorpus(b, func(b *testing.B, bl *Builder, res *Result) {
		bodies := render.RenderBodies(res.Site)
		th, err := theme.Load(bl.fsys, res.Config.Theme, render.Funcs())
		if err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := render.Render(res.Site, th, bodies, render.Options{Today: "2022-03-15"}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkStageSearch builds the search index from the rendered pages and
// turns it into files.
func BenchmarkStageSearch(b *testing.B) {
	eachCorpus(b, func(b *testing.B, bl *Builder, res *Result) {
		pages := searchPages(res.Site, render.RenderBodies(res.Site))
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			search.Build(pages).Files()
		}
	})
}

// BenchmarkStageWrite writes the whole output to disk: into an empty
// folder (a first build) and over an identical earlier output (a rebuild
// where nothing changed, which links files instead of writing them).
func BenchmarkStageWrite(b *testing.B) {
	for _, c := range corpora {
		b.Run(c.name, func(b *testing.B) {
			_, res := stageCorpus(b, c.pages)
			b.Run("fresh", func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					root := b.TempDir()
					b.StartTimer()
					if err := output.Write(res.Files, filepath.Join(root, "public"), root); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(res.Stats.Bytes), "output-bytes")
			})
			b.Run("unchanged", func(b *testing.B) {
				root := b.TempDir()
				out := filepath.Join(root, "public")
				if err := output.Write(res.Files, out, root); err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if err := output.Write(res.Files, out, root); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}

// stageInput is what Assemble got in res's build.
func stageInput(bl *Builder, res *Result) site.Input {
	names, assets, _ := content.List(bl.fsys)
	in := site.Input{Config: res.Config, Assets: assets}
	for _, name := range names {
		if src := bl.sources[name]; src.doc != nil {
			in.Docs = append(in.Docs, src.doc)
			in.Parsed = append(in.Parsed, src.parsed)
		}
	}
	return in
}

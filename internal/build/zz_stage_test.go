package build

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/osaamo/osaamo/internal/benchcorpus"
	"github.com/osaamo/osaamo/internal/check"
	"github.com/osaamo/osaamo/internal/config"
	"github.com/osaamo/osaamo/internal/content"
	"github.com/osaamo/osaamo/internal/markdown"
	"github.com/osaamo/osaamo/internal/render"
	"github.com/osaamo/osaamo/internal/search"
	"github.com/osaamo/osaamo/internal/site"
	"github.com/osaamo/osaamo/internal/testsite"
	"github.com/osaamo/osaamo/internal/theme"
)

func TestZZStages(t *testing.T) {
	themes := map[string][]byte{}
	filepath.WalkDir(filepath.Join(testsite.Root(), "themes"), func(p string, e fs.DirEntry, err error) error {
		if e.IsDir() { return nil }
		b, _ := os.ReadFile(p)
		rel, _ := filepath.Rel(testsite.Root(), p)
		themes[filepath.ToSlash(rel)] = b
		return nil
	})
	fsys := benchcorpus.MapFS(benchcorpus.Options{Pages: 5000, Seed: 1}, themes)
	for round := 0; round < 1; round++ {
	t0 := time.Now()
	cfg, _ := config.Load(fsys)
	target, _ := cfg.Target("")
	target.Include = []string{"public", "internal"}
	set, _ := content.Load(fsys)
	t1 := time.Now()
	parsed, _ := parseAll(set.Docs, markdown.Options{})
	t2 := time.Now()
	s, _ := site.Assemble(site.Input{Config: cfg, Docs: set.Docs, Parsed: parsed, Assets: set.Assets}, site.Options{Target: target, Drafts: true})
	t3 := time.Now()
	ds := check.Run(s)
	t4 := time.Now()
	th, err := theme.Load(fsys, cfg.Theme, render.Funcs())
	if err != nil { t.Fatal(err) }
	t5 := time.Now()
	bodies := render.RenderBodies(s)
	t6 := time.Now()
	files, err := render.Render(s, th, bodies, render.Options{Today: "2021-03-01", Preview: true})
	t7 := time.Now()
	idx := search.Build(searchPages(s, bodies))
	n := len(idx.Files())
	t8 := time.Now()
	t.Logf("load %v parse %v assemble %v check %v(%d) theme %v bodies %v render %v(%d) search %v(%d)", t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), t4.Sub(t3), len(ds), t5.Sub(t4), t6.Sub(t5), t7.Sub(t6), len(files), t8.Sub(t7), n)
	}
}

package build

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"github.com/osaamo/osaamo/internal/benchcorpus"
	"github.com/osaamo/osaamo/internal/config"
	"github.com/osaamo/osaamo/internal/content"
	"github.com/osaamo/osaamo/internal/markdown"
	"github.com/osaamo/osaamo/internal/site"
	"github.com/osaamo/osaamo/internal/testsite"
)

func BenchmarkZZAssemble(b *testing.B) {
	themes := map[string][]byte{}
	filepath.WalkDir(filepath.Join(testsite.Root(), "themes"), func(p string, e fs.DirEntry, err error) error {
		if e.IsDir() { return nil }
		bb, _ := os.ReadFile(p)
		rel, _ := filepath.Rel(testsite.Root(), p)
		themes[filepath.ToSlash(rel)] = bb
		return nil
	})
	fsys := benchcorpus.MapFS(benchcorpus.Options{Pages: 5000, Seed: 1}, themes)
	cfg, _ := config.Load(fsys)
	target, _ := cfg.Target("")
	set, _ := content.Load(fsys)
	parsed, _ := parseAll(set.Docs, markdown.Options{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		site.Assemble(site.Input{Config: cfg, Docs: set.Docs, Parsed: parsed, Assets: set.Assets}, site.Options{Target: target, Drafts: true})
	}
}

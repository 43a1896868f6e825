// Package build runs the pipeline — config, content, markdown, site, check,
// theme, render — over a project and returns the output in memory with
// every diagnostic of the run. It does not write the output (cmd/osaamo and
// serve decide where it goes) and it never reads the clock unless no
// reference date is given.
package build

import (
	"fmt"
	"io/fs"
	"time"

	"github.com/osaamo/osaamo/internal/check"
	"github.com/osaamo/osaamo/internal/config"
	"github.com/osaamo/osaamo/internal/content"
	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/markdown"
	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/parallel"
	"github.com/osaamo/osaamo/internal/render"
	"github.com/osaamo/osaamo/internal/search"
	"github.com/osaamo/osaamo/internal/site"
	"github.com/osaamo/osaamo/internal/theme"
)

// Options selects what to build.
type Options struct {
	// Target names a target of site.yaml; "" means the first one.
	Target string
	// Drafts includes documents with draft: true.
	Drafts bool
	// Today pins the reference date (YYYY-MM-DD) for "this month's theme";
	// "" uses site.yaml's now, else the current date.
	Today string
	// Preview renders for the live preview (banners, reload script).
	Preview bool
	// CheckOnly stops after validation: no theme, no rendering.
	CheckOnly bool
}

// Result is one build's outcome. Files is nil when Diags has errors.
type Result struct {
	Config *config.Config
	Target config.Target
	Site   *site.Site
	Files  output.Files
	// Index is the search index the files include.
	Index *search.Index
	Diags diag.List
	Stats Stats
}

// Stats counts what a build produced.
type Stats struct {
	Documents int
	Pages     int
	Files     int
	Bytes     int
}

// Run builds the project rooted at fsys. Problems in the user's input are
// returned as diagnostics in the result, sorted; the error is for failures
// of osaamo or the system (an unreadable theme, a template bug).
func Run(fsys fs.FS, opts Options) (*Result, error) {
	res := &Result{}
	cfg, ds := config.Load(fsys)
	res.Diags = append(res.Diags, ds...)
	if cfg == nil {
		return res.done(), nil
	}
	res.Config = cfg
	target, err := cfg.Target(opts.Target)
	if err != nil {
		res.Diags = append(res.Diags, diag.Diagnostic{File: config.File, Message: err.Error(),
			Hint: "pass --target with one of the names under targets: in site.yaml"})
		return res.done(), nil
	}
	if opts.Preview {
		// The preview shows editors everything, each marked with a banner.
		target.Include = []string{"public", "internal"}
	}
	res.Target = target

	set, ds := content.Load(fsys)
	res.Diags = append(res.Diags, ds...)
	parsed, ds := parseAll(set.Docs, markdown.Options{UnsafeHTML: cfg.Markdown.UnsafeHTML})
	res.Diags = append(res.Diags, ds...)
	res.Stats.Documents = len(set.Docs)

	s, ds := site.Assemble(site.Input{Config: cfg, Docs: set.Docs, Parsed: parsed, Assets: set.Assets},
		site.Options{Target: target, Drafts: opts.Drafts || opts.Preview})
	res.Diags = append(res.Diags, ds...)
	res.Site = s
	res.Diags = append(res.Diags, check.Run(s)...)
	if res.Diags.HasErrors() || opts.CheckOnly {
		return res.done(), nil
	}

	th, err := theme.Load(fsys, cfg.Theme, render.Funcs())
	if err != nil {
		return nil, fmt.Errorf("load theme: %w", err)
	}
	assets := map[string][]byte{}
	for _, a := range s.Assets {
		b, err := fs.ReadFile(fsys, content.Dir+"/"+a)
		if err != nil {
			return nil, fmt.Errorf("read asset %s: %w", a, err)
		}
		assets[a] = b
	}
	today := opts.Today
	if today == "" {
		today = cfg.Now
	}
	if today == "" {
		today = time.Now().Format("2006-01-02")
	}
	bodies := render.RenderBodies(s)
	files, err := render.Render(s, th, bodies, render.Options{Today: today, Assets: assets, Preview: opts.Preview})
	if err != nil {
		return nil, err
	}
	res.Index = search.Build(searchPages(s, bodies))
	for name, b := range res.Index.Files() {
		files[name] = b
	}
	res.Files = files
	res.Stats.Pages = len(s.Pages)
	res.Stats.Files = len(files)
	res.Stats.Bytes = files.Size()
	return res.done(), nil
}

func (r *Result) done() *Result {
	r.Diags.Sort()
	return r
}

// parseAll parses every document's Markdown body in parallel. The result
// has one entry per document, in the same order; a document whose body
// has errors still gets its parsed form, so later checks see its links.
func parseAll(docs []*content.Doc, opts markdown.Options) ([]*markdown.Doc, diag.List) {
	out := make([]*markdown.Doc, len(docs))
	diags := make([]diag.List, len(docs))
	parallel.Each(len(docs), func(i int) {
		d := docs[i]
		out[i], diags[i] = markdown.Parse(d.File, d.Body, d.BodyLine, opts)
	})
	var all diag.List
	for _, ds := range diags {
		all = append(all, ds...)
	}
	return out, all
}

package build

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"sync"
	"time"

	"github.com/osaamo/osaamo/internal/check"
	"github.com/osaamo/osaamo/internal/config"
	"github.com/osaamo/osaamo/internal/content"
	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/export"
	"github.com/osaamo/osaamo/internal/feed"
	"github.com/osaamo/osaamo/internal/markdown"
	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/render"
	"github.com/osaamo/osaamo/internal/search"
	"github.com/osaamo/osaamo/internal/site"
	"github.com/osaamo/osaamo/internal/theme"
)

// Builder builds one project again and again, keeping between builds what
// did not change: each content file's bytes with its loaded and parsed
// document, each page's rendered Markdown body, the theme, the content
// assets, the last site and its rendered pages, and the last search index.
// A build with the same sources gives the same bytes as Run, whatever
// builds came before it.
//
// What each build recomputes:
//   - Changed content files are re-read and re-parsed; the others are not.
//   - When only the bodies of existing documents changed since the last
//     build that rendered (failed builds in between do not count) — same
//     front matter, headings, links and images, so no other page can
//     tell — that build's site is kept with the new documents put in, and
//     only those documents' pages are rendered again (every page, when one
//     of them has no summary of its own, since listings quote its text).
//   - Otherwise the site is assembled again and every page rendered, and
//     a body is rendered again only when its own file changed or the
//     documents, their front matter, headings, links or the assets changed.
//   - site.yaml changes start from nothing; theme changes reload the theme.
//   - The check stage always runs on the whole site, and the feeds are
//     always made again. The teachers' files (print views, downloads) are
//     made again unless only bodies of pages outside the course and the
//     idea book changed.
//   - The search index (Index) is made again when any page's searchable
//     text changed; each page's entry is made again only with its page.
//
// A Builder is not safe for concurrent use, except that Index may run in
// another goroutine while Update handles the next change.
type Builder struct {
	fsys fs.FS
	opts Options
	// oneShot builders build once (Run): they release syntax trees as soon
	// as the bodies are rendered, which halves a big site's memory.
	oneShot bool

	cfg      *config.Config
	cfgDiags diag.List
	theme    *theme.Theme          // nil: load it at the next render
	sources  map[string]*source    // by path under content/
	assets   map[string][]byte     // content assets by path under content/
	bodies   map[string]cachedBody // by source path
	last     *rendered             // nil: the next build renders everything
	// pending maps the documents changed since last was rendered to the
	// source it was rendered from (nil for new files), over failed builds
	// too, so that fixing an error is as quick as any other save.
	pending       map[string]*source
	pendingAssets bool // an asset changed since last was rendered

	indexMu    sync.Mutex
	indexIn    []search.Page
	index      *search.Index
	indexFiles output.Files
}

// rendered is what the last build that rendered left behind.
type rendered struct {
	site        *site.Site
	docs        []string // the listing it was built from
	assets      []string
	today       string
	files       output.Files // without the search index; never changed
	assembleOK  bool         // assembly gave no diagnostics
	themeLoaded *theme.Theme
	search      []search.Page // what the search index was made from
	teach       output.Files  // the teachers' files (export.Files) and their diagnostics
	teachDiags  diag.List
}

// New returns a Builder for the project rooted at fsys. Nothing is read
// until the first build.
func New(fsys fs.FS, opts Options) *Builder {
	return &Builder{fsys: fsys, opts: opts}
}

// Build applies changed (see Update) and builds the whole site, search
// index included: what Run returns for the same sources.
func (b *Builder) Build(changed []string) (*Result, error) {
	res, err := b.Update(changed)
	if err != nil || res.Files == nil {
		return res, err
	}
	lap := time.Now()
	idx, idxFiles := b.Index(res)
	res.lap("search index", &lap)
	files := make(output.Files, len(res.Files)+len(idxFiles))
	for name, data := range res.Files {
		files[name] = data
	}
	for name, data := range idxFiles {
		files[name] = data
	}
	res.Index = idx
	res.Files = files
	res.Stats.Files = len(files)
	res.Stats.Bytes = files.Size()
	return res, nil
}

// Update applies a change set and builds everything but the search index.
// changed lists project-relative, slash-separated paths of files or folders
// that were created, written, removed or renamed ("content/teemat/x.md",
// "themes/default/layouts", "site.yaml"); "." or a nil list means anything
// may have changed. The index is left out because it takes longest on big
// sites and changes no page: the live preview serves the pages at once and
// builds the index with Index in the background. Result.Files is shared
// with the Builder and must not be changed; Result.Site stays valid only
// until the next Update.
func (b *Builder) Update(changed []string) (*Result, error) {
	ch := newChangeSet(changed)
	res := &Result{}
	lap := time.Now()

	if b.cfg == nil || ch.touches(config.File) {
		// site.yaml decides the theme, the Markdown options and the
		// audiences: start from nothing.
		b.cfg, b.cfgDiags = config.Load(b.fsys)
		b.theme, b.sources, b.assets, b.bodies = nil, nil, nil, nil
		b.last, b.pending, b.pendingAssets = nil, nil, false
	}
	res.Diags = append(res.Diags, b.cfgDiags...)
	cfg := b.cfg
	if cfg == nil {
		return res.done(), nil
	}
	res.Config = cfg
	target, err := cfg.Target(b.opts.Target)
	if err != nil {
		res.Diags = append(res.Diags, diag.Diagnostic{File: config.File, Message: err.Error(),
			Hint: "pass --target with one of the names under targets: in site.yaml"})
		return res.done(), nil
	}
	if b.opts.Preview {
		// The preview shows editors everything, each marked with a banner.
		target.Include = []string{"public", "internal"}
	}
	res.Target = target
	if ch.themeTouched() {
		b.theme = nil
	}

	names, assets, ds := content.List(b.fsys)
	res.Diags = append(res.Diags, ds...)
	edited, parsedCount := b.read(names, ch, cfg)
	res.Stats.Parsed = parsedCount
	if b.pending == nil {
		b.pending = map[string]*source{}
	}
	for name, old := range edited {
		if _, ok := b.pending[name]; !ok {
			b.pending[name] = old
		}
	}
	for _, a := range assets {
		if ch.touches(content.Dir + "/" + a) {
			delete(b.assets, a)
			b.pendingAssets = true
		}
	}
	last, changedDocs, assetsChanged := b.last, b.pending, b.pendingAssets
	var docs []*content.Doc
	var parsed []*markdown.Doc
	for _, name := range names {
		src := b.sources[name]
		res.Diags = append(res.Diags, src.diags...)
		if src.doc != nil {
			docs = append(docs, src.doc)
			parsed = append(parsed, src.parsed)
		}
	}
	res.Stats.Documents = len(docs)
	res.lap("load", &lap)

	today := b.opts.Today
	if today == "" {
		today = cfg.Now
	}
	if today == "" {
		today = time.Now().Format("2006-01-02")
	}

	var s *site.Site
	bodyOnly := last != nil && last.assembleOK && b.theme != nil && last.themeLoaded == b.theme &&
		last.today == today && equalStrings(last.docs, names) && equalStrings(last.assets, assets) &&
		b.onlyBodies(changedDocs)
	assembleOK := true
	if bodyOnly {
		s = last.site
		for name := range changedDocs {
			if p, ok := s.Page(name); ok {
				p.Doc, p.Parsed = b.sources[name].doc, b.sources[name].parsed
			}
		}
	} else {
		var ads diag.List
		s, ads = site.Assemble(site.Input{Config: cfg, Docs: docs, Parsed: parsed, Assets: assets},
			site.Options{Target: target, Drafts: b.opts.Drafts || b.opts.Preview})
		res.Diags = append(res.Diags, ads...)
		assembleOK = len(ads) == 0
	}
	res.Site = s
	res.lap("assemble", &lap)
	res.Diags = append(res.Diags, check.Run(s)...)
	res.lap("check", &lap)
	if res.Diags.HasErrors() || b.opts.CheckOnly {
		return res.done(), nil
	}

	if b.theme == nil {
		th, err := theme.Load(b.fsys, cfg.Theme, render.Funcs())
		var ds diag.List
		if errors.As(err, &ds) {
			res.Diags = append(res.Diags, ds...)
			return res.done(), nil
		}
		if err != nil {
			return nil, fmt.Errorf("load theme: %w", err)
		}
		b.theme = th
	}
	assetData, err := b.readAssets(s.Assets)
	if err != nil {
		return nil, err
	}
	key := b.bodyKey(s)
	prevBodies := b.bodies
	bodies := b.renderBodies(s, key)
	if b.oneShot {
		releaseSyntax(s)
	}
	res.lap("markdown", &lap)
	ropts := render.Options{Today: today, Assets: assetData, Preview: b.opts.Preview}

	var files output.Files
	fastPages := bodyOnly && b.summarised(s, changedDocs, prevBodies, bodies)
	if fastPages {
		files = make(output.Files, len(last.files))
		for name, data := range last.files {
			files[name] = data
		}
		for name := range changedDocs {
			p, ok := s.Page(name)
			if !ok {
				continue
			}
			var buf bytes.Buffer
			if err := render.Page(&buf, s, b.theme, p, bodies, ropts); err != nil {
				return nil, err
			}
			files[p.Out] = buf.Bytes()
			res.Stats.Rendered++
		}
		for _, a := range s.Assets {
			files[a] = assetData[a]
		}
	} else {
		files, err = render.Render(s, b.theme, bodies, ropts)
		if err != nil {
			return nil, err
		}
		res.Stats.Rendered = len(s.Pages)
	}

	res.lap("templates", &lap)
	// Crawler files (sitemap, feed, robots.txt) are cheap; write them anew.
	for name, data := range feed.Files(s) {
		files[name] = data
	}
	// Teachers' reuse (issue 7): print views, module and course zips and
	// the Common Cartridge. Each combines many pages of the course and the
	// idea book, so it is made anew unless only bodies of other pages
	// changed; a path clash with a page is a diagnostic.
	teach, tds := last.reusableTeach(fastPages && !assetsChanged, s, changedDocs)
	if teach == nil {
		teach, tds, err = export.Files(s, b.theme, ropts)
		if err != nil {
			return nil, err
		}
	}
	if res.Diags = append(res.Diags, tds...); tds.HasErrors() {
		return res.done(), nil
	}
	for name, data := range teach {
		files[name] = data
	}
	res.Files = files
	res.lap("feeds and teachers' files", &lap)
	if bodyOnly && last.search != nil {
		res.search = updateSearchPages(last.search, s, bodies, changedDocs)
	} else {
		res.search = searchPages(s, bodies)
	}
	res.lap("search text", &lap)
	b.last = &rendered{site: s, docs: names, assets: assets, today: today, files: files,
		assembleOK: assembleOK, themeLoaded: b.theme, search: res.search, teach: teach, teachDiags: tds}
	b.pending, b.pendingAssets = nil, false
	res.Stats.Pages = len(s.Pages)
	res.Stats.Files = len(files)
	res.Stats.Bytes = files.Size()
	return res.done(), nil
}

// Index returns the search index of res, a result of Update, and the
// index's files. It builds the index again only when the searchable text
// of the pages changed since the last call. Index reads only what Update
// copied into res, so it may run while Update handles the next change.
func (b *Builder) Index(res *Result) (*search.Index, output.Files) {
	b.indexMu.Lock()
	defer b.indexMu.Unlock()
	if b.index != nil && reflect.DeepEqual(b.indexIn, res.search) {
		return b.index, b.indexFiles
	}
	idx := search.Build(res.search)
	b.indexIn, b.index, b.indexFiles = res.search, idx, idx.Files()
	return b.index, b.indexFiles
}

// reusableTeach returns the last build's teachers' files when ok and no
// changed document is a page they are made from (the course, its modules,
// the idea book and its chapters); else nil.
func (last *rendered) reusableTeach(ok bool, s *site.Site, changed map[string]*source) (output.Files, diag.List) {
	if !ok || last == nil || last.teach == nil {
		return nil, nil
	}
	pl := render.PlanOf(s)
	used := append([]*site.Page{pl.Course, pl.Book}, pl.Modules...)
	used = append(used, pl.Chapters...)
	for _, p := range used {
		if p != nil && p.Doc != nil && changed[p.Doc.Path] != nil {
			return nil, nil
		}
	}
	return last.teach, last.teachDiags
}

// releaseSyntax lets go of the Markdown syntax trees of the pages whose
// bodies are rendered, except those the teachers' print views render
// again (the course, its modules, the idea book and its chapters).
func releaseSyntax(s *site.Site) {
	pl := render.PlanOf(s)
	keep := map[*site.Page]bool{pl.Course: true, pl.Book: true}
	for _, p := range append(pl.Modules, pl.Chapters...) {
		keep[p] = true
	}
	for _, p := range s.Pages {
		if p.Parsed != nil && !keep[p] {
			p.Parsed.Release()
		}
	}
}

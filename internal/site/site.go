// Package site assembles the pages of one build target from loaded and
// parsed documents: it drops what the target's audience must not see before
// anything else looks at the documents, then gives every page its URL,
// builds section listings, taxonomy and term pages, navigation, and the link
// table that resolves links written to source files. It never reads the
// disk and never renders HTML.
package site

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/osaamo/osaamo/internal/config"
	"github.com/osaamo/osaamo/internal/content"
	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/markdown"
	"github.com/osaamo/osaamo/internal/slug"
)

// Options selects what a build includes.
type Options struct {
	Target config.Target
	Drafts bool
}

// Input is what Assemble works from: the configuration, the loaded
// documents with their parsed Markdown (same order, same length), and the
// content folder's other files.
type Input struct {
	Config *config.Config
	Docs   []*content.Doc
	Parsed []*markdown.Doc
	Assets []string
}

// Site is one target's assembled site.
type Site struct {
	Config *config.Config
	Target config.Target
	// Pages holds every page to render, sorted by output path.
	Pages []*Page
	Home  *Page
	// Search is the search page.
	Search *Page
	// Statements are the accessibility statement in Finnish and Swedish,
	// and FeedbackPage the page its feedback channel names, if any.
	Statements   []*Page
	FeedbackPage *Page
	// Sections are the list pages of the content folders, in menu order.
	Sections   []*Page
	Taxonomies []*Taxonomy
	Menu       []MenuEntry
	// Assets are the content files (images, attachments) published as they
	// are, as paths under content/, which is also their output path.
	Assets []string

	bySource map[string]*Page  // source path under content/ → page
	excluded map[string]string // source path → why the target leaves it out
	assets   map[string]bool
	anchors  map[*Page]map[string]bool
}

// MenuEntry is one resolved menu item.
type MenuEntry struct {
	Title string
	Page  *Page
}

// Page is one HTML page of the output.
type Page struct {
	// Kind is the content kind ("theme", "case", …, "page") for documents,
	// or "home", "section", "taxonomy", "term", "404" for generated pages.
	Kind    string
	Doc     *content.Doc  // nil for generated pages
	Parsed  *markdown.Doc // nil for generated pages without a source
	Title   string
	Summary string
	// URL is the page's directory from the site root: "" for the front
	// page, "teemat/2021-03-vaikuttavuus/" for a theme.
	URL string
	// Out is the output file: URL + "index.html".
	Out     string
	Section *Page
	// Children lists a section's documents, a term's tagged pages, or a
	// course's modules, in display order.
	Children []*Page
	// Terms are the page's taxonomy terms, grouped by taxonomy.
	Terms []TermGroup
	// Prev and Next link ordered sequences: idea book, course modules.
	Prev, Next *Page
	// Paths are the learning paths this page is a step of.
	Paths []PathStep
	// Related are other content pages sharing the most (and rarest) terms.
	Related  []*Page
	Taxonomy *Taxonomy
	Term     *Term
	// Lang is the page's language when it differs from the site's.
	Lang string
}

// TermGroup is a page's terms of one taxonomy.
type TermGroup struct {
	Taxonomy *Taxonomy
	Terms    []*Term
}

// Taxonomy is an assembled vocabulary with a page of its own.
type Taxonomy struct {
	Name  string
	Label string
	Page  *Page
	Terms []*Term
}

// Term is one taxonomy term with the pages that carry it.
type Term struct {
	Key   string
	Label string
	Page  *Page
	Pages []*Page
}

// taxonomySegments are the URL folders of the taxonomies, in Finnish.
var taxonomySegments = map[string]string{
	"competence":   "osaamisalue",
	"level":        "taso",
	"method":       "menetelma",
	"law":          "laki",
	"organisation": "organisaatio",
	"tags":         "avainsana",
}

// sectionTitles name content folders that have no _index.md.
var sectionTitles = map[string]string{
	"teemat":      "Kuukausiteemat",
	"tapaukset":   "Tapaukset",
	"ideakirja":   "Ideakirja",
	"opintojakso": "Opintojakso",
	"julkaisut":   "Julkaisut",
	"sanasto":     "Sanasto",
	"polut":       "Oppimispolut",
}

// Assemble builds the site for opts.Target from in. Documents outside the
// target's audience, and drafts unless opts.Drafts, are dropped before
// anything else sees them. Assemble never reads the disk.
func Assemble(in Input, opts Options) (*Site, diag.List) {
	s := &Site{
		Config:   in.Config,
		Target:   opts.Target,
		bySource: map[string]*Page{},
		excluded: map[string]string{},
		assets:   map[string]bool{},
		anchors:  map[*Page]map[string]bool{},
	}
	var ds diag.List
	byURL := map[string]*Page{}
	add := func(p *Page) {
		p.Out = p.URL + "index.html"
		if other, ok := byURL[p.URL]; ok {
			ds = append(ds, duplicateURL(p, other))
			return
		}
		byURL[p.URL] = p
		s.Pages = append(s.Pages, p)
	}

	var docs []*Page
	s.excluded = exclusions(in.Docs, opts)
	for i, d := range in.Docs {
		if s.excluded[d.Path] != "" {
			continue
		}
		p := &Page{Kind: string(d.Kind), Doc: d, Parsed: in.Parsed[i], Title: d.Meta.Title, Summary: d.Meta.Summary, URL: URLOf(d.Path)}
		if d.Path == "_index.md" {
			p.Kind = "home"
			s.Home = p
		}
		s.bySource[d.Path] = p
		docs = append(docs, p)
		add(p)
	}
	if s.Home == nil {
		s.Home = &Page{Kind: "home", Title: in.Config.Title, Summary: in.Config.Description}
		add(s.Home)
	}
	s.assembleSections(docs, add)
	ds = append(ds, s.assembleTaxonomies(docs, add)...)
	s.assembleSequences(docs)
	ds = append(ds, s.assembleMenu()...)
	add(&Page{Kind: "404", Title: "Sivua ei löytynyt", URL: "404/"})
	s.Search = &Page{Kind: "search", Title: "Haku", URL: "haku/"}
	add(s.Search)
	ds = append(ds, s.assembleStatement(add)...)

	s.Assets = publishedAssets(in.Assets, in.Docs, in.Parsed, s.excluded)
	for _, a := range s.Assets {
		s.assets[a] = true
	}
	for _, p := range s.Pages {
		if p.Parsed == nil {
			continue
		}
		ids := map[string]bool{}
		for _, h := range p.Parsed.Headings {
			ids[h.ID] = true
		}
		s.anchors[p] = ids
	}
	sort.Slice(s.Pages, func(i, j int) bool { return s.Pages[i].Out < s.Pages[j].Out })
	s.assembleRelated()
	s.assemblePaths()
	return s, ds
}

// URLOf returns the URL directory of a source path under content/:
// "teemat/2021-03 Vaikuttavuus.md" → "teemat/2021-03-vaikuttavuus/",
// "teemat/_index.md" → "teemat/", "_index.md" → "".
func URLOf(rel string) string {
	dir, file := path.Split(rel)
	var segs []string
	for _, seg := range strings.Split(strings.Trim(dir, "/"), "/") {
		if seg != "" {
			segs = append(segs, slugOr(seg))
		}
	}
	if name := strings.TrimSuffix(file, ".md"); name != "_index" {
		segs = append(segs, slugOr(name))
	}
	if len(segs) == 0 {
		return ""
	}
	return strings.Join(segs, "/") + "/"
}

func slugOr(s string) string {
	if v := slug.Make(s); v != "" {
		return v
	}
	return "sivu"
}

func duplicateURL(p, other *Page) diag.Diagnostic {
	src := func(q *Page) string {
		if q.Doc != nil {
			return q.Doc.File
		}
		return "a generated " + q.Kind + " page"
	}
	d := diag.Diagnostic{File: src(p), Message: fmt.Sprintf("URL %q is also used by %s", "/"+p.URL, src(other)),
		Hint: "rename one of the files: file names that differ only in case, ä/ö/å or punctuation give the same URL"}
	if p.Doc != nil {
		d.Line, d.Col, d.Source = 1, 1, "---"
	}
	return d
}

// Page returns the page published from a source path under content/.
func (s *Site) Page(source string) (*Page, bool) {
	p, ok := s.bySource[source]
	return p, ok
}

// Excluded tells why the target leaves out the document at a source path,
// or "" when it does not.
func (s *Site) Excluded(source string) string { return s.excluded[source] }

// HasAsset reports whether a source path under content/ is a published asset.
func (s *Site) HasAsset(source string) bool { return s.assets[source] }

// HasAnchor reports whether page p has a heading with id.
func (s *Site) HasAnchor(p *Page, id string) bool { return s.anchors[p][id] }

// Anchors lists page p's heading ids, sorted, for hints.
func (s *Site) Anchors(p *Page) []string {
	var out []string
	for id := range s.anchors[p] {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// Sources lists every published source path, sorted, for hints.
func (s *Site) Sources() []string {
	out := make([]string, 0, len(s.bySource))
	for k := range s.bySource {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Package render turns an assembled site into output files in memory:
// each page's Markdown body through the markdown stage, then the theme's
// layout for the page's kind, plus the theme's static files (with the code
// highlighting stylesheet) and the content's assets. It writes nothing to
// disk and reads nothing but what it is given.
package render

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/osaamo/osaamo/internal/content"
	"github.com/osaamo/osaamo/internal/markdown"
	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/parallel"
	"github.com/osaamo/osaamo/internal/site"
	"github.com/osaamo/osaamo/internal/slug"
	"github.com/osaamo/osaamo/internal/theme"
)

// AssetDir is the output folder of the theme's static files.
const AssetDir = "assets/"

// Options are inputs of rendering that are not part of the site.
type Options struct {
	// Today is the build's reference date, "YYYY-MM-DD", for "this month's
	// theme". It is an input, never the clock, so builds are reproducible.
	Today string
	// Assets maps a content asset path (under content/) to its bytes.
	Assets map[string][]byte
	// Preview marks drafts and internal pages with a banner and adds the
	// live-reload script (osaamo serve).
	Preview bool
}

// basePath returns the path of an absolute base URL with a trailing
// slash ("/osaamo/"), or "" when there is none.
func basePath(baseURL string) string {
	u, err := url.Parse(baseURL)
	if baseURL == "" || err != nil {
		return ""
	}
	return strings.TrimSuffix(u.Path, "/") + "/"
}

// urlAttr matches the URL attributes osaamo's pages use; html/template
// always writes them double-quoted.
var urlAttr = regexp.MustCompile(` (href|src|action)="([^"]*)"`)

// absolutePaths returns page with every relative URL in an href, src or
// action attribute resolved against dir ("/osaamo/404/") into an absolute
// path. Fragments ("#main") and addresses with a scheme stay as written.
func absolutePaths(page []byte, dir string) []byte {
	base := &url.URL{Path: dir}
	return urlAttr.ReplaceAllFunc(page, func(m []byte) []byte {
		sub := urlAttr.FindSubmatch(m)
		ref := html.UnescapeString(string(sub[2]))
		u, err := url.Parse(ref)
		if err != nil || ref == "" || strings.HasPrefix(ref, "#") || u.IsAbs() || strings.HasPrefix(ref, "/") {
			return m
		}
		return []byte(" " + string(sub[1]) + `="` + html.EscapeString(base.ResolveReference(u).String()) + `"`)
	})
}

// previewOnly are the theme's static files only the live preview loads;
// published builds leave them out.
var previewOnly = map[string]bool{"js/reload.js": true, "css/reload.css": true}

// Bodies caches rendered Markdown bodies by source path.
type Bodies map[string]markdown.Result

// Render renders every page of s with th. Pages are rendered in parallel;
// the result does not depend on scheduling.
// bodies are the pages' rendered Markdown (see RenderBodies).
func Render(s *site.Site, th *theme.Theme, bodies Bodies, opts Options) (output.Files, error) {
	files := output.Files{}
	type result struct {
		out string
		b   []byte
		err error
	}
	results := make([]result, len(s.Pages))
	// Each worker renders into one growing buffer and keeps an exact
	// copy: the site is held in memory until it is written, and buffers'
	// spare capacity would add a third to it.
	parallel.EachWith(len(s.Pages), func() *bytes.Buffer { return new(bytes.Buffer) }, func(buf *bytes.Buffer, i int) {
		p := s.Pages[i]
		buf.Reset()
		err := Page(buf, s, th, p, bodies, opts)
		results[i] = result{p.Out, bytes.Clone(buf.Bytes()), err}
	})
	for _, r := range results {
		if r.err != nil {
			return nil, r.err
		}
		files[r.out] = r.b
	}
	// Servers look for /404.html and serve it for a missing address at
	// any depth. When the target's base_url says where the site lives,
	// 404.html is the 404 page with its relative links made absolute
	// paths, so they resolve wherever it is served. Without a base_url it
	// is rendered again for the root, right for missing addresses at the
	// top level.
	for _, p := range s.Pages {
		if p.Kind != "404" {
			continue
		}
		if base := basePath(s.Target.BaseURL); base != "" {
			files["404.html"] = absolutePaths(files[p.Out], base+strings.TrimSuffix(p.Out, "index.html"))
		} else {
			var buf bytes.Buffer
			q := *p
			q.Out = "404.html"
			if err := Page(&buf, s, th, &q, bodies, opts); err != nil {
				return nil, err
			}
			files["404.html"] = buf.Bytes()
		}
	}
	for name, b := range th.Static {
		if !opts.Preview && previewOnly[name] {
			continue
		}
		files[AssetDir+name] = b
	}
	files[AssetDir+"css/highlight.css"] = markdown.HighlightCSS()
	for _, a := range s.Assets {
		if b, ok := opts.Assets[a]; ok {
			files[a] = b
		}
	}
	return files, nil
}

// RenderBodies renders the Markdown body of every page that has one.
func RenderBodies(s *site.Site) Bodies {
	var docs []*site.Page
	for _, p := range s.Pages {
		if p.Parsed != nil {
			docs = append(docs, p)
		}
	}
	out := make([]markdown.Result, len(docs))
	body := BodyRenderer(s)
	parallel.Each(len(docs), func(i int) { out[i] = body(docs[i]) })
	b := Bodies{}
	for i, p := range docs {
		b[p.Doc.Path] = out[i]
	}
	return b
}

// BodyRenderer returns the function RenderBodies renders each body of s
// with, so the live preview can re-render only the bodies that changed.
// The function may be called from several goroutines at once.
func BodyRenderer(s *site.Site) func(p *site.Page) markdown.Result {
	abbrs := Abbrs(s)
	return func(p *site.Page) markdown.Result {
		r := p.Parsed.Render(p.Doc.Path, s)
		r.HTML = Abbreviate(r.HTML, abbrs)
		return r
	}
}

// Layouts returns the layout lookup order for page p, most specific first.
func Layouts(p *site.Page) []string {
	switch p.Kind {
	case "home":
		return []string{"home.html", "single-page.html"}
	case "section":
		name := ""
		if p.Doc != nil {
			name = p.Doc.Section()
		} else {
			name = strings.TrimSuffix(p.URL, "/")
		}
		return []string{"list-" + name + ".html", "list.html"}
	case "taxonomy", "404", "search", "statement":
		return []string{p.Kind + ".html"}
	case "taxonomy-term":
		return []string{"term.html"}
	}
	return []string{"single-" + p.Kind + ".html", "single.html"}
}

// Page renders one page into w.
func Page(w *bytes.Buffer, s *site.Site, th *theme.Theme, p *site.Page, bodies Bodies, opts Options) error {
	set, err := th.Layout(Layouts(p)...)
	if err != nil {
		return err
	}
	d := &Data{Site: s, Page: p, theme: th, bodies: bodies, opts: opts, Lang: s.Config.Language}
	if p.Lang != "" {
		d.Lang = p.Lang
	}
	if p.Doc != nil {
		body := bodies[p.Doc.Path]
		d.Body = template.HTML(body.HTML)
	}
	if err := set.ExecuteTemplate(w, "base.html", d); err != nil {
		return fmt.Errorf("render %s with layout %s: %w", p.Out, set.Name(), err)
	}
	return nil
}

// Data is what a layout sees as dot.
type Data struct {
	Site *site.Site
	Page *site.Page
	Body template.HTML
	Lang string

	theme  *theme.Theme
	bodies Bodies
	opts   Options
}

// URL returns the relative link from the current page to page p.
func (d *Data) URL(p *site.Page) string {
	if p == nil {
		return ""
	}
	return site.Rel(d.Page.Out, p.Out)
}

// Asset returns the relative link to a theme static file, e.g. "css/osaamo.css".
func (d *Data) Asset(name string) string {
	return site.Rel(d.Page.Out, AssetDir+name)
}

// Root returns the relative URL of the site root from the current page,
// "" at the root, "../../" two folders down.
func (d *Data) Root() string {
	return strings.TrimSuffix(site.Rel(d.Page.Out, "index.html"), "index.html")
}

// Href resolves a link written in the current page's front matter
// (materials, readings, steps): external URLs stay as they are.
func (d *Data) Href(target string) string {
	if target == "" || d.Page.Doc == nil {
		return target
	}
	if href, ok := d.Site.Resolve(d.Page.Doc.Path, target); ok {
		return href
	}
	return target
}

// Ref returns the page a front-matter reference of the current page
// points to, or nil.
func (d *Data) Ref(target string) *site.Page {
	if d.Page.Doc == nil {
		return nil
	}
	return d.Site.TargetPage(d.Page.Doc.Path, target)
}

// T returns a UI string in the site's language.
func (d *Data) T(key string) string { return d.theme.T(d.Lang, key) }

// Today is the build's reference date.
func (d *Data) Today() string { return d.opts.Today }

// Preview reports whether the page is rendered for live preview.
func (d *Data) Preview() bool { return d.opts.Preview }

// Summary returns page p's summary, or the start of its text when it has
// none, cut at a word boundary near 200 characters.
func (d *Data) Summary(p *site.Page) string {
	if p.Summary != "" {
		return p.Summary
	}
	if p.Doc == nil {
		return ""
	}
	return TextSummary(d.bodies[p.Doc.Path].Text)
}

// TextSummary is the summary listings show for a page without one of its
// own: the start of its text, cut at a word boundary near 200 characters.
func TextSummary(text string) string { return summarize(text, 200) }

// summarize returns text with its white space collapsed, cut at a word
// boundary near n characters. Listings call it for every entry, so it
// reads only as much of the text as the summary needs.
func summarize(text string, n int) string {
	var b strings.Builder
	runes := 0
	for word := range strings.FieldsSeq(text) {
		if b.Len() > 0 {
			b.WriteByte(' ')
			runes++
		}
		b.WriteString(word)
		if runes += utf8.RuneCountInString(word); runes > n {
			break
		}
	}
	if runes <= n {
		return b.String()
	}
	cut := string([]rune(b.String())[:n])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return cut + " …"
}

// Crumbs returns the breadcrumb trail above the current page: the front
// page, then the section or taxonomy it belongs to.
func (d *Data) Crumbs() []*site.Page {
	p := d.Page
	if p.Kind == "home" {
		return nil
	}
	out := []*site.Page{d.Site.Home}
	switch {
	case p.Section != nil:
		out = append(out, p.Section)
	case p.Kind == "taxonomy-term":
		out = append(out, p.Taxonomy.Page)
	}
	return out
}

// Current reports whether menu page m is the current page or the section
// that contains it, for aria-current.
func (d *Data) Current(m *site.Page) string {
	switch {
	case m == d.Page:
		return "page"
	case m == d.Page.Section:
		return "true"
	}
	return ""
}

// ThisMonth returns the theme whose month is the reference date's month,
// or else the latest theme before it, or nil.
func (d *Data) ThisMonth() *site.Page {
	month := d.opts.Today
	if len(month) >= 7 {
		month = month[:7]
	}
	var best *site.Page
	for _, p := range d.Site.Pages {
		if p.Doc == nil || p.Doc.Theme == nil {
			continue
		}
		m := string(p.Doc.Theme.Month)
		if m <= month && (best == nil || m > string(best.Doc.Theme.Month)) {
			best = p
		}
	}
	return best
}

// Newest returns up to n content pages with a date, newest first.
func (d *Data) Newest(n int) []*site.Page {
	var dated []*site.Page
	for _, p := range d.Site.Pages {
		if p.Doc != nil && p.Doc.Meta.Date != "" && p.Kind != "home" && p.Kind != "section" {
			dated = append(dated, p)
		}
	}
	sort.SliceStable(dated, func(i, j int) bool {
		a, b := dated[i].Doc.Meta.Date, dated[j].Doc.Meta.Date
		if a != b {
			return a > b
		}
		return dated[i].Out < dated[j].Out
	})
	if len(dated) > n {
		dated = dated[:n]
	}
	return dated
}

// Taxonomy returns the assembled taxonomy called name, or nil.
func (d *Data) Taxonomy(name string) *site.Taxonomy {
	for _, t := range d.Site.Taxonomies {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// SearchKinds lists the content kinds the site has, for the search
// page's kind filter, in a fixed order.
func (d *Data) SearchKinds() []string {
	have := map[string]bool{}
	for _, p := range d.Site.Pages {
		if p.Doc != nil {
			have[p.Kind] = true
		}
	}
	var out []string
	for _, k := range []string{"theme", "case", "chapter", "course", "module", "publication", "term", "path", "page", "section", "home"} {
		if have[k] {
			out = append(out, k)
		}
	}
	return out
}

// KindLabel returns the UI name of a page kind.
func (d *Data) KindLabel(kind string) string { return d.T("kind_" + kind) }

// Groups splits pages by kind in a fixed kind order, for term pages.
func (d *Data) Groups(pages []*site.Page) []Group {
	order := []string{"theme", "case", "chapter", "course", "module", "publication", "term", "path", "page", "section", "home"}
	by := map[string][]*site.Page{}
	for _, p := range pages {
		by[p.Kind] = append(by[p.Kind], p)
	}
	var out []Group
	for _, k := range order {
		if len(by[k]) > 0 {
			out = append(out, Group{Kind: k, Label: d.KindLabel(k), Pages: by[k]})
		}
	}
	return out
}

// Group is a run of pages of one kind.
type Group struct {
	Kind  string
	Label string
	Pages []*site.Page
}

// Funcs are the helper functions every layout can call.
func Funcs() template.FuncMap {
	return template.FuncMap{
		"add":  func(a, b int) int { return a + b },
		"join": strings.Join,
		"hours": func(h float64) string {
			return strings.Replace(fmt.Sprintf("%g", h), ".", ",", 1)
		},
		"month": finnishMonth,
		"mul27": func(credits int) int { return credits * content.HoursPerCredit },
		"dict": func(kv ...any) (map[string]any, error) {
			if len(kv)%2 != 0 {
				return nil, fmt.Errorf("dict needs key-value pairs")
			}
			m := make(map[string]any, len(kv)/2)
			for i := 0; i < len(kv); i += 2 {
				k, ok := kv[i].(string)
				if !ok {
					return nil, fmt.Errorf("dict key %v is not a string", kv[i])
				}
				m[k] = kv[i+1]
			}
			return m, nil
		},
		"letters": Letters,
	}
}

// Letter is a run of glossary pages sharing their first letter.
type Letter struct {
	Letter string
	Anchor string
	Pages  []*site.Page
}

// Letters groups pages, already in Finnish order, by the upper-cased first
// letter of their title, for an A–Ö index. A glossary entry is sorted and
// shown by its term, so it is grouped by its term too: grouping by title
// split letters into repeated groups with the same id.
func Letters(pages []*site.Page) []Letter {
	var out []Letter
	for _, p := range pages {
		name := p.Title
		if p.Doc != nil && p.Doc.Term != nil && p.Doc.Term.Term != "" {
			name = p.Doc.Term.Term
		}
		r := []rune(strings.ToUpper(name))
		if len(r) == 0 {
			continue
		}
		l := string(r[0])
		if len(out) == 0 || out[len(out)-1].Letter != l {
			out = append(out, Letter{Letter: l, Anchor: slugOrLetter(l)})
		}
		out[len(out)-1].Pages = append(out[len(out)-1].Pages, p)
	}
	return out
}

func slugOrLetter(l string) string {
	switch l {
	case "Å":
		return "aa"
	case "Ä":
		return "ae"
	case "Ö":
		return "oe"
	}
	if s := slug.Make(l); s != "" {
		return s
	}
	return "muu"
}

var monthNames = []string{"tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
	"heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"}

// finnishMonth formats "2021-03" as "maaliskuu 2021".
func finnishMonth(m string) string {
	var y, n int
	if _, err := fmt.Sscanf(m, "%d-%d", &y, &n); err != nil || n < 1 || n > 12 {
		return m
	}
	return fmt.Sprintf("%s %d", monthNames[n-1], y)
}

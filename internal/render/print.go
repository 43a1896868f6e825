package render

import (
	"bytes"
	"fmt"
	"html/template"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/osaamo/osaamo/internal/site"
	"github.com/osaamo/osaamo/internal/theme"
)

// Linker decides where the links of a document made of several pages
// point: a print view in the site, or a standalone page in a download or
// the cartridge. It implements markdown.Resolver for the pages' bodies.
type Linker struct {
	Site *site.Site
	// Here is the output path of the document: in the site for a print
	// view ("opintojakso/tulosta/index.html"), in the package for a
	// standalone page ("01-orientaatio/index.html").
	Here string
	// Local maps the site output path of a page or asset that the
	// document or its package holds to where it is there: a path in the
	// package, or "#id" for a part of this very document.
	Local map[string]string
	// Packaged is true when the document leaves the site. Then a page
	// outside Local is linked to its publication's own address, else under
	// the target's base_url, else not at all (its text stays). In the site
	// it is linked relatively, like every link of the site.
	Packaged bool

	pages map[string]*site.Page // by output path
}

// Resolve implements markdown.Resolver.
func (l *Linker) Resolve(from, target string) (string, bool) {
	if u, err := url.Parse(target); err == nil && u.Scheme != "" {
		return target, true // markdown keeps these itself; readings come here
	}
	out, frag, ok := l.Site.Locate(from, target)
	if !ok {
		if l.Packaged {
			return unlinkedScheme, true
		}
		return "", false
	}
	return l.Href(out, frag), true
}

// Href returns the link to site output path out (a page's Out or an asset)
// with fragment frag, or the unlinked marker in a package when out has no
// address there.
func (l *Linker) Href(out, frag string) string {
	if loc, ok := l.Local[out]; ok {
		if strings.HasPrefix(loc, "#") {
			if frag != "" {
				return loc + "--" + frag
			}
			return loc
		}
		return site.Rel(l.Here, loc) + fragment(frag)
	}
	if l.pages == nil {
		l.pages = map[string]*site.Page{}
		for _, p := range l.Site.Pages {
			l.pages[p.Out] = p
		}
	}
	if !l.Packaged {
		return site.Rel(l.Here, out) + fragment(frag)
	}
	p := l.pages[out]
	if p != nil && p.Doc != nil && p.Doc.Publication != nil && p.Doc.Publication.URL != "" && frag == "" {
		return p.Doc.Publication.URL
	}
	if base := l.Site.Target.BaseURL; base != "" {
		u := out
		if p != nil {
			u = p.URL
		}
		return strings.TrimSuffix(base, "/") + "/" + u + fragment(frag)
	}
	return unlinkedScheme
}

func fragment(frag string) string {
	if frag == "" {
		return ""
	}
	return "#" + frag
}

// Sheet is what the print and standalone layouts see as dot: the site's
// Data for the document (its Page is the document itself, so URL and
// Asset are relative to it), the page it is made from, and its parts.
type Sheet struct {
	*Data
	// Of is the page the document is made from: the course, the idea
	// book, or one module.
	Of *site.Page
	// Parts are the pages the document holds, rendered, in order.
	Parts []Part
	// Stylesheet is the standalone page's stylesheet, relative to it.
	Stylesheet string
	// Back links from a print view to the page it prints.
	Back string

	linker *Linker
}

// Part is one page inside a print view or standalone page.
type Part struct {
	Page *site.Page
	// ID is the part's anchor in a print view ("osa--2"); "" standalone.
	ID string
	// Title is the part's heading; Label its entry in the contents.
	Title, Label string
	HTML         template.HTML
}

// partView is what the part layouts ("part-course", "part-module",
// "part-chapter") see as dot: the sheet, and the page of the part.
type partView struct {
	*Sheet
	Page  *site.Page
	Title string
	Body  template.HTML
	// Nested is true in a print view, where the course's overview is
	// not the document's title.
	Nested bool
}

// Link returns the href of a link written in the part's front matter (a
// reading), or "" when it has no address where the document goes.
func (v *partView) Link(target string) string {
	if v.Page.Doc == nil || target == "" {
		return target
	}
	href, ok := v.linker.Resolve(v.Page.Doc.Path, target)
	if !ok {
		return target
	}
	if strings.HasPrefix(href, unlinkedScheme) {
		return ""
	}
	return href
}

// Reuse returns the licence and attribution of the part's own page,
// which may differ from the document's.
func (v *partView) Reuse() *Reuse {
	d := *v.Sheet.Data
	d.Page = v.Page
	r := d.Reuse()
	if r != nil {
		r.Links = nil
	}
	return r
}

// PageLink returns the href of page p from the document, or "".
func (v *partView) PageLink(p *site.Page) string {
	href := v.linker.Href(p.Out, "")
	if strings.HasPrefix(href, unlinkedScheme) {
		return ""
	}
	return href
}

// Print renders the print view of of, the course or the idea book: one
// page with a cover, a table of contents and every module or chapter
// (with the course's or book's own text first), written for PrintPath.
// The parts' headings move one level down under the page's only h1 and
// their ids get a prefix per part, so anchors stay unique.
func Print(s *site.Site, th *theme.Theme, of *site.Page, parts []*site.Page, opts Options) ([]byte, error) {
	here := PrintPath(of)
	l := &Linker{Site: s, Here: here, Local: map[string]string{}}
	all := parts
	if of.Parsed != nil || (of.Doc != nil && of.Doc.Course != nil) {
		// The course's facts and the book's introduction come first.
		all = append([]*site.Page{of}, parts...)
	}
	ids := make([]string, len(all))
	for i, p := range all {
		ids[i] = "osa--" + strconv.Itoa(i)
		l.Local[p.Out] = "#" + ids[i]
	}
	sh := newSheet(s, th, of, here, l, opts)
	sh.Back = site.Rel(here, of.Out)
	for i, p := range all {
		title, label := p.Title, p.Title
		if p == of {
			title = sh.T("print_intro")
			label = title
		} else if p.Doc != nil && p.Doc.Module != nil {
			label = fmt.Sprintf("%s %d. %s", sh.T("module"), p.Doc.Module.Order, p.Title)
		} else if p.Doc != nil && p.Doc.Chapter != nil {
			label = fmt.Sprintf("%s %d. %s", sh.T("chapter"), p.Doc.Chapter.Order, p.Title)
		}
		html, err := sh.part(p, title, true)
		if err != nil {
			return nil, err
		}
		sh.Parts = append(sh.Parts, Part{Page: p, ID: ids[i], Title: title, Label: label,
			HTML: template.HTML(nameAsides(Nest(html, ids[i], 1), ids[i]+"--title"))})
	}
	return sh.execute("print.html")
}

// Standalone renders page p (the course's overview, a module or a
// chapter) as a page of its own for a download or the cartridge: no site
// navigation, the licence and attribution at the end, linked to the
// stylesheet at css (relative to the page). Links go where l says.
func Standalone(s *site.Site, th *theme.Theme, p *site.Page, l *Linker, css string, opts Options) ([]byte, error) {
	sh := newSheet(s, th, p, l.Here, l, opts)
	sh.Stylesheet = css
	html, err := sh.part(p, p.Title, false)
	if err != nil {
		return nil, err
	}
	sh.Parts = []Part{{Page: p, Title: p.Title, Label: p.Title, HTML: template.HTML(html)}}
	return sh.execute("standalone.html")
}

// asideLabel finds the accessible name of a callout (a complementary
// landmark): its title.
var asideLabel = regexp.MustCompile(`(<aside [^>]*aria-labelledby=")([^"]*)"`)

// nameAsides adds the part's title, by its id, to the name of every
// callout of a part: every module has its "Pohdittavaa", and landmarks of
// one page need distinct names.
func nameAsides(html []byte, titleID string) []byte {
	return asideLabel.ReplaceAll(html, []byte(`${1}${2} `+titleID+`"`))
}

func newSheet(s *site.Site, th *theme.Theme, of *site.Page, here string, l *Linker, opts Options) *Sheet {
	doc := &site.Page{Kind: "print", Title: of.Title, Summary: of.Summary, URL: strings.TrimSuffix(here, "index.html"), Out: here}
	d := &Data{Site: s, Page: doc, theme: th, opts: opts, Lang: s.Config.Language, bodies: Bodies{}}
	return &Sheet{Data: d, Of: of, linker: l}
}

// part renders page p with the part layout of its kind, its body linked
// through the sheet's Linker.
func (sh *Sheet) part(p *site.Page, title string, nested bool) ([]byte, error) {
	v := &partView{Sheet: sh, Page: p, Title: title, Nested: nested}
	if p.Parsed != nil {
		r := p.Parsed.Render(p.Doc.Path, sh.linker)
		v.Body = template.HTML(unlink(Abbreviate(r.HTML, Abbrs(sh.Site))))
		sh.bodies[p.Doc.Path] = r // for Summary
	}
	name := "part-page"
	if p.Doc != nil {
		switch {
		case p.Doc.Course != nil:
			name = "part-course"
		case p.Doc.Module != nil:
			name = "part-module"
		case p.Doc.Chapter != nil:
			name = "part-chapter"
		}
	}
	set, err := sh.theme.Layout("standalone.html")
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := set.ExecuteTemplate(&buf, name, v); err != nil {
		return nil, fmt.Errorf("render %s of %s: %w", name, p.Out, err)
	}
	return buf.Bytes(), nil
}

func (sh *Sheet) execute(layout string) ([]byte, error) {
	set, err := sh.theme.Layout(layout)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := set.ExecuteTemplate(&buf, layout, sh); err != nil {
		return nil, fmt.Errorf("render %s with layout %s: %w", sh.Page.Out, layout, err)
	}
	return buf.Bytes(), nil
}

// Reuse returns the licence and attribution of the page the document is
// made from; print views and standalone pages list no downloads.
func (sh *Sheet) Reuse() *Reuse {
	d := *sh.Data
	d.Page = sh.Of
	r := d.Reuse()
	if r != nil {
		r.Links = nil
	}
	return r
}

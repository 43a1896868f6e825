package render

import (
	"path"
	"strings"

	"github.com/osaamo/osaamo/internal/content"
	"github.com/osaamo/osaamo/internal/licence"
	"github.com/osaamo/osaamo/internal/site"
)

// Plan says which teachers' files (issue 7) a site gets: the course with
// its modules and the idea book with its chapters, each in reading order.
// Print views exist whenever there is something to print; downloads and
// the cartridge only for material whose licence lets teachers reuse it.
type Plan struct {
	// Course is the course page (opintojakso/_index.md); nil without one.
	Course  *site.Page
	Modules []*site.Page
	// Book is the idea book's list page; nil without chapters.
	Book     *site.Page
	Chapters []*site.Page
}

// PlanOf finds the course and the idea book of s.
func PlanOf(s *site.Site) Plan {
	var pl Plan
	for _, p := range s.Pages {
		if p.Doc != nil && p.Doc.Kind == content.KindCourse {
			pl.Course = p
			for _, c := range p.Children {
				if c.Doc != nil && c.Doc.Module != nil {
					pl.Modules = append(pl.Modules, c)
				}
			}
		}
	}
	for _, sec := range s.Sections {
		var chapters []*site.Page
		for _, c := range sec.Children {
			if c.Doc != nil && c.Doc.Chapter != nil {
				chapters = append(chapters, c)
			}
		}
		if len(chapters) > 0 && pl.Book == nil {
			pl.Book, pl.Chapters = sec, chapters
		}
	}
	return pl
}

// PrintPath is the output path of the print view of a course or idea-book
// page: "opintojakso/tulosta/index.html".
func PrintPath(of *site.Page) string { return of.URL + "tulosta/index.html" }

// ZipPath is the output path of the download of a module or a whole
// course: the page's folder and its last URL segment,
// "opintojakso/01-orientaatio/01-orientaatio.zip".
func ZipPath(p *site.Page) string { return p.URL + lastSegment(p) + ".zip" }

// CartridgePath is the output path of the course's Common Cartridge:
// "opintojakso/opintojakso.imscc".
func CartridgePath(course *site.Page) string { return course.URL + lastSegment(course) + ".imscc" }

func lastSegment(p *site.Page) string {
	if name := path.Base(strings.TrimSuffix(p.URL, "/")); name != "." && name != "/" && name != "" {
		return name
	}
	return "sivusto"
}

// LicenceOf returns the licence of page p: its front matter's, else the
// site's. Pages without a source (generated list pages) take the site's.
func LicenceOf(s *site.Site, p *site.Page) licence.Licence {
	own := ""
	if p != nil && p.Doc != nil {
		own = p.Doc.Meta.Licence
	}
	return licence.Of(own, s.Config.Licence)
}

// Reusable reports whether teachers may take page p with them. Material
// that is not reusable is left out of downloads and exports.
func Reusable(s *site.Site, p *site.Page) bool { return LicenceOf(s, p).Reusable }

// SourceURL returns where page p is published: the target's base_url and
// the page's URL when base_url is set, else the URL relative to the site
// root, with abs false.
func SourceURL(s *site.Site, p *site.Page) (u string, abs bool) {
	if base := s.Target.BaseURL; base != "" {
		return strings.TrimSuffix(base, "/") + "/" + p.URL, true
	}
	if p.URL == "" {
		return "./", false
	}
	return p.URL, false
}

// WorkOf returns what page p's attribution line names.
func WorkOf(s *site.Site, p *site.Page) licence.Work {
	src, _ := SourceURL(s, p)
	w := licence.Work{Title: p.Title, Source: src, Licence: LicenceOf(s, p), Authors: authorsOf(s, p)}
	if p.Doc != nil && p.Doc.Meta.AdaptedFrom != nil {
		o := p.Doc.Meta.AdaptedFrom
		w.Origin = &licence.Origin{Title: o.Title, Author: o.Author, URL: o.URL}
	}
	return w
}

// authorsOf returns the page's own authors, else the site's author, else
// the site's title: someone is always named.
func authorsOf(s *site.Site, p *site.Page) []string {
	if p.Doc != nil && len(p.Doc.Meta.Authors) > 0 {
		return p.Doc.Meta.Authors
	}
	if s.Config.Author != "" {
		return []string{s.Config.Author}
	}
	return []string{s.Config.Title}
}

// Reuse is what a learning page shows teachers: its licence, a ready
// attribution line and the links to take the material along.
type Reuse struct {
	Licence licence.Licence
	// Name is the licence's name in the page's language; Summary says in a
	// sentence what a reuser may do.
	Name, Summary string
	Attribution   string
	// Relative is true when the attribution's source is a relative URL
	// because the target has no base_url.
	Relative bool
	Links    []Download
}

// Download is a link to a teachers' file: a print view, a zip or the
// cartridge.
type Download struct {
	Href, Label string
	// File is true for files to save rather than pages to open.
	File bool
}

// Reuse returns what the current page shows teachers, or nil for pages
// that are not learning material: the course, its modules, the idea book
// and its chapters, and monthly themes. The links follow the rules of
// Plan and export.Files.
func (d *Data) Reuse() *Reuse {
	p := d.Page
	kind := content.Kind("")
	if p.Doc != nil {
		kind = p.Doc.Kind
	}
	book := isBook(p)
	switch kind {
	case content.KindCourse, content.KindModule, content.KindChapter, content.KindTheme:
	default:
		if !book {
			return nil
		}
	}
	l := LicenceOf(d.Site, p)
	_, abs := SourceURL(d.Site, p)
	r := &Reuse{Licence: l, Name: l.NameFi, Summary: l.SummaryFi, Attribution: licence.Attribution(WorkOf(d.Site, p)), Relative: !abs}
	if d.Lang != "fi" {
		r.Name, r.Summary = l.NameEn, l.SummaryEn
	}
	link := func(out, label string, file bool) {
		r.Links = append(r.Links, Download{Href: site.Rel(p.Out, out), Label: d.T(label), File: file})
	}
	switch {
	case kind == content.KindCourse:
		if hasModules(p) {
			link(PrintPath(p), "print_course", false)
			if l.Reusable {
				link(ZipPath(p), "download_course", true)
				link(CartridgePath(p), "download_cartridge", true)
			}
		}
	case kind == content.KindModule && p.Section != nil && p.Section.Doc != nil && p.Section.Doc.Course != nil:
		if l.Reusable {
			link(ZipPath(p), "download_module", true)
		}
		link(PrintPath(p.Section), "print_course", false)
	case book:
		link(PrintPath(p), "print_book", false)
	case kind == content.KindChapter && p.Section != nil:
		link(PrintPath(p.Section), "print_book", false)
	}
	return r
}

// isBook reports whether p is the idea book's list page: a section with
// chapters.
func isBook(p *site.Page) bool {
	for _, c := range p.Children {
		if c.Doc != nil && c.Doc.Chapter != nil {
			return true
		}
	}
	return false
}

// hasModules reports whether the course page p lists modules.
func hasModules(p *site.Page) bool {
	for _, c := range p.Children {
		if c.Doc != nil && c.Doc.Module != nil {
			return true
		}
	}
	return false
}

// Package export makes what teachers take with them (issue 7): the print
// views of the course and the idea book, a zip of each module and of the
// whole course (Markdown sources, images, standalone HTML, LICENSE and
// ATTRIBUTION.txt), and the course as an IMS Common Cartridge 1.1 for
// Moodle and other learning platforms.
//
// It works from the assembled site, after rendering, and returns files in
// memory; it writes nothing to disk. Material whose licence does not let
// teachers reuse it is shown in print views but left out of every
// download and the cartridge. The output is deterministic: zip entries are
// sorted and carry a fixed time.
package export

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/licence"
	"github.com/osaamo/osaamo/internal/markdown"
	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/render"
	"github.com/osaamo/osaamo/internal/site"
	"github.com/osaamo/osaamo/internal/theme"
)

// Stylesheet is the name of the stylesheet inside every package.
const Stylesheet = "tyyli.css"

// Files returns the teachers' files of s, by output path: the print views,
// the zips and the cartridge (see render.Plan for which exist). A file
// whose path a page or asset of the site already uses is a diagnostic, not
// an overwrite. The error is for failures of osaamo (a template bug).
func Files(s *site.Site, th *theme.Theme, opts render.Options) (output.Files, diag.List, error) {
	pl := render.PlanOf(s)
	files := output.Files{}
	taken := map[string]*site.Page{}
	for _, p := range s.Pages {
		taken[p.Out] = p
	}
	for _, a := range s.Assets {
		taken[a] = nil
	}
	var ds diag.List
	add := func(name string, data []byte, why string) {
		if p, ok := taken[name]; ok {
			d := diag.Diagnostic{File: "content/" + name, Message: fmt.Sprintf("%s is also the path of %s", name, why),
				Hint: "rename the file or folder: osaamo writes " + why + " there"}
			if p != nil && p.Doc != nil {
				d.File, d.Line, d.Col, d.Source = p.Doc.File, 1, 1, "---"
				d.Message = fmt.Sprintf("URL %q is also used by %s", "/"+p.URL, why)
			}
			ds = append(ds, d)
			return
		}
		files[name] = data
	}

	if pl.Course != nil && len(pl.Modules) > 0 {
		b, err := render.Print(s, th, pl.Course, pl.Modules, opts)
		if err != nil {
			return nil, nil, err
		}
		add(render.PrintPath(pl.Course), b, "the course's print view")
	}
	if pl.Book != nil {
		b, err := render.Print(s, th, pl.Book, pl.Chapters, opts)
		if err != nil {
			return nil, nil, err
		}
		add(render.PrintPath(pl.Book), b, "the idea book's print view")
	}
	css := stylesheet(th)
	for _, m := range pl.Modules {
		if !render.Reusable(s, m) {
			continue
		}
		b, err := ModuleZip(s, th, m, css, opts)
		if err != nil {
			return nil, nil, err
		}
		add(render.ZipPath(m), b, "the module's download")
	}
	if pl.Course != nil && len(pl.Modules) > 0 && render.Reusable(s, pl.Course) {
		b, err := CourseZip(s, th, pl, css, opts)
		if err != nil {
			return nil, nil, err
		}
		add(render.ZipPath(pl.Course), b, "the course's download")
		cc, err := Cartridge(s, th, pl, css, opts)
		if err != nil {
			return nil, nil, err
		}
		add(render.CartridgePath(pl.Course), cc, "the course's Common Cartridge")
	}
	ds.Sort()
	return files, ds, nil
}

// stylesheet is the packages' stylesheet: the theme's own, its code
// highlighting, and what standalone pages add.
func stylesheet(th *theme.Theme) []byte {
	var b []byte
	b = append(b, th.Static["css/osaamo.css"]...)
	b = append(b, '\n')
	b = append(b, markdown.HighlightCSS()...)
	b = append(b, '\n')
	b = append(b, th.Static["css/standalone.css"]...)
	return b
}

// pack collects one package's files.
type pack struct {
	s     *site.Site
	th    *theme.Theme
	opts  render.Options
	files map[string][]byte
	// local maps site output paths of pages and assets in the package to
	// their paths in it.
	local map[string]string
}

func newPack(s *site.Site, th *theme.Theme, opts render.Options) *pack {
	return &pack{s: s, th: th, opts: opts, files: map[string][]byte{}, local: map[string]string{}}
}

// page renders p as a standalone page at path at in the package, linked
// to the stylesheet at css.
func (pk *pack) page(p *site.Page, at, css string) error {
	l := &render.Linker{Site: pk.s, Here: at, Local: pk.local, Packaged: true}
	b, err := render.Standalone(pk.s, pk.th, p, l, site.Rel(at, css), pk.opts)
	if err != nil {
		return err
	}
	pk.files[at] = b
	return nil
}

// assetsOf lists the content assets page p shows or links to, sorted and
// without repeats, as paths under content/ (their site output paths).
func assetsOf(s *site.Site, p *site.Page) []string {
	if p.Parsed == nil {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	add := func(target string) {
		if target == "" || strings.Contains(target, ":") || strings.HasPrefix(target, "//") || strings.HasPrefix(target, "#") {
			return
		}
		if a, _, ok := s.Locate(p.Doc.Path, target); ok && s.HasAsset(a) && !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	for _, im := range p.Parsed.Images {
		add(im.Src)
	}
	for _, ln := range p.Parsed.Links {
		add(ln.Target)
	}
	sort.Strings(out)
	return out
}

// ModuleZip packs module m: "<slug>/index.html" (standalone), the
// stylesheet, the Markdown source and its assets under "<slug>/markdown/"
// at their paths under content/, LICENSE.txt and ATTRIBUTION.txt.
func ModuleZip(s *site.Site, th *theme.Theme, m *site.Page, css []byte, opts render.Options) ([]byte, error) {
	root := slugOf(m) + "/"
	pk := newPack(s, th, opts)
	pk.local[m.Out] = root + "index.html"
	pk.source(m, root+"markdown/")
	if err := pk.page(m, root+"index.html", root+Stylesheet); err != nil {
		return nil, err
	}
	pk.files[root+Stylesheet] = css
	works := []licence.Work{render.WorkOf(s, m)}
	pk.files[root+"LICENSE.txt"] = []byte(licence.Text(render.LicenceOf(s, m), works))
	pk.files[root+"ATTRIBUTION.txt"] = []byte(attributionText(works))
	return Zip(pk.files)
}

// CourseZip packs the course: its overview and every reusable module as
// standalone pages linked to each other, the Markdown sources with their
// assets under "markdown/", LICENSE.txt and ATTRIBUTION.txt.
func CourseZip(s *site.Site, th *theme.Theme, pl render.Plan, css []byte, opts render.Options) ([]byte, error) {
	course := pl.Course
	root := slugOf(course) + "/"
	pk := newPack(s, th, opts)
	parts := append([]*site.Page{course}, reusable(s, pl.Modules)...)
	pk.local[course.Out] = root + "index.html"
	for _, m := range parts[1:] {
		pk.local[m.Out] = root + slugOf(m) + "/index.html"
	}
	var works []licence.Work
	for _, p := range parts {
		pk.source(p, root+"markdown/")
		if err := pk.page(p, pk.local[p.Out], root+Stylesheet); err != nil {
			return nil, err
		}
		works = append(works, render.WorkOf(s, p))
	}
	pk.files[root+Stylesheet] = css
	pk.files[root+"LICENSE.txt"] = []byte(licence.Text(render.LicenceOf(s, course), works))
	pk.files[root+"ATTRIBUTION.txt"] = []byte(attributionText(works))
	return Zip(pk.files)
}

// source adds p's Markdown file and its assets under dir, at their paths
// under content/, so the Markdown's relative links keep working, and
// records where the assets are for the standalone pages.
func (pk *pack) source(p *site.Page, dir string) {
	if p.Doc == nil {
		return
	}
	pk.files[dir+p.Doc.Path] = p.Doc.Source
	for _, a := range assetsOf(pk.s, p) {
		if data, ok := pk.opts.Assets[a]; ok {
			pk.files[dir+a] = data
			pk.local[a] = dir + a
		}
	}
}

// reusable returns the pages of ps whose licence lets teachers reuse them.
func reusable(s *site.Site, ps []*site.Page) []*site.Page {
	var out []*site.Page
	for _, p := range ps {
		if render.Reusable(s, p) {
			out = append(out, p)
		}
	}
	return out
}

// attributionText is ATTRIBUTION.txt: the attribution line of every work
// in the package, in Finnish and English, and how to mark changes.
func attributionText(works []licence.Work) string {
	var b strings.Builder
	b.WriteString("Lähdemerkinnät / Attribution\n\n")
	b.WriteString("Kun käytät tätä aineistoa, kopioi sen lähdemerkintä mukaan. Jos muokkaat aineistoa,\n")
	b.WriteString("kerro se: lisää merkinnän perään esimerkiksi ”Muokattu: lyhennetty ja lisätty tehtävä”.\n")
	b.WriteString("When you use this material, copy its attribution with it. If you change the material,\n")
	b.WriteString("say so, e.g. “Adapted: shortened, one task added”.\n\n")
	for _, w := range works {
		fmt.Fprintf(&b, "%s\n%s\n\n", licence.Attribution(w), licence.AttributionEn(w))
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// slugOf is the last segment of p's URL, the name of its folder in
// packages.
func slugOf(p *site.Page) string {
	if name := path.Base(strings.TrimSuffix(p.URL, "/")); name != "." && name != "/" && name != "" {
		return name
	}
	return "sivusto"
}

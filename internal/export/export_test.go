package export_test

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/osaamo/osaamo/internal/build"
	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/render"
	"github.com/osaamo/osaamo/internal/testsite"
)

// buildFixture builds the fixture site with files of overlay added or
// replaced, and fails on any error.
func buildFixture(t *testing.T, overlay map[string]string) *build.Result {
	t.Helper()
	res := buildFixtureDiags(t, overlay)
	if res.Diags.HasErrors() {
		t.Fatalf("the fixture has errors:\n%s", res.Diags.Error())
	}
	return res
}

func buildFixtureDiags(t *testing.T, overlay map[string]string) *build.Result {
	t.Helper()
	fsys := testsite.Fixture(t)
	for name, data := range overlay {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	res, err := build.Run(fsys, build.Options{Today: "2021-03-10"})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// siteYAML returns the fixture's site.yaml with the public target's
// base_url set to base, or without one when base is "".
func siteYAML(t *testing.T, base string) string {
	t.Helper()
	src := string(testsite.Fixture(t)["site.yaml"].Data)
	src = regexp.MustCompile(`(?m)^    base_url: .*\n`).ReplaceAllString(src, "")
	if base != "" {
		src = strings.Replace(src, "    output: public\n", "    output: public\n    base_url: "+base+"\n", 1)
	}
	return src
}

// buildShipped builds the repository's own site for the public target.
func buildShipped(t *testing.T) *build.Result {
	t.Helper()
	res, err := build.Run(os.DirFS(testsite.Root()), build.Options{Target: "public", Today: "2022-03-15"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Diags.HasErrors() {
		t.Fatalf("the shipped site has errors:\n%s", res.Diags.Error())
	}
	return res
}

// unzip returns a zip's entries by name, and their names in archive order.
func unzip(t *testing.T, data []byte) (map[string][]byte, []string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	files := map[string][]byte{}
	var order []string
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if _, dup := files[f.Name]; dup {
			t.Errorf("entry %s twice", f.Name)
		}
		files[f.Name] = b
		order = append(order, f.Name)
		if !f.Modified.Equal(time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("entry %s: modified %v, want the fixed time", f.Name, f.Modified)
		}
	}
	return files, order
}

// packages lists the zips and cartridges of a build.
func packages(files output.Files) []string {
	var out []string
	for _, name := range files.Paths() {
		if strings.HasSuffix(name, ".zip") || strings.HasSuffix(name, ".imscc") {
			out = append(out, name)
		}
	}
	return out
}

// TestZipsDeterministic builds twice and compares every package byte for
// byte; entries are sorted and carry the fixed time.
func TestZipsDeterministic(t *testing.T) {
	a := buildFixture(t, nil)
	b := buildFixture(t, nil)
	names := packages(a.Files)
	want := []string{"opintojakso/01-orientaatio/01-orientaatio.zip", "opintojakso/02-tehtava/02-tehtava.zip",
		"opintojakso/opintojakso.imscc", "opintojakso/opintojakso.zip"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Fatalf("packages %v, want %v", names, want)
	}
	for _, name := range names {
		if !bytes.Equal(a.Files[name], b.Files[name]) {
			t.Errorf("%s differs between two builds of the same sources", name)
		}
		_, order := unzip(t, a.Files[name])
		if !sort.StringsAreSorted(order) {
			t.Errorf("%s: entries not sorted: %v", name, order)
		}
	}
}

// TestModuleZip: the module's Markdown source as it is, its images at
// their paths, a standalone page whose every relative link and image is in
// the zip, LICENSE.txt and ATTRIBUTION.txt.
func TestModuleZip(t *testing.T) {
	module := "---\ntitle: Orientaatio\norder: 1\nhours: 20\noutcomes: [Opiskelija tuntee kurssin rakenteen.]\n" +
		"activities:\n  - {type: webinaari, title: Avajaiset, hours: 2}\n  - {type: itsenainen-opiskelu, title: Lukeminen, hours: 18}\n" +
		"readings:\n  - {title: Vaikuttavuus, href: ../teemat/2021-03-vaikuttavuus.md}\n  - {title: Verkko, href: \"https://example.fi/luettavaa\"}\n" +
		"competence: [tiedolla-vaikuttaminen]\nlevel: [makro]\n---\n" +
		"Katso [kaavio](kuvat/kaavio.png), [tehtävä](02-tehtava.md), [teema](../teemat/2021-03-vaikuttavuus.md) ja [alku](#vaiheet).\n\n" +
		"## Vaiheet\n\n![Kaavio vaiheista](kuvat/kaavio.png)\n"
	res := buildFixture(t, map[string]string{
		"site.yaml":                                siteYAML(t, ""),
		"content/opintojakso/01-orientaatio.md":    module,
		"content/opintojakso/kuvat/kaavio.png":     "PNG",
		"content/opintojakso/01-orientaatio/x.txt": "not used",
	})
	files, _ := unzip(t, res.Files["opintojakso/01-orientaatio/01-orientaatio.zip"])
	var names []string
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	want := []string{"01-orientaatio/ATTRIBUTION.txt", "01-orientaatio/LICENSE.txt", "01-orientaatio/index.html",
		"01-orientaatio/markdown/opintojakso/01-orientaatio.md", "01-orientaatio/markdown/opintojakso/kuvat/kaavio.png",
		"01-orientaatio/" + "tyyli.css"}
	if strings.Join(names, "\n") != strings.Join(want, "\n") {
		t.Fatalf("entries:\n%s\nwant:\n%s", strings.Join(names, "\n"), strings.Join(want, "\n"))
	}
	if got := string(files["01-orientaatio/markdown/opintojakso/01-orientaatio.md"]); got != module {
		t.Errorf("the Markdown source was changed:\n%s", got)
	}
	page := string(files["01-orientaatio/index.html"])
	for _, want := range []string{
		`<img src="markdown/opintojakso/kuvat/kaavio.png" alt="Kaavio vaiheista"`,
		`<a href="markdown/opintojakso/kuvat/kaavio.png">kaavio</a>`,
		`<a href="#vaiheet">alku</a>`,
		`<a href="https://example.fi/luettavaa">Verkko</a>`,
		`<link rel="stylesheet" href="tyyli.css">`,
		`</a>, tehtävä, teema ja <a`, // pages outside the zip keep their text, lose the link
		`<li>Vaikuttavuus</li>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	checkLinksInside(t, "module zip", files, "01-orientaatio/index.html")
	checkPage(t, "module zip index.html", page)
	if !strings.Contains(string(files["01-orientaatio/LICENSE.txt"]), "https://creativecommons.org/licenses/by/4.0/deed.fi") {
		t.Errorf("LICENSE.txt has no deed link:\n%s", files["01-orientaatio/LICENSE.txt"])
	}
	if !strings.Contains(string(files["01-orientaatio/ATTRIBUTION.txt"]), "”Orientaatio”. Tekijä: Testiverkosto. Lähde: opintojakso/01-orientaatio/.") {
		t.Errorf("ATTRIBUTION.txt lacks the attribution line:\n%s", files["01-orientaatio/ATTRIBUTION.txt"])
	}

	// With base_url, pages outside the zip are linked on the site.
	res = buildFixture(t, map[string]string{
		"site.yaml":                             siteYAML(t, "https://osaamo.example.fi/aineisto/"),
		"content/opintojakso/01-orientaatio.md": module,
		"content/opintojakso/kuvat/kaavio.png":  "PNG",
	})
	files, _ = unzip(t, res.Files["opintojakso/01-orientaatio/01-orientaatio.zip"])
	page = string(files["01-orientaatio/index.html"])
	for _, want := range []string{
		`<a href="https://osaamo.example.fi/aineisto/opintojakso/02-tehtava/">tehtävä</a>`,
		`<a href="https://osaamo.example.fi/aineisto/teemat/2021-03-vaikuttavuus/">teema</a>`,
		`<a href="https://osaamo.example.fi/aineisto/teemat/2021-03-vaikuttavuus/">Vaikuttavuus</a>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("with base_url, index.html lacks %q", want)
		}
	}
}

// TestCourseZip: the overview and every module as linked standalone
// pages, every source, one LICENSE.txt and ATTRIBUTION.txt naming all.
func TestCourseZip(t *testing.T) {
	res := buildFixture(t, nil)
	files, _ := unzip(t, res.Files["opintojakso/opintojakso.zip"])
	for _, name := range []string{"opintojakso/index.html", "opintojakso/01-orientaatio/index.html", "opintojakso/02-tehtava/index.html",
		"opintojakso/markdown/opintojakso/_index.md", "opintojakso/markdown/opintojakso/01-orientaatio.md",
		"opintojakso/markdown/opintojakso/02-tehtava.md", "opintojakso/LICENSE.txt", "opintojakso/ATTRIBUTION.txt", "opintojakso/tyyli.css"} {
		if _, ok := files[name]; !ok {
			t.Errorf("no %s", name)
		}
	}
	for name := range files {
		if strings.HasSuffix(name, ".html") {
			checkLinksInside(t, "course zip", files, name)
			checkPage(t, "course zip "+name, string(files[name]))
		}
	}
	if !strings.Contains(string(files["opintojakso/index.html"]), `<a href="01-orientaatio/index.html">Orientaatio</a>`) {
		t.Error("the overview does not link to the module pages in the zip")
	}
	if n := strings.Count(string(files["opintojakso/ATTRIBUTION.txt"]), "Lisenssi: CC BY 4.0"); n != 3 {
		t.Errorf("ATTRIBUTION.txt names %d works, want 3 (course and two modules)", n)
	}
}

var (
	hrefRE = regexp.MustCompile(`\s(?:href|src)="([^"]*)"`)
	idRE   = regexp.MustCompile(`\sid="([^"]*)"`)
	headRE = regexp.MustCompile(`<h([1-6])[ >]`)
)

// checkLinksInside checks that every relative link and image of the page
// name resolves to an entry of files, and that its fragments exist.
func checkLinksInside(t *testing.T, what string, files map[string][]byte, name string) {
	t.Helper()
	for _, m := range hrefRE.FindAllStringSubmatch(string(files[name]), -1) {
		href := strings.ReplaceAll(m[1], "&amp;", "&")
		if strings.HasPrefix(href, "https://") || strings.HasPrefix(href, "http://") || strings.HasPrefix(href, "mailto:") {
			continue
		}
		target, frag, _ := strings.Cut(href, "#")
		file := name
		if target != "" {
			file = path.Join(path.Dir(name), target)
		}
		data, ok := files[file]
		if !ok {
			t.Errorf("%s: %s links to %q, which is not in the package", what, name, href)
			continue
		}
		if frag != "" && !strings.Contains(string(data), ` id="`+frag+`"`) {
			t.Errorf("%s: %s links to %q, which has no id %q", what, name, href, frag)
		}
	}
}

// checkPage checks what a screen-reader user relies on in a page osaamo
// writes outside the site's layouts: one h1, headings without jumps,
// unique ids, a main landmark, and no inline style attributes.
func checkPage(t *testing.T, what, page string) {
	t.Helper()
	levels := headRE.FindAllStringSubmatch(page, -1)
	if len(levels) == 0 || levels[0][1] != "1" {
		t.Errorf("%s: does not start its headings with an h1", what)
	}
	prev, h1 := 0, 0
	for _, l := range levels {
		n := int(l[1][0] - '0')
		if n == 1 {
			h1++
		}
		if n > prev+1 {
			t.Errorf("%s: heading jumps from h%d to h%d", what, prev, n)
		}
		prev = n
	}
	if h1 != 1 {
		t.Errorf("%s: %d h1 elements, want 1", what, h1)
	}
	seen := map[string]bool{}
	for _, m := range idRE.FindAllStringSubmatch(page, -1) {
		if seen[m[1]] {
			t.Errorf("%s: id %q twice", what, m[1])
		}
		seen[m[1]] = true
	}
	if !strings.Contains(page, `<main id="main"`) {
		t.Errorf("%s: no main landmark", what)
	}
	if strings.Contains(page, " style=") {
		t.Errorf("%s: has an inline style attribute", what)
	}
}

// TestNotReusable: a module under all-rights-reserved shows its licence
// and says it cannot be taken along; it has no download, is left out of
// the course zip and the cartridge, and still prints. A course under it
// has no course zip or cartridge at all.
func TestNotReusable(t *testing.T) {
	module := "---\ntitle: Kehittämistehtävä\norder: 2\nhours: 7\nlicence: all-rights-reserved\noutcomes: [Opiskelija suunnittelee toimenpiteen.]\n" +
		"activities:\n  - {type: kehittamistehtava, title: Suunnitelma, hours: 7}\ncompetence: [tiedolla-vaikuttaminen]\nlevel: [makro]\n---\nTehtävän ohje.\n"
	res := buildFixture(t, map[string]string{"content/opintojakso/02-tehtava.md": module})
	if _, ok := res.Files["opintojakso/02-tehtava/02-tehtava.zip"]; ok {
		t.Error("the all-rights-reserved module has a download")
	}
	page := string(res.Files["opintojakso/02-tehtava/index.html"])
	for _, want := range []string{"Kaikki oikeudet pidätetään", "lisenssi ei salli uudelleenkäyttöä", `href="../tulosta/index.html"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the module page lacks %q", want)
		}
	}
	if strings.Contains(page, "02-tehtava.zip") {
		t.Error("the module page links to a download")
	}
	course, _ := unzip(t, res.Files["opintojakso/opintojakso.zip"])
	for name := range course {
		if strings.Contains(name, "02-tehtava") {
			t.Errorf("the course zip holds %s", name)
		}
	}
	if strings.Contains(string(course["opintojakso/index.html"]), `href="02-tehtava/`) {
		t.Error("the course zip's overview links to the left-out module")
	}
	cc, _ := unzip(t, res.Files["opintojakso/opintojakso.imscc"])
	for name, data := range cc {
		if strings.Contains(name, "02-tehtava") || strings.Contains(string(data), "Tehtävän ohje") {
			t.Errorf("the cartridge holds the left-out module in %s", name)
		}
	}
	if !strings.Contains(string(res.Files["opintojakso/tulosta/index.html"]), "Tehtävän ohje.") {
		t.Error("the print view lost the module")
	}

	course2 := strings.Replace(string(testsite.Fixture(t)["content/opintojakso/_index.md"].Data), "licence: CC-BY-4.0", "licence: all-rights-reserved", 1)
	res = buildFixture(t, map[string]string{"content/opintojakso/_index.md": course2})
	for _, name := range []string{"opintojakso/opintojakso.zip", "opintojakso/opintojakso.imscc"} {
		if _, ok := res.Files[name]; ok {
			t.Errorf("%s exists for an all-rights-reserved course", name)
		}
	}
	if _, ok := res.Files["opintojakso/01-orientaatio/01-orientaatio.zip"]; !ok {
		t.Error("a CC BY module of an all-rights-reserved course lost its own download")
	}
	if p := string(res.Files["opintojakso/index.html"]); strings.Contains(p, ".imscc") || strings.Contains(p, "opintojakso.zip") {
		t.Error("the course page links to exports that do not exist")
	}
}

// TestPathClash: a content file at the URL of a print view is an error
// naming the file, not a silent overwrite.
func TestPathClash(t *testing.T) {
	res := buildFixtureDiags(t, map[string]string{
		"content/ideakirja/tulosta.md": "---\ntitle: Tulosta\norder: 3\nphase: arviointi\ncompetence: [tiedon-kokoaminen]\nlevel: [mikro]\n---\nTeksti.\n",
	})
	want := `content/ideakirja/tulosta.md:1:1: URL "/ideakirja/tulosta/" is also used by the idea book's print view`
	if !res.Diags.HasErrors() || res.Diags[0].Pos()+": "+res.Diags[0].Message != want {
		t.Fatalf("diagnostics:\n%s\nwant %s", res.Diags.Error(), want)
	}
	if res.Files != nil {
		t.Error("a build with errors returned files")
	}
}

// TestPrintViews: one page per course and idea book, linked from their
// pages, with every part as a section starting on a new printed page, a
// table of contents pointing to them, and a sound outline.
func TestPrintViews(t *testing.T) {
	for _, tc := range []struct {
		name string
		res  func(*testing.T) *build.Result
	}{
		{"fixture", func(t *testing.T) *build.Result { return buildFixture(t, nil) }},
		{"shipped", buildShipped},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := tc.res(t)
			pl := render.PlanOf(res.Site)
			for _, v := range []struct {
				of    string
				parts int
			}{
				{pl.Course.Out, len(pl.Modules)},
				{pl.Book.Out, len(pl.Chapters)},
			} {
				dir := strings.TrimSuffix(v.of, "index.html")
				name := dir + "tulosta/index.html"
				page := string(res.Files[name])
				if page == "" {
					t.Fatalf("no %s", name)
				}
				checkPage(t, name, page)
				if !strings.Contains(string(res.Files[v.of]), `href="tulosta/index.html"`) {
					t.Errorf("%s does not link to its print view", v.of)
				}
				sections := regexp.MustCompile(`<section class="print-part" id="([^"]+)" aria-labelledby="([^"]+)">\s*<header class="part-header">(?s:.*?)<h2 id="([^"]+)"`).FindAllStringSubmatch(page, -1)
				if len(sections) < v.parts {
					t.Errorf("%s: %d part sections, want at least %d", name, len(sections), v.parts)
				}
				for _, s := range sections {
					if s[2] != s[3] || s[2] != s[1]+"--title" {
						t.Errorf("%s: section %s is labelled by %q, its h2 is %q", name, s[1], s[2], s[3])
					}
					if !strings.Contains(page, `<li><a href="#`+s[1]+`">`) {
						t.Errorf("%s: the contents do not link to %s", name, s[1])
					}
				}
				ids := map[string]bool{}
				for _, m := range idRE.FindAllStringSubmatch(page, -1) {
					ids[m[1]] = true
				}
				for _, m := range hrefRE.FindAllStringSubmatch(page, -1) {
					if strings.HasPrefix(m[1], "#") && !ids[m[1][1:]] {
						t.Errorf("%s: fragment link %s has no target", name, m[1])
					}
				}
				for _, nav := range []string{`class="site-header"`, `class="main-nav"`, `class="breadcrumbs`, `class="pager"`} {
					if strings.Contains(page, nav) {
						t.Errorf("%s has navigation chrome %s", name, nav)
					}
				}
			}
			css := string(res.Files["assets/css/print-view.css"])
			if !regexp.MustCompile(`@media print \{(?s:.*)\.print-part \{ break-before: page;`).MatchString(css) {
				t.Error("print-view.css does not start each part on a new printed page")
			}
		})
	}
}

// TestNoInlineStyles: the site works under a strict CSP, so no page has a
// style attribute or element; only pages inside packages may.
func TestNoInlineStyles(t *testing.T) {
	res := buildShipped(t)
	for _, name := range res.Files.Paths() {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		page := string(res.Files[name])
		if strings.Contains(page, " style=") || strings.Contains(page, "<style") {
			t.Errorf("%s has inline style", name)
		}
	}
}

// TestReuseBox: learning pages show their licence with a link to the deed
// and a ready attribution line; with base_url the source is absolute.
func TestReuseBox(t *testing.T) {
	site := siteYAML(t, "https://osaamo.example.fi/aineisto/")
	chapter := "---\ntitle: Johdanto\norder: 1\nphase: johdanto\nlicence: CC-BY-SA-4.0\nauthors: [\"Virtanen, Aino\"]\n" +
		"adapted_from: {title: Vuosikello, author: Tuikka, url: \"https://example.fi/vuosikello\"}\ncompetence: [tiedon-kokoaminen]\nlevel: [mikro]\n---\n## Kirjan käyttö\n\nLue.\n"
	res := buildFixture(t, map[string]string{"site.yaml": site, "content/ideakirja/01-johdanto.md": chapter})
	tests := []struct {
		page  string
		wants []string
	}{
		{"opintojakso/01-orientaatio/index.html", []string{
			`<a rel="license" href="https://creativecommons.org/licenses/by/4.0/deed.fi">CC BY 4.0`,
			`”Orientaatio”. Tekijä: Testiverkosto. Lähde: https://osaamo.example.fi/aineisto/opintojakso/01-orientaatio/. Lisenssi: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.fi).`,
			`<a href="01-orientaatio.zip" download>`}},
		{"opintojakso/index.html", []string{`href="opintojakso.imscc" download`, `href="opintojakso.zip" download`, `href="tulosta/index.html"`}},
		{"ideakirja/01-johdanto/index.html", []string{
			`CC BY-SA 4.0 – Creative Commons Nimeä-JaaSamoin 4.0 Kansainvälinen`,
			`”Johdanto”. Tekijä: Virtanen, Aino. Lähde: https://osaamo.example.fi/aineisto/ideakirja/01-johdanto/. Lisenssi: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/deed.fi). Muokattu teoksesta ”Vuosikello” (Tuikka, https://example.fi/vuosikello).`,
			`href="../tulosta/index.html"`}},
		{"teemat/2021-03-vaikuttavuus/index.html", []string{`class="reuse"`, `Lähde: https://osaamo.example.fi/aineisto/teemat/2021-03-vaikuttavuus/.`}},
		{"ideakirja/index.html", []string{`class="reuse"`, `href="tulosta/index.html"`}},
	}
	for _, tt := range tests {
		page := string(res.Files[tt.page])
		for _, want := range tt.wants {
			if !strings.Contains(page, want) {
				t.Errorf("%s lacks %q", tt.page, want)
			}
		}
		if strings.Contains(page, "base_url") {
			t.Errorf("%s says the source is relative although base_url is set", tt.page)
		}
	}
	for _, page := range []string{"index.html", "tapaukset/kainuu/index.html", "julkaisut/opas/index.html"} {
		if strings.Contains(string(res.Files[page]), `class="reuse"`) {
			t.Errorf("%s is not learning material but shows a reuse box", page)
		}
	}
	// Without base_url the source is relative, and the page says so.
	page := string(buildFixture(t, map[string]string{"site.yaml": siteYAML(t, "")}).Files["opintojakso/01-orientaatio/index.html"])
	if !strings.Contains(page, "Lähde: opintojakso/01-orientaatio/.") || !strings.Contains(page, "base_url") {
		t.Error("without base_url the attribution should give the relative URL and say so")
	}
}

// TestInternalNeverExported: material of visibility internal reaches the
// intranet's print view but no file of the public build, inside zips and
// the cartridge included.
func TestInternalNeverExported(t *testing.T) {
	const marker = "SISAINEN-MERKKI-7"
	overlay := map[string]string{
		"content/ideakirja/03-sisainen.md": "---\ntitle: Sisäinen luku\norder: 3\nphase: arviointi\nvisibility: internal\n" +
			"competence: [tiedon-kokoaminen]\nlevel: [mikro]\n---\n" + marker + " vain intranetissä.\n",
	}
	public := buildFixture(t, overlay)
	for _, name := range public.Files.Paths() {
		data := public.Files[name]
		if bytes.Contains(data, []byte(marker)) {
			t.Errorf("public %s holds internal material", name)
		}
		if strings.HasSuffix(name, ".zip") || strings.HasSuffix(name, ".imscc") {
			entries, _ := unzip(t, data)
			for entry, b := range entries {
				if bytes.Contains(b, []byte(marker)) {
					t.Errorf("public %s: %s holds internal material", name, entry)
				}
			}
		}
	}
	fsys := testsite.Fixture(t)
	for name, data := range overlay {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	intranet, err := build.Run(fsys, build.Options{Target: "intranet", Today: "2021-03-10"})
	if err != nil || intranet.Diags.HasErrors() {
		t.Fatalf("intranet build: %v %v", err, intranet.Diags)
	}
	if !bytes.Contains(intranet.Files["ideakirja/tulosta/index.html"], []byte(marker)) {
		t.Error("the intranet's print view of the idea book lacks the internal chapter")
	}
}

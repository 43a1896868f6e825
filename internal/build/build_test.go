package build

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/osaamo/osaamo/internal/testsite"
)

var update = flag.Bool("update", false, "rewrite golden files")

const today = "2021-03-10"

func buildFixture(t *testing.T, opts Options) *Result {
	t.Helper()
	if opts.Today == "" {
		opts.Today = today
	}
	res, err := Run(testsite.Fixture(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Diags.HasErrors() {
		t.Fatalf("fixture has errors:\n%s", res.Diags.Error())
	}
	return res
}

// TestGolden compares one rendered page of each kind, and of each
// generated page type, with testdata/golden. Refresh with -update and
// review the diff.
func TestGolden(t *testing.T) {
	res := buildFixture(t, Options{})
	pages := []string{
		"index.html",
		"teemat/index.html",
		"teemat/2021-03-vaikuttavuus/index.html",
		"tapaukset/kainuu/index.html",
		"ideakirja/02-tuotanto/index.html",
		"opintojakso/index.html",
		"opintojakso/01-orientaatio/index.html",
		"opintojakso/02-tehtava/index.html",
		"julkaisut/opas/index.html",
		"sanasto/index.html",
		"sanasto/rake/index.html",
		"polut/uusi/index.html",
		"tietoa/index.html",
		"osaamisalue/index.html",
		"taso/mikro/index.html",
		"404.html",
	}
	for _, p := range pages {
		t.Run(p, func(t *testing.T) {
			got, ok := res.Files[p]
			if !ok {
				t.Fatalf("no output file %s", p)
			}
			golden := filepath.Join("testdata", "golden", strings.ReplaceAll(p, "/", "_"))
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/build -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; run with -update and review the diff\n%s", p, golden, firstDiff(got, want))
			}
		})
	}
}

func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}

// TestDeterministic builds twice and compares every file's hash.
func TestDeterministic(t *testing.T) {
	a := buildFixture(t, Options{})
	b := buildFixture(t, Options{})
	if len(a.Files) != len(b.Files) {
		t.Fatalf("first build has %d files, second %d", len(a.Files), len(b.Files))
	}
	for _, p := range a.Files.Paths() {
		if sha256.Sum256(a.Files[p]) != sha256.Sum256(b.Files[p]) {
			t.Errorf("%s differs between two builds of the same sources", p)
		}
	}
}

// TestEveryDocumentHasAPage checks one page per content file, plus the
// front page.
func TestEveryDocumentHasAPage(t *testing.T) {
	res := buildFixture(t, Options{Target: "intranet", Drafts: true})
	fix := testsite.Fixture(t)
	for name := range fix {
		if !strings.HasPrefix(name, "content/") || !strings.HasSuffix(name, ".md") {
			continue
		}
		rel := strings.TrimPrefix(name, "content/")
		p, ok := res.Site.Page(rel)
		if !ok {
			t.Errorf("%s has no page", name)
			continue
		}
		if _, ok := res.Files[p.Out]; !ok {
			t.Errorf("%s: page %s was not rendered", name, p.Out)
		}
	}
	if _, ok := res.Files["index.html"]; !ok {
		t.Error("no index.html")
	}
}

// TestAudiences checks that internal material reaches only the intranet.
func TestAudiences(t *testing.T) {
	pub := buildFixture(t, Options{Target: "public"})
	intra := buildFixture(t, Options{Target: "intranet"})
	for _, canary := range []string{"Sisäinen tallenne", "Vain henkilöstölle", "Sisäinen ohje"} {
		for _, p := range pub.Files.Paths() {
			if bytes.Contains(pub.Files[p], []byte(canary)) {
				t.Errorf("public build: %s contains internal text %q", p, canary)
			}
		}
		found := false
		for _, p := range intra.Files.Paths() {
			found = found || bytes.Contains(intra.Files[p], []byte(canary))
		}
		if !found {
			t.Errorf("intranet build lacks internal text %q", canary)
		}
	}
	if !bytes.Contains(intra.Files["index.html"], []byte(`<meta name="robots" content="noindex, nofollow">`)) {
		t.Error("intranet pages lack noindex")
	}
	if bytes.Contains(pub.Files["index.html"], []byte(`noindex`)) {
		t.Error("public pages have noindex")
	}
}

// TestRelativeLinks checks that every href and src in the output is
// relative (or external) and that every relative one names a file the
// build produced, so the site works under any subpath and from file://.
// The exception is 404.html, which servers return for missing addresses
// at any depth: with a base_url its links are absolute paths under the
// base_url's path, and each names a file the build produced.
func TestRelativeLinks(t *testing.T) {
	res := buildFixture(t, Options{})
	if res.Target.BaseURL == "" {
		t.Fatal("the fixture's public target has no base_url; 404.html goes untested")
	}
	for _, p := range res.Files.Paths() {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		for _, ref := range refs(res.Files[p]) {
			if strings.HasPrefix(ref, "https://") || strings.HasPrefix(ref, "http://") || strings.HasPrefix(ref, "#") {
				continue
			}
			if p == "404.html" {
				target, _, _ := strings.Cut(ref, "#")
				if _, ok := res.Files[strings.TrimPrefix(target, "/")]; !strings.HasPrefix(target, "/") || !ok {
					t.Errorf("404.html: link %q is not an absolute path to a file the build wrote", ref)
				}
				continue
			}
			if strings.HasPrefix(ref, "/") {
				t.Errorf("%s: absolute link %q breaks under a subpath", p, ref)
				continue
			}
			target, _, _ := strings.Cut(ref, "#")
			if strings.HasSuffix(target, "/") {
				t.Errorf("%s: directory link %q does not work from file://", p, ref)
				continue
			}
			resolved := filepath.ToSlash(filepath.Clean(filepath.Join(filepath.Dir(p), target)))
			if _, ok := res.Files[resolved]; !ok {
				t.Errorf("%s: link %q points to %s, which the build did not write", p, ref, resolved)
			}
		}
	}
}

// refs returns the values of every href= and src= attribute.
func refs(html []byte) []string {
	var out []string
	s := string(html)
	for _, attr := range []string{` href="`, ` src="`} {
		rest := s
		for {
			i := strings.Index(rest, attr)
			if i < 0 {
				break
			}
			rest = rest[i+len(attr):]
			j := strings.IndexByte(rest, '"')
			if j < 0 {
				break
			}
			out = append(out, strings.ReplaceAll(rest[:j], "&amp;", "&"))
			rest = rest[j:]
		}
	}
	return out
}

// canaries are unique strings placed only in material the public target
// must not publish: an internal page, a page in an internal folder (also
// its title, summary and tag), an internal material, images used only by
// internal pages, an internal glossary term and a draft.
var canaries = []string{
	"KANARIA-KANSIO-7731", "KANARIA-KANSIO-7732", "KANARIA-OTSIKKO-3318", "KANARIA-TIIVISTELMA-6204",
	"kanariatagi", "KANARIA-KUVA-0001", "KANARIA-KUVA-0002", "KANARIA-SIVU-4410",
	"KANARIA-LUONNOS-9901", "KANARIA-LUONNOS-9902", "KANARIA-TERMI-8080", "KANARIA-MAARITELMA-8081",
	"KANARIA-MATERIAALI-5521", "Kanariatermi",
}

// everyByte returns every file of the output with archives (zip, imscc)
// expanded, so a leak inside a download is found too.
func everyByte(t *testing.T, files map[string][]byte) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for name, b := range files {
		out[name] = b
		if !strings.HasSuffix(name, ".zip") && !strings.HasSuffix(name, ".imscc") {
			continue
		}
		zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			out[name+"!"+f.Name] = data
		}
	}
	return out
}

// TestLeak builds the public target and searches every byte of it —
// pages, listings, taxonomy pages, related links, glossary, search index,
// feeds, sitemap, assets and the contents of every archive — for each
// canary: zero hits. The intranet build (with drafts) must contain them,
// which proves the canaries are really in the sources.
func TestLeak(t *testing.T) {
	pub := everyByte(t, buildFixture(t, Options{Target: "public"}).Files)
	for _, c := range canaries {
		for name, b := range pub {
			if bytes.Contains(b, []byte(c)) {
				t.Errorf("public build leaks %q in %s", c, name)
			}
		}
	}
	if _, ok := pub["avainsana/kanariatagi/index.html"]; ok {
		t.Error("a tag used only by internal pages has a public page")
	}
	if bytes.Contains(pub["tietoa/index.html"], []byte(`<abbr title=`)) && bytes.Contains(pub["tietoa/index.html"], []byte(">KNRA<")) {
		t.Error("an internal glossary term expands an abbreviation in the public build")
	}
	intra := everyByte(t, buildFixture(t, Options{Target: "intranet", Drafts: true}).Files)
	for _, c := range canaries {
		found := false
		for _, b := range intra {
			found = found || bytes.Contains(b, []byte(c))
		}
		if !found {
			t.Errorf("canary %q is not in the intranet build with drafts: the test would not notice a leak", c)
		}
	}
}

// TestCrawlerFiles: the public target (with a base_url) gets a sitemap, an
// Atom feed and robots.txt pointing to the sitemap; the intranet gets a
// robots.txt that turns crawlers away and no sitemap or feed.
func TestCrawlerFiles(t *testing.T) {
	pub := buildFixture(t, Options{Target: "public"}).Files
	for _, name := range []string{"sitemap.xml", "feed.xml", "robots.txt"} {
		if _, ok := pub[name]; !ok {
			t.Errorf("public build has no %s", name)
		}
	}
	for _, want := range []string{"<loc>https://osaamo.example/teemat/2021-03-vaikuttavuus/</loc>", "<lastmod>2021-03-01</lastmod>"} {
		if !bytes.Contains(pub["sitemap.xml"], []byte(want)) {
			t.Errorf("sitemap.xml lacks %s", want)
		}
	}
	if bytes.Contains(pub["sitemap.xml"], []byte("404")) {
		t.Error("sitemap lists the 404 page")
	}
	if !bytes.Contains(pub["feed.xml"], []byte(`<updated>2021-03-01T00:00:00Z</updated>`)) {
		t.Errorf("feed.xml's updated time should be its newest entry's date:\n%s", pub["feed.xml"])
	}
	if !bytes.Contains(pub["index.html"], []byte(`<link rel="alternate" type="application/atom+xml" href="feed.xml"`)) {
		t.Error("pages do not link the feed")
	}
	intra := buildFixture(t, Options{Target: "intranet"}).Files
	if _, ok := intra["sitemap.xml"]; ok {
		t.Error("intranet build has a sitemap")
	}
	if _, ok := intra["feed.xml"]; ok {
		t.Error("intranet build has a feed")
	}
	if string(intra["robots.txt"]) != "User-agent: *\nDisallow: /\n" {
		t.Errorf("intranet robots.txt = %q", intra["robots.txt"])
	}
}

// TestHostileText puts markup and quotes in a title, a summary, a tag and
// a body, and checks that no output file — HTML, JSON-LD, search index
// scripts, feeds — contains them unescaped.
func TestHostileText(t *testing.T) {
	fsys := testsite.Fixture(t)
	hostile := `</script><script>alert("x")</script><img src=x onerror=alert(1)> & 'q'`
	fsys["content/tietoa/vihamielinen.md"] = &fstest.MapFile{Data: []byte("---\ntitle: " + strconv.Quote(hostile) +
		"\nsummary: " + strconv.Quote(hostile) + "\ntags: [" + strconv.Quote(`"><svg onload=alert(2)>`) + "]\n" +
		"competence: [tiedon-kokoaminen]\nlevel: [mikro]\n---\n" + hostile + "\n\n[" + hostile + "](../teemat/2021-03-vaikuttavuus.md)\n")}
	res, err := Run(fsys, Options{Today: today})
	if err != nil || res.Diags.HasErrors() {
		t.Fatal(err, res.Diags)
	}
	found := false
	for _, name := range res.Files.Paths() {
		b := string(res.Files[name])
		found = found || strings.Contains(b, "alert")
		for _, bad := range []string{`<script>alert`, `<img src=x onerror`, `<svg onload`, `onerror=alert(1)>`} {
			if strings.Contains(b, bad) {
				t.Errorf("%s contains unescaped %q", name, bad)
			}
		}
	}
	if !found {
		t.Fatal("the hostile text is in no output file at all: the test proves nothing")
	}
}

// The live-reload script and its overlay styles belong to the preview
// only: a published site does not ship files no page loads.
func TestPreviewFilesOnlyInPreview(t *testing.T) {
	for _, preview := range []bool{false, true} {
		res := buildFixture(t, Options{Today: "2021-03-10", Preview: preview})
		for _, name := range []string{"assets/js/reload.js", "assets/css/reload.css"} {
			if _, ok := res.Files[name]; ok != preview {
				t.Errorf("preview %v: %s present = %v", preview, name, ok)
			}
		}
	}
}

package markdown

import (
	"bytes"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
)

func contains(s, sub string) bool { return strings.Contains(s, sub) }

// TestPositions checks that headings, links and images carry positions in
// the whole file, counted in characters.
func TestPositions(t *testing.T) {
	in := "## Mitä tehtiin\n" +
		"\n" +
		"Ääni [linkki](../a.md#b) ja ![Kuva](k.png \"Kuvio\").\n" +
		"\n" +
		"> ### Lainaus [viite][r]\n" +
		"\n" +
		"Setext\n" +
		"------\n" +
		"\n" +
		"- ![-](viiva.png)\n" +
		"\n" +
		"[r]: ../c.md\n"
	doc, diags := Parse("content/x.md", []byte(in), 4, Options{})
	if len(diags) > 0 {
		t.Fatalf("unexpected diagnostics: %v", diags)
	}
	wantHeadings := []Heading{
		{Level: 2, Text: "Mitä tehtiin", ID: "mita-tehtiin", Line: 4, Col: 1},
		{Level: 3, Text: "Lainaus viite", ID: "lainaus-viite", Line: 8, Col: 3},
		{Level: 2, Text: "Setext", ID: "setext", Line: 10, Col: 1},
	}
	if !slices.Equal(doc.Headings, wantHeadings) {
		t.Errorf("headings:\ngot  %+v\nwant %+v", doc.Headings, wantHeadings)
	}
	wantLinks := []Link{
		{Target: "../a.md#b", Text: "linkki", Line: 6, Col: 6},
		{Target: "../c.md", Text: "viite", Line: 8, Col: 15},
	}
	if !slices.Equal(doc.Links, wantLinks) {
		t.Errorf("links:\ngot  %+v\nwant %+v", doc.Links, wantLinks)
	}
	wantImages := []Image{
		{Src: "k.png", Alt: "Kuva", Title: "Kuvio", Line: 6, Col: 29},
		{Src: "viiva.png", Alt: "-", Decorative: true, Line: 13, Col: 3},
	}
	if !slices.Equal(doc.Images, wantImages) {
		t.Errorf("images:\ngot  %+v\nwant %+v", doc.Images, wantImages)
	}
}

// TestLinksList checks what counts as a link: explicit and reference links,
// not autolinks, with escapes in targets resolved.
func TestLinksList(t *testing.T) {
	in := "[a](x\\_y.md) [b][r] https://example.org <https://example.org/z> [c](<tila väli.md>)\n\n[r]: r&auml;.md\n"
	doc, _ := Parse("x.md", []byte(in), 1, Options{})
	var got []string
	for _, l := range doc.Links {
		got = append(got, l.Text+"="+l.Target)
	}
	want := []string{"a=x_y.md", "b=rä.md", "c=tila väli.md"}
	if !slices.Equal(got, want) {
		t.Errorf("got links %q, want %q", got, want)
	}
}

// recorder is a Resolver that records its calls.
type recorder struct {
	mu    sync.Mutex
	calls []string
}

func (r *recorder) Resolve(from, target string) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls = append(r.calls, from+" "+target)
	return "/resolved", true
}

// TestResolver checks which targets go through the Resolver: paths do,
// URLs with a scheme and fragments of the same page do not.
func TestResolver(t *testing.T) {
	in := "[a](../teemat/x.md#tulokset) [b](#alku) [c](https://thl.fi) [d](mailto:a@b.fi) " +
		"[e](tel:+3589) [f](//cdn.example.org/x) ![g](kuva.png) https://auto.example.org\n"
	doc, _ := Parse("content/tapaukset/y.md", []byte(in), 1, Options{})
	r := &recorder{}
	html := string(doc.Render("tapaukset/y.md", r).HTML)
	want := []string{"tapaukset/y.md ../teemat/x.md#tulokset", "tapaukset/y.md kuva.png"}
	if !slices.Equal(r.calls, want) {
		t.Errorf("Resolve calls: got %q, want %q", r.calls, want)
	}
	for _, kept := range []string{`href="#alku"`, `href="https://thl.fi"`, `href="mailto:a@b.fi"`, `href="tel:+3589"`,
		`href="//cdn.example.org/x"`, `href="https://auto.example.org"`, `src="/resolved"`} {
		if !contains(html, kept) {
			t.Errorf("HTML lacks %s:\n%s", kept, html)
		}
	}
	if contains(html, "target=") {
		t.Errorf("external links must not open new windows:\n%s", html)
	}
}

// TestRefusedTargetsNotRendered checks that a refused target never reaches
// the HTML, even though Parse has already reported it.
func TestRefusedTargetsNotRendered(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"javascript link keeps its text", "[Klikkaa](javascript:alert(1))", "<p>Klikkaa</p>\n"},
		{"data image becomes its alt text", "![Kaavio](data:image/png;base64,AAAA)", "<p>Kaavio</p>\n"},
		{"javascript autolink is text", "<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n"},
		{"escaped tab does not help", "[x](java&#9;script:alert(1))", "<p>x</p>\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _ := Parse("x.md", []byte(tt.in), 1, Options{UnsafeHTML: true})
			if got := string(doc.Render("x.md", fakeResolver{}).HTML); got != tt.want {
				t.Errorf("Render(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestRawHTML checks that raw HTML is escaped by default and that comments
// never reach the page.
func TestRawHTML(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		unsafe bool
		want   string
	}{
		{"inline escaped", `a <i style="color:red">b</i>`, false, "<p>a &lt;i style=&quot;color:red&quot;&gt;b&lt;/i&gt;</p>\n"},
		{"inline passed when unsafe", "a <i>b</i>", true, "<p>a <i>b</i></p>\n"},
		{"block escaped", "<div>\nx\n</div>", false, "<p>&lt;div&gt;\nx\n&lt;/div&gt;</p>\n"},
		{"comment block dropped", "<!-- sisäinen huomio -->\n\nTeksti", false, "<p>Teksti</p>\n"},
		{"comment block dropped when unsafe", "<!--\nsisäinen\n-->\n\nTeksti", true, "<p>Teksti</p>\n"},
		{"inline comment dropped", "a <!-- b --> c", true, "<p>a  c</p>\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _ := Parse("x.md", []byte(tt.in), 1, Options{UnsafeHTML: tt.unsafe})
			got := string(doc.Render("x.md", nil).HTML)
			if got != tt.want {
				t.Errorf("Render(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if contains(got, "raw HTML omitted") {
				t.Errorf("Render(%q) = %q, want no omission comment", tt.in, got)
			}
		})
	}
}

// styleAttr matches a style attribute in HTML, however it is spaced or cased.
var styleAttr = regexp.MustCompile(`(?i)<[^>]*\sstyle\s*=`)

// TestNoStyleAttribute checks every golden output: a strict Content
// Security Policy blocks inline styles, so osaamo never writes one.
func TestNoStyleAttribute(t *testing.T) {
	for _, file := range goldenInputs(t) {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := Parse(file, src, 1, optionsFor(file))
		if html := doc.Render("x.md", fakeResolver{}).HTML; styleAttr.Match(html) {
			t.Errorf("%s: output has a style attribute: %s", file, styleAttr.Find(html))
		}
	}
}

// TestRenderTwice checks that rendering is repeatable: the same Doc, and a
// Doc parsed again from the same source, give the same bytes.
func TestRenderTwice(t *testing.T) {
	for _, file := range goldenInputs(t) {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := Parse(file, src, 3, optionsFor(file))
		first := doc.Render("x.md", fakeResolver{})
		second := doc.Render("x.md", fakeResolver{})
		again, _ := Parse(file, src, 3, optionsFor(file))
		third := again.Render("x.md", fakeResolver{})
		if !bytes.Equal(first.HTML, second.HTML) || !bytes.Equal(first.HTML, third.HTML) || first.Text != third.Text {
			t.Errorf("%s: rendering twice gave different output:\n%s\n---\n%s\n---\n%s", file, first.HTML, second.HTML, third.HTML)
		}
	}
}

// TestRenderConcurrent renders every golden doc from several goroutines at
// once, the same Doc included, as live preview does. Run it with -race.
func TestRenderConcurrent(t *testing.T) {
	files := goldenInputs(t)
	docs := make([]*Doc, len(files))
	want := make([][]byte, len(files))
	var wg sync.WaitGroup
	for i, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			docs[i], _ = Parse(file, src, 1, optionsFor(file))
		}()
	}
	wg.Wait()
	for i, doc := range docs {
		want[i] = doc.Render("x.md", fakeResolver{}).HTML
	}
	for range 4 {
		for i, doc := range docs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if got := doc.Render("x.md", fakeResolver{}).HTML; !bytes.Equal(got, want[i]) {
					t.Errorf("%s: concurrent render differs", files[i])
				}
			}()
		}
	}
	wg.Wait()
}

// TestParseKeepsNoReference checks that changing the caller's buffer after
// Parse does not change the Doc, since content may reuse its buffers.
func TestParseKeepsNoReference(t *testing.T) {
	body := []byte("## Otsikko\n\nTeksti.\n")
	doc, _ := Parse("x.md", body, 1, Options{})
	want := doc.Render("x.md", nil).HTML
	for i := range body {
		body[i] = 'x'
	}
	if got := doc.Render("x.md", nil).HTML; !bytes.Equal(got, want) {
		t.Errorf("after changing the input: got %s, want %s", got, want)
	}
}

// Release drops the syntax tree but keeps everything collected, and a
// Render after it fails loudly instead of rendering an empty body.
func TestReleaseKeepsCollected(t *testing.T) {
	d, ds := Parse("content/x.md", []byte("# Otsikko\n\n[Linkki](y.md) ja ![Kuva](k.png)\n"), 1, Options{})
	if len(ds) != 0 {
		t.Fatal(ds)
	}
	before := d.Render("x.md", nil)
	d.Release()
	if len(d.Headings) != 1 || len(d.Links) != 1 || len(d.Images) != 1 || d.text != before.Text {
		t.Errorf("collected data lost: %+v", d)
	}
	defer func() {
		if recover() == nil {
			t.Error("Render after Release did not panic")
		}
	}()
	d.Render("x.md", nil)
}

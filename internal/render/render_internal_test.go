package render

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// summaryByDefinition is the summary as documented: all of the text's
// words joined by single blanks, cut at a word boundary near n characters.
func summaryByDefinition(text string, n int) string {
	r := []rune(strings.Join(strings.Fields(text), " "))
	if len(r) <= n {
		return string(r)
	}
	cut := string(r[:n])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return cut + " …"
}

func TestSummarizeReadsOnlyWhatItNeeds(t *testing.T) {
	long := strings.Repeat("Sosiaalityön  rakenteellinen\ttyö näkyy\n\nkunnan päätöksissä. ", 40)
	cases := []string{
		"", "   ", "lyhyt", "kaksi  sanaa\n", long, long[:203], long[:199],
		strings.Repeat("ä", 250), strings.Repeat("ääää ", 60), "yksi " + strings.Repeat("x", 300),
	}
	for i := 0; i < len(long); i += 37 {
		if utf8.ValidString(long[:i]) { // content is valid UTF-8; the build rejects the rest
			cases = append(cases, long[:i])
		}
	}
	for _, text := range cases {
		if got, want := summarize(text, 200), summaryByDefinition(text, 200); got != want {
			t.Errorf("summarize(%q)\n got %q\nwant %q", text, got, want)
		}
	}
}

func TestAbsolutePathsFor404(t *testing.T) {
	page := []byte(`<link rel="stylesheet" href="../assets/css/osaamo.css"><a href="#main">x</a>` +
		`<a href="../teemat/index.html#tausta">t</a><a href="https://example.org/a">e</a>` +
		`<img src="kuva.png" alt=""><form action="../haku/index.html"></form><a href="/jo/absoluuttinen">a</a>` +
		`<a href="../?q=a&amp;b=c">q</a>`)
	got := string(absolutePaths(page, basePath("https://intra.example/osaamo")+"404/"))
	for _, want := range []string{
		`href="/osaamo/assets/css/osaamo.css"`, `href="#main"`, `href="/osaamo/teemat/index.html#tausta"`,
		`href="https://example.org/a"`, `src="/osaamo/404/kuva.png"`, `action="/osaamo/haku/index.html"`,
		`href="/jo/absoluuttinen"`, `href="/osaamo/?q=a&amp;b=c"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks %s:\n%s", want, got)
		}
	}
	if basePath("") != "" || basePath("https://a.example/") != "/" {
		t.Errorf("basePath: %q %q", basePath(""), basePath("https://a.example/"))
	}
}

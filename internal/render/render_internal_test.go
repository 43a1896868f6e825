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

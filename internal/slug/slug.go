// Package slug turns titles, headings and file names into the URL path
// segments and anchors osaamo publishes: lower case, Finnish and Swedish
// letters folded to ASCII (ä→a, ö→o, å→a) along with other common Latin
// accents, letters and digits kept, every run of anything else turned into a
// single "-". It is the one place that folding is defined.
package slug

import (
	"strings"
	"unicode"
)

// Make returns the slug of s, or "" when s has no letters or digits.
// Combining accents (text in decomposed form) are dropped, so "ä" gives "a"
// whichever way it is encoded. Make("Mitä tehtiin?") == "mita-tehtiin".
func Make(s string) string {
	var b strings.Builder
	pending := false
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		f, ok := foldRune(r)
		if !ok {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte('-')
			pending = false
		}
		b.WriteString(f)
	}
	return b.String()
}

// Fold lower-cases s and folds accented letters as Make does, keeping every
// other character. It compares words that editors may write with or without
// Finnish letters, such as callout kinds ("Tehtävä" and "tehtava").
func Fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := foldRune(r); ok {
			b.WriteString(f)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// foldRune returns the slug form of a letter or digit, and false for anything
// that separates words.
func foldRune(r rune) (string, bool) {
	r = unicode.ToLower(r)
	if f, ok := latinFolds[r]; ok {
		return f, true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return string(r), true
	}
	return "", false
}

// latinFolds maps lower-case accented Latin letters to their ASCII base.
var latinFolds = map[rune]string{
	'ä': "a", 'å': "a", 'á': "a", 'à': "a", 'â': "a", 'ã': "a", 'ā': "a",
	'ö': "o", 'ø': "o", 'ó': "o", 'ò': "o", 'ô': "o", 'õ': "o", 'ō': "o",
	'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'ē': "e",
	'ü': "u", 'ú': "u", 'ù': "u", 'û': "u", 'ū': "u",
	'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ī': "i",
	'ý': "y", 'ÿ': "y",
	'š': "s", 'ž': "z", 'ç': "c", 'ñ': "n", 'č': "c", 'đ': "d",
	'æ': "ae", 'œ': "oe", 'ß': "ss", 'þ': "th", 'ð': "d",
}

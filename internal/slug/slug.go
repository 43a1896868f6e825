// Package slug turns titles and file names into the URL path segments and
// anchors osaamo publishes: lower case, Finnish and Swedish letters folded to
// ASCII (ä→a, ö→o, å→a), everything else that is not a letter or digit
// collapsed into single hyphens. It is the one place that folding is defined.
package slug

import (
	"strings"
	"unicode"
)

var fold = map[rune]string{
	'ä': "a", 'å': "a", 'á': "a", 'à': "a", 'â': "a",
	'ö': "o", 'ø': "o", 'ó': "o", 'ô': "o",
	'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
	'ü': "u", 'ú': "u", 'í': "i", 'ï': "i",
	'š': "s", 'ž': "z", 'ç': "c", 'ñ': "n", 'æ': "ae", 'ß': "ss",
}

// Make returns the slug of s, or "" when s has no letters or digits.
// Make("Mitä tehtiin?") == "mita-tehtiin".
func Make(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(s) {
		switch {
		case fold[r] != "":
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteString(fold[r])
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
		default:
			hyphen = true
		}
	}
	return b.String()
}

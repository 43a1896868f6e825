package site

import "strings"

// CollationKey maps s to a string whose byte order is Finnish alphabetical
// order: case is ignored, w sorts with v, and å, ä, ö come after z.
func CollationKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'å':
			b.WriteString("z\x01")
		case 'ä', 'æ':
			b.WriteString("z\x02")
		case 'ö', 'ø':
			b.WriteString("z\x03")
		case 'w':
			b.WriteString("v\x01")
		case 'é', 'è':
			b.WriteRune('e')
		case 'ü':
			b.WriteRune('y')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Collate reports whether a sorts before b in Finnish alphabetical order,
// falling back to byte order so the result is total.
func Collate(a, b string) bool {
	ka, kb := CollationKey(a), CollationKey(b)
	if ka != kb {
		return ka < kb
	}
	return a < b
}

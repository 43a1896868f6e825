package site

import "strings"

// CollationKey maps s to a string whose byte order is Finnish alphabetical
// order: case is ignored and å, ä, ö come after z, in that order.
func CollationKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		// '{', '|' and '}' are the bytes right after 'z'.
		case 'å':
			b.WriteByte('{')
		case 'ä', 'æ':
			b.WriteByte('|')
		case 'ö', 'ø':
			b.WriteByte('}')
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

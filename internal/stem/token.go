package stem

import (
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text: Word is its folded surface form (lower case,
// see Tokenize) and text[Start:End] is where it was found, in bytes.
type Token struct {
	Word       string
	Start, End int
}

// Tokenize splits text into words. A word is a run of letters and decimal
// digits (Unicode categories L and Nd); combining marks (category M) inside
// a word belong to it. Everything else separates words, so the parts of a
// hyphenated pair ("sosiaali- ja terveyspalvelut") are separate tokens.
// Each Word is lower-cased rune by rune (unicode.ToLower) with a decomposed
// ä, ö, å, ü or é composed into one letter, so a text saved in NFD finds
// the same words. Words of a single letter are dropped; a single digit is
// kept ("SHL 7 §"). Offsets are byte offsets into text, in increasing order.
// Invalid UTF-8 separates words and never panics.
func Tokenize(text string) []Token {
	var tokens []Token
	start := -1 // byte offset where the current word began, or -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		if w := fold(text[start:end]); keepWord(w) {
			tokens = append(tokens, Token{Word: w, Start: start, End: end})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			flush(i)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case unicode.Is(unicode.M, r) && start >= 0:
			// A combining mark continues the word it follows.
		default:
			flush(i)
		}
		i += size
	}
	flush(len(text))
	return tokens
}

// keepWord reports whether a folded word is long enough to be worth
// indexing: two runes or more, or a single digit.
func keepWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if size == len(w) {
		return unicode.IsDigit(r)
	}
	return w != ""
}

// compose lists the decomposed letters fold joins: a base letter (already
// lower case) followed by a combining mark. Only letters that Finnish and
// Swedish text actually uses are listed; other marks stay as they are.
var compose = map[[2]rune]rune{
	{'a', '\u0308'}: 'ä',
	{'o', '\u0308'}: 'ö',
	{'u', '\u0308'}: 'ü',
	{'a', '\u030A'}: 'å',
	{'e', '\u0301'}: 'é',
}

// fold lower-cases s rune by rune and composes the pairs in compose. It
// turns invalid UTF-8 into U+FFFD. stem.js has the same function.
func fold(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if n := len(out); n > 0 {
			if c, ok := compose[[2]rune{out[n-1], r}]; ok {
				out[n-1] = c
				continue
			}
		}
		out = append(out, r)
	}
	return string(out)
}

package stem

import (
	"iter"
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
	for start, end := range spans(text) {
		if w := foldSpan(text, start, end); keepWord(w) {
			tokens = append(tokens, Token{Word: w, Start: start, End: end})
		}
	}
	return tokens
}

// Words yields the Word of each token of text, in order, as Tokenize
// gives them, without building the tokens. The search index reads every
// word of every page this way.
func Words(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for start, end := range spans(text) {
			if w := foldSpan(text, start, end); keepWord(w) && !yield(w) {
				return
			}
		}
	}
}

// Bytes of ASCII and of the two-byte UTF-8 letters of Finnish and Swedish,
// classified without decoding: most of a Finnish text is made of them.
const (
	other   = iota // decode and ask package unicode
	space          // separates words
	lower          // part of a word, already folded
	capital        // part of a word, folded by lower-casing
)

// asciiClass classifies the bytes below utf8.RuneSelf.
var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for b := range c {
		switch {
		case 'a' <= b && b <= 'z' || '0' <= b && b <= '9':
			c[b] = lower
		case 'A' <= b && b <= 'Z':
			c[b] = capital
		default:
			c[b] = space
		}
	}
	return c
}()

// latin1Lower reports whether the two bytes 0xC3, b encode a lower-case
// letter of Latin-1 (U+00DF–U+00FF but ÷), such as ä, ö and å.
func latin1Lower(b byte) bool {
	return 0x9F <= b && b <= 0xBF && b != 0xB7
}

// spans yields the byte offsets of the runs of letters and digits (with
// their combining marks) in text: the words of Tokenize before folding.
func spans(text string) iter.Seq2[int, int] {
	return func(yield func(start, end int) bool) {
		start := -1 // byte offset where the current word began, or -1
		for i := 0; i < len(text); {
			inWord, size := true, 1
			if c := text[i]; c < utf8.RuneSelf {
				inWord = asciiClass[c] != space
			} else if c == 0xC3 && i+1 < len(text) && latin1Lower(text[i+1]) {
				size = 2
			} else {
				var r rune
				r, size = utf8.DecodeRuneInString(text[i:])
				inWord = r != utf8.RuneError || size > 1
				inWord = inWord && (unicode.IsLetter(r) || unicode.IsDigit(r) ||
					start >= 0 && unicode.Is(unicode.M, r)) // a mark continues the word it follows
			}
			switch {
			case inWord && start < 0:
				start = i
			case !inWord && start >= 0:
				if !yield(start, i) {
					return
				}
				start = -1
			}
			i += size
		}
		if start >= 0 {
			yield(start, len(text))
		}
	}
}

// foldSpan returns fold(text[start:end]), a slice of text when the word is
// already folded.
func foldSpan(text string, start, end int) string {
	w := text[start:end]
	if folded(w) {
		return w
	}
	return fold(w)
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
	if folded(s) {
		return s
	}
	var buf [64]rune
	out := buf[:0]
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

// folded reports whether fold would return s unchanged: s is valid UTF-8
// in lower case with none of the combining marks compose joins. Most words
// of a text are, so fold can skip the copy.
func folded(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if asciiClass[c] == capital {
				return false
			}
			i++
		case c == 0xC3 && i+1 < len(s) && latin1Lower(s[i+1]):
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || unicode.ToLower(r) != r || unicode.Is(unicode.M, r) {
				return false
			}
			i += size
		}
	}
	return true
}

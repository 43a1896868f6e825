package markdown

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// Paragraph is one paragraph of running text (a paragraph, or the text of a
// tight list item), with the words of its text counted and split into
// sentences. Headings, table cells, code and figure captions are not
// paragraphs. Line and Col are where its first line starts in the whole file.
type Paragraph struct {
	Words     int
	Sentences []Sentence
	Line, Col int
}

// Sentence is one sentence of a paragraph: how many words it has and where
// its first word starts in the whole file (the first sentence starts where
// its paragraph does). How sentences are told apart: endsSentence.
type Sentence struct {
	Words     int
	Line, Col int
}

// word is one run of characters between blanks. It points into the text it
// came from rather than copying it: first and last are its first and last
// pieces, which differ when the word spreads over several inline nodes
// ("vaikuttavuus*arvioinnin*").
type word struct {
	first, last []byte
	prev        []byte // the piece before last, when the word has several
	offset      int    // byte offset in the body where it starts
	counts      bool   // has a letter or a digit, so a dash or "§" is no word
	code        bool   // its last piece is inline code, so it never ends a sentence
}

// words splits the inline text of paragraphs into words, keeping only those
// that count (the last one may not count yet). One words serves every
// paragraph of a Parse, so its buffer is allocated once.
type words struct {
	src  []byte
	list []word
	glue bool // the next piece of text continues the last word
}

// paragraph returns the words of n, a paragraph or text block, counted and
// split into sentences; ok is false when n has no words.
func (d *Doc) paragraph(n ast.Node, w *words) (p Paragraph, ok bool) {
	w.list, w.glue = w.list[:0], false
	w.children(n)
	counted := w.list
	if k := len(counted) - 1; k >= 0 && !counted[k].counts {
		counted = counted[:k]
	}
	if len(counted) == 0 {
		return Paragraph{}, false
	}
	start := offsetOf(n)
	if n.Lines().Len() > 0 {
		start = n.Lines().At(0).Start
	}
	p.Line, p.Col = d.position(start)
	p.Words = len(counted)
	first := 0
	for i := range counted {
		if i == len(counted)-1 || endsSentence(counted[i], counted[i+1]) {
			s := Sentence{Words: i + 1 - first}
			if first == 0 {
				s.Line, s.Col = p.Line, p.Col
			} else {
				s.Line, s.Col = d.position(counted[first].offset)
			}
			p.Sentences = append(p.Sentences, s)
			first = i + 1
		}
	}
	return p, true
}

func (w *words) children(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			w.text(c.Segment.Value(w.src), c.Segment.Start, false)
			if c.SoftLineBreak() || c.HardLineBreak() {
				w.glue = false
			}
		case *ast.String:
			w.text(c.Value, offsetOf(c), false)
		case *ast.CodeSpan:
			for s := c.FirstChild(); s != nil; s = s.NextSibling() {
				if s, ok := s.(*ast.Text); ok {
					w.text(s.Segment.Value(w.src), s.Segment.Start, true)
				}
			}
		case *ast.AutoLink, *ast.Image:
			// Not words of the sentence, but what follows them may close it:
			// the period of "katso <https://x.fi>." belongs to "katso".
			w.glue = true
		case *ast.RawHTML, *extast.FootnoteLink, *extast.TaskCheckBox:
			// Markup, not words.
		default:
			w.children(c)
		}
	}
}

// text adds the words of b, which starts at byte offset at of the body.
// Markdown escapes stay as written: a backslash changes neither where a word
// starts nor whether it ends a sentence.
func (w *words) text(b []byte, at int, code bool) {
	i := 0
	for i < len(b) {
		r, size := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(b[i:])
		}
		if unicode.IsSpace(r) {
			w.glue = false
			i += size
			continue
		}
		counts := false
		j := i
		for j < len(b) {
			r, size := rune(b[j]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRune(b[j:])
			}
			if unicode.IsSpace(r) {
				break
			}
			counts = counts || unicode.IsLetter(r) || unicode.IsDigit(r)
			j += size
		}
		last := len(w.list) - 1
		switch {
		case w.glue && last >= 0:
			w.list[last].prev = w.list[last].last
			w.list[last].last = b[i:j]
			w.list[last].counts = w.list[last].counts || counts
			w.list[last].code = code
		case last >= 0 && !w.list[last].counts:
			// The last word is complete and is no word: a dash, a "§". The
			// word before it keeps the sentence's end: "7 §. Loppu".
			if last > 0 && mayEnd(w.list[last].last) {
				w.list[last-1].last = w.list[last].last
			}
			w.list[last] = word{first: b[i:j], last: b[i:j], offset: at + i, counts: counts, code: code}
		default:
			w.list = append(w.list, word{first: b[i:j], last: b[i:j], offset: at + i, counts: counts, code: code})
		}
		w.glue = true
		i = j
	}
}

// endsSentence reports whether a sentence ends after w, given the word that
// follows it. A sentence ends at ".", "!", "?" or "…" (before any closing
// quotes or brackets) when the next word starts with a capital letter, and
// the word is not an abbreviation that leads into what follows ("esim.",
// "ks.", "t.ex.", an initial). Abbreviations that close a list ("jne.",
// "yms.") and dates ("1.1.") end a sentence when a capital follows: in
// Finnish the next word is lower-case otherwise ("1.1. alkaen", "jne. ovat"),
// and a number inside a word ("1.1.2021", "klo 12.30") never ends one.
func endsSentence(w, next word) bool {
	if w.code || !mayEnd(w.last) {
		return false
	}
	t := bytes.TrimRight(w.last, closers)
	last, _ := utf8.DecodeLastRune(t)
	if !strings.ContainsRune(".!?…", last) {
		return false
	}
	first, _ := utf8.DecodeRune(bytes.TrimLeft(next.first, openers))
	if !unicode.IsUpper(first) {
		return false
	}
	if last != '.' {
		return true
	}
	// When the period came in a piece of its own, after a link or emphasis,
	// the stem is the piece before it: "[…](x.md)." ends a sentence, and
	// "*esim*." is still an abbreviation.
	stem := strings.ToLower(string(bytes.TrimLeft(t[:len(t)-1], openers)))
	if stem == "" && w.prev != nil {
		stem = strings.ToLower(string(bytes.Trim(w.prev, openers+closers)))
	}
	if r, size := utf8.DecodeRuneInString(stem); size == len(stem) && unicode.IsLetter(r) {
		return false // an initial or a one-letter abbreviation: "J.", "n.", "s."
	}
	return !leadingAbbreviations[stem]
}

// mayEnd is a quick test that most words fail: b ends in a letter or a
// digit, or in punctuation that never ends a sentence.
func mayEnd(b []byte) bool {
	c := b[len(b)-1]
	if c >= utf8.RuneSelf {
		return true
	}
	return strings.IndexByte(`.!?)]"'*_`, c) >= 0
}

// closers may follow the punctuation that ends a sentence, openers may come
// before the first letter of the next one: quotes, brackets, emphasis.
const (
	closers = `)]"'”’»*_`
	openers = `([“"'‘«»*_`
)

// leadingAbbreviations are abbreviations, lower-cased and without their
// final period, that are followed by what they introduce, often a name
// ("esim. Kela", "ks. Kotus", "t.ex. FPA"), so a capital after them does not
// start a sentence. Single letters ("n.", "s.", "J.") count as well.
var leadingAbbreviations = map[string]bool{
	// Finnish
	"esim": true, "ks": true, "kts": true, "mm": true, "vrt": true, "ns": true, "ts": true, "klo": true,
	"ko": true, "ao": true, "em": true, "huom": true, "puh": true, "os": true, "ed": true, "vs": true,
	"prof": true, "tri": true, "dos": true, "toim": true, "kpl": true, "milj": true, "mrd": true,
	"nk": true, "vt": true, "ss": true, "pj": true, "siht": true, "ekr": true, "jkr": true, "eaa": true, "jaa": true, "lk": true,
	// Swedish
	"t.ex": true, "bl.a": true, "dvs": true, "s.k": true, "ca": true, "enl": true, "resp": true,
	"jfr": true, "kl": true, "fr.o.m": true, "t.o.m": true, "p.g.a": true, "f.d": true,
	// English
	"e.g": true, "i.e": true, "cf": true, "dr": true, "mr": true, "mrs": true, "ms": true, "fig": true, "pp": true,
}

package markdown

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// textMode says what inline text includes besides the words of the text.
type textMode int

const (
	// withAlt includes the alt text of images (except decorative ones) and
	// the labels of autolinks: what a link's or heading's name is made of.
	withAlt textMode = iota
	// wordsOnly leaves out images and URLs: the words a reader reads.
	wordsOnly
)

// inlineText returns the text of n's inline children with Markdown escapes
// resolved and every run of white space turned into one space.
func inlineText(n ast.Node, src []byte, mode textMode) string {
	t := &inlineWriter{src: src, mode: mode}
	t.children(n)
	return collapse(t.buf)
}

// collapse returns b's words joined by single blanks: what
// strings.Join(strings.Fields(string(b)), " ") returns, in one pass.
func collapse(b []byte) string {
	return string(appendCollapsed(make([]byte, 0, len(b)), b))
}

// appendCollapsed appends b's words to out, joined by single blanks. It
// copies a word at a time, not a character at a time.
func appendCollapsed(out, b []byte) []byte {
	start := len(out)
	word := -1 // where the current word starts in b, or -1 between words
	flush := func(end int) {
		if len(out) > start {
			out = append(out, ' ')
		}
		out = append(out, b[word:end]...)
		word = -1
	}
	for i := 0; i < len(b); {
		c, size := b[i], 1
		space := c < utf8.RuneSelf && asciiSpace[c]
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRune(b[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && word >= 0:
			flush(i)
		case !space && word < 0:
			word = i
		}
		i += size
	}
	if word >= 0 {
		flush(len(b))
	}
	return out
}

// asciiSpace marks the ASCII bytes unicode.IsSpace reports as space.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// inlineWriter collects the words of inline nodes.
type inlineWriter struct {
	src     []byte
	mode    textMode
	buf     []byte
	skipped bool // an image or URL was just left out
}

// write appends s. Right after something was left out it drops the blank
// before closing punctuation, so "katso <https://x>." gives "katso." and
// not "katso .".
func (t *inlineWriter) write(s []byte) {
	if t.skipped && len(s) > 0 && bytes.IndexByte([]byte(".,:;!?)"), s[0]) >= 0 {
		t.buf = bytes.TrimRight(t.buf, " ")
	}
	t.skipped = false
	t.buf = append(t.buf, s...)
}

func (t *inlineWriter) children(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if v := c.Segment.Value(t.src); c.IsRaw() || !escaped(v) {
				t.write(v)
			} else {
				t.write([]byte(resolveEscapes(v)))
			}
			if c.SoftLineBreak() || c.HardLineBreak() {
				t.buf = append(t.buf, ' ')
			}
		case *ast.String:
			if c.IsCode() || c.IsRaw() || !escaped(c.Value) {
				t.write(c.Value)
			} else {
				t.write([]byte(resolveEscapes(c.Value)))
			}
		case *ast.CodeSpan:
			for s := c.FirstChild(); s != nil; s = s.NextSibling() {
				if s, ok := s.(*ast.Text); ok {
					t.write(s.Segment.Value(t.src))
				}
			}
		case *ast.AutoLink:
			if t.mode == withAlt {
				t.write(c.Label(t.src))
			} else {
				t.skipped = true
			}
		case *ast.Image:
			alt := inlineText(c, t.src, withAlt)
			if t.mode == withAlt && alt != decorative {
				t.write([]byte(alt))
			} else {
				t.skipped = true
			}
		case *ast.RawHTML, *extast.FootnoteLink, *extast.TaskCheckBox:
			// Markup, not words.
		default:
			t.children(c)
		}
	}
}

// plainText returns the words of the body for search and summaries: one
// line per paragraph, heading, list item, table row or code line, no markup
// and no URLs.
func plainText(root ast.Node, src []byte) string {
	// The lines are written straight into out, each collapsed as it is
	// added; one that collapses to nothing takes its line break back.
	out := make([]byte, 0, len(src))
	add := func(b []byte) {
		n := len(out)
		if n > 0 {
			out = append(out, '\n')
		}
		if out = appendCollapsed(out, b); n > 0 && len(out) == n+1 {
			out = out[:n]
		}
	}
	t := &inlineWriter{src: src, mode: wordsOnly}
	inline := func(n ast.Node) {
		t.buf, t.skipped = t.buf[:0], false
		t.children(n)
		add(t.buf)
	}
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Heading, *ast.Paragraph, *ast.TextBlock, *extast.DefinitionTerm:
				inline(c)
			case *calloutTitle:
				if c.HasChildren() {
					inline(c)
				} else {
					add([]byte(calloutLabels[c.kind]))
				}
			case *figure:
				add([]byte(resolveEscapes(c.image().Title)))
			case *ast.FencedCodeBlock, *ast.CodeBlock:
				for i := 0; i < c.Lines().Len(); i++ {
					line := c.Lines().At(i)
					add(line.Value(src))
				}
			case *extast.TableHeader, *extast.TableRow:
				var cells []string
				for cell := c.FirstChild(); cell != nil; cell = cell.NextSibling() {
					if t := inlineText(cell, src, wordsOnly); t != "" {
						cells = append(cells, t)
					}
				}
				add([]byte(strings.Join(cells, " ")))
			case *ast.HTMLBlock, *ast.ThematicBreak:
				// Markup, not words.
			default:
				walk(c)
			}
		}
	}
	walk(root)
	return string(out)
}

// escaped reports whether Markdown text may hold a backslash escape or an
// HTML character reference, which resolveEscapes resolves.
func escaped(b []byte) bool {
	return bytes.IndexByte(b, '\\') >= 0 || bytes.IndexByte(b, '&') >= 0
}

// resolveEscapes returns Markdown text as the editor meant it: backslash
// escapes and HTML character references resolved.
func resolveEscapes(b []byte) string {
	b = util.UnescapePunctuations(b)
	b = util.ResolveNumericReferences(b)
	b = util.ResolveEntityNames(b)
	return string(b)
}

// destination returns a link or image destination as the editor meant it.
func destination(raw []byte) string {
	return resolveEscapes(raw)
}

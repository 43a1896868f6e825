package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// Raw HTML written in Markdown is escaped, so it shows as text, unless the
// site sets Options.UnsafeHTML. HTML comments are dropped either way: they
// are notes between editors and must not reach readers, not even in the
// page source.

func (nodeRenderer) renderRawHTML(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	raw := node.(*ast.RawHTML).Segments.Value(src)
	switch {
	case bytes.HasPrefix(raw, []byte("<!--")):
	case writerOf(w).unsafe:
		_, _ = w.Write(raw)
	default:
		_, _ = w.Write(util.EscapeHTML(raw))
	}
	return ast.WalkSkipChildren, nil
}

func (nodeRenderer) renderHTMLBlock(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.HTMLBlock)
	raw := n.Lines().Value(src)
	if n.HasClosure() {
		raw = append(raw, n.ClosureLine.Value(src)...)
	}
	switch {
	case isComment(raw):
	case writerOf(w).unsafe:
		_, _ = w.Write(raw)
	default:
		_, _ = w.WriteString("<p>")
		_, _ = w.Write(util.EscapeHTML(bytes.TrimRight(raw, " \t\r\n")))
		_, _ = w.WriteString("</p>\n")
	}
	return ast.WalkContinue, nil
}

// isComment reports whether an HTML block is nothing but a comment.
func isComment(raw []byte) bool {
	t := bytes.TrimSpace(raw)
	return bytes.HasPrefix(t, []byte("<!--")) && bytes.HasSuffix(t, []byte("-->"))
}

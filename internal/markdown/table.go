package markdown

import (
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// renderTable wraps each table in a focusable, labelled region, so a wide
// table scrolls inside itself on a 320 px screen instead of widening the
// page, and keyboard users can scroll it too.
func (nodeRenderer) renderTable(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Taulukko\">\n<table>\n")
	} else {
		_, _ = w.WriteString("</table>\n</div>\n")
	}
	return ast.WalkContinue, nil
}

// renderTableCell gives header cells scope="col" and writes column alignment
// as a class (align-left, align-center, align-right) rather than a style
// attribute, which a strict Content Security Policy would block.
func (nodeRenderer) renderTableCell(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*extast.TableCell)
	tag := "td"
	if n.Parent() != nil && n.Parent().Kind() == extast.KindTableHeader {
		tag = "th"
	}
	if !entering {
		_, _ = w.WriteString("</" + tag + ">\n")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString("<" + tag)
	if tag == "th" {
		_, _ = w.WriteString(` scope="col"`)
	}
	switch n.Alignment {
	case extast.AlignLeft, extast.AlignCenter, extast.AlignRight:
		_, _ = w.WriteString(` class="align-` + n.Alignment.String() + `"`)
	}
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}

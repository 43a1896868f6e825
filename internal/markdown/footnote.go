package markdown

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// renderFootnoteBacklink writes the link from a footnote back to where it is
// referenced. goldmark's version is a bare arrow; this one has a name that
// screen readers announce.
func (nodeRenderer) renderFootnoteBacklink(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*extast.FootnoteBacklink)
	ref, label := "", "Takaisin tekstiin"
	if n.RefIndex > 0 {
		ref = fmt.Sprint(n.RefIndex)
	}
	if n.RefCount > 1 {
		// Several references: say which one each arrow returns to.
		label = fmt.Sprintf("%s (%d)", label, n.RefIndex+1)
	}
	fmt.Fprintf(w, `&#160;<a href="#fnref%s:%d" class="footnote-backref" role="doc-backlink" aria-label="%s">&#x21a9;&#xfe0e;</a>`,
		ref, n.Index, label)
	return ast.WalkContinue, nil
}

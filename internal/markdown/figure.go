package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// kindFigure is the AST kind of figure.
var kindFigure = ast.NewNodeKind("Figure")

// figure is an image with a title, alone in its paragraph. Its only child is
// the image; the title becomes the caption.
type figure struct {
	ast.BaseBlock
}

func (n *figure) Kind() ast.NodeKind { return kindFigure }

func (n *figure) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

func (n *figure) image() *ast.Image {
	img, _ := n.FirstChild().(*ast.Image)
	if img == nil {
		return ast.NewImage(ast.NewLink())
	}
	return img
}

// makeFigures replaces every paragraph that holds nothing but an image with
// a title by a figure.
func makeFigures(root ast.Node) {
	var paras []ast.Node
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindParagraph, ast.KindTextBlock:
			img, ok := n.FirstChild().(*ast.Image)
			if ok && n.ChildCount() == 1 && len(bytes.TrimSpace(img.Title)) > 0 {
				paras = append(paras, n)
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	for _, p := range paras {
		fig := &figure{}
		fig.SetPos(p.Pos())
		p.Parent().ReplaceChild(p.Parent(), p, fig)
		fig.AppendChild(fig, p.FirstChild())
	}
}

func (nodeRenderer) renderFigure(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString("<figure>")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString("<figcaption>")
	_, _ = w.Write(util.EscapeHTML([]byte(resolveEscapes(node.(*figure).image().Title))))
	_, _ = w.WriteString("</figcaption></figure>\n")
	return ast.WalkContinue, nil
}

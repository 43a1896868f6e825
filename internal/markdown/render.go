package markdown

import (
	"bufio"
	"bytes"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// Result is a rendered body.
type Result struct {
	// HTML is the body as HTML, without a wrapping element.
	HTML []byte
	// Text is the plain text of the body for search and summaries: one line
	// per block (paragraph, heading, list item, table row, code line), words
	// separated by single spaces, no markup and no URLs.
	Text string
}

// Render renders d to HTML, rewriting link and image targets that are paths
// through r (from is the source file's path relative to content/, passed on
// to r). Targets with a URL scheme and fragments ("#tulokset") are kept as
// written; a nil r keeps every target. Render does not change d, so it may
// be called any number of times, also concurrently, and gives identical
// bytes for identical inputs.
func (d *Doc) Render(from string, r Resolver) Result {
	if d.root == nil {
		panic("markdown: Render of " + d.File + " after Release")
	}
	var buf bytes.Buffer
	w := &renderWriter{Writer: bufio.NewWriter(&buf), from: from, resolver: r, unsafe: d.opts.UnsafeHTML}
	// Writing into a bytes.Buffer cannot fail, and no render function
	// returns an error.
	_ = pipeline().Renderer().Render(w, d.src, d.root)
	return Result{HTML: buf.Bytes(), Text: d.text}
}

// Release lets go of the syntax tree and the source, the bulk of a Doc's
// memory, keeping what was collected (headings, links, images, tables,
// paragraphs, text). A one-off build releases each Doc once its body is
// rendered; Render must not be called after Release.
func (d *Doc) Release() {
	d.root, d.src = nil, nil
}

// renderWriter is the writer goldmark renders into. It carries what one
// Render call needs, so the shared goldmark renderer holds no per-call state.
type renderWriter struct {
	*bufio.Writer
	from     string
	resolver Resolver
	unsafe   bool
}

// writerOf returns the renderWriter behind w.
func writerOf(w util.BufWriter) *renderWriter {
	if rw, ok := w.(*renderWriter); ok {
		return rw
	}
	return &renderWriter{}
}

// nodeRenderer renders the nodes whose HTML osaamo shapes itself; goldmark
// and its extensions render the rest.
type nodeRenderer struct{}

func (r nodeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindBlockquote, r.renderBlockquote)
	reg.Register(kindCalloutTitle, r.renderCalloutTitle)
	reg.Register(kindFigure, r.renderFigure)
	reg.Register(ast.KindLink, r.renderLink)
	reg.Register(ast.KindAutoLink, r.renderAutoLink)
	reg.Register(ast.KindImage, r.renderImage)
	reg.Register(ast.KindRawHTML, r.renderRawHTML)
	reg.Register(ast.KindHTMLBlock, r.renderHTMLBlock)
	reg.Register(ast.KindFencedCodeBlock, r.renderCode)
	reg.Register(ast.KindCodeBlock, r.renderCode)
	reg.Register(extast.KindTable, r.renderTable)
	reg.Register(extast.KindTableCell, r.renderTableCell)
	reg.Register(extast.KindFootnoteBacklink, r.renderFootnoteBacklink)
}

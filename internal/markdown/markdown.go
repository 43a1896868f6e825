package markdown

import (
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/osaamo/osaamo/internal/diag"
)

// Options configures the Markdown pipeline for a whole site.
type Options struct {
	// UnsafeHTML passes raw HTML written in Markdown through to the page.
	// By default it is escaped, so it shows as text. HTML comments are
	// dropped either way: editors use them for notes to each other.
	UnsafeHTML bool
}

// Resolver maps a link or image target written in a source file to the href
// it gets on the rendered page, relative to that page. from is the source
// file's path relative to content/, slash-separated ("tapaukset/x.md");
// target is the destination as written, with Markdown escapes and entities
// resolved ("../teemat/y.md#tulokset", "kuva.png"). ok=false leaves the
// target unchanged; whether it exists is checked elsewhere.
type Resolver interface {
	Resolve(from, target string) (href string, ok bool)
}

// Heading is one heading of the body. ID is its anchor, unique in the doc.
// Line and Col are where it starts in the whole file (its first "#").
type Heading struct {
	Level     int
	Text      string
	ID        string
	Line, Col int
}

// Link is one link written as [text](target) or as a reference link. Bare
// URLs that are turned into links (autolinks) are not listed. Line and Col
// are the position of its "[" in the whole file.
type Link struct {
	Target, Text string
	Line, Col    int
}

// Image is one image written as ![alt](src "title"). Decorative is true when
// the alt text is exactly "-". Line and Col are the position of its "!" in
// the whole file.
type Image struct {
	Src, Alt, Title string
	Decorative      bool
	Line, Col       int
}

// Table is one GitHub table. Header holds its header cells in column order;
// Line and Col are where its header row starts in the whole file.
type Table struct {
	Header    []Cell
	Line, Col int
}

// Cell is one table cell: its text (with image alt texts, as a screen reader
// names it) and where the cell starts in the whole file: just after the "|"
// that opens it, or where the row starts when the row has no leading "|".
type Cell struct {
	Text      string
	Line, Col int
}

// Doc is a parsed Markdown body: its AST and what the later stages need to
// check. A Doc is not changed after Parse returns, so it may be rendered
// any number of times, from any number of goroutines.
type Doc struct {
	File     string // path as shown in diagnostics, e.g. "content/tapaukset/x.md"
	Headings []Heading
	Links    []Link
	Images   []Image
	Tables   []Table
	// Paragraphs are the paragraphs of running text, for plain-language
	// checks.
	Paragraphs []Paragraph

	src       []byte // the body, owned by the Doc
	lines     *diag.Lines
	root      ast.Node
	firstLine int
	opts      Options
	text      string
}

// Parse parses body, the Markdown after the front matter of file. firstLine
// is the 1-based line number of body's first line in the file (below 1 counts
// as 1), so positions refer to the whole file. Parse reports the problems it can see alone as
// diagnostics: an image without alt text, a link or image target with a
// javascript:, vbscript: or data: scheme, a link without text and a callout
// of an unknown kind. Parse never panics, whatever body holds, and keeps no
// reference to body.
func Parse(file string, body []byte, firstLine int, opts Options) (*Doc, diag.List) {
	if firstLine < 1 {
		firstLine = 1
	}
	src := append([]byte(nil), body...)
	pc := parser.NewContext()
	root := pipeline().Parser().Parse(text.NewReader(src), parser.WithContext(pc))
	d := &Doc{File: file, src: src, lines: diag.NewLines(src), root: root, firstLine: firstLine, opts: opts}

	c := &collector{doc: d, ids: idSet{}, words: words{src: src}}
	for _, p := range calloutProblems(pc) {
		c.report(p.offset, p.message, p.hint)
	}
	makeFigures(root)
	c.collect(root)
	d.text = plainText(root, src)
	c.diags.Sort()
	return d, c.diags
}

// pipeline is the goldmark instance every Parse and Render shares. It holds
// no state of its own after it is built: per-call state travels in the
// parser context and in the render writer.
var pipeline = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(
			extension.Table,
			extension.Strikethrough,
			extension.Linkify,
			extension.TaskList,
			extension.Footnote,
			extension.DefinitionList,
		),
		goldmark.WithParserOptions(
			parser.WithParagraphTransformers(
				util.Prioritized(calloutTransformer{}, 150),
			),
		),
		goldmark.WithRendererOptions(
			renderer.WithNodeRenderers(util.Prioritized(nodeRenderer{}, 100)),
		),
	)
})

// position converts a byte offset in the body to a line and column in the
// whole file.
func (d *Doc) position(offset int) (line, col int) {
	line, col = d.lines.Position(offset)
	return line + d.firstLine - 1, col
}

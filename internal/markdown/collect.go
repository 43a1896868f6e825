package markdown

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"github.com/osaamo/osaamo/internal/diag"
)

// collector walks a parsed body once, in document order: it gives headings
// and callouts their ids, lists headings, links, images, tables and
// paragraphs, and reports what is wrong with them.
type collector struct {
	doc      *Doc
	ids      idSet
	callouts int
	words    words // scratch space for paragraph
	diags    diag.List
}

func (c *collector) collect(root ast.Node) {
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			c.heading(n)
		case *calloutTitle:
			c.callouts++
			n.id = c.ids.unique("callout-" + strconv.Itoa(c.callouts))
		case *ast.Link:
			c.link(n)
		case *ast.Image:
			c.image(n)
		case *ast.AutoLink:
			c.autoLink(n)
		case *extast.Table:
			c.table(n)
		case *ast.Paragraph, *ast.TextBlock:
			if p, ok := c.doc.paragraph(n, &c.words); ok {
				c.doc.Paragraphs = append(c.doc.Paragraphs, p)
			}
		}
		return ast.WalkContinue, nil
	})
}

func (c *collector) heading(n *ast.Heading) {
	text := inlineText(n, c.doc.src, withAlt)
	id := c.ids.unique(anchor(text))
	n.SetAttributeString("id", []byte(id))
	line, col := c.doc.position(offsetOf(n))
	c.doc.Headings = append(c.doc.Headings, Heading{Level: n.Level, Text: text, ID: id, Line: line, Col: col})
}

func (c *collector) link(n *ast.Link) {
	target := destination(n.Destination)
	text := inlineText(n, c.doc.src, withAlt)
	at := offsetOf(n)
	line, col := c.doc.position(at)
	c.doc.Links = append(c.doc.Links, Link{Target: target, Text: text, Line: line, Col: col})
	if s := refusedScheme(target); s != "" {
		c.report(at, fmt.Sprintf("link target %s has the refused scheme %q", quote(target), s+":"),
			"link to a page by its source file (../teemat/x.md) or to an https:// address")
	}
	if text == "" {
		c.report(at, fmt.Sprintf("link to %s has no text", quote(target)),
			fmt.Sprintf("write what the link leads to between the brackets: [Vaikuttavuus](%s)", target))
	}
}

func (c *collector) image(n *ast.Image) {
	src := destination(n.Destination)
	alt := inlineText(n, c.doc.src, withAlt)
	at := offsetOf(n)
	line, col := c.doc.position(at)
	c.doc.Images = append(c.doc.Images, Image{
		Src: src, Alt: alt, Title: resolveEscapes(n.Title), Decorative: alt == decorative,
		Line: line, Col: col,
	})
	if s := refusedScheme(src); s != "" {
		c.report(at, fmt.Sprintf("image source %s has the refused scheme %q", quote(src), s+":"),
			"save the image as a file next to the Markdown file and write its name: ![Kaavio](kaavio.png)")
	}
	if alt == "" {
		c.report(at, fmt.Sprintf("image %s has no alt text", quote(src)),
			fmt.Sprintf("describe the image between the brackets, or write ![-](%s) for a decorative image", src))
	}
}

// table lists the header cells of a table. goldmark makes a table only when
// the header row has as many cells as the delimiter row, so every column has
// a header cell, empty or not.
func (c *collector) table(n *extast.Table) {
	header, ok := n.FirstChild().(*extast.TableHeader)
	if !ok {
		return
	}
	t := Table{}
	t.Line, t.Col = c.doc.position(offsetOf(header))
	for cell := header.FirstChild(); cell != nil; cell = cell.NextSibling() {
		line, col := c.doc.position(offsetOf(cell))
		t.Header = append(t.Header, Cell{Text: inlineText(cell, c.doc.src, withAlt), Line: line, Col: col})
	}
	c.doc.Tables = append(c.doc.Tables, t)
}

func (c *collector) autoLink(n *ast.AutoLink) {
	url := string(n.URL(c.doc.src))
	if s := refusedScheme(url); s != "" {
		c.report(offsetOf(n), fmt.Sprintf("link target %s has the refused scheme %q", quote(url), s+":"),
			"link to a page by its source file (../teemat/x.md) or to an https:// address")
	}
}

// report adds a diagnostic at a byte offset of the body.
func (c *collector) report(offset int, message, hint string) {
	d := diag.At(c.doc.File, c.doc.src, offset, message)
	d.Line += c.doc.firstLine - 1
	d.Hint = hint
	c.diags = append(c.diags, d)
}

// offsetOf returns the byte offset where n starts in the body: its own
// position, or its nearest ancestor's when goldmark did not record one.
func offsetOf(n ast.Node) int {
	for ; n != nil; n = n.Parent() {
		if p := n.Pos(); p >= 0 {
			return p
		}
	}
	return 0
}

// quote quotes a value for a message, shortening very long ones (a data: URL
// can run to megabytes).
func quote(s string) string {
	const max = 60
	if utf8.RuneCountInString(s) > max {
		s = string([]rune(s)[:max]) + "…"
	}
	return strconv.Quote(s)
}

// decorative is the alt text that marks an image as decoration.
const decorative = "-"

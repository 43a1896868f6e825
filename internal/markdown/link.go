package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// refusedSchemes run code or smuggle content in a link or image target;
// osaamo reports them and never writes them into a page.
var refusedSchemes = []string{"data", "javascript", "vbscript"}

// scheme returns the URL scheme of target in lower case, or "" when target
// has none. Like a browser it ignores tabs and line breaks anywhere and
// control characters and spaces in front, so "java\tscript:" is caught.
func scheme(target string) string {
	t := strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, target)
	t = strings.TrimLeft(t, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	i := strings.IndexByte(t, ':')
	if i <= 0 {
		return ""
	}
	for j := 0; j < i; j++ {
		c := t[j]
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if !letter && (j == 0 || !('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return ""
		}
	}
	return strings.ToLower(t[:i])
}

// refusedScheme returns target's scheme when osaamo refuses it, else "".
func refusedScheme(target string) string {
	s := scheme(target)
	for _, r := range refusedSchemes {
		if s == r {
			return s
		}
	}
	return ""
}

// external reports whether target is left as written: a URL with a scheme,
// a protocol-relative URL or a fragment of the same page.
func external(target string) bool {
	return strings.HasPrefix(target, "#") || strings.HasPrefix(target, "//") || scheme(target) != ""
}

// href returns the attribute value for a link or image target, resolved
// through the writer's Resolver when the target is a path.
func (w *renderWriter) href(target string) []byte {
	h := target
	if !external(target) && w.resolver != nil {
		if r, ok := w.resolver.Resolve(w.from, target); ok {
			h = r
		}
	}
	return util.EscapeHTML(util.URLEscape([]byte(h), false))
}

func (nodeRenderer) renderLink(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Link)
	target := destination(n.Destination)
	if refusedScheme(target) != "" {
		return ast.WalkContinue, nil // the text stays, the link goes
	}
	if !entering {
		_, _ = w.WriteString("</a>")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString(`<a href="`)
	_, _ = w.Write(writerOf(w).href(target))
	_ = w.WriteByte('"')
	if len(n.Title) > 0 {
		_, _ = w.WriteString(` title="`)
		html.DefaultWriter.Write(w, n.Title)
		_ = w.WriteByte('"')
	}
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}

func (nodeRenderer) renderAutoLink(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.AutoLink)
	if !entering {
		return ast.WalkContinue, nil
	}
	url := n.URL(src)
	label := util.EscapeHTML(n.Label(src))
	if refusedScheme(string(url)) != "" {
		_, _ = w.Write(label)
		return ast.WalkContinue, nil
	}
	if n.AutoLinkType == ast.AutoLinkEmail && !bytes.HasPrefix(bytes.ToLower(url), []byte("mailto:")) {
		url = append([]byte("mailto:"), url...)
	}
	_, _ = w.WriteString(`<a href="`)
	_, _ = w.Write(util.EscapeHTML(util.URLEscape(url, false)))
	_, _ = w.WriteString(`">`)
	_, _ = w.Write(label)
	_, _ = w.WriteString(`</a>`)
	return ast.WalkContinue, nil
}

// renderImage writes an img element. Decorative images get an empty alt;
// an image inside a figure leaves its title to the caption.
func (nodeRenderer) renderImage(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Image)
	target := destination(n.Destination)
	alt := inlineText(n, src, withAlt)
	if refusedScheme(target) != "" {
		_, _ = w.Write(util.EscapeHTML([]byte(alt)))
		return ast.WalkSkipChildren, nil
	}
	if alt == decorative {
		alt = ""
	}
	_, _ = w.WriteString(`<img src="`)
	_, _ = w.Write(writerOf(w).href(target))
	_, _ = w.WriteString(`" alt="`)
	_, _ = w.Write(util.EscapeHTML([]byte(alt)))
	_ = w.WriteByte('"')
	if _, inFigure := n.Parent().(*figure); !inFigure && len(n.Title) > 0 {
		_, _ = w.WriteString(` title="`)
		html.DefaultWriter.Write(w, n.Title)
		_ = w.WriteByte('"')
	}
	_, _ = w.WriteString(` loading="lazy">`)
	return ast.WalkSkipChildren, nil
}

package markdown

import (
	"bytes"
	"fmt"
	"html"
	"sort"
	"strings"
	"sync"

	"github.com/alecthomas/chroma/v2"
	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// Code is highlighted with chroma into CSS classes, never inline styles, so
// pages work under a strict Content Security Policy. The colours come from
// the Modus themes, which were designed for WCAG AAA contrast: modus-operandi
// for light pages, modus-vivendi for dark ones.
const (
	lightStyle = "modus-operandi"
	darkStyle  = "modus-vivendi"
)

// codeFormatter writes highlighted code as
// <pre class="chroma" tabindex="0"><code>…</code></pre>: a scrollable region
// that keyboard users can reach.
var codeFormatter = sync.OnceValue(func() *chromahtml.Formatter {
	return chromahtml.New(chromahtml.WithClasses(true), chromahtml.WithPreWrapper(preWrapper{}))
})

type preWrapper struct{}

func (preWrapper) Start(code bool, _ string) string {
	if code {
		return `<pre class="chroma" tabindex="0"><code>`
	}
	return `<pre class="chroma" tabindex="0">`
}

func (preWrapper) End(code bool) string {
	if code {
		return `</code></pre>`
	}
	return `</pre>`
}

// renderCode highlights fenced and indented code blocks. The lexer is chosen
// by the fence's info string; an unknown or missing language is plain text.
func (nodeRenderer) renderCode(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	lang := ""
	if n, ok := node.(*ast.FencedCodeBlock); ok {
		lang = string(n.Language(src))
	}
	code := node.Lines().Value(src)
	_, _ = w.Write(highlight(string(code), lang))
	_ = w.WriteByte('\n')
	return ast.WalkSkipChildren, nil
}

// highlight returns code as highlighted HTML. If chroma fails, or panics on
// some odd input, the code is written unhighlighted: a lexer's bug must not
// cost the editor the page.
func highlight(code, lang string) (out []byte) {
	defer func() {
		if recover() != nil {
			out = plainCode(code)
		}
	}()
	var lexer chroma.Lexer
	if lang != "" {
		lexer = lexers.Get(lang)
	}
	if lexer == nil {
		lexer = lexers.Fallback
	}
	it, err := chroma.Coalesce(lexer).Tokenise(nil, code)
	if err != nil {
		return plainCode(code)
	}
	var buf bytes.Buffer
	if err := codeFormatter().Format(&buf, styles.Get(lightStyle), it); err != nil {
		return plainCode(code)
	}
	return buf.Bytes()
}

func plainCode(code string) []byte {
	return []byte(preWrapper{}.Start(true, "") + html.EscapeString(code) + preWrapper{}.End(true))
}

// HighlightCSS returns the stylesheet for highlighted code: the light colours
// for every page, and the dark colours under
// @media (prefers-color-scheme: dark). Every rule is scoped under .chroma,
// and every token colour has at least WCAG AA contrast (4.5:1) against its
// background in both schemes. The bytes are the same on every call.
func HighlightCSS() []byte {
	light, dark := styles.Get(lightStyle), styles.Get(darkStyle)
	types := highlightedTypes(light, dark)
	var b strings.Builder
	fmt.Fprintf(&b, "/* Code highlighting: chroma styles %s (light) and %s (dark). */\n", lightStyle, darkStyle)
	writeStyleCSS(&b, "", light, dark, types)
	b.WriteString("@media (prefers-color-scheme: dark) {\n")
	writeStyleCSS(&b, "  ", dark, light, types)
	b.WriteString("}\n")
	return []byte(b.String())
}

// highlightedTypes returns, in a fixed order, the token types that either
// style gives a look of its own.
func highlightedTypes(light, dark *chroma.Style) []chroma.TokenType {
	var out []chroma.TokenType
	for tt, class := range chroma.StandardTypes {
		if class == "" || (tt < 0 && tt != chroma.Error) {
			continue
		}
		if !ownEntry(light, tt).IsZero() || !ownEntry(dark, tt).IsZero() {
			out = append(out, tt)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// ownEntry is how s shows tt, minus what it shares with the background.
func ownEntry(s *chroma.Style, tt chroma.TokenType) chroma.StyleEntry {
	return s.Get(tt).Sub(s.Get(chroma.Background))
}

// writeStyleCSS writes the rules of style s. Because the dark rules follow
// the light ones, each rule also resets what the other style sets and s
// does not, and always names its colour.
func writeStyleCSS(b *strings.Builder, indent string, s, other *chroma.Style, types []chroma.TokenType) {
	bg := s.Get(chroma.Background)
	fmt.Fprintf(b, "%s.chroma { color: %s; background-color: %s; }\n", indent, bg.Colour, bg.Background)
	for _, tt := range types {
		e, o := ownEntry(s, tt), ownEntry(other, tt)
		full := s.Get(tt)
		decls := []string{"color: " + full.Colour.String()}
		switch {
		case e.Background.IsSet():
			decls = append(decls, "background-color: "+e.Background.String())
		case o.Background.IsSet():
			decls = append(decls, "background-color: transparent")
		}
		decls = appendToggle(decls, e.Bold, o.Bold, "font-weight", "bold", "normal")
		decls = appendToggle(decls, e.Italic, o.Italic, "font-style", "italic", "normal")
		decls = appendToggle(decls, e.Underline, o.Underline, "text-decoration", "underline", "none")
		fmt.Fprintf(b, "%s.chroma .%s { %s; }\n", indent, chroma.StandardTypes[tt], strings.Join(decls, "; "))
	}
}

func appendToggle(decls []string, mine, other chroma.Trilean, prop, on, off string) []string {
	switch {
	case mine == chroma.Yes:
		return append(decls, prop+": "+on)
	case other == chroma.Yes:
		return append(decls, prop+": "+off)
	}
	return decls
}

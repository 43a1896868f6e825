package markdown

import (
	"bytes"
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/slug"
)

// Callouts replace the discussions and tasks of the old platform. A callout
// is a blockquote whose first line is "[!kind]", optionally followed by a
// title:
//
//	> [!tehtava] Kokeile viikon aikana
//	> Kirjaa …
//
// Kinds are matched ignoring case and Finnish letters, so "[!Tehtävä]" works.

// calloutLabels maps each callout kind to the label shown when the editor
// gives no title.
var calloutLabels = map[string]string{
	"huomio":      "Huomio",
	"pohdittavaa": "Pohdittavaa",
	"tehtava":     "Tehtävä",
	"vinkki":      "Vinkki",
}

// calloutKinds lists the kinds in the order hints name them.
var calloutKinds = []string{"huomio", "pohdittavaa", "tehtava", "vinkki"}

// kindCalloutTitle is the AST kind of calloutTitle.
var kindCalloutTitle = ast.NewNodeKind("CalloutTitle")

// calloutTitle is the first child of a blockquote that is a callout. Its
// inline children are the editor's title; without them the kind's label is
// shown.
type calloutTitle struct {
	ast.BaseBlock
	kind string // a key of calloutLabels
	id   string // unique in the doc; set by the collector
}

func (n *calloutTitle) Kind() ast.NodeKind { return kindCalloutTitle }

func (n *calloutTitle) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"kind": n.kind, "id": n.id}, nil)
}

// calloutOf returns the title of a blockquote that is a callout, or nil.
func calloutOf(n ast.Node) *calloutTitle {
	if _, ok := n.(*ast.Blockquote); !ok {
		return nil
	}
	t, _ := n.FirstChild().(*calloutTitle)
	return t
}

// problem is a diagnostic found while goldmark parses, kept in the parser
// context until Parse can report it with the file's position.
type problem struct {
	offset        int
	message, hint string
}

var problemsKey = parser.NewContextKey()

func addProblem(pc parser.Context, p problem) {
	list, _ := pc.Get(problemsKey).(*[]problem)
	if list == nil {
		list = new([]problem)
		pc.Set(problemsKey, list)
	}
	*list = append(*list, p)
}

func calloutProblems(pc parser.Context) []problem {
	if list, _ := pc.Get(problemsKey).(*[]problem); list != nil {
		return *list
	}
	return nil
}

// calloutTransformer turns the marker line of a blockquote's first paragraph
// into a calloutTitle. It runs when the paragraph closes, before inline
// parsing, so the title is parsed as inline Markdown and the rest of the
// paragraph is parsed without the marker.
type calloutTransformer struct{}

func (calloutTransformer) Transform(para *ast.Paragraph, reader text.Reader, pc parser.Context) {
	bq, ok := para.Parent().(*ast.Blockquote)
	if !ok || para.PreviousSibling() != nil || para.Lines().Len() == 0 {
		return
	}
	src := reader.Source()
	first := para.Lines().At(0)
	m, ok := parseMarker(src[first.Start:first.Stop])
	if !ok {
		return
	}
	at := first.Start + m.start
	kind := slug.Fold(m.kind)
	if _, known := calloutLabels[kind]; !known {
		hint := suggestKind(kind)
		addProblem(pc, problem{at, fmt.Sprintf("unknown callout kind %q", m.kind), hint})
		return
	}
	title := &calloutTitle{kind: kind}
	title.SetPos(at)
	if m.titleStart < m.titleEnd {
		title.Lines().Append(text.NewSegment(first.Start+m.titleStart, first.Start+m.titleEnd))
	}
	bq.InsertBefore(bq, para, title)
	if para.Lines().Len() == 1 {
		bq.RemoveChild(bq, para)
		return
	}
	para.Lines().SetSliced(1, para.Lines().Len())
}

// marker is a parsed "[!kind] title" line; offsets are relative to the line.
type marker struct {
	kind                 string
	start                int // offset of "["
	titleStart, titleEnd int
}

// parseMarker recognises "[!kind]" at the start of line, after optional
// blanks, followed by the end of the line or a blank and a title.
func parseMarker(line []byte) (marker, bool) {
	start := len(line) - len(bytes.TrimLeft(line, " \t"))
	rest := line[start:]
	if !bytes.HasPrefix(rest, []byte("[!")) {
		return marker{}, false
	}
	end := bytes.IndexByte(rest, ']')
	if end < 3 {
		return marker{}, false
	}
	kind := rest[2:end]
	if bytes.ContainsAny(kind, " \t[!") {
		return marker{}, false
	}
	after := rest[end+1:]
	if len(after) > 0 && !util.IsSpace(after[0]) {
		return marker{}, false
	}
	titleStart := start + end + 1 + len(after) - len(bytes.TrimLeft(after, " \t"))
	titleEnd := start + end + 1 + len(bytes.TrimRight(after, " \t\r\n"))
	if titleEnd < titleStart {
		titleEnd = titleStart
	}
	return marker{kind: string(kind), start: start, titleStart: titleStart, titleEnd: titleEnd}, true
}

// suggestKind is the hint for an unknown callout kind: the closest known
// kind, or the list of them all.
func suggestKind(kind string) string {
	if h := diag.Suggest(kind, calloutKinds); h != "" {
		return h
	}
	return `callout kinds are "huomio", "pohdittavaa", "tehtava" and "vinkki"`
}

// renderBlockquote renders a callout as a labelled aside and any other
// blockquote as goldmark would.
func (nodeRenderer) renderBlockquote(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	t := calloutOf(n)
	switch {
	case t != nil && entering:
		fmt.Fprintf(w, "<aside class=\"callout callout-%s\" aria-labelledby=\"%s\">\n", t.kind, t.id)
	case t != nil:
		_, _ = w.WriteString("</aside>\n")
	case entering:
		_, _ = w.WriteString("<blockquote>\n")
	default:
		_, _ = w.WriteString("</blockquote>\n")
	}
	return ast.WalkContinue, nil
}

func (nodeRenderer) renderCalloutTitle(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*calloutTitle)
	if !entering {
		_, _ = w.WriteString("</p>\n")
		return ast.WalkContinue, nil
	}
	fmt.Fprintf(w, "<p class=\"callout-title\" id=\"%s\">", n.id)
	if !n.HasChildren() {
		_, _ = w.Write(util.EscapeHTML([]byte(calloutLabels[n.kind])))
	}
	return ast.WalkContinue, nil
}

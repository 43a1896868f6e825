package theme

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/osaamo/osaamo/internal/diag"
)

// parseError matches the errors of text/template's parser, which name the
// template and the line but not the column: "template: NAME:LINE: MESSAGE".
var parseError = regexp.MustCompile(`^template: [^:]*:(\d+): (.*)$`)

// undefinedFunc matches the parser's message for a call of an unknown
// function.
var undefinedFunc = regexp.MustCompile(`^function "([^"]+)" not defined$`)

// templateDiag turns an error from parsing the layout at file (a path from
// the project root) into a diagnostic with a line, a column and a hint. The
// parser does not report a column, so the column is that of the action the
// message names, or of the line's first action. funcs, sorted, are the
// functions a layout can call besides the built-ins.
func templateDiag(file string, src []byte, err error, funcs []string) diag.Diagnostic {
	d := diag.Diagnostic{File: file, Message: err.Error(), Hint: "fix the template action ({{ … }}) the message names; Go's html/template syntax applies"}
	m := parseError.FindStringSubmatch(err.Error())
	if m == nil {
		return d
	}
	d.Line, _ = strconv.Atoi(m[1])
	d.Message = "template: " + m[2]
	line := diag.Line(src, d.Line)
	at := strings.Index(line, "{{")
	switch fm := undefinedFunc.FindStringSubmatch(m[2]); {
	case fm != nil:
		if i := strings.Index(line, fm[1]); i >= 0 {
			at = i
		}
		d.Hint = "the functions a layout can call are Go's built-ins and " + strings.Join(funcs, ", ")
		if s := diag.Suggest(fm[1], funcs); s != "" {
			d.Hint = s + " " + d.Hint
		}
	case strings.Contains(m[2], "unexpected EOF"):
		d.Hint = "an {{if}}, {{range}}, {{with}}, {{block}} or {{define}} in this file has no {{end}}"
		// The parser names the end of the file; point at the action left
		// open instead.
		if off, kw := unclosed(src); off >= 0 {
			d.Line, _ = diag.Position(src, off)
			line = diag.Line(src, d.Line)
			at = off - diag.Offset(src, d.Line, 1)
			d.Hint = fmt.Sprintf("this {{%s}} has no {{end}}: add one where its block should close", kw)
		}
	case strings.Contains(m[2], "unexpected {{end}}"):
		if i := endAction.FindStringIndex(line); i != nil {
			at = i[0]
		}
		d.Hint = "this {{end}} closes nothing: remove it, or add the {{if}}, {{range}} or {{with}} it should close"
	case strings.HasPrefix(m[2], "missing value for"):
		d.Hint = "{{if}}, {{with}} and {{range}} need a value to test, e.g. {{if .Page.Summary}}"
	case strings.Contains(m[2], "unclosed action"):
		d.Hint = "close the action with }}"
	}
	d.Source, d.Col = line, 1
	if at >= 0 {
		d.Col = utf8.RuneCountInString(line[:at]) + 1
	}
	return d
}

var endAction = regexp.MustCompile(`\{\{-?\s*end\b`)

// blockAction matches the actions that open or close a block.
var blockAction = regexp.MustCompile(`\{\{-?\s*(if|range|with|block|define|end)\b`)

// unclosed returns the byte offset and keyword of the innermost block
// action in src that no {{end}} closes, or -1.
func unclosed(src []byte) (int, string) {
	type open struct {
		off int
		kw  string
	}
	var stack []open
	for _, m := range blockAction.FindAllSubmatchIndex(src, -1) {
		kw := string(src[m[2]:m[3]])
		switch {
		case kw != "end":
			stack = append(stack, open{m[0], kw})
		case len(stack) > 0:
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) == 0 {
		return -1, ""
	}
	top := stack[len(stack)-1]
	return top.off, top.kw
}

// yamlLine matches the line yaml.v3 names in its errors.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// stringsDiag turns an error from reading a UI-strings file into a
// diagnostic at the line yaml.v3 names.
func stringsDiag(file string, src []byte, err error) diag.Diagnostic {
	d := diag.Diagnostic{File: file, Message: err.Error(), Hint: "UI strings are a mapping of key: text, one per line; quote a text that contains a colon"}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		d.Line, _ = strconv.Atoi(m[1])
		d.Col = 1
		d.Message = fmt.Sprintf("UI strings: %s", m[2])
		d.Source = diag.Line(src, d.Line)
	}
	return d
}

// Package diag carries problems found in user input — a position, what was
// found, what was expected and a hint — from every stage of the pipeline to
// the editor. It formats them the same way in the terminal, in JSON and in the
// live-preview overlay. It does not decide what is a problem; the stages do.
package diag

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Severity says whether a diagnostic stops the build.
type Severity int

const (
	// Error stops the build; the previous output is kept.
	Error Severity = iota
	// Warning is reported but does not stop the build.
	Warning
)

// String returns "error" or "warning".
func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one problem in user input. File is a slash-separated path
// relative to the project root; Line and Col start at 1 and Col counts
// characters, not bytes. Line 0 means the problem concerns the whole file.
type Diagnostic struct {
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Col      int      `json:"col"`
	Severity Severity `json:"-"`
	Message  string   `json:"message"`
	Source   string   `json:"source,omitempty"`
	Hint     string   `json:"hint,omitempty"`
}

// Pos returns "file:line:col", or just "file" when the line is unknown.
func (d Diagnostic) Pos() string {
	if d.Line <= 0 {
		return d.File
	}
	col := d.Col
	if col <= 0 {
		col = 1
	}
	return fmt.Sprintf("%s:%d:%d", d.File, d.Line, col)
}

// String formats the diagnostic for a terminal: the position and message,
// the offending source line with a caret under the column, and the hint.
func (d Diagnostic) String() string {
	var b strings.Builder
	b.WriteString(d.Pos())
	b.WriteString(": ")
	if d.Severity == Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(d.Message)
	if d.Source != "" {
		src, col := window([]rune(strings.ReplaceAll(d.Source, "\t", " ")), max(d.Col, 1))
		b.WriteString("\n    ")
		b.WriteString(src)
		b.WriteString("\n    ")
		b.WriteString(strings.Repeat(" ", col-1))
		b.WriteString("^")
	}
	if d.Hint != "" {
		b.WriteString("\nhint: ")
		b.WriteString(d.Hint)
	}
	return b.String()
}

// window cuts a long source line to about 80 characters around column col,
// marking cuts with "…", and returns the caret's column in the cut line.
func window(line []rune, col int) (string, int) {
	const width = 80
	if len(line) <= width {
		return string(line), col
	}
	start := max(0, min(col-1-width/2, len(line)-width))
	end := min(len(line), start+width)
	out := string(line[start:end])
	if start > 0 {
		out = "…" + out
		col = col - start + 1
	}
	if end < len(line) {
		out += "…"
	}
	return out, col
}

// List is a set of diagnostics collected over a whole build.
type List []Diagnostic

// Sort orders the list by file, line, column and message, so output does not
// depend on the order in which stages found the problems.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.Message < b.Message
	})
}

// HasErrors reports whether any diagnostic in the list is an Error.
func (l List) HasErrors() bool {
	for _, d := range l {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Count returns how many diagnostics are errors and how many are warnings.
func (l List) Count() (errors, warnings int) {
	for _, d := range l {
		if d.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}

// Error makes a List usable as an error: every diagnostic, one block each.
func (l List) Error() string {
	parts := make([]string, len(l))
	for i, d := range l {
		parts[i] = d.String()
	}
	return strings.Join(parts, "\n")
}

// At builds a diagnostic at a byte offset of src, filling in line, column
// (in characters) and the source line.
func At(file string, src []byte, offset int, msg string) Diagnostic {
	line, col := Position(src, offset)
	return Diagnostic{File: file, Line: line, Col: col, Message: msg, Source: Line(src, line)}
}

// Position converts a byte offset in src to a 1-based line and a 1-based
// column counted in characters. Offsets past the end clamp to the end.
func Position(src []byte, offset int) (line, col int) {
	if offset > len(src) {
		offset = len(src)
	}
	if offset < 0 {
		offset = 0
	}
	line = 1
	start := 0
	for i := 0; i < offset; i++ {
		if src[i] == '\n' {
			line++
			start = i + 1
		}
	}
	return line, utf8.RuneCount(src[start:offset]) + 1
}

// Line returns line n (1-based) of src without its line ending, or "" when
// src has no such line.
func Line(src []byte, n int) string {
	if n < 1 {
		return ""
	}
	cur := 1
	start := 0
	for i, c := range src {
		if c == '\n' {
			if cur == n {
				return strings.TrimRight(string(src[start:i]), "\r")
			}
			cur++
			start = i + 1
		}
	}
	if cur == n {
		return strings.TrimRight(string(src[start:]), "\r")
	}
	return ""
}

// Offset converts a 1-based line and character column back to a byte offset
// in src. It is the inverse of Position for positions inside src.
func Offset(src []byte, line, col int) int {
	cur := 1
	i := 0
	for i < len(src) && cur < line {
		if src[i] == '\n' {
			cur++
		}
		i++
	}
	for c := 1; c < col && i < len(src) && src[i] != '\n'; c++ {
		_, size := utf8.DecodeRune(src[i:])
		i += size
	}
	return i
}

// Lines answers Position for many offsets of one text in logarithmic time,
// for stages that report positions of every heading and link of a file.
type Lines struct {
	src    []byte
	starts []int // byte offset of the start of every line
}

// NewLines indexes the line starts of src.
func NewLines(src []byte) *Lines {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &Lines{src: src, starts: starts}
}

// Position is diag.Position over the indexed text.
func (l *Lines) Position(offset int) (line, col int) {
	offset = max(0, min(offset, len(l.src)))
	i := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > offset }) - 1
	return i + 1, utf8.RuneCount(l.src[l.starts[i]:offset]) + 1
}

package diag

import (
	"strings"
	"testing"
)

func TestPosition(t *testing.T) {
	src := []byte("ab\nää x\n")
	tests := []struct {
		name      string
		offset    int
		line, col int
	}{
		{"start", 0, 1, 1},
		{"second line start", 3, 2, 1},
		{"after two-byte letters", 3 + 4, 2, 3},
		{"past end", 100, 3, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, c := Position(src, tt.offset)
			if l != tt.line || c != tt.col {
				t.Errorf("Position(%d) = %d:%d, want %d:%d", tt.offset, l, c, tt.line, tt.col)
			}
			if back := Offset(src, l, c); tt.offset <= len(src) && back != tt.offset {
				t.Errorf("Offset(%d,%d) = %d, want %d", l, c, back, tt.offset)
			}
		})
	}
}

func TestString(t *testing.T) {
	d := Diagnostic{File: "content/a.md", Line: 4, Col: 1, Message: `unknown front matter key "titel"`,
		Source: "titel: Vaikuttavuus", Hint: `did you mean "title"?`}
	want := "content/a.md:4:1: unknown front matter key \"titel\"\n    titel: Vaikuttavuus\n    ^\nhint: did you mean \"title\"?"
	if got := d.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct{ got, want string }{
		{"titel", `did you mean "title"?`},
		{"mkiro", `did you mean "mikro"?`},
		{"zzzzzzzz", ""},
	}
	for _, tt := range tests {
		if got := Suggest(tt.got, []string{"title", "summary", "mikro", "meso"}); got != tt.want {
			t.Errorf("Suggest(%q) = %q, want %q", tt.got, got, tt.want)
		}
	}
}

func TestSort(t *testing.T) {
	l := List{{File: "b", Line: 1}, {File: "a", Line: 3}, {File: "a", Line: 1, Col: 5}, {File: "a", Line: 1, Col: 2}}
	l.Sort()
	got := ""
	for _, d := range l {
		got += d.Pos() + " "
	}
	if want := "a:1:2 a:1:5 a:3:1 b:1:1 "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestLongLineWindow(t *testing.T) {
	line := strings.Repeat("a", 150) + "X" + strings.Repeat("b", 150)
	d := Diagnostic{File: "f.md", Line: 1, Col: 151, Message: "m", Source: line}
	lines := strings.Split(d.String(), "\n")
	src, caret := []rune(lines[1]), []rune(lines[2])
	if len(src) > 90 {
		t.Errorf("source line not shortened: %d characters", len(src))
	}
	if i := len(caret) - 1; i >= len(src) || src[i] != 'X' {
		t.Errorf("caret does not point at X:\n%s\n%s", lines[1], lines[2])
	}
}

func TestSuggestTransposition(t *testing.T) {
	if got := Suggest("mkiro", []string{"makro", "meso", "mikro"}); got != `did you mean "mikro"?` {
		t.Errorf("got %q, want mikro: a swap of two letters is one typo", got)
	}
}

func TestLinesAgreesWithPosition(t *testing.T) {
	src := []byte("ab\nää x\n\nlopussa ö")
	l := NewLines(src)
	for off := 0; off <= len(src)+2; off++ {
		l1, c1 := Position(src, off)
		l2, c2 := l.Position(off)
		if l1 != l2 || c1 != c2 {
			t.Errorf("offset %d: Position %d:%d, Lines %d:%d", off, l1, c1, l2, c2)
		}
	}
}

package content

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/osaamo/osaamo/internal/diag"
)

// FuzzParse feeds arbitrary files to the front matter splitter and decoder:
// no panic, the same result twice, and every reported position inside the
// file.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../build/testdata/site/content/*/*.md")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add("teemat/x.md", b)
			f.Add("opintojakso/m.md", b)
		}
	}
	f.Add("a.md", []byte("---\ntitle: [\n---\n"))
	f.Add("tapaukset/a.md", []byte("---\ntitle: X\nyear: *a\n---\n"))
	f.Fuzz(func(t *testing.T, rel string, src []byte) {
		d1, ds1 := Parse(rel, src)
		d2, ds2 := Parse(rel, src)
		if (d1 == nil) != (d2 == nil) || ds1.Error() != ds2.Error() {
			t.Fatalf("two parses differ")
		}
		lines := bytes.Count(src, []byte("\n")) + 1
		for _, d := range append(diag.List{}, ds1...) {
			if d.Line < 0 || d.Line > lines {
				t.Errorf("position %s outside a file of %d lines", d.Pos(), lines)
			}
		}
		if d1 != nil && (d1.BodyLine < 1 || d1.BodyLine > lines+1) {
			t.Errorf("body line %d outside a file of %d lines", d1.BodyLine, lines)
		}
	})
}

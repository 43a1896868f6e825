package config

import (
	"bytes"
	"os"
	"testing"
)

// FuzzParse feeds arbitrary site.yaml files to the decoder: no panic, the
// same result twice, positions inside the file.
func FuzzParse(f *testing.F) {
	for _, p := range []string{"../../site.yaml", "../build/testdata/site/site.yaml"} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(minimal))
	f.Add([]byte("targets: &a [*a]\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		_, ds1 := Parse(src)
		_, ds2 := Parse(src)
		if ds1.Error() != ds2.Error() {
			t.Fatal("two parses differ")
		}
		lines := bytes.Count(src, []byte("\n")) + 1
		for _, d := range ds1 {
			if d.Line < 0 || d.Line > lines {
				t.Errorf("position %s outside a file of %d lines", d.Pos(), lines)
			}
		}
	})
}

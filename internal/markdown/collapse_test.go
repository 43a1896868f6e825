package markdown

import (
	"strings"
	"testing"
)

func FuzzCollapse(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a  b\t\nc ", "\u00a0ä\u2003ö\u0085", "\xff \xfe", "x\u3000y", "  \n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapse([]byte(s)), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapse(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkCollapse(b *testing.B) {
	text := []byte(strings.Repeat("Rakenteellinen  sosiaalityö\ttuo asiakkaiden\näänen päätöksentekoon. ", 200))
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		collapse(text)
	}
}

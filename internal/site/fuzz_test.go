package site

import (
	"strings"
	"testing"
)

// FuzzJoinRel checks link resolution: Join never returns a path with ".."
// inside it unless it starts outside content/, and Rel gives a relative
// URL that never starts with "/".
func FuzzJoinRel(f *testing.F) {
	f.Add("teemat/a.md", "../tapaukset/b.md#tulokset")
	f.Add("a.md", "../../../etc/passwd")
	f.Add("x/y/z.md", "./kuva.png")
	f.Add("a.md", "/sanasto/x.md")
	f.Fuzz(func(t *testing.T, from, target string) {
		j := Join(from, target)
		if strings.Contains(strings.TrimLeft(j, "./"), "/../") {
			t.Errorf("Join(%q, %q) = %q keeps a .. inside", from, target, j)
		}
		if j2 := Join(from, target); j2 != j {
			t.Errorf("Join is not deterministic")
		}
		r := Rel(URLOf(from)+"index.html", URLOf(target)+"index.html")
		if strings.HasPrefix(r, "/") {
			t.Errorf("Rel gave an absolute URL %q", r)
		}
	})
}

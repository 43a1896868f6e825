package site

import (
	"sort"
	"strings"
	"testing"

	"github.com/osaamo/osaamo/internal/content"
)

func TestURLOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"_index.md", ""},
		{"teemat/_index.md", "teemat/"},
		{"teemat/2021-03-vaikuttavuus.md", "teemat/2021-03-vaikuttavuus/"},
		{"tietoa/Työ ja Hyvinvointi.md", "tietoa/tyo-ja-hyvinvointi/"},
		{"Sivu.md", "sivu/"},
	}
	for _, tt := range tests {
		if got := URLOf(tt.in); got != tt.want {
			t.Errorf("URLOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRel(t *testing.T) {
	tests := []struct{ from, to, want string }{
		{"index.html", "teemat/index.html", "teemat/index.html"},
		{"teemat/a/index.html", "tapaukset/b/index.html", "../../tapaukset/b/index.html"},
		{"teemat/a/index.html", "teemat/index.html", "../index.html"},
		{"teemat/a/index.html", "teemat/a/index.html", "index.html"},
		{"teemat/a/index.html", "index.html", "../../index.html"},
		{"404.html", "assets/css/x.css", "assets/css/x.css"},
	}
	for _, tt := range tests {
		if got := Rel(tt.from, tt.to); got != tt.want {
			t.Errorf("Rel(%q, %q) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestJoin(t *testing.T) {
	tests := []struct{ from, target, want string }{
		{"teemat/a.md", "../tapaukset/b.md", "tapaukset/b.md"},
		{"teemat/a.md", "b.md", "teemat/b.md"},
		{"teemat/a.md", "./kuva.png", "teemat/kuva.png"},
		{"teemat/a.md", "/sanasto/x.md", "sanasto/x.md"},
		{"teemat/a.md", "../../x.md", "../x.md"},
	}
	for _, tt := range tests {
		if got := Join(tt.from, tt.target); got != tt.want {
			t.Errorf("Join(%q, %q) = %q, want %q", tt.from, tt.target, got, tt.want)
		}
	}
}

func TestFinnishCollation(t *testing.T) {
	words := []string{"ösö", "ääni", "Åbo", "zeta", "avain", "Öljy", "aalto", "wiki", "vesi"}
	sort.Slice(words, func(i, j int) bool { return Collate(words[i], words[j]) })
	want := []string{"aalto", "avain", "vesi", "wiki", "zeta", "Åbo", "ääni", "Öljy", "ösö"}
	for i := range want {
		if words[i] != want[i] {
			t.Fatalf("got %v, want %v", words, want)
		}
	}
}

func TestRelatedPrefersRareSharedTerms(t *testing.T) {
	tx := &Taxonomy{Name: "method"}
	lv := &Taxonomy{Name: "level"}
	rare := &Term{Key: "yhteiskehittaminen"}
	common := &Term{Key: "mikro"}
	mk := func(out string, terms ...TermGroup) *Page {
		return &Page{Kind: "case", Out: out, Doc: &content.Doc{}, Terms: terms}
	}
	a := mk("a", TermGroup{tx, []*Term{rare}}, TermGroup{lv, []*Term{common}})
	b := mk("b", TermGroup{tx, []*Term{rare}})
	c := mk("c", TermGroup{lv, []*Term{common}})
	d := mk("d", TermGroup{lv, []*Term{common}})
	e := mk("e")
	s := &Site{Pages: []*Page{a, b, c, d, e}}
	s.assembleRelated()
	var got []string
	for _, p := range a.Related {
		got = append(got, p.Out)
	}
	if strings.Join(got, " ") != "b c d" {
		t.Errorf("related of a = %v, want [b c d] (shared method first, ties by path, unrelated left out)", got)
	}
}

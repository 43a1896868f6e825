package stem

import (
	"slices"
	"testing"
)

func TestCompounds(t *testing.T) {
	known := map[string]bool{}
	for _, w := range []string{"osaaminen", "verkosto", "aikuinen", "sosiaalityö", "sosiaali", "työ",
		"lapsi", "suojelu", "kehittäminen", "palvelu", "tarve", "hyvinvointi", "alue", "yö"} {
		known[Normalize(w)] = true
	}
	vocab := func(key string) bool { return known[key] }
	keys := func(words ...string) []string {
		var out []string
		for _, w := range words {
			out = append(out, Normalize(w))
		}
		return out
	}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"linking -s of -inen", "osaamisverkosto", keys("osaaminen", "verkosto")},
		{"inflected last part", "osaamisverkostossa", keys("osaaminen", "verkosto")},
		{"capitals", "OSAAMISVERKOSTO", keys("osaaminen", "verkosto")},
		{"longest last part first, then its parts", "aikuissosiaalityössä",
			keys("aikuinen", "sosiaalityö", "sosiaali", "työ")},
		{"known word split too", "sosiaalityö", keys("sosiaali", "työ")},
		{"genitive first part", "lastensuojelun", keys("lapsi", "suojelu")},
		{"gradation in last part", "palvelutarpeen", keys("palvelu", "tarve")},
		{"three parts", "kehittämistyöalue", keys("kehittäminen", "työ", "alue")},
		{"compound in a compound", "hyvinvointialueella", keys("hyvinvointi", "alue")},
		{"unknown part", "osaamiskeskus", nil},
		{"too short", "työ", nil},
		{"part under three letters", "yöpalvelu", nil},
		{"digits", "covid19verkosto", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Compounds(tt.in, vocab); !slices.Equal(got, tt.want) {
				t.Errorf("Compounds(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCompoundsNothingKnown(t *testing.T) {
	calls := 0
	vocab := func(string) bool { calls++; return false }
	if got := Compounds("täydennyskoulutusmahdollisuuksiemme", vocab); got != nil {
		t.Errorf("Compounds with an empty vocabulary = %q, want nil", got)
	}
	if calls == 0 {
		t.Error("vocab was never asked")
	}
}

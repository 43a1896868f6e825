package stem

import "testing"

func TestStem(t *testing.T) {
	// Plain Snowball, without the rules of Normalize.
	tests := []struct {
		name, in, want string
	}{
		{"genitive", "asiakkaan", "asiak"},
		{"nominative kept", "asiakas", "asiakas"},
		{"inessive plural", "verkostoissa", "verkosto"},
		{"gradation not folded", "raportoinnista", "raportoin"},
		{"partitive", "vaikuttavuutta", "vaikuttavuut"},
		{"possessive taken for ending", "lapsi", "lap"},
		{"clitic taken for ending", "toimintatapa", "toimint"},
		{"short word untouched", "työssä", "työs"},
		{"capitals", "ASIAKKAAN", "asiak"},
		{"digits", "2011", "201"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Stem(tt.in); got != tt.want {
				t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

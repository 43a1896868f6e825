package slug

import "testing"

func TestMake(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"finnish letters", "Mitä tehtiin?", "mita-tehtiin"},
		{"swedish", "Åbo Akademi", "abo-akademi"},
		{"punctuation runs", "SHL 7 § – 1 kohta", "shl-7-1-kohta"},
		{"already slug", "2021-03-vaikuttavuus", "2021-03-vaikuttavuus"},
		{"spaces in file name", "Työ ja hyvinvointi", "tyo-ja-hyvinvointi"},
		{"nothing left", "§ – ?", ""},
		{"non-latin letters kept", "Ωmega sosiaali", "ωmega-sosiaali"},
		{"decomposed ä", "Ma\u0308a\u0308ra\u0308", "maara"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Make(tt.in); got != tt.want {
				t.Errorf("Make(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

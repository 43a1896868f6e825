package markdown

import "testing"

func TestAnchor(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"finnish letters", "Mitä tehtiin", "mita-tehtiin"},
		{"capitals folded", "ÄÖÅ äöå", "aoa-aoa"},
		{"other accents", "Café über", "cafe-uber"},
		{"punctuation runs", "SHL 7 § – 1 kohta", "shl-7-1-kohta"},
		{"trimmed", "  ?Tulokset!  ", "tulokset"},
		{"already a slug", "2021-03-vaikuttavuus", "2021-03-vaikuttavuus"},
		{"underscore separates", "oma_tiedosto", "oma-tiedosto"},
		{"decomposed ä", "Ma\u0308a\u0308ra\u0308", "maara"},
		{"non-latin letters kept", "Ωmega", "ωmega"},
		{"nothing left", "§ – ?", "osio"},
		{"empty", "", "osio"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := anchor(tt.in); got != tt.want {
				t.Errorf("anchor(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIDsUnique(t *testing.T) {
	in := "## Tulokset\n\n## Tulokset\n\n## Callout 1\n\n> [!vinkki]\n> x\n\n> [!huomio]\n> y\n\n## Tulokset 2\n"
	doc, _ := Parse("x.md", []byte(in), 1, Options{})
	var got []string
	for _, h := range doc.Headings {
		got = append(got, h.ID)
	}
	html := string(doc.Render("x.md", nil).HTML)
	want := []string{"tulokset", "tulokset-2", "callout-1", "tulokset-2-2"}
	if len(got) != len(want) {
		t.Fatalf("got ids %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("heading %d: got id %q, want %q", i, got[i], want[i])
		}
	}
	for _, callout := range []string{`id="callout-1-2"`, `aria-labelledby="callout-1-2"`, `id="callout-2"`} {
		if !contains(html, callout) {
			t.Errorf("rendered HTML lacks %s:\n%s", callout, html)
		}
	}
}

package content

import "testing"

// TestLicenceErrors: a licence key that is not in the licence table, or an
// adapted_from address that is not a web address, names file:line:col,
// and a near miss gets a "did you mean".
func TestLicenceErrors(t *testing.T) {
	tests := []struct {
		name, in, want, hint string
	}{
		{"unknown key", "---\ntitle: X\nlicence: CC-BY-40\n---\n",
			`content/a.md:3:10: unknown licence "CC-BY-40"`, `did you mean "CC-BY-4.0"?`},
		{"lower case", "---\ntitle: X\nlicence: cc-by-sa-4.0\n---\n",
			`content/a.md:3:10: unknown licence "cc-by-sa-4.0"`, `did you mean "CC-BY-SA-4.0"?`},
		{"nothing close", "---\ntitle: X\nlicence: GPL-3.0-or-later\n---\n",
			`content/a.md:3:10: unknown licence "GPL-3.0-or-later"`, `use one of "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "all-rights-reserved"`},
		{"adapted_from without a web address", "---\ntitle: X\nadapted_from:\n  title: Alkuteos\n  url: julkaisut/x.md\n---\n",
			`content/a.md:5:8: adapted_from url "julkaisut/x.md" is not a web address`, "write the original's address in full, e.g. https://www.julkari.fi/…"},
		{"adapted_from without a title", "---\ntitle: X\nadapted_from: {url: \"https://example.fi\"}\n---\n",
			`content/a.md:3:15: missing required front matter key "adapted_from.title"`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ds := Parse("a.md", []byte(tt.in))
			if doc != nil || !ds.HasErrors() {
				t.Fatalf("input %q: got no error, want %q", tt.in, tt.want)
			}
			if got := ds[0].Pos() + ": " + ds[0].Message; got != tt.want {
				t.Errorf("input %q:\ngot  %s\nwant %s", tt.in, got, tt.want)
			}
			if tt.hint != "" && ds[0].Hint != tt.hint {
				t.Errorf("hint %q, want %q", ds[0].Hint, tt.hint)
			}
		})
	}
}

func TestLicenceAccepted(t *testing.T) {
	for _, in := range []string{
		"---\ntitle: X\n---\n",
		"---\ntitle: X\nlicence: all-rights-reserved\n---\n",
		"---\ntitle: X\nlicence: CC0-1.0\nadapted_from: {title: Alkuteos, author: Tuikka, url: \"https://example.fi/a\"}\n---\n",
	} {
		doc, ds := Parse("a.md", []byte(in))
		if doc == nil || len(ds) > 0 {
			t.Errorf("input %q: %v", in, ds)
		}
	}
	doc, _ := Parse("a.md", []byte("---\ntitle: X\nadapted_from: {title: Alkuteos, author: Tuikka}\n---\n"))
	if doc == nil || doc.Meta.AdaptedFrom == nil || doc.Meta.AdaptedFrom.Author != "Tuikka" {
		t.Errorf("adapted_from not decoded: %+v", doc)
	}
}

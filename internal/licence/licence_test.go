package licence

import (
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		name, key, msg, hint string
	}{
		{"known", "CC-BY-4.0", "", ""},
		{"known, not reusable", "all-rights-reserved", "", ""},
		{"typo", "CC-BY-40", `unknown licence "CC-BY-40"`, `did you mean "CC-BY-4.0"?`},
		{"case and spaces", "cc by sa 4.0", `unknown licence "cc by sa 4.0"`, `did you mean "CC-BY-SA-4.0"?`},
		{"public domain typo", "CCO-1.0", `unknown licence "CCO-1.0"`, `did you mean "CC0-1.0"?`},
		{"nothing close", "GPL", `unknown licence "GPL"`, `use one of "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "all-rights-reserved"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg, hint := Check(tt.key)
			if msg != tt.msg || hint != tt.hint {
				t.Errorf("Check(%q) = %q, %q; want %q, %q", tt.key, msg, hint, tt.msg, tt.hint)
			}
		})
	}
}

func TestOf(t *testing.T) {
	tests := []struct {
		name, own, site, want string
	}{
		{"own wins", "CC0-1.0", "CC-BY-SA-4.0", "CC0-1.0"},
		{"site when none", "", "CC-BY-SA-4.0", "CC-BY-SA-4.0"},
		{"default when neither", "", "", Default},
		{"unknown falls back to default", "bogus", "CC0-1.0", Default},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Of(tt.own, tt.site).Key; got != tt.want {
				t.Errorf("Of(%q, %q) = %q, want %q", tt.own, tt.site, got, tt.want)
			}
		})
	}
}

// TestTable keeps the table sound: every reusable licence links to a deed
// and a canonical URL, and names itself in both languages.
func TestTable(t *testing.T) {
	for _, k := range Keys() {
		l, _ := Lookup(k)
		if l.Short == "" || l.NameFi == "" || l.NameEn == "" || l.SummaryFi == "" || l.SummaryEn == "" {
			t.Errorf("%s: a name or summary is missing: %+v", k, l)
		}
		if l.Reusable && (!strings.HasPrefix(l.Deed, "https://creativecommons.org/") || !strings.HasPrefix(l.URL, "https://creativecommons.org/")) {
			t.Errorf("%s: reusable but deed %q, URL %q", k, l.Deed, l.URL)
		}
	}
	if l, _ := Lookup("all-rights-reserved"); l.Reusable {
		t.Error("all-rights-reserved must not be reusable")
	}
}

func TestAttribution(t *testing.T) {
	by, _ := Lookup("CC-BY-4.0")
	arr, _ := Lookup("all-rights-reserved")
	tests := []struct {
		name   string
		w      Work
		fi, en string
	}{
		{"TASL",
			Work{Title: "Orientaatio", Authors: []string{"SOSRAKE-osaamisverkosto"}, Source: "https://example.fi/opintojakso/01/", Licence: by},
			"”Orientaatio”. Tekijä: SOSRAKE-osaamisverkosto. Lähde: https://example.fi/opintojakso/01/. Lisenssi: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.fi).",
			"“Orientaatio” by SOSRAKE-osaamisverkosto. Source: https://example.fi/opintojakso/01/. Licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)."},
		{"two authors, adapted",
			Work{Title: "Luku", Authors: []string{"Virtanen, Aino", "Korhonen, Eero"}, Source: "ideakirja/luku/", Licence: by,
				Origin: &Origin{Title: "Alkuteos", Author: "Tuikka", URL: "https://example.fi/a"}},
			"”Luku”. Tekijät: Virtanen, Aino; Korhonen, Eero. Lähde: ideakirja/luku/. Lisenssi: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.fi). Muokattu teoksesta ”Alkuteos” (Tuikka, https://example.fi/a).",
			"“Luku” by Virtanen, Aino; Korhonen, Eero. Source: ideakirja/luku/. Licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Adapted from “Alkuteos” (Tuikka, https://example.fi/a)."},
		{"all rights reserved",
			Work{Title: "X", Authors: []string{"Y"}, Source: "x/", Licence: arr},
			"”X”. Tekijä: Y. Lähde: x/. Kaikki oikeudet pidätetään.",
			"“X” by Y. Source: x/. All rights reserved."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Attribution(tt.w); got != tt.fi {
				t.Errorf("Attribution:\ngot  %s\nwant %s", got, tt.fi)
			}
			if got := AttributionEn(tt.w); got != tt.en {
				t.Errorf("AttributionEn:\ngot  %s\nwant %s", got, tt.en)
			}
		})
	}
}

func TestText(t *testing.T) {
	by, _ := Lookup("CC-BY-4.0")
	got := Text(by, []Work{{Title: "T", Authors: []string{"A"}, Source: "s/", Licence: by}})
	for _, want := range []string{"Creative Commons Nimeä 4.0 Kansainvälinen\n", "https://creativecommons.org/licenses/by/4.0/deed.fi",
		"https://creativecommons.org/licenses/by/4.0/legalcode", "”T”. Tekijä: A."} {
		if !strings.Contains(got, want) {
			t.Errorf("LICENSE text lacks %q:\n%s", want, got)
		}
	}
	for _, line := range strings.Split(got, "\n") {
		if len([]rune(line)) > 72 && !strings.Contains(line, "https://") {
			t.Errorf("a line without an address is longer than 72 characters: %q", line)
		}
	}
}

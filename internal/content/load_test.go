package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, path, in, want string
	}{
		{"unknown key", "teemat/a.md", "---\ntitel: X\nmonth: \"2021-03\"\n---\n",
			`content/teemat/a.md:2:1: unknown front matter key "titel"|did you mean "title"?`},
		{"no closing line", "a.md", "---\ntitle: X\n", `content/a.md:1:1: front matter has no closing "---"`},
		{"missing front matter", "a.md", "# Otsikko\n", `content/a.md:1:1: missing front matter`},
		{"empty file", "a.md", "", `content/a.md:1:1: file is empty`},
		{"invalid yaml", "a.md", "---\ntitle: X\n  summary: [\n---\n", `content/a.md:3:1: invalid YAML`},
		{"wrong type", "tapaukset/a.md", "---\ntitle: X\norganisation: [iso]\nregion: Kainuu\nyear: viime vuonna\n---\n",
			`content/tapaukset/a.md:5:7: year: expected a whole number, found text "viime vuonna"`},
		{"missing required", "teemat/a.md", "---\ntitle: X\n---\n", `content/teemat/a.md:2:1: missing required front matter key "month"`},
		{"bom", "a.md", "\ufeff---\ntitle: X\n---\n", `content/a.md:1:1: file starts with a byte-order mark (BOM)`},
		{"crlf", "a.md", "---\r\ntitle: X\r\n---\r\n", `content/a.md:1:4: line ends with CRLF`},
		{"latin-1", "a.md", "---\ntitle: Ty\xf6\n---\n", `content/a.md:2:10: file is not valid UTF-8 (byte 0xf6)`},
		{"bad enum", "teemat/a.md", "---\ntitle: X\nmonth: \"2021-03\"\nvisibility: sisainen\n---\n",
			`content/teemat/a.md:4:13: visibility: expected one of "public", "internal", found "sisainen"`},
		{"bad month", "teemat/a.md", "---\ntitle: X\nmonth: maaliskuu\n---\n",
			`content/teemat/a.md:3:8: month: expected a month as "YYYY-MM"`},
		{"module hours", "opintojakso/m.md", "---\ntitle: M\norder: 1\nhours: 10\noutcomes: [a]\nactivities:\n  - {type: webinaari, title: W, hours: 4}\n---\n",
			`content/opintojakso/m.md:4:8: module hours are 10 but its activities add up to 4 h`},
		{"case without organisation", "tapaukset/a.md", "---\ntitle: X\nregion: Kainuu\nyear: 2021\n---\n",
			`content/tapaukset/a.md:2:8: missing required front matter key "organisation"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ds := Parse(tt.path, []byte(tt.in))
			if doc != nil || !ds.HasErrors() {
				t.Fatalf("input %q: got no error, want %q", tt.in, tt.want)
			}
			msg, hint, _ := strings.Cut(tt.want, "|")
			got := ds[0].Pos() + ": " + ds[0].Message
			if !strings.HasPrefix(got, msg) {
				t.Errorf("input %q:\ngot  %s\nwant %s", tt.in, got, msg)
			}
			if hint != "" && ds[0].Hint != hint {
				t.Errorf("hint %q, want %q", ds[0].Hint, hint)
			}
		})
	}
}

func TestLoadKinds(t *testing.T) {
	fsys := fstest.MapFS{
		"content/_index.md":              {Data: []byte("---\ntitle: Etusivu\n---\nHei\n")},
		"content/teemat/2021-03-v.md":    {Data: []byte("---\ntitle: V\nmonth: \"2021-03\"\n---\n")},
		"content/opintojakso/_index.md":  {Data: []byte("---\ntitle: K\ncredits: 5\ncode: X\neducational_level: AMK\nlanguage: fi\noutcomes: [a]\nassessment:\n  - {grade: suoriutuva, criteria: c}\n---\n")},
		"content/teemat/kuva.png":        {Data: []byte("png")},
		"content/teemat/.luonnos.md.swp": {Data: []byte("x")},
	}
	set, ds := Load(fsys)
	if len(ds) != 0 {
		t.Fatalf("diagnostics: %v", ds)
	}
	var got []string
	for _, d := range set.Docs {
		got = append(got, d.Path+"="+string(d.Kind))
	}
	want := "_index.md=page opintojakso/_index.md=course teemat/2021-03-v.md=theme"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
	if len(set.Assets) != 1 || set.Assets[0] != "teemat/kuva.png" {
		t.Errorf("assets %v", set.Assets)
	}
	if set.Docs[2].BodyLine != 5 || set.Docs[0].Meta.Visibility != "public" {
		t.Errorf("body line %d, visibility %q", set.Docs[2].BodyLine, set.Docs[0].Meta.Visibility)
	}
}

package strict

import (
	"fmt"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

type month string

func (m *month) ParseScalar(s string) error {
	if len(s) != 7 || s[4] != '-' {
		return fmt.Errorf("expected a month as YYYY-MM, found %q", s)
	}
	*m = month(s)
	return nil
}

type common struct {
	Title string   `yaml:"title" required:"true"`
	Draft bool     `yaml:"draft"`
	Tags  []string `yaml:"tags"`
}

type material struct {
	Title string `yaml:"title" required:"true"`
}

type theme struct {
	common    `yaml:",inline"`
	Month     month      `yaml:"month"`
	Year      int        `yaml:"year"`
	Hours     float64    `yaml:"hours"`
	Materials []material `yaml:"materials"`
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"valid", "title: X\ntags: [a, b]\nmonth: 2021-03\nhours: 1.5\n", ""},
		{"unknown key", "title: X\ntitel: Y\n", `2:1: unknown front matter key "titel" (did you mean "title"?)`},
		{"missing required", "draft: true\n", `1:1: missing required front matter key "title" (add a line "title: …")`},
		{"wrong bool", "title: X\ndraft: joo\n", `2:8: draft: expected true or false, found text "joo" (write true or false)`},
		{"scalar for list", "title: X\ntags: foo\n", `2:7: tags: expected a list, found text "foo" (write a list, e.g. tags: [foo])`},
		{"wrong int", "title: X\nyear: kaksi\n", `2:7: year: expected a whole number, found text "kaksi"`},
		{"scalar type", "title: X\nmonth: maaliskuu\n", `2:8: month: expected a month as YYYY-MM, found "maaliskuu"`},
		{"nested required and unknown", "title: X\nmaterials:\n  - titel: a\n", `3:5: unknown front matter key "materials.0.titel" (did you mean "title"?); 3:5: missing required front matter key "materials.0.title" (add a line "title: …")`},
		{"list for text", "title: [a]\n", `1:8: title: expected text, found a list`},
		{"alias", "title: &t X\nmonth: *t\n", `2:8: month: YAML aliases (*t) are not supported (write the value out in full)`},
		{"empty optional text", "title: X\nmonth:\n", ""},
		{"empty required text", "title:\n", `1:1: front matter key "title" has no value (write a value after "title:")`},
		{"duplicate key", "title: X\ntitle: Y\n", `2:1: key "title" appears twice (remove one of them)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var n yaml.Node
			if err := yaml.Unmarshal([]byte(tt.in), &n); err != nil {
				t.Fatal(err)
			}
			var out theme
			probs, _ := Decode(&n, &out, "front matter")
			var got []string
			for _, p := range probs {
				s := fmt.Sprintf("%d:%d: %s", p.Line, p.Col, p.Message)
				if p.Hint != "" {
					s += " (" + p.Hint + ")"
				}
				got = append(got, s)
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("input:\n%s\ngot  %s\nwant %s", tt.in, g, tt.want)
			}
		})
	}
}

func TestPositions(t *testing.T) {
	var n yaml.Node
	if err := yaml.Unmarshal([]byte("title: X\ntags:\n  - a\n  - b\n"), &n); err != nil {
		t.Fatal(err)
	}
	var out theme
	_, pos := Decode(&n, &out, "front matter")
	if got, want := pos["tags.1"], (Pos{4, 5}); got != want {
		t.Errorf("tags.1 at %v, want %v", got, want)
	}
	if out.Tags[1] != "b" || out.Title != "X" {
		t.Errorf("decoded %+v", out)
	}
}

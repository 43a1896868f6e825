package config

import (
	"strings"
	"testing"
)

const minimal = "title: T\nlanguage: fi\ntargets:\n  - {name: public, output: public, include: [public]}\n"

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unknown key", minimal + "menus: []\n", `site.yaml:5:1: unknown site.yaml key "menus"`},
		{"bad visibility", "title: T\nlanguage: fi\ntargets:\n  - {name: p, output: p, include: [publik]}\n", `site.yaml:4:36: unknown visibility "publik"`},
		{"duplicate target", minimal + "  - {name: public, output: x, include: [public]}\n", `site.yaml:5:12: target "public" is declared twice`},
		{"unknown taxonomy", minimal + "taxonomies:\n  - {name: levels, label: L, terms: [{key: a, label: A}]}\n", `site.yaml:6:12: unknown taxonomy "levels"`},
		{"bad term key", minimal + "taxonomies:\n  - {name: level, label: L, terms: [{key: Mikro Taso, label: A}]}\n", `site.yaml:6:43: term key "Mikro Taso" is not a lower-case slug`},
		{"missing targets", "title: T\nlanguage: fi\n", `site.yaml:1:1: missing required site.yaml key "targets"`},
		{"tab indentation", "title: T\n\tlanguage: fi\n", `site.yaml:2:1: invalid YAML`},
		{"negative limit", minimal + "check:\n  max_sentence_words: -1\n", `site.yaml:6:23: check.max_sentence_words is negative (-1)`},
		{"limit not a number", minimal + "check:\n  max_paragraph_words: paljon\n", `site.yaml:6:24: check.max_paragraph_words: expected a whole number, found`},
		{"fractional limit", minimal + "check: {max_sentence_words: 25.5}\n", `site.yaml:5:29: check.max_sentence_words: expected a whole number, found`},
		{"unknown limit", minimal + "check:\n  max_sentence_length: 25\n", `site.yaml:6:3: unknown site.yaml key "check.max_sentence_length"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ds := Parse([]byte(tt.in))
			if len(ds) == 0 {
				t.Fatalf("no diagnostics for:\n%s", tt.in)
			}
			got := ds[0].Pos() + ": " + ds[0].Message
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("input:\n%s\ngot  %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestDefaultsAndTargets(t *testing.T) {
	c, ds := Parse([]byte(minimal + "  - {name: intranet, output: out, include: [public, internal]}\n"))
	if c == nil {
		t.Fatal(ds)
	}
	if c.Theme != "default" || c.Licence != "CC-BY-4.0" {
		t.Errorf("defaults: theme %q licence %q", c.Theme, c.Licence)
	}
	if tg, _ := c.Target(""); tg.Name != "public" {
		t.Errorf("default target %q, want public", tg.Name)
	}
	if tg, _ := c.Target("intranet"); !tg.Includes("internal") {
		t.Error("intranet should include internal")
	}
	if _, err := c.Target("intranett"); err == nil || !strings.Contains(err.Error(), `did you mean "intranet"`) {
		t.Errorf("unknown target error: %v", err)
	}
}

const statement = minimal + `accessibility:
  status: partial
  prepared: 2026-11-22
  method: self-assessment
  last_check: {date: 2026-11-22, scope: kaikki sivut, scope_sv: alla sidor}
  issues:
    - {content: a, reason: b, content_sv: c, reason_sv: d}
  feedback: {email: palaute@example.fi, responder: ylläpito, responder_sv: administratörer}
  authority: {name: Virasto, name_sv: Verket, url: https://www.saavutettavuusvaatimukset.fi/}
`

func TestAccessibility(t *testing.T) {
	c, ds := Parse([]byte(statement))
	if c == nil || c.Accessibility == nil || c.Accessibility.Status != "partial" {
		t.Fatalf("valid statement rejected: %v", ds)
	}
	tests := []struct{ name, old, new, want string }{
		{"missing required", "  method: self-assessment\n", "", `missing required site.yaml key "accessibility.method"`},
		{"bad status", "status: partial", "status: osittain", `accessibility.status "osittain" is not one of [full partial none]`},
		{"bad date", "prepared: 2026-11-22", "prepared: marraskuu", `accessibility.prepared "marraskuu" is not a date`},
		{"no feedback channel", "feedback: {email: palaute@example.fi,", "feedback: {", "accessibility.feedback names no channel"},
		{"no authority contact", ", url: https://www.saavutettavuusvaatimukset.fi/}", "}", "accessibility.authority has no contact details"},
		{"partial without issues", "  issues:\n    - {content: a, reason: b, content_sv: c, reason_sv: d}\n", "", `status "partial" needs issues`},
		{"missing Swedish", ", content_sv: c", "", `missing required site.yaml key "accessibility.issues.0.content_sv"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(statement, tt.old, tt.new, 1)
			if src == statement {
				t.Fatalf("test edit %q not found", tt.old)
			}
			_, ds := Parse([]byte(src))
			found := false
			for _, d := range ds {
				found = found || strings.Contains(d.Message, tt.want)
			}
			if !found {
				t.Errorf("want %q, got %v", tt.want, ds)
			}
		})
	}
}

// TestCheckLimits checks the plain-language limits: the defaults when the
// block or a key is left out, and 0 kept as "off".
func TestCheckLimits(t *testing.T) {
	tests := []struct {
		name                string
		in                  string
		sentence, paragraph int
	}{
		{"no block", minimal, DefaultMaxSentenceWords, DefaultMaxParagraphWords},
		{"empty block", minimal + "check:\n", DefaultMaxSentenceWords, DefaultMaxParagraphWords},
		{"one key", minimal + "check:\n  max_sentence_words: 30\n", 30, DefaultMaxParagraphWords},
		{"both keys", minimal + "check: {max_sentence_words: 20, max_paragraph_words: 100}\n", 20, 100},
		{"zero turns a hint off", minimal + "check: {max_sentence_words: 0, max_paragraph_words: 0}\n", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ds := Parse([]byte(tt.in))
			if c == nil {
				t.Fatalf("rejected:\n%s\n%v", tt.in, ds)
			}
			if c.Check.MaxSentenceWords != tt.sentence || c.Check.MaxParagraphWords != tt.paragraph {
				t.Errorf("input:\n%s\ngot limits %d and %d, want %d and %d", tt.in,
					c.Check.MaxSentenceWords, c.Check.MaxParagraphWords, tt.sentence, tt.paragraph)
			}
		})
	}
}

package export_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/osaamo/osaamo/internal/site"
)

var jsonldRE = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)

// jsonLD returns the parsed JSON-LD blocks of a page.
func jsonLD(t *testing.T, name string, page []byte) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, m := range jsonldRE.FindAllSubmatch(page, -1) {
		var v map[string]any
		if err := json.Unmarshal(m[1], &v); err != nil {
			t.Errorf("%s: JSON-LD does not parse: %v\n%s", name, err, m[1])
			continue
		}
		out = append(out, v)
	}
	return out
}

var durationRE = regexp.MustCompile(`^PT(\d+H)?(\d+M)?$`)

// TestJSONLD reads the built pages of the shipped site: every course,
// module, idea-book chapter and theme page has one LearningResource with
// the fields the Finnish Library of Open Educational Resources asks for,
// and no other page has one.
func TestJSONLD(t *testing.T) {
	res := buildShipped(t)
	learning := 0
	for _, p := range res.Site.Pages {
		blocks := jsonLD(t, p.Out, res.Files[p.Out])
		kind := ""
		if p.Doc != nil {
			kind = string(p.Doc.Kind)
		}
		switch kind {
		case "course", "module", "chapter", "theme":
		default:
			if len(blocks) > 0 {
				t.Errorf("%s (%s) is not learning material but has JSON-LD", p.Out, p.Kind)
			}
			continue
		}
		learning++
		if len(blocks) != 1 {
			t.Errorf("%s: %d JSON-LD blocks, want 1", p.Out, len(blocks))
			continue
		}
		checkLearningResource(t, p, blocks[0])
	}
	if learning < 35 {
		t.Errorf("checked %d learning pages, want the course, its modules, the chapters and the themes", learning)
	}
}

func checkLearningResource(t *testing.T, p *site.Page, v map[string]any) {
	t.Helper()
	str := func(k string) string { s, _ := v[k].(string); return s }
	list := func(k string) []any { l, _ := v[k].([]any); return l }
	if str("@context") != "https://schema.org" || str("@type") != "LearningResource" {
		t.Errorf("%s: @context %q, @type %q", p.Out, str("@context"), str("@type"))
	}
	if str("name") != p.Title {
		t.Errorf("%s: name %q, want the title %q", p.Out, str("name"), p.Title)
	}
	for _, k := range []string{"description", "inLanguage", "learningResourceType", "license"} {
		if str(k) == "" {
			t.Errorf("%s: no %s", p.Out, k)
		}
	}
	if str("inLanguage") != "fi" || !strings.HasPrefix(str("license"), "https://creativecommons.org/") {
		t.Errorf("%s: inLanguage %q, license %q", p.Out, str("inLanguage"), str("license"))
	}
	authors := list("author")
	if len(authors) == 0 {
		t.Errorf("%s: no author", p.Out)
	}
	for _, a := range authors {
		if m, _ := a.(map[string]any); m["name"] == "" || m["@type"] == "" {
			t.Errorf("%s: author %v", p.Out, a)
		}
	}
	if len(list("teaches")) == 0 {
		t.Errorf("%s: teaches nothing", p.Out)
	}
	switch p.Doc.Kind {
	case "course", "module":
		if str("educationalLevel") == "" || !durationRE.MatchString(str("timeRequired")) || str("timeRequired") == "PT" {
			t.Errorf("%s: educationalLevel %q, timeRequired %q", p.Out, str("educationalLevel"), str("timeRequired"))
		}
		if p.Doc.Module != nil {
			if len(list("teaches")) != len(p.Doc.Module.Outcomes) {
				t.Errorf("%s: teaches %d things, the module has %d outcomes", p.Out, len(list("teaches")), len(p.Doc.Module.Outcomes))
			}
			if part, _ := v["isPartOf"].(map[string]any); part == nil || part["@type"] != "Course" {
				t.Errorf("%s: isPartOf %v, want the course", p.Out, v["isPartOf"])
			}
		}
	case "chapter":
		if part, _ := v["isPartOf"].(map[string]any); part == nil || part["name"] == "" {
			t.Errorf("%s: isPartOf %v, want the idea book", p.Out, v["isPartOf"])
		}
	}
}

// TestJSONLDFields checks the values for a known page: workload as an ISO
// 8601 duration, the page's address under base_url, the work it is based
// on, and a title that tries to close the script element.
func TestJSONLDFields(t *testing.T) {
	chapter := "---\ntitle: \"Luku </script><script>alert(1)</script> & <!--\"\norder: 1\nphase: johdanto\n" +
		"summary: Lyhyt kuvaus.\nauthors: [\"Virtanen, Aino\"]\nlicence: CC0-1.0\n" +
		"adapted_from: {title: Vuosikello, author: Tuikka, url: \"https://example.fi/vuosikello\"}\n" +
		"competence: [tiedon-kokoaminen]\nlevel: [mikro]\n---\n## Kirjan käyttö\n\nLue.\n"
	res := buildFixture(t, map[string]string{"content/ideakirja/01-johdanto.md": chapter})
	page := res.Files["ideakirja/01-johdanto/index.html"]
	script := jsonldRE.FindSubmatch(page)
	if script == nil {
		t.Fatal("no JSON-LD")
	}
	if strings.Contains(strings.ToLower(string(script[1])), "<") {
		t.Errorf("a raw < inside the script element:\n%s", script[1])
	}
	v := jsonLD(t, "chapter", page)[0]
	want := map[string]any{
		"name":        "Luku </script><script>alert(1)</script> & <!--",
		"description": "Lyhyt kuvaus.",
		"url":         "https://osaamo.example/ideakirja/01-johdanto/",
		"license":     "https://creativecommons.org/publicdomain/zero/1.0/",
	}
	for k, w := range want {
		if v[k] != w {
			t.Errorf("%s = %v, want %v", k, v[k], w)
		}
	}
	based, _ := v["isBasedOn"].(map[string]any)
	if based == nil || based["name"] != "Vuosikello" || based["url"] != "https://example.fi/vuosikello" {
		t.Errorf("isBasedOn = %v", v["isBasedOn"])
	}
	if a, _ := v["author"].([]any); len(a) != 1 || a[0].(map[string]any)["name"] != "Virtanen, Aino" || a[0].(map[string]any)["@type"] != "Person" {
		t.Errorf("author = %v", v["author"])
	}

	course := jsonLD(t, "course", res.Files["opintojakso/index.html"])[0]
	if course["timeRequired"] != "PT27H" || course["educationalLevel"] != "AMK" || course["learningResourceType"] != "course" {
		t.Errorf("course: timeRequired %v, educationalLevel %v, type %v", course["timeRequired"], course["educationalLevel"], course["learningResourceType"])
	}
	if parts, _ := course["hasPart"].([]any); len(parts) != 2 {
		t.Errorf("course hasPart %v, want its two modules", course["hasPart"])
	}
	module := jsonLD(t, "module", res.Files["opintojakso/01-orientaatio/index.html"])[0]
	if module["timeRequired"] != "PT20H" || module["educationalLevel"] != "AMK" {
		t.Errorf("module: timeRequired %v, educationalLevel %v", module["timeRequired"], module["educationalLevel"])
	}
}

package build

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/osaamo/osaamo/internal/site"
	"github.com/osaamo/osaamo/internal/testsite"
)

// buildShipped builds the repository's own content/ and site.yaml.
func buildShipped(t *testing.T, target string) *Result {
	t.Helper()
	res, err := Run(os.DirFS(testsite.Root()), Options{Target: target, Today: "2022-03-15"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diags) > 0 {
		t.Fatalf("the shipped content must build with no errors or warnings:\n%s", res.Diags.Error())
	}
	return res
}

// TestShippedContent holds the promises of the shipped material (issue 3)
// so that later edits cannot break them silently.
func TestShippedContent(t *testing.T) {
	res := buildShipped(t, "intranet")
	buildShipped(t, "public")
	count := map[string]int{}
	var pages []*site.Page
	for _, p := range res.Site.Pages {
		if p.Doc == nil {
			continue
		}
		pages = append(pages, p)
		count[string(p.Doc.Kind)]++
	}
	minimum := map[string]int{"theme": 18, "case": 12, "chapter": 10, "course": 1, "module": 6, "publication": 10, "term": 30, "path": 3}
	for kind, n := range minimum {
		if count[kind] < n {
			t.Errorf("%d documents of kind %s, want at least %d", count[kind], kind, n)
		}
	}

	t.Run("every content file has a rendered page", func(t *testing.T) {
		for _, p := range pages {
			if _, ok := res.Files[p.Out]; !ok {
				t.Errorf("%s: no output file %s", p.Doc.File, p.Out)
			}
		}
		if _, ok := res.Files["index.html"]; !ok {
			t.Error("no index.html")
		}
	})

	t.Run("every page has competence and level terms", func(t *testing.T) {
		for _, p := range pages {
			if len(p.Doc.Meta.Competence) == 0 || len(p.Doc.Meta.Level) == 0 {
				t.Errorf("%s: needs at least one competence and one level term", p.Doc.File)
			}
		}
	})

	t.Run("course workload is credits times 27 hours", func(t *testing.T) {
		var credits int
		var hours float64
		for _, p := range pages {
			if p.Doc.Course != nil {
				credits = p.Doc.Course.Credits
			}
			if p.Doc.Module != nil {
				hours += p.Doc.Module.Hours
			}
		}
		if credits != 5 || hours != 135 {
			t.Errorf("course has %d credits and %g module hours, want 5 and 135", credits, hours)
		}
	})

	t.Run("cases and themes or chapters link each other", func(t *testing.T) {
		linksTo := func(p *site.Page, kinds ...string) bool {
			for _, l := range p.Parsed.Links {
				if q := res.Site.TargetPage(p.Doc.Path, l.Target); q != nil {
					for _, k := range kinds {
						if q.Kind == k {
							return true
						}
					}
				}
			}
			return false
		}
		for _, p := range pages {
			switch p.Kind {
			case "case":
				if !linksTo(p, "theme", "chapter") {
					t.Errorf("%s links to no theme or idea-book chapter", p.Doc.File)
				}
			case "theme", "chapter":
				if !linksTo(p, "case") {
					t.Errorf("%s links to no case", p.Doc.File)
				}
			}
		}
	})

	t.Run("themes are the months of the platform", func(t *testing.T) {
		want := "2021-02 2021-03 2021-04 2021-05 2021-06 2021-07 2021-09 2021-10 2021-11 2021-12 " +
			"2022-01 2022-02 2022-03 2022-04 2022-05 2022-06 2022-09 2022-10"
		var got []string
		for _, p := range pages {
			if p.Doc.Theme != nil {
				got = append(got, string(p.Doc.Theme.Month))
			}
		}
		if strings.Join(got, " ") != want {
			t.Errorf("theme months\n got %s\nwant %s", strings.Join(got, " "), want)
		}
	})

	t.Run("key facts match the sources", func(t *testing.T) {
		facts := []struct{ file, text string }{
			{"content/tapaukset/kainuu-sosiaalinen-raportointi.md", "1.1.2021"},
			{"content/julkaisut/osaamiskartoitus-2021.md", "978-952-344-311-2"},
			{"content/teemat/2021-03-vaikuttavuus.md", "Vaikuttavuus"},
			{"content/teemat/2022-02-hyte-ja-rake.md", "HYTE"},
			{"content/opintojakso/03-juuret-nykytila-ja-tulevaisuus.md", "6.4.2022"},
			{"content/opintojakso/05-tiedolla-vaikuttaminen-ja-johtaminen.md", "18.5.2022"},
			{"content/ideakirja/_index.md", "Tuikka"},
			{"content/julkaisut/rakenteellisen-sosiaalityon-opas-2022.md", "978-952-493-404-6"},
			{"content/julkaisut/ideakirja-2022.md", "oerfi-202212_00025926_4"},
			{"content/opintojakso/_index.md", "credits: 5"},
		}
		for _, f := range facts {
			b, err := os.ReadFile(testsite.Root() + "/" + f.file)
			if err != nil {
				t.Error(err)
				continue
			}
			if !strings.Contains(string(b), f.text) {
				t.Errorf("%s should mention %q (from the sources)", f.file, f.text)
			}
		}
	})

	t.Run("no personal contact details", func(t *testing.T) {
		email := regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}`)
		phone := regexp.MustCompile(`(\+358|\b0)[ -]?\d{2}[ -]?\d{3,4}[ -]?\d{3,4}\b`)
		for _, p := range pages {
			src := string(p.Doc.Source)
			if m := email.FindString(src); m != "" {
				t.Errorf("%s contains an e-mail address %q", p.Doc.File, m)
			}
			if m := phone.FindString(src); m != "" {
				t.Errorf("%s contains what looks like a phone number %q", p.Doc.File, m)
			}
		}
	})
}

// TestAccessibilityStatement: the statement is published in Finnish and
// Swedish, each page in its own language, and every page links both.
func TestAccessibilityStatement(t *testing.T) {
	res := buildShipped(t, "public")
	fi, sv := string(res.Files["saavutettavuusseloste/index.html"]), string(res.Files["tillganglighetsutlatande/index.html"])
	if !strings.Contains(fi, `<html lang="fi">`) || !strings.Contains(fi, "<h1>Saavutettavuusseloste</h1>") {
		t.Error("Finnish statement missing or not in Finnish")
	}
	if !strings.Contains(sv, `<html lang="sv">`) || !strings.Contains(sv, "<h1>Tillgänglighetsutlåtande</h1>") {
		t.Error("Swedish statement missing or not in Swedish")
	}
	for _, want := range []string{"306/2019", "14 päivän", "Lupa- ja valvontavirasto", "22.11.2026"} {
		if !strings.Contains(fi, want) {
			t.Errorf("Finnish statement lacks %q", want)
		}
	}
	for _, p := range res.Files.Paths() {
		// Print views are documents without site chrome.
		if !strings.HasSuffix(p, ".html") || strings.Contains(p, "tulosta/") {
			continue
		}
		b := string(res.Files[p])
		i := strings.LastIndex(b, "<footer")
		if i < 0 {
			t.Errorf("%s has no footer", p)
			continue
		}
		footer := b[i:]
		for _, page := range []string{"saavutettavuusseloste/", "tillganglighetsutlatande/"} {
			if !strings.Contains(footer, page+"index.html") && !(strings.HasPrefix(p, page) && strings.Contains(footer, `"index.html"`)) {
				t.Errorf("%s: footer does not link %s", p, page)
			}
		}
	}
}

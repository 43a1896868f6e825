package browsertest

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/osaamo/osaamo/internal/build"
	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/testsite"
)

// TestShippedSite runs the browser suite on the shipped site, built for
// 2022-03-15 like the other whole-site tests, and fails with every problem
// found: page, check, rule, element and message.
//
// Every page is served under a subpath with the strict CSP and gets the
// checks that content can break: axe-core (WCAG 2.1 A and AA) in light mode,
// unique ids, requests (no other host, no failure, no 404), CSP, reduced
// motion, reflow at 320 px and text spacing. The deep set — one page of
// every layout (see deepPages) — also gets the keyboard walk, the skip
// link, the filters and path progress by keyboard, dark-mode contrast,
// and is opened from disk (file://). Links on every page must resolve to
// files on disk. The search is used by keyboard, served and from disk.
//
// OSAAMO_BROWSER_DEEP=all gives every page every check (minutes slower);
// OSAAMO_BROWSER_PAGES=a/index.html,b/index.html checks only those pages.
func TestShippedSite(t *testing.T) {
	s := needBrowser(t)
	public := buildShipped(t, "public")

	t.Run("public", func(t *testing.T) {
		pages := htmlPages(public.Files)
		deep := deepPages(public)
		if only := os.Getenv("OSAAMO_BROWSER_PAGES"); only != "" {
			pages = strings.Split(only, ",")
			deep = pages
		}
		if os.Getenv("OSAAMO_BROWSER_DEEP") == "all" {
			deep = pages
		}
		r := s.run(t, job{
			Base:      serveFiles(t, public.Files),
			Pages:     pages,
			Deep:      deep,
			FileBase:  fileURL(writeFiles(t, public.Files)),
			FilePages: deep,
			Search:    searchJob(public.Files),
		})
		t.Logf("checked %d served pages (%d deep) and %d from disk in %.0f s", r.Pages, r.Deep, r.FilePages, r.Seconds)
		if r.Pages != len(pages) {
			t.Errorf("run.mjs checked %d pages, want %d", r.Pages, len(pages))
		}
		problems := append(r.Problems, linksOnDisk(public.Files)...)
		if len(problems) > 0 {
			t.Errorf("%d accessibility problems in the shipped site:\n%s", len(problems), format(problems))
		}
	})

	// The intranet build differs only where internal material shows; those
	// few pages get every check.
	t.Run("intranet", func(t *testing.T) {
		intranet := buildShipped(t, "intranet")
		var pages []string
		for _, p := range htmlPages(intranet.Files) {
			if !bytes.Equal(intranet.Files[p], public.Files[p]) {
				pages = append(pages, p)
			}
		}
		problems := linksOnDisk(intranet.Files)
		if len(pages) > 0 {
			r := s.run(t, job{Base: serveFiles(t, intranet.Files), Pages: pages, Deep: pages})
			t.Logf("checked the %d intranet pages that differ from the public build in %.0f s", r.Pages, r.Seconds)
			problems = append(problems, r.Problems...)
		}
		if len(problems) > 0 {
			t.Errorf("%d accessibility problems in the intranet build:\n%s", len(problems), format(problems))
		}
	})
}

// buildShipped builds the repository's own site for target.
func buildShipped(t testing.TB, target string) *build.Result {
	t.Helper()
	res, err := build.Run(os.DirFS(testsite.Root()), build.Options{Target: target, Today: "2022-03-15"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Diags.HasErrors() {
		t.Fatalf("the shipped site does not build for target %s:\n%s", target, res.Diags.Error())
	}
	return res
}

// deepPages picks one page of every layout for the checks that only the
// theme can break: every page that is one of a kind (home, each section
// list, each taxonomy index, 404, search), and of each content kind and
// of each taxonomy's term pages the one with the most HTML, as the one most
// likely to use every part of its layout.
func deepPages(res *build.Result) []string {
	chosen := map[string]bool{}
	biggest := map[string]string{}
	generated := map[string]bool{}
	for _, p := range res.Site.Pages {
		generated[p.Out] = true
		key := p.Kind
		switch p.Kind {
		case "home", "section", "taxonomy", "404", "search":
			chosen[p.Out] = true
			continue
		case "taxonomy-term":
			if p.Taxonomy != nil {
				key += " " + p.Taxonomy.Name
			}
		}
		b, ok := biggest[key]
		if !ok || len(res.Files[p.Out]) > len(res.Files[b]) || len(res.Files[p.Out]) == len(res.Files[b]) && p.Out < b {
			biggest[key] = p.Out
		}
	}
	for _, out := range biggest {
		chosen[out] = true
	}
	var deep []string
	for _, name := range htmlPages(res.Files) {
		if chosen[name] || !generated[name] {
			deep = append(deep, name)
		}
	}
	return deep
}

// searchJob describes the theme's search for run.mjs, when the site has it.
func searchJob(files output.Files) *searchCheck {
	for _, name := range htmlPages(files) {
		if bytes.Contains(files[name], []byte(`id="search-results"`)) {
			return &searchCheck{From: "index.html", Query: "raportoinnista",
				Results: "#search-results a[href]", Status: "#search-status"}
		}
	}
	return nil
}

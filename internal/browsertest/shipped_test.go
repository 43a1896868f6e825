package browsertest

import (
	"os"
	"strings"
	"testing"

	"github.com/osaamo/osaamo/internal/build"
	"github.com/osaamo/osaamo/internal/testsite"
)

// TestShippedSite runs every check of the browser suite on every page of
// the shipped site, served under a subpath with the strict CSP and opened
// from disk, and fails with each problem found: page, check, rule, element.
func TestShippedSite(t *testing.T) {
	s := needBrowser(t)
	res, err := build.Run(os.DirFS(testsite.Root()), build.Options{Today: "2022-03-15"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Diags.HasErrors() {
		t.Fatalf("the shipped site does not build:\n%s", res.Diags.Error())
	}
	pages := htmlPages(res.Files)
	if only := os.Getenv("OSAAMO_BROWSER_PAGES"); only != "" {
		// For working on one page: a comma-separated list of output paths.
		pages = strings.Split(only, ",")
	}
	r := s.run(t, job{
		Base:      serveFiles(t, res.Files),
		Pages:     pages,
		FileBase:  fileURL(writeFiles(t, res.Files)),
		FilePages: pages,
	})
	t.Logf("checked %d served pages and %d from disk in %.0f s", r.Pages, r.FilePages, r.Seconds)
	if r.Pages != len(pages) {
		t.Errorf("run.mjs checked %d pages, want %d", r.Pages, len(pages))
	}
	if len(r.Problems) > 0 {
		t.Errorf("%d accessibility problems in the shipped site:\n%s", len(r.Problems), format(r.Problems))
	}
}

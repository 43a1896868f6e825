package browsertest

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/osaamo/osaamo/internal/output"
)

// TestChecksCanFail runs the suite on testdata/broken, a hand-written site
// with one deliberate fault per promise, and requires each check to report
// its fault: a suite that passes everything would otherwise look the same
// as an accessible site.
func TestChecksCanFail(t *testing.T) {
	s := needBrowser(t)
	dir, err := filepath.Abs(filepath.Join("testdata", "broken"))
	if err != nil {
		t.Fatal(err)
	}
	files := readFiles(t, dir)
	pages := []string{"index.html", "list.html"}
	r := s.run(t, job{
		Base:      serveFiles(t, files),
		Pages:     pages,
		FileBase:  fileURL(dir),
		FilePages: pages,
		Search:    &searchCheck{From: "index.html", Query: "raportointi", Results: "#search-results a[href]", Status: "#search-status"},
	})
	problems := append(r.Problems, linksOnDisk(files)...)
	t.Logf("the suite found on the broken site:\n%s", format(problems))

	tests := []struct {
		name, page, check, rule string
	}{
		{"image without alt", "index.html", "axe", "image-alt"},
		{"low contrast", "index.html", "axe", "color-contrast"},
		{"heading jump", "index.html", "axe", "heading-order"},
		{"positive tabindex", "list.html", "axe", "tabindex"},
		{"low contrast in dark mode only", "index.html", "dark-contrast", "color-contrast"},
		{"inline script", "index.html", "csp", "script-src-elem"},
		{"inline style attribute", "index.html", "csp", "style-src-attr"},
		{"external font, served", "index.html", "csp", "style-src-elem"},
		{"external font, from disk", "file:index.html", "other-host", "stylesheet"},
		{"missing image, served", "index.html", "http-status", "404"},
		{"missing image, from disk", "file:index.html", "request-failed", "image"},
		{"script error", "index.html", "js-error", "exception"},
		{"duplicate id", "index.html", "duplicate-id", "id"},
		{"animation despite reduced motion", "index.html", "reduced-motion", "nudge"},
		{"too wide for 320 px", "index.html", "reflow", "horizontal-scroll"},
		{"too wide with text spacing", "index.html", "text-spacing", "horizontal-scroll"},
		{"text cut off with text spacing", "index.html", "text-spacing", "clipped"},
		{"no visible focus", "index.html", "focus-visible", "no-indicator"},
		{"focus off screen", "index.html", "focus-visible", "off-screen"},
		{"Tab out of DOM order", "list.html", "tab-order", "order"},
		{"skip link to nowhere", "index.html", "skip-link", "target"},
		{"filters without their script", "list.html", "widget", "filter"},
		{"filters without their script, from disk", "file:list.html", "widget", "filter"},
		{"link to a missing file, in the browser", "file:index.html", "file-link", "missing"},
		{"link to a folder, in the browser", "file:index.html", "file-link", "folder"},
		{"no search box", "index.html", "search", "reach"},
		{"no search box, from disk", "file:index.html", "search", "reach"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, p := range problems {
				if p.Page == tt.page && p.Check == tt.check && (tt.rule == "" || p.Rule == tt.rule) {
					return
				}
			}
			t.Errorf("no %s %s problem on %s; the suite found:\n%s", tt.check, tt.rule, tt.page, format(problems))
		})
	}

	t.Run("Go's link check", func(t *testing.T) {
		found := map[string]bool{}
		for _, p := range linksOnDisk(files) {
			found[p.Page+" "+p.Rule+" "+p.Element] = true
		}
		for _, want := range []string{"file:index.html missing puuttuu/index.html", "file:index.html folder kansio/", "file:index.html missing puuttuu.png"} {
			if !found[want] {
				t.Errorf("linksOnDisk did not report %q; it found %v", want, found)
			}
		}
	})

	t.Run("the checks ran to the end", func(t *testing.T) {
		for _, p := range problems {
			if p.Check == "runner" {
				t.Errorf("%s: %s", p.Page, p.Message)
			}
		}
	})
}

// readFiles reads a folder into output.Files, as a build would hand them over.
func readFiles(t *testing.T, dir string) output.Files {
	t.Helper()
	files := output.Files{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = b
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 || !strings.HasSuffix(dir, "broken") {
		t.Fatalf("no fixture files in %s", dir)
	}
	return files
}

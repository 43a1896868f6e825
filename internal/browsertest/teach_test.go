package browsertest

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/render"
)

// TestPackagePages runs the browser suite on the pages teachers take with
// them (issue 7): the standalone pages inside the shipped course's Common
// Cartridge and course zip, served with the strict CSP and opened from
// disk, every check on every page. The print views are pages of the site
// and TestShippedSite checks them.
func TestPackagePages(t *testing.T) {
	s := needBrowser(t)
	res := buildShipped(t, "public")
	pl := render.PlanOf(res.Site)
	for _, name := range []string{render.CartridgePath(pl.Course), render.ZipPath(pl.Course)} {
		t.Run(filepath.Base(name), func(t *testing.T) {
			files := unzipFiles(t, res.Files[name])
			pages := htmlPages(files)
			if len(pages) < len(pl.Modules)+1 {
				t.Fatalf("%s holds %d pages, want the overview and %d modules", name, len(pages), len(pl.Modules))
			}
			r := s.run(t, job{
				Base:      serveFiles(t, files),
				Pages:     pages,
				Deep:      pages,
				FileBase:  fileURL(writeFiles(t, files)),
				FilePages: pages,
			})
			t.Logf("checked %d pages of %s in %.0f s", r.Pages, name, r.Seconds)
			problems := append(r.Problems, linksOnDisk(files)...)
			if len(problems) > 0 {
				t.Errorf("%d accessibility problems in %s:\n%s", len(problems), name, format(problems))
			}
		})
	}
}

// TestPrintBreaks prints the shipped print views to PDF in Chromium: with
// print media every module and chapter section has break-before: page, and
// the PDF has at least as many pages as there are parts, plus the cover
// and the contents.
func TestPrintBreaks(t *testing.T) {
	s := needBrowser(t)
	res := buildShipped(t, "public")
	pl := render.PlanOf(res.Site)
	want := map[string]int{
		render.PrintPath(pl.Course): len(pl.Modules) + 1, // the course's own text first
		render.PrintPath(pl.Book):   len(pl.Chapters) + 1,
	}
	b, err := json.Marshal(map[string]any{"chromium": s.chromium, "base": serveFiles(t, res.Files),
		"pages": []string{render.PrintPath(pl.Course), render.PrintPath(pl.Book)}})
	if err != nil {
		t.Fatal(err)
	}
	jobFile := filepath.Join(t.TempDir(), "print.json")
	if err := os.WriteFile(jobFile, b, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, s.node, "print.mjs", jobFile)
	cmd.Dir = s.dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node print.mjs: %v\n%s", err, stderr.String())
	}
	var got []struct {
		Page                      string
		Parts, Breaking, PDFPages int
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("read print.mjs's answer: %v\n%s", err, stdout.String())
	}
	if len(got) != len(want) {
		t.Fatalf("print.mjs answered for %d pages, want %d", len(got), len(want))
	}
	for _, g := range got {
		t.Logf("%s: %d parts, %d start a page, %d PDF pages", g.Page, g.Parts, g.Breaking, g.PDFPages)
		if g.Parts != want[g.Page] || g.Breaking != g.Parts {
			t.Errorf("%s: %d parts of which %d have break-before: page; want %d, all", g.Page, g.Parts, g.Breaking, want[g.Page])
		}
		if g.PDFPages < g.Parts+2 {
			t.Errorf("%s: %d PDF pages, want at least %d (cover, contents, one start per part)", g.Page, g.PDFPages, g.Parts+2)
		}
	}
}

// unzipFiles reads a zip into files by path.
func unzipFiles(t *testing.T, data []byte) output.Files {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	files := output.Files{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name] = b
	}
	return files
}

package markdown

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fakeResolver rewrites source paths the way the site stage would, in a form
// that is easy to recognise in golden files: "x/y.md#z" → "../x/y/#z",
// "kuva.png" → "media/kuva.png". Targets under "puuttuva/" do not resolve.
type fakeResolver struct{}

func (fakeResolver) Resolve(from, target string) (string, bool) {
	if strings.HasPrefix(target, "puuttuva/") {
		return "", false
	}
	path, frag, hasFrag := strings.Cut(target, "#")
	if strings.HasSuffix(path, ".md") {
		path = strings.TrimSuffix(strings.TrimSuffix(path, ".md"), "_index")
		href := "../" + strings.TrimPrefix(path, "../") + "/"
		href = strings.ReplaceAll(href, "//", "/")
		if hasFrag {
			href += "#" + frag
		}
		return href, true
	}
	return "media/" + target, true
}

// goldenInputs returns the Markdown files in testdata/, sorted.
func goldenInputs(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/*.md: %v", err)
	}
	return files
}

// optionsFor gives files named *_unsafe.md the UnsafeHTML option.
func optionsFor(file string) Options {
	return Options{UnsafeHTML: strings.HasSuffix(file, "_unsafe.md")}
}

// TestGolden renders each testdata/*.md and compares the HTML with
// testdata/*.html and the plain text with testdata/*.txt. Refresh them with
// go test ./internal/markdown -update, and read the diff.
func TestGolden(t *testing.T) {
	for _, file := range goldenInputs(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".md")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc, diags := Parse("content/"+name+".md", src, 1, optionsFor(file))
			for _, d := range diags {
				t.Errorf("unexpected diagnostic: %s", d)
			}
			res := doc.Render(name+".md", fakeResolver{})
			checkGolden(t, strings.TrimSuffix(file, ".md")+".html", res.HTML)
			checkGolden(t, strings.TrimSuffix(file, ".md")+".txt", []byte(res.Text+"\n"))
		})
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run with -update and review the diff)\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

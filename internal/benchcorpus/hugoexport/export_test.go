package main

import (
	"bytes"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"gopkg.in/yaml.v3"

	"github.com/osaamo/osaamo/internal/benchcorpus"
)

func corpus(pages int) (fstest.MapFS, map[string][]byte) {
	files := benchcorpus.Files(benchcorpus.Options{Pages: pages, Seed: 1})
	src := fstest.MapFS{}
	for p, b := range files {
		src[p] = &fstest.MapFile{Data: b}
	}
	return src, files
}

func TestExportFrontMatter(t *testing.T) {
	src, in := corpus(10)
	out, err := Export(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"content/tapaukset/t000/tapaus-00000.md", "content/teemat/teema-00002.md", "content/sanasto/termi-00003.md", "content/aineisto/a000/sivu-00004.md"} {
		fm, body, err := splitFrontMatter(out[name])
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var m map[string]any
		if err := yaml.Unmarshal(fm, &m); err != nil {
			t.Fatalf("%s: front matter is not YAML: %v\n%s", name, err, fm)
		}
		if s, ok := m["title"].(string); !ok || s == "" {
			t.Errorf("%s: title = %v, want a string", name, m["title"])
		}
		if m["draft"] != false {
			t.Errorf("%s: draft = %v, want false", name, m["draft"])
		}
		if d, ok := m["date"].(string); !ok || !regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`).MatchString(d) {
			t.Errorf("%s: date = %v, want YYYY-MM-DD", name, m["date"])
		}
		for _, tax := range []string{"competence", "level", "method", "tags"} {
			if l, ok := m[tax].([]any); !ok || len(l) == 0 {
				t.Errorf("%s: %s = %v, want a list of terms", name, tax, m[tax])
			}
		}
		if _, ok := m["summary"]; ok {
			t.Errorf("%s: summary kept; Hugo reads it as description", name)
		}
		_, want, _ := splitFrontMatter(in[name])
		if !bytes.Equal(body, want) {
			t.Errorf("%s: body differs from the osaamo source", name)
		}
	}
	for _, name := range []string{"hugo.toml", "layouts/_default/baseof.html", "layouts/_default/single.html",
		"layouts/_default/list.html", "layouts/_default/_markup/render-link.html", "content/level/mikro/_index.md"} {
		if _, ok := out[name]; !ok {
			t.Errorf("export has no %s", name)
		}
	}
}

// TestExportLinksResolve checks every relative .md link of the exported
// corpus names an exported page by the rule the render-link hook applies
// (path.Join of the page's folder and the link).
func TestExportLinksResolve(t *testing.T) {
	src, _ := corpus(50)
	out, err := Export(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	link := regexp.MustCompile(`\]\(([^)#]+\.md)(#[^)]*)?\)`)
	n := 0
	for name, b := range out {
		if !strings.HasPrefix(name, "content/") {
			continue
		}
		dir := path.Dir(strings.TrimPrefix(name, "content/"))
		for _, m := range link.FindAllSubmatch(b, -1) {
			n++
			target := "content/" + path.Join(dir, string(m[1]))
			if _, ok := out[target]; !ok {
				t.Errorf("%s: link %q resolves to %s, which the export does not have", name, m[1], target)
			}
		}
	}
	if n == 0 {
		t.Fatal("the corpus has no links to check")
	}
}

// TestHugoBuilds builds a small exported corpus with Hugo when it is
// installed, so a broken theme shows up here rather than as a fast,
// empty build in the comparison.
func TestHugoBuilds(t *testing.T) {
	hugo, err := exec.LookPath("hugo")
	if err != nil || testing.Short() {
		t.Skip("hugo not installed or -short")
	}
	src, _ := corpus(20)
	out, err := Export(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := write(dir, out); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(hugo, "--quiet", "--source", dir, "--destination", filepath.Join(dir, "public"))
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("hugo: %v\n%s", err, b)
	}
	b, err := os.ReadFile(filepath.Join(dir, "public", "tapaukset", "t000", "tapaus-00000", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<h1 data-pagefind-meta="title">`, `class="related"`, `href="/level/`, "<footer"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("tapaus-00000 has no %q", want)
		}
	}
	if strings.Contains(string(b), `.md"`) {
		t.Errorf("tapaus-00000 has an unresolved .md link")
	}
}

func TestExportNoRelated(t *testing.T) {
	src, _ := corpus(3)
	out, err := Export(src, Options{NoRelated: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := string(out["layouts/partials/related.html"]); strings.Contains(got, "Related") {
		t.Errorf("related.html still searches related pages:\n%s", got)
	}
}

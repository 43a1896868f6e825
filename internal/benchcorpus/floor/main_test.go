package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/osaamo/osaamo/internal/benchcorpus"
)

func TestRender(t *testing.T) {
	src := fstest.MapFS{}
	for p, b := range benchcorpus.Files(benchcorpus.Options{Pages: 10, Seed: 1}) {
		src[p] = &fstest.MapFile{Data: b}
	}
	out := t.TempDir()
	n, err := Render(src, out, 3)
	if err != nil {
		t.Fatal(err)
	}
	if n != 11 { // ten pages and the home page
		t.Errorf("got %d pages, want 11", n)
	}
	b, err := os.ReadFile(filepath.Join(out, "teemat", "teema-00002", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<title>", "<h1>", "<h2>", "</main>"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("teemat/teema-00002/index.html has no %q:\n%.400s", want, b)
		}
	}
	if strings.Contains(string(b), "\ntitle:") {
		t.Errorf("front matter leaked into the page:\n%.400s", b)
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
		t.Errorf("content/_index.md: %v", err)
	}
}

func TestOutPath(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"page", "content/teemat/teema-00002.md", "teemat/teema-00002/index.html"},
		{"section index", "content/teemat/_index.md", "teemat/index.html"},
		{"home", "content/_index.md", "index.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := outPath(tt.in); got != tt.want {
				t.Errorf("outPath(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

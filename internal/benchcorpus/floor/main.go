// Command floor is the lower bound scripts/bench-compare.sh measures osaamo
// against: it reads every .md file of a project's content/, takes the title
// from the front matter, renders the body with goldmark and the extensions
// osaamo enables (GFM, footnotes, definition lists) into a minimal HTML
// page, and writes it, on GOMAXPROCS workers as osaamo does:
//
//	go build -o /tmp/floor ./internal/benchcorpus/floor
//	/tmp/floor -src /tmp/corpus -out /tmp/floor-out
//
// It does nothing else: no links resolved, no heading ids, no templates,
// taxonomies, listings, related pages, checks or search index. Whatever
// osaamo takes beyond this is the cost of those features. It is never used
// by the build.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"gopkg.in/yaml.v3"
)

func main() {
	src := flag.String("src", "", "project folder holding content/")
	out := flag.String("out", "", "folder to write the pages into")
	flag.Parse()
	if *src == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "floor: -src and -out are required")
		os.Exit(2)
	}
	n, err := Render(os.DirFS(*src), *out, runtime.GOMAXPROCS(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d pages to %s\n", n, *out)
}

// Render writes one HTML page under out for every .md file under content/
// in src, content/a/b.md to out/a/b/index.html and content/a/_index.md to
// out/a/index.html, on the given number of workers. It returns how many
// pages it wrote.
func Render(src fs.FS, out string, workers int) (int, error) {
	var names []string
	err := fs.WalkDir(src, "content", func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".md") {
			names = append(names, p)
		}
		return err
	})
	if err != nil {
		return 0, err
	}
	md := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote, extension.DefinitionList))
	jobs := make(chan string)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			var page, body bytes.Buffer
			for name := range jobs {
				if errs[w] != nil {
					continue
				}
				errs[w] = renderPage(src, md, name, out, &page, &body)
			}
		})
	}
	for _, n := range names {
		jobs <- n
	}
	close(jobs)
	wg.Wait()
	return len(names), errors.Join(errs...)
}

// renderPage renders one file, reusing the worker's buffers.
func renderPage(src fs.FS, md goldmark.Markdown, name, out string, page, body *bytes.Buffer) error {
	raw, err := fs.ReadFile(src, name)
	if err != nil {
		return err
	}
	fm, text, err := splitFrontMatter(raw)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	var meta struct {
		Title string `yaml:"title"`
	}
	if err := yaml.Unmarshal(fm, &meta); err != nil {
		return fmt.Errorf("%s: parse front matter: %w", name, err)
	}
	body.Reset()
	if err := md.Convert(text, body); err != nil {
		return fmt.Errorf("%s: render: %w", name, err)
	}
	page.Reset()
	page.WriteString("<!DOCTYPE html>\n<html lang=\"fi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
	page.WriteString(html.EscapeString(meta.Title))
	page.WriteString("</title>\n</head>\n<body>\n<main>\n<h1>")
	page.WriteString(html.EscapeString(meta.Title))
	page.WriteString("</h1>\n")
	page.Write(body.Bytes())
	page.WriteString("</main>\n</body>\n</html>\n")

	p := filepath.Join(out, filepath.FromSlash(outPath(name)))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(p, page.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	return nil
}

// outPath maps content/a/b.md to a/b/index.html and content/a/_index.md to
// a/index.html.
func outPath(name string) string {
	rel := strings.TrimSuffix(strings.TrimPrefix(name, "content/"), ".md")
	if path.Base(rel) == "_index" {
		return path.Join(path.Dir(rel), "index.html")
	}
	return path.Join(rel, "index.html")
}

// splitFrontMatter returns the YAML between the opening and closing "---"
// lines and the body after them.
func splitFrontMatter(raw []byte) (fm, body []byte, err error) {
	if !bytes.HasPrefix(raw, []byte("---\n")) {
		return nil, raw, nil
	}
	rest := raw[4:]
	end := bytes.Index(rest, []byte("\n---\n"))
	if end < 0 {
		return nil, nil, fmt.Errorf(`front matter has no closing "---"`)
	}
	return rest[:end+1], rest[end+5:], nil
}

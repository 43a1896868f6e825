// Command hugoexport writes a Hugo project equivalent to a generated osaamo
// benchmark project, for scripts/bench-compare.sh:
//
//	go run ./internal/benchcorpus/gen -pages 1000 -seed 1 -out /tmp/corpus
//	go run ./internal/benchcorpus/hugoexport -src /tmp/corpus -out /tmp/corpus-hugo
//
// The Hugo project has the same Markdown bodies and titles, front matter
// Hugo reads (title, description, date, draft and the taxonomies
// competence, level, method, organisation and tags), term labels from
// site.yaml, and a minimal theme that does comparable work per page (see
// docs/performance.md). It is never used by the build.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	src := flag.String("src", "", "generated osaamo project (site.yaml, content/, themes/)")
	out := flag.String("out", "", "folder to write the Hugo project into (must not exist or be empty)")
	noRelated := flag.Bool("no-related", false, "leave related pages out of the theme")
	flag.Parse()
	if *src == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "hugoexport: -src and -out are required")
		os.Exit(2)
	}
	if entries, err := os.ReadDir(*out); err == nil && len(entries) > 0 {
		fmt.Fprintf(os.Stderr, "hugoexport: %s is not empty\n", *out)
		os.Exit(2)
	}
	files, err := Export(os.DirFS(*src), Options{NoRelated: *noRelated})
	if err != nil {
		fmt.Fprintln(os.Stderr, "hugoexport:", err)
		os.Exit(1)
	}
	if err := write(*out, files); err != nil {
		fmt.Fprintln(os.Stderr, "hugoexport:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d files to %s\n", len(files), *out)
}

// write puts files under dir, in path order.
func write(dir string, files map[string][]byte) error {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := filepath.Join(dir, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, files[n], 0o644); err != nil {
			return fmt.Errorf("write %s: %w", p, err)
		}
	}
	return nil
}

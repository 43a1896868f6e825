// Command gen writes a synthetic osaamo project for benchmarks:
//
//	go run ./internal/benchcorpus/gen -pages 10000 -seed 1 -out /tmp/corpus
//
// The project has site.yaml, content/ and a copy of themes/ from -themes.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/osaamo/osaamo/internal/benchcorpus"
)

func main() {
	pages := flag.Int("pages", 1000, "number of content pages")
	seed := flag.Uint64("seed", 1, "random seed; the same seed gives the same bytes")
	out := flag.String("out", "", "folder to write the project into (must not exist or be empty)")
	themes := flag.String("themes", "themes", "themes folder to copy into the project")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gen: -out is required")
		os.Exit(2)
	}
	if entries, err := os.ReadDir(*out); err == nil && len(entries) > 0 {
		fmt.Fprintf(os.Stderr, "gen: %s is not empty\n", *out)
		os.Exit(2)
	}
	files := benchcorpus.Files(benchcorpus.Options{Pages: *pages, Seed: *seed})
	err := filepath.WalkDir(*themes, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(filepath.Dir(*themes), p)
		files[filepath.ToSlash(rel)] = b
		return nil
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: copy themes: %v\n", err)
		os.Exit(1)
	}
	for name, b := range files {
		p := filepath.Join(*out, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("wrote %d files to %s\n", len(files), *out)
}

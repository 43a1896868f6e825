package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/osaamo/osaamo/internal/build"
	"github.com/osaamo/osaamo/internal/search"
)

const searchUsage = `Usage: osaamo search [--json] [--kind KIND] [--limit N] [--target NAME] QUERY

Build the site in memory and rank QUERY with the same search index and
ranking the site's search page uses. Finnish words may be in any inflected
form ("raportoinnista", "asiakkaan osallisuus"); a part of a compound finds
the compound. --json prints an array of {title, url, kind, score, matched,
snippet}.`

func runSearch(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print results as a JSON array")
	kind := fs.String("kind", "", "only results of this kind (theme, case, chapter, module, publication, term, path, page)")
	limit := fs.Int("limit", 10, "at most this many results (0: all)")
	target := fs.String("target", "", "build target from site.yaml (default: the first)")
	source := fs.String("source", ".", "project folder holding site.yaml and content/")
	var words []string
	for len(args) > 0 {
		if code, done := parseFlags(fs, args, searchUsage, stdout, stderr); done {
			return code
		}
		if fs.NArg() == 0 {
			break
		}
		words = append(words, fs.Arg(0))
		args = fs.Args()[1:]
	}
	query := strings.TrimSpace(strings.Join(words, " "))
	if query == "" {
		fmt.Fprintf(stderr, "osaamo search: give a query, e.g. osaamo search \"sosiaalinen raportointi\"\n\n%s\n", searchUsage)
		return exitUsage
	}
	res, err := build.Run(os.DirFS(*source), build.Options{Target: *target})
	if err != nil {
		fmt.Fprintf(stderr, "osaamo search: %v\n", err)
		return exitContent
	}
	if res.Diags.HasErrors() {
		printDiags(stderr, res.Diags)
		return exitContent
	}
	idx, err := search.Load(res.Files)
	if err != nil {
		fmt.Fprintf(stderr, "osaamo search: %v\n", err)
		return exitContent
	}
	results := idx.Query(query, search.Options{Kind: *kind, Limit: *limit})
	if *asJSON {
		if results == nil {
			results = []search.Result{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(results)
		return exitOK
	}
	if len(results) == 0 {
		fmt.Fprintf(stdout, "no results for %q\n", query)
		return exitOK
	}
	for i, r := range results {
		snippet := strings.NewReplacer("<mark>", "[", "</mark>", "]", "&amp;", "&", "&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'").Replace(r.Snippet)
		fmt.Fprintf(stdout, "%2d. %s (%s, score %d)\n    %s\n    %s\n", i+1, r.Title, r.Kind, r.Score, r.URL, snippet)
	}
	return exitOK
}

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/osaamo/osaamo/internal/build"
	"github.com/osaamo/osaamo/internal/diag"
)

const checkUsage = `Usage: osaamo check [--target NAME] [--drafts] [--json]

Validate site.yaml and every content file without writing anything. Errors:
front matter and taxonomy terms, links and anchors, images without alt text,
empty and vague link texts, heading levels, empty table header cells, course
workload. Warnings: sentences and paragraphs longer than the limits of
site.yaml's check block. Exits 1 when there are errors; warnings alone exit 0.`

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	target := fs.String("target", "", "build target from site.yaml (default: the first)")
	drafts := fs.Bool("drafts", false, "also check documents marked draft: true")
	asJSON := fs.Bool("json", false, "print diagnostics as a JSON array")
	source := fs.String("source", ".", "project folder holding site.yaml and content/")
	if code, done := parseFlags(fs, args, checkUsage, stdout, stderr); done {
		return code
	}
	res, err := build.Run(os.DirFS(*source), build.Options{Target: *target, Drafts: *drafts, CheckOnly: true})
	if err != nil {
		fmt.Fprintf(stderr, "osaamo check: %v\n", err)
		return exitContent
	}
	if *asJSON {
		type item struct {
			diag.Diagnostic
			Severity string `json:"severity"`
		}
		items := []item{}
		for _, d := range res.Diags {
			items = append(items, item{d, d.Severity.String()})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.Encode(items)
	} else {
		printDiags(stderr, res.Diags)
		switch errs, warns := res.Diags.Count(); {
		case errs == 0 && warns == 0:
			fmt.Fprintf(stdout, "checked %d documents: no errors, no warnings\n", res.Stats.Documents)
		case errs == 0:
			fmt.Fprintf(stdout, "checked %d documents: no errors, %d %s\n", res.Stats.Documents, warns, plural(warns, "warning", "warnings"))
		}
	}
	if res.Diags.HasErrors() {
		return exitContent
	}
	return exitOK
}

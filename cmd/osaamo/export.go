package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/osaamo/osaamo/internal/build"
	"github.com/osaamo/osaamo/internal/render"
)

const exportUsage = `Usage: osaamo export course --format cc|zip [-o FILE] [--target NAME]

Pack the course for teachers. --format cc writes an IMS Common Cartridge
1.1 (.imscc) to import into Moodle or another learning platform: the
course's overview first, then each module as a page with its readings as
web links. --format zip writes the course's Markdown sources, images and
standalone HTML pages with LICENSE.txt and ATTRIBUTION.txt. Modules whose
licence does not allow reuse are left out. The site build puts the same
files beside the course page (opintojakso/opintojakso.imscc and .zip).`

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	format := fs.String("format", "cc", "cc (Common Cartridge 1.1, .imscc) or zip")
	var out string
	fs.StringVar(&out, "o", "", "file to write (default: opintojakso.imscc or opintojakso.zip in the current folder)")
	fs.StringVar(&out, "out", "", "same as -o")
	target := fs.String("target", "", "build target from site.yaml (default: the first, public)")
	source := fs.String("source", ".", "project folder holding site.yaml and content/")
	// Flags may come before and after the subject, as the usage writes it;
	// the flag package stops at the first argument that is not a flag.
	var words []string
	for {
		if code, done := parseFlags(fs, args, exportUsage, stdout, stderr); done {
			return code
		}
		if fs.NArg() == 0 {
			break
		}
		words = append(words, fs.Arg(0))
		args = fs.Args()[1:]
	}
	subject, rest := "", []string(nil)
	if len(words) > 0 {
		subject, rest = words[0], words[1:]
	}
	if subject != "course" || len(rest) > 0 {
		what := "nothing"
		if subject != "" {
			what = fmt.Sprintf("%q", strings.Join(append([]string{subject}, rest...), " "))
		}
		fmt.Fprintf(stderr, "osaamo export: expected \"course\", found %s\n\n%s\n", what, exportUsage)
		return exitUsage
	}
	if *format != "cc" && *format != "zip" {
		fmt.Fprintf(stderr, "osaamo export: unknown --format %q; write cc or zip\n", *format)
		return exitUsage
	}

	res, err := build.Run(os.DirFS(*source), build.Options{Target: *target})
	if err != nil {
		fmt.Fprintf(stderr, "osaamo export: %v\n", err)
		return exitContent
	}
	printDiags(stderr, res.Diags)
	if res.Diags.HasErrors() {
		fmt.Fprintln(stderr, "export failed: fix the errors above; nothing was written")
		return exitContent
	}
	pl := render.PlanOf(res.Site)
	switch {
	case pl.Course == nil:
		fmt.Fprintln(stderr, "osaamo export: the site has no course; it is content/opintojakso/_index.md with its modules beside it")
		return exitContent
	case len(pl.Modules) == 0:
		fmt.Fprintf(stderr, "osaamo export: %s has no modules to export\n", pl.Course.Doc.File)
		return exitContent
	case !render.Reusable(res.Site, pl.Course):
		l := render.LicenceOf(res.Site, pl.Course)
		fmt.Fprintf(stderr, "osaamo export: the course's licence %q (%s) does not allow reuse, so it is not exported\n", l.Key, l.NameEn)
		fmt.Fprintf(stderr, "hint: give %s a reusable licence, e.g. licence: CC-BY-4.0\n", pl.Course.Doc.File)
		return exitContent
	}
	name := render.CartridgePath(pl.Course)
	if *format == "zip" {
		name = render.ZipPath(pl.Course)
	}
	data, ok := res.Files[name]
	if !ok {
		fmt.Fprintf(stderr, "osaamo export: the build made no %s\n", name)
		return exitContent
	}
	if out == "" {
		out = path.Base(name)
	}
	if err := writeFile(out, data); err != nil {
		fmt.Fprintf(stderr, "osaamo export: %v\n", err)
		return exitContent
	}
	fmt.Fprintf(stdout, "wrote %s (%s): %s with %d of %d modules\n", out, size(len(data)), pl.Course.Title,
		reusableCount(res, pl), len(pl.Modules))
	return exitOK
}

func reusableCount(res *build.Result, pl render.Plan) int {
	n := 0
	for _, m := range pl.Modules {
		if render.Reusable(res.Site, m) {
			n++
		}
	}
	return n
}

// writeFile writes data to name through a temporary file in the same
// folder, so a failed write leaves no half file behind.
func writeFile(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".tmp-")
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"time"

	"github.com/osaamo/osaamo/internal/build"
	"github.com/osaamo/osaamo/internal/config"
	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/output"
)

const buildUsage = `Usage: osaamo build [--target NAME | --all-targets] [--drafts] [--out DIR] [--now YYYY-MM-DD]

Build the site into the target's output folder (public/ for the default
target). The build is atomic: it is written to a staging folder that
replaces the output only when everything succeeded, so a failed build
leaves the previous output untouched. Files whose bytes did not change
keep their identity and timestamps, so incremental deploys stay small.

To see where a slow build spends its time: --timings prints each stage's
time; --profile-cpu and --profile-mem write pprof profiles
(go tool pprof FILE).`

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	target := fs.String("target", "", "build target from site.yaml (default: the first, public)")
	drafts := fs.Bool("drafts", false, "include documents marked draft: true")
	out := fs.String("out", "", "output folder (default: the target's output in site.yaml)")
	now := fs.String("now", "", "reference date for \"this month's theme\" (default: site.yaml now, else today)")
	source := fs.String("source", ".", "project folder holding site.yaml and content/")
	quiet := fs.Bool("quiet", false, "print only diagnostics")
	all := fs.Bool("all-targets", false, "build every target of site.yaml, each into its own output folder")
	timings := fs.Bool("timings", false, "print how long each stage of the build took")
	cpuProfile := fs.String("profile-cpu", "", "write a CPU profile of the build to `FILE`")
	memProfile := fs.String("profile-mem", "", "write a heap profile to `FILE`, taken when the site is built in memory, before it is written")
	if code, done := parseFlags(fs, args, buildUsage, stdout, stderr); done {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "osaamo build: unexpected argument %q\n\n%s\n", fs.Arg(0), buildUsage)
		return exitUsage
	}
	if *now != "" {
		if _, err := time.Parse("2006-01-02", *now); err != nil {
			fmt.Fprintf(stderr, "osaamo build: --now %q is not a date; write YYYY-MM-DD\n", *now)
			return exitUsage
		}
	}
	lowerPeakMemory()
	stopProfile, err := startCPUProfile(*cpuProfile)
	if err != nil {
		fmt.Fprintf(stderr, "osaamo build: %v\n", err)
		return exitUsage
	}
	defer func() {
		if err := stopProfile(); err != nil {
			fmt.Fprintf(stderr, "osaamo build: %v\n", err)
		}
	}()
	opts := buildOpts{drafts: *drafts, now: *now, quiet: *quiet, timings: *timings, memProfile: *memProfile}
	if *all {
		if *target != "" || *out != "" {
			fmt.Fprintln(stderr, "osaamo build: --all-targets builds every target into its own output; leave out --target and --out")
			return exitUsage
		}
		cfg, ds := config.Load(os.DirFS(*source))
		if cfg == nil {
			printDiags(stderr, ds)
			return exitContent
		}
		worst := exitOK
		for _, t := range cfg.Targets {
			if code := buildTarget(*source, t.Name, "", opts, stdout, stderr); code > worst {
				worst = code
			}
		}
		return worst
	}
	return buildTarget(*source, *target, *out, opts, stdout, stderr)
}

// buildOpts are the flags of osaamo build shared by every target.
type buildOpts struct {
	drafts, quiet, timings bool
	now                    string
	memProfile             string // heap profile file, "" for none
}

// buildTarget builds one target and writes it; the exit code says how it went.
func buildTarget(source, target, out string, o buildOpts, stdout, stderr io.Writer) int {
	start := time.Now()
	stop := progress(stderr, "building")
	res, err := build.Run(os.DirFS(source), build.Options{Target: target, Drafts: o.drafts, Today: o.now})
	stop()
	if err != nil {
		fmt.Fprintf(stderr, "osaamo build: %v\n", err)
		return exitContent
	}
	printDiags(stderr, res.Diags)
	if o.memProfile != "" {
		if err := writeHeapProfile(o.memProfile); err != nil {
			fmt.Fprintf(stderr, "osaamo build: %v\n", err)
			return exitUsage
		}
	}
	dir := out
	if dir == "" && res.Config != nil {
		dir = filepath.Join(source, filepath.FromSlash(res.Target.Output))
	}
	if res.Diags.HasErrors() {
		errs, _ := res.Diags.Count()
		kept := "nothing was written"
		if dir != "" {
			kept = displayDir(dir) + " was not changed"
		}
		fmt.Fprintf(stderr, "build failed with %d %s; %s\n", errs, plural(errs, "error", "errors"), kept)
		return exitContent
	}
	wrote := time.Now()
	if err := output.Write(res.Files, dir, source); err != nil {
		fmt.Fprintf(stderr, "osaamo build: %v\n", err)
		return exitContent
	}
	if o.timings {
		printTimings(stdout, append(res.Timings, build.Stage{Name: "write", Duration: time.Since(wrote)}))
	}
	if !o.quiet {
		fmt.Fprintf(stdout, "built %d pages (%d files, %s) for target %s in %.2f s → %s\n",
			res.Stats.Pages, res.Stats.Files, size(res.Stats.Bytes), res.Target.Name,
			time.Since(start).Seconds(), displayDir(dir))
	}
	return exitOK
}

// printDiags prints diagnostics, a blank line between them, and a count.
func printDiags(w io.Writer, ds diag.List) {
	for _, d := range ds {
		fmt.Fprintf(w, "%s\n\n", d)
	}
	if errs, warns := ds.Count(); errs+warns > 0 {
		fmt.Fprintf(w, "%d %s, %d %s\n", errs, plural(errs, "error", "errors"), warns, plural(warns, "warning", "warnings"))
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func displayDir(dir string) string {
	return filepath.ToSlash(filepath.Clean(dir)) + "/"
}

func size(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// printTimings prints each stage's time and its share of the total.
func printTimings(w io.Writer, stages []build.Stage) {
	var total time.Duration
	for _, s := range stages {
		total += s.Duration
	}
	for _, s := range stages {
		fmt.Fprintf(w, "  %-28s %8.3f s %5.1f %%\n", s.Name, s.Duration.Seconds(), 100*s.Duration.Seconds()/max(total.Seconds(), 1e-9))
	}
	fmt.Fprintf(w, "  %-28s %8.3f s\n", "total", total.Seconds())
}

// buildGCPercent is the garbage collector's target for osaamo build. A
// build holds the whole site in memory until it is written; collecting at
// half the default growth keeps the peak about a fifth lower (a 1,000-page
// build: 390 → 300 MB) for a few per cent more CPU. See
// docs/performance.md.
const buildGCPercent = 50

// lowerPeakMemory sets buildGCPercent unless the user set GOGC.
func lowerPeakMemory() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(buildGCPercent)
	}
}

// startCPUProfile starts a CPU profile into file, when it is not empty.
// The returned function ends it.
func startCPUProfile(file string) (func() error, error) {
	if file == "" {
		return func() error { return nil }, nil
	}
	f, err := os.Create(file)
	if err != nil {
		return nil, fmt.Errorf("--profile-cpu: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--profile-cpu: %w", err)
	}
	return func() error {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			return fmt.Errorf("--profile-cpu: %w", err)
		}
		return nil
	}, nil
}

// writeHeapProfile writes what the heap holds now, after a collection.
func writeHeapProfile(file string) error {
	f, err := os.Create(file)
	if err != nil {
		return fmt.Errorf("--profile-mem: %w", err)
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("--profile-mem: %w", err)
	}
	return f.Close()
}

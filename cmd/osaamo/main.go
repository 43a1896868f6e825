// Command osaamo builds the learning material of a structural social work
// competence network into an accessible static site. Each subcommand lives
// in its own file; this one dispatches and defines the exit codes.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// Exit codes.
const (
	exitOK      = 0 // success
	exitContent = 1 // problems in the user's content or configuration, or a failed write
	exitUsage   = 2 // the command line itself was wrong
)

const usage = `osaamo – static site generator for structural social work learning material

Usage:
  osaamo <command> [flags] [arguments]

Commands:
  build     build the site into its output folder (default public/)
  search    rank a query with the site's search index: osaamo search "raportointi"
  serve     build in memory and serve a live preview that reloads on save
  check     validate content and configuration without writing anything
  new       create a content file with valid front matter: osaamo new KIND "Title"
  export    pack the course for teachers: osaamo export course --format cc|zip
  version   print the version
  help      show help for a command: osaamo help build

Run in the project folder (the one with site.yaml and content/), or pass --source DIR.
Documentation: README.md and docs/ in the osaamo repository.
`

// command is one subcommand: run gets the arguments after its name and
// returns an exit code.
type command struct {
	run func(args []string, stdout, stderr io.Writer) int
}

func commands() map[string]command {
	return map[string]command{
		"build":   {runBuild},
		"check":   {runCheck},
		"export":  {runExport},
		"new":     {runNew},
		"search":  {runSearch},
		"serve":   {runServe},
		"version": {runVersion},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "--help", "-help":
		if len(args) > 1 {
			if c, ok := commands()[args[1]]; ok {
				return c.run([]string{"--help"}, stdout, stderr)
			}
			fmt.Fprintf(stderr, "osaamo: unknown command %q\n\n%s", args[1], usage)
			return exitUsage
		}
		fmt.Fprint(stdout, usage)
		return exitOK
	case "--version", "-v":
		name = "version"
	}
	c, ok := commands()[name]
	if !ok {
		fmt.Fprintf(stderr, "osaamo: unknown command %q\n\n%s", name, usage)
		return exitUsage
	}
	return c.run(args[1:], stdout, stderr)
}

// parseFlags parses a subcommand's flags. --help prints the subcommand's
// usage to stdout and ends with exitOK; a bad flag prints it to stderr and
// ends with exitUsage. done is true when the caller should return code.
func parseFlags(fs *flag.FlagSet, args []string, summary string, stdout, stderr io.Writer) (code int, done bool) {
	fs.SetOutput(io.Discard)
	printUsage := func(w io.Writer) {
		fmt.Fprintf(w, "%s\n\nFlags:\n", summary)
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout)
			return exitOK, true
		}
		fmt.Fprintf(stderr, "osaamo %s: %v\n\n", fs.Name(), err)
		printUsage(stderr)
		return exitUsage, true
	}
	return 0, false
}

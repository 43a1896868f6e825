package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/osaamo/osaamo/internal/testsite"
)

// diagLine matches the first line of a diagnostic as printed:
// "file:line:col: message" or "file:line:col: warning: message".
var diagLine = regexp.MustCompile(`^\S+:\d+:\d+: `)

// TestWarnings overlays each archive of testdata/warnings on the fixture
// site and runs osaamo check, check --json and build. Warnings never fail:
// every run must exit 0. The diagnostics printed must be exactly the
// "file:line:col: warning: …" lines of the archive's "want" (none when it is
// empty), every hint line of want must be printed too, and --json must give
// the same diagnostics with severity "warning". The build must print them
// as well, since the plain-language hints run in every build.
func TestWarnings(t *testing.T) {
	archives, err := filepath.Glob("testdata/warnings/*.txtar")
	if err != nil || len(archives) == 0 {
		t.Fatalf("no archives: %v", err)
	}
	for _, name := range archives {
		t.Run(strings.TrimSuffix(filepath.Base(name), ".txtar"), func(t *testing.T) {
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			a := testsite.Parse(src)
			dir := testsite.WriteDir(t, testsite.Fixture(t))
			a.Write(t, dir)
			want, _ := a.File("want")
			var wantDiags, wantHints []string
			for _, l := range strings.Split(strings.TrimRight(string(want), "\n"), "\n") {
				switch {
				case diagLine.MatchString(l):
					wantDiags = append(wantDiags, l)
				case l != "":
					wantHints = append(wantHints, l)
				}
			}

			code, stdout, stderr := runCmd("check", "--source", dir)
			if code != exitOK {
				t.Errorf("check: exit %d, want %d", code, exitOK)
			}
			summary := "no errors, no warnings"
			if len(wantDiags) > 0 {
				summary = fmt.Sprintf("no errors, %d %s", len(wantDiags), plural(len(wantDiags), "warning", "warnings"))
			}
			if !strings.Contains(stdout, summary) {
				t.Errorf("check: stdout %q does not say %q", stdout, summary)
			}
			if got := printed(stderr); !slices.Equal(got, wantDiags) {
				t.Errorf("check printed\n%s\nwant\n%s\nstderr:\n%s", strings.Join(got, "\n"), strings.Join(wantDiags, "\n"), stderr)
			}
			for _, h := range wantHints {
				if !strings.Contains(stderr, h) {
					t.Errorf("check: stderr lacks %q; stderr:\n%s", h, stderr)
				}
			}

			code, stdout, _ = runCmd("check", "--source", dir, "--json")
			if code != exitOK {
				t.Errorf("check --json: exit %d, want %d", code, exitOK)
			}
			var items []struct {
				File          string
				Line, Col     int
				Message, Hint string
				Severity      string
			}
			if err := json.Unmarshal([]byte(stdout), &items); err != nil {
				t.Fatalf("check --json: %v\n%s", err, stdout)
			}
			var got []string
			for _, it := range items {
				got = append(got, fmt.Sprintf("%s:%d:%d: %s: %s", it.File, it.Line, it.Col, it.Severity, it.Message))
				if it.Hint == "" {
					t.Errorf("check --json: %s:%d:%d has no hint", it.File, it.Line, it.Col)
				}
			}
			if !slices.Equal(got, wantDiags) {
				t.Errorf("check --json gave\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantDiags, "\n"))
			}

			code, _, stderr = runCmd("build", "--source", dir, "--now", "2021-03-10", "--quiet")
			if code != exitOK {
				t.Errorf("build: exit %d, want %d; stderr:\n%s", code, exitOK, stderr)
			}
			if got := printed(stderr); !slices.Equal(got, wantDiags) {
				t.Errorf("build printed\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantDiags, "\n"))
			}
			if _, err := os.Stat(filepath.Join(dir, "public", "tietoa", "raportointi", "index.html")); err != nil {
				t.Errorf("build with warnings wrote no page: %v", err)
			}
		})
	}
}

// printed returns the first line of every diagnostic in a command's stderr.
func printed(stderr string) []string {
	var out []string
	for _, l := range strings.Split(stderr, "\n") {
		if diagLine.MatchString(l) {
			out = append(out, l)
		}
	}
	return out
}

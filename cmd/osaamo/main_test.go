package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/osaamo/osaamo/internal/testsite"
)

func TestUsageAndExitCodes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		out  string
	}{
		{"no arguments", nil, exitUsage, "Usage:"},
		{"unknown command", []string{"bild"}, exitUsage, `unknown command "bild"`},
		{"help", []string{"help"}, exitOK, "Commands:"},
		{"help build", []string{"help", "build"}, exitOK, "--target"},
		{"build --help", []string{"build", "--help"}, exitOK, "atomic"},
		{"bad flag", []string{"build", "--targt", "x"}, exitUsage, "flag provided but not defined"},
		{"version", []string{"version"}, exitOK, "osaamo "},
		{"new without title", []string{"new", "teema"}, exitUsage, "expected KIND"},
		{"new unknown kind", []string{"new", "blogi", "X"}, exitUsage, `unknown kind "blogi"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if !strings.Contains(stdout+stderr, tt.out) {
				t.Errorf("output lacks %q:\n%s%s", tt.out, stdout, stderr)
			}
		})
	}
}

// TestNewScaffoldsBuild creates one file of every kind with osaamo new and
// checks that the site still builds (with drafts) and refuses overwrites.
func TestNewScaffoldsBuild(t *testing.T) {
	dir := testsite.WriteDir(t, testsite.Fixture(t))
	kinds := []string{"teema", "tapaus", "luku", "julkaisu", "termi", "polku", "sivu"}
	for _, k := range kinds {
		code, stdout, stderr := runCmd("new", k, "Uusi "+k+" ääkkösin", "--source", dir, "--month", "2022-05")
		if code != exitOK {
			t.Fatalf("new %s: exit %d\n%s", k, code, stderr)
		}
		if !strings.HasPrefix(stdout, "created content/") {
			t.Errorf("new %s: %q", k, stdout)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "content/teemat/2022-05-uusi-teema-aakkosin.md")); err != nil {
		t.Errorf("theme file not named YYYY-MM-slug: %v", err)
	}
	code, _, stderr := runCmd("check", "--source", dir, "--drafts")
	if code != exitOK {
		t.Fatalf("check of scaffolds failed:\n%s", stderr)
	}
	if code, _, stderr := runCmd("new", "sivu", "Uusi sivu ääkkösin", "--source", dir); code != exitContent || !strings.Contains(stderr, "already exists") {
		t.Errorf("overwrite: exit %d, %s", code, stderr)
	}
}

// TestAllTargets builds every target of site.yaml into its own folder.
func TestAllTargets(t *testing.T) {
	dir := testsite.WriteDir(t, testsite.Fixture(t))
	code, stdout, stderr := runCmd("build", "--source", dir, "--all-targets", "--now", "2021-03-10")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for _, out := range []string{"public", "public-intranet"} {
		if _, err := os.Stat(filepath.Join(dir, out, "index.html")); err != nil {
			t.Errorf("%s not built: %v\n%s", out, err, stdout)
		}
	}
	if code, _, _ := runCmd("build", "--source", dir, "--all-targets", "--target", "public"); code != exitUsage {
		t.Errorf("--all-targets with --target: exit %d, want %d", code, exitUsage)
	}
}

// TestBuildTimingsAndProfiles: --timings names every stage with its time,
// the profiles are written and readable by pprof (non-empty gzip), and an
// unwritable profile path is a usage error before anything is built.
func TestBuildTimingsAndProfiles(t *testing.T) {
	dir := testsite.WriteDir(t, testsite.Fixture(t))
	cpu, mem := filepath.Join(t.TempDir(), "cpu.pprof"), filepath.Join(t.TempDir(), "mem.pprof")
	code, stdout, stderr := runCmd("build", "--source", dir, "--timings", "--profile-cpu", cpu, "--profile-mem", mem)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for _, stage := range []string{"load", "assemble", "check", "markdown", "templates", "search index", "write", "total"} {
		if !regexp.MustCompile(`(?m)^  ` + regexp.QuoteMeta(stage) + ` +\d+\.\d{3} s`).MatchString(stdout) {
			t.Errorf("--timings lacks stage %q:\n%s", stage, stdout)
		}
	}
	for _, p := range []string{cpu, mem} {
		b, err := os.ReadFile(p)
		if err != nil || len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
			t.Errorf("%s is not a gzipped pprof profile (err %v, %d bytes)", p, err, len(b))
		}
	}
	code, _, stderr = runCmd("build", "--source", dir, "--profile-cpu", filepath.Join(dir, "no/such/folder/cpu.pprof"))
	if code != exitUsage || !strings.Contains(stderr, "--profile-cpu") {
		t.Errorf("unwritable profile: exit %d, %s", code, stderr)
	}
}

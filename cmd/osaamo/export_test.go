package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/osaamo/osaamo/internal/testsite"
)

// TestExport writes the fixture's course with osaamo export in both
// formats; each file is the one the build puts beside the course page.
// A course whose licence does not allow reuse is refused.
func TestExport(t *testing.T) {
	dir := testsite.WriteDir(t, testsite.Fixture(t))
	if code, _, stderr := runCmd("build", "--source", dir, "--quiet"); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	for _, tt := range []struct {
		args  []string
		built string
	}{
		{[]string{"export", "course", "--format", "cc"}, "opintojakso/opintojakso.imscc"},
		{[]string{"export", "--format", "zip", "course"}, "opintojakso/opintojakso.zip"},
	} {
		out := filepath.Join(t.TempDir(), "kurssi")
		code, stdout, stderr := runCmd(append(tt.args, "--source", dir, "-o", out)...)
		if code != exitOK {
			t.Fatalf("%v: exit %d\n%s", tt.args, code, stderr)
		}
		if !strings.Contains(stdout, "with 2 of 2 modules") {
			t.Errorf("%v: stdout %q", tt.args, stdout)
		}
		got, _ := os.ReadFile(out)
		want, _ := os.ReadFile(filepath.Join(dir, "public", filepath.FromSlash(tt.built)))
		if len(got) == 0 || !bytes.Equal(got, want) {
			t.Errorf("%v: wrote %d bytes that differ from the built %s", tt.args, len(got), tt.built)
		}
	}

	for _, tt := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no subject", []string{"export", "--format", "cc"}, exitUsage, `expected "course", found nothing`},
		{"wrong subject", []string{"export", "kurssi"}, exitUsage, `expected "course", found "kurssi"`},
		{"wrong format", []string{"export", "course", "--format", "pdf"}, exitUsage, `unknown --format "pdf"`},
		{"help", []string{"help", "export"}, exitOK, "Common Cartridge"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(tt.args...)
			if code != tt.code || !strings.Contains(stdout+stderr, tt.want) {
				t.Errorf("exit %d, want %d; output lacks %q?\n%s%s", code, tt.code, tt.want, stdout, stderr)
			}
		})
	}

	course := filepath.Join(dir, "content", "opintojakso", "_index.md")
	src, _ := os.ReadFile(course)
	if err := os.WriteFile(course, bytes.Replace(src, []byte("licence: CC-BY-4.0"), []byte("licence: all-rights-reserved"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd("export", "course", "--source", dir, "-o", filepath.Join(t.TempDir(), "x.imscc"))
	if code != exitContent || !strings.Contains(stderr, `the course's licence "all-rights-reserved" (All rights reserved) does not allow reuse`) {
		t.Errorf("all-rights-reserved course: exit %d\n%s", code, stderr)
	}
}

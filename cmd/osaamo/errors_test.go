package main

import (
	"bytes"
	"crypto/sha256"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/osaamo/osaamo/internal/testsite"
)

// snapshot hashes every file under dir, so a test can prove a failed build
// left the previous output byte for byte as it was.
func snapshot(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out[p] = sha256.Sum256(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func runCmd(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return code, o.String(), e.String()
}

// TestErrors builds the fixture site, then overlays each archive of
// testdata/errors and builds again. An archive with a "want" file must fail
// with exit code 1, print every line of want, and leave public/ untouched.
// An archive with "want-ok" must build; its first line names an output file
// that must contain the second line.
func TestErrors(t *testing.T) {
	archives, err := filepath.Glob("testdata/errors/*.txtar")
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
			if code, _, stderr := runCmd("build", "--source", dir, "--now", "2021-03-10", "--quiet"); code != 0 {
				t.Fatalf("fixture build failed (exit %d):\n%s", code, stderr)
			}
			public := filepath.Join(dir, "public")
			before := snapshot(t, public)
			a.Write(t, dir)
			code, _, stderr := runCmd("build", "--source", dir, "--now", "2021-03-10", "--quiet")
			if ok, isOK := a.File("want-ok"); isOK {
				if code != 0 {
					t.Fatalf("exit %d, want 0; stderr:\n%s", code, stderr)
				}
				lines := strings.SplitN(string(ok), "\n", 3)
				got, err := os.ReadFile(filepath.Join(public, lines[0]))
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(string(got), lines[1]) {
					t.Errorf("%s does not contain %q", lines[0], lines[1])
				}
				return
			}
			want, _ := a.File("want")
			if code != exitContent {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, exitContent, stderr)
			}
			for _, line := range strings.Split(strings.TrimRight(string(want), "\n"), "\n") {
				if !strings.Contains(stderr, line) {
					t.Errorf("stderr lacks %q; stderr:\n%s", line, stderr)
				}
			}
			if !strings.Contains(stderr, "public/ was not changed") && !strings.Contains(stderr, "nothing was written") {
				t.Errorf("stderr does not say the output was kept:\n%s", stderr)
			}
			after := snapshot(t, public)
			if len(after) != len(before) {
				t.Fatalf("output has %d files after the failed build, %d before", len(after), len(before))
			}
			for p, h := range before {
				if after[p] != h {
					t.Errorf("%s changed although the build failed", p)
				}
			}
		})
	}
}

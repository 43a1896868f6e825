package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/osaamo/osaamo/internal/benchcorpus"
	"github.com/osaamo/osaamo/internal/build"
	"github.com/osaamo/osaamo/internal/testsite"
)

// TestMain lets a test run the command itself in a child process, so a
// build can be killed half-way.
func TestMain(m *testing.M) {
	if os.Getenv("OSAAMO_TEST_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// TestKilledBuildKeepsOutput kills builds with SIGKILL at different moments
// and checks that public/ is always either the previous output or the new
// one, complete — never a mixture — and that the next build succeeds and
// leaves no staging folder behind.
func TestKilledBuildKeepsOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 150-page project several times")
	}
	dir := t.TempDir()
	for name, b := range benchcorpus.Files(benchcorpus.Options{Pages: 150, Seed: 3}) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, b, 0o644)
	}
	for name, f := range testsite.Fixture(t) {
		if len(name) > 7 && name[:7] == "themes/" {
			p := filepath.Join(dir, filepath.FromSlash(name))
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.WriteFile(p, f.Data, 0o644)
		}
	}
	if code, _, stderr := runCmd("build", "--source", dir, "--now", "2022-03-15", "--quiet"); code != 0 {
		t.Fatalf("first build: %s", stderr)
	}
	public := filepath.Join(dir, "public")
	extra := filepath.Join(dir, "content", "aineisto", "lisays.md")
	for i, delay := range []time.Duration{30, 150, 500, 1200} {
		old := snapshot(t, public)
		// Change the sources so a build that completes gives new output.
		os.WriteFile(extra, []byte(fmt.Sprintf("---\ntitle: Lisäys %d\ncompetence: [tiedon-kokoaminen]\nlevel: [mikro]\n---\nUusi teksti %d.\n", i, i)), 0o644)
		res, err := build.Run(os.DirFS(dir), build.Options{Today: "2022-03-15"})
		if err != nil || res.Diags.HasErrors() {
			t.Fatal(err, res.Diags)
		}
		cmd := exec.Command(os.Args[0], "build", "--source", dir, "--now", "2022-03-15", "--quiet")
		cmd.Env = append(os.Environ(), "OSAAMO_TEST_MAIN=1")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay * time.Millisecond) // the kill moment varies; the assertion holds at any moment
		cmd.Process.Kill()
		cmd.Wait()
		now := snapshot(t, public)
		if !sameTree(now, old) && !matchesFiles(now, public, res.Files) {
			t.Fatalf("after a kill at %v, public/ is neither the previous output nor the complete new one", delay*time.Millisecond)
		}
	}
	if code, _, stderr := runCmd("build", "--source", dir, "--now", "2022-03-15", "--quiet"); code != 0 {
		t.Fatalf("build after kills: %s", stderr)
	}
	if stale, _ := filepath.Glob(filepath.Join(dir, ".public.staging-*")); len(stale) > 0 {
		t.Errorf("staging folders left behind: %v", stale)
	}
}

func sameTree(a, b map[string][32]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// matchesFiles reports whether the tree under root is exactly files plus
// the output marker.
func matchesFiles(tree map[string][32]byte, root string, files map[string][]byte) bool {
	if len(tree) != len(files)+1 {
		return false
	}
	for name, b := range files {
		if tree[filepath.Join(root, filepath.FromSlash(name))] != sha256.Sum256(b) {
			return false
		}
	}
	return true
}

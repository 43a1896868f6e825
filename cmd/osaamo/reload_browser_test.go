package main

import (
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/osaamo/osaamo/internal/testsite"
)

// TestReloadInBrowser checks the theme's js/reload.js in Chromium with
// testdata/reload.mjs: a save reloads the page and keeps its scroll
// position, another page's save does not, a failing save shows an
// accessible dialog that Escape and its button dismiss and a fix removes,
// a dropped stream reloads the page on reconnecting only when the build
// changed meanwhile, and the page reconnects and reloads after osaamo serve
// restarts. It needs what the
// browser accessibility suite needs (Chromium, Node.js and
// npm ci --prefix tests/browser); without them it skips, or fails when
// CI=true.
func TestReloadInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the browser check of reload.js")
	}
	modules := filepath.Join(testsite.Root(), "tests", "browser", "node_modules")
	var missing []string
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		missing = append(missing, "Chromium (apt-get install chromium)")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing = append(missing, "Node.js")
	}
	for _, pkg := range []string{"playwright-core", "axe-core"} {
		if _, err := os.Stat(filepath.Join(modules, pkg, "package.json")); err != nil {
			missing = append(missing, pkg+" (npm ci --prefix tests/browser)")
		}
	}
	if len(missing) > 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("missing %v, and CI=true", missing)
		}
		t.Skipf("missing %v: skipping", missing)
	}

	dir := testsite.WriteDir(t, testsite.Fixture(t))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close() // osaamo serve listens on it, twice: before and after a restart
	job := map[string]any{
		"chromium": chromium,
		"modules":  modules,
		"site":     dir,
		"port":     port,
		"serve":    []string{os.Args[0], "serve", "--port", strconv.Itoa(port), "--source", dir, "--now", "2021-03-10"},
		"env":      map[string]string{"OSAAMO_TEST_MAIN": "1"},
	}
	jobFile := filepath.Join(t.TempDir(), "job.json")
	data, _ := json.Marshal(job)
	if err := os.WriteFile(jobFile, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, filepath.Join("testdata", "reload.mjs"), jobFile)
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("reload.mjs: %v\n%s", err, stderr.String())
	}
	var res struct {
		Checks []struct {
			Name   string `json:"name"`
			OK     bool   `json:"ok"`
			Detail string `json:"detail"`
		} `json:"checks"`
	}
	if err := json.Unmarshal(out, &res); err != nil || len(res.Checks) == 0 {
		t.Fatalf("reload.mjs output %q: %v\n%s", out, err, stderr.String())
	}
	for _, c := range res.Checks {
		if !c.OK {
			t.Errorf("%s: failed %s", c.Name, c.Detail)
		}
	}
}

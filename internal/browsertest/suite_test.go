package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/serve"
	"github.com/osaamo/osaamo/internal/testsite"
)

// strictCSP is the policy of issue 6 that every page must work under.
const strictCSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"

// subpath is where the site is served, as on an intranet: a link that
// escapes to the server root finds nothing there.
const subpath = "/intra/osaamo/"

// suite is what running tests/browser/run.mjs takes.
type suite struct {
	node, chromium, dir string
}

// problem is one finding of run.mjs.
type problem struct {
	Page, Check, Rule, Element, Message string
}

// report is run.mjs's answer.
type report struct {
	Pages, Deep, FilePages int
	Problems               []problem
	Seconds                float64
}

// job is run.mjs's input; see the comment at its top.
type job struct {
	Chromium  string       `json:"chromium"`
	Base      string       `json:"base"`
	Pages     []string     `json:"pages"`
	Deep      []string     `json:"deep,omitempty"`
	FileBase  string       `json:"fileBase,omitempty"`
	FilePages []string     `json:"filePages,omitempty"`
	Search    *searchCheck `json:"search,omitempty"`
	Workers   int          `json:"workers"`
}

// searchCheck tells run.mjs how to use the site's search: from which page,
// what to type, and where results and their count appear.
type searchCheck struct {
	From    string `json:"from"`
	Query   string `json:"query"`
	Results string `json:"results"`
	Status  string `json:"status"`
}

// needBrowser finds Chromium, Node and the suite's npm packages. When one
// is missing the test skips with what to install, or fails when CI=true:
// CI must prove accessibility, not skip it.
func needBrowser(t testing.TB) suite {
	t.Helper()
	s := suite{dir: filepath.Join(testsite.Root(), "tests", "browser")}
	var missing []string
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		s.chromium = "/usr/bin/chromium"
	} else if p, err := exec.LookPath("chromium"); err == nil {
		s.chromium = p
	} else {
		missing = append(missing, "Chromium (apt-get install chromium)")
	}
	if p, err := exec.LookPath("node"); err == nil {
		s.node = p
	} else {
		missing = append(missing, "node (apt-get install nodejs npm)")
	}
	for _, pkg := range []string{"playwright-core", "axe-core"} {
		if _, err := os.Stat(filepath.Join(s.dir, "node_modules", pkg, "package.json")); err != nil {
			missing = append(missing, "playwright-core and axe-core (npm ci --prefix tests/browser)")
			break
		}
	}
	if len(missing) > 0 {
		msg := "the browser suite needs " + strings.Join(missing, ", ")
		if os.Getenv("CI") == "true" {
			t.Fatal(msg + ", and CI=true: accessibility must be proven in CI")
		}
		t.Skip(msg + ": skipping")
	}
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("-short: skipping the browser suite")
	}
	return s
}

// serveFiles serves files on loopback under subpath with the strict CSP
// and returns the base URL. The header is checked here, so the suite never
// runs under a weaker policy than issue 6 asks for.
func serveFiles(t testing.TB, files output.Files) string {
	t.Helper()
	if serve.CSP != strictCSP {
		t.Fatalf("serve.CSP = %q, want the strict policy %q", serve.CSP, strictCSP)
	}
	s := &serve.Server{}
	s.Set(files)
	mux := http.NewServeMux()
	mux.Handle(subpath, http.StripPrefix(strings.TrimSuffix(subpath, "/"), s))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	base := "http://" + ln.Addr().String() + subpath
	resp, err := http.Get(base)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("Content-Security-Policy"); got != strictCSP {
		t.Fatalf("GET %s: Content-Security-Policy %q, want %q", base, got, strictCSP)
	}
	return base
}

// writeFiles writes files to a new temporary folder, for file://.
func writeFiles(t testing.TB, files output.Files) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range files.Paths() {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// fileURL is the file:// URL of a folder, with a final slash.
func fileURL(dir string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(dir) + "/"}).String()
}

// htmlPages lists the HTML files of files, sorted.
func htmlPages(files output.Files) []string {
	var pages []string
	for _, name := range files.Paths() {
		if strings.HasSuffix(name, ".html") {
			pages = append(pages, name)
		}
	}
	return pages
}

// run runs run.mjs over j. Its progress goes to the test log.
func (s suite) run(t *testing.T, j job) report {
	t.Helper()
	j.Chromium = s.chromium
	if j.Workers == 0 {
		j.Workers = 2
	}
	b, err := json.Marshal(j)
	if err != nil {
		t.Fatal(err)
	}
	jobFile := filepath.Join(t.TempDir(), "job.json")
	if err := os.WriteFile(jobFile, b, 0o644); err != nil {
		t.Fatal(err)
	}
	timeout := 8 * time.Minute
	if d, ok := t.Deadline(); ok && time.Until(d)-30*time.Second < timeout {
		timeout = time.Until(d) - 30*time.Second
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, s.node, "run.mjs", jobFile)
	cmd.Dir = s.dir
	// On a timeout, SIGTERM lets playwright close Chromium; a SIGKILL would
	// leave the browser running without its driver.
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 20 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	err = cmd.Run()
	t.Logf("run.mjs:\n%s", stderr.String())
	if err != nil {
		t.Fatalf("node run.mjs: %v\n%s", err, stderr.String())
	}
	var r report
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatalf("read run.mjs's report: %v\n%s", err, stdout.String())
	}
	return r
}

// format lists problems one a line, sorted, then counts them by check and
// rule, so that a page of output shows both the detail and the pattern.
func format(ps []problem) string {
	ps = slices.Clone(ps)
	slices.SortFunc(ps, func(a, b problem) int {
		return strings.Compare(a.Page+"\x00"+a.Check+"\x00"+a.Rule+"\x00"+a.Element, b.Page+"\x00"+b.Check+"\x00"+b.Rule+"\x00"+b.Element)
	})
	var b strings.Builder
	const most = 150
	for i, p := range ps {
		if i == most {
			fmt.Fprintf(&b, "… and %d more\n", len(ps)-most)
			break
		}
		fmt.Fprintf(&b, "%s: %s %s: %s\n    %s\n", p.Page, p.Check, p.Rule, p.Element, p.Message)
	}
	count := map[string]map[string]bool{}
	for _, p := range ps {
		k := p.Check + " " + p.Rule
		if count[k] == nil {
			count[k] = map[string]bool{}
		}
		count[k][p.Page] = true
	}
	var keys []string
	for k := range count {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b.WriteString("by check and rule:\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "  %-40s on %d pages\n", k, len(count[k]))
	}
	return b.String()
}

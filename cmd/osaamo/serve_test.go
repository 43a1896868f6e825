package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/osaamo/osaamo/internal/build"
	"github.com/osaamo/osaamo/internal/serve"
	"github.com/osaamo/osaamo/internal/testsite"
)

// settleTimeout bounds every wait of these tests. Rebuilds take
// milliseconds; the margin is for loaded machines and the race detector.
const settleTimeout = 60 * time.Second

// running is a live preview of a temporary project, served on a real
// loopback port, with a page listening to its events.
type running struct {
	t      *testing.T
	dir    string
	p      *preview
	url    string
	events <-chan testsite.Event
	stop   func() error
	out    *lockedBuffer
}

// lockedBuffer is an io.Writer the preview and the test share.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var previewOpts = build.Options{Today: "2021-03-10", Preview: true}

// startPreview serves the project in dir and waits until it is served
// with its search index.
func startPreview(t *testing.T, dir string) *running {
	t.Helper()
	r := launch(t, dir)
	r.settle()
	return r
}

// launch starts serving the project in dir and connects a page to the
// event stream.
func launch(t *testing.T, dir string) *running {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	out := &lockedBuffer{}
	p := newPreview(dir, previewOpts, out, out)
	ready := make(chan string, 1)
	p.ready = func(url string) { ready <- url }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.run(ctx, ln) }()
	r := &running{t: t, dir: dir, p: p, out: out}
	select {
	case r.url = <-ready:
	case err := <-done:
		t.Fatalf("preview stopped before serving: %v\n%s", err, out)
	case <-time.After(settleTimeout):
		t.Fatalf("preview not serving after %v\n%s", settleTimeout, out)
	}
	var once sync.Once
	var stopErr error
	r.stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case stopErr = <-done:
			case <-time.After(settleTimeout):
				t.Errorf("preview still running %v after its context ended", settleTimeout)
			}
		})
		return stopErr
	}
	t.Cleanup(func() { r.stop() })
	r.events = testsite.Events(t, r.url+strings.TrimPrefix(serve.EventsPath, "/"))
	return r
}

func (r *running) path(name string) string { return filepath.Join(r.dir, filepath.FromSlash(name)) }

func (r *running) write(name, data string) {
	r.t.Helper()
	if err := os.MkdirAll(filepath.Dir(r.path(name)), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(r.path(name), []byte(data), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

func (r *running) read(name string) string {
	r.t.Helper()
	b, err := os.ReadFile(r.path(name))
	if err != nil {
		r.t.Fatal(err)
	}
	return string(b)
}

func (r *running) rename(from, to string) {
	r.t.Helper()
	if err := os.Rename(r.path(from), r.path(to)); err != nil {
		r.t.Fatal(err)
	}
}

func (r *running) remove(name string) {
	r.t.Helper()
	if err := os.RemoveAll(r.path(name)); err != nil {
		r.t.Fatal(err)
	}
}

// next waits for the next event.
func (r *running) next() testsite.Event {
	r.t.Helper()
	select {
	case ev, ok := <-r.events:
		if !ok {
			r.t.Fatalf("event stream ended\n%s", r.out)
		}
		return ev
	case <-time.After(settleTimeout):
		r.t.Fatalf("no event within %v\n%s", settleTimeout, r.out)
	}
	return testsite.Event{}
}

// waitFor skips events until one named name whose data passes ok.
func (r *running) waitFor(name string, ok func(data string) bool) string {
	r.t.Helper()
	var seen []string
	for {
		ev := r.next()
		if ev.Name == name && ok(ev.Data) {
			return ev.Data
		}
		seen = append(seen, ev.Name+" "+ev.Data)
		if len(seen) > 20 {
			r.t.Fatalf("no %s event among %d events:\n%s", name, len(seen), strings.Join(seen, "\n"))
		}
	}
}

// reloaded waits for a reload event that lists every one of outputs.
func (r *running) reloaded(outputs ...string) {
	r.t.Helper()
	r.waitFor(serve.EventReload, func(data string) bool {
		var rl serve.Reload
		if err := json.Unmarshal([]byte(data), &rl); err != nil {
			r.t.Fatalf("reload event %s: %v", data, err)
		}
		for _, o := range outputs {
			if !slices.Contains(rl.Changed, o) {
				return false
			}
		}
		return true
	})
}

// settle waits until the server serves exactly what a full build of the
// project gives, checking after each event.
func (r *running) settle() {
	r.t.Helper()
	want, err := build.Run(os.DirFS(r.dir), previewOpts)
	if err != nil || want.Diags.HasErrors() {
		r.t.Fatalf("full build of the project: %v %s", err, want.Diags.Error())
	}
	deadline := time.After(settleTimeout)
	for {
		diff := difference(r.p.srv.Files(), want.Files)
		if diff == "" {
			break
		}
		select {
		case _, ok := <-r.events:
			if !ok {
				r.t.Fatalf("event stream ended; served files: %s", diff)
			}
		case <-deadline:
			r.t.Fatalf("served files still differ from a full build after %v: %s\n%s", settleTimeout, diff, r.out)
		}
	}
	// Spot-check over HTTP that the server serves those files.
	for _, name := range []string{"index.html", "teemat/2021-03-vaikuttavuus/index.html", "assets/js/reload.js"} {
		if got := r.get(name); !bytes.Equal(got, want.Files[name]) {
			r.t.Errorf("GET /%s gives other bytes than a full build", name)
		}
	}
}

func (r *running) get(name string) []byte {
	r.t.Helper()
	resp, err := http.Get(r.url + name)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		r.t.Fatal(err)
	}
	return b
}

// difference describes the first difference between two builds, or "".
func difference(got, want map[string][]byte) string {
	for _, p := range slices.Sorted(mapsKeys(want)) {
		if g, ok := got[p]; !ok {
			return "missing " + p
		} else if !bytes.Equal(g, want[p]) {
			return p + " differs"
		}
	}
	for _, p := range slices.Sorted(mapsKeys(got)) {
		if _, ok := want[p]; !ok {
			return "extra " + p
		}
	}
	return ""
}

func mapsKeys(m map[string][]byte) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

const theme = "content/teemat/2021-03-vaikuttavuus.md"

// TestServeLive edits a served project with real file operations and
// checks, for each, the event the open page gets and that the server then
// serves what a full build of the files gives.
func TestServeLive(t *testing.T) {
	tests := []struct {
		name    string
		op      func(r *running)
		outputs []string // the reload event lists these
	}{
		{"edit", func(r *running) {
			r.write(theme, r.read(theme)+"\nUusi kappale tallennuksen jälkeen.\n")
		}, []string{"teemat/2021-03-vaikuttavuus/index.html"}},
		{"create", func(r *running) {
			r.write("content/tietoa/uusi.md", "---\ntitle: Uusi sivu\nsummary: Uusi.\n---\nUutta.\n")
		}, []string{"tietoa/uusi/index.html"}},
		{"delete", func(r *running) { r.remove("content/tietoa/sisainen.md") },
			[]string{"tietoa/sisainen/index.html"}},
		{"rename", func(r *running) { r.rename("content/tietoa/sisainen.md", "content/tietoa/toinen.md") },
			[]string{"tietoa/sisainen/index.html", "tietoa/toinen/index.html"}},
		{"atomic save", func(r *running) {
			r.write("content/teemat/.vaikuttavuus.md.tmp", r.read(theme)+"\nTallennettu vaihtamalla tiedosto.\n")
			r.rename("content/teemat/.vaikuttavuus.md.tmp", theme)
		}, []string{"teemat/2021-03-vaikuttavuus/index.html"}},
		{"new folder", func(r *running) {
			r.write("content/uusi-kansio/sivu.md", "---\ntitle: Kansion sivu\n---\nSisältöä.\n")
		}, []string{"uusi-kansio/sivu/index.html"}},
		{"template", func(r *running) {
			const base = "themes/default/layouts/base.html"
			r.write(base, strings.Replace(r.read(base), "</footer>", "<p>Muokattu pohja</p>\n</footer>", 1))
		}, []string{"index.html", "teemat/2021-03-vaikuttavuus/index.html"}},
		{"site.yaml", func(r *running) {
			r.write("site.yaml", strings.Replace(r.read("site.yaml"), "title: Testiosaamo", "title: Uusi nimi", 1))
		}, []string{"index.html"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := startPreview(t, testsite.WriteDir(t, testsite.Fixture(t)))
			tt.op(r)
			r.reloaded(tt.outputs...)
			r.settle()
			if !strings.Contains(r.out.String(), "rebuilt ") {
				t.Errorf("terminal has no rebuild line:\n%s", r.out)
			}
		})
	}
}

// TestServeErrorThenFix breaks a file and a template, and fixes them: the
// page gets the problems, the server keeps the last good build, and the
// problems clear after the fix.
func TestServeErrorThenFix(t *testing.T) {
	tests := []struct {
		name       string
		file, from string
		to         string
		pos        string // the problems event names this position
	}{
		{"front matter", theme, "title:", "titel:", theme + ":2:1"},
		{"broken link", theme, "\n## ", "\n[Rikki](ei-ole.md)\n\n## ", theme + ":"},
		{"template", "themes/default/layouts/base.html", "</footer>", "{{if}}</footer>", "themes/default/layouts/base.html:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := startPreview(t, testsite.WriteDir(t, testsite.Fixture(t)))
			good := r.p.srv.Files()
			src := r.read(tt.file)
			if !strings.Contains(src, tt.from) {
				t.Fatalf("%s has no %q", tt.file, tt.from)
			}
			r.write(tt.file, strings.Replace(src, tt.from, tt.to, 1))
			data := r.waitFor(serve.EventProblems, func(string) bool { return true })
			var got serve.ProblemsData
			if err := json.Unmarshal([]byte(data), &got); err != nil || len(got.Problems) == 0 {
				t.Fatalf("problems event %s: %v", data, err)
			}
			if !slices.ContainsFunc(got.Problems, func(p serve.Problem) bool {
				return strings.HasPrefix(p.Pos, tt.pos) && p.Message != ""
			}) {
				t.Errorf("problems %+v, want one at %s with a message", got.Problems, tt.pos)
			}
			if diff := difference(r.p.srv.Files(), good); diff != "" {
				t.Errorf("after a failed build the server does not serve the last good one: %s", diff)
			}
			if !strings.Contains(r.out.String(), "build failed") {
				t.Errorf("terminal does not report the failed build:\n%s", r.out)
			}
			r.write(tt.file, src)
			r.waitFor(serve.EventClear, func(string) bool { return true })
			r.settle()
		})
	}
}

// TestServeShutdown checks that ending the preview's context closes the
// open event streams and stops the server.
func TestServeShutdown(t *testing.T) {
	r := startPreview(t, testsite.WriteDir(t, testsite.Fixture(t)))
	if err := r.stop(); err != nil {
		t.Errorf("stop: %v", err)
	}
	for {
		select {
		case _, ok := <-r.events:
			if ok {
				continue
			}
		case <-time.After(settleTimeout):
			t.Fatal("event stream still open after shutdown")
		}
		break
	}
	if _, err := http.Get(r.url); err == nil {
		t.Error("server still answers after shutdown")
	}
}

// TestServeStartsWithErrors checks that a project with errors is served
// anyway: every page says what is wrong until a save fixes it.
func TestServeStartsWithErrors(t *testing.T) {
	fix := testsite.Fixture(t)
	good := string(fix[theme].Data)
	fix[theme] = &fstest.MapFile{Data: []byte(strings.Replace(good, "title:", "titel:", 1))}
	r := launch(t, testsite.WriteDir(t, fix))
	if ev := r.next(); ev.Name != serve.EventHello {
		t.Errorf("first event %q, want hello", ev.Name)
	}
	if ev := r.next(); ev.Name != serve.EventProblems {
		t.Errorf("second event %q, want problems", ev.Name)
	}
	resp, err := http.Get(r.url + "teemat/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), theme+":2:1") {
		t.Errorf("before the first good build: %s\n%s", resp.Status, body)
	}
	r.write(theme, good)
	r.settle()
}

// TestServeSignal runs osaamo serve in a child process and stops it with
// SIGTERM, as a terminal's Ctrl-C or a service manager does: the open
// event stream ends and the command exits 0.
func TestServeSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("runs osaamo serve in a child process")
	}
	dir := testsite.WriteDir(t, testsite.Fixture(t))
	cmd := exec.Command(os.Args[0], "serve", "--port", "0", "--source", dir, "--now", "2021-03-10")
	cmd.Env = append(os.Environ(), "OSAAMO_TEST_MAIN=1")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
		exited <- cmd.Wait()
	}()
	defer cmd.Process.Kill()
	var url string
	select {
	case line := <-lines:
		_, after, ok := strings.Cut(line, " at http://")
		if !ok {
			t.Fatalf("first line %q does not give the URL\n%s", line, stderr.String())
		}
		url = "http://" + strings.Fields(after)[0]
	case <-time.After(settleTimeout):
		t.Fatalf("no URL printed within %v\n%s", settleTimeout, stderr.String())
	}
	events := testsite.Events(t, url+strings.TrimPrefix(serve.EventsPath, "/"))
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for open := true; open; {
		select {
		case _, open = <-events:
		case <-time.After(settleTimeout):
			t.Fatal("event stream still open after SIGTERM")
		}
	}
	var rest []string
	for line := range lines {
		rest = append(rest, line)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("osaamo serve after SIGTERM: %v\n%s", err, stderr.String())
		}
	case <-time.After(settleTimeout):
		t.Fatal("osaamo serve still running after SIGTERM")
	}
	if !slices.Contains(rest, "stopped") {
		t.Errorf("output after SIGTERM %q, want \"stopped\"", rest)
	}
}

func TestLoopback(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1", true}, {"::1", true}, {"localhost", true}, {"127.0.0.2", true},
		{"0.0.0.0", false}, {"", false}, {"::", false}, {"192.168.1.10", false}, {"example.org", false},
	}
	for _, tt := range tests {
		if got := loopback(tt.addr); got != tt.want {
			t.Errorf("loopback(%q) = %t, want %t", tt.addr, got, tt.want)
		}
	}
}

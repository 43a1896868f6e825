package serve

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/testsite"
)

func TestServe(t *testing.T) {
	s := &Server{}
	s.Set(output.Files{
		"index.html":          []byte("etusivu"),
		"teemat/a/index.html": []byte("teema"),
		"assets/css/x.css":    []byte("body{}"),
		"404.html":            []byte("ei löytynyt"),
	})
	tests := []struct {
		name, path string
		code       int
		body       string
	}{
		{"root", "/", 200, "etusivu"},
		{"page dir", "/teemat/a/", 200, "teema"},
		{"page file", "/teemat/a/index.html", 200, "teema"},
		{"dir without slash redirects", "/teemat/a", 301, ""},
		{"asset", "/assets/css/x.css", 200, "body{}"},
		{"missing", "/ei/ole", 404, "ei löytynyt"},
		{"traversal", "/../site.yaml", 404, "ei löytynyt"},
		{"encoded traversal", "/%2e%2e/%2e%2e/etc/passwd", 404, "ei löytynyt"},
		{"no listing", "/teemat/", 404, "ei löytynyt"},
		{"encoded slash traversal", "/teemat/..%2f..%2fsite.yaml", 404, "ei löytynyt"},
		{"server path traversal", "/_osaamo/../site.yaml", 404, "ei löytynyt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
			if rec.Code != tt.code {
				t.Fatalf("GET %s: code %d, want %d", tt.path, rec.Code, tt.code)
			}
			if tt.body != "" && rec.Body.String() != tt.body {
				t.Errorf("GET %s: body %q, want %q", tt.path, rec.Body.String(), tt.body)
			}
			if rec.Header().Get("Content-Security-Policy") != CSP {
				t.Errorf("GET %s: no CSP header", tt.path)
			}
		})
	}
}

func TestChanged(t *testing.T) {
	shared := []byte("sama")
	tests := []struct {
		name     string
		old, cur output.Files
		want     string
	}{
		{"nothing", output.Files{"a": shared}, output.Files{"a": shared}, ""},
		{"same bytes, new slice", output.Files{"a": []byte("x")}, output.Files{"a": []byte("x")}, ""},
		{"changed", output.Files{"a": []byte("x"), "b": shared}, output.Files{"a": []byte("y"), "b": shared}, "a"},
		{"added and removed", output.Files{"b": shared, "c": shared}, output.Files{"a": shared, "b": shared}, "a c"},
		{"first build", nil, output.Files{"b": shared, "a": shared}, "a b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(Changed(tt.old, tt.cur), " "); got != tt.want {
				t.Errorf("Changed = %q, want %q", got, tt.want)
			}
		})
	}
}

// next waits for the next event of the stream.
func next(t *testing.T, events <-chan testsite.Event) testsite.Event {
	t.Helper()
	select {
	case ev, ok := <-events:
		if !ok {
			t.Fatal("event stream ended")
		}
		return ev
	case <-time.After(10 * time.Second):
		t.Fatal("no event within 10 s")
	}
	return testsite.Event{}
}

func TestEvents(t *testing.T) {
	s := &Server{}
	s.Set(output.Files{"index.html": []byte("a"), "teemat/index.html": []byte("t"), "vanha/index.html": []byte("v")})
	hs := httptest.NewServer(s)
	defer hs.Close()
	// Events returns once the response has begun, and the server listens
	// for the page before it answers.
	events := testsite.Events(t, hs.URL+EventsPath)
	first := hello(t, events)

	s.Set(output.Files{"index.html": []byte("b"), "teemat/index.html": []byte("t"), "uusi/index.html": []byte("u")})
	ev := next(t, events)
	var rl Reload
	if err := json.Unmarshal([]byte(ev.Data), &rl); ev.Name != EventReload || err != nil ||
		!slices.Equal(rl.Changed, []string{"index.html", "uusi/index.html", "vanha/index.html"}) {
		t.Errorf("after Set: event %q %s, want reload with the changed paths", ev.Name, ev.Data)
	}
	if rl.Build == first {
		t.Errorf("the reload event names the build %q the page connected to, want a new one", rl.Build)
	}
	// A page that reconnects is told which build is served: the one the
	// reload named, and the same again after a Set that changed nothing.
	if again := hello(t, testsite.Events(t, hs.URL+EventsPath)); again != rl.Build {
		t.Errorf("a reconnecting page is told build %q, want %q from the reload event", again, rl.Build)
	}
	s.Set(s.Files())
	next(t, events)
	if again := hello(t, testsite.Events(t, hs.URL+EventsPath)); again != rl.Build {
		t.Errorf("after a Set that changed nothing the build is %q, want it still %q", again, rl.Build)
	}
	// Another server (osaamo serve restarted) serves another build, even
	// with the same files.
	other := &Server{}
	other.Set(s.Files())
	hs2 := httptest.NewServer(other)
	defer hs2.Close()
	defer other.Close() // ends the stream, which hs2.Close waits for
	if b := hello(t, testsite.Events(t, hs2.URL+EventsPath)); b == rl.Build {
		t.Errorf("a restarted server names its build %q like the old one", b)
	}

	ds := diag.List{{File: "content/a.md", Line: 4, Col: 2, Message: `unknown front matter key "titel"`,
		Source: "\ttitel: <X>", Hint: `did you mean "title"?`}}
	s.Fail(ds)
	ev = next(t, events)
	var got ProblemsData
	if err := json.Unmarshal([]byte(ev.Data), &got); ev.Name != EventProblems || err != nil {
		t.Fatalf("after Fail: event %q %s (%v), want problems", ev.Name, ev.Data, err)
	}
	want := Problem{Diagnostic: ds[0], Pos: "content/a.md:4:2", Severity: "error"}
	want.Source = " titel: <X>"
	if len(got.Problems) != 1 || got.Problems[0] != want {
		t.Errorf("problems %+v, want %+v", got.Problems, want)
	}
	if string(s.Files()["index.html"]) != "b" {
		t.Error("Fail replaced the files being served")
	}

	// A page opened while the build is failing sees the problems at once.
	late := testsite.Events(t, hs.URL+EventsPath)
	hello(t, late)
	if ev := next(t, late); ev.Name != EventProblems {
		t.Errorf("page opened after Fail: first event %q, want problems", ev.Name)
	}

	s.Set(output.Files{"index.html": []byte("c")})
	for _, stream := range []<-chan testsite.Event{events, late} {
		if ev := next(t, stream); ev.Name != EventClear {
			t.Errorf("after the fix: event %q, want clear", ev.Name)
		}
		if ev := next(t, stream); ev.Name != EventReload {
			t.Errorf("after the fix: event %q, want reload", ev.Name)
		}
	}

	s.Close()
	for _, stream := range []<-chan testsite.Event{events, late} {
		select {
		case ev, ok := <-stream:
			if ok {
				t.Errorf("after Close: event %q, want the stream to end", ev.Name)
			}
		case <-time.After(10 * time.Second):
			t.Error("stream still open 10 s after Close")
		}
	}
}

// hello reads the first event of a stream, which must be a hello, and
// returns the build it names.
func hello(t *testing.T, events <-chan testsite.Event) string {
	t.Helper()
	ev := next(t, events)
	var h Hello
	if err := json.Unmarshal([]byte(ev.Data), &h); ev.Name != EventHello || err != nil || h.Build == "" {
		t.Fatalf("first event %q %s, want hello naming the build", ev.Name, ev.Data)
	}
	return h.Build
}

func TestNoBuildYet(t *testing.T) {
	s := &Server{}
	s.Fail(diag.List{{File: "content/a.md", Line: 1, Col: 1, Message: `bad <script>`}})
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/teemat/", nil))
	body := rec.Body.String()
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(body, "content/a.md:1:1: bad &lt;script&gt;") {
		t.Errorf("before the first good build: %d %s; want 503 listing the diagnostic, escaped", rec.Code, body)
	}
	if !strings.Contains(body, `<script src="/_osaamo/wait.js"`) {
		t.Errorf("page before the first good build does not load wait.js:\n%s", body)
	}
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/_osaamo/wait.js", nil))
	if !strings.Contains(rec.Body.String(), "EventSource") || rec.Header().Get("Content-Type") != "text/javascript; charset=utf-8" {
		t.Errorf("wait.js: %s %q", rec.Body.String(), rec.Header().Get("Content-Type"))
	}
}

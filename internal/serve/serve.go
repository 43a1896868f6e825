// Package serve serves a built site from memory over HTTP for the live
// preview, and tells open pages over Server-Sent Events when the files
// they show change or a build fails. It serves only the files it was
// handed — never the disk — so no request path can reach sources or
// anything outside the output, and it lists no directories. It does not
// build or watch; the caller hands it each new build with Set and each
// failed one with Fail.
package serve

import (
	"bytes"
	"html/template"
	"mime"
	"net/http"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/output"
)

// Server is an http.Handler over the latest output.Files, with the event
// stream at EventsPath. The zero value is ready to use.
type Server struct {
	mu       sync.RWMutex
	files    output.Files
	problems event     // the current problems event; nil after a good build
	diags    diag.List // its diagnostics, for the page shown before any good build
	clients  map[chan event]bool
	closed   bool
	// instance tells this server from an earlier one on the same port;
	// builds counts the Sets that changed a file. Together they name the
	// build being served (see EventHello).
	instance string
	builds   int
}

// build names the build being served. s.mu must be held.
func (s *Server) build() string {
	if s.instance == "" {
		s.instance = strconv.FormatInt(time.Now().UnixNano(), 36)
	}
	return s.instance + "-" + strconv.Itoa(s.builds)
}

// Set replaces the files being served and sends every open page a reload
// event listing the output paths that were added, changed or removed, in
// order; it returns that list. After a failed build, a clear event goes
// first. files must not change after Set.
func (s *Server) Set(files output.Files) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	changed := Changed(s.files, files)
	s.files = files
	if len(changed) > 0 {
		s.builds++
	}
	if s.problems != nil {
		s.problems, s.diags = nil, nil
		s.broadcast(newEvent(EventClear, struct{}{}))
	}
	s.broadcast(newEvent(EventReload, Reload{Changed: changed, Build: s.build()}))
	return changed
}

// Fail keeps serving the last good files and shows every open page the
// diagnostics of a failed build in a problems event. Pages opened later
// get the event when they connect, until the next Set.
func (s *Server) Fail(ds diag.List) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.problems, s.diags = problemsEvent(ds), ds
	s.broadcast(s.problems)
}

// Files returns the files being served.
func (s *Server) Files() output.Files {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.files
}

// Changed returns the paths whose bytes differ between two builds,
// including files only one of them has, sorted.
func Changed(old, cur output.Files) []string {
	changed := []string{}
	for p, b := range cur {
		if o, ok := old[p]; !ok || !bytes.Equal(o, b) {
			changed = append(changed, p)
		}
	}
	for p := range old {
		if _, ok := cur[p]; !ok {
			changed = append(changed, p)
		}
	}
	sort.Strings(changed)
	return changed
}

// ServeHTTP serves a file of the current build. "/x/" serves "x/index.html".
// Paths are cleaned before lookup, so "..", encoded or not, cannot climb out.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", CSP)
	switch r.URL.Path {
	case EventsPath:
		if r.Method != http.MethodGet {
			h.Set("Allow", "GET")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		s.serveEvents(w, r)
		return
	case waitScriptPath:
		h.Set("Content-Type", "text/javascript; charset=utf-8")
		w.Write([]byte(waitScript))
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" || strings.HasSuffix(r.URL.Path, "/") {
		name = path.Join(name, "index.html")
	}
	s.mu.RLock()
	if s.files == nil {
		diags := s.diags
		s.mu.RUnlock()
		s.serveNoBuild(w, diags)
		return
	}
	b, ok := s.files[name]
	if !ok {
		if _, dir := s.files[path.Join(name, "index.html")]; dir {
			s.mu.RUnlock()
			http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
			return
		}
		b = s.files["404.html"]
	}
	s.mu.RUnlock()
	ctype := mime.TypeByExtension(path.Ext(name))
	if !ok {
		ctype = "text/html; charset=utf-8"
	}
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	h.Set("Content-Type", ctype)
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		w.Write(b)
		return
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
}

// CSP is the Content-Security-Policy the preview sends, the strictest the
// site is built to work under.
const CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"

// waitScriptPath serves the script of the page shown before the first
// good build: it reloads the page when a build succeeds.
const waitScriptPath = "/_osaamo/wait.js"

const waitScript = `new EventSource("` + EventsPath + `").addEventListener("` + EventReload + `", function () { location.reload(); });
`

var noBuildPage = template.Must(template.New("").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The site has errors – osaamo serve</title>
<script src="{{.Script}}" defer></script>
</head>
<body>
<main>
<h1>{{if .Diags}}The site has errors{{else}}Building the site…{{end}}</h1>
{{if .Diags}}<p>osaamo serve shows the site as soon as they are fixed: save the files and this page reloads.</p>
<ol>
{{range .Diags}}<li><pre>{{.}}</pre></li>
{{end}}</ol>{{end}}
</main>
</body>
</html>
`))

// serveNoBuild answers every request made before the first good build
// with the diagnostics that stand in its way.
func (s *Server) serveNoBuild(w http.ResponseWriter, diags diag.List) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Retry-After", "1")
	w.WriteHeader(http.StatusServiceUnavailable)
	noBuildPage.Execute(w, struct {
		Script string
		Diags  diag.List
	}{waitScriptPath, diags})
}

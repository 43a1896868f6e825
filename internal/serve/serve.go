// Package serve serves a built site from memory over HTTP for the live
// preview. It serves only the files it was handed — never the disk — so no
// request path can reach sources or anything outside the output, and it
// lists no directories. It does not build; the caller hands it each new
// build with Set.
package serve

import (
	"bytes"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/osaamo/osaamo/internal/output"
)

// Server is an http.Handler over the latest output.Files.
type Server struct {
	mu    sync.RWMutex
	files output.Files
}

// Set replaces the files being served.
func (s *Server) Set(files output.Files) {
	s.mu.Lock()
	s.files = files
	s.mu.Unlock()
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
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" || strings.HasSuffix(r.URL.Path, "/") {
		name = path.Join(name, "index.html")
	}
	s.mu.RLock()
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

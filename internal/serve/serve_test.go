package serve

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/osaamo/osaamo/internal/output"
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

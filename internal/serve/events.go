package serve

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/osaamo/osaamo/internal/diag"
)

// EventsPath is the Server-Sent Events stream the theme's reload.js
// listens to. Paths under /_osaamo/ belong to the server, never to a site.
const EventsPath = "/_osaamo/events"

// The events of the stream. Their data is one line of JSON.
const (
	// EventHello is the first event of every stream: {"build": "..."}, the
	// build being served. A page that reconnects compares it with the
	// build it shows and reloads only when they differ: after a restart of
	// the server, or when changes were published while it was away.
	EventHello = "hello"
	// EventReload lists the output files that changed, and names the new
	// build: {"changed": [...], "build": "..."}. A page reloads when its own
	// file or a file it uses is among them.
	EventReload = "reload"
	// EventProblems carries the diagnostics of a failed build:
	// {"problems": [...]}, each with file, line, col, pos, severity,
	// message, source and hint. The site being served is the last good one.
	EventProblems = "problems"
	// EventClear says the problems are gone: {}.
	EventClear = "clear"
)

// Problem is one diagnostic as the overlay shows it.
type Problem struct {
	diag.Diagnostic
	// Pos is "file:line:col", as the terminal shows it.
	Pos string `json:"pos"`
	// Severity is "error" or "warning".
	Severity string `json:"severity"`
}

// Reload is the data of an EventReload.
type Reload struct {
	Changed []string `json:"changed"`
	Build   string   `json:"build"`
}

// Hello is the data of an EventHello.
type Hello struct {
	Build string `json:"build"`
}

// ProblemsData is the data of an EventProblems.
type ProblemsData struct {
	Problems []Problem `json:"problems"`
}

// event is one message of the stream, ready to write.
type event []byte

func newEvent(name string, data any) event {
	b, err := json.Marshal(data)
	if err != nil {
		panic(fmt.Sprintf("serve: encode %s event: %v", name, err)) // only our own types are encoded
	}
	return event("event: " + name + "\ndata: " + string(b) + "\n\n")
}

func problemsEvent(ds diag.List) event {
	data := ProblemsData{Problems: []Problem{}}
	for _, d := range ds {
		d.Source = strings.ReplaceAll(d.Source, "\t", " ")
		data.Problems = append(data.Problems, Problem{Diagnostic: d, Pos: d.Pos(), Severity: d.Severity.String()})
	}
	return newEvent(EventProblems, data)
}

// clientBuffer is how many events may wait for a slow page before the
// server drops its stream; EventSource then reconnects and gets the state.
const clientBuffer = 16

// serveEvents streams events to one page until it goes away or the
// server closes.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming not supported", http.StatusInternalServerError)
		return
	}
	ch := make(chan event, clientBuffer)
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		http.Error(w, "server is shutting down", http.StatusServiceUnavailable)
		return
	}
	if s.clients == nil {
		s.clients = map[chan event]bool{}
	}
	s.clients[ch] = true
	problems, hello := s.problems, newEvent(EventHello, Hello{Build: s.build()})
	s.mu.Unlock()
	defer s.drop(ch)

	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	// A restarted server is back within a second; retry soon.
	fmt.Fprint(w, "retry: 1000\n\n")
	w.Write(hello)
	if problems != nil {
		w.Write(problems)
	}
	flusher.Flush()
	for {
		select {
		case ev, ok := <-ch:
			if !ok {
				return
			}
			if _, err := w.Write(ev); err != nil {
				return
			}
			flusher.Flush()
		case <-r.Context().Done():
			return
		}
	}
}

// broadcast sends ev to every page. s.mu must be held. A page whose
// buffer is full is dropped.
func (s *Server) broadcast(ev event) {
	for ch := range s.clients {
		select {
		case ch <- ev:
		default:
			delete(s.clients, ch)
			close(ch)
		}
	}
}

// drop forgets a page's stream.
func (s *Server) drop(ch chan event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.clients[ch] {
		delete(s.clients, ch)
		close(ch)
	}
}

// Close ends every event stream and refuses new ones, so that
// http.Server.Shutdown does not wait for pages that never hang up.
func (s *Server) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	for ch := range s.clients {
		delete(s.clients, ch)
		close(ch)
	}
}

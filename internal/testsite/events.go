package testsite

import (
	"bufio"
	"context"
	"net/http"
	"strings"
	"testing"
)

// Event is one Server-Sent Event as a browser's EventSource sees it.
type Event struct {
	Name string // "message" when the event named none
	Data string
}

// Events connects to a Server-Sent Events stream at url and delivers its
// events in order. The channel is closed when the stream ends or the test
// finishes.
func Events(t testing.TB, url string) <-chan Event {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept", "text/event-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("connect to %s: %v", url, err)
	}
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		resp.Body.Close()
		t.Fatalf("GET %s: %s, Content-Type %q; want 200 and text/event-stream", url, resp.Status, resp.Header.Get("Content-Type"))
	}
	out := make(chan Event, 64)
	go func() {
		defer close(out)
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 16<<20)
		ev := Event{}
		var data []string
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if data != nil {
					if ev.Name == "" {
						ev.Name = "message"
					}
					ev.Data = strings.Join(data, "\n")
					select {
					case out <- ev:
					case <-ctx.Done():
						return
					}
				}
				ev, data = Event{}, nil
			case strings.HasPrefix(line, "event:"):
				ev.Name = strings.TrimPrefix(strings.TrimPrefix(line, "event:"), " ")
			case strings.HasPrefix(line, "data:"):
				data = append(data, strings.TrimPrefix(strings.TrimPrefix(line, "data:"), " "))
			}
		}
	}()
	return out
}

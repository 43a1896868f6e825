package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/osaamo/osaamo/internal/search"
)

// TestSearchInBrowser types every query of the Finnish query set
// (internal/build/testdata/queries.tsv) into the search page in Chromium,
// served under a subpath with the strict CSP and opened from file://, and
// requires the same first five results as `osaamo search` ranks in Go. It
// logs the time from submit to rendered results (median and 95th
// percentile), the latency the issue budgets.
func TestSearchInBrowser(t *testing.T) {
	s := needBrowser(t)
	res := buildShipped(t, "public")
	idx, err := search.Load(res.Files)
	if err != nil {
		t.Fatal(err)
	}
	queries := queryTexts(t)
	// The "show more" check needs a query with more than one page of
	// results.
	var more string
	var moreWant []string
	for _, q := range queries {
		if all := idx.Query(q, search.Options{}); len(all) > 10 {
			more = q
			for _, r := range all[:min(len(all), 20)] {
				moreWant = append(moreWant, r.URL)
			}
			break
		}
	}
	if more == "" {
		t.Fatal("no query has more than 10 results to check the \"show more\" button with")
	}
	moreTotal := len(idx.Query(more, search.Options{}))
	job := map[string]any{
		"chromium": s.chromium,
		"roots":    []string{serveFiles(t, res.Files), fileURL(writeFiles(t, res.Files))},
		"queries":  queries,
		"top":      5,
		"more":     more,
	}
	b, _ := json.Marshal(job)
	jobFile := filepath.Join(t.TempDir(), "job.json")
	if err := os.WriteFile(jobFile, b, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, s.node, "search.mjs", jobFile)
	cmd.Dir = s.dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node search.mjs: %v\n%s", err, stderr.String())
	}
	var out struct {
		Runs []struct {
			Root    string
			Results [][]string
			MS      []float64
			More    struct {
				Before       int
				Offered      bool
				URLs         []string
				Focused      int
				ButtonHidden bool
			}
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("%v\n%s", err, stdout.String())
	}
	for _, run := range out.Runs {
		how := "served"
		if strings.HasPrefix(run.Root, "file:") {
			how = "file://"
		}
		for i, q := range queries {
			var want []string
			for _, r := range idx.Query(q, search.Options{Limit: 5}) {
				want = append(want, r.URL)
			}
			if strings.Join(run.Results[i], " ") != strings.Join(want, " ") {
				t.Errorf("%s, %q: browser shows %v, Go ranks %v", how, q, run.Results[i], want)
			}
		}
		m := run.More
		if m.Before != 10 || !m.Offered {
			t.Errorf("%s, %q (%d results): the page shows %d results and offers more: %v, want 10 and true", how, more, moreTotal, m.Before, m.Offered)
		}
		if strings.Join(m.URLs, " ") != strings.Join(moreWant, " ") {
			t.Errorf("%s, %q: after \"show more\" the browser shows\n%v\nGo ranks\n%v", how, more, m.URLs, moreWant)
		}
		if m.Focused != 10 {
			t.Errorf("%s, %q: after \"show more\" focus is on result %d, want the first new one (10)", how, more, m.Focused)
		}
		if m.ButtonHidden != (moreTotal <= 20) {
			t.Errorf("%s, %q: %d results, 20 shown, button hidden: %v", how, more, moreTotal, m.ButtonHidden)
		}
		ms := append([]float64(nil), run.MS...)
		sort.Float64s(ms)
		t.Logf("%s: %d queries, submit to results: median %.1f ms, p95 %.1f ms, max %.1f ms",
			how, len(ms), ms[len(ms)/2], ms[len(ms)*95/100], ms[len(ms)-1])
	}
}

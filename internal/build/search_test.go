package build

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/osaamo/osaamo/internal/search"
	"github.com/osaamo/osaamo/internal/testsite"
)

// query is one line of testdata/queries.tsv.
type query struct {
	text string
	want []string
}

func readQueries(t *testing.T) []query {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "queries.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var qs []query
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		text, want, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		qs = append(qs, query{text, strings.Split(want, "|")})
	}
	return qs
}

// TestSearchRecall runs the Finnish query set over the index loaded back
// from the built files and requires recall@5 of at least 0.95.
func TestSearchRecall(t *testing.T) {
	res := buildShipped(t, "public")
	idx, err := search.Load(res.Files)
	if err != nil {
		t.Fatal(err)
	}
	qs := readQueries(t)
	if len(qs) < 40 {
		t.Fatalf("%d queries, want at least 40", len(qs))
	}
	found := 0
	for _, q := range qs {
		results := idx.Query(q.text, search.Options{Limit: 5})
		hit := false
		var got []string
		for _, r := range results {
			got = append(got, r.URL)
			for _, w := range q.want {
				hit = hit || strings.HasPrefix(r.URL, w)
			}
		}
		if hit {
			found++
		} else {
			t.Logf("miss: %q wants %v, top 5: %v", q.text, q.want, got)
		}
	}
	recall := float64(found) / float64(len(qs))
	t.Logf("recall@5 = %d/%d = %.3f", found, len(qs), recall)
	if recall < 0.95 {
		t.Errorf("recall@5 = %.3f, want at least 0.95", recall)
	}
}

// TestSearchRecallByAnalysis measures what each part of the Finnish
// analysis adds: recall@5 of the query set with plain Snowball stems, with
// the gradation rules, and with compound splitting too. The full analysis
// must beat both reduced ones.
func TestSearchRecallByAnalysis(t *testing.T) {
	res := buildShipped(t, "public")
	pages := res.search
	qs := readQueries(t)
	recall := func(v search.Variant) float64 {
		idx := search.BuildVariant(pages, v)
		found := 0
		for _, q := range qs {
			for _, r := range idx.Query(q.text, search.Options{Limit: 5}) {
				if hasPrefix(r.URL, q.want) {
					found++
					break
				}
			}
		}
		return float64(found) / float64(len(qs))
	}
	plain := recall(search.Variant{PlainSnowball: true, NoCompounds: true})
	gradation := recall(search.Variant{NoCompounds: true})
	full := recall(search.Variant{})
	t.Logf("recall@5: plain Snowball %.3f, + gradation rules %.3f, + compound parts %.3f", plain, gradation, full)
	if full <= plain || full <= gradation {
		t.Errorf("the full analysis (%.3f) should beat plain Snowball (%.3f) and no compounds (%.3f)", full, plain, gradation)
	}
}

func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// TestSearchParityWithJS ranks every query of the test set, and each
// query's words one by one, with search.js under Node over the same built
// files, and requires the same pages, scores and order as Go.
func TestSearchParityWithJS(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node is not installed; CI must install it (see .ci/run)")
		}
		t.Skip("node not found: skipping the Go/JavaScript search parity test (install Node.js to run it)")
	}
	res := buildShipped(t, "public")
	dir := t.TempDir()
	for name, b := range res.Files {
		if !strings.HasPrefix(name, search.Dir) {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	idx, err := search.Load(res.Files)
	if err != nil {
		t.Fatal(err)
	}
	type jsQuery struct {
		Text  string `json:"text"`
		Limit int    `json:"limit"`
		Kind  string `json:"kind"`
	}
	var qs []jsQuery
	for _, q := range readQueries(t) {
		qs = append(qs, jsQuery{Text: q.text, Limit: 10})
		for _, w := range strings.Fields(q.text) {
			qs = append(qs, jsQuery{Text: w, Limit: 20})
		}
	}
	qs = append(qs, jsQuery{Text: "raport", Limit: 10}, jsQuery{Text: "yhteis", Limit: 10},
		jsQuery{Text: "sosiaalinen raportointi", Limit: 10, Kind: "case"})
	in, _ := json.Marshal(qs)
	cmd := exec.Command(node, filepath.Join("testdata", "search-parity.js"),
		filepath.Join(testsite.Root(), "themes", "default", "static", "js"), dir)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.String())
	}
	type jsResult struct {
		URL     string `json:"url"`
		Score   int    `json:"score"`
		Matched int    `json:"matched"`
	}
	var got [][]jsResult
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	for i, q := range qs {
		want := idx.Query(q.Text, search.Options{Limit: q.Limit, Kind: q.Kind})
		if len(got[i]) != len(want) {
			t.Errorf("%q: JavaScript gives %d results, Go %d", q.Text, len(got[i]), len(want))
			continue
		}
		for j := range want {
			if got[i][j].URL != want[j].URL || got[i][j].Score != want[j].Score || got[i][j].Matched != want[j].Matched {
				t.Errorf("%q result %d: JavaScript %+v, Go {%s %d %d}", q.Text, j+1, got[i][j], want[j].URL, want[j].Score, want[j].Matched)
				break
			}
		}
	}
	t.Logf("compared %d queries", len(qs))
}

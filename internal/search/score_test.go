package search

import (
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"
)

// TestBest compares best with what it replaces: a stable sort by score,
// the first n, sorted back by doc.
func TestBest(t *testing.T) {
	reference := func(ps []Posting, n int) []Posting {
		ps = append([]Posting(nil), ps...)
		if len(ps) <= n {
			return ps
		}
		sort.SliceStable(ps, func(a, b int) bool { return ps[a].Score > ps[b].Score })
		ps = ps[:n]
		sort.Slice(ps, func(a, b int) bool { return ps[a].Doc < ps[b].Doc })
		return ps
	}
	tests := []struct {
		name string
		ps   []Posting
		n    int
	}{
		{"fewer than n", []Posting{{0, 5}, {3, 1}}, 3},
		{"ties at the cut go to lower docs", []Posting{{0, 5}, {1, 9}, {2, 5}, {3, 5}, {4, 1}}, 3},
		{"all equal", []Posting{{0, 7}, {1, 7}, {2, 7}, {3, 7}}, 2},
		{"top score", []Posting{{0, 1}, {1, maxScore}, {2, maxScore - 1}}, 1},
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 50 {
		var ps []Posting
		for doc := range 1 + r.IntN(300) {
			if r.IntN(3) > 0 {
				ps = append(ps, Posting{doc, 1 + r.IntN(1+r.IntN(maxScore-1))})
			}
		}
		tests = append(tests, struct {
			name string
			ps   []Posting
			n    int
		}{"random " + string(rune('a'+i%26)), ps, 1 + r.IntN(100)})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := reference(tt.ps, tt.n)
			got := best(append([]Posting(nil), tt.ps...), tt.n)
			if len(got) == 0 && len(want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("best(%v, %d) = %v, want %v", tt.ps, tt.n, got, want)
			}
		})
	}
}

package diag

import (
	"fmt"
	"sort"
	"strings"
)

// Suggest returns a "did you mean" hint naming the candidate closest to got,
// or "" when none is close enough to be a plausible typo. Ties go to the
// candidate that sorts first, so the hint is stable.
func Suggest(got string, candidates []string) string {
	best := Closest(got, candidates)
	if best == "" {
		return ""
	}
	return fmt.Sprintf("did you mean %q?", best)
}

// Closest returns the candidate with the smallest edit distance to got when
// that distance is small relative to the word's length, else "".
func Closest(got string, candidates []string) string {
	sorted := append([]string(nil), candidates...)
	sort.Strings(sorted)
	g := strings.ToLower(got)
	best, bestDist := "", -1
	for _, c := range sorted {
		d := distance(g, strings.ToLower(c))
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	limit := len([]rune(got))/3 + 1
	if bestDist < 0 || bestDist > limit {
		return ""
	}
	return best
}

// distance is the optimal string alignment distance between a and b, in
// characters: insertions, deletions, substitutions and transpositions of
// adjacent characters (the commonest typo) each cost one.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

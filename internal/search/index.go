// Package search builds the site's full-text index at build time and
// ranks queries over it. The index is written as classic JavaScript files
// (loaded with <script>, so search works from file:// and under any
// subpath), split so a query loads only the shards its words hash to and
// the texts of the results it shows. The browser client
// (themes/default/static/js/search.js) implements the same ranking; Go's
// Query is the reference, used by `osaamo search` and the tests. Words are
// analysed by internal/stem on both sides. The package does not render
// result pages; the theme does.
package search

import (
	"math"
	"sort"
	"strings"

	"github.com/osaamo/osaamo/internal/stem"
)

// Field weights: a word in the title says most about a page, then its
// headings, then glossary terms and taxonomy labels, then the body.
const (
	weightTitle    = 10
	weightHeadings = 4
	weightTerms    = 3
	weightBody     = 1
	// weightPart scales the score a compound lends to each of its parts,
	// so "osaamisverkosto" is found by "osaaminen", below pages about
	// osaaminen itself.
	weightPart = 0.5
	// saturation is where a word's raw weight gives half the top score.
	saturation = 8
	// maxScore is the integer a fully saturated word scores.
	maxScore = 1000
	// maxPostings caps a key's posting list to its best-scoring pages, so
	// the commonest words cannot make a shard heavy.
	maxPostings = 2000
)

// Page is what the index is built from: one page's fields as plain text.
type Page struct {
	URL      string // output path from the site root, "teemat/x/index.html"
	Title    string
	Kind     string
	Headings []string
	Terms    []string // glossary term and abbreviation, taxonomy labels
	Body     string
	Facets   []string // "competence:tiedon-kokoaminen", … for filters
}

// Doc is an indexed page as the results show it.
type Doc struct {
	Title  string
	URL    string
	Kind   string
	Text   string
	Facets []string
}

// Posting is one page's score for one key.
type Posting struct {
	Doc   int
	Score int
}

// Index is the built index.
type Index struct {
	Docs     []Doc
	Postings map[string][]Posting // key → postings sorted by doc
}

// Build indexes pages. Docs get ids in URL order, so the index does not
// depend on the order pages are given in.
func Build(pages []Page) *Index {
	sorted := append([]Page(nil), pages...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].URL < sorted[j].URL })
	idx := &Index{Postings: map[string][]Posting{}}

	// Per page: key → raw weight, and the surface words of the body (for
	// compound splitting against the whole site's vocabulary).
	raws := make([]map[string]float64, len(sorted))
	vocab := map[string]bool{}
	words := make([]map[string]string, len(sorted))
	for i, p := range sorted {
		tf := map[string][4]int{}
		surface := map[string]string{}
		for f, text := range []string{p.Title, strings.Join(p.Headings, "\n"), strings.Join(p.Terms, "\n"), p.Body} {
			for _, t := range stem.Analyze(text) {
				c := tf[t.Key]
				c[f]++
				tf[t.Key] = c
				vocab[t.Key] = true
				if _, ok := surface[t.Key]; !ok {
					surface[t.Key] = strings.ToLower(text[t.Start:t.End])
				}
			}
		}
		raw := map[string]float64{}
		for key, c := range tf {
			raw[key] = fieldWeight(c)
		}
		raws[i], words[i] = raw, surface
		idx.Docs = append(idx.Docs, Doc{Title: p.Title, URL: p.URL, Kind: p.Kind, Text: p.Body, Facets: p.Facets})
	}
	known := func(k string) bool { return vocab[k] }
	// Splitting is costly and the same words recur on many pages.
	parts := map[string][]string{}
	compounds := func(w string) []string {
		ps, ok := parts[w]
		if !ok {
			ps = stem.Compounds(w, known)
			parts[w] = ps
		}
		return ps
	}
	for i := range sorted {
		scores := map[string]float64{}
		for key, r := range raws[i] {
			scores[key] = math.Max(scores[key], r)
			for _, part := range compounds(words[i][key]) {
				if part != key {
					scores[part] = math.Max(scores[part], r*weightPart)
				}
			}
		}
		for key, r := range scores {
			idx.Postings[key] = append(idx.Postings[key], Posting{Doc: i, Score: quantize(r)})
		}
	}
	for key, ps := range idx.Postings {
		if len(ps) > maxPostings {
			sort.SliceStable(ps, func(a, b int) bool { return ps[a].Score > ps[b].Score })
			ps = ps[:maxPostings]
			sort.Slice(ps, func(a, b int) bool { return ps[a].Doc < ps[b].Doc })
			idx.Postings[key] = ps
		}
	}
	return idx
}

// fieldWeight sums the weighted, log-damped term frequencies of one key in
// the four fields (title, headings, terms, body).
func fieldWeight(tf [4]int) float64 {
	w := [4]float64{weightTitle, weightHeadings, weightTerms, weightBody}
	sum := 0.0
	for f, n := range tf {
		if n > 0 {
			sum += w[f] * (1 + math.Log(float64(n)))
		}
	}
	return sum
}

// quantize maps a raw weight to an integer score in [1, maxScore): the
// index stores integers so Go and JavaScript rank with the same numbers.
func quantize(raw float64) int {
	return max(1, int(math.Round(maxScore*raw/(raw+saturation))))
}

// Keys returns every indexed key, sorted.
func (idx *Index) Keys() []string {
	keys := make([]string, 0, len(idx.Postings))
	for k := range idx.Postings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

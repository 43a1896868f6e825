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

	variant Variant
}

// Variant switches off parts of the Finnish analysis, to measure what each
// part contributes to recall. The zero value is the full analysis; only
// benchmarks and tests use the others.
type Variant struct {
	PlainSnowball bool // keys are Snowball stems, no gradation rules
	NoCompounds   bool // compounds are not split into parts
}

// key returns the index key of a folded word under the variant.
func (v Variant) key(word string) string {
	if v.PlainSnowball {
		return stem.Stem(word)
	}
	return stem.Normalize(word)
}

// Build indexes pages. Docs get ids in URL order, so the index does not
// depend on the order pages are given in. Analysis runs on every core and
// works with integers: pages are tokenised into numbered words, each
// distinct word is normalised and split into compound parts once, as key
// ids, then pages are scored key by key.
func Build(pages []Page) *Index {
	return BuildVariant(pages, Variant{})
}

// BuildVariant is Build with parts of the analysis switched off.
func BuildVariant(pages []Page, v Variant) *Index {
	sorted := append([]Page(nil), pages...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].URL < sorted[j].URL })

	// 1. The distinct words of each page, stopwords left out, 2. each
	// distinct word's key and compound parts, 3. the score of every key
	// of every page, 4. the scores listed by key.
	words, list := readWords(sorted)
	lex := newLexicon(list, v)
	scores := scorePages(words, lex)
	idx := &Index{Docs: make([]Doc, len(sorted)), Postings: make(map[string][]Posting, len(lex.keys)), variant: v}
	for i, p := range sorted {
		idx.Docs[i] = Doc{Title: p.Title, URL: p.URL, Kind: p.Kind, Text: p.Body, Facets: p.Facets}
	}
	for k, ps := range postings(scores, len(lex.keys)) {
		if len(ps) > 0 {
			idx.Postings[lex.keys[k]] = ps
		}
	}
	return idx
}

// fieldWeight sums the weighted, log-damped term frequencies of one key in
// the four fields (title, headings, terms, body).
func fieldWeight(tf [fields]int32) float64 {
	w := [fields]float64{weightTitle, weightHeadings, weightTerms, weightBody}
	sum := 0.0
	for f, n := range tf {
		if n > 0 {
			sum += w[f] * damped(n)
		}
	}
	return sum
}

// dampedSmall holds damped(n) for small n, computed by the same
// expression, so looking it up gives the same bits.
var dampedSmall = func() (d [64]float64) {
	for n := 1; n < len(d); n++ {
		d[n] = 1 + math.Log(float64(n))
	}
	return d
}()

// damped is the weight of a word seen n > 0 times in a field: 1 + ln n.
func damped(n int32) float64 {
	if int(n) < len(dampedSmall) {
		return dampedSmall[n]
	}
	return 1 + math.Log(float64(n))
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

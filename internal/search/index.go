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

	"github.com/osaamo/osaamo/internal/parallel"
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
// depend on the order pages are given in. Analysis runs on every core:
// pages are tokenised in parallel, each distinct word is normalised and
// split into compound parts once, then pages are scored in parallel.
func Build(pages []Page) *Index {
	return BuildVariant(pages, Variant{})
}

// BuildVariant is Build with parts of the analysis switched off.
func BuildVariant(pages []Page, v Variant) *Index {
	sorted := append([]Page(nil), pages...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].URL < sorted[j].URL })
	idx := &Index{Postings: map[string][]Posting{}, variant: v}

	// 1. Words of each field of each page, stopwords left out.
	words := make([][4][]string, len(sorted))
	parallel.Each(len(sorted), func(i int) {
		p := sorted[i]
		for f, text := range []string{p.Title, strings.Join(p.Headings, "\n"), strings.Join(p.Terms, "\n"), p.Body} {
			for _, t := range stem.Tokenize(text) {
				if !stem.IsStopword(t.Word) {
					words[i][f] = append(words[i][f], t.Word)
				}
			}
		}
	})

	// 2. Each distinct word's key, computed once.
	distinct := map[string]bool{}
	for i := range words {
		for _, ws := range words[i] {
			for _, w := range ws {
				distinct[w] = true
			}
		}
	}
	list := make([]string, 0, len(distinct))
	for w := range distinct {
		list = append(list, w)
	}
	sort.Strings(list)
	keys := make([]string, len(list))
	parallel.Each(len(list), func(i int) { keys[i] = v.key(list[i]) })
	keyOf := make(map[string]string, len(list))
	vocab := map[string]bool{}
	for i, w := range list {
		keyOf[w] = keys[i]
		vocab[keys[i]] = true
	}

	// 3. Each distinct word's compound parts, against the site's vocabulary.
	known := func(k string) bool { return vocab[k] }
	parts := make([][]string, len(list))
	if !v.NoCompounds {
		parallel.Each(len(list), func(i int) { parts[i] = stem.Compounds(list[i], known) })
	}
	partsOf := make(map[string][]string, len(list))
	for i, w := range list {
		if len(parts[i]) > 0 {
			partsOf[w] = parts[i]
		}
	}

	// 4. Score every key of every page.
	scores := make([]map[string]float64, len(sorted))
	parallel.Each(len(sorted), func(i int) {
		tf := map[string][4]int{}
		surface := map[string]string{}
		for f, ws := range words[i] {
			for _, w := range ws {
				k := keyOf[w]
				c := tf[k]
				c[f]++
				tf[k] = c
				if _, ok := surface[k]; !ok {
					surface[k] = w
				}
			}
		}
		sc := make(map[string]float64, len(tf))
		for k, c := range tf {
			r := fieldWeight(c)
			sc[k] = math.Max(sc[k], r)
			for _, part := range partsOf[surface[k]] {
				if part != k {
					sc[part] = math.Max(sc[part], r*weightPart)
				}
			}
		}
		scores[i] = sc
	})
	for i, p := range sorted {
		idx.Docs = append(idx.Docs, Doc{Title: p.Title, URL: p.URL, Kind: p.Kind, Text: p.Body, Facets: p.Facets})
		for k, r := range scores[i] {
			idx.Postings[k] = append(idx.Postings[k], Posting{Doc: i, Score: quantize(r)})
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

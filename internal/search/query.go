package search

import (
	"html"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/osaamo/osaamo/internal/stem"
)

// Ranking constants shared with search.js.
const (
	// prefixFactor scales the score of a word that only begins with what
	// was typed ("raport" → raportointi).
	prefixFactor = 0.6
	// maxExpansions is how many longer words the last query word expands
	// to: the shortest ones, then alphabetically.
	maxExpansions = 3
	// minPrefix is the shortest last word that is expanded, in letters.
	minPrefix = 3
)

// Options narrow a query.
type Options struct {
	Kind   string   // only pages of this kind, "" for all
	Facets []string // only pages carrying every one of these facets
	Limit  int      // at most this many results, 0 for all
}

// Result is one ranked page.
type Result struct {
	Doc     int    `json:"-"`
	Title   string `json:"title"`
	URL     string `json:"url"`
	Kind    string `json:"kind"`
	Score   int    `json:"score"`
	Matched int    `json:"matched"`
	Snippet string `json:"snippet"`
}

// term is one analysed query word with the keys it may match and their
// factors.
type term struct {
	keys    []string
	factors []float64
}

// terms analyses a query: every word's key, and for the last word, when it
// is long enough, the indexed keys it is a prefix of.
func (idx *Index) terms(q string) []term {
	analysed := idx.analyze(q)
	var out []term
	for i, a := range analysed {
		t := term{keys: []string{a.Key}, factors: []float64{1}}
		if i == len(analysed)-1 && utf8.RuneCountInString(a.Key) >= minPrefix {
			for _, k := range idx.expand(a.Key) {
				t.keys = append(t.keys, k)
				t.factors = append(t.factors, prefixFactor)
			}
		}
		out = append(out, t)
	}
	return out
}

// analyze is stem.Analyze under the index's variant.
func (idx *Index) analyze(q string) []stem.Term {
	if !idx.variant.PlainSnowball {
		return stem.Analyze(q)
	}
	var out []stem.Term
	for _, t := range stem.Tokenize(q) {
		if !stem.IsStopword(t.Word) {
			out = append(out, stem.Term{Key: stem.Stem(t.Word), Start: t.Start, End: t.End})
		}
	}
	return out
}

// expand returns the indexed keys that start with key (not key itself):
// the maxExpansions shortest, ties in alphabetical order.
func (idx *Index) expand(key string) []string {
	var cands []string
	for k := range idx.Postings {
		if k != key && strings.HasPrefix(k, key) {
			cands = append(cands, k)
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		if len(cands[i]) != len(cands[j]) {
			return len(cands[i]) < len(cands[j])
		}
		return cands[i] < cands[j]
	})
	if len(cands) > maxExpansions {
		cands = cands[:maxExpansions]
	}
	return cands
}

// Query ranks the pages for q. A page scores, for each query word, its
// best score among that word's keys times the key's factor. Pages that
// match the most query words come first (all words when any page has
// them all), then by score, then by URL order.
func (idx *Index) Query(q string, opts Options) []Result {
	terms := idx.terms(q)
	if len(terms) == 0 {
		return nil
	}
	score := map[int]float64{}
	matched := map[int]int{}
	for _, t := range terms {
		best := map[int]float64{}
		for i, k := range t.keys {
			for _, p := range idx.Postings[k] {
				if s := float64(p.Score) * t.factors[i]; s > best[p.Doc] {
					best[p.Doc] = s
				}
			}
		}
		for d, s := range best {
			score[d] += s
			matched[d]++
		}
	}
	most := 0
	var docs []int
	for d := range score {
		if !idx.accepts(d, opts) {
			continue
		}
		if matched[d] > most {
			most, docs = matched[d], docs[:0]
		}
		if matched[d] == most {
			docs = append(docs, d)
		}
	}
	sort.Slice(docs, func(i, j int) bool {
		a, b := docs[i], docs[j]
		if score[a] != score[b] {
			return score[a] > score[b]
		}
		return a < b
	})
	if opts.Limit > 0 && len(docs) > opts.Limit {
		docs = docs[:opts.Limit]
	}
	var keys []string
	for _, t := range terms {
		keys = append(keys, t.keys...)
	}
	out := make([]Result, len(docs))
	for i, d := range docs {
		doc := idx.Docs[d]
		out[i] = Result{Doc: d, Title: doc.Title, URL: doc.URL, Kind: doc.Kind,
			Score: int(score[d]), Matched: matched[d], Snippet: Snippet(doc.Text, keys)}
	}
	return out
}

func (idx *Index) accepts(d int, opts Options) bool {
	doc := idx.Docs[d]
	if opts.Kind != "" && doc.Kind != opts.Kind {
		return false
	}
	for _, want := range opts.Facets {
		found := false
		for _, f := range doc.Facets {
			found = found || f == want
		}
		if !found {
			return false
		}
	}
	return true
}

// snippetRunes is the length of a snippet, in characters.
const snippetRunes = 180

// Snippet returns HTML: about 180 characters of text around the first word
// whose key is one of keys, every such word in <mark>. Without a match it
// is the start of the text.
func Snippet(text string, keys []string) string {
	want := map[string]bool{}
	for _, k := range keys {
		want[k] = true
	}
	terms := stem.Analyze(text)
	first := -1
	for _, t := range terms {
		if want[t.Key] {
			first = t.Start
			break
		}
	}
	start := 0
	if first > 0 {
		start = backRunes(text, first, 60)
		if sp := strings.IndexByte(text[start:first], ' '); start > 0 && sp >= 0 {
			start += sp + 1
		}
	}
	end := forwardRunes(text, start, snippetRunes)
	if end < len(text) {
		if sp := strings.LastIndexByte(text[start:end], ' '); sp > 0 {
			end = start + sp
		}
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("… ")
	}
	pos := start
	for _, t := range terms {
		if t.Start < start || t.End > end || !want[t.Key] {
			continue
		}
		b.WriteString(html.EscapeString(text[pos:t.Start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[t.Start:t.End]))
		b.WriteString("</mark>")
		pos = t.End
	}
	b.WriteString(html.EscapeString(text[pos:end]))
	if end < len(text) {
		b.WriteString(" …")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func backRunes(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

func forwardRunes(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

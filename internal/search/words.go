package search

import (
	"runtime"
	"slices"
	"strings"

	"github.com/osaamo/osaamo/internal/parallel"
	"github.com/osaamo/osaamo/internal/stem"
)

// Fields of a page, in the order their words are read.
const (
	fieldTitle = iota
	fieldHeadings
	fieldTerms
	fieldBody
	fields
)

// wordCount is how often a word appears in each field of a page.
type wordCount struct {
	word int32 // word id, local to the page's batch until renumbered
	tf   [fields]int32
}

// pageWords is one page's distinct words, in the order they first appear
// (title, headings, terms, body). Stopwords are left out.
type pageWords []wordCount

// vocabulary numbers distinct words: every page word is read through it
// once, as an id, so later steps work with integers.
type vocabulary struct {
	ids   map[string]int32 // word → id, or -1 for a stopword
	words []string         // id → word
	// text holds the words one after another: the map's keys are slices
	// of it, close together in memory, not of the pages' texts.
	text strings.Builder
}

func newVocabulary() *vocabulary {
	return &vocabulary{ids: map[string]int32{}}
}

// id returns the id of the folded word w, numbering it when it is new, or
// -1 when w is a stopword.
func (v *vocabulary) id(w string) int32 {
	if id, ok := v.ids[w]; ok {
		return id
	}
	// A Builder never changes bytes it has written, so its String may
	// be sliced and kept. It grows by doubling, not by append's smaller
	// steps for large slices.
	if v.text.Cap()-v.text.Len() < len(w) {
		v.text.Grow(v.text.Cap() + len(w))
	}
	v.text.WriteString(w)
	all := v.text.String()
	w = all[len(all)-len(w):]
	id := int32(-1)
	if !stem.IsStopword(w) {
		id = int32(len(v.words))
		v.words = append(v.words, w)
	}
	v.ids[w] = id
	return id
}

// readWords tokenises every page. Pages are read on every core in
// batches, each with its own vocabulary, so a word is looked up in a
// small map per occurrence and the batch vocabularies are merged once. It
// returns the pages' words with global ids and the vocabulary's words, in
// the order they first appear.
func readWords(pages []Page) ([]pageWords, []string) {
	out := make([]pageWords, len(pages))
	batches := batch(len(pages), 4*runtime.GOMAXPROCS(0))
	vocabs := make([]*vocabulary, len(batches))
	parallel.Each(len(batches), func(b int) {
		r := pageReader{vocab: newVocabulary()}
		for i := batches[b].from; i < batches[b].to; i++ {
			out[i] = r.read(pages[i])
		}
		vocabs[b] = r.vocab
	})

	// Merge the batch vocabularies in page order, then renumber.
	all := newVocabulary()
	global := make([][]int32, len(batches))
	for b, v := range vocabs {
		global[b] = make([]int32, len(v.words))
		for local, w := range v.words {
			global[b][local] = all.id(w)
		}
	}
	parallel.Each(len(batches), func(b int) {
		for i := batches[b].from; i < batches[b].to; i++ {
			for j, wc := range out[i] {
				out[i][j].word = global[b][wc.word]
			}
		}
	})
	return out, all.words
}

// pageReader reads the pages of one batch.
type pageReader struct {
	vocab *vocabulary
	words pageWords // the page being read
	// at is 1 + the index in words of a word id, or 0 when the page has
	// not had the word yet; it is zeroed again after each page.
	at []int32
}

// read returns the words of one page.
func (r *pageReader) read(p Page) pageWords {
	r.words = r.words[:0]
	r.count(fieldTitle, p.Title)
	for _, h := range p.Headings {
		r.count(fieldHeadings, h)
	}
	for _, t := range p.Terms {
		r.count(fieldTerms, t)
	}
	r.count(fieldBody, p.Body)
	for _, wc := range r.words {
		r.at[wc.word] = 0
	}
	return slices.Clone(r.words)
}

// count counts the words of text in field f.
func (r *pageReader) count(f int, text string) {
	for w := range stem.Words(text) {
		id := r.vocab.id(w)
		if id < 0 {
			continue
		}
		if int(id) >= len(r.at) {
			r.at = append(r.at, make([]int32, int(id)+1-len(r.at))...)
		}
		if r.at[id] == 0 {
			r.words = append(r.words, wordCount{word: id})
			r.at[id] = int32(len(r.words))
		}
		r.words[r.at[id]-1].tf[f]++
	}
}

// span is a range [from, to) of indexes.
type span struct{ from, to int }

// batch cuts [0, n) into at most k spans of nearly equal length.
func batch(n, k int) []span {
	k = max(1, min(k, n))
	out := make([]span, 0, k)
	for b := 0; b < k; b++ {
		out = append(out, span{b * n / k, (b + 1) * n / k})
	}
	return out
}

package search

import (
	"runtime"
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

// pageWords is one page's distinct words, in the order they first appear
// (title, headings, terms, body), with how often each appears in each
// field. Stopwords are left out.
type pageWords struct {
	ids []int32         // word ids, local to the page's batch until renumbered
	tf  [][fields]int32 // tf[j] counts ids[j] per field
}

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
	// be sliced and kept.
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
// returns the pages' words with global ids and the vocabulary's words.
func readWords(pages []Page) ([]pageWords, []string) {
	out := make([]pageWords, len(pages))
	batches := batch(len(pages), 4*runtime.GOMAXPROCS(0))
	vocabs := make([]*vocabulary, len(batches))
	parallel.Each(len(batches), func(b int) {
		v := newVocabulary()
		var at []int32
		for i := batches[b].from; i < batches[b].to; i++ {
			out[i], at = readPage(pages[i], v, at)
		}
		vocabs[b] = v
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
			for j, id := range out[i].ids {
				out[i].ids[j] = global[b][id]
			}
		}
	})
	return out, all.words
}

// readPage returns the words of one page, numbered by v. at is scratch
// space by word id, all zeros, returned grown and zeroed again: 1 + the
// index of the word in the page's lists, or 0 when the page has not had
// it yet.
func readPage(p Page, v *vocabulary, at []int32) (pageWords, []int32) {
	var pw pageWords
	count := func(f int, text string) {
		for w := range stem.Words(text) {
			id := v.id(w)
			if id < 0 {
				continue
			}
			if int(id) >= len(at) {
				at = append(at, make([]int32, int(id)+1-len(at))...)
			}
			if at[id] == 0 {
				pw.ids = append(pw.ids, id)
				pw.tf = append(pw.tf, [fields]int32{})
				at[id] = int32(len(pw.ids))
			}
			pw.tf[at[id]-1][f]++
		}
	}
	count(fieldTitle, p.Title)
	for _, h := range p.Headings {
		count(fieldHeadings, h)
	}
	for _, t := range p.Terms {
		count(fieldTerms, t)
	}
	count(fieldBody, p.Body)
	for _, id := range pw.ids {
		at[id] = 0
	}
	return pw, at
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

package search

import (
	"runtime"
	"slices"

	"github.com/osaamo/osaamo/internal/parallel"
	"github.com/osaamo/osaamo/internal/stem"
)

// lexicon is what the index knows of each distinct word, by word id: its
// key id and the key ids of its compound parts. Both are computed once per
// word, however many pages use it.
type lexicon struct {
	keys []string // key id → key
	key  []int32  // word id → key id
	// The parts of word w are parts[partsAt[w]:partsAt[w+1]].
	partsAt []int32
	parts   []int32
}

// newLexicon analyses the distinct words of the pages under variant v.
func newLexicon(words []string, v Variant) *lexicon {
	lex := &lexicon{key: make([]int32, len(words))}
	keys := make([]string, len(words))
	parallel.Each(len(words), func(i int) { keys[i] = v.key(words[i]) })
	id := make(map[string]int32, len(words))
	for w, k := range keys {
		kid, ok := id[k]
		if !ok {
			kid = int32(len(lex.keys))
			id[k] = kid
			lex.keys = append(lex.keys, k)
		}
		lex.key[w] = kid
	}

	parts := make([][]int32, len(words))
	if !v.NoCompounds {
		known := func(k string) bool { _, ok := id[k]; return ok }
		// Splitting normalises every ending of a word, and words share
		// endings: words are split in order of their reversed spelling,
		// in a few batches, so a batch's Splitter remembers most endings
		// it meets.
		order := make([]int32, len(words))
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortFunc(order, func(a, b int32) int { return compareReversed(words[a], words[b]) })
		batches := batch(len(words), 4*runtime.GOMAXPROCS(0))
		parallel.Each(len(batches), func(b int) {
			sp := stem.NewSplitter(known)
			for _, w := range order[batches[b].from:batches[b].to] {
				for _, k := range sp.Split(words[w]) {
					parts[w] = append(parts[w], id[k])
				}
			}
		})
	}
	lex.partsAt = make([]int32, 0, len(words)+1)
	for _, ps := range parts {
		lex.partsAt = append(lex.partsAt, int32(len(lex.parts)))
		lex.parts = append(lex.parts, ps...)
	}
	lex.partsAt = append(lex.partsAt, int32(len(lex.parts)))
	return lex
}

// partsOf returns the key ids of the compound parts of word w.
func (lex *lexicon) partsOf(w int32) []int32 {
	return lex.parts[lex.partsAt[w]:lex.partsAt[w+1]]
}

// compareReversed compares a and b byte by byte from their ends.
func compareReversed(a, b string) int {
	i, j := len(a)-1, len(b)-1
	for ; i >= 0 && j >= 0; i, j = i-1, j-1 {
		if a[i] != b[j] {
			return int(a[i]) - int(b[j])
		}
	}
	return i - j
}

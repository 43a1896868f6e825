package search

import (
	"math"

	"github.com/osaamo/osaamo/internal/parallel"
)

// keyScore is one page's quantised score for one key id.
type keyScore struct {
	key, score int32
}

// scorePages returns, per page, the score of every key the page has: the
// field weight of the key's own words, and half the weight of each
// compound the key is a part of, whichever is higher.
func scorePages(words []pageWords, lex *lexicon) [][]keyScore {
	out := make([][]keyScore, len(words))
	parallel.EachWith(len(words), func() *scorer { return newScorer(len(lex.keys)) }, func(s *scorer, i int) {
		out[i] = s.score(words[i], lex)
	})
	return out
}

// scorer holds the scratch space of scoring one page at a time, indexed
// by key id and reset after each page.
type scorer struct {
	tf      [][fields]int32 // the page's counts of the key's words
	surface []int32         // the first word of the page with the key, or -1
	raw     []float64       // the key's best raw weight, 0 for none yet
	seen    []int32         // keys of the page's words, in order
	scored  []int32         // keys with a raw weight
}

func newScorer(keys int) *scorer {
	s := &scorer{tf: make([][fields]int32, keys), surface: make([]int32, keys), raw: make([]float64, keys)}
	for k := range s.surface {
		s.surface[k] = -1
	}
	return s
}

// score scores one page. Words that share a key add up their counts, and
// the compound parts the key lends its weight to are those of the first
// of those words on the page.
func (s *scorer) score(pw pageWords, lex *lexicon) []keyScore {
	for _, wc := range pw {
		k := lex.key[wc.word]
		if s.surface[k] < 0 {
			s.surface[k] = wc.word
			s.seen = append(s.seen, k)
		}
		tf := &s.tf[k]
		for f, n := range wc.tf {
			tf[f] += n
		}
	}
	for _, k := range s.seen {
		r := fieldWeight(s.tf[k])
		s.raise(k, r)
		for _, p := range lex.partsOf(s.surface[k]) {
			if p != k {
				s.raise(p, r*weightPart)
			}
		}
	}
	out := make([]keyScore, len(s.scored))
	for i, k := range s.scored {
		out[i] = keyScore{k, int32(quantize(s.raw[k]))}
		s.raw[k] = 0
	}
	for _, k := range s.seen {
		s.tf[k] = [fields]int32{}
		s.surface[k] = -1
	}
	s.seen, s.scored = s.seen[:0], s.scored[:0]
	return out
}

// raise makes r the raw weight of key k if it is higher than k's.
func (s *scorer) raise(k int32, r float64) {
	if s.raw[k] == 0 {
		s.scored = append(s.scored, k)
	}
	s.raw[k] = math.Max(s.raw[k], r)
}

// postings turns the pages' scores into each key id's postings, sorted by
// doc, each list cut to its maxPostings best (see best).
func postings(scores [][]keyScore, keys int) [][]Posting {
	n := make([]int, keys)
	for _, ks := range scores {
		for _, s := range ks {
			n[s.key]++
		}
	}
	out := make([][]Posting, keys)
	for k := range out {
		out[k] = make([]Posting, 0, n[k])
	}
	for doc, ks := range scores {
		for _, s := range ks {
			out[s.key] = append(out[s.key], Posting{Doc: doc, Score: int(s.score)})
		}
	}
	parallel.Each(keys, func(k int) { out[k] = best(out[k], maxPostings) })
	return out
}

// best returns the n postings of ps (sorted by doc) with the highest
// scores, ties going to the lower doc, still sorted by doc, in ps's own
// memory. It counts scores instead of sorting: they are integers of at
// most maxScore.
func best(ps []Posting, n int) []Posting {
	if len(ps) <= n {
		return ps
	}
	var count [maxScore + 1]int
	for _, p := range ps {
		count[p.Score]++
	}
	// Every score above cut is kept, and the first `ties` at cut.
	cut, above := maxScore, 0
	for above+count[cut] < n {
		above += count[cut]
		cut--
	}
	ties := n - above
	out := ps[:0] // never overtakes the postings it reads
	for _, p := range ps {
		switch {
		case p.Score > cut:
			out = append(out, p)
		case p.Score == cut && ties > 0:
			out = append(out, p)
			ties--
		}
	}
	return out
}

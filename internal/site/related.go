package site

import (
	"math"

	"github.com/osaamo/osaamo/internal/parallel"
)

// relatedWeights weigh a shared term by its taxonomy: sharing a method or an
// organisation says more about two pages than sharing a level.
var relatedWeights = map[string]float64{
	"method": 3, "organisation": 2, "law": 1.5, "tags": 2, "competence": 1, "level": 0.5,
}

// maxRelated is how many related pages a page lists.
const maxRelated = 5

// assembleRelated ranks, for every content page, the other content pages
// by the terms they share. A shared term counts more the rarer it is
// (inverse document frequency) and by its taxonomy's weight. Ties are
// broken by output path so the ranking is deterministic.
//
// Every page sharing a term with p is a candidate, so the work grows with
// the number of pages times the pages a term has; scores are summed in a
// dense array per worker and only the best maxRelated are kept, which
// keeps 10,000 pages to a fraction of a second.
func (s *Site) assembleRelated() {
	type termKey struct{ tax, key string }
	type term struct {
		weight  float64
		members []int32
	}
	ids := map[termKey]int{}
	var terms []term
	var docs []*Page
	var docTerms [][]int // per doc, its term ids in the order of p.Terms
	for _, p := range s.Pages {
		if p.Doc == nil || p.Kind == "home" || p.Kind == "section" {
			continue
		}
		d := int32(len(docs))
		docs = append(docs, p)
		var own []int
		for _, g := range p.Terms {
			for _, t := range g.Terms {
				k := termKey{g.Taxonomy.Name, t.Key}
				id, ok := ids[k]
				if !ok {
					id = len(terms)
					ids[k] = id
					terms = append(terms, term{weight: relatedWeights[g.Taxonomy.Name]})
				}
				terms[id].members = append(terms[id].members, d)
				own = append(own, id)
			}
		}
		docTerms = append(docTerms, own)
	}
	n := float64(len(docs))
	for i := range terms {
		terms[i].weight *= math.Log(1 + n/float64(len(terms[i].members)))
	}

	// scores is one worker's accumulator: score[q] is valid when
	// stamp[q] equals the current page's stamp.
	type scores struct {
		score   []float64
		stamp   []int32
		touched []int32
	}
	parallel.EachWith(len(docs), func() *scores {
		return &scores{score: make([]float64, len(docs)), stamp: make([]int32, len(docs))}
	}, func(sc *scores, i int) {
		stamp := int32(i + 1)
		sc.touched = sc.touched[:0]
		for _, id := range docTerms[i] {
			w := terms[id].weight
			for _, q := range terms[id].members {
				if int(q) == i {
					continue
				}
				if sc.stamp[q] != stamp {
					sc.stamp[q], sc.score[q] = stamp, 0
					sc.touched = append(sc.touched, q)
				}
				sc.score[q] += w
			}
		}
		better := func(a, b int32) bool {
			if x, y := sc.score[a], sc.score[b]; math.Abs(x-y) > 1e-9 {
				return x > y
			}
			return docs[a].Out < docs[b].Out
		}
		// Keep the best maxRelated in order, by insertion.
		best := make([]int32, 0, maxRelated)
		for _, q := range sc.touched {
			if len(best) == maxRelated && !better(q, best[maxRelated-1]) {
				continue
			}
			j := len(best)
			if j < maxRelated {
				best = append(best, q)
			} else {
				j--
			}
			for ; j > 0 && better(q, best[j-1]); j-- {
				best[j] = best[j-1]
			}
			best[j] = q
		}
		related := make([]*Page, len(best))
		for k, q := range best {
			related[k] = docs[q]
		}
		docs[i].Related = related
	})
}

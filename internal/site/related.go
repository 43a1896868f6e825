package site

import (
	"math"
	"sort"
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
func (s *Site) assembleRelated() {
	type termKey struct{ tax, key string }
	members := map[termKey][]*Page{}
	var docs []*Page
	for _, p := range s.Pages {
		if p.Doc == nil || p.Kind == "home" || p.Kind == "section" {
			continue
		}
		docs = append(docs, p)
		for _, g := range p.Terms {
			for _, t := range g.Terms {
				k := termKey{g.Taxonomy.Name, t.Key}
				members[k] = append(members[k], p)
			}
		}
	}
	n := float64(len(docs))
	for _, p := range docs {
		score := map[*Page]float64{}
		for _, g := range p.Terms {
			for _, t := range g.Terms {
				others := members[termKey{g.Taxonomy.Name, t.Key}]
				idf := math.Log(1 + n/float64(len(others)))
				for _, q := range others {
					if q != p {
						score[q] += relatedWeights[g.Taxonomy.Name] * idf
					}
				}
			}
		}
		ranked := make([]*Page, 0, len(score))
		for q := range score {
			ranked = append(ranked, q)
		}
		sort.Slice(ranked, func(i, j int) bool {
			a, b := score[ranked[i]], score[ranked[j]]
			if math.Abs(a-b) > 1e-9 {
				return a > b
			}
			return ranked[i].Out < ranked[j].Out
		})
		if len(ranked) > maxRelated {
			ranked = ranked[:maxRelated]
		}
		p.Related = ranked
	}
}

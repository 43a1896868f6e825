package render

import (
	"sort"
	"strconv"
	"strings"

	"github.com/osaamo/osaamo/internal/site"
)

// Facet is one filter of a listing: a taxonomy (or the year) with the
// values its pages carry.
type Facet struct {
	Name    string
	Label   string
	Options []Option
}

// Option is one value of a facet, with how many listed pages carry it
// and, for taxonomy terms, the term's page (the filter without JavaScript).
type Option struct {
	Key   string
	Label string
	Count int
	Page  *site.Page
}

// facetTaxonomies are the taxonomies a listing filters by, in order.
var facetTaxonomies = []string{"competence", "level", "method"}

// Facets returns the filters for a listing of pages: each facet that
// would split the list (two or more values), terms in declaration order,
// years newest first.
func (d *Data) Facets(pages []*site.Page) []Facet {
	var out []Facet
	for _, name := range facetTaxonomies {
		tx := d.Taxonomy(name)
		if tx == nil {
			continue
		}
		f := Facet{Name: name, Label: tx.Label}
		for _, term := range tx.Terms {
			n := 0
			for _, p := range pages {
				if hasTerm(p, name, term.Key) {
					n++
				}
			}
			if n > 0 {
				f.Options = append(f.Options, Option{Key: term.Key, Label: term.Label, Count: n, Page: term.Page})
			}
		}
		if len(f.Options) > 1 {
			out = append(out, f)
		}
	}
	years := map[string]int{}
	for _, p := range pages {
		if y := Year(p); y != "" {
			years[y]++
		}
	}
	if len(years) > 1 {
		f := Facet{Name: "year", Label: d.T("year_facet")}
		for y, n := range years {
			f.Options = append(f.Options, Option{Key: y, Label: y, Count: n})
		}
		sort.Slice(f.Options, func(i, j int) bool { return f.Options[i].Key > f.Options[j].Key })
		out = append(out, f)
	}
	return out
}

func hasTerm(p *site.Page, taxonomy, key string) bool {
	for _, g := range p.Terms {
		if g.Taxonomy.Name != taxonomy {
			continue
		}
		for _, t := range g.Terms {
			if t.Key == key {
				return true
			}
		}
	}
	return false
}

// FacetValues returns page p's values of a facet, space-separated, for a
// data attribute the filter script reads.
func (d *Data) FacetValues(p *site.Page, facet string) string {
	if facet == "year" {
		return Year(p)
	}
	var keys []string
	for _, g := range p.Terms {
		if g.Taxonomy.Name == facet {
			for _, t := range g.Terms {
				keys = append(keys, t.Key)
			}
		}
	}
	return strings.Join(keys, " ")
}

// Year is the year a page belongs to: a theme's month, a case's or
// publication's year, or its date.
func Year(p *site.Page) string {
	if p.Doc == nil {
		return ""
	}
	switch {
	case p.Doc.Theme != nil:
		return string(p.Doc.Theme.Month)[:4]
	case p.Doc.Case != nil:
		return strconv.Itoa(p.Doc.Case.Year)
	case p.Doc.Publication != nil:
		return strconv.Itoa(p.Doc.Publication.Year)
	case len(p.Doc.Meta.Date) >= 4:
		return string(p.Doc.Meta.Date)[:4]
	}
	return ""
}

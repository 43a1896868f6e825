package build

import (
	"slices"

	"github.com/osaamo/osaamo/internal/render"
	"github.com/osaamo/osaamo/internal/search"
	"github.com/osaamo/osaamo/internal/site"
)

// searchPages turns the site's content pages into what the search index
// is built from. Generated pages (lists, taxonomies, 404) are left out:
// they repeat what the content pages say.
func searchPages(s *site.Site, bodies render.Bodies) []search.Page {
	var out []search.Page
	for _, p := range s.Pages {
		if p.Doc != nil {
			out = append(out, searchPage(p, bodies))
		}
	}
	return out
}

// updateSearchPages is searchPages for a site that kept its pages since
// prev was made from it: only the pages of changed documents are made
// again.
func updateSearchPages(prev []search.Page, s *site.Site, bodies render.Bodies, changed map[string]*source) []search.Page {
	out := slices.Clone(prev)
	i := 0
	for _, p := range s.Pages {
		if p.Doc == nil {
			continue
		}
		if _, ok := changed[p.Doc.Path]; ok {
			out[i] = searchPage(p, bodies)
		}
		i++
	}
	return out
}

// searchPage is what the index learns from one content page.
func searchPage(p *site.Page, bodies render.Bodies) search.Page {
	sp := search.Page{URL: p.Out, Title: p.Title, Kind: p.Kind, Body: bodies[p.Doc.Path].Text}
	if p.Parsed != nil {
		for _, h := range p.Parsed.Headings {
			sp.Headings = append(sp.Headings, h.Text)
		}
	}
	if t := p.Doc.Term; t != nil {
		sp.Terms = append(sp.Terms, t.Term, t.Abbr, t.Definition)
	}
	if p.Summary != "" {
		sp.Headings = append(sp.Headings, p.Summary)
	}
	for _, g := range p.Terms {
		for _, t := range g.Terms {
			sp.Terms = append(sp.Terms, t.Label)
			sp.Facets = append(sp.Facets, g.Taxonomy.Name+":"+t.Key)
		}
	}
	return sp
}

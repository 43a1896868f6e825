package site

import (
	"fmt"
	"sort"

	"github.com/osaamo/osaamo/internal/config"
	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/slug"
)

// assembleTaxonomies checks every page's terms against the closed
// vocabularies of site.yaml and makes an index page per taxonomy and a page
// per term that any published page uses. Free tags get term pages too.
func (s *Site) assembleTaxonomies(docs []*Page, add func(*Page)) diag.List {
	var ds diag.List
	for _, name := range config.TaxonomyNames {
		decl := s.Config.Taxonomy(name)
		if decl == nil {
			for _, p := range docs {
				if terms := p.Doc.Meta.Terms(name); len(terms) > 0 {
					ds = append(ds, p.Doc.At(name+":key", fmt.Sprintf("taxonomy %q is not declared in site.yaml", name),
						"declare it under taxonomies: in site.yaml, or remove the key"))
				}
			}
			continue
		}
		tx := &Taxonomy{Name: name, Label: decl.Label}
		terms := map[string]*Term{}
		for _, t := range decl.Terms {
			term := &Term{Key: t.Key, Label: t.Label}
			terms[t.Key] = term
			tx.Terms = append(tx.Terms, term)
		}
		for _, p := range docs {
			seen := map[string]bool{}
			var group []*Term
			for i, key := range p.Doc.Meta.Terms(name) {
				term, ok := terms[key]
				if !ok {
					hint := diag.Suggest(key, decl.Keys())
					if hint == "" {
						hint = fmt.Sprintf("declare the term under taxonomy %q in site.yaml, or use one of its terms", name)
					}
					ds = append(ds, p.Doc.At(fmt.Sprintf("%s.%d", name, i), fmt.Sprintf("term %q is not declared in taxonomy %q", key, name), hint))
					continue
				}
				if seen[key] {
					continue
				}
				seen[key] = true
				term.Pages = append(term.Pages, p)
				group = append(group, term)
			}
			if len(group) > 0 {
				p.Terms = append(p.Terms, TermGroup{Taxonomy: tx, Terms: group})
			}
		}
		s.addTaxonomy(tx, add)
	}
	s.addTaxonomy(s.tags(docs), add)
	return ds
}

// tags gathers the free tags into a taxonomy. Tags that give the same slug
// are one term, labelled by the first spelling in sorted order.
func (s *Site) tags(docs []*Page) *Taxonomy {
	tx := &Taxonomy{Name: "tags", Label: "Avainsanat"}
	bySlug := map[string]*Term{}
	for _, p := range docs {
		seen := map[string]bool{}
		var group []*Term
		for _, tag := range p.Doc.Meta.Tags {
			key := slug.Make(tag)
			if key == "" || seen[key] {
				continue
			}
			seen[key] = true
			term, ok := bySlug[key]
			if !ok {
				term = &Term{Key: key, Label: tag}
				bySlug[key] = term
				tx.Terms = append(tx.Terms, term)
			} else if Collate(tag, term.Label) {
				term.Label = tag
			}
			term.Pages = append(term.Pages, p)
			group = append(group, term)
		}
		if len(group) > 0 {
			p.Terms = append(p.Terms, TermGroup{Taxonomy: tx, Terms: group})
		}
	}
	sort.Slice(tx.Terms, func(i, j int) bool { return Collate(tx.Terms[i].Label, tx.Terms[j].Label) })
	return tx
}

// addTaxonomy publishes the taxonomy's index page and one page per term in
// use. Terms nobody uses stay listed in the index without a link.
func (s *Site) addTaxonomy(tx *Taxonomy, add func(*Page)) {
	seg := taxonomySegments[tx.Name]
	tx.Page = &Page{Kind: "taxonomy", Title: tx.Label, URL: seg + "/", Taxonomy: tx}
	add(tx.Page)
	for _, term := range tx.Terms {
		if len(term.Pages) == 0 {
			continue
		}
		sortChildren(term.Pages)
		term.Page = &Page{Kind: "taxonomy-term", Title: term.Label, URL: seg + "/" + term.Key + "/", Taxonomy: tx, Term: term, Children: term.Pages}
		add(term.Page)
	}
	s.Taxonomies = append(s.Taxonomies, tx)
}

package site

import (
	"sort"
	"strings"
)

// assembleSections makes a list page for every content folder that has
// documents, using the folder's _index.md when there is one, and orders
// each folder's documents the way its kind reads best.
func (s *Site) assembleSections(docs []*Page, add func(*Page)) {
	bySection := map[string][]*Page{}
	index := map[string]*Page{}
	for _, p := range docs {
		sec := p.Doc.Section()
		if sec == "" {
			continue
		}
		if p.Doc.Path == sec+"/_index.md" {
			index[sec] = p
			continue
		}
		bySection[sec] = append(bySection[sec], p)
	}
	var names []string
	for name := range bySection {
		names = append(names, name)
	}
	for name := range index {
		if _, ok := bySection[name]; !ok {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		list, ok := index[name]
		if !ok {
			title := sectionTitles[name]
			if title == "" {
				title = strings.ToUpper(name[:1]) + name[1:]
			}
			list = &Page{Kind: "section", Title: title, URL: slugOr(name) + "/"}
			add(list)
		} else if list.Kind == "page" {
			list.Kind = "section"
		}
		children := bySection[name]
		sortChildren(children)
		list.Children = children
		for _, c := range children {
			c.Section = list
		}
		s.Sections = append(s.Sections, list)
	}
}

// sortChildren orders a folder's documents: themes by month, idea-book
// chapters and course modules by order, cases and publications newest
// first, glossary terms alphabetically in Finnish order, the rest by title.
func sortChildren(ps []*Page) {
	// Collation keys are made once per page, not in every comparison: a
	// term page of a big site sorts thousands of pages.
	type keys struct{ title, term string }
	key := make(map[*Page]keys, len(ps))
	for _, p := range ps {
		k := keys{title: CollationKey(p.Title)}
		if p.Doc.Term != nil {
			k.term = CollationKey(p.Doc.Term.Term)
		}
		key[p] = k
	}
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i].Doc, ps[j].Doc
		switch {
		case a.Theme != nil && b.Theme != nil && a.Theme.Month != b.Theme.Month:
			return a.Theme.Month < b.Theme.Month
		case a.Chapter != nil && b.Chapter != nil && a.Chapter.Order != b.Chapter.Order:
			return a.Chapter.Order < b.Chapter.Order
		case a.Module != nil && b.Module != nil && a.Module.Order != b.Module.Order:
			return a.Module.Order < b.Module.Order
		case a.Case != nil && b.Case != nil && a.Case.Year != b.Case.Year:
			return a.Case.Year > b.Case.Year
		case a.Publication != nil && b.Publication != nil && a.Publication.Year != b.Publication.Year:
			return a.Publication.Year > b.Publication.Year
		case a.Term != nil && b.Term != nil:
			// Collate(a.Term.Term, b.Term.Term) with the keys made above.
			if ka, kb := key[ps[i]].term, key[ps[j]].term; ka != kb {
				return ka < kb
			}
			return a.Term.Term < b.Term.Term
		}
		if ka, kb := key[ps[i]].title, key[ps[j]].title; ka != kb {
			return ka < kb
		}
		return a.Path < b.Path
	})
}

// assembleSequences links idea-book chapters and course modules to their
// neighbours, and gives the course page its modules.
func (s *Site) assembleSequences(docs []*Page) {
	for _, sec := range s.Sections {
		var seq []*Page
		for _, c := range sec.Children {
			if c.Doc.Chapter != nil || c.Doc.Module != nil {
				seq = append(seq, c)
			}
		}
		for i, c := range seq {
			if i > 0 {
				c.Prev = seq[i-1]
			}
			if i+1 < len(seq) {
				c.Next = seq[i+1]
			}
		}
	}
}

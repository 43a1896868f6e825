package site

import (
	"fmt"
	"path"
	"strings"

	"github.com/osaamo/osaamo/internal/diag"
)

// assembleMenu resolves the menu of site.yaml. A ref to a folder means its
// list page; a ref to something the target leaves out drops the entry.
func (s *Site) assembleMenu() diag.List {
	var ds diag.List
	for i, m := range s.Config.Menu {
		p := s.lookup(strings.TrimPrefix(m.Ref, "/"))
		if p == nil {
			if why := s.excluded[m.Ref]; why != "" {
				continue
			}
			ds = append(ds, s.Config.At(fmt.Sprintf("menu.%d.ref", i), fmt.Sprintf("menu entry %q points to %q, which does not exist", m.Title, m.Ref),
				hintOr(diag.Suggest(m.Ref, s.Sources()), "write a path under content/, e.g. teemat/ or tietoa/kayttoohje.md")))
			continue
		}
		s.Menu = append(s.Menu, MenuEntry{Title: m.Title, Page: p})
	}
	return ds
}

// lookup finds the page for a content path: a .md file, or a folder
// (with or without a trailing slash) meaning its list page.
func (s *Site) lookup(ref string) *Page {
	if strings.HasSuffix(ref, ".md") {
		return s.bySource[ref]
	}
	ref = strings.Trim(ref, "/")
	if ref == "" || ref == "." {
		return s.Home
	}
	if p, ok := s.bySource[path.Join(ref, "_index.md")]; ok {
		return p
	}
	for _, sec := range s.Sections {
		if sec.URL == URLOf(ref+"/_index.md") {
			return sec
		}
	}
	return nil
}

func hintOr(h, fallback string) string {
	if h != "" {
		return h
	}
	return fallback
}

package check

import (
	"fmt"
	"strings"

	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/site"
)

// vagueLinkTexts are link texts that say nothing about where the link
// goes (WCAG 2.4.4), in Finnish, Swedish and English, lower-cased.
var vagueLinkTexts = map[string]bool{
	"tästä": true, "täältä": true, "tässä": true, "klikkaa": true, "klikkaa tästä": true, "lue lisää": true,
	"linkki": true, "lisää": true, "lisätietoa": true, "tätä": true,
	"här": true, "klicka här": true, "läs mer": true, "länk": true, "mer": true,
	"here": true, "click here": true, "read more": true, "more": true, "link": true, "this": true,
}

// linkTexts reports links whose text alone does not tell where they lead.
func linkTexts(s *site.Site) diag.List {
	var ds diag.List
	for _, p := range s.Pages {
		if p.Parsed == nil {
			continue
		}
		for _, l := range p.Parsed.Links {
			text := strings.ToLower(strings.Trim(strings.TrimSpace(l.Text), ".:!»›→ "))
			if vagueLinkTexts[text] {
				ds = append(ds, at(p, l.Line, l.Col, diag.Diagnostic{
					Message: fmt.Sprintf("link text %q does not say where the link leads", l.Text),
					Hint:    "name the destination in the link text, e.g. [sosiaalisen raportoinnin teema](…)"}))
			}
		}
	}
	return ds
}

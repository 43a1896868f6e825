package check

import (
	"fmt"
	"strings"

	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/site"
)

// headings keeps the page outline sound: the title is the page's only
// <h1>, so body headings start at ## and never skip a level on the way
// down (## then #### leaves screen-reader users guessing what is missing).
func headings(s *site.Site) diag.List {
	var ds diag.List
	for _, p := range s.Pages {
		if p.Parsed == nil {
			continue
		}
		prev := 1
		for _, h := range p.Parsed.Headings {
			switch {
			case h.Level == 1:
				ds = append(ds, at(p, h.Line, h.Col, diag.Diagnostic{
					Message: fmt.Sprintf("heading %q is a level-1 heading", h.Text),
					Hint:    "the title is the page's only level-1 heading; start sections with ## " + h.Text}))
			case h.Level > prev+1:
				ds = append(ds, at(p, h.Line, h.Col, diag.Diagnostic{
					Message: fmt.Sprintf("heading %q jumps from level %d to level %d", h.Text, prev, h.Level),
					Hint:    fmt.Sprintf("use %s %s, or add the missing level above it", strings.Repeat("#", prev+1), h.Text)}))
			}
			prev = h.Level
		}
	}
	return ds
}

// Package check validates an assembled site before anything is rendered:
// every rule here needs the whole site (links between files, the course's
// workload, unique orders). An error stops the build; the previous output
// stays. Rules that a single file shows alone live with the stage that
// reads that file (content, markdown).
package check

import (
	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/site"
)

// Run applies every site-wide rule to s and returns the diagnostics.
func Run(s *site.Site) diag.List {
	var ds diag.List
	ds = append(ds, links(s)...)
	ds = append(ds, references(s)...)
	ds = append(ds, course(s)...)
	ds = append(ds, orders(s)...)
	ds = append(ds, headings(s)...)
	ds = append(ds, linkTexts(s)...)
	return ds
}

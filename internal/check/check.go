// Package check validates an assembled site before anything is rendered.
// Some rules need the whole site (links and anchors between files, the
// course's workload, unique orders); the others apply the accessibility
// and plain-language rules to what the markdown stage collected: heading
// levels, link texts, table headers, and sentence and paragraph lengths
// against the limits of site.yaml. An error stops the build and the
// previous output stays; a warning is reported and the build goes on.
// Problems that a single file shows alone, whatever the site, live with the
// stage that reads that file (content, markdown).
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
	ds = append(ds, tables(s)...)
	ds = append(ds, prose(s)...)
	return ds
}

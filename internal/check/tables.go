package check

import (
	"fmt"

	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/site"
)

// tables reports tables whose header row leaves a column unnamed. A screen
// reader announces a cell with its column's header; an empty header cell
// leaves the column's cells without a name (WCAG 1.3.1).
func tables(s *site.Site) diag.List {
	var ds diag.List
	for _, p := range s.Pages {
		if p.Parsed == nil {
			continue
		}
		for _, t := range p.Parsed.Tables {
			var empty []int
			for i, c := range t.Header {
				if c.Text == "" {
					empty = append(empty, i)
				}
			}
			if len(empty) == len(t.Header) {
				ds = append(ds, at(p, t.Line, t.Col, diag.Diagnostic{
					Message: "table has no header: every cell of its first row is empty",
					Hint:    "the first row names the columns: write a name in each of its cells, e.g. | Vaihe | Kuvaus |"}))
				continue
			}
			for _, i := range empty {
				c := t.Header[i]
				ds = append(ds, at(p, c.Line, c.Col, diag.Diagnostic{
					Message: fmt.Sprintf("table header cell of column %d is empty", i+1),
					Hint:    headerHint(i)}))
			}
		}
	}
	return ds
}

// headerHint says what to write in an empty header cell: the first column of
// a table usually names its rows, so its header says what the rows are.
func headerHint(col int) string {
	if col == 0 {
		return "name what the rows are, e.g. | Vaihe | Syksy | Kevät |"
	}
	return "write the column's name in the header row"
}

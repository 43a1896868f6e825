package check

import (
	"fmt"
	"math"
	"strings"

	"github.com/osaamo/osaamo/internal/content"
	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/site"
)

// course checks the workload: the modules' hours must add up to the
// course's credits × 27 h, the Finnish norm for one ECTS credit.
func course(s *site.Site) diag.List {
	var coursePage *site.Page
	var modules []*site.Page
	for _, p := range s.Pages {
		if p.Doc == nil {
			continue
		}
		if p.Doc.Course != nil {
			coursePage = p
		}
		if p.Doc.Module != nil {
			modules = append(modules, p)
		}
	}
	if coursePage == nil {
		return nil
	}
	var sum float64
	var parts []string
	for _, m := range modules {
		sum += m.Doc.Module.Hours
		parts = append(parts, fmt.Sprintf("%s %g h", m.Doc.Path, m.Doc.Module.Hours))
	}
	want := float64(coursePage.Doc.Course.Credits * content.HoursPerCredit)
	if math.Abs(sum-want) > 1e-9 {
		return diag.List{coursePage.Doc.At("credits",
			fmt.Sprintf("course is %d credits = %g h, but its modules add up to %g h", coursePage.Doc.Course.Credits, want, sum),
			"adjust the modules' hours: "+strings.Join(parts, ", "))}
	}
	return nil
}

// orders checks that idea-book chapters and course modules have unique
// order numbers, so previous/next navigation is well defined.
func orders(s *site.Site) diag.List {
	var ds diag.List
	seen := map[string]*site.Page{}
	for _, p := range s.Pages {
		if p.Doc == nil {
			continue
		}
		var key string
		switch {
		case p.Doc.Chapter != nil:
			key = fmt.Sprintf("chapter %d", p.Doc.Chapter.Order)
		case p.Doc.Module != nil:
			key = fmt.Sprintf("module %d", p.Doc.Module.Order)
		default:
			continue
		}
		if other, ok := seen[key]; ok {
			ds = append(ds, p.Doc.At("order", fmt.Sprintf("order %s is also used by %s", strings.Fields(key)[1], other.Doc.File),
				"give each one its own order number"))
			continue
		}
		seen[key] = p
	}
	return ds
}

package site

import (
	"fmt"
	"strings"

	"github.com/osaamo/osaamo/internal/diag"
)

// assembleStatement adds the accessibility statement, in Finnish and in
// Swedish, when site.yaml has an accessibility block, and resolves its
// feedback page.
func (s *Site) assembleStatement(add func(*Page)) diag.List {
	a := s.Config.Accessibility
	if a == nil {
		return nil
	}
	fi := &Page{Kind: "statement", Title: "Saavutettavuusseloste", URL: "saavutettavuusseloste/", Lang: "fi"}
	sv := &Page{Kind: "statement", Title: "Tillgänglighetsutlåtande", URL: "tillganglighetsutlatande/", Lang: "sv"}
	add(fi)
	add(sv)
	s.Statements = []*Page{fi, sv}
	if a.Feedback.Page == "" {
		return nil
	}
	p := s.lookup(strings.TrimPrefix(a.Feedback.Page, "/"))
	if p == nil {
		return diag.List{s.Config.At("accessibility.feedback.page",
			fmt.Sprintf("feedback page %q does not exist in this target", a.Feedback.Page),
			hintOr(diag.Suggest(a.Feedback.Page, s.Sources()), "write a path under content/, e.g. tietoa/palaute.md"))}
	}
	s.FeedbackPage = p
	return nil
}

package render

import (
	"fmt"
	"strings"
	"time"

	"github.com/osaamo/osaamo/internal/config"
)

// Statement is what the accessibility statement layout shows, in the
// page's language.
type Statement struct {
	*config.Accessibility
	Issues    []StatementIssue
	Scope     string
	Responder string
	Authority string
	// Prepared, Reviewed and Checked are dates in the page's language.
	Prepared, Reviewed, Checked string
}

// StatementIssue is one non-accessible content item in the page's language.
type StatementIssue struct{ Content, Reason string }

// Statement returns the statement data for the current page, or nil when
// site.yaml has no accessibility block.
func (d *Data) Statement() *Statement {
	a := d.Site.Config.Accessibility
	if a == nil {
		return nil
	}
	st := &Statement{Accessibility: a, Scope: a.LastCheck.Scope, Responder: a.Feedback.Responder, Authority: a.Authority.Name}
	sv := d.Lang == "sv"
	if sv {
		st.Scope, st.Responder, st.Authority = a.LastCheck.ScopeSV, a.Feedback.ResponderSV, a.Authority.NameSV
	}
	for _, i := range a.Issues {
		if sv {
			st.Issues = append(st.Issues, StatementIssue{i.ContentSV, i.ReasonSV})
		} else {
			st.Issues = append(st.Issues, StatementIssue{i.Content, i.Reason})
		}
	}
	st.Prepared, st.Reviewed, st.Checked = localDate(a.Prepared), localDate(a.Reviewed), localDate(a.LastCheck.Date)
	return st
}

// localDate writes YYYY-MM-DD as D.M.YYYY, the Finnish and Swedish way.
func localDate(s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return fmt.Sprintf("%d.%d.%d", t.Day(), int(t.Month()), t.Year())
}

// Mailto returns a mailto: URL for an address.
func (d *Data) Mailto(addr string) string { return "mailto:" + strings.TrimSpace(addr) }

package config

import (
	"fmt"
	"net/mail"
	"net/url"
	"slices"
	"time"

	"github.com/osaamo/osaamo/internal/diag"
)

// Accessibility is the site.yaml block the accessibility statement is
// generated from (Act on the Provision of Digital Services 306/2019).
// The supervisory authority is a setting because authorities change.
type Accessibility struct {
	Status    string      `yaml:"status" required:"true"`   // full, partial or none
	Prepared  string      `yaml:"prepared" required:"true"` // YYYY-MM-DD
	Reviewed  string      `yaml:"reviewed"`                 // YYYY-MM-DD, last update
	Method    string      `yaml:"method" required:"true"`   // self-assessment or external-audit
	LastCheck Check       `yaml:"last_check" required:"true"`
	Issues    []A11yIssue `yaml:"issues"`
	Feedback  Feedback    `yaml:"feedback" required:"true"`
	Authority Authority   `yaml:"authority" required:"true"`
}

// Check is the last automated accessibility check.
type Check struct {
	Date    string `yaml:"date" required:"true"`
	Scope   string `yaml:"scope" required:"true"`
	ScopeSV string `yaml:"scope_sv" required:"true"`
}

// A11yIssue is one piece of content that is not accessible, and why, in
// Finnish and Swedish.
type A11yIssue struct {
	Content   string `yaml:"content" required:"true"`
	Reason    string `yaml:"reason" required:"true"`
	ContentSV string `yaml:"content_sv" required:"true"`
	ReasonSV  string `yaml:"reason_sv" required:"true"`
}

// Feedback is where visitors report accessibility problems and who answers
// within 14 days. Page is a path under content/.
type Feedback struct {
	URL         string `yaml:"url"`
	Email       string `yaml:"email"`
	Page        string `yaml:"page"`
	Responder   string `yaml:"responder" required:"true"`
	ResponderSV string `yaml:"responder_sv" required:"true"`
}

// Authority is the supervisory authority's contact details.
type Authority struct {
	Name   string `yaml:"name" required:"true"`
	NameSV string `yaml:"name_sv" required:"true"`
	URL    string `yaml:"url"`
	Email  string `yaml:"email"`
	Phone  string `yaml:"phone"`
}

// validateAccessibility checks the values the decoder cannot: enumerations,
// dates, addresses, and that each contact has at least one channel.
func (c *Config) validateAccessibility() diag.List {
	a := c.Accessibility
	if a == nil {
		return nil
	}
	var ds diag.List
	oneOf := func(path, v string, values ...string) {
		if !slices.Contains(values, v) {
			ds = append(ds, c.At(path, fmt.Sprintf("%s %q is not one of %v", path, v, values), diag.Suggest(v, values)))
		}
	}
	date := func(path, v string) {
		if v == "" {
			return
		}
		if _, err := time.Parse("2006-01-02", v); err != nil {
			ds = append(ds, c.At(path, fmt.Sprintf("%s %q is not a date", path, v), "write it as YYYY-MM-DD"))
		}
	}
	web := func(path, v string) {
		if v == "" {
			return
		}
		if u, err := url.Parse(v); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			ds = append(ds, c.At(path, fmt.Sprintf("%s %q is not an http(s) address", path, v), "write the full address, e.g. https://…"))
		}
	}
	email := func(path, v string) {
		if v == "" {
			return
		}
		if _, err := mail.ParseAddress(v); err != nil {
			ds = append(ds, c.At(path, fmt.Sprintf("%s %q is not an e-mail address", path, v), ""))
		}
	}
	oneOf("accessibility.status", a.Status, "full", "partial", "none")
	oneOf("accessibility.method", a.Method, "self-assessment", "external-audit")
	date("accessibility.prepared", a.Prepared)
	date("accessibility.reviewed", a.Reviewed)
	date("accessibility.last_check.date", a.LastCheck.Date)
	web("accessibility.feedback.url", a.Feedback.URL)
	email("accessibility.feedback.email", a.Feedback.Email)
	web("accessibility.authority.url", a.Authority.URL)
	email("accessibility.authority.email", a.Authority.Email)
	if a.Feedback.URL == "" && a.Feedback.Email == "" && a.Feedback.Page == "" {
		ds = append(ds, c.At("accessibility.feedback", "accessibility.feedback names no channel",
			"give url (a feedback form), email, or page (a path under content/, e.g. tietoa/palaute.md)"))
	}
	if a.Authority.URL == "" && a.Authority.Email == "" && a.Authority.Phone == "" {
		ds = append(ds, c.At("accessibility.authority", "accessibility.authority has no contact details",
			"give at least one of url, email, phone"))
	}
	if a.Status != "full" && len(a.Issues) == 0 {
		ds = append(ds, c.At("accessibility.status", fmt.Sprintf("status %q needs issues: the content that is not accessible, and why", a.Status),
			"list them under accessibility.issues, or set status: full"))
	}
	return ds
}

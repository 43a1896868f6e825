package render

import (
	"encoding/json"
	"fmt"
	"html/template"
	"math"

	"github.com/osaamo/osaamo/internal/content"
	"github.com/osaamo/osaamo/internal/site"
)

// learningResource is schema.org's LearningResource with the fields the
// Finnish Library of Open Educational Resources asks for. Field order is
// the output order; empty fields are left out.
type learningResource struct {
	Context              string         `json:"@context"`
	Type                 string         `json:"@type"`
	ID                   string         `json:"@id,omitempty"`
	URL                  string         `json:"url,omitempty"`
	Name                 string         `json:"name"`
	Description          string         `json:"description,omitempty"`
	InLanguage           string         `json:"inLanguage"`
	LearningResourceType string         `json:"learningResourceType"`
	EducationalLevel     string         `json:"educationalLevel,omitempty"`
	TimeRequired         string         `json:"timeRequired,omitempty"`
	Teaches              []string       `json:"teaches,omitempty"`
	About                []definedTerm  `json:"about,omitempty"`
	Keywords             []string       `json:"keywords,omitempty"`
	License              string         `json:"license,omitempty"`
	CopyrightNotice      string         `json:"copyrightNotice,omitempty"`
	Author               []agent        `json:"author"`
	IsBasedOn            *creativeWork  `json:"isBasedOn,omitempty"`
	IsPartOf             *creativeWork  `json:"isPartOf,omitempty"`
	HasPart              []creativeWork `json:"hasPart,omitempty"`
	DatePublished        string         `json:"datePublished,omitempty"`
	IsAccessibleForFree  bool           `json:"isAccessibleForFree"`
}

type agent struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type definedTerm struct {
	Type         string `json:"@type"`
	Name         string `json:"name"`
	InDefinedSet string `json:"inDefinedTermSet,omitempty"`
}

type creativeWork struct {
	Type   string  `json:"@type"`
	Name   string  `json:"name"`
	URL    string  `json:"url,omitempty"`
	Author []agent `json:"author,omitempty"`
}

// resourceTypes are the learningResourceType of each learning kind.
var resourceTypes = map[content.Kind]string{
	content.KindCourse:  "course",
	content.KindModule:  "module",
	content.KindChapter: "text",
	content.KindTheme:   "lesson",
}

// JSONLD returns the current page's schema.org LearningResource as JSON
// for a <script type="application/ld+json"> element, or "" for pages that
// are not learning material (see Reuse). json.Marshal escapes <, > and &
// as \u003c, \u003e and \u0026, so no title can close the script element.
func (d *Data) JSONLD() template.JS {
	p := d.Page
	if p.Doc == nil || resourceTypes[p.Doc.Kind] == "" {
		return ""
	}
	b, err := json.Marshal(LearningResource(d.Site, p, d.Summary(p)))
	if err != nil {
		return "" // every field is a string, a bool or a list of them
	}
	return template.JS(b)
}

// LearningResource returns the metadata of page p, a course, module,
// idea-book chapter or theme, with description as its description.
func LearningResource(s *site.Site, p *site.Page, description string) any {
	d := p.Doc
	l := LicenceOf(s, p)
	r := learningResource{
		Context: "https://schema.org", Type: "LearningResource",
		Name: p.Title, Description: description, InLanguage: s.Config.Language,
		LearningResourceType: resourceTypes[d.Kind],
		License:              l.URL,
		Keywords:             d.Meta.Tags,
		DatePublished:        string(d.Meta.Date),
		IsAccessibleForFree:  true,
	}
	if l.URL == "" {
		r.CopyrightNotice = l.NameFi
	}
	if u, abs := SourceURL(s, p); abs {
		r.ID, r.URL = u, u
	}
	for _, a := range authorsOf(s, p) {
		typ := "Person"
		if len(d.Meta.Authors) == 0 {
			typ = "Organization"
		}
		r.Author = append(r.Author, agent{Type: typ, Name: a})
	}
	for _, g := range p.Terms {
		for _, t := range g.Terms {
			r.About = append(r.About, definedTerm{Type: "DefinedTerm", Name: t.Label, InDefinedSet: g.Taxonomy.Label})
		}
	}
	if o := d.Meta.AdaptedFrom; o != nil {
		r.IsBasedOn = &creativeWork{Type: "CreativeWork", Name: o.Title, URL: o.URL}
		if o.Author != "" {
			r.IsBasedOn.Author = []agent{{Type: "Thing", Name: o.Author}}
		}
	}
	switch {
	case d.Course != nil:
		r.EducationalLevel = d.Course.EducationalLevel
		r.TimeRequired = isoHours(float64(d.Course.Credits * content.HoursPerCredit))
		r.Teaches = d.Course.Outcomes
		for _, c := range p.Children {
			if c.Doc != nil && c.Doc.Module != nil {
				r.HasPart = append(r.HasPart, partOf(s, c, "LearningResource"))
			}
		}
	case d.Module != nil:
		r.TimeRequired = isoHours(d.Module.Hours)
		r.Teaches = d.Module.Outcomes
		if c := p.Section; c != nil && c.Doc != nil && c.Doc.Course != nil {
			r.EducationalLevel = c.Doc.Course.EducationalLevel
			w := partOf(s, c, "Course")
			r.IsPartOf = &w
		}
	default:
		// Chapters and themes have no outcomes of their own: they teach
		// the competence areas they are filed under.
		for _, g := range p.Terms {
			if g.Taxonomy.Name == "competence" {
				for _, t := range g.Terms {
					r.Teaches = append(r.Teaches, t.Label)
				}
			}
		}
		if sec := p.Section; sec != nil && d.Chapter != nil {
			w := partOf(s, sec, "Book")
			r.IsPartOf = &w
		}
	}
	return r
}

// partOf names page p as a related work, with its address when known.
func partOf(s *site.Site, p *site.Page, typ string) creativeWork {
	w := creativeWork{Type: typ, Name: p.Title}
	if u, abs := SourceURL(s, p); abs {
		w.URL = u
	}
	return w
}

// isoHours writes a workload in hours as an ISO 8601 duration: 8 → "PT8H",
// 7.5 → "PT7H30M".
func isoHours(h float64) string {
	if h <= 0 {
		return ""
	}
	mins := int(math.Round(h * 60))
	if mins%60 == 0 {
		return fmt.Sprintf("PT%dH", mins/60)
	}
	if mins < 60 {
		return fmt.Sprintf("PT%dM", mins)
	}
	return fmt.Sprintf("PT%dH%dM", mins/60, mins%60)
}

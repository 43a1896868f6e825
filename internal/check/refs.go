package check

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/site"
)

// references checks links written in front matter: materials, readings and
// learning-path steps. Internal materials are left to the audience filter.
func references(s *site.Site) diag.List {
	var ds diag.List
	check := func(p *site.Page, key, target string, pageLink bool) {
		if target == "" {
			return
		}
		if isExternal(target) {
			if u, err := url.Parse(target); err != nil || !safeSchemes[strings.ToLower(u.Scheme)] {
				ds = append(ds, p.Doc.At(key, fmt.Sprintf("link %q has a scheme that is not allowed", target),
					"use an https:// address, or a path to a file under content/"))
			}
			return
		}
		if d, bad := checkTarget(s, p.Doc.Path, target, pageLink); bad {
			pos := p.Doc.At(key, "", "")
			ds = append(ds, at(p, pos.Line, pos.Col, d))
		}
	}
	for _, p := range s.Pages {
		if p.Doc == nil {
			continue
		}
		d := p.Doc
		if d.Theme != nil {
			for i, m := range d.Theme.Materials {
				if !s.Target.Includes(string(orPublic(m.Visibility))) {
					continue
				}
				check(p, fmt.Sprintf("materials.%d.href", i), m.Href, true)
			}
		}
		if d.Module != nil {
			for i, r := range d.Module.Readings {
				check(p, fmt.Sprintf("readings.%d.href", i), r.Href, true)
			}
		}
		if d.LearningPath != nil {
			for i, st := range d.LearningPath.Steps {
				if isExternal(st.Ref) {
					ds = append(ds, p.Doc.At(fmt.Sprintf("steps.%d.ref", i), fmt.Sprintf("step %q points outside the site", st.Ref),
						"a learning path links to this site's content, e.g. ../teemat/2021-03-vaikuttavuus.md"))
					continue
				}
				check(p, fmt.Sprintf("steps.%d.ref", i), st.Ref, true)
			}
		}
	}
	return ds
}

// safeSchemes are the URL schemes front matter links may use.
var safeSchemes = map[string]bool{"http": true, "https": true, "mailto": true}

func orPublic[T ~string](v T) T {
	if v == "" {
		return "public"
	}
	return v
}

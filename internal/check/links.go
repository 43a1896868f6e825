package check

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/site"
)

// isExternal reports whether a link target leaves the site (has a scheme
// or is protocol-relative); those are not checked here.
func isExternal(target string) bool {
	if strings.HasPrefix(target, "//") {
		return true
	}
	u, err := url.Parse(target)
	return err == nil && u.Scheme != ""
}

// links checks every link and image written in Markdown: the file or
// folder must be published in this target, and an anchor must name a
// heading of the target page.
func links(s *site.Site) diag.List {
	var ds diag.List
	for _, p := range s.Pages {
		if p.Parsed == nil {
			continue
		}
		from := p.Doc.Path
		for _, l := range p.Parsed.Links {
			if isExternal(l.Target) {
				continue
			}
			if d, bad := checkTarget(s, from, l.Target, true); bad {
				ds = append(ds, at(p, l.Line, l.Col, d))
			}
		}
		for _, img := range p.Parsed.Images {
			if isExternal(img.Src) {
				ds = append(ds, at(p, img.Line, img.Col, diag.Diagnostic{
					Message: fmt.Sprintf("image %q is loaded from another site", img.Src),
					Hint:    "save the image in content/ next to this file and refer to it by its file name: the site makes no requests to other hosts"}))
				continue
			}
			if d, bad := checkTarget(s, from, img.Src, false); bad {
				ds = append(ds, at(p, img.Line, img.Col, d))
			}
		}
	}
	return ds
}

// checkTarget returns the problem with one link target, if any. It is
// shared by Markdown links and front matter references.
func checkTarget(s *site.Site, from, target string, pageLink bool) (diag.Diagnostic, bool) {
	path, frag, _ := strings.Cut(target, "#")
	if decoded, err := url.PathUnescape(path); err == nil {
		path = decoded
	}
	src := site.Join(from, path)
	if path != "" && strings.HasPrefix(src, "../") {
		return diag.Diagnostic{Message: fmt.Sprintf("link %q points outside content/", target),
			Hint: "link to files inside content/ only"}, true
	}
	if path != "" {
		if why := s.Excluded(src); why != "" {
			return diag.Diagnostic{Message: fmt.Sprintf("link to %q, which this target does not publish", target),
				Hint: "remove the link, or publish the target page: " + why}, true
		}
		if _, _, ok := s.Locate(from, path); !ok {
			noun := "link to missing file"
			if !pageLink {
				noun = "image not found"
			}
			hint := diag.Suggest(src, s.Sources())
			if hint == "" {
				hint = "links are written as paths to source files, relative to this file, e.g. ../teemat/2021-03-vaikuttavuus.md"
			}
			return diag.Diagnostic{Message: fmt.Sprintf("%s %q", noun, target), Hint: hint}, true
		}
	}
	if frag == "" || !pageLink {
		return diag.Diagnostic{}, false
	}
	tp := s.TargetPage(from, path)
	if tp == nil || tp.Parsed == nil {
		return diag.Diagnostic{Message: fmt.Sprintf("link %q has an anchor, but its target has no headings", target),
			Hint: "remove the #… part"}, true
	}
	if !s.HasAnchor(tp, frag) {
		hint := diag.Suggest(frag, s.Anchors(tp))
		if hint == "" {
			hint = "anchors are heading texts in lower case with ä→a, ö→o and spaces as -, e.g. #mita-tehtiin"
		}
		return diag.Diagnostic{Message: fmt.Sprintf("link to missing anchor %q in %q", "#"+frag, tp.Doc.File), Hint: hint}, true
	}
	return diag.Diagnostic{}, false
}

// at places a diagnostic found for page p at a line and column of its file.
func at(p *site.Page, line, col int, d diag.Diagnostic) diag.Diagnostic {
	d.File, d.Line, d.Col = p.Doc.File, line, col
	d.Source = diag.Line(p.Doc.Source, line)
	return d
}

package site

import (
	"path"
	"strings"
)

// Resolve implements markdown.Resolver: it maps a link written in the
// source file from (a path under content/) to the target page or asset,
// as a URL relative to from's page. Links always name index.html so they
// also work when the site is opened from disk.
func (s *Site) Resolve(from, target string) (string, bool) {
	fromPage, ok := s.bySource[from]
	if !ok {
		return "", false
	}
	out, frag, ok := s.Locate(from, target)
	if !ok {
		return "", false
	}
	href := Rel(fromPage.Out, out)
	if frag != "" {
		href += "#" + frag
	}
	return href, true
}

// Locate resolves a link written in source file from to the output path it
// points to and its fragment. ok is false when nothing is published there.
func (s *Site) Locate(from, target string) (out, frag string, ok bool) {
	target, frag, _ = strings.Cut(target, "#")
	if target == "" {
		p, found := s.bySource[from]
		if !found {
			return "", "", false
		}
		return p.Out, frag, true
	}
	src := Join(from, target)
	if s.assets[src] {
		return src, frag, true
	}
	if p := s.lookup(src); p != nil {
		return p.Out, frag, true
	}
	return "", frag, false
}

// TargetPage is Locate for links that must point to a page; it returns the
// page, or nil.
func (s *Site) TargetPage(from, target string) *Page {
	target, _, _ = strings.Cut(target, "#")
	if target == "" {
		return s.bySource[from]
	}
	return s.lookup(Join(from, target))
}

// Join resolves target, written in the source file from, to a path under
// content/. A result outside content/ starts with "../".
func Join(from, target string) string {
	target = strings.TrimPrefix(target, "./")
	if strings.HasPrefix(target, "/") {
		return path.Clean(strings.TrimPrefix(target, "/"))
	}
	return path.Clean(path.Join(path.Dir(from), target))
}

// Rel returns the relative URL from the page written to output file from to
// output file to: Rel("teemat/a/index.html", "tapaukset/b/index.html") is
// "../../tapaukset/b/index.html".
func Rel(from, to string) string {
	fromDir := strings.Split(path.Dir(from), "/")
	if path.Dir(from) == "." {
		fromDir = nil
	}
	toParts := strings.Split(to, "/")
	i := 0
	for i < len(fromDir) && i < len(toParts)-1 && fromDir[i] == toParts[i] {
		i++
	}
	return strings.Repeat("../", len(fromDir)-i) + strings.Join(toParts[i:], "/")
}

package build

import (
	"path"
	"strings"
)

// changeSet is the set of paths one build was told changed.
type changeSet struct {
	all   bool
	paths []string
}

func newChangeSet(paths []string) changeSet {
	if paths == nil {
		return changeSet{all: true}
	}
	c := changeSet{}
	for _, p := range paths {
		p = path.Clean(strings.TrimPrefix(p, "./"))
		if p == "." || p == "/" {
			return changeSet{all: true}
		}
		c.paths = append(c.paths, p)
	}
	return c
}

// touches reports whether the file at p may have changed: p itself or a
// folder above it is in the set.
func (c changeSet) touches(p string) bool {
	if c.all {
		return true
	}
	for _, q := range c.paths {
		if q == p || strings.HasPrefix(p, q+"/") {
			return true
		}
	}
	return false
}

// themeTouched reports whether anything the theme is loaded from changed:
// themes/, or the project's layouts/ and static/ overrides.
func (c changeSet) themeTouched() bool {
	if c.all {
		return true
	}
	for _, q := range c.paths {
		top, _, _ := strings.Cut(q, "/")
		if top == "themes" || top == "layouts" || top == "static" {
			return true
		}
	}
	return false
}

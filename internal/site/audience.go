package site

import (
	"fmt"
	"path"
	"strings"

	"github.com/osaamo/osaamo/internal/content"
	"github.com/osaamo/osaamo/internal/markdown"
)

// exclusions decides, before anything else looks at the documents, which
// ones the target leaves out and why. A folder's _index.md with
// visibility: internal makes everything under that folder internal, so a
// whole section can be kept in-house with one line.
func exclusions(docs []*content.Doc, opts Options) map[string]string {
	internalDirs := map[string]string{} // folder → its _index.md
	for _, d := range docs {
		if d.IsIndex() && d.Meta.Visibility.Internal() && d.Path != "_index.md" {
			internalDirs[path.Dir(d.Path)] = d.File
		}
	}
	out := map[string]string{}
	for _, d := range docs {
		switch {
		case d.Meta.Draft && !opts.Drafts:
			out[d.Path] = "it is a draft (draft: true); build with --drafts to include drafts"
		case !opts.Target.Includes(string(d.Meta.Visibility)):
			out[d.Path] = fmt.Sprintf("it is visibility: %s and target %q leaves that out", d.Meta.Visibility, opts.Target.Name)
		case !opts.Target.Includes("internal"):
			for dir := path.Dir(d.Path); dir != "."; dir = path.Dir(dir) {
				if from, ok := internalDirs[dir]; ok {
					out[d.Path] = fmt.Sprintf("its folder is visibility: internal (%s) and target %q leaves that out", from, opts.Target.Name)
					break
				}
			}
		}
	}
	return out
}

// publishedAssets returns the assets the target may publish, and records
// in excluded why it withholds the others. An asset in a folder the target
// leaves out is never published; elsewhere, an asset is published when a
// published page uses it or no page refers to it at all. An image used
// only by internal pages is therefore never copied into a public build.
func publishedAssets(assets []string, docs []*content.Doc, parsed []*markdown.Doc, excluded map[string]string) []string {
	usedBy := map[string][2]bool{} // asset → {by a published page, by an excluded page}
	mark := func(d *content.Doc, target string) {
		target, _, _ = strings.Cut(target, "#")
		if target == "" || strings.Contains(target, ":") {
			return
		}
		src := Join(d.Path, target)
		u := usedBy[src]
		if excluded[d.Path] != "" {
			u[1] = true
		} else {
			u[0] = true
		}
		usedBy[src] = u
	}
	for i, d := range docs {
		if p := parsed[i]; p != nil {
			for _, l := range p.Links {
				mark(d, l.Target)
			}
			for _, img := range p.Images {
				mark(d, img.Src)
			}
		}
		if d.Theme != nil {
			for _, m := range d.Theme.Materials {
				mark(d, m.Href)
			}
		}
	}
	excludedDirs := map[string]string{}
	for src, why := range excluded {
		if strings.HasSuffix(src, "_index.md") {
			excludedDirs[path.Dir(src)] = why
		}
	}
	var out []string
	for _, a := range assets {
		u, referenced := usedBy[a]
		if why := inDir(a, excludedDirs); why != "" {
			excluded[a] = "it is in a folder this target leaves out: " + why
			continue
		}
		switch {
		case u[0] || !referenced:
			out = append(out, a)
		default:
			excluded[a] = "only pages this target leaves out use it"
		}
	}
	return out
}

// inDir returns why the folder holding p, or one above it, is left out.
func inDir(p string, dirs map[string]string) string {
	for dir := path.Dir(p); dir != "."; dir = path.Dir(dir) {
		if why := dirs[dir]; why != "" {
			return why
		}
	}
	return ""
}

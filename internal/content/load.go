package content

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/strict"
)

// Set is everything under content/: the documents, sorted by path, and the
// other files (images, attachments), as paths under content/.
type Set struct {
	Docs   []*Doc
	Assets []string
}

// Load reads every file under content/ in fsys (rooted at the project).
// Problems in one file do not stop the others from loading: all
// diagnostics are returned, and the documents that loaded cleanly.
func Load(fsys fs.FS) (*Set, diag.List) {
	set := &Set{}
	var ds diag.List
	err := fs.WalkDir(fsys, Dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			ds = append(ds, diag.Diagnostic{File: p, Message: fmt.Sprintf("cannot read: %v", err),
				Hint: "check the file's permissions"})
			return nil
		}
		name := e.Name()
		if p != Dir && (strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~")) {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if e.IsDir() {
			return nil
		}
		rel := strings.TrimPrefix(p, Dir+"/")
		if !strings.HasSuffix(name, ".md") {
			set.Assets = append(set.Assets, rel)
			return nil
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			ds = append(ds, diag.Diagnostic{File: p, Message: fmt.Sprintf("cannot read: %v", err),
				Hint: "check the file's permissions"})
			return nil
		}
		doc, dds := Parse(rel, src)
		ds = append(ds, dds...)
		if doc != nil {
			set.Docs = append(set.Docs, doc)
		}
		return nil
	})
	if err != nil {
		ds = append(ds, diag.Diagnostic{File: Dir, Message: fmt.Sprintf("cannot read the content folder: %v", err),
			Hint: "run osaamo in the project folder (the one with site.yaml and content/)"})
	}
	sort.Slice(set.Docs, func(i, j int) bool { return set.Docs[i].Path < set.Docs[j].Path })
	sort.Strings(set.Assets)
	return set, ds
}

// KindOf returns the kind of the document at rel, a path under content/.
func KindOf(rel string) Kind {
	section, _, nested := strings.Cut(rel, "/")
	if !nested {
		return KindPage
	}
	base := path.Base(rel)
	switch section {
	case "teemat":
		if base != "_index.md" {
			return KindTheme
		}
	case "tapaukset":
		if base != "_index.md" {
			return KindCase
		}
	case "ideakirja":
		if base != "_index.md" {
			return KindChapter
		}
	case "opintojakso":
		if rel == "opintojakso/_index.md" {
			return KindCourse
		}
		return KindModule
	case "julkaisut":
		if base != "_index.md" {
			return KindPublication
		}
	case "sanasto":
		if base != "_index.md" {
			return KindTerm
		}
	case "polut":
		if base != "_index.md" {
			return KindPath
		}
	}
	return KindPage
}

// Parse turns the bytes of one content file into a Doc. rel is its path
// under content/. A nil Doc comes with at least one error.
func Parse(rel string, src []byte) (*Doc, diag.List) {
	file := Dir + "/" + rel
	if ds := diag.CheckText(file, src); ds != nil {
		return nil, ds
	}
	fm, fmLine, body, bodyLine, ds := split(file, src)
	if ds != nil {
		return nil, ds
	}
	d := &Doc{Path: rel, File: file, Kind: KindOf(rel), Body: body, BodyLine: bodyLine, Source: src}
	node, prob := strict.Parse(fm)
	if prob != nil {
		return nil, diag.List{d.problem(fmLine, *prob)}
	}
	var target any
	switch d.Kind {
	case KindTheme:
		d.Theme = &Theme{}
		target, d.Meta = d.Theme, &d.Theme.Common
	case KindCase:
		d.Case = &Case{}
		target, d.Meta = d.Case, &d.Case.Common
	case KindChapter:
		d.Chapter = &Chapter{}
		target, d.Meta = d.Chapter, &d.Chapter.Common
	case KindCourse:
		d.Course = &Course{}
		target, d.Meta = d.Course, &d.Course.Common
	case KindModule:
		d.Module = &Module{}
		target, d.Meta = d.Module, &d.Module.Common
	case KindPublication:
		d.Publication = &Publication{}
		target, d.Meta = d.Publication, &d.Publication.Common
	case KindTerm:
		d.Term = &Term{}
		target, d.Meta = d.Term, &d.Term.Common
	case KindPath:
		d.LearningPath = &LearningPath{}
		target, d.Meta = d.LearningPath, &d.LearningPath.Common
	default:
		d.Meta = &Common{}
		target = d.Meta
	}
	probs, pos := strict.Decode(node, target, "front matter")
	d.Pos = strict.Positions{}
	for k, p := range pos {
		d.Pos[k] = strict.Pos{Line: p.Line + fmLine - 1, Col: p.Col}
	}
	for _, p := range probs {
		ds = append(ds, d.problem(fmLine, p))
	}
	if ds.HasErrors() {
		return nil, ds
	}
	if d.Meta.Visibility == "" {
		d.Meta.Visibility = "public"
	}
	if d.Kind == KindCase && len(d.Meta.Organisation) == 0 {
		ds = append(ds, d.At("title", "missing required front matter key \"organisation\"",
			"a case names at least one organisation from site.yaml, e.g. organisation: [kainuun-sote]"))
	}
	if d.Module != nil {
		ds = append(ds, d.Module.validate(d)...)
	}
	if ds.HasErrors() {
		return nil, ds
	}
	return d, ds
}

func (d *Doc) problem(fmLine int, p strict.Problem) diag.Diagnostic {
	line := p.Line + fmLine - 1
	return diag.Diagnostic{File: d.File, Line: line, Col: p.Col, Message: p.Message,
		Source: diag.Line(d.Source, line), Hint: p.Hint}
}

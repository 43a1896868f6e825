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
	docs, assets, ds := List(fsys)
	set := &Set{Assets: assets}
	for _, rel := range docs {
		_, doc, dds := Read(fsys, rel)
		ds = append(ds, dds...)
		if doc != nil {
			set.Docs = append(set.Docs, doc)
		}
	}
	return set, ds
}

// List walks content/ in fsys without reading the files and returns the
// paths under content/ of the Markdown documents and of the other files
// (assets), each sorted. Names starting with "." or ending in "~" (editor
// backups, hidden folders) are skipped, as Load skips them.
func List(fsys fs.FS) (docs, assets []string, ds diag.List) {
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
		if e.Type()&fs.ModeSymlink != 0 {
			if d, ok := symlink(fsys, p); !ok {
				ds = append(ds, d)
				return nil
			}
		}
		rel := strings.TrimPrefix(p, Dir+"/")
		if strings.HasSuffix(name, ".md") {
			docs = append(docs, rel)
		} else {
			assets = append(assets, rel)
		}
		return nil
	})
	if err != nil {
		ds = append(ds, diag.Diagnostic{File: Dir, Message: fmt.Sprintf("cannot read the content folder: %v", err),
			Hint: "run osaamo in the project folder (the one with site.yaml and content/)"})
	}
	sort.Strings(docs)
	sort.Strings(assets)
	return docs, assets, ds
}

// symlink decides whether a symbolic link under content/ is read: only a
// link to a file inside content/ is. A link that leaves content/, points
// to a folder (which could loop), is broken or loops gets a diagnostic;
// osaamo never reads outside the project's content.
func symlink(fsys fs.FS, p string) (diag.Diagnostic, bool) {
	d := diag.Diagnostic{File: p, Line: 1, Col: 1, Severity: diag.Error}
	target, err := fs.ReadLink(fsys, p)
	if err != nil {
		d.Message = fmt.Sprintf("cannot read symbolic link: %v", err)
		return d, false
	}
	resolved := path.Clean(path.Join(path.Dir(p), target))
	if path.IsAbs(target) || (resolved != Dir && !strings.HasPrefix(resolved, Dir+"/")) {
		d.Message = fmt.Sprintf("symbolic link points outside content/ (to %q)", target)
		d.Hint = "copy the file into content/ instead: osaamo never reads files outside the content folder"
		return d, false
	}
	fi, err := fs.Stat(fsys, p)
	if err != nil {
		d.Message = fmt.Sprintf("symbolic link to %q is broken or loops", target)
		d.Hint = "remove the link or point it at an existing file"
		return d, false
	}
	if fi.IsDir() {
		d.Severity = diag.Warning
		d.Message = fmt.Sprintf("symbolic link to the folder %q is not followed", target)
		d.Hint = "links to folders can loop; move or copy the folder instead"
		return d, false
	}
	return d, true
}

// Read reads and parses the document at rel, a path under content/. It
// returns the file's bytes too, so a caller that keeps documents between
// builds can tell whether the file changed.
func Read(fsys fs.FS, rel string) ([]byte, *Doc, diag.List) {
	src, err := fs.ReadFile(fsys, Dir+"/"+rel)
	if err != nil {
		return nil, nil, diag.List{{File: Dir + "/" + rel, Message: fmt.Sprintf("cannot read: %v", err),
			Hint: "check the file's permissions"}}
	}
	doc, ds := Parse(rel, src)
	return src, doc, ds
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
	ds = append(ds, d.Meta.validateLicence(d)...)
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

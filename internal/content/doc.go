// Package content loads content/: one Doc per Markdown file, with its kind
// (from its folder), its typed and strictly checked front matter and its
// Markdown body, plus the list of other files (assets). It checks what a
// file shows alone — encoding, front matter syntax, keys, types, required
// fields — and leaves everything that needs the whole site (taxonomy terms,
// links, URLs) to later stages. It never writes.
package content

import (
	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/strict"
)

// Dir is the folder, relative to the project root, that holds the content.
const Dir = "content"

// Kind is the type of a document, given by the folder it lives in.
type Kind string

// The kinds of DESIGN.md.
const (
	KindTheme       Kind = "theme"
	KindCase        Kind = "case"
	KindChapter     Kind = "chapter"
	KindCourse      Kind = "course"
	KindModule      Kind = "module"
	KindPublication Kind = "publication"
	KindTerm        Kind = "term"
	KindPath        Kind = "path"
	KindPage        Kind = "page"
)

// Doc is one content file.
type Doc struct {
	// Path is the file's path under content/, slash-separated: "teemat/2021-03.md".
	Path string
	// File is the path shown in diagnostics: "content/teemat/2021-03.md".
	File string
	Kind Kind
	// Meta is the front matter every kind shares. It points into the
	// kind-specific struct below, so both always agree.
	Meta *Common

	// Exactly one of these is set, matching Kind (none for pages).
	Theme        *Theme
	Case         *Case
	Chapter      *Chapter
	Course       *Course
	Module       *Module
	Publication  *Publication
	Term         *Term
	LearningPath *LearningPath

	// Body is the Markdown after the front matter; BodyLine is the line of
	// the file it starts on.
	Body     []byte
	BodyLine int
	// Source is the whole file, for quoting lines in later diagnostics.
	Source []byte
	// Pos maps front matter paths ("competence.1") to file positions.
	Pos strict.Positions
}

// Section is the folder of the document under content/ ("teemat"), or ""
// for files at the top.
func (d *Doc) Section() string {
	for i := 0; i < len(d.Path); i++ {
		if d.Path[i] == '/' {
			return d.Path[:i]
		}
	}
	return ""
}

// IsIndex reports whether the document is a folder's _index.md.
func (d *Doc) IsIndex() bool {
	n := len(d.Path)
	return n >= 9 && d.Path[n-9:] == "_index.md" && (n == 9 || d.Path[n-10] == '/')
}

// At makes a diagnostic at the position of a front matter path, or at the
// start of the front matter when the path has no recorded position.
func (d *Doc) At(path, msg, hint string) diag.Diagnostic {
	p, ok := d.Pos[path]
	if !ok {
		p = strict.Pos{Line: 2, Col: 1}
	}
	return diag.Diagnostic{File: d.File, Line: p.Line, Col: p.Col, Message: msg,
		Source: diag.Line(d.Source, p.Line), Hint: hint}
}

// Common is the front matter every kind has.
type Common struct {
	Title        string     `yaml:"title" required:"true"`
	Summary      string     `yaml:"summary"`
	Draft        bool       `yaml:"draft"`
	Visibility   Visibility `yaml:"visibility"`
	Date         Date       `yaml:"date"`
	Authors      []string   `yaml:"authors"`
	Licence      string     `yaml:"licence"`
	AdaptedFrom  *Origin    `yaml:"adapted_from"`
	Tags         []string   `yaml:"tags"`
	Competence   []string   `yaml:"competence"`
	Level        []string   `yaml:"level"`
	Method       []string   `yaml:"method"`
	Law          []string   `yaml:"law"`
	Organisation []string   `yaml:"organisation"`
}

// Terms returns the document's terms of taxonomy name (see config.TaxonomyNames).
func (c *Common) Terms(name string) []string {
	switch name {
	case "competence":
		return c.Competence
	case "level":
		return c.Level
	case "method":
		return c.Method
	case "law":
		return c.Law
	case "organisation":
		return c.Organisation
	}
	return nil
}

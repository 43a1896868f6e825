package build

import (
	"crypto/sha256"
	"fmt"
	"hash"

	"github.com/osaamo/osaamo/internal/render"
	"github.com/osaamo/osaamo/internal/site"
)

// face is a hash of what other pages can see of a document, or of what a
// rendered body depends on besides its own source.
type face [sha256.Size]byte

func sum(h hash.Hash) face {
	var f face
	h.Sum(f[:0])
	return f
}

// faceOf hashes what other pages can learn about a document: its front
// matter, and the headings (anchors), links and images of its body, but not
// where in the file they are. Two versions of a file with the same face
// differ only in text that shows on the document's own page, in its search
// entry and, when it has no summary, in listings that quote it.
func faceOf(s *source) face {
	h := sha256.New()
	d := s.doc
	fm := s.src[:len(s.src)-len(d.Body)]
	fmt.Fprintf(h, "%d\x00%d\x00", len(fm), d.BodyLine)
	h.Write(fm)
	for _, x := range s.parsed.Headings {
		fmt.Fprintf(h, "h%d\x00%s\x00%s\x00", x.Level, x.Text, x.ID)
	}
	for _, x := range s.parsed.Links {
		fmt.Fprintf(h, "l%s\x00%s\x00", x.Target, x.Text)
	}
	for _, x := range s.parsed.Images {
		fmt.Fprintf(h, "i%s\x00%s\x00%s\x00%t\x00", x.Src, x.Alt, x.Title, x.Decorative)
	}
	return sum(h)
}

// onlyBodies reports whether every changed document still exists, loads
// without errors and shows other pages the same face as before.
func (b *Builder) onlyBodies(changed map[string]*source) bool {
	for name, old := range changed {
		cur := b.sources[name]
		if old == nil || old.doc == nil || cur == nil || cur.doc == nil || old.face != cur.face {
			return false
		}
	}
	return true
}

// summarised reports whether no listing quotes text that changed: every
// changed document that has a page has a summary of its own, or the start
// of its text, which listings quote instead, is as it was in prev.
func (b *Builder) summarised(s *site.Site, changed map[string]*source, prev map[string]cachedBody, bodies render.Bodies) bool {
	for name := range changed {
		p, ok := s.Page(name)
		if !ok || p.Summary != "" || p.Doc == nil {
			continue
		}
		old, ok := prev[p.Doc.Path]
		if !ok || render.TextSummary(old.res.Text) != render.TextSummary(bodies[p.Doc.Path].Text) {
			return false
		}
	}
	return true
}

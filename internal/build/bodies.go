package build

import (
	"crypto/sha256"
	"io"

	"github.com/osaamo/osaamo/internal/markdown"
	"github.com/osaamo/osaamo/internal/parallel"
	"github.com/osaamo/osaamo/internal/render"
	"github.com/osaamo/osaamo/internal/site"
)

// cachedBody is a rendered body with what it was rendered from.
type cachedBody struct {
	parsed *markdown.Doc
	key    face
	res    markdown.Result
}

// bodyKey hashes what a rendered body depends on besides its own source:
// the pages and their URLs (links resolve to them), every document's face
// (front matter, anchors) and the assets. It is deliberately broader than
// what today's Markdown rendering reads.
func (b *Builder) bodyKey(s *site.Site) face {
	h := sha256.New()
	for _, p := range s.Pages {
		io.WriteString(h, p.Kind+"\x00"+p.Out+"\x00")
		if p.Doc != nil {
			io.WriteString(h, p.Doc.Path+"\x00")
			if src := b.sources[p.Doc.Path]; src != nil {
				h.Write(src.face[:])
			}
		}
	}
	for _, a := range s.Assets {
		io.WriteString(h, "a"+a+"\x00")
	}
	return sum(h)
}

// renderBodies renders the body of every page that has one, reusing each
// cached body rendered from the same parse under the same key.
func (b *Builder) renderBodies(s *site.Site, key face) render.Bodies {
	var todo []*site.Page
	bodies := render.Bodies{}
	cache := make(map[string]cachedBody, len(b.bodies))
	for _, p := range s.Pages {
		if p.Parsed == nil {
			continue
		}
		if c, ok := b.bodies[p.Doc.Path]; ok && c.parsed == p.Parsed && c.key == key {
			bodies[p.Doc.Path] = c.res
			cache[p.Doc.Path] = c
			continue
		}
		todo = append(todo, p)
	}
	out := make([]markdown.Result, len(todo))
	body := render.BodyRenderer(s)
	parallel.Each(len(todo), func(i int) { out[i] = body(todo[i]) })
	for i, p := range todo {
		bodies[p.Doc.Path] = out[i]
		cache[p.Doc.Path] = cachedBody{parsed: p.Parsed, key: key, res: out[i]}
	}
	b.bodies = cache
	return bodies
}

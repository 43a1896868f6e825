package build

import (
	"bytes"
	"fmt"
	"io/fs"

	"github.com/osaamo/osaamo/internal/config"
	"github.com/osaamo/osaamo/internal/content"
	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/markdown"
	"github.com/osaamo/osaamo/internal/parallel"
)

// source is one content file as the last build read it.
type source struct {
	src    []byte
	doc    *content.Doc  // nil when the file has errors
	parsed *markdown.Doc // nil when doc is nil
	diags  diag.List     // of content and markdown
	face   face
}

// read brings b.sources up to date with the listing names: files that are
// new or touched by ch are read and parsed again (in parallel), files no
// longer listed are forgotten. It returns the paths whose bytes changed,
// each with its source before the change (nil for a new file).
func (b *Builder) read(names []string, ch changeSet, cfg *config.Config) (map[string]*source, int) {
	if b.sources == nil {
		b.sources = map[string]*source{}
	}
	var todo []string
	for _, name := range names {
		if _, ok := b.sources[name]; !ok || ch.touches(content.Dir+"/"+name) {
			todo = append(todo, name)
		}
	}
	fresh := make([]*source, len(todo))
	mopts := markdown.Options{UnsafeHTML: cfg.Markdown.UnsafeHTML}
	parallel.Each(len(todo), func(i int) {
		src, doc, ds := content.Read(b.fsys, todo[i])
		if old := b.sources[todo[i]]; old != nil && src != nil && bytes.Equal(old.src, src) {
			fresh[i] = old
			return
		}
		s := &source{src: src, doc: doc, diags: ds}
		if doc != nil {
			var pds diag.List
			s.parsed, pds = markdown.Parse(doc.File, doc.Body, doc.BodyLine, mopts)
			s.diags = append(s.diags, pds...)
			s.face = faceOf(s)
		}
		fresh[i] = s
	})
	changed := map[string]*source{}
	parsed := 0
	for i, name := range todo {
		if fresh[i] != b.sources[name] {
			changed[name] = b.sources[name]
			parsed++
		}
	}
	listed := make(map[string]bool, len(names))
	for _, name := range names {
		listed[name] = true
	}
	for name := range b.sources {
		if !listed[name] {
			changed[name] = b.sources[name]
			delete(b.sources, name)
		}
	}
	for i, name := range todo {
		b.sources[name] = fresh[i]
	}
	return changed, parsed
}

// readAssets returns the bytes of the content assets, reading those not
// cached.
func (b *Builder) readAssets(names []string) (map[string][]byte, error) {
	if b.assets == nil {
		b.assets = map[string][]byte{}
	}
	out := make(map[string][]byte, len(names))
	for _, a := range names {
		data, ok := b.assets[a]
		if !ok {
			var err error
			data, err = fs.ReadFile(b.fsys, content.Dir+"/"+a)
			if err != nil {
				return nil, fmt.Errorf("read asset %s: %w", a, err)
			}
			b.assets[a] = data
		}
		out[a] = data
	}
	return out, nil
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

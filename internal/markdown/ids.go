package markdown

import (
	"strconv"

	"github.com/osaamo/osaamo/internal/slug"
)

// anchor returns the heading anchor for text: its slug, or "osio"
// ("section") when the text has no letters, so an anchor is never empty.
func anchor(text string) string {
	if s := slug.Make(text); s != "" {
		return s
	}
	return "osio"
}

// idSet hands out element ids that are unique within one document, in the
// order they are asked for, so the same document always gets the same ids.
type idSet map[string]bool

// unique returns base, or base with "-2", "-3", … appended when base is
// already taken, and marks the result as taken.
func (s idSet) unique(base string) string {
	id := base
	for n := 2; s[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	s[id] = true
	return id
}

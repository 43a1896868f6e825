package render

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
)

// The HTML Nest and unlink rewrite is what osaamo's own renderer and
// layouts write: attributes in double quotes, with any quote inside a
// value escaped. Text can never look like a tag, because "<" in text is
// always written "&lt;".
var (
	idAttr   = regexp.MustCompile(` id="([^"]*)"`)
	refAttr  = regexp.MustCompile(` (href="#|aria-labelledby="|aria-describedby="|for=")([^"]*)"`)
	headTag  = regexp.MustCompile(`<(/?)h([1-6])([ >])`)
	unlinked = regexp.MustCompile(`(?s)<a href="` + unlinkedScheme + `[^"]*"[^>]*>(.*?)</a>`)
)

// unlinkedScheme marks a link Linker cannot give an address; unlink then
// removes the element and keeps its text.
const unlinkedScheme = "osaamo-unlinked:"

// Nest fits one part's HTML into a page that combines several parts (a
// print view): every id in it gets prefix and "--" in front, the
// fragment links and ARIA and label references to those ids follow, and
// headings move down by shift levels, no further than h6. References to
// ids the part does not define are left alone: they point to other parts,
// whose ids have their own prefixes. Slugs never contain "--", so a
// prefixed id never equals one of a part's own.
func Nest(html []byte, prefix string, shift int) []byte {
	own := map[string]bool{}
	for _, m := range idAttr.FindAllSubmatch(html, -1) {
		own[string(m[1])] = true
	}
	out := idAttr.ReplaceAllFunc(html, func(m []byte) []byte {
		id := idAttr.FindSubmatch(m)[1]
		return []byte(` id="` + prefix + "--" + string(id) + `"`)
	})
	out = refAttr.ReplaceAllFunc(out, func(m []byte) []byte {
		sub := refAttr.FindSubmatch(m)
		ids := strings.Fields(string(sub[2]))
		for i, id := range ids {
			if own[id] {
				ids[i] = prefix + "--" + id
			}
		}
		return []byte(" " + string(sub[1]) + strings.Join(ids, " ") + `"`)
	})
	if shift != 0 {
		out = headTag.ReplaceAllFunc(out, func(m []byte) []byte {
			sub := headTag.FindSubmatch(m)
			n, _ := strconv.Atoi(string(sub[2]))
			n = min(max(n+shift, 1), 6)
			return []byte("<" + string(sub[1]) + "h" + strconv.Itoa(n) + string(sub[3]))
		})
	}
	return out
}

// unlink removes the links Linker marked as having no address in a
// package, keeping their text.
func unlink(html []byte) []byte {
	if !bytes.Contains(html, []byte(unlinkedScheme)) {
		return html
	}
	return unlinked.ReplaceAll(html, []byte("$1"))
}

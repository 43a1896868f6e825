package render

import (
	"bytes"
	"html"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/osaamo/osaamo/internal/site"
)

// Abbr is a declared abbreviation and what it stands for.
type Abbr struct {
	Short string // "SHL"
	Long  string // "sosiaalihuoltolaki"
}

// Abbrs collects the abbreviations declared by the site's glossary terms,
// longest first so "SOSRAKE" is matched before "RAKE".
func Abbrs(s *site.Site) []Abbr {
	var out []Abbr
	seen := map[string]bool{}
	for _, p := range s.Pages {
		if p.Doc == nil || p.Doc.Term == nil || p.Doc.Term.Abbr == "" || seen[p.Doc.Term.Abbr] {
			continue
		}
		seen[p.Doc.Term.Abbr] = true
		out = append(out, Abbr{Short: p.Doc.Term.Abbr, Long: p.Doc.Term.Term})
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].Short) != len(out[j].Short) {
			return len(out[i].Short) > len(out[j].Short)
		}
		return out[i].Short < out[j].Short
	})
	return out
}

// skipElements are elements whose text is left alone: links already say
// where they go, code is literal, and an abbr is already expanded.
var skipElements = map[string]bool{"a": true, "abbr": true, "code": true, "pre": true, "kbd": true, "samp": true, "script": true, "style": true}

// Abbreviate wraps the first use of each abbreviation in the text of body
// (rendered HTML) in <abbr title="…">, as WCAG 3.1.4 suggests. A use is
// the abbreviation as a whole word; Finnish inflections after a colon or a
// hyphen ("SHL:n", "RAKE-työ") count.
func Abbreviate(body []byte, abbrs []Abbr) []byte {
	if len(abbrs) == 0 {
		return body
	}
	used := make([]bool, len(abbrs))
	var out bytes.Buffer
	skip := 0
	i := 0
	for i < len(body) {
		if body[i] == '<' {
			end := bytes.IndexByte(body[i:], '>')
			if end < 0 {
				out.Write(body[i:])
				break
			}
			tag := body[i : i+end+1]
			name, closing := tagName(tag)
			if skipElements[name] && !bytes.HasSuffix(tag, []byte("/>")) {
				if closing {
					skip = max(0, skip-1)
				} else {
					skip++
				}
			}
			out.Write(tag)
			i += end + 1
			continue
		}
		next := bytes.IndexByte(body[i:], '<')
		if next < 0 {
			next = len(body) - i
		}
		text := string(body[i : i+next])
		if skip == 0 {
			text = expand(text, abbrs, used)
		}
		out.WriteString(text)
		i += next
	}
	return out.Bytes()
}

// expand replaces the first whole-word use of every not yet used
// abbreviation in one run of text.
func expand(text string, abbrs []Abbr, used []bool) string {
	for k, a := range abbrs {
		if used[k] {
			continue
		}
		from := 0
		for {
			j := strings.Index(text[from:], a.Short)
			if j < 0 {
				break
			}
			j += from
			end := j + len(a.Short)
			if wordEdge(text, j, end) {
				repl := `<abbr title="` + html.EscapeString(a.Long) + `">` + a.Short + `</abbr>`
				text = text[:j] + repl + text[end:]
				used[k] = true
				break
			}
			from = end
		}
	}
	return text
}

// wordEdge reports whether text[start:end] is not part of a longer word.
func wordEdge(text string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:start])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// tagName returns the lower-cased element name of a tag and whether it
// closes the element.
func tagName(tag []byte) (string, bool) {
	t := strings.TrimPrefix(string(tag), "<")
	closing := strings.HasPrefix(t, "/")
	t = strings.TrimPrefix(t, "/")
	end := strings.IndexFunc(t, func(r rune) bool { return r == ' ' || r == '>' || r == '/' || r == '\n' || r == '\t' })
	if end < 0 {
		end = len(t)
	}
	return strings.ToLower(t[:end]), closing
}

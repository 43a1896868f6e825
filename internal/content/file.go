package content

import (
	"bytes"

	"github.com/osaamo/osaamo/internal/diag"
)

// split separates front matter from body. fm is the YAML between the two
// "---" lines; body starts on line bodyLine of the file.
func split(file string, src []byte) (fm []byte, fmLine int, body []byte, bodyLine int, ds diag.List) {
	if !bytes.HasPrefix(src, []byte("---\n")) {
		hint := "start the file with a line \"---\", then title: …, then another \"---\""
		if len(bytes.TrimSpace(src)) == 0 {
			return nil, 0, nil, 0, diag.List{{File: file, Line: 1, Col: 1, Message: "file is empty", Hint: hint}}
		}
		return nil, 0, nil, 0, diag.List{{File: file, Line: 1, Col: 1, Message: "missing front matter",
			Source: diag.Line(src, 1), Hint: hint}}
	}
	rest := src[4:]
	line := 2
	for len(rest) > 0 {
		end := bytes.IndexByte(rest, '\n')
		cur := rest
		if end >= 0 {
			cur = rest[:end]
		}
		if string(bytes.TrimRight(cur, " \t")) == "---" {
			fm = src[4 : len(src)-len(rest)]
			if end < 0 {
				return fm, 2, nil, line + 1, nil
			}
			return fm, 2, rest[end+1:], line + 1, nil
		}
		if end < 0 {
			break
		}
		rest = rest[end+1:]
		line++
	}
	return nil, 0, nil, 0, diag.List{{File: file, Line: 1, Col: 1, Message: "front matter has no closing \"---\"",
		Source: "---", Hint: "add a line \"---\" after the last front matter key"}}
}

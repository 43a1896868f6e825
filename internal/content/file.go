package content

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/osaamo/osaamo/internal/diag"
)

// checkEncoding reports a byte-order mark, bytes that are not UTF-8 and CRLF
// line endings: each makes a file ambiguous to every later stage, so the file
// is not read further.
func checkEncoding(file string, src []byte) diag.List {
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		return diag.List{{File: file, Line: 1, Col: 1, Message: "file starts with a byte-order mark (BOM)",
			Hint: "save the file as UTF-8 without BOM (in VS Code: click \"UTF-8 with BOM\" in the status bar → Save with Encoding → UTF-8)"}}
	}
	if !utf8.Valid(src) {
		off := 0
		for off < len(src) {
			r, size := utf8.DecodeRune(src[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		d := diag.At(file, src, off, fmt.Sprintf("file is not valid UTF-8 (byte 0x%02x)", src[off]))
		d.Source = string(bytes.ToValidUTF8([]byte(d.Source), []byte("\uFFFD")))
		d.Hint = "save the file as UTF-8; it was probably saved as Latin-1 or Windows-1252"
		return diag.List{d}
	}
	if i := bytes.IndexByte(src, '\r'); i >= 0 {
		d := diag.At(file, src, i, "line ends with CRLF (Windows line ending)")
		d.Hint = "save the file with LF line endings (in VS Code: click \"CRLF\" in the status bar and choose LF)"
		return diag.List{d}
	}
	return nil
}

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

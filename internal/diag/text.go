package diag

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// CheckText reports a byte-order mark, bytes that are not UTF-8 and CR
// line endings in a text file: each makes positions and content ambiguous to
// every later stage, so callers read such a file no further.
func CheckText(file string, src []byte) List {
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		return List{{File: file, Line: 1, Col: 1, Message: "file starts with a byte-order mark (BOM)",
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
		d := At(file, src, off, fmt.Sprintf("file is not valid UTF-8 (byte 0x%02x)", src[off]))
		d.Source = string(bytes.ToValidUTF8([]byte(d.Source), []byte("\uFFFD")))
		d.Hint = "save the file as UTF-8; it was probably saved as Latin-1 or Windows-1252"
		return List{d}
	}
	if i := bytes.IndexByte(src, '\r'); i >= 0 {
		d := At(file, src, i, "line ends with CRLF (Windows line ending)")
		d.Hint = "save the file with LF line endings (in VS Code: click \"CRLF\" in the status bar and choose LF)"
		return List{d}
	}
	return nil
}

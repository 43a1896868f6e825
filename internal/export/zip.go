package export

import (
	"archive/zip"
	"bytes"
	"fmt"
	"sort"
	"time"
)

// zipTime is the modification time of every entry: a constant, so that a
// build never records when it ran and two builds give the same bytes. It
// is the start of the MS-DOS date range that zip timestamps use.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Zip packs files (slash-separated paths to bytes) into a zip archive.
// Entries are sorted by path, each stamped with the same fixed time and
// mode and compressed with Deflate, so the same files always give the
// same bytes.
func Zip(files map[string][]byte) ([]byte, error) {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range names {
		h := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipTime}
		h.SetMode(0o644)
		w, err := zw.CreateHeader(h)
		if err != nil {
			return nil, fmt.Errorf("zip %s: %w", name, err)
		}
		if _, err := w.Write(files[name]); err != nil {
			return nil, fmt.Errorf("zip %s: %w", name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("zip: %w", err)
	}
	return buf.Bytes(), nil
}

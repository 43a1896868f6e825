// Package testsite gives tests whole projects to build: the fixture site of
// internal/build/testdata/site with the real default theme, and text
// archives that overlay files on it. It is used only by tests.
package testsite

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/osaamo/osaamo/internal/benchcorpus"
)

// Root returns the repository root.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Fixture returns the fixture project with the repository's themes/ folder.
func Fixture(t testing.TB) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	readTree(t, m, filepath.Join(Root(), "internal", "build", "testdata", "site"), "")
	readTree(t, m, filepath.Join(Root(), "themes"), "themes/")
	return m
}

// WriteDir writes a MapFS to a new temporary folder and returns its path.
func WriteDir(t testing.TB, m fstest.MapFS) string {
	t.Helper()
	dir := t.TempDir()
	for name, f := range m {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Archive is a parsed text archive: files in order, by name.
type Archive struct {
	Comment string
	Files   []File
}

// File is one file of an archive. Name may end with " [crlf]" (line
// endings become CRLF) or " [latin1]" (the text is encoded as ISO-8859-1),
// so archives can describe bytes that text editors would normalise.
type File struct {
	Name string
	Data []byte
}

// Parse reads the txtar format: "-- name --" lines start files.
func Parse(src []byte) Archive {
	var a Archive
	lines := strings.SplitAfter(string(src), "\n")
	var cur *File
	for _, l := range lines {
		trimmed := strings.TrimRight(l, "\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			a.Files = append(a.Files, File{Name: strings.TrimSpace(trimmed[3 : len(trimmed)-3])})
			cur = &a.Files[len(a.Files)-1]
			continue
		}
		if cur == nil {
			a.Comment += l
		} else {
			cur.Data = append(cur.Data, l...)
		}
	}
	for i := range a.Files {
		f := &a.Files[i]
		switch {
		case strings.HasSuffix(f.Name, " [crlf]"):
			f.Name = strings.TrimSuffix(f.Name, " [crlf]")
			f.Data = bytes.ReplaceAll(f.Data, []byte("\n"), []byte("\r\n"))
		case strings.HasSuffix(f.Name, " [latin1]"):
			f.Name = strings.TrimSuffix(f.Name, " [latin1]")
			var enc []byte
			for _, r := range string(f.Data) {
				enc = append(enc, byte(r)) // ISO-8859-1 is the first 256 code points
			}
			f.Data = enc
		}
	}
	return a
}

// Write writes the archive's files into the project folder dir, except
// those whose names start with "want", which hold what a test expects.
func (a Archive) Write(t testing.TB, dir string) {
	t.Helper()
	for _, f := range a.Files {
		if strings.HasPrefix(f.Name, "want") {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// File returns the data of the archive file called name.
func (a Archive) File(name string) ([]byte, bool) {
	for _, f := range a.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return nil, false
}

// Shipped returns the repository's own project: site.yaml, content/ and
// themes/.
func Shipped(t testing.TB) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	readTree(t, m, filepath.Join(Root(), "content"), "content/")
	readTree(t, m, filepath.Join(Root(), "themes"), "themes/")
	b, err := os.ReadFile(filepath.Join(Root(), "site.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	m["site.yaml"] = &fstest.MapFile{Data: b}
	return m
}

// Corpus returns a generated project of n pages (see benchcorpus) with the
// repository's themes/.
func Corpus(t testing.TB, n int) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for p, b := range benchcorpus.Files(benchcorpus.Options{Pages: n, Seed: 1}) {
		m[p] = &fstest.MapFile{Data: b}
	}
	readTree(t, m, filepath.Join(Root(), "themes"), "themes/")
	return m
}

func readTree(t testing.TB, m fstest.MapFS, dir, prefix string) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		m[prefix+filepath.ToSlash(rel)] = &fstest.MapFile{Data: b}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// EditParagraph returns src, a content file, with its first paragraph of
// prose after the front matter changed: version n appends a sentence
// naming n, so every version differs. Headings, links, lists and the
// front matter stay as they are. ok is false when src has no such
// paragraph.
func EditParagraph(src []byte, n int) ([]byte, bool) {
	lines := strings.SplitAfter(string(src), "\n")
	fences, code := 0, false
	for i, l := range lines {
		if fences < 2 {
			if strings.TrimSpace(l) == "---" {
				fences++
			}
			continue
		}
		if strings.HasPrefix(l, "```") || strings.HasPrefix(l, "~~~") {
			code = !code
		}
		if code {
			continue
		}
		text := strings.TrimRight(l, "\n")
		if len(text) < 40 || strings.ContainsAny(text[:1], "#-*|>![<0123456789 \t") || strings.Contains(text, "](") {
			continue
		}
		lines[i] = text + " Muokattu versio " + strconv.Itoa(n) + ".\n"
		return []byte(strings.Join(lines, "")), true
	}
	return nil, false
}

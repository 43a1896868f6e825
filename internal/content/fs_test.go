package content

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const page = "---\ntitle: Sivu\n---\nTeksti.\n"

// TestSymlinks: a link to a file inside content/ is read; links leaving
// content/, links to folders (which could loop) and broken or looping
// links are diagnostics, and nothing outside content/ is ever read.
func TestSymlinks(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"content/a.md":      page,
		"secret.md":         "---\ntitle: SALAISUUS\n---\n",
		"content/sub/b.md":  page,
		"content/sub/c.txt": "liite",
	})
	links := map[string]string{
		"content/inside.md":   "a.md",
		"content/outside.md":  "../secret.md",
		"content/absolute.md": filepath.Join(dir, "secret.md"),
		"content/loop":        ".",
		"content/sub/up":      "..",
		"content/broken.md":   "missing.md",
		"content/self.md":     "self.md",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Fatal(err)
		}
	}
	set, ds := Load(os.DirFS(dir))
	var got []string
	for _, d := range set.Docs {
		got = append(got, d.Path)
		if d.Meta.Title == "SALAISUUS" {
			t.Errorf("%s: read a file outside content/", d.Path)
		}
	}
	if strings.Join(got, " ") != "a.md inside.md sub/b.md" {
		t.Errorf("docs %v, want a.md inside.md sub/b.md", got)
	}
	want := map[string]string{
		"content/outside.md":  "points outside content/",
		"content/absolute.md": "points outside content/",
		"content/loop":        "is not followed",
		"content/sub/up":      "is not followed",
		"content/broken.md":   "is broken or loops",
		"content/self.md":     "is broken or loops",
	}
	for _, d := range ds {
		if w, ok := want[d.File]; ok && strings.Contains(d.Message, w) {
			delete(want, d.File)
		}
	}
	for file, w := range want {
		t.Errorf("no diagnostic %q for %s; got %v", w, file, ds)
	}
}

// failFS fails to open one file, as an unreadable file would (tests run
// as root, for whom permission bits do not stop reading).
type failFS struct {
	fs.FS
	bad string
}

func (f failFS) Open(name string) (fs.File, error) {
	if name == f.bad {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return f.FS.Open(name)
}

func TestUnreadableAndOddFiles(t *testing.T) {
	fsys := failFS{FS: fstest.MapFS{
		"content/lukukielto.md":            {Data: []byte(page)},
		"content/tyhjä.md":                 {Data: nil},
		"content/Työ ja hyvinvointi ÄÖ.md": {Data: []byte(page)},
	}, bad: "content/lukukielto.md"}
	set, ds := Load(fsys)
	msgs := map[string]string{}
	for _, d := range ds {
		msgs[d.File] = d.Message
	}
	if m := msgs["content/lukukielto.md"]; !strings.Contains(m, "cannot read") || !errors.Is(fs.ErrPermission, fs.ErrPermission) {
		t.Errorf("unreadable file: %q", m)
	}
	if m := msgs["content/tyhjä.md"]; m != "file is empty" {
		t.Errorf("empty file: %q", m)
	}
	if len(set.Docs) != 1 || set.Docs[0].Path != "Työ ja hyvinvointi ÄÖ.md" {
		t.Errorf("docs %v", set.Docs)
	}
}

// TestManyFilesAndLargeFile: 5,000 files in one folder and a 10 MB
// document load, with every document kept.
func TestManyFilesAndLargeFile(t *testing.T) {
	m := fstest.MapFS{}
	for i := 0; i < 5000; i++ {
		m[fmt.Sprintf("content/aineisto/s%04d.md", i)] = &fstest.MapFile{Data: []byte(page)}
	}
	big := "---\ntitle: Iso\n---\n" + strings.Repeat("Sosiaalinen raportointi tuottaa tietoa päätöksentekoon. ", 180000)
	m["content/iso.md"] = &fstest.MapFile{Data: []byte(big)}
	set, ds := Load(m)
	if len(ds) != 0 || len(set.Docs) != 5001 {
		t.Fatalf("%d docs, diagnostics %v", len(set.Docs), ds)
	}
	if len(big) < 10<<20 {
		t.Fatalf("large file is %d bytes, want 10 MB", len(big))
	}
}

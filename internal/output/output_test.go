package output

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteReplacesAtomically(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "public")
	if err := Write(Files{"index.html": []byte("1"), "a/index.html": []byte("a")}, out, root); err != nil {
		t.Fatal(err)
	}
	if err := Write(Files{"index.html": []byte("2")}, out, root); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if string(b) != "2" {
		t.Errorf("index.html = %q, want 2", b)
	}
	if _, err := os.Stat(filepath.Join(out, "a")); !os.IsNotExist(err) {
		t.Error("a file of the previous build survived: stale URLs")
	}
	entries, _ := os.ReadDir(root)
	if len(entries) != 1 {
		t.Errorf("staging folders left behind: %v", entries)
	}
}

func TestSafe(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "content"), 0o755)
	foreign := filepath.Join(root, "kuvat")
	os.MkdirAll(foreign, 0o755)
	os.WriteFile(filepath.Join(foreign, "tärkeä.jpg"), []byte("x"), 0o644)
	tests := []struct {
		name, out string
		unsafe    bool
	}{
		{"project root", root, true},
		{"parent of root", filepath.Dir(root), true},
		{"folder with content", filepath.Join(root, "content", ".."), true},
		{"someone else's folder", foreign, true},
		{"new folder", filepath.Join(root, "public"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Safe(tt.out, root)
			if tt.unsafe != errors.Is(err, ErrUnsafe) {
				t.Errorf("Safe(%s) = %v, want unsafe=%v", tt.out, err, tt.unsafe)
			}
			if tt.unsafe {
				if werr := Write(Files{"index.html": []byte("x")}, tt.out, root); werr == nil {
					t.Errorf("Write into %s succeeded", tt.out)
				}
			}
		})
	}
	if _, err := os.Stat(filepath.Join(foreign, "tärkeä.jpg")); err != nil {
		t.Error("a refused write deleted a user's file")
	}
}

func TestWriteRefusesEscapingPaths(t *testing.T) {
	root := t.TempDir()
	if err := Write(Files{"../x.html": []byte("x")}, filepath.Join(root, "public"), root); err == nil {
		t.Error("wrote a path with ..")
	}
	if _, err := os.Stat(filepath.Join(root, "x.html")); !os.IsNotExist(err) {
		t.Error("file written outside the output folder")
	}
}

// A rebuild keeps unchanged files (same inode, same modification time), so
// rsync-style deploys copy only what changed; changed files, including
// ones of the same size, get their new bytes.
func TestWriteKeepsUnchangedFiles(t *testing.T) {
	root := t.TempDir()
	out := filepath.Join(root, "public")
	first := Files{"same.html": []byte("sama"), "size.html": []byte("abcd"), "grow.html": []byte("x"), "d/e/f.html": []byte("syvä")}
	if err := Write(first, out, root); err != nil {
		t.Fatal(err)
	}
	before := map[string]os.FileInfo{}
	for name := range first {
		st, err := os.Stat(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		before[name] = st
	}
	second := Files{"same.html": []byte("sama"), "size.html": []byte("abce"), "grow.html": []byte("xyz"), "d/e/f.html": []byte("syvä")}
	if err := Write(second, out, root); err != nil {
		t.Fatal(err)
	}
	for name, want := range second {
		st, err := os.Stat(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(filepath.Join(out, name))
		if string(b) != string(want) {
			t.Errorf("%s = %q, want %q", name, b, want)
		}
		kept := os.SameFile(st, before[name])
		if unchanged := string(first[name]) == string(want); kept != unchanged {
			t.Errorf("%s: same file as before = %v, want %v", name, kept, unchanged)
		}
	}
}

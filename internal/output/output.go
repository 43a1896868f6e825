// Package output holds a build's result in memory and writes it to disk
// atomically: everything goes into a staging folder beside the output
// folder, which replaces the old output only when all of it was written.
// It refuses output folders where replacing could destroy sources.
package output

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/osaamo/osaamo/internal/parallel"
)

// Files is a built site: output paths (slash-separated, relative to the
// output folder) to their bytes.
type Files map[string][]byte

// Paths returns the file paths in sorted order.
func (f Files) Paths() []string {
	out := make([]string, 0, len(f))
	for p := range f {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// Size returns the total number of bytes.
func (f Files) Size() int {
	n := 0
	for _, b := range f {
		n += len(b)
	}
	return n
}

// Marker is written into every output folder; a non-empty folder without
// it is not ours, and Write refuses to replace it.
const Marker = ".osaamo-output"

// Write replaces the folder out with files. root is the project folder;
// out must not be the project root, contain content/ or site.yaml, or be
// a non-empty folder osaamo did not write. On any error the previous
// output is left as it was.
func Write(files Files, out, root string) error {
	absOut, err := filepath.Abs(out)
	if err != nil {
		return fmt.Errorf("resolve output folder %s: %w", out, err)
	}
	if err := Safe(absOut, root); err != nil {
		return err
	}
	parent := filepath.Dir(absOut)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", parent, err)
	}
	removeStale(parent, filepath.Base(absOut))
	stage, err := os.MkdirTemp(parent, "."+filepath.Base(absOut)+".staging-")
	if err != nil {
		return fmt.Errorf("create staging folder: %w", err)
	}
	if err := writeAll(files, stage, absOut); err != nil {
		os.RemoveAll(stage)
		return err
	}
	old := ""
	if _, err := os.Stat(absOut); err == nil {
		old = stage + ".old"
		if err := os.Rename(absOut, old); err != nil {
			os.RemoveAll(stage)
			return fmt.Errorf("move old output aside: %w", err)
		}
	}
	if err := os.Rename(stage, absOut); err != nil {
		if old != "" {
			os.Rename(old, absOut)
		}
		os.RemoveAll(stage)
		return fmt.Errorf("move new output into place: %w", err)
	}
	if old != "" {
		if err := removeTree(old); err != nil {
			return fmt.Errorf("remove old output %s: %w", old, err)
		}
	}
	return nil
}

// removeTree removes the folder dir and everything in it, its entries in
// parallel: a big site's old output has tens of thousands of files.
func removeTree(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return os.RemoveAll(dir)
	}
	errs := make([]error, len(entries))
	parallel.Each(len(entries), func(i int) { errs[i] = os.RemoveAll(filepath.Join(dir, entries[i].Name())) })
	if err := errors.Join(errs...); err != nil {
		return err
	}
	return os.Remove(dir)
}

// removeStale removes staging folders an interrupted build of the same
// output left behind. They match only osaamo's own naming, so nothing else
// is touched.
func removeStale(parent, base string) {
	stale, _ := filepath.Glob(filepath.Join(parent, "."+base+".staging-*"))
	for _, dir := range stale {
		os.RemoveAll(dir)
	}
}

// writeAll writes files into stage, on every core. A file whose bytes
// equal the previous output's is hard-linked instead of written, so
// unchanged files keep their identity and timestamps and incremental
// deploys stay small; the old file is read only when its size matches.
func writeAll(files Files, stage, prev string) error {
	paths := files.Paths()
	dirs := map[string]bool{}
	for _, p := range paths {
		if strings.Contains(p, "..") || filepath.IsAbs(p) {
			return fmt.Errorf("refusing to write %q outside the output folder", p)
		}
		dirs[filepath.Dir(filepath.Join(stage, filepath.FromSlash(p)))] = true
	}
	for _, dir := range sortedKeys(dirs) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("create %s: %w", dir, err)
		}
	}
	errs := make([]error, len(paths))
	parallel.Each(len(paths), func(i int) {
		p := filepath.FromSlash(paths[i])
		errs[i] = writeOne(files[paths[i]], filepath.Join(stage, p), filepath.Join(prev, p))
	})
	if err := errors.Join(errs...); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(stage, Marker), []byte("This folder is written by osaamo build and replaced on every build.\n"), 0o644)
}

// writeOne writes data to dst, or hard-links old there when it holds the
// same bytes.
func writeOne(data []byte, dst, old string) error {
	if st, err := os.Stat(old); err == nil && st.Mode().IsRegular() && st.Size() == int64(len(data)) {
		if b, err := os.ReadFile(old); err == nil && bytes.Equal(b, data) && os.Link(old, dst) == nil {
			return nil
		}
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", dst, err)
	}
	return nil
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// ErrUnsafe is returned for output folders osaamo must never replace.
var ErrUnsafe = errors.New("unsafe output folder")

// Safe checks that replacing the folder out cannot destroy sources: it is
// not the project root or one of its ancestors, holds no content/ or
// site.yaml, and is either missing, empty or an earlier osaamo output.
func Safe(out, root string) error {
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return err
	}
	absOut, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	if absOut == absRoot || strings.HasPrefix(absRoot+string(filepath.Separator), absOut+string(filepath.Separator)) {
		return fmt.Errorf("%w: %s is the project folder or contains it; choose a folder inside it such as public/", ErrUnsafe, out)
	}
	for _, name := range []string{"content", "site.yaml", ".git"} {
		if _, err := os.Stat(filepath.Join(absOut, name)); err == nil {
			return fmt.Errorf("%w: %s contains %s, so it looks like a project, not build output; choose another --out", ErrUnsafe, out, name)
		}
	}
	entries, err := os.ReadDir(absOut)
	if err != nil || len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(absOut, Marker)); err != nil {
		return fmt.Errorf("%w: %s is not empty and was not written by osaamo (no %s file); empty it or choose another --out", ErrUnsafe, out, Marker)
	}
	return nil
}

// Package watch turns file system events under a project into change sets
// for the live preview: it watches content/, themes/, layouts/, static/ and
// site.yaml (folders created later included), leaves out editors' temporary
// and backup files, and gathers a burst of events — an editor's atomic save
// by rename, a git checkout — into one sorted list of changed paths. It does
// not read the files or decide what a change means; build does.
package watch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// roots are the top-level files and folders of a project a build reads.
var roots = []string{"content", "themes", "layouts", "static", "site.yaml"}

// Options tune a Watcher.
type Options struct {
	// Quiet is how long no event must arrive before a change set is sent;
	// 0 means 30 ms. Editors' saves are bursts of events well under that.
	Quiet time.Duration
	// MaxDelay bounds how long a change set waits while events keep
	// coming; 0 means 20 times Quiet.
	MaxDelay time.Duration
}

// Watcher watches one project. Its change sets arrive on Changes.
type Watcher struct {
	root    string
	opts    Options
	fsw     *fsnotify.Watcher
	changes chan []string
	errs    chan error
	done    chan struct{}
	stopped chan struct{}
	dirs    map[string]bool // watched folders, project-relative
}

// New starts watching the project at root. Every folder under the roots
// is watched before New returns, so a change made after it is seen.
func New(root string, opts Options) (*Watcher, error) {
	if opts.Quiet <= 0 {
		opts.Quiet = 30 * time.Millisecond
	}
	if opts.MaxDelay <= 0 {
		opts.MaxDelay = 20 * opts.Quiet
	}
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watch %s: %w", root, err)
	}
	w := &Watcher{root: root, opts: opts, fsw: fsw, changes: make(chan []string), errs: make(chan error, 1),
		done: make(chan struct{}), stopped: make(chan struct{}), dirs: map[string]bool{}}
	// The project folder itself is watched for site.yaml (editors replace
	// it by rename) and for roots created later.
	if err := w.add("."); err != nil {
		fsw.Close()
		return nil, err
	}
	for _, r := range roots {
		if err := w.addTree(r, nil); err != nil {
			fsw.Close()
			return nil, err
		}
	}
	go w.loop()
	return w, nil
}

// Changes delivers change sets: sorted, slash-separated paths relative to
// the project root of files and folders that were created, written,
// removed or renamed. A set holding "." means anything may have changed
// (the system dropped events). The channel is closed by Close.
func (w *Watcher) Changes() <-chan []string { return w.changes }

// Errors delivers errors of the underlying watcher that osaamo cannot
// recover from by rebuilding everything.
func (w *Watcher) Errors() <-chan error { return w.errs }

// Close stops watching and closes Changes.
func (w *Watcher) Close() error {
	select {
	case <-w.done:
	default:
		close(w.done)
	}
	err := w.fsw.Close()
	<-w.stopped
	return err
}

// Ignored reports whether a file name is an editor's temporary or backup
// file: vim's swap files, "4913" probe and "~" backups, Emacs's lock and
// autosave files, JetBrains' safe-write copies, macOS's .DS_Store.
func Ignored(name string) bool {
	switch {
	case name == "4913" || name == ".DS_Store":
		return true
	case strings.HasSuffix(name, "~"), strings.HasPrefix(name, ".#"),
		strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"):
		return true
	case strings.HasSuffix(name, ".swp"), strings.HasSuffix(name, ".swx"), strings.HasSuffix(name, ".swo"):
		return true
	case strings.HasSuffix(name, "___jb_tmp___"), strings.HasSuffix(name, "___jb_old___"):
		return true
	}
	return false
}

// relevant reports whether a project-relative path is one a build reads.
func relevant(rel string) bool {
	if rel == "." {
		return false
	}
	top, _, _ := strings.Cut(rel, "/")
	for _, r := range roots {
		if top == r {
			return !Ignored(filepath.Base(rel))
		}
	}
	return false
}

// add watches one folder.
func (w *Watcher) add(rel string) error {
	if w.dirs[rel] {
		return nil
	}
	if err := w.fsw.Add(filepath.Join(w.root, filepath.FromSlash(rel))); err != nil {
		return fmt.Errorf("watch %s: %w", rel, err)
	}
	w.dirs[rel] = true
	return nil
}

// addTree watches rel and every folder under it, if rel is a folder. When
// found is not nil, it gets every path under rel: files created in a new
// folder before its watch was in place produce no event of their own.
func (w *Watcher) addTree(rel string, found func(string)) error {
	err := filepath.WalkDir(filepath.Join(w.root, filepath.FromSlash(rel)), func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil // gone already, or never there
			}
			return err
		}
		r, _ := filepath.Rel(w.root, p)
		r = filepath.ToSlash(r)
		if !relevant(r) {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if found != nil && r != rel {
			found(r)
		}
		if e.IsDir() {
			return w.add(r)
		}
		return nil
	})
	return err
}

// forget stops watching rel and every folder under it: after a rename the
// kernel keeps watching the moved folders under their old names.
func (w *Watcher) forget(rel string) {
	for d := range w.dirs {
		if d == rel || strings.HasPrefix(d, rel+"/") {
			w.fsw.Remove(filepath.Join(w.root, filepath.FromSlash(d)))
			delete(w.dirs, d)
		}
	}
}

// loop gathers events into change sets until Close.
func (w *Watcher) loop() {
	defer close(w.stopped)
	defer close(w.changes)
	pending := map[string]bool{}
	var ready []string    // a change set waiting for the receiver
	var out chan []string // w.changes while ready holds a set
	var quiet, limit <-chan time.Time
	var quietTimer *time.Timer
	note := func(rel string) {
		if len(pending) == 0 {
			limit = time.After(w.opts.MaxDelay)
		}
		pending[rel] = true
		if quietTimer == nil {
			quietTimer = time.NewTimer(w.opts.Quiet)
		} else {
			quietTimer.Reset(w.opts.Quiet)
		}
		quiet = quietTimer.C
	}
	flush := func() {
		for _, p := range ready {
			pending[p] = true
		}
		ready = ready[:0:0]
		for p := range pending {
			ready = append(ready, p)
		}
		sort.Strings(ready)
		pending = map[string]bool{}
		quiet, limit, out = nil, nil, w.changes
	}
	for {
		select {
		case <-w.done:
			return
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			w.handle(ev, note)
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				note(".")
				continue
			}
			select {
			case w.errs <- err:
			default:
			}
		case <-quiet:
			flush()
		case <-limit:
			flush()
		case out <- ready:
			ready, out = nil, nil
		}
	}
}

// handle turns one event into changed paths, and keeps the watches in step
// with folders created, removed and renamed.
func (w *Watcher) handle(ev fsnotify.Event, note func(string)) {
	rel, err := filepath.Rel(w.root, ev.Name)
	if err != nil || strings.HasPrefix(rel, "..") {
		return
	}
	rel = filepath.ToSlash(rel)
	if !relevant(rel) {
		return
	}
	if ev.Op == fsnotify.Chmod {
		return // permissions and times: the bytes are the same
	}
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		w.forget(rel)
	}
	note(rel)
	if ev.Has(fsnotify.Create) {
		if info, err := os.Lstat(ev.Name); err == nil && info.IsDir() {
			if err := w.addTree(rel, note); err != nil {
				select {
				case w.errs <- err:
				default:
				}
			}
		}
	}
}

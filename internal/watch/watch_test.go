package watch

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// wait is how long a test waits for a change set before failing. Events
// arrive in milliseconds; the margin is for loaded machines.
const wait = 10 * time.Second

func project(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range map[string]string{
		"site.yaml":                        "title: X\n",
		"content/teemat/a.md":              "---\ntitle: A\n---\n",
		"content/teemat/b.md":              "---\ntitle: B\n---\n",
		"content/kansio/ala/c.md":          "---\ntitle: C\n---\n",
		"themes/default/layouts/base.html": "<html></html>\n",
		"public/index.html":                "vanha\n",
	} {
		write(t, dir, name, data)
	}
	return dir
}

func write(t *testing.T, dir, name, data string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func rename(t *testing.T, dir, from, to string) {
	t.Helper()
	if err := os.Rename(filepath.Join(dir, from), filepath.Join(dir, to)); err != nil {
		t.Fatal(err)
	}
}

func remove(t *testing.T, dir, name string) {
	t.Helper()
	if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
		t.Fatal(err)
	}
}

// until gathers change sets until every path of want has been reported,
// and returns every set received.
func until(t *testing.T, w *Watcher, want ...string) [][]string {
	t.Helper()
	var sets [][]string
	seen := map[string]bool{}
	timeout := time.After(wait)
	for {
		missing := false
		for _, p := range want {
			missing = missing || !seen[p]
		}
		if !missing {
			return sets
		}
		select {
		case set, ok := <-w.Changes():
			if !ok {
				t.Fatalf("Changes closed; got %v, want %v", sets, want)
			}
			if !slices.IsSorted(set) {
				t.Errorf("change set %v is not sorted", set)
			}
			sets = append(sets, set)
			for _, p := range set {
				seen[p] = true
			}
		case <-timeout:
			t.Fatalf("no change set with %v after %v; got %v", want, wait, sets)
		}
	}
}

func union(sets [][]string) []string {
	var all []string
	for _, s := range sets {
		for _, p := range s {
			if !slices.Contains(all, p) {
				all = append(all, p)
			}
		}
	}
	slices.Sort(all)
	return all
}

// TestWatch makes real file operations in a temporary project and checks
// the change sets they give. Each case ends by writing a sentinel file and
// waiting for it, so paths reported after it cannot leak into the next case.
func TestWatch(t *testing.T) {
	tests := []struct {
		name string
		op   func(t *testing.T, dir string)
		want []string // every path reported, sentinel left out
	}{
		{"edit", func(t *testing.T, dir string) { write(t, dir, "content/teemat/a.md", "---\ntitle: A2\n---\n") },
			[]string{"content/teemat/a.md"}},
		{"create", func(t *testing.T, dir string) { write(t, dir, "content/teemat/uusi.md", "x") },
			[]string{"content/teemat/uusi.md"}},
		{"delete", func(t *testing.T, dir string) { remove(t, dir, "content/teemat/b.md") },
			[]string{"content/teemat/b.md"}},
		{"rename", func(t *testing.T, dir string) { rename(t, dir, "content/teemat/a.md", "content/teemat/c.md") },
			[]string{"content/teemat/a.md", "content/teemat/c.md"}},
		{"atomic save, JetBrains", func(t *testing.T, dir string) {
			write(t, dir, "content/teemat/a.md___jb_tmp___", "uusi")
			rename(t, dir, "content/teemat/a.md", "content/teemat/a.md___jb_old___")
			rename(t, dir, "content/teemat/a.md___jb_tmp___", "content/teemat/a.md")
			remove(t, dir, "content/teemat/a.md___jb_old___")
		}, []string{"content/teemat/a.md"}},
		{"atomic save, vim", func(t *testing.T, dir string) {
			write(t, dir, "content/teemat/4913", "")
			remove(t, dir, "content/teemat/4913")
			rename(t, dir, "content/teemat/a.md", "content/teemat/a.md~")
			write(t, dir, "content/teemat/a.md", "uusi")
			remove(t, dir, "content/teemat/a.md~")
		}, []string{"content/teemat/a.md"}},
		{"atomic save of site.yaml", func(t *testing.T, dir string) {
			write(t, dir, ".site.yaml.tmp", "title: Y\n")
			rename(t, dir, ".site.yaml.tmp", "site.yaml")
		}, []string{"site.yaml"}},
		{"editor files ignored", func(t *testing.T, dir string) {
			write(t, dir, "content/teemat/.a.md.swp", "x")
			write(t, dir, "content/teemat/.a.md.swx", "x")
			write(t, dir, "content/teemat/.#a.md", "x")
			write(t, dir, "content/teemat/.DS_Store", "x")
		}, nil},
		{"outside the roots ignored", func(t *testing.T, dir string) {
			write(t, dir, "public/index.html", "uusi")
			write(t, dir, "README.md", "x")
		}, nil},
		{"new folder with a file", func(t *testing.T, dir string) { write(t, dir, "content/uusi/ala/x.md", "x") },
			[]string{"content/uusi"}},
		{"template", func(t *testing.T, dir string) { write(t, dir, "themes/default/layouts/base.html", "<p>") },
			[]string{"themes/default/layouts/base.html"}},
		{"folder removed", func(t *testing.T, dir string) { remove(t, dir, "content/kansio") },
			[]string{"content/kansio"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := project(t)
			w, err := New(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			tt.op(t, dir)
			write(t, dir, "content/sentinel.md", "x")
			got := union(until(t, w, "content/sentinel.md"))
			got = slices.DeleteFunc(got, func(p string) bool { return p == "content/sentinel.md" })
			for _, p := range tt.want {
				if !slices.Contains(got, p) {
					t.Errorf("reported %v, want %s among them", got, p)
				}
			}
			for _, p := range got {
				if !slices.ContainsFunc(tt.want, func(w string) bool { return p == w || strings.HasPrefix(p, w+"/") }) {
					t.Errorf("reported %s; want only %v (and what is under them)", p, tt.want)
				}
			}
		})
	}
}

// TestWatchNewFolderLater checks that a folder created after the watch
// started is watched: a file written into it later is reported.
func TestWatchNewFolderLater(t *testing.T) {
	dir := project(t)
	w, err := New(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if err := os.MkdirAll(filepath.Join(dir, "content", "uusi"), 0o755); err != nil {
		t.Fatal(err)
	}
	until(t, w, "content/uusi")
	write(t, dir, "content/uusi/x.md", "x")
	until(t, w, "content/uusi/x.md")
}

// TestWatchRenamedFolder checks that files in a renamed folder are
// reported under the folder's new name, also in its subfolders.
func TestWatchRenamedFolder(t *testing.T) {
	dir := project(t)
	w, err := New(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	rename(t, dir, "content/kansio", "content/toinen")
	until(t, w, "content/kansio", "content/toinen")
	write(t, dir, "content/toinen/ala/c.md", "uusi")
	sets := until(t, w, "content/toinen/ala/c.md")
	for _, p := range union(sets) {
		if strings.HasPrefix(p, "content/kansio/") {
			t.Errorf("reported %s under the folder's old name", p)
		}
	}
}

// TestWatchDebounce checks that a burst of saves arrives as one set.
func TestWatchDebounce(t *testing.T) {
	dir := project(t)
	w, err := New(dir, Options{Quiet: 500 * time.Millisecond, MaxDelay: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var want []string
	for i := range 20 {
		name := "content/teemat/s" + string(rune('a'+i)) + ".md"
		write(t, dir, name, "x")
		want = append(want, name)
	}
	sets := until(t, w, want...)
	if len(sets) != 1 {
		t.Errorf("a burst of 20 writes gave %d change sets, want 1: %v", len(sets), sets)
	}
}

func TestWatchClose(t *testing.T) {
	w, err := New(project(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	select {
	case _, ok := <-w.Changes():
		if ok {
			t.Error("Changes delivered a set after Close")
		}
	case <-time.After(wait):
		t.Error("Changes not closed by Close")
	}
}

func TestIgnored(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{".a.md.swp", true}, {".a.md.swx", true}, {"a.md~", true}, {".#a.md", true}, {"#a.md#", true},
		{"4913", true}, {".DS_Store", true}, {"a.md___jb_tmp___", true}, {"a.md___jb_old___", true},
		{"a.md", false}, {"_index.md", false}, {"kuva.png", false}, {"2021-03.md", false},
	}
	for _, tt := range tests {
		if got := Ignored(tt.name); got != tt.want {
			t.Errorf("Ignored(%q) = %t, want %t", tt.name, got, tt.want)
		}
	}
}

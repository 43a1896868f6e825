package build

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"path"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/osaamo/osaamo/internal/testsite"
)

var edits = flag.Int("edits", 40, "random edits per case in TestBuilderMatchesRun")

// TestBuilderMatchesRun applies seeded random sequences of edits to the
// fixture project — body, front matter, heading and link edits, new,
// deleted and renamed files and folders, assets, templates, site.yaml,
// edits that introduce errors and edits that fix them — and after every
// step compares what one long-lived Builder gives with a fresh Run of the
// same files, byte for byte.
func TestBuilderMatchesRun(t *testing.T) {
	tests := []struct {
		name string
		seed uint64
		opts Options
	}{
		{"preview", 1, Options{Preview: true, Today: today}},
		{"public target", 2, Options{Today: today}},
		{"intranet with drafts", 3, Options{Target: "intranet", Drafts: true, Today: today}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := testsite.Fixture(t)
			ed := &editor{r: rand.New(rand.NewPCG(tt.seed, 7)), fsys: fsys, broken: map[string][]byte{}}
			b := New(fsys, tt.opts)
			got, gotErr := b.Build(nil)
			compareBuilds(t, "initial build", nil, got, gotErr, fsys, tt.opts)
			var log []string
			reusedSite, reusedPages := 0, 0
			for step := 1; step <= *edits; step++ {
				desc, changed := ed.step()
				log = append(log, fmt.Sprintf("%d. %s %v", step, desc, changed))
				prev := got
				got, gotErr = b.Build(changed)
				if !compareBuilds(t, fmt.Sprintf("seed %d step %d", tt.seed, step), log, got, gotErr, fsys, tt.opts) {
					return
				}
				if gotErr != nil || got.Files == nil {
					continue
				}
				if prev != nil && got.Site == prev.Site {
					reusedSite++
				}
				if got.Stats.Rendered < got.Stats.Pages {
					reusedPages++
				}
			}
			t.Logf("%d of %d builds reused the site, %d reused rendered pages", reusedSite, *edits, reusedPages)
			// The comparison proves nothing about reuse if every build
			// started from nothing.
			if reusedSite < *edits/10 || reusedPages == 0 {
				t.Errorf("only %d of %d builds reused the site and %d reused pages; the edits do not exercise the incremental path",
					reusedSite, *edits, reusedPages)
			}
		})
	}
}

// compareBuilds compares a Builder's result with a fresh Run and reports
// the first difference with the edits that led to it.
func compareBuilds(t *testing.T, at string, log []string, got *Result, gotErr error, fsys fstest.MapFS, opts Options) bool {
	t.Helper()
	want, wantErr := Run(fsys, opts)
	fail := func(format string, args ...any) bool {
		t.Errorf("%s: %s\nedits:\n%s", at, fmt.Sprintf(format, args...), strings.Join(log, "\n"))
		return false
	}
	if (gotErr == nil) != (wantErr == nil) || gotErr != nil && gotErr.Error() != wantErr.Error() {
		return fail("builder error %v, want %v", gotErr, wantErr)
	}
	if wantErr != nil {
		return true
	}
	if g, w := diagText(got), diagText(want); g != w {
		return fail("diagnostics\n got: %s\nwant: %s", g, w)
	}
	if (got.Files == nil) != (want.Files == nil) {
		return fail("builder files nil: %t, want %t", got.Files == nil, want.Files == nil)
	}
	for _, p := range want.Files.Paths() {
		g, ok := got.Files[p]
		if !ok {
			return fail("builder has no %s", p)
		}
		if !bytes.Equal(g, want.Files[p]) {
			return fail("%s differs from a full build: %s", p, firstDiff(g, want.Files[p]))
		}
	}
	for _, p := range got.Files.Paths() {
		if _, ok := want.Files[p]; !ok {
			return fail("builder has %s, a full build does not", p)
		}
	}
	g, w := got.Stats, want.Stats
	g.Parsed, g.Rendered, w.Parsed, w.Rendered = 0, 0, 0, 0
	if g != w {
		return fail("stats %+v, want %+v", g, w)
	}
	return true
}

func diagText(r *Result) string {
	var b strings.Builder
	for _, d := range r.Diags {
		fmt.Fprintf(&b, "%s [%s]\n", d, d.Severity)
	}
	return b.String()
}

// editor makes random edits to a project in memory, the way editors do.
type editor struct {
	r    *rand.Rand
	fsys fstest.MapFS
	// broken maps files an edit broke to their content before, for a
	// later edit to fix; nil means the file did not exist.
	broken map[string][]byte
	n      int
}

// step makes one edit and returns what it did and the paths a watcher
// would report.
func (e *editor) step() (string, []string) {
	e.n++
	if len(e.broken) > 0 && e.r.IntN(3) > 0 {
		return e.fix()
	}
	ops := []struct {
		weight int
		op     func() (string, []string)
	}{
		{40, e.editBody}, {10, e.editSummary}, {4, e.editTitle}, {5, e.addHeading}, {5, e.addLink},
		{3, e.toggleDraft}, {6, e.create}, {3, e.createFolder}, {4, e.remove}, {4, e.rename},
		{5, e.breakFrontMatter}, {3, e.editTemplate}, {1, e.breakTemplate}, {2, e.editCSS},
		{2, e.editSiteYAML}, {4, e.editAsset}, {3, e.touch},
	}
	total := 0
	for _, o := range ops {
		total += o.weight
	}
	n := e.r.IntN(total)
	for _, o := range ops {
		if n < o.weight {
			return o.op()
		}
		n -= o.weight
	}
	panic("unreachable")
}

func (e *editor) files(prefix, suffix string) []string {
	var out []string
	for p := range e.fsys {
		if strings.HasPrefix(p, prefix) && strings.HasSuffix(p, suffix) {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

func (e *editor) pick(prefix, suffix string) string {
	fs := e.files(prefix, suffix)
	if len(fs) == 0 {
		return ""
	}
	return fs[e.r.IntN(len(fs))]
}

func (e *editor) read(p string) string { return string(e.fsys[p].Data) }

func (e *editor) write(p, data string) { e.fsys[p] = &fstest.MapFile{Data: []byte(data)} }

// changedPath reports p, or sometimes its folder, as watchers do for
// renames and new folders.
func (e *editor) changedPath(p string) []string {
	if e.r.IntN(5) == 0 {
		return []string{path.Dir(p)}
	}
	return []string{p}
}

// splitDoc cuts a document after its front matter.
func splitDoc(src string) (fm, body string) {
	i := strings.Index(src[3:], "\n---\n")
	if !strings.HasPrefix(src, "---\n") || i < 0 {
		return "", src
	}
	return src[:i+8], src[i+8:]
}

func (e *editor) doc() string { return e.pick("content/", ".md") }

func (e *editor) editBody() (string, []string) {
	p := e.doc()
	fm, body := splitDoc(e.read(p))
	words := []string{"Vaikuttavuus", "näkyy", "arjessa.", "RAKE", "tukee", "kuntalaisia.", "Tieto", "kulkee."}
	sentence := words[e.r.IntN(len(words))] + " " + words[e.r.IntN(len(words))] + fmt.Sprintf(" %d.", e.n)
	lines := strings.Split(body, "\n")
	i := e.r.IntN(len(lines))
	if strings.HasPrefix(lines[i], "#") || strings.HasPrefix(lines[i], "|") || strings.HasPrefix(lines[i], ">") {
		lines = append(lines, sentence)
	} else if lines[i] == "" {
		lines[i] = "\n" + sentence + "\n"
	} else {
		lines[i] += " " + sentence
	}
	e.write(p, fm+strings.Join(lines, "\n"))
	return "edit body of " + p, []string{p}
}

func (e *editor) editFrontMatter(p, key, value string) {
	fm, body := splitDoc(e.read(p))
	if fm == "" {
		return
	}
	lines := strings.Split(fm, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, key+":") {
			if value == "" {
				lines = append(lines[:i], lines[i+1:]...)
			} else {
				lines[i] = key + ": " + value
			}
			e.write(p, strings.Join(lines, "\n")+body)
			return
		}
	}
	if value != "" {
		lines = append(lines[:2], append([]string{key + ": " + value}, lines[2:]...)...)
	}
	e.write(p, strings.Join(lines, "\n")+body)
}

func (e *editor) editSummary() (string, []string) {
	p := e.doc()
	value := fmt.Sprintf("Tiivistelmä %d", e.n)
	if e.r.IntN(5) == 0 {
		value = ""
	}
	e.editFrontMatter(p, "summary", value)
	return "set summary of " + p + " to " + value, []string{p}
}

func (e *editor) editTitle() (string, []string) {
	p := e.doc()
	e.editFrontMatter(p, "title", fmt.Sprintf("Otsikko %d", e.n))
	return "retitle " + p, []string{p}
}

func (e *editor) addHeading() (string, []string) {
	p := e.doc()
	e.write(p, e.read(p)+fmt.Sprintf("\n## Väliotsikko %d\n\nTekstiä.\n", e.n))
	return "add heading to " + p, []string{p}
}

func (e *editor) addLink() (string, []string) {
	p := e.doc()
	target := "/" + strings.TrimPrefix(e.doc(), "content/")
	if e.r.IntN(3) == 0 {
		target = fmt.Sprintf("/ei-ole-%d.md", e.n)
	}
	// Even a good link breaks when its target goes, or is a draft or
	// internal page in a public build; a later fix removes it.
	e.remember(p)
	e.write(p, e.read(p)+fmt.Sprintf("\nKatso [linkki %d](%s).\n", e.n, target))
	return "link " + p + " to " + target, []string{p}
}

func (e *editor) toggleDraft() (string, []string) {
	p := e.doc()
	e.remember(p) // pages linking to a draft break in a public build
	if strings.Contains(e.read(p), "\ndraft: true\n") {
		e.editFrontMatter(p, "draft", "")
		return "undraft " + p, []string{p}
	}
	e.editFrontMatter(p, "draft", "true")
	return "draft " + p, []string{p}
}

func (e *editor) newPage() string {
	body := fmt.Sprintf("Uusi sivu %d.\n\n## Osa\n\nTekstiä.\n", e.n)
	if e.r.IntN(2) == 0 {
		return fmt.Sprintf("---\ntitle: Uusi %d\nsummary: Lyhyesti %d\n---\n%s", e.n, e.n, body)
	}
	return fmt.Sprintf("---\ntitle: Uusi %d\ncompetence: [tiedon-kokoaminen]\nlevel: [mikro]\n---\n%s", e.n, body)
}

func (e *editor) create() (string, []string) {
	p := fmt.Sprintf("content/tietoa/uusi-%d.md", e.n)
	e.write(p, e.newPage())
	return "create " + p, e.changedPath(p)
}

func (e *editor) createFolder() (string, []string) {
	dir := fmt.Sprintf("content/kansio-%d", e.n)
	e.write(dir+"/_index.md", e.newPage())
	e.write(dir+"/sivu.md", e.newPage())
	return "create folder " + dir, []string{dir}
}

func (e *editor) remove() (string, []string) {
	if dirs := e.files("content/kansio-", "/_index.md"); len(dirs) > 0 && e.r.IntN(2) == 0 {
		dir := path.Dir(dirs[e.r.IntN(len(dirs))])
		for _, p := range e.files(dir+"/", "") {
			delete(e.fsys, p)
		}
		return "remove folder " + dir, []string{dir}
	}
	p := e.doc()
	if !strings.Contains(p, "uusi-") {
		// Removing shipped fixture files breaks links; keep them to fix.
		e.remember(p)
	}
	delete(e.fsys, p)
	return "remove " + p, e.changedPath(p)
}

func (e *editor) rename() (string, []string) {
	p := e.doc()
	q := strings.TrimSuffix(p, ".md") + fmt.Sprintf("-%d.md", e.n)
	if path.Base(p) == "_index.md" {
		q = path.Dir(p) + fmt.Sprintf("/indeksi-%d.md", e.n)
	}
	if !strings.Contains(p, "uusi-") {
		e.remember(p)
		e.broken[q] = nil
	}
	e.fsys[q] = e.fsys[p]
	delete(e.fsys, p)
	return "rename " + p + " to " + q, []string{p, q}
}

// remember keeps p's content for a later fix, unless an earlier edit
// already did.
func (e *editor) remember(p string) {
	if _, ok := e.broken[p]; !ok {
		e.broken[p] = e.fsys[p].Data
	}
}

func (e *editor) breakFrontMatter() (string, []string) {
	p := e.doc()
	e.remember(p)
	e.write(p, strings.Replace(e.read(p), "title:", "titel:", 1))
	return "break front matter of " + p, []string{p}
}

const baseLayout = "themes/default/layouts/base.html"

func (e *editor) editTemplate() (string, []string) {
	e.write(baseLayout, strings.Replace(e.read(baseLayout), "</footer>", fmt.Sprintf("<p>muokattu %d</p>\n</footer>", e.n), 1))
	return "edit " + baseLayout, []string{baseLayout}
}

func (e *editor) breakTemplate() (string, []string) {
	e.remember(baseLayout)
	e.write(baseLayout, e.read(baseLayout)+"{{if}")
	return "break " + baseLayout, e.changedPath(baseLayout)
}

func (e *editor) editCSS() (string, []string) {
	p := "themes/default/static/css/osaamo.css"
	e.write(p, e.read(p)+fmt.Sprintf("\n/* %d */\n", e.n))
	return "edit " + p, []string{p}
}

func (e *editor) editSiteYAML() (string, []string) {
	e.write("site.yaml", strings.Replace(e.read("site.yaml"), "title: Testiosaamo", fmt.Sprintf("title: Testiosaamo %d\nx:", e.n), 1))
	if e.r.IntN(2) == 0 {
		e.write("site.yaml", strings.Replace(e.read("site.yaml"), "\nx:", "", 1))
	} else {
		e.broken["site.yaml"] = []byte(strings.Replace(e.read("site.yaml"), "\nx:", "", 1))
	}
	return "edit site.yaml", []string{"site.yaml"}
}

func (e *editor) editAsset() (string, []string) {
	p := fmt.Sprintf("content/teemat/kuva-%d.png", e.r.IntN(3))
	switch _, ok := e.fsys[p]; {
	case ok && e.r.IntN(2) == 0:
		delete(e.fsys, p)
		return "remove " + p, []string{p}
	default:
		e.write(p, fmt.Sprintf("png %d", e.n))
		return "write " + p, []string{p}
	}
}

func (e *editor) touch() (string, []string) {
	p := e.pick("", "")
	return "touch " + p, []string{p}
}

func (e *editor) fix() (string, []string) {
	var ps []string
	for p := range e.broken {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	p := ps[e.r.IntN(len(ps))]
	if e.broken[p] == nil {
		delete(e.fsys, p)
	} else {
		e.fsys[p] = &fstest.MapFile{Data: e.broken[p]}
	}
	delete(e.broken, p)
	return "fix " + p, []string{p}
}

// TestBuilderReuses checks what one change makes a Builder read and
// render again, and that the result still equals a full build.
func TestBuilderReuses(t *testing.T) {
	const (
		theme   = "content/teemat/2021-03-vaikuttavuus.md" // has a summary
		path    = "content/polut/uusi.md"                  // has none
		all     = -1
		allDocs = -2
	)
	// long is a paragraph longer than a listing's summary, so that what
	// comes after it is never quoted.
	long := "\n" + strings.Repeat("Pitkä kappale, jonka jälkeen tulevaa tekstiä ei lainata listoissa. ", 5) + "\n"
	tests := []struct {
		name             string
		setup, edit      func(fstest.MapFS)
		changed          []string
		parsed, rendered int
	}{
		{"body of a page with a summary", nil, func(m fstest.MapFS) { appendTo(m, theme, "\nUusi kappale.\n") },
			[]string{theme}, 1, 1},
		{"body of a page without a summary", nil, func(m fstest.MapFS) { appendTo(m, path, "\nUusi kappale.\n") },
			[]string{path}, 1, all},
		{"body of a page without a summary, after what listings quote",
			func(m fstest.MapFS) { appendTo(m, path, long) },
			func(m fstest.MapFS) { appendTo(m, path, "\nUusi kappale.\n") },
			[]string{path}, 1, 1},
		{"body of a page without a summary, in what listings quote",
			func(m fstest.MapFS) { appendTo(m, path, long) },
			func(m fstest.MapFS) {
				m[path].Data = bytes.Replace(m[path].Data, []byte("Kulje"), []byte("Kulkekaa"), 1)
			},
			[]string{path}, 1, all},
		{"heading", nil, func(m fstest.MapFS) { appendTo(m, theme, "\n## Uusi otsikko\n") },
			[]string{theme}, 1, all},
		{"link", nil, func(m fstest.MapFS) { appendTo(m, theme, "\n[Polku](../polut/uusi.md)\n") },
			[]string{theme}, 1, all},
		{"same bytes written again", nil, func(fstest.MapFS) {}, []string{theme}, 0, 0},
		{"folder reported, nothing in it changed", nil, func(fstest.MapFS) {}, []string{"content/teemat"}, 0, 0},
		{"new page", nil, func(m fstest.MapFS) {
			m["content/tietoa/uusi.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Uusi\n---\nUusi.\n")}
		}, []string{"content/tietoa/uusi.md"}, 1, all},
		{"removed page", nil, func(m fstest.MapFS) { delete(m, "content/tietoa/sisainen.md") },
			[]string{"content/tietoa/sisainen.md"}, 0, all},
		{"asset", nil, func(m fstest.MapFS) {
			m["content/teemat/kuva.png"] = &fstest.MapFile{Data: []byte("png")}
		}, []string{"content/teemat/kuva.png"}, 0, all},
		{"template", nil, func(m fstest.MapFS) { appendTo(m, baseLayout, "\n") }, []string{baseLayout}, 0, all},
		{"site.yaml", nil, func(m fstest.MapFS) { appendTo(m, "site.yaml", "\n") }, []string{"site.yaml"}, allDocs, all},
		{"everything", nil, func(fstest.MapFS) {}, nil, allDocs, all},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := testsite.Fixture(t)
			if tt.setup != nil {
				tt.setup(fsys)
			}
			opts := Options{Preview: true, Today: today}
			b := New(fsys, opts)
			if _, err := b.Build(nil); err != nil {
				t.Fatal(err)
			}
			tt.edit(fsys)
			got, err := b.Build(tt.changed)
			if err != nil {
				t.Fatal(err)
			}
			compareBuilds(t, tt.name, nil, got, nil, fsys, opts)
			parsed, rendered := tt.parsed, tt.rendered
			if parsed == allDocs {
				parsed = got.Stats.Documents
			}
			if rendered == all {
				rendered = got.Stats.Pages
			}
			if got.Stats.Parsed != parsed || got.Stats.Rendered != rendered {
				t.Errorf("changed %v: parsed %d and rendered %d, want %d and %d (of %d documents, %d pages)",
					tt.changed, got.Stats.Parsed, got.Stats.Rendered, parsed, rendered, got.Stats.Documents, got.Stats.Pages)
			}
		})
	}
}

func appendTo(m fstest.MapFS, name, text string) {
	m[name] = &fstest.MapFile{Data: append(append([]byte(nil), m[name].Data...), text...)}
}

// TestBuilderFixAfterError checks that fixing an error renders no more
// than the save before the error would have: the builder compares with
// the last site it rendered, not with the failed build.
func TestBuilderFixAfterError(t *testing.T) {
	const theme = "content/teemat/2021-03-vaikuttavuus.md"
	fsys := testsite.Fixture(t)
	opts := Options{Preview: true, Today: today}
	b := New(fsys, opts)
	if _, err := b.Build(nil); err != nil {
		t.Fatal(err)
	}
	good := fsys[theme].Data
	steps := []struct {
		name     string
		data     []byte
		rendered int // -1: the build fails
	}{
		{"break the front matter", bytes.Replace(good, []byte("title:"), []byte("titel:"), 1), -1},
		{"break it differently", bytes.Replace(good, []byte("title:"), []byte("otsikko:"), 1), -1},
		{"fix it with a new paragraph", append(append([]byte(nil), good...), "\nKorjattu.\n"...), 1},
	}
	for _, st := range steps {
		fsys[theme] = &fstest.MapFile{Data: st.data}
		got, err := b.Build([]string{theme})
		if err != nil {
			t.Fatal(err)
		}
		if !compareBuilds(t, st.name, nil, got, nil, fsys, opts) {
			return
		}
		if failed := got.Files == nil; failed != (st.rendered < 0) {
			t.Fatalf("%s: build failed %t, want %t", st.name, failed, st.rendered < 0)
		}
		if st.rendered >= 0 && got.Stats.Rendered != st.rendered {
			t.Errorf("%s: rendered %d pages, want %d", st.name, got.Stats.Rendered, st.rendered)
		}
	}
}

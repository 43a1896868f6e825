// Package build runs the pipeline — config, content, markdown, site, check,
// theme, render, search — over a project and returns the output in memory
// with every diagnostic of the run. A Builder keeps the stages' results
// between builds, so the live preview rebuilds only what a change touched.
// It does not write the output (cmd/osaamo and serve decide where it goes),
// does not watch files (watch does) and never reads the clock unless no
// reference date is given.
package build

import (
	"io/fs"
	"time"

	"github.com/osaamo/osaamo/internal/config"
	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/search"
	"github.com/osaamo/osaamo/internal/site"
)

// Options selects what to build.
type Options struct {
	// Target names a target of site.yaml; "" means the first one.
	Target string
	// Drafts includes documents with draft: true.
	Drafts bool
	// Today pins the reference date (YYYY-MM-DD) for "this month's theme";
	// "" uses site.yaml's now, else the current date.
	Today string
	// Preview renders for the live preview (banners, reload script).
	Preview bool
	// CheckOnly stops after validation: no theme, no rendering.
	CheckOnly bool
}

// Result is one build's outcome. Files is nil when Diags has errors.
type Result struct {
	Config *config.Config
	Target config.Target
	Site   *site.Site
	Files  output.Files
	// Index is the search index the files include.
	Index *search.Index
	Diags diag.List
	Stats Stats
	// Timings is how long each stage of the build took, in order.
	Timings []Stage

	// search is what the index is built from (see Builder.Index).
	search []search.Page
}

// Stats counts what a build produced.
type Stats struct {
	Documents int
	Pages     int
	Files     int
	Bytes     int
	// Parsed counts the documents this build read and parsed, Rendered the
	// pages it rendered; a Builder reuses the others from earlier builds.
	Parsed   int
	Rendered int
}

// Stage is one stage's wall-clock time, for `osaamo build --timings`.
type Stage struct {
	Name     string
	Duration time.Duration
}

// lap records the time since *t as stage name and restarts *t.
func (r *Result) lap(name string, t *time.Time) {
	now := time.Now()
	r.Timings = append(r.Timings, Stage{name, now.Sub(*t)})
	*t = now
}

// Run builds the project rooted at fsys. Problems in the user's input are
// returned as diagnostics in the result, sorted; the error is for failures
// of osaamo or the system (an unreadable theme, a template bug). Run is
// one build of a new Builder that lets go of each page's Markdown syntax
// tree once it is rendered, since no second build will need it.
func Run(fsys fs.FS, opts Options) (*Result, error) {
	b := New(fsys, opts)
	b.oneShot = true
	return b.Build(nil)
}

func (r *Result) done() *Result {
	r.Diags.Sort()
	return r
}

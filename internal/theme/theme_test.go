package theme

import (
	"errors"
	"html/template"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/osaamo/osaamo/internal/diag"
)

// miniTheme is the smallest theme Load accepts, plus the given files.
func miniTheme(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{
		"themes/t/layouts/base.html":         {Data: []byte("<!DOCTYPE html>\n<title>{{block \"title\" .}}{{end}}</title>\n{{block \"main\" .}}{{end}}\n")},
		"themes/t/layouts/partials/nav.html": {Data: []byte("{{define \"nav\"}}<nav></nav>{{end}}\n")},
		"themes/t/layouts/single.html":       {Data: []byte("{{define \"main\"}}<main>{{.}}</main>{{end}}\n")},
		"themes/t/i18n/fi.yaml":              {Data: []byte("search: Haku\n")},
		"themes/t/i18n/sv.yaml":              {Data: []byte("search: Sök\n")},
		"themes/t/i18n/en.yaml":              {Data: []byte("search: Search\n")},
		"themes/t/static/css/osaamo.css":     {Data: []byte("body{}\n")},
	}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

var testFuncs = template.FuncMap{"month": func(int) string { return "" }, "hours": func(float64) string { return "" }}

func TestLoad(t *testing.T) {
	th, err := Load(miniTheme(map[string]string{
		"layouts/single.html":   "{{define \"main\"}}<main class=\"oma\">{{.}}</main>{{end}}\n",
		"static/css/osaamo.css": "body{color:red}\n",
	}), "t", testFuncs)
	if err != nil {
		t.Fatal(err)
	}
	if got := th.T("sv", "search"); got != "Sök" {
		t.Errorf("Swedish search string %q, want Sök", got)
	}
	if got := string(th.Static["css/osaamo.css"]); got != "body{color:red}\n" {
		t.Errorf("the site's static file does not override the theme's: %q", got)
	}
	set, err := th.Layout("single.html")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := set.ExecuteTemplate(&b, "base.html", "x"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `<main class="oma">x</main>`) {
		t.Errorf("the site's layout does not override the theme's:\n%s", b.String())
	}
}

// TestLoadErrors breaks a layout or a UI-strings file in each way an editor
// might and checks that the error names the file the editor has to open,
// the line and column of the broken action, and a hint.
func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name      string
		file, src string
		pos       string // file:line:col
		message   string
		hint      string
	}{
		{"if without a value", "themes/t/layouts/base.html", "<!DOCTYPE html>\n<p>  {{if}}x{{end}}</p>\n",
			"themes/t/layouts/base.html:2:6", "missing value for if", "need a value"},
		{"unknown function", "themes/t/layouts/partials/nav.html", "{{define \"nav\"}}\n<p>{{ monht 3 }}</p>{{end}}\n",
			"themes/t/layouts/partials/nav.html:2:7", `function "monht" not defined`, `did you mean "month"?`},
		{"missing end, in the site's own layout", "layouts/single.html", "{{define \"main\"}}\n{{if .}}<main></main>\n",
			"layouts/single.html:2:1", "unexpected EOF", "this {{if}} has no {{end}}"},
		{"end that closes nothing", "themes/t/layouts/single.html", "{{define \"main\"}}<main></main>{{end}}\n<p>x</p> {{- end}}\n",
			"themes/t/layouts/single.html:2:10", "unexpected {{end}}", "closes nothing"},
		{"unclosed action", "themes/t/layouts/base.html", "<!DOCTYPE html>\n<title>{{ .Title </title>\n",
			"themes/t/layouts/base.html:2:8", "", "}}"},
		{"UI strings", "themes/t/i18n/sv.yaml", "search: Sök\nmenu: [Meny\n",
			"themes/t/i18n/sv.yaml:", "UI strings", "key: text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(miniTheme(map[string]string{tt.file: tt.src}), "t", testFuncs)
			var ds diag.List
			if !errors.As(err, &ds) || len(ds) != 1 {
				t.Fatalf("Load gave %v (%T), want one diagnostic", err, err)
			}
			d := ds[0]
			if !strings.HasPrefix(d.Pos(), tt.pos) {
				t.Errorf("at %s, want %s", d.Pos(), tt.pos)
			}
			if !strings.Contains(d.Message, tt.message) {
				t.Errorf("message %q, want it to contain %q", d.Message, tt.message)
			}
			if !strings.Contains(d.Hint, tt.hint) {
				t.Errorf("hint %q, want it to contain %q", d.Hint, tt.hint)
			}
			if d.Line > 0 && d.Source == "" {
				t.Errorf("no source line to point at")
			}
			t.Logf("\n%s", d)
		})
	}
}

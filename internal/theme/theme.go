// Package theme loads a theme: its html/template layouts, its static files
// and its UI strings in Finnish, Swedish and English. A site overrides any
// single layout or static file by putting one with the same name under its
// own layouts/ or static/ folder. The theme does not know about pages; the
// render stage executes its templates.
package theme

import (
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/osaamo/osaamo/internal/diag"
)

// Theme is a loaded theme.
type Theme struct {
	Name string
	// Static holds the theme's static files by path under static/, with the
	// site's overrides applied.
	Static  map[string][]byte
	Strings map[string]map[string]string // language → key → text

	layouts map[string]*template.Template // page template name → full set
}

// Languages are the UI languages every theme must translate.
var Languages = []string{"fi", "sv", "en"}

// Load reads themes/NAME from fsys (the project root), with the project's
// layouts/ and static/ folders taking precedence. funcs are added to every
// template before parsing. A layout that does not parse, or a UI-strings
// file that is not valid YAML, gives an error of type diag.List naming the
// file, line and column.
func Load(fsys fs.FS, name string, funcs template.FuncMap) (*Theme, error) {
	root := path.Join("themes", name)
	if _, err := fs.Stat(fsys, root); err != nil {
		return nil, fmt.Errorf("theme %q not found at %s: %w", name, root, err)
	}
	t := &Theme{Name: name, Static: map[string][]byte{}, Strings: map[string]map[string]string{}}
	layouts, err := readTree(fsys, path.Join(root, "layouts"), "layouts")
	if err != nil {
		return nil, err
	}
	static, err := readTree(fsys, path.Join(root, "static"), "static")
	if err != nil {
		return nil, err
	}
	for k, f := range static {
		t.Static[k] = f.data
	}
	for _, lang := range Languages {
		file := path.Join(root, "i18n", lang+".yaml")
		src, err := fs.ReadFile(fsys, file)
		if err != nil {
			return nil, fmt.Errorf("read UI strings: %w", err)
		}
		m := map[string]string{}
		if err := yaml.Unmarshal(src, &m); err != nil {
			return nil, diag.List{stringsDiag(file, src, err)}
		}
		t.Strings[lang] = m
	}
	if err := t.parse(layouts, funcs); err != nil {
		return nil, err
	}
	return t, nil
}

// file is a layout or static file and the path it was read from.
type file struct {
	path string
	data []byte
}

// readTree reads every file under dir of fsys, then lets the project's own
// folder of the same name (override) replace or add files.
func readTree(fsys fs.FS, dir, override string) (map[string]file, error) {
	out := map[string]file{}
	for _, base := range []string{dir, override} {
		if _, err := fs.Stat(fsys, base); err != nil {
			continue
		}
		err := fs.WalkDir(fsys, base, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
				return nil
			}
			b, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			out[strings.TrimPrefix(p, base+"/")] = file{p, b}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", base, err)
		}
	}
	return out, nil
}

// parse builds one template set per page layout: base.html, every partial,
// and that layout, so each layout can define its own "main" block.
func (t *Theme) parse(files map[string]file, funcs template.FuncMap) error {
	if _, ok := files["base.html"]; !ok {
		return fmt.Errorf("theme %q has no layouts/base.html", t.Name)
	}
	var names, funcNames []string
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for name := range funcs {
		funcNames = append(funcNames, name)
	}
	sort.Strings(funcNames)
	// parse parses layout name into tmpl; a failure names the file.
	parse := func(tmpl *template.Template, name string) error {
		f := files[name]
		if _, err := tmpl.Parse(string(f.data)); err != nil {
			return diag.List{templateDiag(f.path, f.data, err, funcNames)}
		}
		return nil
	}
	common := template.New("base.html").Funcs(funcs)
	if err := parse(common, "base.html"); err != nil {
		return err
	}
	for _, name := range names {
		if strings.HasPrefix(name, "partials/") {
			if err := parse(common.New(name), name); err != nil {
				return err
			}
		}
	}
	t.layouts = map[string]*template.Template{}
	for _, name := range names {
		if name == "base.html" || strings.HasPrefix(name, "partials/") || !strings.HasSuffix(name, ".html") {
			continue
		}
		set, err := common.Clone()
		if err != nil {
			return err
		}
		if err := parse(set.New(name), name); err != nil {
			return err
		}
		t.layouts[name] = set
	}
	return nil
}

// Layout returns the template set for the first of names that exists, so
// callers give a lookup order from most to least specific
// ("single-theme.html", "single.html").
func (t *Theme) Layout(names ...string) (*template.Template, error) {
	for _, n := range names {
		if set, ok := t.layouts[n]; ok {
			return set, nil
		}
	}
	return nil, fmt.Errorf("theme %q has none of the layouts %s", t.Name, strings.Join(names, ", "))
}

// T returns the UI string key in lang, falling back to Finnish and then to
// the key itself, so a missing translation shows rather than breaks.
func (t *Theme) T(lang, key string) string {
	if s, ok := t.Strings[lang][key]; ok {
		return s
	}
	if s, ok := t.Strings["fi"][key]; ok {
		return s
	}
	return key
}

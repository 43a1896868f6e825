// Package config loads site.yaml: the site's title and language, its build
// targets (audiences), its closed taxonomy vocabularies, menus, Markdown
// options and the limits of the plain-language checks. It validates the file
// strictly — unknown keys, wrong types and inconsistent targets are
// diagnostics — but does not look at content.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"regexp"
	"slices"
	"sort"

	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/strict"
)

// File is the name of the configuration file at the project root.
const File = "site.yaml"

// Config is the decoded site.yaml.
type Config struct {
	Title       string     `yaml:"title" required:"true"`
	Description string     `yaml:"description"`
	Language    string     `yaml:"language" required:"true"`
	Theme       string     `yaml:"theme"`
	Author      string     `yaml:"author"`
	Licence     string     `yaml:"licence"`
	Now         string     `yaml:"now"`
	Markdown    Markdown   `yaml:"markdown"`
	Check       Checks     `yaml:"check"`
	Targets     []Target   `yaml:"targets" required:"true"`
	Menu        []MenuItem `yaml:"menu"`
	Taxonomies  []Taxonomy `yaml:"taxonomies"`
	// Accessibility is the accessibility statement's data; nil when absent.
	Accessibility *Accessibility `yaml:"accessibility"`

	// Pos holds the position of every key and value, for diagnostics that
	// later stages raise about the configuration.
	Pos strict.Positions `yaml:"-"`
	// Source is the raw file, for quoting lines in diagnostics.
	Source []byte `yaml:"-"`
}

// Markdown holds options of the Markdown pipeline.
type Markdown struct {
	UnsafeHTML bool `yaml:"unsafe_html"`
}

// Target is one audience the site is built for.
type Target struct {
	Name    string   `yaml:"name" required:"true"`
	Output  string   `yaml:"output" required:"true"`
	BaseURL string   `yaml:"base_url"`
	Include []string `yaml:"include" required:"true"`
	// Noindex asks search engines not to index the target (intranets).
	Noindex bool `yaml:"noindex"`
}

// Includes reports whether the target publishes content of visibility v.
func (t Target) Includes(v string) bool {
	return slices.Contains(t.Include, v)
}

// MenuItem is one entry of the main navigation. Ref is a source path under
// content/ ("teemat/", "tietoa/kayttoohje.md").
type MenuItem struct {
	Title string `yaml:"title" required:"true"`
	Ref   string `yaml:"ref" required:"true"`
}

// Taxonomy is a closed vocabulary of terms that front matter may use.
type Taxonomy struct {
	Name  string `yaml:"name" required:"true"`
	Label string `yaml:"label" required:"true"`
	Terms []Term `yaml:"terms" required:"true"`
}

// Term is one declared taxonomy term.
type Term struct {
	Key         string `yaml:"key" required:"true"`
	Label       string `yaml:"label" required:"true"`
	Description string `yaml:"description"`
}

// TaxonomyNames are the taxonomies front matter can carry, in display order.
var TaxonomyNames = []string{"competence", "level", "method", "law", "organisation"}

// Visibilities are the values of the visibility key, and of target includes.
var Visibilities = []string{"public", "internal"}

var keyRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Load reads and validates site.yaml from fsys. A missing file is a
// diagnostic with a hint, not a system error.
func Load(fsys fs.FS) (*Config, diag.List) {
	src, err := fs.ReadFile(fsys, File)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, diag.List{{File: File, Message: "site.yaml not found",
			Hint: "run osaamo in the project folder (the one with site.yaml and content/)"}}
	}
	if err != nil {
		return nil, diag.List{{File: File, Message: fmt.Sprintf("read %s: %v", File, err)}}
	}
	return Parse(src)
}

// Parse decodes and validates the bytes of a site.yaml.
func Parse(src []byte) (*Config, diag.List) {
	if ds := diag.CheckText(File, src); ds != nil {
		return nil, ds
	}
	node, prob := strict.Parse(src)
	if prob != nil {
		return nil, diag.List{problem(src, *prob)}
	}
	var c Config
	probs, pos := strict.Decode(node, &c, "site.yaml")
	c.Pos, c.Source = pos, src
	var ds diag.List
	for _, p := range probs {
		ds = append(ds, problem(src, p))
	}
	if ds.HasErrors() {
		return nil, ds
	}
	ds = append(ds, c.validate()...)
	ds = append(ds, c.validateAccessibility()...)
	ds = append(ds, c.validateChecks()...)
	if c.Theme == "" {
		c.Theme = "default"
	}
	if c.Licence == "" {
		c.Licence = "CC-BY-4.0"
	}
	if ds.HasErrors() {
		return nil, ds
	}
	return &c, ds
}

// At makes a diagnostic at the position of a dotted path in site.yaml.
func (c *Config) At(path, msg, hint string) diag.Diagnostic {
	p := c.Pos[path]
	return diag.Diagnostic{File: File, Line: p.Line, Col: p.Col, Message: msg,
		Source: diag.Line(c.Source, p.Line), Hint: hint}
}

func problem(src []byte, p strict.Problem) diag.Diagnostic {
	return diag.Diagnostic{File: File, Line: p.Line, Col: p.Col, Message: p.Message,
		Source: diag.Line(src, p.Line), Hint: p.Hint}
}

func (c *Config) validate() diag.List {
	ds := c.validateLicence()
	seen := map[string]bool{}
	for i, t := range c.Targets {
		p := fmt.Sprintf("targets.%d", i)
		if seen[t.Name] {
			ds = append(ds, c.At(p+".name", fmt.Sprintf("target %q is declared twice", t.Name), "give each target its own name"))
		}
		seen[t.Name] = true
		if t.BaseURL != "" {
			if u, err := url.Parse(t.BaseURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
				ds = append(ds, c.At(p+".base_url", fmt.Sprintf("base_url %q is not an absolute http(s) address", t.BaseURL),
					"write the address the site is served at, e.g. https://intra.example.fi/osaamo/"))
			}
		}
		for j, inc := range t.Include {
			if !slices.Contains(Visibilities, inc) {
				ds = append(ds, c.At(fmt.Sprintf("%s.include.%d", p, j), fmt.Sprintf("unknown visibility %q", inc),
					diag.Suggest(inc, Visibilities)))
			}
		}
	}
	for i, m := range c.Menu {
		if m.Ref == "" {
			ds = append(ds, c.At(fmt.Sprintf("menu.%d.ref", i), "empty menu ref", "name a content path, e.g. teemat/"))
		}
	}
	taxSeen := map[string]bool{}
	for i, tx := range c.Taxonomies {
		p := fmt.Sprintf("taxonomies.%d", i)
		if !slices.Contains(TaxonomyNames, tx.Name) {
			ds = append(ds, c.At(p+".name", fmt.Sprintf("unknown taxonomy %q", tx.Name),
				hintOr(diag.Suggest(tx.Name, TaxonomyNames), "taxonomies are competence, level, method, law and organisation")))
		}
		if taxSeen[tx.Name] {
			ds = append(ds, c.At(p+".name", fmt.Sprintf("taxonomy %q is declared twice", tx.Name), "merge the two term lists"))
		}
		taxSeen[tx.Name] = true
		keys := map[string]bool{}
		for j, term := range tx.Terms {
			tp := fmt.Sprintf("%s.terms.%d.key", p, j)
			if !keyRE.MatchString(term.Key) {
				ds = append(ds, c.At(tp, fmt.Sprintf("term key %q is not a lower-case slug", term.Key),
					"use a-z, 0-9 and single hyphens, e.g. sosiaalinen-raportointi"))
			}
			if keys[term.Key] {
				ds = append(ds, c.At(tp, fmt.Sprintf("term %q is declared twice in %s", term.Key, tx.Name), "remove one of them"))
			}
			keys[term.Key] = true
		}
	}
	return ds
}

// Target returns the target named name, or the first target when name is "".
func (c *Config) Target(name string) (Target, error) {
	if name == "" {
		return c.Targets[0], nil
	}
	names := make([]string, 0, len(c.Targets))
	for _, t := range c.Targets {
		if t.Name == name {
			return t, nil
		}
		names = append(names, t.Name)
	}
	sort.Strings(names)
	msg := fmt.Sprintf("unknown target %q (site.yaml declares %v)", name, names)
	if s := diag.Suggest(name, names); s != "" {
		msg += "; " + s
	}
	return Target{}, errors.New(msg)
}

// Taxonomy returns the declared taxonomy called name, or nil.
func (c *Config) Taxonomy(name string) *Taxonomy {
	for i := range c.Taxonomies {
		if c.Taxonomies[i].Name == name {
			return &c.Taxonomies[i]
		}
	}
	return nil
}

// Term returns the declared term key of taxonomy t, or nil.
func (t *Taxonomy) Term(key string) *Term {
	for i := range t.Terms {
		if t.Terms[i].Key == key {
			return &t.Terms[i]
		}
	}
	return nil
}

// Keys returns the keys of the taxonomy's terms in declaration order.
func (t *Taxonomy) Keys() []string {
	out := make([]string, len(t.Terms))
	for i, term := range t.Terms {
		out[i] = term.Key
	}
	return out
}

func hintOr(h, fallback string) string {
	if h != "" {
		return h
	}
	return fallback
}

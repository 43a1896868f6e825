package main

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// theme is the minimal Hugo theme the exported project builds with. Its
// pages do the same work per page as osaamo's default theme on this
// corpus: header, navigation, breadcrumbs, footer, page header with kind
// and summary, the kind's facts, body, term links, five related pages,
// section listings, taxonomy and term pages, and a link render hook that
// resolves the corpus's relative .md links (an unresolved link fails the
// build, as it does in osaamo).
//
//go:embed all:theme
var theme embed.FS

// kinds maps the corpus's top-level folders to the kind labels osaamo's
// Finnish UI strings give them.
var kinds = map[string]string{
	"aineisto":  "Sivu",
	"sanasto":   "Sanaston termi",
	"tapaukset": "Tapaus",
	"teemat":    "Kuukausiteema",
}

// tagsLabel is what osaamo calls the built-in tags taxonomy in Finnish.
const tagsLabel = "Avainsanat"

// siteConfig is the part of a generated project's site.yaml the export
// needs.
type siteConfig struct {
	Title       string `yaml:"title"`
	Description string `yaml:"description"`
	Language    string `yaml:"language"`
	Taxonomies  []struct {
		Name  string `yaml:"name"`
		Label string `yaml:"label"`
		Terms []struct {
			Key   string `yaml:"key"`
			Label string `yaml:"label"`
		} `yaml:"terms"`
	} `yaml:"taxonomies"`
}

// sourceMeta is the front matter benchcorpus writes. Decoding is strict,
// so a key the generator gains later fails the export instead of being
// silently dropped from the Hugo side.
type sourceMeta struct {
	Title        string   `yaml:"title"`
	Summary      string   `yaml:"summary"`
	Organisation []string `yaml:"organisation"`
	Region       string   `yaml:"region"`
	Year         int      `yaml:"year"`
	Month        string   `yaml:"month"`
	Term         string   `yaml:"term"`
	Definition   string   `yaml:"definition"`
	Competence   []string `yaml:"competence"`
	Level        []string `yaml:"level"`
	Method       []string `yaml:"method"`
	Tags         []string `yaml:"tags"`
}

// hugoMeta is the same page's front matter as Hugo reads it: the summary
// becomes the description, taxonomies keep their names, and the kind's
// facts become page parameters.
type hugoMeta struct {
	Title        string   `yaml:"title"`
	Description  string   `yaml:"description,omitempty"`
	Date         string   `yaml:"date,omitempty"`
	Draft        bool     `yaml:"draft"`
	Competence   []string `yaml:"competence,omitempty,flow"`
	Level        []string `yaml:"level,omitempty,flow"`
	Method       []string `yaml:"method,omitempty,flow"`
	Organisation []string `yaml:"organisation,omitempty,flow"`
	Tags         []string `yaml:"tags,omitempty,flow"`
	Region       string   `yaml:"region,omitempty"`
	Year         int      `yaml:"year,omitempty"`
	Month        string   `yaml:"month,omitempty"`
	Term         string   `yaml:"term,omitempty"`
	Definition   string   `yaml:"definition,omitempty"`
}

// Options choose a variant of the exported project.
type Options struct {
	// NoRelated leaves related pages out of the theme, to show how much of
	// Hugo's time its related-content search takes.
	NoRelated bool
}

// Export turns a generated osaamo project (site.yaml, content/ and
// themes/default/static, read from src) into a Hugo project, returned as a
// map from path to bytes. Markdown bodies are copied byte for byte; only
// the front matter is rewritten.
func Export(src fs.FS, o Options) (map[string][]byte, error) {
	b, err := fs.ReadFile(src, "site.yaml")
	if err != nil {
		return nil, fmt.Errorf("read site.yaml: %w", err)
	}
	var cfg siteConfig
	if err := yaml.Unmarshal(b, &cfg); err != nil {
		return nil, fmt.Errorf("parse site.yaml: %w", err)
	}
	out := map[string][]byte{"hugo.toml": hugoConfig(cfg)}

	err = fs.WalkDir(src, "content", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		raw, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		page, err := exportPage(p, raw)
		if err != nil {
			return err
		}
		out[p] = page
		return nil
	})
	if err != nil {
		return nil, err
	}

	// Term labels come from site.yaml in osaamo; Hugo takes them from a
	// term page's own front matter.
	for _, t := range cfg.Taxonomies {
		out["content/"+t.Name+"/_index.md"] = frontMatterOnly(t.Label)
		for _, term := range t.Terms {
			out["content/"+t.Name+"/"+term.Key+"/_index.md"] = frontMatterOnly(term.Label)
		}
	}
	out["content/tags/_index.md"] = frontMatterOnly(tagsLabel)
	// The search page a Hugo + Pagefind site has: Pagefind's own UI.
	out["content/haku.md"] = []byte("---\ntitle: Haku\nlayout: search\n---\n")

	err = fs.WalkDir(theme, "theme", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := fs.ReadFile(theme, p)
		out[strings.TrimPrefix(p, "theme/")] = b
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read theme: %w", err)
	}
	if o.NoRelated {
		out["layouts/partials/related.html"] = []byte("{{- /* related pages left out: hugoexport -no-related */ -}}\n")
	}
	// The same stylesheet and enhancement script osaamo's pages load, so
	// both sites copy the same static files.
	for _, name := range []string{"css/osaamo.css", "js/osaamo.js"} {
		if b, err := fs.ReadFile(src, "themes/default/static/"+name); err == nil {
			out["static/"+name] = b
		}
	}
	return out, nil
}

// exportPage rewrites one content file's front matter for Hugo.
func exportPage(name string, raw []byte) ([]byte, error) {
	fm, body, err := splitFrontMatter(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var m sourceMeta
	dec := yaml.NewDecoder(bytes.NewReader(fm))
	dec.KnownFields(true)
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%s: parse front matter: %w", name, err)
	}
	h := hugoMeta{
		Title: m.Title, Description: m.Summary, Date: date(m),
		Competence: m.Competence, Level: m.Level, Method: m.Method, Organisation: m.Organisation, Tags: m.Tags,
		Region: m.Region, Year: m.Year, Month: m.Month, Term: m.Term, Definition: m.Definition,
	}
	if path.Base(name) == "_index.md" {
		h.Date = ""
	}
	y, err := yaml.Marshal(&h)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var b bytes.Buffer
	b.Grow(len(y) + len(body) + 8)
	b.WriteString("---\n")
	b.Write(y)
	b.WriteString("---\n")
	b.Write(body)
	return b.Bytes(), nil
}

// date gives every page the date its kind implies (a theme's month, a
// case's year) so Hugo's date ordering has something to sort; other pages
// share one fixed date, as nothing in the corpus dates them.
func date(m sourceMeta) string {
	switch {
	case m.Month != "":
		return m.Month + "-01"
	case m.Year != 0:
		return strconv.Itoa(m.Year) + "-01-01"
	}
	return "2024-01-01"
}

// splitFrontMatter returns the YAML between the opening and closing
// "---" lines and the body after them.
func splitFrontMatter(raw []byte) (fm, body []byte, err error) {
	if !bytes.HasPrefix(raw, []byte("---\n")) {
		return nil, nil, fmt.Errorf("no front matter")
	}
	rest := raw[4:]
	end := bytes.Index(rest, []byte("\n---\n"))
	if end < 0 {
		return nil, nil, fmt.Errorf(`front matter has no closing "---"`)
	}
	return rest[:end+1], rest[end+5:], nil
}

func frontMatterOnly(title string) []byte {
	y, _ := yaml.Marshal(map[string]string{"title": title})
	return []byte("---\n" + string(y) + "---\n")
}

// relatedWeights mirror osaamo's weights for related content
// (internal/site/related.go) as Hugo related-content indices.
var relatedWeights = map[string]int{
	"method": 30, "organisation": 20, "tags": 20, "competence": 10, "level": 5,
}

// hugoConfig writes hugo.toml: the site's title and language, the
// taxonomies under their osaamo names, related content over them, the
// same goldmark extensions osaamo enables (no typographer), and no RSS,
// sitemap or robots.txt, which osaamo does not write for this site either.
func hugoConfig(cfg siteConfig) []byte {
	var b strings.Builder
	lang := cfg.Language
	if lang == "" {
		lang = "fi"
	}
	fmt.Fprintf(&b, "baseURL = \"/\"\ntitle = %q\nlanguageCode = %q\ndefaultContentLanguage = %q\n", cfg.Title, lang, lang)
	b.WriteString("disableKinds = [\"RSS\", \"sitemap\", \"robotsTXT\"]\n")
	b.WriteString("enableRobotsTXT = false\ntitleCaseStyle = \"none\"\npluralizeListTitles = false\n\n")

	names := []string{}
	labels := map[string]string{"tags": tagsLabel}
	for _, t := range cfg.Taxonomies {
		names = append(names, t.Name)
		labels[t.Name] = t.Label
	}
	names = append(names, "tags")

	fmt.Fprintf(&b, "[params]\ndescription = %q\ntaxonomyOrder = [", cfg.Description)
	for i, n := range names {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q", n)
	}
	b.WriteString("]\n\n[params.kinds]\n")
	for _, k := range sortedKeys(kinds) {
		fmt.Fprintf(&b, "%s = %q\n", k, kinds[k])
	}
	b.WriteString("\n[params.taxonomyLabels]\n")
	for _, n := range names {
		fmt.Fprintf(&b, "%s = %q\n", n, labels[n])
	}
	b.WriteString("\n[taxonomies]\n")
	for _, n := range names {
		// Hugo maps singular = "plural"; the plural is the front matter key
		// and the URL folder.
		singular := n
		if n == "tags" {
			singular = "tag"
		}
		fmt.Fprintf(&b, "%s = %q\n", singular, n)
	}
	b.WriteString("\n[related]\nincludeNewer = true\nthreshold = 0\ntoLower = false\n")
	for _, n := range names {
		w := relatedWeights[n]
		if w == 0 {
			w = 10
		}
		fmt.Fprintf(&b, "\n[[related.indices]]\nname = %q\nweight = %d\n", n, w)
	}
	b.WriteString(`
[markup.goldmark.extensions]
definitionList = true
footnote = true
linkify = true
strikethrough = true
table = true
taskList = true
typographer = false

[markup.goldmark.renderer]
unsafe = false
`)
	return []byte(b.String())
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/osaamo/osaamo/internal/config"
	"github.com/osaamo/osaamo/internal/slug"
)

const newUsage = `Usage: osaamo new KIND "Title" [--month YYYY-MM]

Create a content file with valid front matter for KIND, named after the
title, and print its path. Kinds (Finnish or English name):

  teema, theme          monthly theme        content/teemat/YYYY-MM-title.md
  tapaus, case          case description     content/tapaukset/title.md
  luku, chapter         idea book chapter    content/ideakirja/title.md
  moduuli, module       course module        content/opintojakso/title.md
  julkaisu, publication publication          content/julkaisut/title.md
  termi, term           glossary term        content/sanasto/title.md
  polku, path           learning path        content/polut/title.md
  sivu, page            page                 content/title.md

The file lists the taxonomy terms site.yaml declares, as comments, so the
editor picks from the closed vocabulary.`

// scaffold describes how to create one kind.
type scaffold struct {
	folder string
	body   func(title string, month string) string
}

func scaffolds() map[string]scaffold {
	common := func(title string) string {
		return fmt.Sprintf("title: %s\nsummary: \ndraft: true\n", yamlString(title))
	}
	sections := "\n## Ensimmäinen otsikko\n\nKirjoita teksti tähän.\n"
	s := map[string]scaffold{
		"theme": {"teemat", func(t, m string) string {
			return common(t) + fmt.Sprintf("month: %q\nmaterials: []\n", m) + "%TERMS%---\n" + sections +
				"\n> [!pohdittavaa]\n> - Ensimmäinen kysymys?\n> - Toinen kysymys?\n> - Kolmas kysymys?\n"
		}},
		"case": {"tapaukset", func(t, m string) string {
			return common(t) + fmt.Sprintf("region: \"(alue)\"\nyear: %s\n", m[:4]) + "%TERMS%---\n" +
				"\n## Tausta\n\n\n## Mitä tehtiin\n\n\n## Tulokset\n\n\n## Opit\n\n\n## Lisätietoa\n\n"
		}},
		"chapter": {"ideakirja", func(t, m string) string {
			return common(t) + "order: 99\nphase: tuotanto\nwheel: [1]\n%TERMS%---\n" + sections +
				"\n## Ideoita kokeiltavaksi\n\n- \n\n> [!tehtava] Tiimipalaverin kysymykset\n> - Kysymys?\n"
		}},
		"module": {"opintojakso", func(t, m string) string {
			return common(t) + "order: 99\nhours: 0\noutcomes:\n  - Opiskelija osaa …\nactivities: []\nassignments: []\nreadings: []\n%TERMS%---\n" + sections
		}},
		"publication": {"julkaisut", func(t, m string) string {
			return common(t) + fmt.Sprintf("authors: [\"Sukunimi, Etunimi\"]\nyear: %s\npublisher: \"(julkaisija)\"\nidentifier: \"\"\nurl: \"\"\npubtype: raportti\n", m[:4]) + "%TERMS%---\n\nMitä julkaisu tarjoaa lukijalle.\n"
		}},
		"term": {"sanasto", func(t, m string) string {
			return common(t) + fmt.Sprintf("term: %s\ndefinition: \"(määritelmä, 1–3 virkettä)\"\n", yamlString(t)) + "%TERMS%---\n"
		}},
		"path": {"polut", func(t, m string) string {
			return common(t) + "audience: \"(kenelle polku on)\"\nsteps:\n  - ref: ../teemat/\n    why: Miksi tämä vaihe on polulla.\n%TERMS%---\n\nKenelle polku on ja miten sitä käytetään.\n"
		}},
		"page": {"", func(t, m string) string {
			return common(t) + "%TERMS%---\n" + sections
		}},
	}
	for fi, en := range map[string]string{"teema": "theme", "tapaus": "case", "luku": "chapter", "moduuli": "module",
		"julkaisu": "publication", "termi": "term", "polku": "path", "sivu": "page"} {
		s[fi] = s[en]
	}
	return s
}

func runNew(args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("new", flag.ContinueOnError)
	month := fset.String("month", time.Now().Format("2006-01"), "month of a theme, YYYY-MM (also sets the year of cases and publications)")
	source := fset.String("source", ".", "project folder holding site.yaml and content/")
	// Accept flags after the positional arguments too: osaamo new teema "X" --month 2021-03.
	var pos []string
	for len(args) > 0 {
		if code, done := parseFlags(fset, args, newUsage, stdout, stderr); done {
			return code
		}
		if fset.NArg() == 0 {
			break
		}
		pos = append(pos, fset.Arg(0))
		args = fset.Args()[1:]
	}
	if len(pos) != 2 {
		fmt.Fprintf(stderr, "osaamo new: expected KIND and \"Title\", got %d arguments\n\n%s\n", len(pos), newUsage)
		return exitUsage
	}
	kind, title := pos[0], strings.TrimSpace(pos[1])
	sc, ok := scaffolds()[kind]
	if !ok {
		fmt.Fprintf(stderr, "osaamo new: unknown kind %q; kinds are teema, tapaus, luku, moduuli, julkaisu, termi, polku, sivu\n", kind)
		return exitUsage
	}
	if _, err := time.Parse("2006-01", *month); err != nil {
		fmt.Fprintf(stderr, "osaamo new: --month %q is not a month; write YYYY-MM\n", *month)
		return exitUsage
	}
	name := slug.Make(title)
	if name == "" {
		fmt.Fprintf(stderr, "osaamo new: title %q has no letters to name the file after\n", title)
		return exitUsage
	}
	if sc.folder == "teemat" {
		name = *month + "-" + name
	}
	rel := filepath.Join("content", sc.folder, name+".md")
	dst := filepath.Join(*source, rel)
	cfg, ds := config.Load(os.DirFS(*source))
	if cfg == nil {
		printDiags(stderr, ds)
		return exitContent
	}
	terms := termsBlock(cfg)
	if sc.folder == "tapaukset" {
		// A case must name its organisation; start from the first declared
		// one so the draft is valid, and say so.
		if tx := cfg.Taxonomy("organisation"); tx != nil && len(tx.Terms) > 0 {
			terms = strings.Replace(terms, "organisation: []", "organisation: ["+tx.Terms[0].Key+"] # vaihda oikeaksi", 1)
		}
	}
	text := "---\n" + strings.Replace(sc.body(title, *month), "%TERMS%", terms, 1)
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		fmt.Fprintf(stderr, "osaamo new: create %s: %v\n", filepath.Dir(dst), err)
		return exitContent
	}
	f, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		fmt.Fprintf(stderr, "osaamo new: %s already exists; choose another title or edit that file\n", filepath.ToSlash(rel))
		return exitContent
	}
	if err != nil {
		fmt.Fprintf(stderr, "osaamo new: %v\n", err)
		return exitContent
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		fmt.Fprintf(stderr, "osaamo new: write %s: %v\n", dst, err)
		return exitContent
	}
	if err := f.Close(); err != nil {
		fmt.Fprintf(stderr, "osaamo new: write %s: %v\n", dst, err)
		return exitContent
	}
	fmt.Fprintf(stdout, "created %s (draft: true — remove that line to publish)\n", filepath.ToSlash(rel))
	return exitOK
}

// termsBlock writes empty taxonomy keys with the declared terms as comments.
func termsBlock(cfg *config.Config) string {
	var b strings.Builder
	for _, name := range config.TaxonomyNames {
		tx := cfg.Taxonomy(name)
		if tx == nil {
			continue
		}
		keys := tx.Keys()
		sort.Strings(keys)
		fmt.Fprintf(&b, "# %s: %s\n%s: []\n", tx.Label, strings.Join(keys, ", "), name)
	}
	b.WriteString("tags: []\n")
	return b.String()
}

// yamlString quotes s for a YAML scalar.
func yamlString(s string) string {
	return fmt.Sprintf("%q", s)
}

// Package benchcorpus generates synthetic osaamo projects for benchmarks:
// N pages of heavily inflected Finnish-like prose (words drawn from the
// shipped material's own vocabulary, 600–1,500 words a page) with
// headings, lists, some tables, links between pages and front matter of
// the real kinds with taxonomy terms from the real site.yaml. The same
// seed and size give the same bytes. It is used by benchmarks and the
// side-by-side comparison, never by the build.
package benchcorpus

import (
	_ "embed"
	"fmt"
	"math/rand/v2"
	"path"
	"sort"
	"strings"
	"testing/fstest"
)

//go:embed words.txt
var wordList string

// Options size the corpus.
type Options struct {
	Pages int
	Seed  uint64
}

// taxonomyTerms are term keys of the shipped site.yaml the pages use.
var taxonomyTerms = map[string][]string{
	"competence": {"tiedon-kokoaminen", "tiedon-tyostaminen", "tiedolla-vaikuttaminen"},
	"level":      {"mikro", "meso", "makro"},
	"method": {"sosiaalinen-raportointi", "yhteiskehittaminen", "kaytantotutkimus", "palvelutarpeen-arviointi",
		"asiakasraati", "mittarit", "vaikuttavuuden-arviointi", "viestinta", "verkostotyo", "hyte-tyo"},
	"organisation": {"iso", "kainuun-sote", "essote", "diak", "xamk", "pohjois-savon-hyvinvointialue"},
}

// SiteYAML is the configuration of a generated project: the shipped
// vocabulary, one public target.
const SiteYAML = `title: Vertailukorpus
description: Synteettinen korpus suorituskyvyn mittaamiseen.
language: fi
targets:
  - name: public
    output: public
    include: [public]
taxonomies:
  - name: competence
    label: Osaamisalue
    terms:
      - {key: tiedon-kokoaminen, label: Tarvittava tieto ja sen kokoaminen}
      - {key: tiedon-tyostaminen, label: Tiedon työstäminen käyttöä varten}
      - {key: tiedolla-vaikuttaminen, label: Tiedolla vaikuttaminen}
  - name: level
    label: Taso
    terms:
      - {key: mikro, label: Mikrotaso}
      - {key: meso, label: Mesotaso}
      - {key: makro, label: Makrotaso}
  - name: method
    label: Menetelmä
    terms:
      - {key: sosiaalinen-raportointi, label: Sosiaalinen raportointi}
      - {key: yhteiskehittaminen, label: Yhteiskehittäminen}
      - {key: kaytantotutkimus, label: Käytäntötutkimus}
      - {key: palvelutarpeen-arviointi, label: Palvelutarpeen arviointi}
      - {key: asiakasraati, label: Asiakasraati}
      - {key: mittarit, label: Mittarit}
      - {key: vaikuttavuuden-arviointi, label: Vaikuttavuuden arviointi}
      - {key: viestinta, label: Viestintä}
      - {key: verkostotyo, label: Verkostotyö}
      - {key: hyte-tyo, label: HYTE-työ}
  - name: organisation
    label: Organisaatio
    terms:
      - {key: iso, label: ISO}
      - {key: kainuun-sote, label: Kainuun sote}
      - {key: essote, label: Essote}
      - {key: diak, label: Diak}
      - {key: xamk, label: Xamk}
      - {key: pohjois-savon-hyvinvointialue, label: Pohjois-Savon hyvinvointialue}
`

// suffixes are Finnish case and possessive endings glued onto words so the
// text is as inflected as real Finnish.
var suffixes = []string{"", "", "", "n", "a", "ssa", "sta", "lla", "lle", "ksi", "ssa", "sta", "t", "iden", "ja", "lta", "kin", "han"}

// Files returns the project as a map from path to bytes: site.yaml and
// content/.
func Files(o Options) map[string][]byte {
	words := strings.Fields(wordList)
	r := rand.New(rand.NewPCG(o.Seed, 0x05aa40))
	files := map[string][]byte{"site.yaml": []byte(SiteYAML)}
	paths := make([]string, o.Pages)
	for i := range paths {
		paths[i] = pagePath(i)
	}
	for i := 0; i < o.Pages; i++ {
		files["content/"+paths[i]] = page(r, words, i, paths, o.Pages)
	}
	files["content/_index.md"] = []byte("---\ntitle: Vertailukorpus\ncompetence: [tiedon-kokoaminen]\nlevel: [mikro]\n---\nSynteettinen aineisto.\n")
	return files
}

// MapFS returns the project as an fstest.MapFS, with the themes taken from
// theme (usually the repository's themes/ read into memory).
func MapFS(o Options, theme map[string][]byte) fstest.MapFS {
	m := fstest.MapFS{}
	for p, b := range Files(o) {
		m[p] = &fstest.MapFile{Data: b}
	}
	for p, b := range theme {
		m[p] = &fstest.MapFile{Data: b}
	}
	return m
}

// pagePath spreads pages over kinds and folders of at most 1,000 files.
func pagePath(i int) string {
	switch i % 10 {
	case 0, 1:
		return fmt.Sprintf("tapaukset/t%03d/tapaus-%05d.md", i/1000, i)
	case 2:
		return fmt.Sprintf("teemat/teema-%05d.md", i)
	case 3:
		return fmt.Sprintf("sanasto/termi-%05d.md", i)
	default:
		return fmt.Sprintf("aineisto/a%03d/sivu-%05d.md", i/1000, i)
	}
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func sentence(r *rand.Rand, words []string) string {
	n := 6 + r.IntN(12)
	var b strings.Builder
	for j := 0; j < n; j++ {
		w := pick(r, words) + pick(r, suffixes)
		if j == 0 {
			rs := []rune(w)
			w = strings.ToUpper(string(rs[0])) + string(rs[1:])
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	b.WriteByte('.')
	return b.String()
}

func title(r *rand.Rand, words []string) string {
	t := sentence(r, words)
	f := strings.Fields(strings.TrimSuffix(t, "."))
	if len(f) > 5 {
		f = f[:5]
	}
	return strings.Join(f, " ")
}

func terms(r *rand.Rand, name string, n int) string {
	all := taxonomyTerms[name]
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		t := pick(r, all)
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return "[" + strings.Join(out, ", ") + "]"
}

func page(r *rand.Rand, words []string, i int, paths []string, n int) []byte {
	var b strings.Builder
	t := fmt.Sprintf("%s %d", title(r, words), i)
	fmt.Fprintf(&b, "---\ntitle: %q\nsummary: %q\n", t, sentence(r, words))
	switch i % 10 {
	case 0, 1:
		fmt.Fprintf(&b, "organisation: %s\nregion: Kainuu\nyear: %d\n", terms(r, "organisation", 1+r.IntN(2)), 2019+r.IntN(5))
	case 2:
		fmt.Fprintf(&b, "month: \"%d-%02d\"\n", 2020+r.IntN(4), 1+r.IntN(12))
	case 3:
		fmt.Fprintf(&b, "term: %q\ndefinition: %q\n", t, sentence(r, words))
	}
	// Tags come from a small set, as real sites have: a few dozen, not one
	// per page.
	fmt.Fprintf(&b, "competence: %s\nlevel: %s\nmethod: %s\ntags: [%s, %s]\n---\n\n",
		terms(r, "competence", 1+r.IntN(2)), terms(r, "level", 1), terms(r, "method", 1+r.IntN(3)),
		pick(r, words[:40]), pick(r, words[40:80]))
	target := 600 + r.IntN(900)
	count := 0
	section := 0
	for count < target {
		if count == 0 || r.IntN(5) == 0 {
			section++
			fmt.Fprintf(&b, "## %s %d\n\n", title(r, words), section)
		}
		switch r.IntN(8) {
		case 0:
			for k := 0; k < 3+r.IntN(3); k++ {
				s := sentence(r, words)
				count += len(strings.Fields(s))
				fmt.Fprintf(&b, "- %s\n", s)
			}
			b.WriteByte('\n')
		case 1:
			if i%3 == 0 {
				b.WriteString("| Vaihe | Kuvaus | Vuosi |\n|---|---|---|\n")
				for k := 0; k < 4; k++ {
					fmt.Fprintf(&b, "| %s | %s | %d |\n", pick(r, words), title(r, words), 2019+k)
					count += 6
				}
				b.WriteByte('\n')
				continue
			}
			fallthrough
		default:
			var p []string
			for k := 0; k < 3+r.IntN(4); k++ {
				s := sentence(r, words)
				count += len(strings.Fields(s))
				p = append(p, s)
			}
			if r.IntN(3) == 0 && n > 1 {
				j := r.IntN(n)
				if j == i {
					j = (i + 1) % n
				}
				// Link texts name the target page, as the site's own check demands.
				p = append(p, fmt.Sprintf("Katso myös [%s %d](%s).", pick(r, words), j, rel(paths[i], paths[j])))
			}
			b.WriteString(strings.Join(p, " "))
			b.WriteString("\n\n")
		}
	}
	return []byte(b.String())
}

// rel returns the relative link from one content path to another.
func rel(from, to string) string {
	fromDir := strings.Split(path.Dir(from), "/")
	toParts := strings.Split(to, "/")
	k := 0
	for k < len(fromDir) && k < len(toParts)-1 && fromDir[k] == toParts[k] {
		k++
	}
	return strings.Repeat("../", len(fromDir)-k) + strings.Join(toParts[k:], "/")
}

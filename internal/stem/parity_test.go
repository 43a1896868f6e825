package stem

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// TestParityWithJS runs the Go analysis and the theme's stem.js over the same
// input and requires them to agree on every stem, key and term: the words
// of the shipped content (../../content, whatever it holds at the time),
// testdata/words.txt, the forms of wordGroups and a set of generated words
// that exercise every Snowball ending. Whole content files are analysed too,
// comparing terms with their offsets (converted to UTF-16 for stem.js).
func TestParityWithJS(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node is not on PATH, and CI=true: the Go and JavaScript analyses must be compared in CI")
		}
		t.Skip("node is not on PATH: skipping the comparison with themes/default/static/js/stem.js")
	}

	texts, names := contentTexts(t, "../../content")
	files := len(texts)
	contentWords := map[string]bool{}
	for _, text := range texts {
		for _, tok := range Tokenize(text) {
			contentWords[tok.Word] = true
		}
	}
	listed := listedWords(t)
	generated := generatedWords(20000)
	all := map[string]bool{}
	for _, set := range [][]string{mapKeys(contentWords), listed, generated} {
		for _, w := range set {
			all[w] = true
		}
	}
	words := mapKeys(all)
	// The listed lines are short texts as well: hyphens, digits, spaces.
	texts = append(texts, listed...)
	for _, w := range listed {
		names = append(names, fmt.Sprintf("testdata/words.txt %q", w))
	}

	js := runParityJS(t, node, words, texts)

	if !slices.Equal(js.Stopwords, Stopwords) {
		t.Errorf("stem.js stopwords = %q,\nwant Go's %q", js.Stopwords, Stopwords)
	}
	if len(js.Words) != len(words) || len(js.Texts) != len(texts) {
		t.Fatalf("stem.js answered %d words and %d texts, want %d and %d", len(js.Words), len(js.Texts), len(words), len(texts))
	}

	var mismatches []string
	report := func(format string, args ...any) {
		mismatches = append(mismatches, fmt.Sprintf(format, args...))
	}
	for i, w := range words {
		got := js.Words[i]
		var keys []string
		for _, term := range Analyze(w) {
			keys = append(keys, term.Key)
		}
		switch {
		case got.Stem != Stem(w):
			report("stem %q: Go %q, stem.js %q", w, Stem(w), got.Stem)
		case got.Normalize != Normalize(w):
			report("normalize %q: Go %q, stem.js %q", w, Normalize(w), got.Normalize)
		case !slices.Equal(got.Keys, keys):
			report("analyze %q: Go %q, stem.js %q", w, keys, got.Keys)
		}
	}
	for i, text := range texts {
		want := utf16Terms(text, Analyze(text))
		got := js.Texts[i]
		for j := 0; j < max(len(want), len(got)); j++ {
			if j < len(want) && j < len(got) && want[j] == got[j] {
				continue
			}
			switch {
			case j >= len(got):
				report("%s: term %d %+v is missing from stem.js", names[i], j, want[j])
			case j >= len(want):
				report("%s: stem.js has an extra term %d %+v", names[i], j, got[j])
			default:
				report("%s: term %d: Go %+v, stem.js %+v", names[i], j, want[j], got[j])
			}
			break
		}
	}

	if len(mismatches) > 0 {
		shown := mismatches[:min(20, len(mismatches))]
		t.Errorf("Go and stem.js disagree %d times; the first %d:\n%s", len(mismatches), len(shown), strings.Join(shown, "\n"))
		return
	}
	t.Logf("Go and stem.js agree on %d words (%d from %d content files, %d listed, %d generated) and %d texts",
		len(words), len(contentWords), files, len(listed), len(generated), len(texts))
}

// jsAnswer is what testdata/parity.js writes.
type jsAnswer struct {
	Stopwords []string   `json:"stopwords"`
	Words     []jsWord   `json:"words"`
	Texts     [][]jsTerm `json:"texts"`
}

// jsWord is stem.js's [stem, normalize, [keys of analyze]] for one word.
type jsWord struct {
	Stem, Normalize string
	Keys            []string
}

func (w *jsWord) UnmarshalJSON(b []byte) error {
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	if len(raw) != 3 {
		return fmt.Errorf("want [stem, normalize, keys], got %s", b)
	}
	return errors.Join(json.Unmarshal(raw[0], &w.Stem), json.Unmarshal(raw[1], &w.Normalize), json.Unmarshal(raw[2], &w.Keys))
}

// jsTerm is a term as stem.js reports it, offsets in UTF-16 code units.
type jsTerm struct {
	Key        string
	Start, End int
}

func (t *jsTerm) UnmarshalJSON(b []byte) error {
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	if len(raw) != 3 {
		return fmt.Errorf("want [key, start, end], got %s", b)
	}
	return errors.Join(json.Unmarshal(raw[0], &t.Key), json.Unmarshal(raw[1], &t.Start), json.Unmarshal(raw[2], &t.End))
}

// runParityJS sends words and texts to testdata/parity.js.
func runParityJS(t *testing.T, node string, words, texts []string) jsAnswer {
	t.Helper()
	req, err := json.Marshal(map[string][]string{"words": words, "texts": texts})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, filepath.Join("testdata", "parity.js"))
	cmd.Stdin = bytes.NewReader(req)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("run node testdata/parity.js: %v\n%s", err, stderr.Bytes())
	}
	var ans jsAnswer
	if err := json.Unmarshal(stdout.Bytes(), &ans); err != nil {
		t.Fatalf("read the answer of testdata/parity.js: %v", err)
	}
	return ans
}

// contentTexts returns the Markdown files under root and their names. Other
// people edit content while tests run, so a missing root or a file that
// vanishes is not an error. Invalid UTF-8 becomes U+FFFD, as JSON would
// make it for stem.js anyway.
func contentTexts(t *testing.T, root string) (texts, names []string) {
	t.Helper()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		if d.IsDir() || filepath.Ext(path) != ".md" {
			return nil
		}
		data, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		texts = append(texts, strings.ToValidUTF8(string(data), "\uFFFD"))
		names = append(names, path)
		return nil
	})
	if err != nil {
		t.Fatalf("walk %s: %v", root, err)
	}
	return texts, names
}

// listedWords returns the lines of testdata/words.txt, without comments.
func listedWords(t testing.TB) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "words.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "# ") {
			words = append(words, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read testdata/words.txt: %v", err)
	}
	for _, g := range wordGroups {
		words = append(words, g.forms...)
	}
	return words
}

// generatedWords returns n pseudo-random words, the same every run: Finnish
// syllables followed by the endings the Snowball stemmer and Normalize
// look for, so that every branch of both runs on both sides.
func generatedWords(n int) []string {
	onsets := []string{"", "", "k", "t", "p", "s", "h", "l", "m", "n", "r", "v", "j", "kk", "tt", "pp", "nt", "nn", "ss", "st", "d", "ng", "mp", "lt", "rt"}
	nuclei := []string{"a", "e", "i", "o", "u", "y", "ä", "ö", "aa", "ee", "ii", "uu", "ää", "öö", "ie", "uo", "yö", "ai", "ei", "oi", "äi"}
	endings := []string{"", "", "", "n", "t", "a", "ä", "ta", "tä", "tta", "ttä", "ssa", "ssä", "sta", "stä",
		"lla", "llä", "lta", "ltä", "lle", "na", "nä", "ksi", "ine", "han", "hen", "hin", "hon", "hän", "hön",
		"den", "tten", "seen", "siin", "iden", "itten", "ja", "jä", "ia", "iä", "ista", "isten", "inen", "isen",
		"us", "uksen", "uus", "uuden", "uutta", "nut", "nyt", "neet", "mpi", "mpa", "mmat", "impi", "immat",
		"eja", "ejä", "oja", "öjä", "si", "ni", "nsa", "nsä", "mme", "nne", "kseni", "pa", "pä", "kin", "kaan",
		"kään", "ko", "kö", "sti", "po", "as", "äs", "aan", "ään"}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(list []string) string { return list[rng.IntN(len(list))] }
	words := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			b.WriteString(pick(onsets))
			b.WriteString(pick(nuclei))
		}
		b.WriteString(pick(onsets[:14]))
		b.WriteString(pick(endings))
		b.WriteString(pick(endings[:6]))
		words = append(words, b.String())
	}
	return words
}

// utf16Terms converts the byte offsets of terms in text to UTF-16 offsets.
func utf16Terms(text string, terms []Term) []jsTerm {
	at := make(map[int]int, len(text)+1) // byte offset -> UTF-16 offset
	u := 0
	for i, r := range text {
		at[i] = u
		u += len(utf16.Encode([]rune{r}))
	}
	at[len(text)] = u
	out := make([]jsTerm, len(terms))
	for i, term := range terms {
		out[i] = jsTerm{term.Key, at[term.Start], at[term.End]}
	}
	return out
}

// mapKeys returns the keys of m, sorted.
func mapKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func TestContentTextsMissing(t *testing.T) {
	texts, names := contentTexts(t, filepath.Join(t.TempDir(), "content"))
	if texts != nil || names != nil {
		t.Errorf("contentTexts of a missing folder = %q, %q, want nothing", texts, names)
	}
}

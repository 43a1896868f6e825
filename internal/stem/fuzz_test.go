package stem

import (
	"slices"
	"testing"
)

// The fuzz tests start from testdata/words.txt and the forms of wordGroups.

func FuzzAnalyze(f *testing.F) {
	for _, w := range listedWords(f) {
		f.Add(w)
	}
	f.Add("Sosiaali- ja terveyspalvelut (SHL § 7) vuonna 2021: asiakkaiden osallisuus.")
	f.Fuzz(func(t *testing.T, text string) {
		tokens := Tokenize(text)
		if again := Tokenize(text); !slices.Equal(tokens, again) {
			t.Fatalf("Tokenize(%q) gave %+v, then %+v", text, tokens, again)
		}
		end := 0
		for _, tok := range tokens {
			if tok.Start < end || tok.End <= tok.Start || tok.End > len(text) {
				t.Fatalf("Tokenize(%q): token %+v after offset %d is out of order or outside the text", text, tok, end)
			}
			end = tok.End
			if got := fold(text[tok.Start:tok.End]); got != tok.Word {
				t.Fatalf("Tokenize(%q): text[%d:%d] folds to %q, token says %q", text, tok.Start, tok.End, got, tok.Word)
			}
		}

		terms := Analyze(text)
		if again := Analyze(text); !slices.Equal(terms, again) {
			t.Fatalf("Analyze(%q) gave %+v, then %+v", text, terms, again)
		}
		var want []Term
		for _, tok := range tokens {
			if !IsStopword(tok.Word) {
				want = append(want, Term{Normalize(tok.Word), tok.Start, tok.End})
			}
		}
		if !slices.Equal(terms, want) {
			t.Fatalf("Analyze(%q) = %+v, want the keys of its tokens %+v", text, terms, want)
		}
	})
}

// Normalize is not idempotent (Normalize("tiet") is "tie", Normalize("tieto")
// is "tiet"), so FuzzNormalize does not ask for it.
func FuzzNormalize(f *testing.F) {
	for _, w := range listedWords(f) {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		key, stem := Normalize(w), Stem(w)
		if again := Normalize(w); again != key {
			t.Fatalf("Normalize(%q) gave %q, then %q", w, key, again)
		}
		if again := Stem(w); again != stem {
			t.Fatalf("Stem(%q) gave %q, then %q", w, stem, again)
		}
		if w != "" && (key == "" || stem == "") {
			t.Fatalf("Normalize(%q) = %q, Stem(%q) = %q, want non-empty", w, key, w, stem)
		}
		if f := fold(w); fold(f) != f {
			t.Fatalf("fold(%q) = %q, but fold(%q) = %q", w, f, f, fold(f))
		}
		if fold(key) != key {
			t.Fatalf("Normalize(%q) = %q, which folds to %q", w, key, fold(key))
		}
	})
}

func FuzzCompounds(f *testing.F) {
	for _, w := range listedWords(f) {
		f.Add(w)
	}
	known := map[string]bool{}
	for _, g := range wordGroups {
		known[Normalize(g.forms[0])] = true
	}
	vocab := func(key string) bool { return known[key] }
	f.Fuzz(func(t *testing.T, w string) {
		keys := Compounds(w, vocab)
		if again := Compounds(w, vocab); !slices.Equal(keys, again) {
			t.Fatalf("Compounds(%q) gave %q, then %q", w, keys, again)
		}
		seen := map[string]bool{}
		for _, k := range keys {
			if !known[k] || seen[k] {
				t.Fatalf("Compounds(%q) = %q: key %q is unknown or repeated", w, keys, k)
			}
			seen[k] = true
		}
	})
}

package stem

import (
	"slices"
	"sort"
	"testing"
)

func TestAnalyze(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Term
	}{
		{"stopwords dropped", "Asiakas on myös kuntalainen ja asukas", []Term{
			{"asiak", 0, 7}, {"kuntal", 17, 28}, {"asuk", 32, 38}}},
		{"query forms meet", "raportoinnista vaikuttavuutta", []Term{
			{"raportoin", 0, 14}, {"vaikuttapu", 15, 29}}},
		{"capital stopword", "Ja sitten", nil},
		{"digits kept", "SHL 7 § 2021", []Term{{"shl", 0, 3}, {"7", 4, 5}, {"2021", 9, 13}}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Analyze(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Analyze(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestStopwords(t *testing.T) {
	if !sort.StringsAreSorted(Stopwords) {
		t.Errorf("Stopwords are not sorted: %q", Stopwords)
	}
	for _, w := range Stopwords {
		if !IsStopword(w) || fold(w) != w {
			t.Errorf("stopword %q is not folded or not found", w)
		}
		if toks := Tokenize(w); len(toks) != 1 || toks[0].Word != w {
			t.Errorf("stopword %q is not one token: %+v", w, toks)
		}
	}
	for _, w := range []string{"työ", "asiakas", "", "jaa"} {
		if IsStopword(w) {
			t.Errorf("IsStopword(%q) = true, want false", w)
		}
	}
}

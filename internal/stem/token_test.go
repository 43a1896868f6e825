package stem

import (
	"slices"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Token
	}{
		{"empty", "", nil},
		{"hyphenated pair", "sosiaali- ja terveyspalvelut", []Token{
			{"sosiaali", 0, 8}, {"ja", 10, 12}, {"terveyspalvelut", 13, 28}}},
		{"hyphenated compound", "SOSRAKE-hanke", []Token{{"sosrake", 0, 7}, {"hanke", 8, 13}}},
		{"capitals and ä", "ÄITI ja Öljy", []Token{{"äiti", 0, 5}, {"ja", 6, 8}, {"öljy", 9, 14}}},
		{"single letter dropped", "a b cd", []Token{{"cd", 4, 6}}},
		{"single digit kept", "SHL 7 §", []Token{{"shl", 0, 3}, {"7", 4, 5}}},
		{"date", "2021-03", []Token{{"2021", 0, 4}, {"03", 5, 7}}},
		{"letters and digits", "h5p CO2-päästöt", []Token{{"h5p", 0, 3}, {"co2", 4, 7}, {"päästöt", 8, 18}}},
		{"apostrophe splits", "vaa'an", []Token{{"vaa", 0, 3}, {"an", 4, 6}}},
		{"decomposed ä", "ta\u0308ma\u0308", []Token{{"tämä", 0, 8}}},
		{"leading mark separates", "\u0308alku", []Token{{"alku", 2, 6}}},
		{"dotted capital I", "İstanbul", []Token{{"istanbul", 0, 9}}},
		{"other scripts", "ΣΟΦΙΑ 中文", []Token{{"σοφια", 0, 10}, {"中文", 11, 17}}},
		{"invalid UTF-8 separates", "ab\xffcd", []Token{{"ab", 0, 2}, {"cd", 3, 5}}},
		{"punctuation only", " ,.;:!?–— ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tokenize(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Tokenize(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

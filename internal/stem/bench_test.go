package stem

import (
	"strings"
	"testing"
)

func BenchmarkAnalyze(b *testing.B) {
	text := strings.Join(listedWords(b), " ")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Analyze(text)
	}
}

// BenchmarkWords measures reading the words of a text the way the search
// index does, beside BenchmarkTokenize that also records offsets.
func BenchmarkWords(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for range Words(text) {
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(text)
	}
}

// benchText is running Finnish text: the listed words as sentences, each
// starting with a capital.
func benchText(b *testing.B) string {
	var sb strings.Builder
	for i, w := range listedWords(b) {
		if i%10 == 0 {
			sb.WriteString(". ")
			sb.WriteString(strings.ToUpper(w[:1]))
			sb.WriteString(w[1:])
		} else {
			sb.WriteString(" ")
			sb.WriteString(w)
		}
	}
	return sb.String()
}

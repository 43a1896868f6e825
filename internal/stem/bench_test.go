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

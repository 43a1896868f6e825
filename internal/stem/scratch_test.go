package stem

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestScratchSeeds(t *testing.T) {
	files, _ := filepath.Glob("/work/shared/seeds/0*.txt")
	count := map[string]int{}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		for _, tok := range Tokenize(string(data)) {
			count[tok.Word]++
		}
	}
	byKey := map[string][]string{}
	for w := range count {
		k := Normalize(w)
		byKey[k] = append(byKey[k], w)
	}
	var keys []string
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		ws := byKey[k]
		sort.Strings(ws)
		fmt.Fprintf(&b, "%s\t%s\n", k, strings.Join(ws, " "))
	}
	os.WriteFile("/tmp/sx/keys.txt", []byte(b.String()), 0o644)
	t.Logf("%d words, %d keys", len(count), len(keys))
}

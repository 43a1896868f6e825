package search

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/stem"
)

// Loaded lists the index files the browser client loads to answer q and
// show its first shown results, as search.js does: meta.js, the vocabulary
// file of the last word, the shard of every key it looks up and the text
// of each result shown. It is how benchmarks measure the bytes a query
// costs on a slow intranet link.
func (idx *Index) Loaded(files output.Files, q string, shown int) ([]string, error) {
	var meta Meta
	b, ok := files[Dir+"meta.js"]
	if !ok {
		return nil, fmt.Errorf("no %smeta.js", Dir)
	}
	data, err := unscript(b)
	if err != nil {
		return nil, err
	}
	if err := jsonUnmarshal(data, &meta); err != nil {
		return nil, err
	}
	names := []string{"meta"}
	seen := map[string]bool{"meta": true}
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	analysed := stem.Analyze(q)
	if len(analysed) > 0 {
		last := analysed[len(analysed)-1].Key
		if utf8.RuneCountInString(last) >= minPrefix {
			add("v/" + prefix(last))
		}
	}
	for _, t := range idx.terms(q) {
		for _, k := range t.keys {
			add(fmt.Sprintf("s/%d", Shard(k, meta.Shards)))
		}
	}
	for _, r := range idx.Query(q, Options{Limit: shown}) {
		add("t/" + strconv.Itoa(r.Doc))
	}
	out := make([]string, 0, len(names))
	for _, n := range names {
		if _, ok := files[Dir+n+".js"]; ok {
			out = append(out, Dir+n+".js")
		}
	}
	return out, nil
}

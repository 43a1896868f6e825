package search

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/parallel"
)

// Dir is the output folder of the index files.
const Dir = "search/"

// Format is the version of the file layout, checked by the client.
const Format = 1

// shardBytes is the size the postings of one shard aim at.
const shardBytes = 12 << 10

// maxText caps the text kept per page for snippets.
const maxText = 4000

// Meta is search/meta.js: what every query loads first.
type Meta struct {
	Format int `json:"v"`
	Shards int `json:"shards"`
	// Kinds has one character per doc, 'a' + the index of its kind in
	// KindNames, so the client can filter by kind before loading texts.
	Kinds     string   `json:"kinds"`
	KindNames []string `json:"kindNames"`
}

// docFile is search/t/ID.js: one result's title, URL, kind and text.
type docFile struct {
	Title string `json:"t"`
	URL   string `json:"u"`
	Kind  string `json:"k"`
	Text  string `json:"x"`
}

// facetFile is search/f.js, loaded only when a filter is used: the facet
// names and, per doc, the indexes of its facets.
type facetFile struct {
	Names []string `json:"names"`
	Docs  [][]int  `json:"docs"`
}

// Shard returns the shard a key's postings are in: FNV-1a (32 bit) of its
// UTF-8 bytes modulo the shard count. search.js computes the same.
func Shard(key string, shards int) int {
	h := uint32(2166136261)
	for i := 0; i < len(key); i++ {
		h ^= uint32(key[i])
		h *= 16777619
	}
	return int(h % uint32(shards))
}

// prefix returns the vocabulary file a key is listed in: its first two
// letters.
func prefix(key string) string {
	n := 0
	for i := range key {
		if n == 2 {
			return key[:i]
		}
		n++
	}
	return key
}

// Files writes the index as classic scripts that call OsaamoSearch.load.
func (idx *Index) Files() output.Files {
	files := output.Files{}
	var mu sync.Mutex // guards files while shards are encoded in parallel
	keys := idx.Keys()
	total := 0
	for _, k := range keys {
		total += len(k) + 8*len(idx.Postings[k])
	}
	shards := 1
	for shards*shardBytes < total {
		shards *= 2
	}

	kindIdx := map[string]int{}
	var kindNames []string
	for _, d := range idx.Docs {
		if _, ok := kindIdx[d.Kind]; !ok {
			kindIdx[d.Kind] = -1
			kindNames = append(kindNames, d.Kind)
		}
	}
	sort.Strings(kindNames)
	for i, k := range kindNames {
		kindIdx[k] = i
	}
	var kinds strings.Builder
	for _, d := range idx.Docs {
		kinds.WriteByte(byte('a' + kindIdx[d.Kind]))
	}
	files[Dir+"meta.js"] = script("meta", Meta{Format: Format, Shards: shards, Kinds: kinds.String(), KindNames: kindNames})

	// keys is sorted, so each shard's and each vocabulary file's keys are.
	byShard := make([][]string, shards)
	vocab := map[string][]string{}
	for _, k := range keys {
		s := Shard(k, shards)
		byShard[s] = append(byShard[s], k)
		vocab[prefix(k)] = append(vocab[prefix(k)], k)
	}
	parallel.Each(shards, func(s int) {
		name := fmt.Sprintf("s/%d", s)
		data := idx.shardJSON(byShard[s])
		mu.Lock()
		files[Dir+name+".js"] = wrap(name, data)
		mu.Unlock()
	})
	for p, ks := range vocab {
		name := "v/" + p
		files[Dir+name+".js"] = script(name, ks)
	}

	facetIdx := map[string]int{}
	var facetNames []string
	for _, d := range idx.Docs {
		for _, f := range d.Facets {
			if _, ok := facetIdx[f]; !ok {
				facetIdx[f] = 0
				facetNames = append(facetNames, f)
			}
		}
	}
	sort.Strings(facetNames)
	for i, f := range facetNames {
		facetIdx[f] = i
	}
	ff := facetFile{Names: facetNames, Docs: make([][]int, len(idx.Docs))}
	for i, d := range idx.Docs {
		ff.Docs[i] = []int{}
		for _, f := range d.Facets {
			ff.Docs[i] = append(ff.Docs[i], facetIdx[f])
		}
		sort.Ints(ff.Docs[i])
		text := d.Text
		if len(text) > maxText {
			cut := maxText
			for cut > 0 && !utf8.RuneStart(text[cut]) {
				cut--
			}
			text = text[:cut]
		}
		name := "t/" + strconv.Itoa(i)
		files[Dir+name+".js"] = script(name, docFile{Title: d.Title, URL: d.URL, Kind: d.Kind, Text: text})
	}
	files[Dir+"f.js"] = script("f", ff)
	return files
}

// script wraps JSON data in a call the client's loader receives. JSON's
// escaping of <, > and & keeps the data inert inside a script.
func script(name string, data any) []byte {
	b, err := json.Marshal(data)
	if err != nil {
		panic(fmt.Sprintf("search: marshal %s: %v", name, err))
	}
	return wrap(name, b)
}

// wrap is script for data already encoded as JSON.
func wrap(name string, data []byte) []byte {
	const pre, post = "OsaamoSearch.load(", ");\n"
	out := make([]byte, 0, len(pre)+len(name)+3+len(data)+len(post))
	out = append(out, pre...)
	out = appendJSONString(out, name)
	out = append(out, ',')
	out = append(out, data...)
	return append(out, post...)
}

// shardJSON returns what json.Marshal gives for a shard's postings as a
// map from key to flat [doc, score, doc, score, …] lists, keys being
// sorted. It writes the JSON itself because the shards hold most of the
// index's bytes, and encoding them by reflection took most of Files' time.
func (idx *Index) shardJSON(keys []string) []byte {
	size := 2
	for _, k := range keys {
		size += len(k) + 5 + 8*len(idx.Postings[k])
	}
	b := make([]byte, 0, size)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, k)
		b = append(b, ':', '[')
		for j, p := range idx.Postings[k] {
			if j > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, int64(p.Doc), 10)
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(p.Score), 10)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// appendJSONString appends s as json.Marshal writes it. Keys and names
// need no escaping and are copied as they are; anything else goes through
// json.Marshal.
func appendJSONString(b []byte, s string) []byte {
	for _, r := range s {
		if r < ' ' || r == '"' || r == '\\' || r == '<' || r == '>' || r == '&' ||
			r == utf8.RuneError || r == '\u2028' || r == '\u2029' {
			q, _ := json.Marshal(s)
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// unscript returns the JSON data of a file written by script.
func unscript(b []byte) ([]byte, error) {
	const pre = "OsaamoSearch.load("
	if !bytes.HasPrefix(b, []byte(pre)) || !bytes.HasSuffix(b, []byte(");\n")) {
		return nil, fmt.Errorf("not an index file")
	}
	body := b[len(pre) : len(b)-3]
	// The name is a JSON string without commas.
	i := bytes.IndexByte(body, ',')
	if i < 0 {
		return nil, fmt.Errorf("not an index file")
	}
	return body[i+1:], nil
}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }

// Load reads an index back from the files Files wrote (for example from a
// built site), so Go can rank over exactly what the browser loads.
func Load(files output.Files) (*Index, error) {
	read := func(name string, v any) error {
		b, ok := files[Dir+name+".js"]
		if !ok {
			return fmt.Errorf("search index file %s%s.js is missing; build the site first", Dir, name)
		}
		data, err := unscript(b)
		if err != nil {
			return fmt.Errorf("read %s%s.js: %w", Dir, name, err)
		}
		return json.Unmarshal(data, v)
	}
	var meta Meta
	if err := read("meta", &meta); err != nil {
		return nil, err
	}
	if meta.Format != Format {
		return nil, fmt.Errorf("search index format %d, this osaamo reads %d; rebuild the site", meta.Format, Format)
	}
	var ff facetFile
	if err := read("f", &ff); err != nil {
		return nil, err
	}
	idx := &Index{Postings: map[string][]Posting{}}
	for i := range meta.Kinds {
		var df docFile
		if err := read("t/"+strconv.Itoa(i), &df); err != nil {
			return nil, err
		}
		d := Doc{Title: df.Title, URL: df.URL, Kind: df.Kind, Text: df.Text}
		if i < len(ff.Docs) {
			for _, fi := range ff.Docs[i] {
				d.Facets = append(d.Facets, ff.Names[fi])
			}
		}
		idx.Docs = append(idx.Docs, d)
	}
	for s := 0; s < meta.Shards; s++ {
		var m map[string][]int
		if err := read(fmt.Sprintf("s/%d", s), &m); err != nil {
			return nil, err
		}
		for k, flat := range m {
			ps := make([]Posting, 0, len(flat)/2)
			for i := 0; i+1 < len(flat); i += 2 {
				ps = append(ps, Posting{Doc: flat[i], Score: flat[i+1]})
			}
			idx.Postings[k] = ps
		}
	}
	return idx, nil
}

package search

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/osaamo/osaamo/internal/output"
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

	byShard := make([]map[string][]int, shards)
	vocab := map[string][]string{}
	for _, k := range keys {
		s := Shard(k, shards)
		if byShard[s] == nil {
			byShard[s] = map[string][]int{}
		}
		flat := make([]int, 0, 2*len(idx.Postings[k]))
		for _, p := range idx.Postings[k] {
			flat = append(flat, p.Doc, p.Score)
		}
		byShard[s][k] = flat
		vocab[prefix(k)] = append(vocab[prefix(k)], k)
	}
	for s, m := range byShard {
		if m == nil {
			m = map[string][]int{}
		}
		name := fmt.Sprintf("s/%d", s)
		files[Dir+name+".js"] = script(name, m)
	}
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
	var out bytes.Buffer
	out.WriteString("OsaamoSearch.load(")
	n, _ := json.Marshal(name)
	out.Write(n)
	out.WriteString(",")
	out.Write(b)
	out.WriteString(");\n")
	return out.Bytes()
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

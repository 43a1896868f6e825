package search

import (
	"reflect"
	"strings"
	"testing"
)

var pages = []Page{
	{URL: "b/index.html", Title: "Sosiaalinen raportointi", Kind: "theme", Body: "Raportoinnin avulla työntekijä kertoo ilmiöistä.", Facets: []string{"level:mikro"}},
	{URL: "a/index.html", Title: "Osaamisverkosto", Kind: "term", Body: "Verkosto kokoaa osaamista yhteen.", Facets: []string{"level:makro"}},
	{URL: "c/index.html", Title: "Asiakkaan osallisuus", Kind: "case", Headings: []string{"Tulokset"}, Body: "Asiakkaat kertoivat kokemuksistaan raportoinnista.", Facets: []string{"level:mikro"}},
}

func TestQuery(t *testing.T) {
	idx := Build(pages)
	tests := []struct {
		name, q string
		opts    Options
		want    []string
	}{
		{"inflected form, title first", "raportoinnista", Options{}, []string{"b/index.html", "c/index.html"}},
		{"compound part", "osaaminen", Options{}, []string{"a/index.html"}},
		{"gradation", "asiakas", Options{}, []string{"c/index.html"}},
		{"all words before some", "asiakkaan raportointi", Options{}, []string{"c/index.html"}},
		{"prefix of the last word", "raport", Options{}, []string{"b/index.html", "c/index.html"}},
		{"kind filter", "raportointi", Options{Kind: "case"}, []string{"c/index.html"}},
		{"facet filter", "raportointi", Options{Facets: []string{"level:mikro"}}, []string{"b/index.html", "c/index.html"}},
		{"stopwords only", "ja on", Options{}, nil},
		{"no match", "kvanttifysiikka", Options{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range idx.Query(tt.q, tt.opts) {
				got = append(got, r.URL)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Query(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func TestFilesRoundTrip(t *testing.T) {
	idx := Build(pages)
	files := idx.Files()
	back, err := Load(files)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Docs, idx.Docs) || !reflect.DeepEqual(back.Postings, idx.Postings) {
		t.Error("index read back from its files differs from the built one")
	}
	again := Build([]Page{pages[2], pages[0], pages[1]}).Files()
	for name, b := range files {
		if string(again[name]) != string(b) {
			t.Errorf("%s differs when pages come in another order", name)
		}
	}
}

func TestSnippet(t *testing.T) {
	text := "Alussa on paljon muuta tekstiä, joka ei liity hakuun mitenkään. " + strings.Repeat("Täytettä. ", 10) +
		"Sosiaalinen raportointi <b> auttaa. Raportoinnista hyötyvät kaikki."
	got := Snippet(text, []string{"raportoin"})
	if !strings.Contains(got, "<mark>raportointi</mark>") || !strings.Contains(got, "<mark>Raportoinnista</mark>") {
		t.Errorf("matches not marked: %s", got)
	}
	if !strings.HasPrefix(got, "… ") || !strings.Contains(got, "&lt;b&gt;") {
		t.Errorf("snippet should start with an ellipsis and escape HTML: %s", got)
	}
}

// TestShardVectors pins the hash so search.js, which must compute the same
// shards, has fixed values to agree with (computed by search.js under Node).
func TestShardVectors(t *testing.T) {
	tests := []struct {
		key  string
		want int
	}{{"raportoin", 2663}, {"osaam", 2588}, {"työ", 2675}}
	for _, tt := range tests {
		if got := Shard(tt.key, 4096); got != tt.want {
			t.Errorf("Shard(%q, 4096) = %d, want %d", tt.key, got, tt.want)
		}
	}
}

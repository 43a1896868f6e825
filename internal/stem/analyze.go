package stem

import "sort"

// Term is one indexed word of a text: its Normalize key and where the word
// was found, in bytes, as in Token.
type Term struct {
	Key        string
	Start, End int
}

// Stopwords are the folded surface forms Analyze leaves out: Finnish words
// so common that they would match nearly every page. The slice is sorted
// (sort.Strings order) and must not be modified.
var Stopwords = []string{
	"ei", "eikä", "eivät", "eli", "emme", "en", "esim", "et", "ette", "että",
	"he", "heidän", "hän", "hänen",
	"ja", "jo", "johon", "joiden", "joita", "joka", "jolla", "jonka", "jos",
	"jossa", "jotka", "jotta",
	"kanssa", "koska", "kuin", "kun", "kuten",
	"me", "meidän", "mikä", "minä", "mitä", "mm", "mutta", "myös",
	"ne", "niiden", "niin", "niitä", "nyt", "näiden", "nämä",
	"ole", "olemme", "olen", "oli", "olisi", "olivat", "olla", "ollut", "on",
	"ovat",
	"se", "sekä", "sen", "siinä", "siis", "siitä", "sillä", "sinä", "sitten",
	"sitä",
	"tai", "te", "tämä", "tämän", "tässä", "tästä",
	"vaan", "vai", "vain", "vielä", "voi",
}

// IsStopword reports whether the folded word w is one of Stopwords.
func IsStopword(w string) bool {
	i := sort.SearchStrings(Stopwords, w)
	return i < len(Stopwords) && Stopwords[i] == w
}

// Analyze returns the terms of text: its tokens (see Tokenize) that are not
// stopwords, each with its Normalize key, in text order. The index stores
// what Analyze returns for a page, and the browser looks up what stem.js's
// analyze returns for the query.
func Analyze(text string) []Term {
	var terms []Term
	for _, t := range Tokenize(text) {
		if IsStopword(t.Word) {
			continue
		}
		terms = append(terms, Term{Key: normalize(t.Word), Start: t.Start, End: t.End})
	}
	return terms
}

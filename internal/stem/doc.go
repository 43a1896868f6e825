// Package stem is the Finnish text analysis behind search: it splits text into
// words (Tokenize), reduces a word to its Snowball stem (Stem) and to the key
// the search index stores (Normalize), drops stopwords (Analyze) and splits
// compounds into known parts (Compounds).
//
// The browser runs the same analysis on the query, in the theme's
// static/js/stem.js. The two must agree on every word, or a query typed in
// one inflected form misses pages written in another; TestParityWithJS runs
// both over the shipped content and a list of awkward words. A change to a
// rule here is a change to stem.js in the same commit.
//
// The analysis is deliberately small and predictable rather than a full
// morphological analyser: Normalize is the Snowball stemmer plus a handful of
// documented rules for consonant gradation and the endings Snowball leaves
// apart (see normalize.go). It knows no dictionary, so it cannot undo
// irregular forms outside its short table, and it never guesses at
// compounds: Compounds needs the caller's vocabulary. The package builds no
// index, ranks nothing and reads no files; that is the job of the search
// and build packages. It keeps no cache of its own: a Splitter remembers
// the pieces of words it has split, for the caller that owns it. Analysis
// costs a microsecond or so a word, so a caller that meets the same words
// often should keep their keys.
package stem

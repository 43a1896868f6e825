package stem

import (
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/finnish"
)

// Stem returns the Snowball Finnish stem of word, after lower-casing it the
// way Tokenize does. It is the plain algorithm from snowballstem.org, with
// none of the rules Normalize adds, so "asiakkaan" gives "asiak" but
// "asiakas" stays "asiakas". stem.js ports it by hand; the parity test keeps
// the two equal.
func Stem(word string) string {
	return snowball(fold(word))
}

// snowball stems a word that is already folded.
func snowball(w string) string {
	env := snowballstem.NewEnv(w)
	finnish.Stem(env)
	return env.Current()
}

package stem

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minPart is the length, in letters, of the shortest compound part
// Compounds accepts, and maxCompound the longest word it tries to split.
const (
	minPart     = 3
	maxCompound = 60
)

// Compounds splits a compound word into parts the vocabulary knows, so that
// a search for a part finds the compound. vocab reports whether a key (a
// Normalize result) is known, typically because the site uses the word on
// its own.
//
// The last part may be inflected; every part is matched by its key, and the
// key of the linking form of an -inen word (osaamis-) is that of the word
// (osaaminen). Every part has at least three letters. Of the ways to split
// word, Compounds takes the one with the longest known last part and,
// within it, the longest known parts from the right. It returns the parts'
// keys left to right, followed by the keys of the parts' own parts, each key
// once: "aikuissosiaalityössä" gives the keys of aikuinen, sosiaalityö,
// sosiaali and työ when vocab knows all four. It returns nil when word
// cannot be split completely, contains a digit or is longer than 60
// letters. The result depends only on word and vocab, so a caller may keep
// it by word; the work grows with the square of the word's length. To split
// many words against one vocabulary, use a Splitter.
func Compounds(word string, vocab func(key string) bool) []string {
	return NewSplitter(vocab).Split(word)
}

// Splitter splits words as Compounds does, remembering the key of every
// piece of a word it has looked up: the words of one site share most of
// their pieces (endings, common parts), and normalising a piece is the
// expensive step. A Splitter is not safe for concurrent use; give each
// goroutine its own.
type Splitter struct {
	vocab  func(string) bool
	pieces map[string]piece
	// Scratch space of split, for one word at a time.
	at    []int
	heads []headSplit
}

// piece is what a Splitter remembers about a piece of a word.
type piece struct {
	key   string
	known bool
}

// NewSplitter returns a Splitter for the vocabulary vocab (see Compounds).
func NewSplitter(vocab func(key string) bool) *Splitter {
	return &Splitter{vocab: vocab, pieces: map[string]piece{}}
}

// Split returns Compounds(word, vocab) for the Splitter's vocab.
func (s *Splitter) Split(word string) []string {
	var keys []string
	var add func(w string)
	add = func(w string) {
		parts := s.split(w)
		for _, p := range parts {
			if !contains(keys, p.key) {
				keys = append(keys, p.key)
			}
		}
		for _, p := range parts {
			add(p.word)
		}
	}
	add(fold(word))
	return keys
}

// contains reports whether keys holds k. A compound has a handful of
// parts, so a linear search beats a map.
func contains(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

// part is one part of a compound: the letters as written in the compound
// and the key vocab knows them by.
type part struct {
	word, key string
}

// lookup returns the key of a piece of a folded word and whether the
// vocabulary knows it.
func (s *Splitter) lookup(w string) (string, bool) {
	if p, ok := s.pieces[w]; ok {
		return p.key, p.known
	}
	key := normalize(w)
	known := s.vocab(key)
	s.pieces[w] = piece{key, known}
	return key, known
}

// split returns the parts of the folded word w, or nil. Pieces of w are
// sliced at rune boundaries: at[i] is the byte offset of the i-th rune.
func (s *Splitter) split(w string) []part {
	n := utf8.RuneCountInString(w)
	if n < 2*minPart || n > maxCompound || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
		return nil
	}
	at := s.at[:0]
	for i := range w {
		at = append(at, i)
	}
	at = append(at, len(w))
	heads := append(s.heads[:0], make([]headSplit, n+1)...) // memo of splitHead, by runes in head
	s.at, s.heads = at, heads
	for i := minPart; i <= n-minPart; i++ {
		tail := w[at[i]:]
		key, known := s.lookup(tail)
		if !known {
			continue
		}
		if h := s.splitHead(w, at, i, heads); h != nil {
			return append(h, part{tail, key})
		}
	}
	return nil
}

// headSplit is a memoised result of splitHead.
type headSplit struct {
	done  bool
	parts []part
}

// splitHead returns the parts of the first n runes of w, the uninflected
// beginning of a compound, or nil. A known head is one part; otherwise the
// longest known last part is tried first. memo holds earlier results by n.
func (s *Splitter) splitHead(w string, at []int, n int, memo []headSplit) []part {
	if memo[n].done {
		return memo[n].parts
	}
	var result []part
	head := w[:at[n]]
	if key, ok := s.headKey(head, n); ok {
		result = []part{{head, key}}
	} else {
		for i := minPart; i <= n-minPart && result == nil; i++ {
			last := w[at[i]:at[n]]
			key, ok := s.headKey(last, n-i)
			if !ok {
				continue
			}
			if h := s.splitHead(w, at, i, memo); h != nil {
				result = append(append([]part{}, h...), part{last, key})
			}
		}
	}
	memo[n] = headSplit{true, result}
	return result
}

// headKey returns the key vocab knows a non-final compound part of runes
// letters by. The part is not inflected, so its own key will do: Normalize
// gives the linking form of an -inen word (osaamis-) the key of the word
// (osaaminen).
func (s *Splitter) headKey(h string, runes int) (string, bool) {
	if runes < minPart {
		return "", false
	}
	return s.lookup(h)
}

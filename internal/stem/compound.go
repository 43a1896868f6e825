package stem

import (
	"strings"
	"unicode"
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
// it by word; the work grows with the square of the word's length.
func Compounds(word string, vocab func(key string) bool) []string {
	var keys []string
	seen := map[string]bool{}
	var add func(w string)
	add = func(w string) {
		parts := split(w, vocab)
		for _, p := range parts {
			if !seen[p.key] {
				seen[p.key] = true
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

// part is one part of a compound: the letters as written in the compound
// and the key vocab knows them by.
type part struct {
	word, key string
}

// split returns the parts of the folded word w, or nil.
func split(w string, vocab func(string) bool) []part {
	r := []rune(w)
	if len(r) < 2*minPart || len(r) > maxCompound || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
		return nil
	}
	heads := map[int][]part{} // memo of splitHead, by length of head
	for i := minPart; i <= len(r)-minPart; i++ {
		tail := string(r[i:])
		key := normalize(tail)
		if !vocab(key) {
			continue
		}
		if h := splitHead(r[:i], vocab, heads); h != nil {
			return append(h, part{tail, key})
		}
	}
	return nil
}

// splitHead returns the parts of head, the uninflected beginning of a
// compound, or nil. A known head is one part; otherwise the longest known
// last part is tried first. memo holds earlier results by len(head).
func splitHead(head []rune, vocab func(string) bool, memo map[int][]part) []part {
	if p, ok := memo[len(head)]; ok {
		return p
	}
	var result []part
	if key, ok := headKey(string(head), vocab); ok {
		result = []part{{string(head), key}}
	} else {
		for i := minPart; i <= len(head)-minPart && result == nil; i++ {
			last := string(head[i:])
			key, ok := headKey(last, vocab)
			if !ok {
				continue
			}
			if h := splitHead(head[:i], vocab, memo); h != nil {
				result = append(append([]part{}, h...), part{last, key})
			}
		}
	}
	memo[len(head)] = result
	return result
}

// headKey returns the key vocab knows a non-final compound part by. The
// part is not inflected, so its own key will do: Normalize gives the
// linking form of an -inen word (osaamis-) the key of the word (osaaminen).
func headKey(h string, vocab func(string) bool) (string, bool) {
	if len([]rune(h)) < minPart {
		return "", false
	}
	key := normalize(h)
	return key, vocab(key)
}

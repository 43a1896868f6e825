package stem

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Normalize returns the key the search index stores for word: its Snowball
// stem with the inflection Snowball leaves behind folded away, so that every
// common form of a word gives one key ("asiakas", "asiakkaan", "asiakkaita"
// all give "asiak"). A key is not a word and is never shown to a reader.
//
// word is folded like Tokenize does first. A word containing a digit is
// returned folded but otherwise as it is: years, section numbers and codes
// must match exactly. The result is non-empty for a non-empty word. stem.js
// implements the same rules; change both together.
//
// The rules, applied in this order to the word w and then to its stem s:
//
//  1. Irregular forms no rule relates to their base word are replaced by it
//     (lasten → lapsi, töissä → työ, vuoden → vuosi).
//  2. A one-syllable word with a long vowel or diphthong loses its case
//     ending, which Snowball's regions are too short to see (työssä,
//     työhön → työ; maata → maa).
//  3. A nominative whose end Snowball takes for a possessive suffix or a
//     clitic is stemmed as a genitive: -inen becomes -isen (osaaminen →
//     osaamisen), and -ni, -si (but not the translative -ksi), -nne, -pa
//     and -pä get an -n (lapsi → lapsin, rakenne → rakennen,
//     toimintatapa → toimintatapan).
//     Then s is the Snowball stem of w.
//  4. The -s- stem of -inen words goes: -is (osaamisen, osaamisessa →
//     osaamis → osaam) and -ist from -isten (osaamisten → osaam).
//  5. A weak-grade nominative in -as/-äs after a consonant loses it
//     (asiakas → asiak, like asiakkaan → asiak).
//  6. -us/-ys/-os/-ös words lose -s and -ks (tutkimus, tutkimuksen →
//     tutkimu); -uus/-yys/-eus words lose -d/-t as well (vaikuttavuuden,
//     vaikuttavuutta → vaikuttavuu); -nut/-nyt participles lose the vowel
//     and t (ikääntynyt, ikääntyneet → ikääntyn).
//  7. The end is tidied: a plural -j after e, ö or y goes (käytäntöjä →
//     käytäntö), a final long vowel is shortened (kyselyyn → kysely), and a
//     final a, ä, o, ö, e or i after a consonant goes (tieto → tiet; nuori,
//     nuoren → nuor; teema, teemoja → teem).
//  8. Consonant gradation is folded in the last consonant cluster: d → t
//     (tiedon → tiet), double → single (kk → k), ng → nk (kaupungin →
//     kaupunk), nt → n (raportointi, raportoinnin → raportoin), lt → l,
//     rt → r, mp → m, rp → rv, lp → lv (tarve, tarpeen → tarv), and a lone
//     v after a vowel becomes p (tapa, tavan → tap).
//
// No rule after Snowball shortens a key below three letters. Different
// words may share a key: tuki and tukka give "tuk", tulos and tulla "tul";
// the tests list pairs that must stay apart.
func Normalize(word string) string {
	return normalize(fold(word))
}

// normalize is Normalize for a word that is already folded.
func normalize(w string) string {
	if w == "" || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
		return w
	}
	if base, ok := irregular[w]; ok {
		w = base
	}
	w = shortWord(w)
	w = asGenitive(w)
	s := snowball(w)
	s = inenForms(w, s)
	s = asForms(s)
	s = usForms(s)
	s = tidyEnd(s)
	return gradation(s)
}

// minKey is the shortest key a rule may leave.
const minKey = 3

// irregular maps frequent forms that no rule relates to their base word.
var irregular = map[string]string{
	"lasta":    "lapsi",
	"lasten":   "lapsi",
	"töiden":   "työ",
	"töihin":   "työ",
	"töillä":   "työ",
	"töille":   "työ",
	"töissä":   "työ",
	"töistä":   "työ",
	"töitä":    "työ",
	"tuen":     "tuki",
	"tueksi":   "tuki",
	"tuesta":   "tuki",
	"tuet":     "tuki",
	"lain":     "laki",
	"vuoden":   "vuosi",
	"vuodessa": "vuosi",
	"vuodesta": "vuosi",
	"vuodet":   "vuosi",
	"vuonna":   "vuosi",
	"vuoteen":  "vuosi",
	"vuotta":   "vuosi",
}

// isVowel reports whether r is a Finnish vowel, the same set as Snowball's
// v1 grouping.
func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö':
		return true
	}
	return false
}

// consonants are the consonant letters the rules know: those of Finnish
// words and of loans written with the Latin alphabet.
const consonants = "bcdfghjklmnpqrstvwxzšž"

// isConsonant reports whether r is one of consonants. Other letters are
// neither vowels nor consonants, so no rule fires around them.
func isConsonant(r rune) bool {
	switch r {
	case 'b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'v', 'w', 'x', 'z', 'š', 'ž':
		return true
	}
	return false
}

// cut removes the last n runes of s, unless that leaves fewer than minKey.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s)-n < minKey {
		return s
	}
	for range n {
		_, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
	}
	return s
}

// lastRune returns the last rune of s, or -1 if s is empty.
func lastRune(s string) rune {
	if s == "" {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// endsIn reports whether s ends in a rune of set followed by suffix.
func endsIn(s, set, suffix string) bool {
	rest, ok := strings.CutSuffix(s, suffix)
	return ok && rest != "" && strings.ContainsRune(set, lastRune(rest))
}

// caseEndings are the endings rule 2 removes from a one-syllable word.
var caseEndings = []string{
	"ssa", "ssä", "sta", "stä", "lla", "llä", "lle", "ksi",
	"han", "hän", "hen", "hin", "hon", "hön", "hun", "hyn",
	"na", "nä", "ta", "tä", "n", "t",
}

// shortWord implements rule 2: a word made of consonants, two vowels and
// one of caseEndings becomes the consonants and the vowels.
func shortWord(w string) string {
	i := 0 // byte offset after the leading consonants
	for i < len(w) {
		r, size := utf8.DecodeRuneInString(w[i:])
		if !isConsonant(r) {
			break
		}
		i += size
	}
	v1, n1 := utf8.DecodeRuneInString(w[i:])
	v2, n2 := utf8.DecodeRuneInString(w[i+n1:])
	end := i + n1 + n2
	if end >= len(w) || !isVowel(v1) || !isVowel(v2) {
		return w
	}
	for _, e := range caseEndings {
		if w[end:] == e {
			return w[:end]
		}
	}
	return w
}

// genitiveEndings are the word endings rule 3 adds an -n to.
var genitiveEndings = []string{"ni", "si", "nne", "pa", "pä"}

// asGenitive implements rule 3.
func asGenitive(w string) string {
	switch {
	case strings.HasSuffix(w, "inen"):
		return strings.TrimSuffix(w, "nen") + "sen"
	case strings.HasSuffix(w, "ksi"):
		// The translative ending, which Snowball handles.
		return w
	}
	for _, e := range genitiveEndings {
		if strings.HasSuffix(w, e) {
			return w + "n"
		}
	}
	return w
}

// inenForms implements rule 4.
func inenForms(w, s string) string {
	switch {
	case strings.HasSuffix(w, "isten") && strings.HasSuffix(s, "ist"):
		return cut(s, 3)
	case strings.HasSuffix(s, "is") && !strings.HasSuffix(s, "iis"):
		return cut(s, 2)
	}
	return s
}

// asForms implements rule 5.
func asForms(s string) string {
	if endsIn(s, consonants, "as") || endsIn(s, consonants, "äs") {
		return cut(s, 2)
	}
	return s
}

// usEndings are the stem endings rule 6 shortens, with the number of runes
// to drop. The first match wins.
var usEndings = []struct {
	suffix string
	drop   int
}{
	{"uks", 2}, {"yks", 2}, {"oks", 2}, {"öks", 2},
	{"us", 1}, {"ys", 1}, {"os", 1}, {"ös", 1},
	{"uud", 1}, {"uut", 1}, {"yyd", 1}, {"yyt", 1},
	{"eud", 1}, {"eut", 1}, {"eyd", 1}, {"eyt", 1},
	{"nut", 2}, {"nyt", 2}, {"nu", 1}, {"ny", 1},
}

// usForms implements rule 6.
func usForms(s string) string {
	for _, e := range usEndings {
		if strings.HasSuffix(s, e.suffix) {
			return cut(s, e.drop)
		}
	}
	return s
}

// tidyEnd implements rule 7.
func tidyEnd(s string) string {
	if endsIn(s, "eöy", "j") {
		s = cut(s, 1)
	}
	if v := lastRune(s); isVowel(v) && lastRune(strings.TrimSuffix(s, string(v))) == v {
		s = cut(s, 1)
	}
	if endsIn(s, consonants, "a") || endsIn(s, consonants, "ä") ||
		endsIn(s, consonants, "o") || endsIn(s, consonants, "ö") ||
		endsIn(s, consonants, "e") || endsIn(s, consonants, "i") {
		s = cut(s, 1)
	}
	return s
}

// gradationPairs are rewritten, in order, inside the last consonant
// cluster by rule 8, after d → t and after doubles are collapsed.
var gradationPairs = []struct{ from, to string }{
	{"ng", "nk"},
	{"nt", "n"}, {"lt", "l"}, {"rt", "r"}, {"mp", "m"},
	{"rp", "rv"}, {"lp", "lv"},
}

// gradation implements rule 8.
func gradation(s string) string {
	end := len(s)
	for isVowel(lastRune(s[:end])) {
		_, size := utf8.DecodeLastRuneInString(s[:end])
		end -= size
	}
	start := end
	for isConsonant(lastRune(s[:start])) {
		start-- // consonants are one byte, except š and ž
		for !utf8.RuneStart(s[start]) {
			start--
		}
	}
	if start == end || !isVowel(lastRune(s[:start])) {
		// No cluster, or nothing Finnish before it (an abbreviation).
		return s
	}
	cluster := grade(s[start:end])
	if cluster == s[start:end] {
		return s
	}
	return s[:start] + cluster + s[end:]
}

// grade folds the gradation of one consonant cluster: d → t, doubles
// collapsed, gradationPairs rewritten in order, doubles collapsed again,
// and a lone v becomes p.
func grade(cluster string) string {
	switch cluster {
	case "d":
		return "t"
	case "v":
		return "p"
	}
	if len(cluster) == 1 {
		return cluster // nothing else in one letter changes
	}
	cluster = undouble(strings.ReplaceAll(cluster, "d", "t"))
	for _, p := range gradationPairs {
		cluster = strings.ReplaceAll(cluster, p.from, p.to)
	}
	cluster = undouble(cluster)
	if cluster == "v" {
		cluster = "p"
	}
	return cluster
}

// undouble collapses each run of one letter in s into a single letter.
func undouble(s string) string {
	prev, doubled := rune(-1), false
	for _, r := range s {
		doubled = doubled || r == prev
		prev = r
	}
	if !doubled {
		return s
	}
	var b strings.Builder
	prev = -1
	for _, r := range s {
		if r != prev {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

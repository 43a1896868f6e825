// Package licence knows the licences content may carry: for each key of
// front matter and site.yaml, its names in Finnish and English, its deed,
// whether teachers may take the material with them, and how to write an
// attribution line in TASL form (title, author, source, licence). It does
// not decide which licence a page has (the caller falls back from front
// matter to site.yaml) and never renders HTML.
package licence

import (
	"fmt"
	"strings"

	"github.com/osaamo/osaamo/internal/diag"
)

// Licence is one licence of the table.
type Licence struct {
	// Key is what front matter and site.yaml write: "CC-BY-4.0".
	Key string
	// Short is the usual short name: "CC BY 4.0".
	Short string
	// NameFi and NameEn are the full names in Finnish and English.
	NameFi, NameEn string
	// URL is the licence's canonical address, for metadata (JSON-LD, LOM);
	// "" when there is none.
	URL string
	// Deed is the human-readable summary in Finnish that pages link to;
	// "" when there is none.
	Deed string
	// Reusable reports whether the licence lets anyone copy and share the
	// material. Material that is not reusable is shown with its licence but
	// left out of downloads and exports.
	Reusable bool
	// Adapt reports whether adapted versions may be shared.
	Adapt bool
	// SummaryFi and SummaryEn say in a sentence or two what a reuser may do.
	SummaryFi, SummaryEn string
}

// table lists the licences by key, in the order documentation shows them.
var table = []Licence{
	{
		Key: "CC-BY-4.0", Short: "CC BY 4.0",
		NameFi: "Creative Commons Nimeä 4.0 Kansainvälinen", NameEn: "Creative Commons Attribution 4.0 International",
		URL: "https://creativecommons.org/licenses/by/4.0/", Deed: "https://creativecommons.org/licenses/by/4.0/deed.fi",
		Reusable: true, Adapt: true,
		SummaryFi: "Saat kopioida, levittää, näyttää ja esittää aineistoa sekä muokata sitä mihin tahansa tarkoitukseen, myös kaupallisesti, kunhan mainitset tekijän, lähteen ja lisenssin ja kerrot, jos olet muokannut aineistoa.",
		SummaryEn: "You may copy, redistribute, adapt and build upon the material for any purpose, even commercially, as long as you give appropriate credit, link to the licence and indicate if changes were made.",
	},
	{
		Key: "CC-BY-SA-4.0", Short: "CC BY-SA 4.0",
		NameFi: "Creative Commons Nimeä-JaaSamoin 4.0 Kansainvälinen", NameEn: "Creative Commons Attribution-ShareAlike 4.0 International",
		URL: "https://creativecommons.org/licenses/by-sa/4.0/", Deed: "https://creativecommons.org/licenses/by-sa/4.0/deed.fi",
		Reusable: true, Adapt: true,
		SummaryFi: "Saat kopioida, levittää ja muokata aineistoa mihin tahansa tarkoitukseen, kunhan mainitset tekijän, lähteen ja lisenssin, kerrot muutoksista ja jaat muokatun version samalla lisenssillä.",
		SummaryEn: "You may copy, redistribute and adapt the material for any purpose, as long as you give appropriate credit, indicate changes and share adaptations under the same licence.",
	},
	{
		Key: "CC0-1.0", Short: "CC0 1.0",
		NameFi: "Creative Commons CC0 1.0 Yleismaailmallinen (luovutus public domainiin)", NameEn: "Creative Commons CC0 1.0 Universal (public domain dedication)",
		URL: "https://creativecommons.org/publicdomain/zero/1.0/", Deed: "https://creativecommons.org/publicdomain/zero/1.0/deed.fi",
		Reusable: true, Adapt: true,
		SummaryFi: "Tekijä on luopunut oikeuksistaan niin laajasti kuin laki sallii. Saat käyttää aineistoa vapaasti ilman lupaa; lähteen mainitseminen on silti hyvä tapa.",
		SummaryEn: "The author has waived all rights to the extent the law allows. You may use the material freely without permission; crediting the source is still good practice.",
	},
	{
		Key: "all-rights-reserved", Short: "Kaikki oikeudet pidätetään",
		NameFi: "Kaikki oikeudet pidätetään", NameEn: "All rights reserved",
		Reusable:  false,
		SummaryFi: "Aineistoa saa lukea ja lainata tekijänoikeuslain sallimissa rajoissa, mutta sitä ei saa kopioida, muokata tai jakaa edelleen ilman tekijän lupaa.",
		SummaryEn: "You may read and quote the material as copyright law allows, but not copy, adapt or redistribute it without the author's permission.",
	},
}

// Default is the licence of content when neither front matter nor
// site.yaml names one.
const Default = "CC-BY-4.0"

// Lookup returns the licence with key, exactly as written.
func Lookup(key string) (Licence, bool) {
	for _, l := range table {
		if l.Key == key {
			return l, true
		}
	}
	return Licence{}, false
}

// Of returns the licence of material whose front matter says own and whose
// site says site: own when set, else site, else Default. Unknown keys are
// caught when front matter and site.yaml load; here they give the Default,
// so rendering never fails on one.
func Of(own, site string) Licence {
	for _, k := range []string{own, site} {
		if k == "" {
			continue
		}
		if l, ok := Lookup(k); ok {
			return l
		}
		break
	}
	l, _ := Lookup(Default)
	return l
}

// Keys lists the known keys in documentation order.
func Keys() []string {
	out := make([]string, len(table))
	for i, l := range table {
		out[i] = l.Key
	}
	return out
}

// Check returns "" when key is a known licence, else the problem as a
// message and a hint (a "did you mean" when a key is close).
func Check(key string) (msg, hint string) {
	if _, ok := Lookup(key); ok {
		return "", ""
	}
	keys := Keys()
	msg = fmt.Sprintf("unknown licence %q", key)
	if best := closest(key, keys); best != "" {
		return msg, fmt.Sprintf("did you mean %q?", best)
	}
	quoted := make([]string, len(keys))
	for i, k := range keys {
		quoted[i] = fmt.Sprintf("%q", k)
	}
	return msg, "use one of " + strings.Join(quoted, ", ")
}

// closest returns the key equal to got but for case and punctuation
// ("cc by 4.0"), else the key diag.Closest finds, or "".
func closest(got string, keys []string) string {
	norm := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == '-' || r == '_' || r == ' ' || r == '.' {
				return -1
			}
			return r
		}, strings.ToLower(s))
	}
	for _, k := range keys {
		if norm(k) == norm(got) {
			return k
		}
	}
	return diag.Closest(got, keys)
}

// Work is what an attribution line names: the TASL of the Creative Commons
// recommendation (title, author, source, licence), plus the work it was
// adapted from, if any.
type Work struct {
	Title   string
	Authors []string
	// Source is where the work is published: an absolute URL, or a URL
	// relative to the site root when the site's address is not known.
	Source  string
	Licence Licence
	// Origin is the work this one is adapted from; nil when it is original.
	Origin *Origin
}

// Origin is a work that material was adapted from.
type Origin struct {
	Title, Author, URL string
}

// Attribution returns the work's attribution line in Finnish, ready to
// copy under reused material:
//
//	"Orientaatio". Tekijä: SOSRAKE-osaamisverkosto. Lähde: https://…/. Lisenssi: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.fi).
//
// An adapted work ends with "Muokattu teoksesta …".
func Attribution(w Work) string {
	var b strings.Builder
	fmt.Fprintf(&b, "”%s”.", w.Title)
	if len(w.Authors) == 1 {
		fmt.Fprintf(&b, " Tekijä: %s.", w.Authors[0])
	} else if len(w.Authors) > 1 {
		fmt.Fprintf(&b, " Tekijät: %s.", strings.Join(w.Authors, "; "))
	}
	if w.Source != "" {
		fmt.Fprintf(&b, " Lähde: %s.", w.Source)
	}
	if w.Licence.Deed != "" {
		fmt.Fprintf(&b, " Lisenssi: %s (%s).", w.Licence.Short, w.Licence.Deed)
	} else {
		fmt.Fprintf(&b, " %s.", w.Licence.NameFi)
	}
	if o := w.Origin; o != nil {
		fmt.Fprintf(&b, " Muokattu teoksesta ”%s”%s.", o.Title, originDetails(o))
	}
	return b.String()
}

// originDetails returns " (author, address)" of the work an adaptation
// is based on, with what it has of the two, or "" when it has neither.
func originDetails(o *Origin) string {
	var more []string
	if o.Author != "" {
		more = append(more, o.Author)
	}
	if o.URL != "" {
		more = append(more, o.URL)
	}
	if len(more) == 0 {
		return ""
	}
	return " (" + strings.Join(more, ", ") + ")"
}

// AttributionEn is Attribution in English, for ATTRIBUTION.txt.
func AttributionEn(w Work) string {
	var b strings.Builder
	fmt.Fprintf(&b, "“%s”", w.Title)
	if len(w.Authors) > 0 {
		fmt.Fprintf(&b, " by %s", strings.Join(w.Authors, "; "))
	}
	b.WriteString(".")
	if w.Source != "" {
		fmt.Fprintf(&b, " Source: %s.", w.Source)
	}
	if w.Licence.URL != "" {
		fmt.Fprintf(&b, " Licensed under %s (%s).", w.Licence.Short, w.Licence.URL)
	} else {
		fmt.Fprintf(&b, " %s.", w.Licence.NameEn)
	}
	if o := w.Origin; o != nil {
		fmt.Fprintf(&b, " Adapted from “%s”%s.", o.Title, originDetails(o))
	}
	return b.String()
}

// Text returns the LICENSE file that goes with downloaded material: the
// licence's names, what it allows, where its deed and legal code are, and
// the attribution lines of works.
func Text(l Licence, works []Work) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%s\n\n", l.NameFi, l.NameEn)
	fmt.Fprintf(&b, "%s\n\n%s\n\n", wrap(l.SummaryFi, 72), wrap(l.SummaryEn, 72))
	if l.Deed != "" {
		fmt.Fprintf(&b, "Lisenssin tiivistelmä / Licence deed: %s\n", l.Deed)
	}
	if l.URL != "" {
		fmt.Fprintf(&b, "Lisenssiteksti / Legal code: %slegalcode\n", l.URL)
	}
	if len(works) > 0 {
		b.WriteString("\nNäin mainitset lähteen / How to attribute:\n\n")
		for _, w := range works {
			fmt.Fprintf(&b, "%s\n%s\n\n", Attribution(w), AttributionEn(w))
		}
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// wrap breaks s into lines of at most width characters at spaces, for
// plain-text files people open in any editor.
func wrap(s string, width int) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case len([]rune(line))+1+len([]rune(w)) > width:
			lines = append(lines, line)
			line = w
		default:
			line += " " + w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

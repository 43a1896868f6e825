package markdown

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestSentences checks how paragraphs are split into sentences and how
// their words are counted: abbreviations, dates, times and "§" must not end
// a sentence, and a period before a capital must.
func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []int // words of each sentence
	}{
		{"two sentences", "Yksi kaksi. Kolme neljä viisi.", []int{2, 3}},
		{"question and exclamation", "Mitä tehdä? Kirjaa havainto! Sitten jatka…", []int{2, 2, 2}},
		{"abbreviations before capitals", "Katso esim. Kela, ks. Kotus, vrt. THL ja mm. Kajaani. Loppu.", []int{10, 1}},
		{"abbreviations before numbers", "Mukana oli n. 40 henkeä, ks. s. 7. Loppu.", []int{8, 1}},
		{"abbreviation in brackets", "Ohje (ks. Kotus) auttaa. Loppu.", []int{4, 1}},
		{"capitalised abbreviation", "Esim. Kela kokoaa tietoa. Loppu.", []int{4, 1}},
		{"initials", "Ohjeen kirjoitti J. K. Virtanen vuonna 2020. Loppu.", []int{7, 1}},
		{"Swedish abbreviations", "Till exempel t.ex. FPA och bl.a. THL. Slut.", []int{7, 1}},
		{"dates and times inside a sentence", "Kokous pidetään 1.1.2021 klo 12.30 ja 23.11. alkaen joka viikko.", []int{10}},
		{"date at the end of a sentence", "Webinaari pidettiin 23.11. Sitä seurasi kysely.", []int{3, 3}},
		{"year at the end of a sentence", "Laki tuli voimaan 1.1.2015. Se uudisti sosiaalihuollon.", []int{4, 3}},
		{"list-closing abbreviation before a capital", "Omenat, päärynät jne. Sitten muuta.", []int{3, 2}},
		{"list-closing abbreviation inside a sentence", "Omenat, päärynät jne. ovat hedelmiä.", []int{5}},
		{"section sign and dashes are no words", "Lain 7 § – ks. myös 8 §. Loppu.", []int{5, 1}},
		{"period before lower case", "Versio 2. korjattu painos.", []int{4}},
		{"quotes and brackets close a sentence", "Hän sanoi: ”Kirjaa se.” (Katso ohje.) Sitten jatka.", []int{4, 2, 2}},
		{"emphasis and links inside words", "Vaikuttavuus*arviointi* on [tärkeä osa](x.md). Se jatkuu.", []int{4, 2}},
		{"code span never ends a sentence", "Aja `osaamo check. Sitten` komento. Loppu.", []int{5, 1}},
		{"period after a code span does", "Aja `osaamo check`. Sitten korjaa.", []int{3, 2}},
		{"images and autolinks are no words", "Katso ![Kaavio](k.png) kuva <https://x.fi>. Se auttaa.", []int{2, 2}},
		{"no terminator at the end", "Sana sana sana", []int{3}},
		{"abbreviation in emphasis", "Katso *esim*. Kela tai _ks._ Kotus. Ja [lue lisää](x.md). Loppu.", []int{6, 3, 1}},
		{"escaped punctuation", `Tähti \* ei ole sana. Loppu\.`, []int{4, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _ := Parse("content/x.md", []byte(tt.in), 1, Options{})
			if len(doc.Paragraphs) != 1 {
				t.Fatalf("Parse(%q): %d paragraphs, want 1", tt.in, len(doc.Paragraphs))
			}
			p := doc.Paragraphs[0]
			var got []int
			total := 0
			for _, s := range p.Sentences {
				got = append(got, s.Words)
				total += s.Words
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Parse(%q): sentences of %v words, want %v", tt.in, got, tt.want)
			}
			if p.Words != total {
				t.Errorf("Parse(%q): paragraph of %d words, its sentences have %d", tt.in, p.Words, total)
			}
		})
	}
}

// TestParagraphPositions checks which blocks are paragraphs and where they
// and their sentences start in the whole file, the body starting on line 3.
func TestParagraphPositions(t *testing.T) {
	in := "## Otsikko ei ole kappale\n" + // 3
		"\n" +
		"Ensimmäinen lause. Toinen\n" + // 5
		"jatkuu. Ääkköset ensin. Kolmas\n" + // 6
		"\n" +
		"- kohta yksi. Kaksi\n" + // 8
		"\n" +
		"> [!vinkki] Otsikko ei ole kappale\n" + // 10
		"> Vinkin teksti. Toinen.\n" + // 11
		"\n" +
		"| Solu | Ei kappale |\n" + // 13
		"|---|---|\n" +
		"\n" +
		"```\n" +
		"koodi. Ei kappale.\n" +
		"```\n" +
		"\n" +
		"![Kuva](k.png \"Kuvateksti ei ole kappale.\")\n" +
		"\n" +
		"– —\n"
	doc, _ := Parse("content/x.md", []byte(in), 3, Options{})
	var got []string
	for _, p := range doc.Paragraphs {
		s := fmt.Sprintf("%d:%d %d words:", p.Line, p.Col, p.Words)
		for _, sn := range p.Sentences {
			s += fmt.Sprintf(" %d:%d/%d", sn.Line, sn.Col, sn.Words)
		}
		got = append(got, s)
	}
	want := []string{
		"5:1 7 words: 5:1/2 5:20/2 6:9/2 6:25/1",
		"8:3 3 words: 8:3/2 8:15/1",
		"11:3 3 words: 11:3/2 11:18/1",
	}
	if !slices.Equal(got, want) {
		t.Errorf("paragraphs:\ngot  %s\nwant %s", strings.Join(got, "\n     "), strings.Join(want, "\n     "))
	}
}

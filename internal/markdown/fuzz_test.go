package markdown

import (
	"bytes"
	"os"
	"testing"
)

// FuzzParse runs the whole pipeline, every extension included, on arbitrary
// bodies. It checks that nothing panics, that rendering is repeatable and
// that every position Parse reports lies inside the file.
func FuzzParse(f *testing.F) {
	for _, file := range goldenInputs(f) {
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src, 3)
	}
	f.Add([]byte("> [!pohdittava]\n> x\n\n![](data:x)[](javascript:y)"), 1)
	f.Add([]byte("| | b |\n|-|-|\n\nEsim. Kela jne. Loppu 7 §. – *x*y ![k](k.png)."), 2)
	f.Fuzz(func(t *testing.T, body []byte, firstLine int) {
		if firstLine < 1 || firstLine > 1000 {
			firstLine = 1
		}
		doc, diags := Parse("content/f.md", body, firstLine, Options{})
		lastLine := firstLine + bytes.Count(body, []byte("\n"))
		inside := func(what string, line, col int) {
			if line < firstLine || line > lastLine || col < 1 {
				t.Errorf("%s at %d:%d, outside lines %d–%d of the file", what, line, col, firstLine, lastLine)
			}
		}
		for _, d := range diags {
			inside("diagnostic "+d.Message, d.Line, d.Col)
		}
		for _, h := range doc.Headings {
			inside("heading "+h.Text, h.Line, h.Col)
		}
		for _, l := range doc.Links {
			inside("link "+l.Target, l.Line, l.Col)
		}
		for _, i := range doc.Images {
			inside("image "+i.Src, i.Line, i.Col)
		}
		for _, tb := range doc.Tables {
			inside("table", tb.Line, tb.Col)
			for _, c := range tb.Header {
				inside("header cell "+c.Text, c.Line, c.Col)
			}
		}
		for _, p := range doc.Paragraphs {
			inside("paragraph", p.Line, p.Col)
			words := 0
			for _, s := range p.Sentences {
				inside("sentence", s.Line, s.Col)
				if s.Words < 1 {
					t.Errorf("sentence at %d:%d has %d words", s.Line, s.Col, s.Words)
				}
				words += s.Words
			}
			if words != p.Words {
				t.Errorf("paragraph at %d:%d has %d words, its sentences %d", p.Line, p.Col, p.Words, words)
			}
		}
		first := doc.Render("f.md", fakeResolver{})
		second := doc.Render("f.md", fakeResolver{})
		if !bytes.Equal(first.HTML, second.HTML) || first.Text != second.Text {
			t.Errorf("two renders differ:\n%s\n---\n%s", first.HTML, second.HTML)
		}
		unsafe, _ := Parse("content/f.md", body, firstLine, Options{UnsafeHTML: true})
		unsafe.Render("f.md", nil)
	})
}

package markdown

import (
	"slices"
	"strings"
	"testing"
)

// TestDiagnostics checks what Parse reports, with the body starting on line
// 5 of the file (after front matter) so that positions must be offset.
func TestDiagnostics(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // "file:line:col: message", sorted
		hint string   // hint of the first diagnostic
	}{
		{
			name: "image without alt text",
			in:   "Teksti.\n\n![](kuva.png)\n",
			want: []string{`content/x.md:7:1: image "kuva.png" has no alt text`},
			hint: "describe the image between the brackets, or write ![-](kuva.png) for a decorative image",
		},
		{
			name: "alt text of blanks only",
			in:   "Kuvio: ![  ](kuva.png)",
			want: []string{`content/x.md:5:8: image "kuva.png" has no alt text`},
		},
		{
			name: "decorative image is fine",
			in:   "![-](viiva.png)",
		},
		{
			name: "javascript link",
			in:   "Katso [tästä](javascript:alert(1)) nyt.",
			want: []string{`content/x.md:5:7: link target "javascript:alert(1)" has the refused scheme "javascript:"`},
			hint: "link to a page by its source file (../teemat/x.md) or to an https:// address",
		},
		{
			name: "javascript in capitals",
			in:   "[x](JavaScript:void(0))",
			want: []string{`content/x.md:5:1: link target "JavaScript:void(0)" has the refused scheme "javascript:"`},
		},
		{
			name: "javascript split by an escaped tab",
			in:   "[x](java&#9;script:alert(1))",
			want: []string{`content/x.md:5:1: link target "java\tscript:alert(1)" has the refused scheme "javascript:"`},
		},
		{
			name: "vbscript reference link",
			in:   "Alku\n[x][ref]\n\n[ref]: vbscript:msgbox(1)",
			want: []string{`content/x.md:6:1: link target "vbscript:msgbox(1)" has the refused scheme "vbscript:"`},
		},
		{
			name: "javascript autolink",
			in:   "Ks. <javascript:alert(1)>",
			want: []string{`content/x.md:5:5: link target "javascript:alert(1)" has the refused scheme "javascript:"`},
		},
		{
			name: "data image",
			in:   "![Kaavio](data:image/png;base64,iVBORw0KGgo=)",
			want: []string{`content/x.md:5:1: image source "data:image/png;base64,iVBORw0KGgo=" has the refused scheme "data:"`},
			hint: "save the image as a file next to the Markdown file and write its name: ![Kaavio](kaavio.png)",
		},
		{
			name: "long data URL is shortened",
			in:   "![x](data:text/plain," + strings.Repeat("a", 100) + ")",
			want: []string{`content/x.md:5:1: image source "data:text/plain,` + strings.Repeat("a", 44) + `…" has the refused scheme "data:"`},
		},
		{
			name: "unknown callout kind",
			in:   "Johdanto.\n\n> [!pohdittava]\n> Mitä ajattelet?",
			want: []string{`content/x.md:7:3: unknown callout kind "pohdittava"`},
			hint: `did you mean "pohdittavaa"?`,
		},
		{
			name: "unknown callout kind without a near match",
			in:   "> [!NOTE] Huom",
			want: []string{`content/x.md:5:3: unknown callout kind "NOTE"`},
			hint: `callout kinds are "huomio", "pohdittavaa", "tehtava" and "vinkki"`,
		},
		{
			name: "callout kind with Finnish letters",
			in:   "> [!Tehtävä]\n> Tee näin.",
		},
		{
			name: "empty link text",
			in:   "Lue [](../teemat/2021-03-vaikuttavuus.md).",
			want: []string{`content/x.md:5:5: link to "../teemat/2021-03-vaikuttavuus.md" has no text`},
			hint: "write what the link leads to between the brackets: [Vaikuttavuus](../teemat/2021-03-vaikuttavuus.md)",
		},
		{
			name: "link around a decorative image has no text",
			in:   "[![-](logo.png)](../_index.md)",
			want: []string{`content/x.md:5:1: link to "../_index.md" has no text`},
		},
		{
			name: "link around an image is named by its alt text",
			in:   "[![Etusivu](logo.png)](../_index.md)",
		},
		{
			name: "columns count characters, not bytes",
			in:   "Ääkköset ja öljy ![](k.png)",
			want: []string{`content/x.md:5:18: image "k.png" has no alt text`},
		},
		{
			name: "inside a list in a blockquote",
			in:   "> - kohta\n>   ![](k.png)",
			want: []string{`content/x.md:6:5: image "k.png" has no alt text`},
		},
		{
			name: "several problems, in order",
			in:   "[](b.md) ![](a.png)\n\n> [!vinkk]\n",
			want: []string{
				`content/x.md:5:1: link to "b.md" has no text`,
				`content/x.md:5:10: image "a.png" has no alt text`,
				`content/x.md:7:3: unknown callout kind "vinkk"`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := Parse("content/x.md", []byte(tt.in), 5, Options{})
			var got []string
			for _, d := range diags {
				got = append(got, d.Pos()+": "+d.Message)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Parse(%q):\ngot  %q\nwant %q", tt.in, got, tt.want)
			}
			if tt.hint != "" && (len(diags) == 0 || diags[0].Hint != tt.hint) {
				t.Errorf("Parse(%q): got diagnostics %v, want first hint %q", tt.in, diags, tt.hint)
			}
			for _, d := range diags {
				if want := strings.Split("x\nx\nx\nx\n"+tt.in, "\n")[d.Line-1]; d.Source != want {
					t.Errorf("%s: source %q, want line %d of the file %q", d.Pos(), d.Source, d.Line, want)
				}
			}
		})
	}
}

// TestTables checks what Parse lists of a table: the text of each header
// cell, as a screen reader names it, and where the header row and each cell
// start in the whole file, the body starting on line 5.
func TestTables(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Table
	}{
		{
			name: "header with an empty cell",
			in:   "| Vaihe |  | Kevät |\n|---|---|---|\n| 1 | 2 | 3 |\n",
			want: []Table{{Line: 5, Col: 1, Header: []Cell{{"Vaihe", 5, 2}, {"", 5, 10}, {"Kevät", 5, 13}}}},
		},
		{
			name: "no outer pipes",
			in:   "Vaihe | Tehtävä\n---|---\n1 | 2\n",
			want: []Table{{Line: 5, Col: 1, Header: []Cell{{"Vaihe", 5, 1}, {"Tehtävä", 5, 8}}}},
		},
		{
			name: "inline markup, escaped pipe and images",
			in:   "| **Vaihe** \\| osa | ![Kuvake](k.png) | ![-](v.png) |\n|---|---|---|\n",
			want: []Table{{Line: 5, Col: 1, Header: []Cell{{"Vaihe | osa", 5, 2}, {"Kuvake", 5, 21}, {"", 5, 40}}}},
		},
		{
			name: "inside a list item",
			in:   "- kohta\n\n  | Ääni |  |\n  |---|---|\n",
			want: []Table{{Line: 7, Col: 3, Header: []Cell{{"Ääni", 7, 4}, {"", 7, 11}}}},
		},
		{
			name: "inside a blockquote",
			in:   "> | | B |\n> |---|---|\n",
			want: []Table{{Line: 5, Col: 3, Header: []Cell{{"", 5, 4}, {"B", 5, 6}}}},
		},
		{
			name: "header row without a delimiter row is no table",
			in:   "| a | b |\n| 1 | 2 |\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _ := Parse("content/x.md", []byte(tt.in), 5, Options{})
			if len(doc.Tables) != len(tt.want) {
				t.Fatalf("Parse(%q): tables\ngot  %+v\nwant %+v", tt.in, doc.Tables, tt.want)
			}
			for i := range tt.want {
				got, want := doc.Tables[i], tt.want[i]
				if got.Line != want.Line || got.Col != want.Col || !slices.Equal(got.Header, want.Header) {
					t.Errorf("Parse(%q): table %d\ngot  %+v\nwant %+v", tt.in, i, got, want)
				}
			}
		})
	}
}

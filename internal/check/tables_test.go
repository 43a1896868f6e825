package check

import (
	"strings"
	"testing"
)

func TestTables(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
		hint       string // of the first diagnostic
	}{
		{"named columns", "| Vaihe | Kuvaus |\n|---|---|\n| 1 | 2 |\n", nil, ""},
		{"empty first column", "|  | Syksy |\n|---|---|\n| Tehtävä | 1 |\n",
			[]string{"content/x.md:4:2: error: table header cell of column 1 is empty"},
			"name what the rows are, e.g. | Vaihe | Syksy | Kevät |"},
		{"two empty columns", "Teksti.\n\n| A | | |\n|---|---|---|\n",
			[]string{
				"content/x.md:6:6: error: table header cell of column 2 is empty",
				"content/x.md:6:8: error: table header cell of column 3 is empty",
			},
			"write the column's name in the header row"},
		{"decorative image names nothing", "| A | ![-](v.png) |\n|---|---|\n",
			[]string{"content/x.md:4:6: error: table header cell of column 2 is empty"}, ""},
		{"image alt names a column", "| A | ![Tila](v.png) |\n|---|---|\n", nil, ""},
		{"no header at all", "| | |\n|---|---|\n| a | b |\n",
			[]string{"content/x.md:4:1: error: table has no header: every cell of its first row is empty"},
			"the first row names the columns: write a name in each of its cells, e.g. | Vaihe | Kuvaus |"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := tables(page(tt.body, noLimits))
			ds.Sort()
			got := lines(ds)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("body %q:\ngot  %q\nwant %q", tt.body, got, tt.want)
			}
			if tt.hint != "" && (len(ds) == 0 || ds[0].Hint != tt.hint) {
				t.Errorf("body %q: got %v, want first hint %q", tt.body, ds, tt.hint)
			}
		})
	}
}

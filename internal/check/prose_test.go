package check

import (
	"strings"
	"testing"

	"github.com/osaamo/osaamo/internal/config"
	"github.com/osaamo/osaamo/internal/content"
	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/markdown"
	"github.com/osaamo/osaamo/internal/site"
)

// page makes a site of one page whose file is front matter of three lines
// and then body, checked with the given limits.
func page(body string, limits config.Checks) *site.Site {
	src := "---\ntitle: X\n---\n" + body
	parsed, _ := markdown.Parse("content/x.md", []byte(body), 4, markdown.Options{})
	doc := &content.Doc{Path: "x.md", File: "content/x.md", Body: []byte(body), BodyLine: 4, Source: []byte(src)}
	return &site.Site{
		Config: &config.Config{Check: limits},
		Pages:  []*site.Page{{Kind: "page", Doc: doc, Parsed: parsed}},
	}
}

// noLimits turns the plain-language hints off.
var noLimits = config.Checks{}

// lines formats diagnostics as "file:line:col: severity: message".
func lines(ds diag.List) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Pos()+": "+d.Severity.String()+": "+d.Message)
	}
	return out
}

func TestProse(t *testing.T) {
	long := "Sana " + strings.Repeat("sana ", 28) + "loppu."       // one sentence of 30 words
	para := strings.Repeat("Tämä on lyhyt virke. ", 31) + "Loppu." // 125 words, short sentences
	defaults := config.Checks{MaxSentenceWords: config.DefaultMaxSentenceWords, MaxParagraphWords: config.DefaultMaxParagraphWords}
	tests := []struct {
		name   string
		body   string
		limits config.Checks
		want   []string
	}{
		{"short text", "Lyhyt virke. Toinen virke.", defaults, nil},
		{"long sentence", "Alku.\n\nEnsin lyhyt. " + long, defaults,
			[]string{"content/x.md:6:14: warning: sentence has 30 words, more than the limit of 25"}},
		{"long paragraph", para, defaults,
			[]string{"content/x.md:4:1: warning: paragraph has 125 words, more than the limit of 120"}},
		{"both", long + " " + para, defaults, []string{
			"content/x.md:4:1: warning: paragraph has 155 words, more than the limit of 120",
			"content/x.md:4:1: warning: sentence has 30 words, more than the limit of 25",
		}},
		{"exactly at the limit", "Sana " + strings.Repeat("sana ", 23) + "loppu.", defaults, nil},
		{"lower limits", "Yksi kaksi kolme. Neljä viisi.", config.Checks{MaxSentenceWords: 2, MaxParagraphWords: 4}, []string{
			"content/x.md:4:1: warning: paragraph has 5 words, more than the limit of 4",
			"content/x.md:4:1: warning: sentence has 3 words, more than the limit of 2",
		}},
		{"sentence hint off", long, config.Checks{MaxParagraphWords: 120}, nil},
		{"paragraph hint off", para, config.Checks{MaxSentenceWords: 25}, nil},
		{"headings, tables and code do not count", "## " + long + "\n\n| " + long + " |\n|---|\n\n```\n" + long + "\n```\n", defaults, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := prose(page(tt.body, tt.limits))
			ds.Sort()
			got := lines(ds)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("body %q:\ngot  %q\nwant %q", tt.body, got, tt.want)
			}
			for _, d := range ds {
				if d.Severity != diag.Warning || d.Hint == "" || d.Source == "" {
					t.Errorf("%s: severity %s, hint %q, source %q; want a warning with hint and source line", d.Pos(), d.Severity, d.Hint, d.Source)
				}
			}
		})
	}
}

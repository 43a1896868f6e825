package markdown

import (
	"bytes"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// cssRule matches one rule of HighlightCSS: selector and declarations.
var cssRule = regexp.MustCompile(`^\s*([^{}@/]+?)\s*\{\s*(.*?)\s*\}$`)

// parseCSS returns the rules of the light part and the dark part of the
// stylesheet, each as selector → property → value.
func parseCSS(t *testing.T, css string) (light, dark map[string]map[string]string) {
	t.Helper()
	light, dark = map[string]map[string]string{}, map[string]map[string]string{}
	cur := light
	for _, line := range strings.Split(strings.TrimSpace(css), "\n") {
		switch {
		case strings.HasPrefix(line, "/*"):
		case line == "@media (prefers-color-scheme: dark) {":
			cur = dark
		case line == "}":
			cur = light
		default:
			m := cssRule.FindStringSubmatch(line)
			if m == nil {
				t.Fatalf("unexpected line in HighlightCSS: %q", line)
			}
			decls := map[string]string{}
			for _, d := range strings.Split(strings.TrimSuffix(m[2], ";"), ";") {
				prop, val, _ := strings.Cut(d, ":")
				decls[strings.TrimSpace(prop)] = strings.TrimSpace(val)
			}
			cur[m[1]] = decls
		}
	}
	return light, dark
}

func TestHighlightCSS(t *testing.T) {
	css := string(HighlightCSS())
	if !bytes.Equal(HighlightCSS(), []byte(css)) {
		t.Error("HighlightCSS gave different bytes on a second call")
	}
	light, dark := parseCSS(t, css)
	if len(light) < 5 || len(dark) < 5 {
		t.Fatalf("got %d light and %d dark rules, want a full style for each:\n%s", len(light), len(dark), css)
	}
	for name, rules := range map[string]map[string]map[string]string{"light": light, "dark": dark} {
		base := rules[".chroma"]
		if base == nil {
			t.Fatalf("%s: no .chroma rule", name)
		}
		for sel, decls := range rules {
			if sel != ".chroma" && !strings.HasPrefix(sel, ".chroma .") {
				t.Errorf("%s: selector %q is not scoped under .chroma", name, sel)
			}
			bg := decls["background-color"]
			if bg == "" || bg == "transparent" {
				bg = base["background-color"]
			}
			fg := decls["color"]
			if r := contrast(t, fg, bg); r < 4.5 {
				t.Errorf("%s: %s has contrast %.2f (%s on %s), want at least 4.5", name, sel, r, fg, bg)
			}
		}
	}
	// Dark rules come after light ones and must override every one of them,
	// or a light colour would show on the dark background.
	for sel := range light {
		if dark[sel] == nil {
			t.Errorf("dark part lacks %s, so its light colour would leak into dark mode", sel)
		}
	}
}

// contrast returns the WCAG contrast ratio of two "#rrggbb" colours.
func contrast(t *testing.T, a, b string) float64 {
	la, lb := luminance(t, a), luminance(t, b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(t *testing.T, hex string) float64 {
	t.Helper()
	if len(hex) != 7 || hex[0] != '#' {
		t.Fatalf("colour %q is not #rrggbb", hex)
	}
	var ch [3]float64
	for i := range ch {
		v, err := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		if err != nil {
			t.Fatalf("colour %q: %v", hex, err)
		}
		c := float64(v) / 255
		if c <= 0.03928 {
			ch[i] = c / 12.92
		} else {
			ch[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*ch[0] + 0.7152*ch[1] + 0.0722*ch[2]
}

// TestHighlight checks the code blocks chroma writes: wrapped in a focusable
// pre.chroma, coloured by class, never by inline style.
func TestHighlight(t *testing.T) {
	tests := []struct{ name, lang, code, want string }{
		{"go keyword", "go", "package main\n", `<span class="kn">package</span>`},
		{"yaml key", "yaml", "title: x\n", `<span class="nt">title</span>`},
		{"unknown language is plain", "ei-kieli", "<b>\n", `<span class="cl">&lt;b&gt;`},
		{"no language is plain", "", "a & b\n", `<span class="cl">a &amp; b`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(highlight(tt.code, tt.lang))
			if !strings.HasPrefix(got, `<pre class="chroma" tabindex="0"><code>`) || !strings.HasSuffix(got, "</code></pre>") {
				t.Errorf("highlight(%q, %q) = %q, want it wrapped in a focusable pre.chroma", tt.code, tt.lang, got)
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("highlight(%q, %q) = %q, want it to contain %q", tt.code, tt.lang, got, tt.want)
			}
			if strings.Contains(got, "style=") {
				t.Errorf("highlight(%q, %q) = %q, want no inline style", tt.code, tt.lang, got)
			}
		})
	}
}

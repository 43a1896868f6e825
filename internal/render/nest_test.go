package render

import "testing"

func TestNest(t *testing.T) {
	tests := []struct {
		name, in, want string
		shift          int
	}{
		{"heading down, id prefixed", `<h2 id="tausta">Tausta</h2>`, `<h3 id="osa--1--tausta">Tausta</h3>`, 1},
		{"h1 and closing tags", `<h1 id="title">T</h1><p>x</p>`, `<h2 id="osa--1--title">T</h2><p>x</p>`, 1},
		{"h6 stays h6", `<h6 id="a">A</h6>`, `<h6 id="osa--1--a">A</h6>`, 1},
		{"no shift", `<h2 id="a">A</h2>`, `<h2 id="osa--1--a">A</h2>`, 0},
		{"fragment link to own id", `<h2 id="a">A</h2><a href="#a">x</a>`, `<h3 id="osa--1--a">A</h3><a href="#osa--1--a">x</a>`, 1},
		{"fragment link to another part stays", `<a href="#osa--2--b">x</a><a href="#osa--2">y</a>`, `<a href="#osa--2--b">x</a><a href="#osa--2">y</a>`, 1},
		{"footnotes", `<sup id="fnref:1"><a href="#fn:1">1</a></sup><li id="fn:1"><a href="#fnref:1">↩</a></li>`,
			`<sup id="osa--1--fnref:1"><a href="#osa--1--fn:1">1</a></sup><li id="osa--1--fn:1"><a href="#osa--1--fnref:1">↩</a></li>`, 1},
		{"aria references, several ids", `<p id="t">T</p><p id="c">C</p><div role="region" aria-labelledby="t c">`,
			`<p id="osa--1--t">T</p><p id="osa--1--c">C</p><div role="region" aria-labelledby="osa--1--t osa--1--c">`, 1},
		{"header and hr are not headings", `<header class="h"><hr></header>`, `<header class="h"><hr></header>`, 1},
		{"text that looks like markup is escaped", `<p>&lt;h2 id=&quot;x&quot;&gt;</p>`, `<p>&lt;h2 id=&quot;x&quot;&gt;</p>`, 1},
		{"external link kept", `<a href="https://example.fi/#a">x</a>`, `<a href="https://example.fi/#a">x</a>`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(Nest([]byte(tt.in), "osa--1", tt.shift)); got != tt.want {
				t.Errorf("Nest(%q)\ngot  %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestUnlink(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"marked link loses its element", `<p>Katso <a href="osaamo-unlinked:">teema <em>x</em></a>.</p>`, `<p>Katso teema <em>x</em>.</p>`},
		{"with a title", `<a href="osaamo-unlinked:" title="T">a</a> <a href="b.html">b</a>`, `a <a href="b.html">b</a>`},
		{"nothing marked", `<a href="b.html">b</a>`, `<a href="b.html">b</a>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(unlink([]byte(tt.in))); got != tt.want {
				t.Errorf("unlink(%q)\ngot  %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestISOHours(t *testing.T) {
	tests := []struct {
		h    float64
		want string
	}{
		{8, "PT8H"}, {7.5, "PT7H30M"}, {0.25, "PT15M"}, {135, "PT135H"}, {0, ""},
	}
	for _, tt := range tests {
		if got := isoHours(tt.h); got != tt.want {
			t.Errorf("isoHours(%g) = %q, want %q", tt.h, got, tt.want)
		}
	}
}

func TestNameAsides(t *testing.T) {
	in := `<aside class="callout callout-pohdittavaa" aria-labelledby="osa--1--callout-2"><p id="osa--1--callout-2">Pohdittavaa</p></aside>`
	want := `<aside class="callout callout-pohdittavaa" aria-labelledby="osa--1--callout-2 osa--1--title"><p id="osa--1--callout-2">Pohdittavaa</p></aside>`
	if got := string(nameAsides([]byte(in), "osa--1--title")); got != want {
		t.Errorf("nameAsides\ngot  %s\nwant %s", got, want)
	}
}

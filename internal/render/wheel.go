package render

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"sort"
	"strings"

	"github.com/osaamo/osaamo/internal/site"
)

// Wheel draws the monthly themes as an annual wheel (vuosikello): twelve
// month segments, one ring per year from the inside out. Every segment
// with a theme is a focusable link named by its month and title; the
// drawing has a title and a description, and the page shows the same
// content as a list, so nothing depends on seeing the picture.
func (d *Data) Wheel() template.HTML {
	byMonth := map[string]*site.Page{}
	years := map[string]bool{}
	for _, p := range d.Site.Pages {
		if p.Doc == nil || p.Doc.Theme == nil {
			continue
		}
		m := string(p.Doc.Theme.Month)
		if _, taken := byMonth[m]; !taken {
			byMonth[m] = p
		}
		years[m[:4]] = true
	}
	if len(byMonth) == 0 {
		return ""
	}
	var ys []string
	for y := range years {
		ys = append(ys, y)
	}
	sort.Strings(ys)
	const c, inner, outer = 200.0, 78.0, 192.0
	ring := (outer - inner) / float64(len(ys))
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="wheel" viewBox="0 0 400 400" role="group" aria-labelledby="wheel-title" aria-describedby="wheel-desc">`)
	fmt.Fprintf(&b, `<title id="wheel-title">%s</title>`, html.EscapeString(d.T("wheel_title")))
	fmt.Fprintf(&b, `<desc id="wheel-desc">%s</desc>`, html.EscapeString(fmt.Sprintf(d.T("wheel_desc"), strings.Join(ys, "–"))))
	for yi, y := range ys {
		r0, r1 := inner+float64(yi)*ring, inner+float64(yi+1)*ring
		for m := 1; m <= 12; m++ {
			a0 := (float64(m-1)/12)*2*math.Pi - math.Pi/2
			a1 := (float64(m)/12)*2*math.Pi - math.Pi/2
			path := segment(c, r0, r1, a0+0.01, a1-0.01)
			p, ok := byMonth[fmt.Sprintf("%s-%02d", y, m)]
			if !ok {
				fmt.Fprintf(&b, `<path class="wheel-empty" d="%s" aria-hidden="true"/>`, path)
				continue
			}
			label := finnishMonth(string(p.Doc.Theme.Month)) + ": " + p.Title
			fmt.Fprintf(&b, `<a href="%s" aria-label="%s"><path class="wheel-seg wheel-year-%d" d="%s"/></a>`,
				html.EscapeString(d.URL(p)), html.EscapeString(label), yi%2, path)
		}
	}
	for m := 1; m <= 12; m++ {
		a := ((float64(m)-0.5)/12)*2*math.Pi - math.Pi/2
		x, y := c+(inner-16)*math.Cos(a), c+(inner-16)*math.Sin(a)
		fmt.Fprintf(&b, `<text class="wheel-month" x="%.1f" y="%.1f" aria-hidden="true">%d</text>`, x, y+4, m)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// segment returns the SVG path of a ring segment between radii r0 < r1
// and angles a0 < a1 (radians, clockwise from the x axis).
func segment(c, r0, r1, a0, a1 float64) string {
	pt := func(r, a float64) string { return fmt.Sprintf("%.2f %.2f", c+r*math.Cos(a), c+r*math.Sin(a)) }
	return fmt.Sprintf("M%s A%.2f %.2f 0 0 1 %s L%s A%.2f %.2f 0 0 0 %sZ",
		pt(r1, a0), r1, r1, pt(r1, a1), pt(r0, a1), r0, r0, pt(r0, a0))
}

// ThemesByYear groups the monthly themes by year, in month order, for the
// list that accompanies the wheel.
func (d *Data) ThemesByYear() []Letter {
	var out []Letter
	var themes []*site.Page
	for _, p := range d.Site.Pages {
		if p.Doc != nil && p.Doc.Theme != nil {
			themes = append(themes, p)
		}
	}
	sort.SliceStable(themes, func(i, j int) bool { return themes[i].Doc.Theme.Month < themes[j].Doc.Theme.Month })
	for _, p := range themes {
		y := string(p.Doc.Theme.Month)[:4]
		if len(out) == 0 || out[len(out)-1].Letter != y {
			out = append(out, Letter{Letter: y, Anchor: "vuosi-" + y})
		}
		out[len(out)-1].Pages = append(out[len(out)-1].Pages, p)
	}
	return out
}

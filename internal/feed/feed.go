// Package feed writes what crawlers and feed readers need from a public
// target: sitemap.xml, an Atom feed of the newest material and robots.txt.
// Both need absolute URLs, so they exist only when the target declares its
// base_url; a noindex target (an intranet) gets a robots.txt that turns
// crawlers away and nothing else. Nothing here reads the clock: the feed's
// updated time is its newest entry's date.
package feed

import (
	"bytes"
	"encoding/xml"
	"sort"
	"strings"

	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/site"
)

// maxEntries is how many of the newest pages the feed carries.
const maxEntries = 30

// Files returns sitemap.xml, feed.xml and robots.txt for s's target.
func Files(s *site.Site) output.Files {
	t := s.Target
	if t.Noindex {
		return output.Files{"robots.txt": []byte("User-agent: *\nDisallow: /\n")}
	}
	if t.BaseURL == "" {
		return nil
	}
	base := strings.TrimSuffix(t.BaseURL, "/") + "/"
	return output.Files{
		"sitemap.xml": sitemap(s, base),
		"feed.xml":    atom(s, base),
		"robots.txt":  []byte("User-agent: *\nAllow: /\nSitemap: " + base + "sitemap.xml\n"),
	}
}

// Enabled reports whether Files writes a feed for s's target.
func Enabled(s *site.Site) bool { return !s.Target.Noindex && s.Target.BaseURL != "" }

// date returns a page's date, YYYY-MM-DD, from its front matter or, for a
// theme, the first day of its month.
func date(p *site.Page) string {
	if p.Doc == nil {
		return ""
	}
	if p.Doc.Meta.Date != "" {
		return string(p.Doc.Meta.Date)
	}
	if p.Doc.Theme != nil {
		return string(p.Doc.Theme.Month) + "-01"
	}
	return ""
}

func sitemap(s *site.Site, base string) []byte {
	type url struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod,omitempty"`
	}
	var doc struct {
		XMLName xml.Name `xml:"urlset"`
		NS      string   `xml:"xmlns,attr"`
		URLs    []url    `xml:"url"`
	}
	doc.NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
	for _, p := range s.Pages {
		if p.Kind == "404" || p.Kind == "search" {
			continue
		}
		doc.URLs = append(doc.URLs, url{Loc: base + p.URL, LastMod: date(p)})
	}
	return marshal(doc)
}

func atom(s *site.Site, base string) []byte {
	type link struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr,omitempty"`
	}
	type entry struct {
		Title   string `xml:"title"`
		Link    link   `xml:"link"`
		ID      string `xml:"id"`
		Updated string `xml:"updated"`
		Summary string `xml:"summary,omitempty"`
	}
	var doc struct {
		XMLName xml.Name `xml:"feed"`
		NS      string   `xml:"xmlns,attr"`
		Lang    string   `xml:"xml:lang,attr"`
		Title   string   `xml:"title"`
		Links   []link   `xml:"link"`
		ID      string   `xml:"id"`
		Updated string   `xml:"updated"`
		Author  string   `xml:"author>name"`
		Entries []entry  `xml:"entry"`
	}
	var dated []*site.Page
	for _, p := range s.Pages {
		if date(p) != "" && p.Kind != "home" {
			dated = append(dated, p)
		}
	}
	sort.SliceStable(dated, func(i, j int) bool {
		if date(dated[i]) != date(dated[j]) {
			return date(dated[i]) > date(dated[j])
		}
		return dated[i].Out < dated[j].Out
	})
	if len(dated) > maxEntries {
		dated = dated[:maxEntries]
	}
	doc.NS = "http://www.w3.org/2005/Atom"
	doc.Lang = s.Config.Language
	doc.Title = s.Config.Title
	doc.Links = []link{{Href: base + "feed.xml", Rel: "self"}, {Href: base}}
	doc.ID = base
	doc.Author = s.Config.Author
	if doc.Author == "" {
		doc.Author = s.Config.Title
	}
	doc.Updated = "2000-01-01T00:00:00Z"
	if len(dated) > 0 {
		doc.Updated = date(dated[0]) + "T00:00:00Z"
	}
	for _, p := range dated {
		doc.Entries = append(doc.Entries, entry{Title: p.Title, Link: link{Href: base + p.URL}, ID: base + p.URL,
			Updated: date(p) + "T00:00:00Z", Summary: p.Summary})
	}
	return marshal(doc)
}

func marshal(v any) []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		panic("feed: " + err.Error()) // only fixed struct types are encoded
	}
	b.WriteByte('\n')
	return b.Bytes()
}

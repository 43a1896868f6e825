package export

import (
	"encoding/xml"
	"fmt"
	"net/url"
	"strings"

	"github.com/osaamo/osaamo/internal/licence"
	"github.com/osaamo/osaamo/internal/render"
	"github.com/osaamo/osaamo/internal/site"
	"github.com/osaamo/osaamo/internal/theme"
)

// The namespaces and schema locations of IMS Common Cartridge 1.1, as
// Moodle's own CC 1.1 export writes them.
const (
	nsCP      = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
	nsLOM     = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest"
	nsLOMRes  = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource"
	nsWL      = "http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1"
	nsXSI     = "http://www.w3.org/2001/XMLSchema-instance"
	xsdCP     = "http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd"
	xsdLOM    = "http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd"
	xsdLOMRes = "http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lomresource_v1p0.xsd"
	xsdWL     = "http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imswl_v1p1.xsd"
)

// Manifest is the name of the cartridge's manifest, at its root.
const Manifest = "imsmanifest.xml"

// Cartridge packs the course as an IMS Common Cartridge 1.1 for Moodle and
// other learning platforms. The organization's root item holds the
// course's overview first — Moodle makes the first child its general
// section — then one item per reusable module, in module order, with the
// module's standalone page and its readings that have a web address as
// web links. Pages are under sivut/, assets under media/ and the shared
// stylesheet at the root, in one webcontent resource the pages depend on.
// The manifest declares the CP namespace as its default namespace in its
// first bytes, where Moodle looks for it, and has no <authorizations>.
func Cartridge(s *site.Site, th *theme.Theme, pl render.Plan, css []byte, opts render.Options) ([]byte, error) {
	course := pl.Course
	modules := reusable(s, pl.Modules)
	pk := newPack(s, th, opts)
	pages := append([]*site.Page{course}, modules...)
	for _, p := range pages {
		pk.local[p.Out] = "sivut/" + slugOf(p) + "/index.html"
	}
	var shared []string
	seen := map[string]bool{}
	for _, p := range pages {
		for _, a := range assetsOf(s, p) {
			if data, ok := opts.Assets[a]; ok && !seen[a] {
				seen[a] = true
				pk.files["media/"+a] = data
				pk.local[a] = "media/" + a
				shared = append(shared, "media/"+a)
			}
		}
	}
	for _, p := range pages {
		if err := pk.page(p, pk.local[p.Out], Stylesheet); err != nil {
			return nil, err
		}
	}
	pk.files[Stylesheet] = css

	lang := s.Config.Language
	if course.Doc.Course != nil && course.Doc.Course.Language != "" {
		lang = course.Doc.Course.Language
	}
	m := &manifest{lang: lang}
	m.item(1, "I_COURSE", "R_COURSE", course.Title)
	m.page("R_COURSE", pk.local[course.Out])
	for _, mod := range modules {
		id := fmt.Sprintf("M%02d", mod.Doc.Module.Order)
		m.item(1, "I_"+id, "", fmt.Sprintf("%s %d. %s", th.T(lang, "module"), mod.Doc.Module.Order, mod.Title))
		m.item(2, "I_"+id+"_PAGE", "R_"+id, mod.Title)
		m.page("R_"+id, pk.local[mod.Out])
		for j, r := range mod.Doc.Module.Readings {
			href := webAddress(s, mod, r.Href)
			if href == "" {
				continue // in the module's page as text; it has no address outside the site
			}
			wl := fmt.Sprintf("R_%s_WL%02d", id, j+1)
			file := "weblinks/" + wl + ".xml"
			pk.files[file] = webLink(r.Title, href)
			m.item(2, fmt.Sprintf("I_%s_WL%02d", id, j+1), wl, r.Title)
			m.resource(wl, "imswl_xmlv1p1", "", []string{file}, "")
		}
	}
	pk.files[Manifest] = m.bytes(s, course, append([]string{Stylesheet}, shared...))
	return Zip(pk.files)
}

// webAddress returns the absolute web address a reading of module mod
// points to, or "": an https:// address as written, a publication's own
// address, or a page under the target's base_url.
func webAddress(s *site.Site, mod *site.Page, target string) string {
	if u, err := url.Parse(target); err == nil && u.Scheme != "" {
		if u.Scheme == "http" || u.Scheme == "https" {
			return target
		}
		return ""
	}
	l := &render.Linker{Site: s, Here: mod.Out, Packaged: true}
	href, ok := l.Resolve(mod.Doc.Path, target)
	if ok && (strings.HasPrefix(href, "https://") || strings.HasPrefix(href, "http://")) {
		return href
	}
	return ""
}

// webLink is a web link descriptor (imswl_xmlv1p1).
func webLink(title, href string) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(&b, `<webLink xmlns="%s" xmlns:xsi="%s" xsi:schemaLocation="%s %s">`+"\n", nsWL, nsXSI, nsWL, xsdWL)
	fmt.Fprintf(&b, "  <title>%s</title>\n", esc(title))
	fmt.Fprintf(&b, `  <url href="%s" target="_blank"/>`+"\n", esc(href))
	b.WriteString("</webLink>\n")
	return []byte(b.String())
}

// manifest collects the organization's items and the resources.
type manifest struct {
	lang      string
	items     strings.Builder
	open      int // depth of the item left open for children
	resources strings.Builder
}

// item adds an organization item at depth (1 for a child of the root),
// closing the items above it that are done. ref is a resource id, or ""
// for a section heading.
func (m *manifest) item(depth int, id, ref, title string) {
	for m.open >= depth {
		fmt.Fprintf(&m.items, "%s</item>\n", indent(3+m.open))
		m.open--
	}
	fmt.Fprintf(&m.items, `%s<item identifier="%s"`, indent(3+depth), id)
	if ref != "" {
		fmt.Fprintf(&m.items, ` identifierref="%s"`, ref)
	}
	fmt.Fprintf(&m.items, ">\n%s<title>%s</title>\n", indent(4+depth), esc(title))
	m.open = depth
}

// page adds a webcontent resource for the standalone page at href.
func (m *manifest) page(id, href string) {
	m.resource(id, "webcontent", href, []string{href}, "R_SHARED")
}

func (m *manifest) resource(id, typ, href string, files []string, dep string) {
	fmt.Fprintf(&m.resources, `    <resource identifier="%s" type="%s"`, id, typ)
	if href != "" {
		fmt.Fprintf(&m.resources, ` href="%s"`, esc(href))
	}
	m.resources.WriteString(">\n")
	for _, f := range files {
		fmt.Fprintf(&m.resources, "      <file href=\"%s\"/>\n", esc(f))
	}
	if dep != "" {
		fmt.Fprintf(&m.resources, "      <dependency identifierref=\"%s\"/>\n", dep)
	}
	m.resources.WriteString("    </resource>\n")
}

// bytes writes imsmanifest.xml. shared are the files every page uses.
func (m *manifest) bytes(s *site.Site, course *site.Page, shared []string) []byte {
	for m.open > 0 {
		fmt.Fprintf(&m.items, "%s</item>\n", indent(3+m.open))
		m.open--
	}
	l := render.LicenceOf(s, course)
	w := render.WorkOf(s, course)
	desc := course.Summary
	if desc == "" {
		desc = s.Config.Description
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	// The default namespace comes first: Moodle recognises CC 1.1 by it,
	// reading only the first 500 bytes.
	fmt.Fprintf(&b, `<manifest xmlns="%s" xmlns:lomimscc="%s" xmlns:lom="%s" xmlns:xsi="%s" identifier="%s" xsi:schemaLocation="%s %s %s %s %s %s">`+"\n",
		nsCP, nsLOM, nsLOMRes, nsXSI, "M_"+ncName(slugOf(course)), nsCP, xsdCP, nsLOM, xsdLOM, nsLOMRes, xsdLOMRes)
	b.WriteString("  <metadata>\n    <schema>IMS Common Cartridge</schema>\n    <schemaversion>1.1.0</schemaversion>\n")
	b.WriteString("    <lomimscc:lom>\n      <lomimscc:general>\n")
	fmt.Fprintf(&b, "        <lomimscc:title>\n          <lomimscc:string language=\"%s\">%s</lomimscc:string>\n        </lomimscc:title>\n", esc(m.lang), esc(course.Title))
	fmt.Fprintf(&b, "        <lomimscc:language>%s</lomimscc:language>\n", esc(m.lang))
	if desc != "" {
		fmt.Fprintf(&b, "        <lomimscc:description>\n          <lomimscc:string language=\"%s\">%s</lomimscc:string>\n        </lomimscc:description>\n", esc(m.lang), esc(desc))
	}
	for _, k := range keywords(course) {
		fmt.Fprintf(&b, "        <lomimscc:keyword>\n          <lomimscc:string language=\"%s\">%s</lomimscc:string>\n        </lomimscc:keyword>\n", esc(m.lang), esc(k))
	}
	b.WriteString("      </lomimscc:general>\n")
	if len(w.Authors) > 0 {
		b.WriteString("      <lomimscc:lifeCycle>\n")
		for _, a := range w.Authors {
			b.WriteString("        <lomimscc:contribute>\n          <lomimscc:role>\n            <lomimscc:value>author</lomimscc:value>\n          </lomimscc:role>\n")
			fmt.Fprintf(&b, "          <lomimscc:entity>%s</lomimscc:entity>\n", esc(a))
			if date := string(course.Doc.Meta.Date); date != "" {
				fmt.Fprintf(&b, "          <lomimscc:date>\n            <lomimscc:dateTime>%s</lomimscc:dateTime>\n          </lomimscc:date>\n", date)
			}
			b.WriteString("        </lomimscc:contribute>\n")
		}
		b.WriteString("      </lomimscc:lifeCycle>\n")
	}
	rights := l.Short + " – " + l.NameFi
	if l.Deed != "" {
		rights += ", " + l.Deed
	}
	rights += ". " + licence.Attribution(w)
	b.WriteString("      <lomimscc:rights>\n        <lomimscc:copyrightAndOtherRestrictions>\n          <lomimscc:value>yes</lomimscc:value>\n        </lomimscc:copyrightAndOtherRestrictions>\n")
	fmt.Fprintf(&b, "        <lomimscc:description>\n          <lomimscc:string language=\"%s\">%s</lomimscc:string>\n        </lomimscc:description>\n      </lomimscc:rights>\n", esc(m.lang), esc(rights))
	b.WriteString("    </lomimscc:lom>\n  </metadata>\n")
	b.WriteString("  <organizations>\n    <organization identifier=\"ORG_1\" structure=\"rooted-hierarchy\">\n      <item identifier=\"I_ROOT\">\n")
	b.WriteString(m.items.String())
	b.WriteString("      </item>\n    </organization>\n  </organizations>\n  <resources>\n")
	fmt.Fprintf(&b, "    <resource identifier=\"R_SHARED\" type=\"webcontent\">\n")
	for _, f := range shared {
		fmt.Fprintf(&b, "      <file href=\"%s\"/>\n", esc(f))
	}
	b.WriteString("    </resource>\n")
	b.WriteString(m.resources.String())
	b.WriteString("  </resources>\n</manifest>\n")
	return []byte(b.String())
}

// keywords are the labels of the course's taxonomy terms and its tags,
// each once.
func keywords(p *site.Page) []string {
	var out []string
	seen := map[string]bool{}
	add := func(k string) {
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for _, g := range p.Terms {
		for _, t := range g.Terms {
			add(t.Label)
		}
	}
	for _, k := range p.Doc.Meta.Tags {
		add(k)
	}
	return out
}

func indent(n int) string { return strings.Repeat("  ", n) }

// esc escapes s for XML text and attribute values.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder does not fail
	return b.String()
}

// ncName turns s into an XML NCName (what xs:ID allows): letters, digits,
// "_", "-" and "."; not starting with a digit, "-" or ".".
func ncName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '-', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	out := b.String()
	if out == "" || !(out[0] >= 'a' && out[0] <= 'z' || out[0] >= 'A' && out[0] <= 'Z' || out[0] == '_') {
		out = "_" + out
	}
	return out
}

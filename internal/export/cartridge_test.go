package export_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/osaamo/osaamo/internal/build"
	"github.com/osaamo/osaamo/internal/export"
	"github.com/osaamo/osaamo/internal/render"
	"github.com/osaamo/osaamo/internal/testsite"
)

// schemas finds xmllint and the IMS CC 1.1 schemas (shared/ beside the
// repository). Without them the test skips, except when CI=true: CI must
// prove the cartridge valid, not skip it.
func schemas(t *testing.T) (xmllint, dir string) {
	t.Helper()
	dir = filepath.Join(testsite.Root(), "..", "shared", "schemas", "imscc11")
	var missing []string
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		missing = append(missing, "xmllint (apt-get install libxml2-utils)")
	}
	if _, err := os.Stat(filepath.Join(dir, "ccv1p1_imscp_v1p2_v1p0.xsd")); err != nil {
		missing = append(missing, "the CC 1.1 schemas in "+dir)
	}
	if len(missing) > 0 {
		msg := "validating the cartridge needs " + strings.Join(missing, " and ")
		if os.Getenv("CI") == "true" {
			t.Fatal(msg + ", and CI=true")
		}
		t.Skip(msg + ": skipping")
	}
	return xmllint, dir
}

// validate runs xmllint on data against schema; the exit status, not the
// text, tells valid (0) from invalid.
func validate(t *testing.T, xmllint, schema, name string, data []byte) {
	t.Helper()
	file := filepath.Join(t.TempDir(), filepath.Base(name))
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", schema, file).CombinedOutput()
	if err != nil {
		t.Errorf("%s does not validate against %s (%v):\n%s", name, filepath.Base(schema), err, out)
	}
}

// manifest is the part of imsmanifest.xml the checks read.
type manifest struct {
	Identifier string `xml:"identifier,attr"`
	Metadata   struct {
		Schema        string `xml:"schema"`
		SchemaVersion string `xml:"schemaversion"`
		LOM           struct {
			Title       string `xml:"general>title>string"`
			Description string `xml:"general>description>string"`
			Language    string `xml:"general>language"`
			Rights      string `xml:"rights>description>string"`
		} `xml:"lom"`
	} `xml:"metadata"`
	Organizations struct {
		Organization []struct {
			Identifier string `xml:"identifier,attr"`
			Structure  string `xml:"structure,attr"`
			Root       []item `xml:"item"`
		} `xml:"organization"`
	} `xml:"organizations"`
	Resources struct {
		Resource []struct {
			Identifier string `xml:"identifier,attr"`
			Type       string `xml:"type,attr"`
			Href       string `xml:"href,attr"`
			Files      []struct {
				Href string `xml:"href,attr"`
			} `xml:"file"`
			Dependencies []struct {
				Ref string `xml:"identifierref,attr"`
			} `xml:"dependency"`
		} `xml:"resource"`
	} `xml:"resources"`
	Authorizations *struct{} `xml:"authorizations"`
}

type item struct {
	Identifier string `xml:"identifier,attr"`
	Ref        string `xml:"identifierref,attr"`
	Title      string `xml:"title"`
	Items      []item `xml:"item"`
}

type webLink struct {
	XMLName xml.Name `xml:"http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1 webLink"`
	Title   string   `xml:"title"`
	URL     struct {
		Href string `xml:"href,attr"`
	} `xml:"url"`
}

var ncName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.-]*$`)

// TestCartridge validates the exported Common Cartridge of the fixture and
// of the shipped course with the CC 1.1 schemas, and checks what the
// schemas do not and Moodle needs: the namespace in the first 500 bytes,
// no authorizations, the overview first and the modules in order, every
// reference resolving, every file present, the web links valid, and pages
// that link only inside the package or to the web.
func TestCartridge(t *testing.T) {
	xmllint, dir := schemas(t)
	for _, tc := range []struct {
		name  string
		res   func(*testing.T) *build.Result
		links int // web links at least
	}{
		{"fixture", func(t *testing.T) *build.Result { return buildFixture(t, nil) }, 1},
		// Without base_url a reading of a page of the site has no web
		// address: it stays in the module's page as text.
		{"fixture without base_url", func(t *testing.T) *build.Result {
			return buildFixture(t, map[string]string{"site.yaml": siteYAML(t, "")})
		}, 0},
		// The shipped readings are publications with their own addresses.
		{"shipped", buildShipped, 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := tc.res(t)
			pl := render.PlanOf(res.Site)
			data := res.Files[render.CartridgePath(pl.Course)]
			files, _ := unzip(t, data)
			mf, ok := files[export.Manifest]
			if !ok {
				t.Fatal("no imsmanifest.xml at the root")
			}
			for name := range files {
				if name != export.Manifest && filepath.Base(name) == export.Manifest {
					t.Errorf("a second manifest at %s", name)
				}
			}
			validate(t, xmllint, filepath.Join(dir, "ccv1p1_imscp_v1p2_v1p0.xsd"), export.Manifest, mf)

			// Moodle lowercases the first 500 bytes, strips whitespace and
			// quotes, and looks for the default namespace.
			head := strings.ToLower(string(mf[:min(500, len(mf))]))
			head = strings.NewReplacer(" ", "", "\n", "", "\t", "", "\r", "", `"`, "", "'", "").Replace(head)
			if !strings.Contains(head, "xmlns=http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1") {
				t.Errorf("the first 500 bytes do not declare the CP namespace as the default:\n%s", mf[:min(500, len(mf))])
			}
			var m manifest
			if err := xml.Unmarshal(mf, &m); err != nil {
				t.Fatalf("parse the manifest: %v", err)
			}
			if m.Authorizations != nil || bytes.Contains(mf, []byte("authorizations")) {
				t.Error("the manifest has authorizations; Moodle refuses protected cartridges")
			}
			if m.Metadata.LOM.Title != pl.Course.Title || m.Metadata.LOM.Language != "fi" || m.Metadata.LOM.Description == "" {
				t.Errorf("LOM title %q, language %q, description %q", m.Metadata.LOM.Title, m.Metadata.LOM.Language, m.Metadata.LOM.Description)
			}
			if !strings.Contains(m.Metadata.LOM.Rights, "CC BY 4.0") || !strings.Contains(m.Metadata.LOM.Rights, "https://creativecommons.org/licenses/by/4.0/deed.fi") {
				t.Errorf("LOM rights %q do not name the licence and its deed", m.Metadata.LOM.Rights)
			}

			// Identifiers: NCNames, unique in the document.
			ids := map[string]int{}
			var walk func(items []item)
			walk = func(items []item) {
				for _, it := range items {
					ids[it.Identifier]++
					walk(it.Items)
				}
			}
			ids[m.Identifier]++
			for _, o := range m.Organizations.Organization {
				ids[o.Identifier]++
				walk(o.Root)
			}
			resources := map[string]bool{}
			for _, r := range m.Resources.Resource {
				ids[r.Identifier]++
				resources[r.Identifier] = true
			}
			for id, n := range ids {
				if !ncName.MatchString(id) || n != 1 {
					t.Errorf("identifier %q: %d times, NCName %v", id, n, ncName.MatchString(id))
				}
			}

			// The organization: one root item; the overview first, then
			// one section per module in module order.
			if len(m.Organizations.Organization) != 1 || len(m.Organizations.Organization[0].Root) != 1 {
				t.Fatal("want one organization with one root item")
			}
			sections := m.Organizations.Organization[0].Root[0].Items
			var got []string
			for _, s := range sections {
				got = append(got, s.Title)
			}
			want := []string{pl.Course.Title}
			for _, mod := range pl.Modules {
				want = append(want, fmt.Sprintf("Moduuli %d. %s", mod.Doc.Module.Order, mod.Title))
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("organization:\n%s\nwant the overview, then the modules in order:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if len(sections) > 0 && sections[0].Ref != "R_COURSE" {
				t.Errorf("the first section refers to %q, want the overview", sections[0].Ref)
			}

			// Every reference names a resource.
			var refs func(items []item)
			refs = func(items []item) {
				for _, it := range items {
					if it.Ref != "" && !resources[it.Ref] {
						t.Errorf("item %s refers to missing resource %q", it.Identifier, it.Ref)
					}
					if it.Title == "" {
						t.Errorf("item %s has no title", it.Identifier)
					}
					refs(it.Items)
				}
			}
			refs(sections)

			// Every resource's files are in the package; its href is one
			// of them (Schematron rule 10b); web links validate.
			links := 0
			for _, r := range m.Resources.Resource {
				hrefs := map[string]bool{}
				for _, f := range r.Files {
					if _, ok := files[f.Href]; !ok {
						t.Errorf("resource %s lists %s, which is not in the package", r.Identifier, f.Href)
					}
					if hrefs[f.Href] {
						t.Errorf("resource %s lists %s twice", r.Identifier, f.Href)
					}
					hrefs[f.Href] = true
				}
				if r.Href != "" && !hrefs[r.Href] {
					t.Errorf("resource %s: href %s is not one of its files", r.Identifier, r.Href)
				}
				for _, d := range r.Dependencies {
					if !resources[d.Ref] {
						t.Errorf("resource %s depends on missing resource %q", r.Identifier, d.Ref)
					}
				}
				switch r.Type {
				case "webcontent":
					if r.Href != "" {
						checkLinksInside(t, "cartridge", files, r.Href)
						checkPage(t, "cartridge "+r.Href, string(files[r.Href]))
					}
				case "imswl_xmlv1p1":
					links++
					if len(r.Files) != 1 {
						t.Fatalf("web link %s has %d files", r.Identifier, len(r.Files))
					}
					wl := files[r.Files[0].Href]
					validate(t, xmllint, filepath.Join(dir, "ccv1p1_imswl_v1p1.xsd"), r.Files[0].Href, wl)
					var w webLink
					if err := xml.Unmarshal(wl, &w); err != nil || w.Title == "" || !strings.HasPrefix(w.URL.Href, "http") {
						t.Errorf("web link %s: %+v, %v", r.Files[0].Href, w, err)
					}
				default:
					t.Errorf("resource %s has type %q", r.Identifier, r.Type)
				}
			}
			if links < tc.links {
				t.Errorf("%d readings became web links, want at least %d", links, tc.links)
			}
			t.Logf("%d bytes, %d files, %d web links", len(data), len(files), links)
		})
	}
}

// TestSchemaCatchesErrors shows that the validation can fail: the README's
// broken example, without its required title, does not validate.
func TestSchemaCatchesErrors(t *testing.T) {
	xmllint, dir := schemas(t)
	cmd := exec.Command(xmllint, "--noout", "--nonet", "--schema", filepath.Join(dir, "ccv1p1_imscp_v1p2_v1p0.xsd"),
		filepath.Join(dir, "example-broken", "imsmanifest.xml"))
	if err := cmd.Run(); err == nil {
		t.Error("the broken example validates; the schema check proves nothing")
	}
}

package browsertest

import (
	"html"
	"net/url"
	"path"
	"regexp"
	"strings"

	"github.com/osaamo/osaamo/internal/output"
)

var (
	linkAttr = regexp.MustCompile(`\s(?:href|src)="([^"]*)"`)
	idAttr   = regexp.MustCompile(`\sid="([^"]*)"`)
)

// linksOnDisk checks, for every HTML page of files, that every relative
// link and asset names a file that exists, as it must for the site to work
// opened from disk: a folder ("x/") would show a file listing there, not
// its index.html. Fragments must name an id on the target page. Links to
// other sites are allowed; a protocol-relative URL is not (it would load
// from another host).
func linksOnDisk(files output.Files) []problem {
	ids := map[string]map[string]bool{}
	idsOf := func(name string) map[string]bool {
		if m, ok := ids[name]; ok {
			return m
		}
		m := map[string]bool{}
		for _, sub := range idAttr.FindAllSubmatch(files[name], -1) {
			m[html.UnescapeString(string(sub[1]))] = true
		}
		ids[name] = m
		return m
	}
	var out []problem
	for _, page := range htmlPages(files) {
		seen := map[string]bool{}
		for _, sub := range linkAttr.FindAllSubmatch(files[page], -1) {
			raw := html.UnescapeString(string(sub[1]))
			if seen[raw] {
				continue
			}
			seen[raw] = true
			report := func(rule, msg string) {
				out = append(out, problem{Page: "file:" + page, Check: "file-link", Rule: rule, Element: raw, Message: msg})
			}
			u, err := url.Parse(raw)
			switch {
			case err != nil:
				report("invalid", err.Error())
				continue
			case strings.HasPrefix(raw, "//"):
				report("foreign-asset", "a protocol-relative URL points to another host")
				continue
			case u.Scheme != "":
				continue // another site, mailto:, data:
			case strings.HasPrefix(u.Path, "/"):
				report("absolute", "a root-relative URL leaves the site's folder on an intranet subpath and from disk")
				continue
			}
			target := page
			if u.Path != "" {
				target = path.Join(path.Dir(page), u.Path)
				if strings.HasSuffix(u.Path, "/") || u.Path == "." || u.Path == ".." {
					report("folder", "points to a folder: opened from disk the browser shows a file listing, not its index.html")
					continue
				}
			}
			if _, ok := files[target]; !ok {
				report("missing", "points to "+target+", which is not in the build")
				continue
			}
			if u.Fragment != "" && strings.HasSuffix(target, ".html") && !idsOf(target)[u.Fragment] {
				report("anchor", "#"+u.Fragment+" is not an id in "+target)
			}
		}
	}
	return out
}

package build

import (
	"regexp"
	"strings"
	"testing"
)

var (
	tagRE        = regexp.MustCompile(`(?is)<([a-z][a-z0-9]*)\b[^>]*>`)
	styleAttrRE  = regexp.MustCompile(`(?is)\sstyle\s*=`)
	srcRE        = regexp.MustCompile(`(?is)\s(?:src|href|srcset|poster|data)\s*=\s*"([^"]*)"`)
	scriptTypeRE = regexp.MustCompile(`(?is)\stype\s*=\s*"application/ld\+json"`)
	handlerRE    = regexp.MustCompile(`(?is)<[a-z][^>]*\son[a-z]+\s*=`)
	cssURLRE     = regexp.MustCompile(`(?is)(?:url\(\s*['"]?|@import\s+['"])\s*((?:https?:)?//)`)
)

// loadingTags are the elements whose src or href makes the browser fetch
// something; <a> only navigates when followed.
var loadingTags = map[string]bool{"script": true, "link": true, "img": true, "iframe": true, "source": true,
	"video": true, "audio": true, "object": true, "embed": true, "track": true, "input": true, "frame": true}

// TestOutputSafety checks every file of the shipped site, for both
// targets, for what the strict CSP and the "no outside requests" promise
// forbid: inline scripts (JSON-LD data excepted), style attributes and
// elements, javascript: URLs, frames, and any resource loaded from another
// host, in HTML and in CSS.
func TestOutputSafety(t *testing.T) {
	for _, target := range []string{"public", "intranet"} {
		res := buildShipped(t, target)
		for _, name := range res.Files.Paths() {
			body := string(res.Files[name])
			switch {
			case strings.HasSuffix(name, ".html"):
				for _, problem := range checkHTML(body) {
					t.Errorf("%s: %s: %s", target, name, problem)
				}
			case strings.HasSuffix(name, ".css"):
				if m := cssURLRE.FindString(body); m != "" {
					t.Errorf("%s: %s: CSS loads from another host: %q", target, name, m)
				}
			}
		}
	}
}

// checkHTML returns what the page does that the strict CSP and the
// no-outside-requests promise forbid.
func checkHTML(body string) []string {
	var out []string
	for _, m := range tagRE.FindAllStringSubmatchIndex(body, -1) {
		tag := body[m[0]:m[1]]
		el := strings.ToLower(body[m[2]:m[3]])
		if styleAttrRE.MatchString(tag) {
			out = append(out, "style attribute in "+tag)
		}
		switch el {
		case "style", "iframe", "frame", "object", "embed":
			out = append(out, "<"+el+"> element is not allowed")
		case "script":
			if !strings.Contains(tag, " src=") && !scriptTypeRE.MatchString(tag) {
				out = append(out, "inline script "+tag)
			}
		}
		for _, a := range srcRE.FindAllStringSubmatch(tag, -1) {
			v := strings.ToLower(strings.TrimSpace(a[1]))
			if strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "vbscript:") {
				out = append(out, "script URL in "+tag)
			}
			if loadingTags[el] && (strings.HasPrefix(v, "http:") || strings.HasPrefix(v, "https:") || strings.HasPrefix(v, "//")) {
				out = append(out, "<"+el+"> loads from another host: "+a[1])
			}
		}
	}
	for _, m := range handlerRE.FindAllString(body, -1) {
		out = append(out, "inline event handler in "+m)
	}
	return out
}

// TestOutputSafetyCatches proves the checks fail on what they forbid.
func TestOutputSafetyCatches(t *testing.T) {
	bad := []string{
		`<p style="color:red">x</p>`,
		`<script>alert(1)</script>`,
		`<link rel="stylesheet" href="https://fonts.example.com/x.css">`,
		`<img src="//cdn.example.com/a.png" alt="a">`,
		`<a href="javascript:alert(1)">x</a>`,
		`<iframe src="video.html"></iframe>`,
		`<button onclick="x()">x</button>`,
	}
	for _, b := range bad {
		if len(checkHTML(b)) == 0 {
			t.Errorf("checkHTML accepted %s", b)
		}
	}
	good := `<script src="../assets/js/osaamo.js" defer></script><script type="application/ld+json">{}</script><a href="https://urn.fi/x">x</a>`
	if p := checkHTML(good); len(p) > 0 {
		t.Errorf("checkHTML rejected %s: %v", good, p)
	}
}

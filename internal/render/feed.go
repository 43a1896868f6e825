package render

import (
	"github.com/osaamo/osaamo/internal/feed"
	"github.com/osaamo/osaamo/internal/site"
)

// FeedURL returns the relative link to the Atom feed, or "" when the
// target has none (no base_url, or noindex).
func (d *Data) FeedURL() string {
	if !feed.Enabled(d.Site) {
		return ""
	}
	return site.Rel(d.Page.Out, "feed.xml")
}

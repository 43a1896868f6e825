package content

import (
	"fmt"
	"net/url"

	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/licence"
)

// Origin is the work a document is adapted from (front matter
// adapted_from); its attribution line then says "muokattu".
type Origin struct {
	Title  string `yaml:"title" required:"true"`
	Author string `yaml:"author"`
	URL    string `yaml:"url"`
}

// validateLicence checks the licence key against the licence table and
// adapted_from's address, so a typo cannot publish material under no
// licence or point its attribution nowhere.
func (c *Common) validateLicence(d *Doc) diag.List {
	var ds diag.List
	if c.Licence != "" {
		if msg, hint := licence.Check(c.Licence); msg != "" {
			ds = append(ds, d.At("licence", msg, hint))
		}
	}
	if o := c.AdaptedFrom; o != nil && o.URL != "" {
		if u, err := url.Parse(o.URL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			ds = append(ds, d.At("adapted_from.url", fmt.Sprintf("adapted_from url %q is not a web address", o.URL),
				"write the original's address in full, e.g. https://www.julkari.fi/…"))
		}
	}
	return ds
}

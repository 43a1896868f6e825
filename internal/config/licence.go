package config

import (
	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/licence"
)

// validateLicence checks the site's default licence against the licence
// table; an unknown key would otherwise publish everything under no licence.
func (c *Config) validateLicence() diag.List {
	if c.Licence == "" {
		return nil
	}
	if msg, hint := licence.Check(c.Licence); msg != "" {
		return diag.List{c.At("licence", msg, hint)}
	}
	return nil
}

package content

// Theme is a monthly theme (kuukausiteema), in teemat/.
type Theme struct {
	Common    `yaml:",inline"`
	Month     Month      `yaml:"month" required:"true"`
	Materials []Material `yaml:"materials"`
}

// Material is a recording, publication or link of a monthly theme.
type Material struct {
	Title      string       `yaml:"title" required:"true"`
	Type       MaterialType `yaml:"type" required:"true"`
	Href       string       `yaml:"href"`
	Duration   string       `yaml:"duration"`
	Visibility Visibility   `yaml:"visibility"`
	Note       string       `yaml:"note"`
}

// MaterialType is video, pdf, link or recording.
type MaterialType string

// ParseScalar implements strict.Scalar.
func (t *MaterialType) ParseScalar(s string) error {
	*t = MaterialType(s)
	return oneOf(s, "video", "pdf", "link", "recording")
}

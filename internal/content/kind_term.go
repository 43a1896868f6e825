package content

// Term is a glossary term (sanasto/).
type Term struct {
	Common     `yaml:",inline"`
	Term       string `yaml:"term" required:"true"`
	Abbr       string `yaml:"abbr"`
	Definition string `yaml:"definition" required:"true"`
}

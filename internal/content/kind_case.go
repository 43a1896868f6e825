package content

// Case is a case description (case-kuvaus), in tapaukset/. Its organisation
// is the taxonomy of the same name, and required here.
type Case struct {
	Common `yaml:",inline"`
	Region string `yaml:"region" required:"true"`
	Year   int    `yaml:"year" required:"true"`
}

package content

// Course is the course page (opintojakso/_index.md).
type Course struct {
	Common           `yaml:",inline"`
	Credits          int          `yaml:"credits" required:"true"`
	Code             string       `yaml:"code" required:"true"`
	EducationalLevel string       `yaml:"educational_level" required:"true"`
	Language         string       `yaml:"language" required:"true"`
	Prerequisites    string       `yaml:"prerequisites"`
	Outcomes         []string     `yaml:"outcomes" required:"true"`
	Assessment       []Assessment `yaml:"assessment" required:"true"`
}

// Assessment is one grade of the course's assessment scale with its criteria.
type Assessment struct {
	Grade    Grade  `yaml:"grade" required:"true"`
	Criteria string `yaml:"criteria" required:"true"`
}

// Grade is a level of the assessment scale.
type Grade string

// ParseScalar implements strict.Scalar.
func (g *Grade) ParseScalar(s string) error {
	*g = Grade(s)
	return oneOf(s, "perehtyva", "suoriutuva", "asiantuntija")
}

// HoursPerCredit is the student workload of one ECTS credit in Finland.
const HoursPerCredit = 27

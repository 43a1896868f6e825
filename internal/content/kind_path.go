package content

// LearningPath is an ordered selection of other content (polut/).
type LearningPath struct {
	Common   `yaml:",inline"`
	Audience string `yaml:"audience" required:"true"`
	Steps    []Step `yaml:"steps" required:"true"`
}

// Step is one step of a learning path: a source path and why it is there.
type Step struct {
	Ref string `yaml:"ref" required:"true"`
	Why string `yaml:"why" required:"true"`
}

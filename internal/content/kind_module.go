package content

import (
	"fmt"
	"math"

	"github.com/osaamo/osaamo/internal/diag"
)

// Module is one module of the course (opintojakso/*.md).
type Module struct {
	Common      `yaml:",inline"`
	Order       int          `yaml:"order" required:"true"`
	Hours       float64      `yaml:"hours" required:"true"`
	Outcomes    []string     `yaml:"outcomes" required:"true"`
	Activities  []Activity   `yaml:"activities" required:"true"`
	Assignments []Assignment `yaml:"assignments"`
	Readings    []Reading    `yaml:"readings"`
}

// Activity is a part of a module's workload.
type Activity struct {
	Type  ActivityType `yaml:"type" required:"true"`
	Title string       `yaml:"title" required:"true"`
	Hours float64      `yaml:"hours" required:"true"`
}

// ActivityType names the form of an activity.
type ActivityType string

// ActivityTypes are the allowed activity types, with their Finnish labels.
var ActivityTypes = map[string]string{
	"webinaari":           "Webinaari",
	"lahipaiva":           "Lähipäivä",
	"lukupiiri":           "Lukupiiri",
	"monivalintatesti":    "Monivalintatesti",
	"yksilotehtava":       "Yksilötehtävä",
	"itsenainen-opiskelu": "Itsenäinen opiskelu",
	"kehittamistehtava":   "Kehittämistehtävä",
	"verkkotehtava":       "Verkkotehtävä",
	"orientaatio":         "Orientaatio",
}

// ParseScalar implements strict.Scalar.
func (t *ActivityType) ParseScalar(s string) error {
	*t = ActivityType(s)
	return oneOf(s, sortedKeys(ActivityTypes)...)
}

// Label is the Finnish name of the activity type.
func (t ActivityType) Label() string { return ActivityTypes[string(t)] }

// Assignment is a graded task of a module.
type Assignment struct {
	Title       string `yaml:"title" required:"true"`
	Description string `yaml:"description"`
	Criteria    string `yaml:"criteria"`
}

// Reading is a text a module asks students to read.
type Reading struct {
	Title string `yaml:"title" required:"true"`
	Href  string `yaml:"href" required:"true"`
}

func (m *Module) validate(d *Doc) diag.List {
	var sum float64
	for _, a := range m.Activities {
		sum += a.Hours
	}
	if math.Abs(sum-m.Hours) > 1e-9 {
		return diag.List{d.At("hours", fmt.Sprintf("module hours are %g but its activities add up to %g h", m.Hours, sum),
			"make the activities' hours add up to the module's hours")}
	}
	return nil
}

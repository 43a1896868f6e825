package content

// Publication is a publication (julkaisu), in julkaisut/.
type Publication struct {
	Common     `yaml:",inline"`
	Year       int     `yaml:"year" required:"true"`
	Publisher  string  `yaml:"publisher" required:"true"`
	Series     string  `yaml:"series"`
	Identifier string  `yaml:"identifier"`
	URL        string  `yaml:"url"`
	PubType    PubType `yaml:"pubtype" required:"true"`
}

// PubType is the type of a publication.
type PubType string

// PubTypes maps each publication type to its Finnish label.
var PubTypes = map[string]string{
	"opas":              "Opas",
	"raportti":          "Raportti",
	"artikkelikokoelma": "Artikkelikokoelma",
	"opinnaytetyo":      "Opinnäytetyö",
	"ideakirja":         "Ideakirja",
	"kooste":            "Kooste",
	"muu":               "Muu julkaisu",
}

// ParseScalar implements strict.Scalar.
func (t *PubType) ParseScalar(s string) error {
	*t = PubType(s)
	return oneOf(s, sortedKeys(PubTypes)...)
}

// Label is the Finnish name of the publication type.
func (t PubType) Label() string { return PubTypes[string(t)] }

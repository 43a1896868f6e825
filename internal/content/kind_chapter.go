package content

import "fmt"

// Chapter is a chapter of the idea book (ideakirja), in ideakirja/.
type Chapter struct {
	Common `yaml:",inline"`
	Order  int        `yaml:"order" required:"true"`
	Phase  Phase      `yaml:"phase" required:"true"`
	Wheel  []WheelNum `yaml:"wheel"`
}

// Phase is the stage of the knowledge process a chapter covers.
type Phase string

// ParseScalar implements strict.Scalar.
func (p *Phase) ParseScalar(s string) error {
	*p = Phase(s)
	return oneOf(s, "johdanto", "tuotanto", "kasittely", "vaikuttaminen", "arviointi")
}

// WheelNum is a phase of the annual wheel (vuosikello), 1 to 9.
type WheelNum int

// ParseScalar implements strict.Scalar.
func (w *WheelNum) ParseScalar(s string) error {
	var n int
	if _, err := fmt.Sscanf(s, "%d", &n); err != nil || n < 1 || n > 9 || fmt.Sprint(n) != s {
		return fmt.Errorf("expected a phase of the annual wheel, 1 to 9, found %q", s)
	}
	*w = WheelNum(n)
	return nil
}

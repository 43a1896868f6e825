package config

import "testing"

func TestLicenceErrors(t *testing.T) {
	tests := []struct {
		name, in, want, hint string
	}{
		{"typo", minimal + "licence: CC-BY-4\n", `site.yaml:5:10: unknown licence "CC-BY-4"`, `did you mean "CC-BY-4.0"?`},
		{"spaces", minimal + "licence: CC BY SA 4.0\n", `site.yaml:5:10: unknown licence "CC BY SA 4.0"`, `did you mean "CC-BY-SA-4.0"?`},
		{"nothing close", minimal + "licence: MIT\n", `site.yaml:5:10: unknown licence "MIT"`, `use one of "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "all-rights-reserved"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ds := Parse([]byte(tt.in))
			if c != nil || !ds.HasErrors() {
				t.Fatalf("no error for:\n%s", tt.in)
			}
			if got := ds[0].Pos() + ": " + ds[0].Message; got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if ds[0].Hint != tt.hint {
				t.Errorf("hint %q, want %q", ds[0].Hint, tt.hint)
			}
		})
	}
	c, ds := Parse([]byte(minimal))
	if ds.HasErrors() || c.Licence != "CC-BY-4.0" {
		t.Errorf("no licence: got %q, %v; want the default CC-BY-4.0", c.Licence, ds)
	}
}

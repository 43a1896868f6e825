package render

import "testing"

func TestAbbreviate(t *testing.T) {
	abbrs := []Abbr{{"SOSRAKE", "sosiaalialan rakenteellisen työn osaamisverkosto"}, {"RAKE", "rakenteellinen sosiaalityö"}, {"SHL", "sosiaalihuoltolaki"}}
	tests := []struct{ name, in, want string }{
		{"first use only", "<p>SHL ja SHL</p>", `<p><abbr title="sosiaalihuoltolaki">SHL</abbr> ja SHL</p>`},
		{"inflected", "<p>SHL:n 7 §</p>", `<p><abbr title="sosiaalihuoltolaki">SHL</abbr>:n 7 §</p>`},
		{"hyphen compound", "<p>RAKE-työ</p>", `<p><abbr title="rakenteellinen sosiaalityö">RAKE</abbr>-työ</p>`},
		{"longer abbreviation is not split", "<p>SOSRAKE</p>", `<p><abbr title="sosiaalialan rakenteellisen työn osaamisverkosto">SOSRAKE</abbr></p>`},
		{"not inside a word", "<p>SHLX RAKEN</p>", `<p>SHLX RAKEN</p>`},
		{"not in links or code", `<p><a href="x">SHL</a> <code>SHL</code> SHL</p>`, `<p><a href="x">SHL</a> <code>SHL</code> <abbr title="sosiaalihuoltolaki">SHL</abbr></p>`},
		{"not in attributes", `<p><img alt="SHL" src="x"> teksti</p>`, `<p><img alt="SHL" src="x"> teksti</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(Abbreviate([]byte(tt.in), abbrs)); got != tt.want {
				t.Errorf("Abbreviate(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

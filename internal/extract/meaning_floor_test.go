package extract_test

import "testing"

// What the ledger needs to tell a floor or a confirmed count from a toll:
// a count its source calls conservative, the dead already buried, and the
// certainty named with the count a number updates. Sentences written for
// this test; "-" means empty.
func TestFloorAndCertaintyMarks(t *testing.T) {
	tests := []struct{ class, text, num, approx, certainty string }{
		{"called conservative", "The rights group has documented 412 deaths, a figure it called conservative.", "412", "at least", "-"},
		{"a conservative estimate", "A conservative estimate of 900 people have been killed in the district, aid workers said.", "900", "at least", "-"},
		{"described as conservative", "Medics said 57 people died in Dara, a toll they described as conservative.", "57", "at least", "-"},
		{"buried dead are a floor", "The mayor says 3,000 victims have already been buried in a mass grave outside the city.", "3,000", "at least", "-"},
		{"buried alive is no floor", "Rescuers said 6 workers were buried under the collapsed hotel on Friday.", "6", "-", "-"},
		{"the conservative party is no floor", "The conservative party said 31 people were killed in the riots.", "31", "-", "-"},
		{"a stated hedge stays", "More than 80 people were killed, a number the group called conservative.", "80", "more than", "-"},
		{"killed is no floor", "At the funeral, mourners said 20 people were killed in the raid.", "20", "-", "-"},
		{"confirmed count updated", "The ministry raised the number of confirmed deaths from the virus from 6 to 11.", "11", "-", "confirmed"},
		{"suspected tally", "The tally of suspected cases of the fever in the province rose to 340 on Friday.", "340", "-", "suspected"},
		{"plain toll has none", "The number of deaths from the virus in the province rose to 45 on Friday.", "45", "-", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			f := figureOf(t, tt.text, "2011-02-12", tt.num)
			if f == nil {
				return
			}
			for _, c := range []struct{ name, got, want string }{
				{"approx", string(f.Approx), tt.approx}, {"certainty", string(f.Certainty), tt.certainty},
			} {
				if c.want == "-" {
					c.want = ""
				}
				if c.got != c.want {
					t.Errorf("%q: %s = %q, want %q", f.Text, c.name, c.got, c.want)
				}
			}
		})
	}
}

package extract_test

import "testing"

// A bare number that answers a count named just before keeps its event:
// the sides of "how many … — some say A, some say B", and an attribution
// that only gives another number in the next sentence. The sentences are
// written for this test; "-" means empty.
func TestContinuedCountEventClasses(t *testing.T) {
	tests := []struct{ class, text, num, event, counted string }{
		{"how many, first answer", "Nobody agrees on how many pupils are still in captivity \u2014 some say 112, some say 118.", "112", "detained", "pupils"},
		{"how many, second answer", "Nobody agrees on how many pupils are still in captivity \u2014 some say 112, some say 118.", "118", "detained", "pupils"},
		{"how many died", "Nobody agrees on how many soldiers were killed in the fire \u2014 some say 31, some say 45.", "45", "killed", "soldiers"},
		{"next sentence, attribution only", "Some say 40 people died in the blast at Kismayo. Others say 47.", "47", "killed", "people"},
		{"next sentence, put it at", "The army said 12 soldiers were wounded in the ambush. Medics put it at 19.", "19", "wounded", "soldiers"},
		// Not a continuation: the number has its own noun, or more than an attribution.
		{"own noun", "Some say 40 people died in the blast. Others say 47 buildings collapsed.", "47 buildings", "-", "buildings"},
		{"no count before", "The council met on Monday in Kismayo. Critics say 12 were absent.", "12", "-", "-"},
		{"how many without an event", "Nobody knows how many pupils sat the exam \u2014 some say 112.", "112", "-", "pupils"},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			res := extractText(tt.text, "2014-10-01")
			var got *struct{ event, counted string }
			for i := range res.Figures {
				f := res.Figures[i]
				if f.Text == tt.num {
					got = &struct{ event, counted string }{string(f.Event), string(f.Counted)}
				}
			}
			if got == nil {
				if tt.event != "-" {
					t.Errorf("%q: no figure %s", tt.text, tt.num)
				}
				return // a number with no figure carries no event
			}
			for _, c := range []struct{ name, got, want string }{{"event", got.event, tt.event}, {"counted", got.counted, tt.counted}} {
				if c.want == "-" {
					c.want = ""
				}
				if c.got != c.want {
					t.Errorf("%q %s: %s = %q, want %q", tt.text, tt.num, c.name, c.got, c.want)
				}
			}
		})
	}
}

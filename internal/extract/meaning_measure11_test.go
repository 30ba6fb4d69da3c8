package extract_test

import "testing"

// What a figure measures, so that the ledger does not set it against a
// different count: people in hospital are not the cases, oil a well
// produces is not the oil leaking. Sentences written for this test; "-"
// means empty.
func TestMeasureNotTheHeadlineCount(t *testing.T) {
	tests := []struct{ class, text, num, event, measure string }{
		{"hospitalised are not cases", "Officials said 20 people have been hospitalised with the flu in Ohio.", "20", "-", "people hospitalised"},
		{"in hospital", "The ministry said 45 patients in hospital are being treated with antivirals.", "45", "-", "patients hospitalised"},
		{"infected are cases", "Officials said 200 people have been infected with the flu in Ohio.", "200", "cases", "cases"},
		{"rushed to hospital after an attack stays wounded", "After the blast, 14 guards were rushed to hospital in Sabha.", "14", "wounded", "guards wounded"},
		{"production is not the leak", "The rig had been expected to produce 8,000 barrels of oil a day.", "8,000", "amount", "barrels of oil produced a day"},
		{"output of a field", "The field has an output of 40,000 barrels a day.", "40,000", "amount", "barrels of oil produced a day"},
		{"the volume being produced is the flow", "Engineers must handle the volume being produced, 20,000 barrels of oil a day, at the wellhead.", "20,000", "amount", "barrels of oil a day"},
		{"the leak stays the flow", "Scientists say the well is leaking 25,000 barrels of oil a day.", "25,000", "amount", "barrels of oil a day"},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			f := figureOf(t, tt.text, "2010-06-01", tt.num)
			if f == nil {
				return
			}
			for _, c := range []struct{ name, got, want string }{
				{"event", string(f.Event), tt.event}, {"measure", string(f.Measure), tt.measure},
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

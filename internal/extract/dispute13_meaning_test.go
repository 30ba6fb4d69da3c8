package extract_test

import "testing"

// What a figure counts, read so that the ledger does not set different
// counts against each other: a planned amount named by a participle after
// it, oil kept out of the sea, people "badly affected" (not displaced), a
// suspected count named in the subject of a change. Each beside the
// reading it must not break. Sentences written for this test.
func TestFigureMeaningForDisputes(t *testing.T) {
	for _, tt := range []struct {
		name, text, num    string
		basis, measure, ct string // "" = not checked
	}{
		{"a participle of planning closes the phrase", "The operator hoped later this week to divert more than the 900 barrels of oil a day now envisaged.", "900", "planned", "", ""},
		{"troops planned for next year", "The ministry will keep the 2,000 troops planned for next year in the north.", "2,000", "planned", "", ""},
		{"forces on their way", "The navy is sending up to 1,800 sailors to Corvel, officials said.", "1,800", "planned", "", ""},
		{"a progressive of harm is no plan", "Officials say the storm is killing 40 people a day in Corvel.", "40", "", "", ""},
		{"what a ship can carry", "The navy sent three ships, including one which can carry up to 900 marines, officials said.", "900", "projected", "", ""},
		{"planned as a verb is no plan of the figure", "The 3,000 fighters planned an attack on the town, officials said.", "3,000", "reported", "", ""},
		{"oil saved by containment", "The federal team reckon the operator's containment efforts saved about 600,000 barrels of oil.", "600,000", "", "barrels of oil recovered", ""},
		{"oil that gushed stays the flow", "Nearly 4m barrels of oil have gushed into the sea since April, according to federal scientists.", "4m", "", "barrels of oil", ""},
		{"badly affected", "Some 2 million people are believed to have been badly affected by the storm, the agency said.", "2 million", "", "people affected", ""},
		{"seriously injured stays wounded", "Twelve people were seriously injured in the blast in Tervel.", "Twelve", "", "people wounded", ""},
		{"suspected cases had risen to", "The health secretary said suspected fever cases in the province had risen to 1,240.", "1,240", "", "", "suspected"},
		{"confirmed cases have climbed to", "Confirmed cases in the region have climbed to 48, the ministry said.", "48", "", "", "confirmed"},
		{"no certainty named", "The health secretary said fever cases in the province had risen to 1,240.", "1,240", "", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := figureOf(t, tt.text, "2010-06-11", tt.num)
			if f == nil {
				return
			}
			if tt.basis != "" && string(f.Basis) != tt.basis {
				t.Errorf("%s: basis %q, want %q", tt.num, f.Basis, tt.basis)
			}
			if tt.measure != "" && string(f.Measure) != tt.measure {
				t.Errorf("%s: measure %q, want %q", tt.num, f.Measure, tt.measure)
			}
			if string(f.Certainty) != tt.ct {
				t.Errorf("%s: certainty %q, want %q", tt.num, f.Certainty, tt.ct)
			}
		})
	}
}

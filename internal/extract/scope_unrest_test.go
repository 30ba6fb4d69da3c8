package extract_test

import (
	"strings"
	"testing"
)

// Over what stretch a toll counts, and where, when the sentence says it
// only in passing: a simple past of harm is one event unless the harm
// befell people in a movement or a war that went on for days; "more than"
// is a bound, not an increment; a count over several towns of one country
// is the country's. Sentences are written for this test.
func TestScopeAndPlaceOfRunningTolls(t *testing.T) {
	tests := []struct {
		name, text, num  string
		scope, loc, ctry string
	}{
		{"killed in protests", "In Tarvos, 27 people were killed in protests, according to officials.", "27", "cumulative", "", ""},
		{"died during the uprising", "Doctors said 140 people died during the uprising in Syria.", "140", "cumulative", "Syria", "Syria"},
		{"killed in the war", "Some 400 civilians were killed in the war, the monitor said.", "400", "cumulative", "", ""},
		{"one protest is one event", "Police said four people were killed at a protest in Homs.", "four", "incident", "", ""},
		{"one day's clashes", "Five people were killed in clashes in Aden on Friday.", "Five", "incident", "", ""},
		{"shot dead", "Two protesters were shot dead outside the ministry.", "Two", "incident", "", ""},
		{"more than is a bound", "Rights workers have confirmed more than 90 deaths in the capital, a researcher said.", "90", "", "", ""},
		{"three more is an increment", "Officials said three more people died overnight.", "three", "period", "", ""},
		{"three towns of one country", "Monitors have confirmed more than 90 deaths in Homs, Hama, and Idlib, a researcher said.", "90", "", "Syria", "Syria"},
		{"three towns without the serial comma", "At least 60 people have been killed in Aleppo, Homs and Deraa.", "60", "", "Syria", "Syria"},
		{"two towns stay two", "At least 60 people have been killed in Aleppo and Homs.", "60", "", "Aleppo and Homs", "Syria"},
		{"a town and its country", "At least 60 people have been killed in Homs, Syria, this month.", "60", "", "Homs", "Syria"},
		{"towns of two countries", "More than 70 cases were confirmed in Madrid, Lisbon and Seville.", "70", "", "Madrid", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(tt.text, "2012-05-20")
			for _, f := range res.Figures {
				if !strings.Contains(f.Span.Of(tt.text), tt.num) {
					continue
				}
				if tt.scope != "" && string(f.Scope) != tt.scope {
					t.Errorf("scope = %q, want %q", f.Scope, tt.scope)
				}
				if tt.name == "more than is a bound" && f.Scope == "period" {
					t.Errorf("scope = period: \"more than\" read as an increment")
				}
				if tt.loc != "" && string(f.Location) != tt.loc {
					t.Errorf("location = %q, want %q", f.Location, tt.loc)
				}
				if tt.ctry != "" && string(f.Country) != tt.ctry {
					t.Errorf("country = %q, want %q", f.Country, tt.ctry)
				}
				return
			}
			t.Fatalf("no figure %q in %q", tt.num, tt.text)
		})
	}
}

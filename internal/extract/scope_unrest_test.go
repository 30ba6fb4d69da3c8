package extract_test

import (
	"strings"
	"testing"
)

// Over what stretch a toll counts, and where, when the sentence says it
// only in passing: a simple past of harm is one event unless the harm
// befell people in a movement or a war that went on for days; "more than"
// is a bound, not an increment. Sentences are written for this test.
func TestScopeOfRunningTolls(t *testing.T) {
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

// Whether a count of deaths or cases is confirmed, suspected or neither.
// Sentences are written for this test.
func TestCertaintyOfCounts(t *testing.T) {
	tests := []struct{ name, text, num, want string }{
		{"confirmed as a verb", "Health officials have confirmed 14 deaths from the virus.", "14", "confirmed"},
		{"confirmed cases", "There are now 230 confirmed cases in the province.", "230", "confirmed"},
		{"laboratory-confirmed", "Laboratory-confirmed cases rose to 57 on Monday.", "57", "confirmed"},
		{"counted dead", "The authorities have counted 4,000 dead so far.", "4,000", "confirmed"},
		{"suspected deaths", "Another 41 suspected deaths are being investigated.", "41", "suspected"},
		{"probable cases", "The ministry listed 12 probable cases.", "12", "suspected"},
		{"experts suspect", "Experts suspect the fever has killed more than 70 people.", "70", "suspected"},
		{"unconfirmed reports", "Unconfirmed reports say up to 90 people died.", "90", "suspected"},
		{"neither", "The fever has killed 65 people, the ministry said.", "65", ""},
		{"confirmed that", "Officials confirmed that 18 people had died of the fever.", "18", "confirmed"},
		{"not past the sentence", "The ministry confirmed the outbreak. The fever has killed 65 people.", "65", ""},
		{"not for other counts", "The agency has confirmed it will send 300 troops.", "300", ""},
		{"being investigated", "Spain has one confirmed case of the flu, and 17 other cases are being investigated.", "17", "suspected"},
		{"under investigation", "A further 25 cases are under investigation in the capital.", "25", "suspected"},
		{"investigated is no doubt by itself", "Police investigated 40 deaths last year.", "40", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(tt.text, "2012-05-20")
			for _, f := range res.Figures {
				if strings.Contains(f.Span.Of(tt.text), tt.num) {
					if string(f.Certainty) != tt.want {
						t.Errorf("certainty = %q, want %q (event %q)", f.Certainty, tt.want, f.Event)
					}
					return
				}
			}
			t.Fatalf("no figure %q in %q", tt.num, tt.text)
		})
	}
}

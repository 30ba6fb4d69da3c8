package extract_test

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
)

// What a figure counts, over what stretch, as of when and where: one row per
// class of phrasing seen in conflict and disaster reporting. Sentences are
// written for this test.
func TestFigureMeaning(t *testing.T) {
	type want struct {
		num, event, counted, measure, scope, since, asOf, asOfBasis, location, locBasis, to string
	}
	tests := []struct {
		name, text, published string
		want                  []want
	}{
		{"toll as a running total", "Activists say more than 9,000 people have been killed in Syria since March.", "2012-04-02",
			[]want{{num: "9,000", event: "killed", counted: "people", measure: "people killed", scope: "cumulative", since: "2012-03", location: "Syria", locBasis: "stated", asOfBasis: "published"}}},
		{"toll with no counted noun", "The death toll has risen to 230,000, the government said on Tuesday.", "2010-02-11",
			[]want{{num: "230,000", event: "killed", counted: "people", measure: "people killed", scope: "cumulative", asOf: "2010-02-09", asOfBasis: "statement"}}},
		{"killing N", "A car bomb exploded in Kirkuk on Friday, killing at least 30 people and wounding 70.", "2013-05-18",
			[]want{
				{num: "30", event: "killed", measure: "people killed", scope: "incident", asOf: "2013-05-17", asOfBasis: "stated", location: "Kirkuk"},
				{num: "70", event: "wounded", measure: "people wounded"},
			}},
		{"two measures in one sentence", "At least 37 people were killed and 300,000 were left homeless, officials said.", "2010-01-20",
			[]want{
				{num: "37", event: "killed", measure: "people killed"},
				{num: "300,000", event: "displaced", measure: "people displaced"},
			}},
		{"affected is not killed", "The Red Cross says 50,000 people were killed and three million people affected.", "2010-01-15",
			[]want{
				{num: "50,000", event: "killed", measure: "people killed"},
				{num: "three million", event: "-", measure: "people affected"},
			}},
		{"arrests", "Police arrested more than 400 protesters in the capital.", "2011-01-28",
			[]want{{num: "400", event: "detained", counted: "protesters", measure: "protesters detained"}}},
		{"refugees where they are and where from", "More than 300,000 Syrian refugees are now in Turkey.", "2013-01-10",
			[]want{{num: "300,000", event: "displaced", counted: "refugees", measure: "refugees", location: "Syria", to: "Turkey"}}},
		{"population is not a toll", "Syria, a country of 20 million people, has been in turmoil for a year.", "2012-03-15",
			[]want{{num: "20 million", event: "population", measure: "population"}}},
		{"troops present", "The Pentagon says 2,000 US troops are stationed in Iraq.", "2020-01-07",
			[]want{{num: "2,000", event: "deployed", counted: "troops", measure: "troops deployed", location: "Iraq"}}},
		{"flow rate", "BP said about 5,000 barrels of oil a day were leaking into the Gulf.", "2010-05-01",
			[]want{{num: "5,000", event: "amount", counted: "barrels", measure: "barrels of oil a day", scope: "rate"}}},
		{"oil collected is not oil spilled", "BP said the device was collecting about 15,000 barrels of oil a day.", "2010-06-12",
			[]want{{num: "15,000", event: "amount", measure: "barrels of oil recovered a day", scope: "rate"}}},
		{"historical figure keeps its date", "The 1982 massacre in Hama killed at least 10,000 people.", "2012-02-05",
			[]want{{num: "10,000", event: "killed", asOf: "1982", asOfBasis: "stated"}}},
		{"said in May", "The UN said in May that at least 10,000 people had died.", "2012-07-01",
			[]want{{num: "10,000", event: "killed", asOf: "2012-05", asOfBasis: "statement"}}},
		{"disease cases", "The WHO said there were 1,200 confirmed cases in Mexico.", "2009-05-01",
			[]want{{num: "1,200", event: "cases", measure: "cases", location: "Mexico"}}},
		{"money", "The bank pledged $100m in emergency aid.", "2010-01-15",
			[]want{{num: "100m", event: "money", measure: "dollars"}}},
		{"the article's country when the clause names none",
			"Protests spread across Egypt.\n\nThe health ministry said 12 people had died.", "2011-01-30",
			[]want{{num: "12", event: "killed", location: "Egypt", locBasis: "article"}}},
		{"an organisation's seat is not the place",
			"Clashes continued in Syria.\n\nThe London-based Syrian Observatory said 40 people were killed.", "2012-06-01",
			[]want{{num: "40", event: "killed", location: "Syria"}}},
		{"a named hospital is not a place",
			"Fighting raged in Misrata, Libya.\n\nDoctors at Central Misrata Hospital said 20 people were killed.", "2011-04-20",
			[]want{{num: "20", event: "killed", location: "Libya", locBasis: "article"}}},
		{"a number modifying a noun is no toll", "The death toll from the 7.0 magnitude earthquake is unknown.", "2010-01-13", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(tt.text, tt.published)
			if len(res.Figures) != len(tt.want) {
				var got []string
				for _, f := range res.Figures {
					got = append(got, f.Text)
				}
				t.Fatalf("got figures %q, want %d", got, len(tt.want))
			}
			for i, w := range tt.want {
				f := res.Figures[i]
				num := f.Span.Of(tt.text)
				if w.num != "" && !strings.Contains(num, w.num) {
					t.Errorf("figure %d is %q, want the %s", i, num, w.num)
				}
				for _, c := range []struct{ name, got, want string }{
					{"event", string(f.Event), w.event}, {"counted", string(f.Counted), w.counted},
					{"measure", string(f.Measure), w.measure}, {"scope", string(f.Scope), w.scope},
					{"since", string(f.Since), w.since}, {"as_of", string(f.AsOf), w.asOf},
					{"as_of_basis", string(f.AsOfBasis), w.asOfBasis}, {"location", string(f.Location), w.location},
					{"location_basis", string(f.LocationBasis), w.locBasis}, {"to", string(f.To), w.to},
				} {
					if c.want == "-" {
						c.want = ""
					} else if c.want == "" {
						continue
					}
					if c.got != c.want {
						t.Errorf("%q: %s = %q, want %q", num, c.name, c.got, c.want)
					}
				}
			}
		})
	}
}

// Places from the clause's subject, the world, and the next figure's place.
func TestFigurePlaceClasses(t *testing.T) {
	tests := []struct{ text, num, location string }{
		{"Mexico has now confirmed 19 deaths from the virus.", "19", "Mexico"},
		{"The WHO says 1,490 people around the world have so far contracted the virus.", "1,490", "World"},
		{"The WHO says the global number of confirmed cases is 17,410 in 62 countries.", "17,410", "World"},
		{"Eight cases have been confirmed in New York, seven in California.", "Eight", "New York"},
		{"Eight cases have been confirmed among students, seven in California.", "Eight", "United States"}, // the article's country, not the next figure's state
		{"The US has 2,000 troops on standby.", "2,000", ""},
		{"Human Rights Watch has confirmed 80 deaths from two hospitals in Cairo.", "80", "Cairo"},
	}
	for _, tt := range tests {
		if f := figureOf(t, tt.text, "2009-05-01", tt.num); f != nil && string(f.Location) != tt.location {
			t.Errorf("%q: %s location %q, want %q", tt.text, tt.num, f.Location, tt.location)
		}
	}
}

// figureOf extracts text and returns its figure whose text holds num, or
// reports that there is none.
func figureOf(t *testing.T, text, published, num string) *extract.Figure {
	t.Helper()
	res := extractText(text, published)
	for i := range res.Figures {
		if strings.Contains(res.Figures[i].Text, num) {
			return &res.Figures[i]
		}
	}
	t.Errorf("%q: no figure %s", text, num)
	return nil
}

// eventCase: a sentence, the number of one of its figures and the event
// that figure must have ("" for none).
type eventCase struct{ class, text, num, event string }

func runEventCases(t *testing.T, published string, cases []eventCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.class, func(t *testing.T) {
			if f := figureOf(t, tt.text, published, tt.num); f != nil && string(f.Event) != tt.event {
				t.Errorf("%q: event %q, want %q", f.Text, f.Event, tt.event)
			}
		})
	}
}

// recalledCase: a sentence, the number of one of its figures and whether
// that figure is an earlier state the text recalls.
type recalledCase struct {
	name, text, num string
	recalled        bool
}

func runRecalledCases(t *testing.T, published string, cases []recalledCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if f := figureOf(t, tt.text, published, tt.num); f != nil && f.Recalled != tt.recalled {
				t.Errorf("%s: recalled %v (as_of %q), want %v", tt.num, f.Recalled, f.AsOf, tt.recalled)
			}
		})
	}
}

// A figure's basis comes from evidence about the number itself.
func TestFigureBasisFromEvidence(t *testing.T) {
	tests := []struct{ text, num, basis string }{
		{"The toll could reach 10,000, aid agencies warned.", "10,000", "projected"},
		{"Officials expect the number of cases to rise to 500 by June.", "500", "projected"},
		{"Germany would keep 1,200 troops in Lithuania.", "1,200", "planned"},
		{"The government plans to send 3,000 soldiers to the border.", "3,000", "planned"},
		// A plan elsewhere in the sentence does not make this count planned.
		{"Some 40 people were killed in Homs as the army pressed on with plans to retake the city.", "40", "reported"},
		{"The rebels claimed 25 soldiers were killed.", "25", "claimed"},
		{"An estimated 200,000 people are believed to have died.", "200,000", "estimate"},
	}
	for _, tt := range tests {
		if f := figureOf(t, tt.text, "2012-03-01", tt.num); f != nil && string(f.Basis) != tt.basis {
			t.Errorf("%q: %s basis %q, want %q", tt.text, tt.num, f.Basis, tt.basis)
		}
	}
}

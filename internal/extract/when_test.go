package extract_test

import "testing"

// As of when a figure holds, and over what stretch, one row per class of
// phrasing in conflict reporting. Sentences are written for this test; the
// publication dates make weekdays resolvable (2012-03-10 is a Saturday).
func TestFigureTimeClasses(t *testing.T) {
	tests := []struct {
		name, text, published, num string
		asOf, asOfBasis, scope     string // "-" wants empty
	}{
		// A weekday is the most recent such day before publication.
		{"on Friday", "Security forces killed 24 people in Homs on Friday.", "2012-03-10", "24", "2012-03-09", "stated", "incident"},
		{"in Wednesday's clashes", "The ministry has said three people died in Wednesday's clashes.", "2012-03-10", "three", "2012-03-07", "stated", ""},
		{"a possessive weekday of another event", "The embassy said 60 Britons were safe after Tuesday's earthquake.", "2012-03-10", "60", "2012-03-10", "published", ""},
		{"yesterday", "Yesterday, 15 people were killed in Deraa.", "2012-03-10", "15", "2012-03-09", "stated", ""},
		{"by Tuesday", "By Tuesday, 300 people had fled to Turkey.", "2012-03-10", "300", "2012-03-06", "stated", ""},
		{"a time of day names its day", "By early Tuesday morning, more than 90,000 people had signed the petition.", "2012-03-10", "90,000", "2012-03-06", "stated", ""},
		{"as of a date", "As of September 30, 1,720 people had been detained.", "2012-03-10", "1,720", "2011-09-30", "stated", ""},
		// "said in May", read in March: last year's May, never a later one.
		{"said in a month after publication's", "The UN said in May that at least 10,000 people had been killed.", "2012-03-10", "10,000", "2011-05", "statement", ""},
		{"last week is its month", "More than 2,000 refugees crossed into Jordan last week.", "2012-03-20", "2,000", "2012-03", "stated", "period"},
		{"historical", "The 1982 Hama massacre killed 10,000 people.", "2012-03-10", "10,000", "1982", "stated", ""},
		{"since March", "The UN says more than 7,500 people have been killed since March.", "2012-06-10", "7,500", "2012-06-10", "published", "cumulative"},
		{"so far", "In total, 40,000 people have fled so far.", "2012-03-10", "40,000", "2012-03-10", "published", "cumulative"},
		{"the toll has risen", "The toll has risen to 9,000, the Observatory says.", "2012-03-10", "9,000", "2012-03-10", "published", "cumulative"},
		{"a day", "About 100 people are killed a day, according to activists.", "2012-03-10", "100", "2012-03-10", "published", "rate"},
		// A month the figure's perfect does not belong to: the virus
		// emerged then, the count runs to today.
		{"a date of another verb", "The virus emerged in April in Mexico, which has recorded 113 deaths.", "2009-06-24", "113", "2009-06-24", "published", "cumulative"},
		// The verb's aspect when no word says the scope.
		{"perfect is a running total", "Aid agencies have delivered 14,000 tents to the camps.", "2012-03-10", "14,000", "", "", "cumulative"},
		{"simple past harm is one incident", "At least 27 people were wounded, the agency said.", "2012-03-10", "27", "", "", "incident"},
		{"protest count is one incident", "Some 5,000 protesters demonstrated in Hama.", "2012-03-10", "5,000", "", "", "incident"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := figureOf(t, tt.text, tt.published, tt.num)
			if f == nil {
				return
			}
			for _, c := range []struct{ field, got, want string }{
				{"as_of", string(f.AsOf), tt.asOf}, {"as_of_basis", string(f.AsOfBasis), tt.asOfBasis}, {"scope", string(f.Scope), tt.scope},
			} {
				if c.want == "-" {
					c.want = ""
				} else if c.want == "" {
					continue
				}
				if c.got != c.want {
					t.Errorf("%s: %s = %q, want %q", tt.num, c.field, c.got, c.want)
				}
			}
		})
	}
}

// The story's day: a lead that dates the events holds for the figures of
// the past-tense sentences after it, not for running totals, not across a
// sentence in the present or one with its own time.
func TestFigureStoryTime(t *testing.T) {
	const lead = "Syrian troops shelled the town of Rastan on Friday, activists said.\n\n"
	tests := []struct {
		name, text, num, asOf, asOfBasis string
	}{
		{"next sentence", lead + "At least 20 people died in the shelling.", "20", "2012-03-09", "stated"},
		{"a few sentences later", lead + "Tanks entered the town at dawn. Residents fled to the fields. " +
			"Doctors said 35 people were wounded.", "35", "2012-03-09", "stated"},
		{"a running total holds for publication", lead + "More than 8,000 people have been killed since the uprising began.", "8,000", "2012-03-10", "published"},
		{"a present-tense sentence ends it", lead + "The town is now under siege. About 2,000 families are trapped.", "2,000", "2012-03-10", "published"},
		{"own day wins", lead + "On Wednesday, 12 soldiers were killed in an ambush.", "12", "2012-03-07", "stated"},
		{"later is not the story's day", lead + "The toll was later raised to 30.", "30", "2012-03-10", "published"},
		// A dated heading over an entry dates the entry after it.
		{"dated heading", "Past disasters.\n\n4 Aug 1946: Samana.\n\nAt least 1,600 people died in the tsunami.", "1,600", "1946-08-04", "stated"},
		// A year compared with is not the story's time.
		{"comparison year", "The spill is larger than the one in 1979. At its height the well spewed 62,000 barrels a day.", "62,000", "2012-03-10", "published"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := figureOf(t, tt.text, "2012-03-10", tt.num)
			if f == nil {
				return
			}
			if string(f.AsOf) != tt.asOf || string(f.AsOfBasis) != tt.asOfBasis {
				t.Errorf("%s: as_of %q (%s), want %q (%s)", tt.num, f.AsOf, f.AsOfBasis, tt.asOf, tt.asOfBasis)
			}
		})
	}
}

// A poll's results hold for the day it was taken, with basis statistics.
func TestFigurePollDate(t *testing.T) {
	text := "Most voters oppose the plan, a new poll shows.\n\nIn the poll, 58 percent of voters said the plan went too far.\n\n" +
		"The poll was conducted by telephone yesterday among 1,000 adults."
	for _, num := range []string{"58", "1,000"} {
		f := figureOf(t, text, "2012-03-10", num)
		if f == nil {
			continue
		}
		if f.AsOf != "2012-03-09" || f.AsOfBasis != "statement" || f.Basis != "statistics" {
			t.Errorf("%s: as_of %q (%s) basis %q, want 2012-03-09 (statement) statistics", num, f.AsOf, f.AsOfBasis, f.Basis)
		}
	}
}

// Basis from evidence about the number: the statement that carries it
// estimates it, or a margin of error measures it.
func TestFigureBasisEstimateEvidence(t *testing.T) {
	tests := []struct{ text, num, basis string }{
		{"About 45,000 people have died since the earthquake, the UN estimates.", "45,000", "estimate"},
		{"Researchers put the flow at 70,000 barrels a day, plus or minus 20%.", "70,000", "estimate"},
	}
	for _, tt := range tests {
		if f := figureOf(t, tt.text, "2012-03-01", tt.num); f != nil && string(f.Basis) != tt.basis {
			t.Errorf("%q: %s basis %q, want %q", tt.text, tt.num, f.Basis, tt.basis)
		}
	}
}

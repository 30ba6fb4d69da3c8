package extract_test

import (
	"strings"
	"testing"
)

// Basis from evidence about the number itself; the sentences are written
// for this test.
func TestBasisEvidenceClasses(t *testing.T) {
	tests := []struct{ class, text, num, basis string }{
		{"confirmed after the number", "In Norland, 312 cases have been confirmed across 12 provinces.", "312", "official"},
		{"confirmed in the phrase", "The ministry lists 87 confirmed cases in the capital.", "87", "official"},
		{"tested positive", "Health officials said nine crew members tested positive on Monday.", "nine", "official"},
		{"an authority reports", "Norland's health ministry reported 14 people were killed in the clashes, according to state radio.", "14", "official"},
		{"named an estimate before", "The new estimate of the size of the slick is about 2.1 million barrels.", "2.1", "estimate"},
		{"named an estimate after", "Officials keep citing the 8,000-barrel estimate despite the video.", "8,000", "estimate"},
		{"a range", "Floods have left as many as 20,000-40,000 people homeless.", "20,000", "estimate"},
		{"modal and participle", "As a result the firm could be fined $3bn.", "$3bn", "projected"},
		{"expected a figure", "Analysts had expected a figure of around $2.2bn for the quarter.", "$2.2bn", "projected"},
		{"a possibility: could and a verb", "A second blowout could release a further 90,000 barrels a day, the firm warned.", "90,000", "projected"},
		{"a possibility: might and a verb", "The storm might kill 300 people on the coast, forecasters fear.", "300", "projected"},
		{"a worst-case scenario named", "The operator called the worst-case scenario figure of 90,000 barrels a day irrelevant.", "90,000", "projected"},
		{"a theoretical maximum", "Engineers put the theoretical maximum at 70,000 barrels a day.", "70,000", "projected"},
		{"the worst possible", "The firm itself estimated the worst possible leak in the bay at 50,000 barrels a day.", "50,000", "projected"},
		{"a possibility: the figure the subject of could and a verb", "The firm estimated that 80,000 barrels of oil a day could, in theory, escape from the well.", "80,000", "projected"},
		{"a possibility: might after the figure", "Engineers said 2,000 homes might flood by Friday.", "2,000", "projected"},
		{"could be: a hedged count, not a possibility", "About 6,000 barrels a day could be leaking, experts said.", "6,000", "reported"},
		{"might hold: a count of the missing, not a possibility", "Investigators fear the graves might hold 43 students missing since the raid.", "43", "reported"},
		{"may have killed: an estimate, not a possibility", "The health minister said the quake may have killed 3,000 people.", "3,000", "official"},
		{"a hypothesis", "If the well keeps leaking, 3m barrels will have spilled by August.", "3m", "projected"},
		// A count with no evidence stays what the article reports.
		{"plain count", "Rebels said 40 soldiers were captured near the river.", "40", "reported"},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			if f := figureOf(t, tt.text, "2014-06-01", tt.num); f != nil && string(f.Basis) != tt.basis {
				t.Errorf("%q in %q: basis = %q, want %q", f.Text, tt.text, f.Basis, tt.basis)
			}
		})
	}
}

// An age bound after a noun of people is no count: "people over 60" is an
// age group, "over 60 people" a count.
func TestAgeBoundAfterPeople(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Most of those infected are young, although some people over 60 have also caught the virus, the doctor said.", false},
		{"The ministry said those under 18 will be vaccinated first.", false},
		{"Officials said over 60 people have caught the virus.", true},
		{"Health officials said cases rose to over 60 in the capital.", true},
	} {
		found := false
		for _, f := range extractText(c.text, "2014-06-01").Figures {
			if strings.Contains(f.Text, "60") || strings.Contains(f.Text, "18") {
				found = true
			}
		}
		if found != c.want {
			t.Errorf("%q: a figure at the number %v, want %v", c.text, found, c.want)
		}
	}
}

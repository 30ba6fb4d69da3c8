package extract_test

import "testing"

// An earlier estimate named as such ("the original estimate") whose content
// a "that" clause gives after a long noun phrase: the figure in it is the
// estimate replaced, however many words name who made it. A verb of the
// sentence's own, or another number, between the estimate and "that" ends
// the estimate's phrase. Sentences written for this test.
func TestFigureRecalledEstimateThat(t *testing.T) {
	const pub = "2011-06-15"
	runRecalledCases(t, pub, []recalledCase{
		{"long noun phrase then that", "The new figure dwarfs the original estimate by the agency based on data from the operator and endorsed by it that the leak was just 900 barrels a day.", "900", true},
		{"earlier estimates, short", "Engineers rejected the earlier estimates by the operator that 700 barrels a day were escaping.", "700", true},
		{"a verb of the sentence ends it", "The original estimate was dropped; the agency said that 5,000 barrels a day were leaking.", "5,000", false},
		{"a reporting verb ends it", "The original estimate of the agency says that 7,000 barrels a day are leaking.", "7,000", false},
		{"no earlier word", "The estimate by the agency that 6,000 barrels a day were leaking was published on Monday.", "6,000", false},
	})
}

package extract_test

import "testing"

// The whole of a partitive ("Ten of the 12 lenders") is the group a part is taken from: the verb after it says what
// happened to the part, not to the whole. A count with no part before it
// keeps its verb. The sentences are written for this test.
func TestWholeOfPartitiveTakesNoVerb(t *testing.T) {
	runEventCases(t, "2014-06-01", []eventCase{
		{"words, of the", "Ten of the 12 lenders would need more capital, the regulator said.", "12", ""},
		{"digits, of the", "Officials said 3 of the 40 miners were killed in the blast.", "40", ""},
		{"out of is one figure, the part's", "Rescuers said two out of 40 miners were killed in the blast.", "two out of 40", "killed"},
		{"no part before it", "Rescuers said 40 miners were killed in the blast.", "40", "killed"},
		{"all of the whole", "Officials said all of the 40 miners were killed in the blast.", "40", "killed"},
	})
}

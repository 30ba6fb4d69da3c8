package extract_test

import "testing"

// An unnamed member of an organization the paragraph named ("a
// researcher for the group", "the group's spokesman", "a spokeswoman for
// the charity") speaks for that organization (the figure is the
// organization's, as its analysts' or staff's are), never for another
// organization's spokesman quoted earlier. Sentences written for these
// tests.
func TestSource10GroupMembers(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "the group's spokesman",
			text: "Human Rights Watch said 30 protesters were detained. The group's spokesman said 12 more were wounded.",
			num:  "12", source: "Human Rights Watch", typ: "ngo"},
		{name: "a researcher for the group, postposed",
			text: "Amnesty International has documented the abuses. At least 140 people were killed, a researcher for the group said.",
			num:  "140", source: "Amnesty International", typ: "ngo"},
		{name: "a spokeswoman for the charity",
			text: "Oxfam said the camps were full. A spokeswoman for the charity said 2,000 families had arrived.",
			num:  "2,000", source: "Oxfam", typ: "ngo"},
		{name: "not another body's spokesman from an earlier paragraph",
			text: "A police spokesman said 40 people were arrested.\n\nThe ministry met on Monday. The group's spokesman said 12 more were wounded.",
			num:  "12", source: "group's spokesman", anonymous: true},
		{name: "a named researcher stays named",
			text: "Amnesty International has documented the abuses. “At least 120 people were killed,” said Heba Saleh, a researcher for the group.",
			num:  "120", source: "Heba Saleh"},
	})
}

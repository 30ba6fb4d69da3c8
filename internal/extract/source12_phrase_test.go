package extract_test

import "testing"

// The phrase that names a source ends where its head noun ends: a
// sentence-opening descriptor before a role and a name ("Forensic audio
// expert X … and said"), a relative clause or a participle after the head
// ("a lawyer who shared the audio with CNN", "a study written by …"), and
// a new noun phrase run on without a comma ("According to three outlets an
// unknown number of …"). Sentences written for these tests.
func TestSource12PhraseEnds(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "descriptor opening the sentence, coordinated said",
			text: "Forensic sound analyst Marta Kellin studied the tape and said she counted at least 12 shots.",
			num:  "12", source: "Marta Kellin"},
		{name: "lower-case role after the descriptor",
			text: "Military historian Owen Draper visited the ridge and said 300 soldiers had held it for a week.",
			num:  "300", source: "Owen Draper"},
		{name: "relative clause after an unnamed head",
			text: "Nine shots were heard on the tape, according to a lawyer who gave the recording to NBC.",
			num:  "Nine", source: "lawyer"},
		{name: "relative clause after a named head keeps the head",
			text: "Nine shots were heard on the tape, according to the family's lawyer who gave the recording to NBC.",
			num:  "Nine", source: "family's lawyer"},
		{name: "a run-on noun phrase is not the source's name",
			text: "According to two local papers an unknown number of fighters reached the clinic in Tarsa, 40 miles from the border.",
			num:  "40", source: "local papers"},
		{name: "participle after a study",
			text: "Young men were 70 percent of those detained, according to a study written by a law professor at Dunmore College.",
			num:  "70", notType: "media"},
	})
}

// "according to" with the comma left out before its clause, and "according
// to his remarks", which names no one new: the claimant of the clause
// speaks. Sentences written for these tests.
func TestSource12According(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "no comma before there",
			text: "According to Iraqi media there have been 3 confirmed cases in the city.",
			num:  "3", source: "Iraqi media", typ: "media"},
		{name: "no comma before the clause's article",
			text: "According to the ministry the toll rose to 45 on Sunday.",
			num:  "45", source: "ministry"},
		{name: "his remarks are the claimant's",
			text: "Rep. Tom Carden (R., Ohio) spoke in Dayton on Monday. Carden claims that of the 100 or so Americans who joined the group, some 40 have returned, according to his remarks, which were filmed last week.",
			num:  "40", source: "Tom Carden", typ: "government"},
	})
}

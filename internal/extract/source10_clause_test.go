package extract_test

import "testing"

// Subjects that say nothing: a noun with a reduced passive ("the man
// accused of …", "a doctor once charged with …") is charged, not
// speaking, so an outer reporter governs; an expletive "it appears" has
// no speaker at all. A former hostage is an unnamed witness who can be a
// source. Sentences written for these tests.
func TestSource10Clauses(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "the man accused of",
			text: "On Tuesday, the RCMP confirmed that Paul Tremblay, the man accused of running over two soldiers, had been one of 90 suspects under watch.",
			num:  "90", source: "RCMP", typ: "government"},
		{name: "once charged with",
			text: "Also under investigation is the brother of a surgeon once charged with kidnapping two aid workers, the Telegraph newspaper reported.",
			num:  "two", source: "Telegraph", typ: "media"},
		{name: "he was accused: a passive with its auxiliary is left as it was",
			text: "The prosecutor said he was accused of killing 12 villagers.",
			num:  "12", source: "prosecutor", typ: "government"},
		{name: "it appears",
			text: "The army said it had freed 40 hostages on Monday.\n\nIt appears as though the 219 girls held by the group will be released, although a ministry spokesman said that talks continue.",
			num:  "219", null: true},
		{name: "appeared in videos is no speech",
			text: "The FBI director said the man had been identified.\n\nSince then, he has appeared in a series of videos showing the killings of hostages, including four other Westerners.",
			num:  "four", null: true},
		{name: "a former hostage",
			text: "A former hostage said the guard took part in the beating of four Western prisoners.",
			num:  "four", source: "former hostage", typ: "unknown", anonymous: true},
	})
}

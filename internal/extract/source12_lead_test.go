package extract_test

import "testing"

// What stands before a cue and is no part of its speaker, and cues that
// open the sentence: a party-and-state parenthesis after a name, a fronted
// time adverbial without its comma, "As X pointed out, …" (a particle
// verb, only with "out"), and a fronted participle whose agent speaks for
// the clause after the comma ("Revealed by X, …"). Sentences written for
// these tests.
func TestSource12Lead(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "party and state in parentheses",
			text: "Rep. Tom Carden (R., Ohio) warned in a speech that up to 40 former fighters have come home.",
			num:  "40", source: "Tom Carden", typ: "government"},
		{name: "party-state code in parentheses",
			text: "Senator Ann Moss (D-Ore.) said that 40 former fighters have come home.",
			num:  "40", source: "Ann Moss"},
		{name: "fronted time adverbial without a comma",
			text: "This afternoon Dunmore Police posted on Twitter: \"Shots fired near the bridge; one person injured.\"",
			num:  "one", source: "Dunmore Police"},
		{name: "last week, no comma",
			text: "Last week the health ministry said 40 people had died in Tarsa.",
			num:  "40", source: "health ministry"},
		{name: "as X pointed out",
			text: "As Reuters pointed out, the driver was one of 75 people being watched by the police.",
			num:  "75", source: "Reuters", typ: "media"},
		{name: "pointed to is no cue",
			text: "The officer pointed to 12 cars parked along the road.",
			num:  "12", null: true},
		{name: "fronted participle with its agent",
			text: "Revealed by the Daily Courier on Monday, at least nine shots are heard on the tape.",
			num:  "nine", source: "Daily Courier", typ: "media"},
		{name: "confirmed by, fronted",
			text: "Confirmed by the army, the toll of 40 soldiers was the highest this year.",
			num:  "40", source: "army"},
	})
}

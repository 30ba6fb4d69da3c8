package extract_test

import "testing"

// A quote introduced by a colon with no cue, after a sentence about the
// person it opens with, is that person's word; a colon after a thing
// ("The list reads:") gives no one. Sentences written for these tests.
func TestSource12ColonQuote(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "witness walking past, curly quotes",
			text: "Tom Reddy, a lighting designer, was walking past the memorial when the shots were fired: “The soldier was shot at close range. It couldn't have been more than 20 feet.”",
			num:  "20", source: "Tom Reddy"},
		{name: "straight quotes",
			text: "Tom Reddy was walking past the memorial: \"I saw two men with rifles.\"",
			num:  "two", source: "Tom Reddy"},
		{name: "a thing before the colon",
			text: "Tom Reddy runs the shelter. The list reads: \"40 blankets, 12 tents.\"",
			num:  "40", null: true},
		{name: "a closed quote before the figure",
			text: "Tom Reddy was walking past: “I ran.” Police later found 14 shell casings.",
			num:  "14", null: true},
	})
}

package extract_test

import (
	"strings"
	"testing"
)

// Counted noun phrases that the figure rules used to cut short, so that the
// count was lost: compound modifiers, adverbs, coordinated modifiers and a
// measure of each item between the count and its noun. The sentences are
// written for this test.
func TestNounPhraseClasses(t *testing.T) {
	tests := []struct{ class, text, num, counted string }{
		{"hyphenated modifier", "The checkpoint was held by two pro-government militias until May.", "two", "militias"},
		{"adverb and participles", "Seven heavily armed suspected rebel fighters attacked the depot.", "Seven", "fighters"},
		{"coordinated modifiers", "The carrier's fleet counted 12 passenger and cargo airliners.", "12", "airliners"},
		{"measure of each item", "The truck carried three one-ton fuel tanks into the square.", "three", "tanks"},
		{"a weight of each item", "Warplanes dropped four 500-pound bombs on the bridge.", "four", "bombs"},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			if f := figureOf(t, tt.text, "2014-06-01", tt.num); f != nil && string(f.Counted) != tt.counted {
				t.Errorf("%q: counted = %q, want %q", f.Text, f.Counted, tt.counted)
			}
		})
	}
}

// A measure written as an adjective right after a count describes each
// item; it is no figure of its own. Alone, it stays one ("a 125-tonne
// dome").
func TestItemMeasureIsNoFigure(t *testing.T) {
	res := extractText("The truck carried three one-ton fuel tanks and a 40-tonne crane.", "2014-06-01")
	var got []string
	for _, f := range res.Figures {
		got = append(got, f.Text)
	}
	if strings.Contains("|"+strings.Join(got, "|"), "|one-ton") {
		t.Errorf("figures %q: the per-item measure one-ton is a figure", got)
	}
	if !strings.Contains(strings.Join(got, "|"), "40-tonne") {
		t.Errorf("figures %q: the lone measure 40-tonne is missing", got)
	}
}

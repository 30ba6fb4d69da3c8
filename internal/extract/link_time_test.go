package extract_test

import "testing"

// A time expression between a linking verb and its number ("the toll
// stood last night at 404") still ties the number to the toll, and a past
// verb dates a bare weekday to the week before. Sentences written for this
// test; published on a Tuesday.
func TestLinkAcrossTime(t *testing.T) {
	tests := []struct {
		text, value, event, asOf string
	}{
		{"The death toll stood last night at 404.", "404", "killed", ""},
		{"The toll rose on Monday to 83, the ministry said.", "83", "killed", "2009-06-29"},
		{"The toll stood on Friday at 120.", "120", "killed", "2009-06-26"},
		{"The toll stood at 37.", "37", "killed", ""},
	}
	for _, tc := range tests {
		r := extractText(tc.text, "2009-06-30")
		if len(r.Figures) != 1 {
			t.Errorf("%q: %d figures, want 1", tc.text, len(r.Figures))
			continue
		}
		f := r.Figures[0]
		if f.Text != tc.value || string(f.Event) != tc.event {
			t.Errorf("%q: figure %q event %q, want %q %q", tc.text, f.Text, f.Event, tc.value, tc.event)
		}
		if tc.asOf != "" && string(f.AsOf) != tc.asOf {
			t.Errorf("%q: as of %q, want %q", tc.text, f.AsOf, tc.asOf)
		}
	}
}

// A reporting verb glued into a compound ("laboratory-confirmed cases",
// "state-reported deaths") is an adjective: it makes no statement and
// names no source. Sentences written for this test.
func TestCompoundParticiple(t *testing.T) {
	for _, text := range []string{
		"The number of laboratory-confirmed cases stood at 404.",
		"Hospital-reported deaths rose to 31 on Monday.",
	} {
		r := extractText(text, "2009-06-30")
		if len(r.Statements) != 0 {
			t.Errorf("%q: %d statements, want none (first: %q %q)", text, len(r.Statements), r.Statements[0].Speaker, r.Statements[0].Cue)
		}
		if len(r.Figures) != 1 || r.Figures[0].Source != "" {
			t.Errorf("%q: figures %+v, want one with no source", text, r.Figures)
		}
	}
}

// A participle qualifying a count noun whose own verb follows is no
// reporting verb: "Laboratory confirmed cases stand at 4,322" is not a
// statement by "Laboratory". "Officials reported deaths rose" still is one.
// Sentences written for this test.
func TestCountAdjective(t *testing.T) {
	tests := []struct {
		text       string
		statements int
	}{
		{"Laboratory confirmed cases stand at 4,322.", 0},
		{"Suspected deaths rose to 83 on Monday.", 0},
		{"Health officials confirmed cases in three schools.", 1},
		{"Officials reported deaths rose to 40 overnight.", 1},
	}
	for _, tc := range tests {
		if n := len(extractText(tc.text, "2009-06-30").Statements); n != tc.statements {
			t.Errorf("%q: %d statements, want %d", tc.text, n, tc.statements)
		}
	}
}

// An adverb after a bare toll is not its counted noun: "deaths rose to 40
// overnight" is a toll of 40, "40 overnight bags" still counts bags.
// Sentences written for this test.
func TestTrailingAdverb(t *testing.T) {
	tests := []struct{ text, figure, counted string }{
		{"Deaths rose to 40 overnight.", "40", "people"},
		{"The toll stood at 52 earlier, officials said.", "52", "people"},
		{"Deaths rose to 61 again on Monday.", "61", "people"},
		{"Traders sold 40 overnight bags.", "40 overnight bags", "bags"},
	}
	for _, tc := range tests {
		r := extractText(tc.text, "2009-06-30")
		if len(r.Figures) != 1 || r.Figures[0].Text != tc.figure || string(r.Figures[0].Counted) != tc.counted {
			t.Errorf("%q: figures %+v, want %q counting %q", tc.text, r.Figures, tc.figure, tc.counted)
		}
	}
}

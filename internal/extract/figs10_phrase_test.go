package extract_test

import "testing"

// The counted noun may come after a run of modifiers (a nationality, a
// hyphenated compound, a noun used as a modifier), and a number whose noun
// is left out may be followed by its own verb.
func TestFigs10NounPhrase(t *testing.T) {
	runFigCases(t, []figCase{
		{name: "compound and noun modifier", text: "Officials are trying to locate all aircraft owned by two Libyan state-owned airline companies.",
			want: []string{"two Libyan state-owned airline companies"}},
		{name: "noun modifier late", text: "Rebels seized three government-run grain storage depots near the city.",
			want: []string{"three government-run grain storage depots"}},
		{name: "magnitude is no count", text: "A 6.5-magnitude quake killed 12 people in the region.", want: []string{"12 people"}, none: []string{"6.5"}},
		{name: "left-out noun with remained", text: "About 15 students were found hiding, but 43 remained missing.", want: []string{"About 15 students", "43"}},
		{name: "left-out noun with still", text: "Police freed 20 hostages on Monday; 11 still held by the gang were moved.", want: []string{"20 hostages"}},
		{name: "others", text: "The gunman killed three people and wounded 13 others before he was arrested.", want: []string{"three people", "13"}},
		{name: "others opening a sentence", text: "Twelve people were killed in the attack. Eleven others were wounded, four of them seriously.", want: []string{"Twelve people", "Eleven others"}},
		{name: "others with a state", text: "Two others are thought to be infected, officials said.", want: []string{"Two others"}},
		{name: "IS in capitals", text: "Doctors in Mosul treated two IS fighters for burns.", want: []string{"two IS fighters"}},
		{name: "is in lower case", text: "The toll is 40, and 12 is the number of the missing.", none: []string{"12 is"}},
		{name: "part of a possessor's group", text: "Officials fear an outbreak after two of the terror group's fighters contracted the virus.", want: []string{"two of the terror group's fighters"}},
		{name: "part of the army's soldiers", text: "Five of the army's soldiers were killed in the ambush.", want: []string{"Five of the army's soldiers"}},
		{name: "number modifying a noun", text: "About 40 people fled; 300 tents were set up.", want: []string{"About 40 people", "300 tents"}},
	})
}

// A ratio of counts is the percentage it states; a vague fraction is no
// figure.
func TestFigs10Proportion(t *testing.T) {
	for _, tc := range []struct {
		text, fig string
		pct       float64
	}{
		{"Nearly nine in 10 residents said they feared new clashes.", "Nearly nine in 10", 90},
		{"Four in 10 remain optimistic about the ceasefire, the poll found.", "Four in 10", 40},
		{"One in 16 homes in the district was destroyed.", "One in 16", 6.25},
		{"Three out of four aid convoys were turned back.", "Three out of four", 75},
	} {
		figs := extractText(tc.text, "2014-10-23").Figures
		found := false
		for _, f := range figs {
			if f.Text == tc.fig {
				found = true
				if f.Value == nil || *f.Value != tc.pct || f.Unit != "%" {
					t.Errorf("%q: %q value %v unit %q, want %g %%", tc.text, f.Text, f.Value, f.Unit, tc.pct)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", tc.text, tc.fig)
		}
	}
	runFigCases(t, []figCase{
		{name: "vague fractions", text: "Half of the town fled, and a quarter of the homes were destroyed.", none: []string{"Half", "a quarter"}},
	})
}

// A negated lower bound is an upper bound ("couldn't have been more than 20
// feet"); a negated count stays out.
func TestFigs10NegatedBound(t *testing.T) {
	for _, tc := range []struct{ text, fig, approx string }{
		{"The soldier was shot at close range: it couldn't have been more than 20 feet.", "more than 20 feet", "up to"},
		{"The hospital says it doesn't have more than 40 doctors left.", "more than 40 doctors", "up to"},
	} {
		figs := extractText(tc.text, "2014-10-23").Figures
		found := false
		for _, f := range figs {
			if f.Text == tc.fig {
				found = true
				if string(f.Approx) != tc.approx {
					t.Errorf("%q: approx %q, want %q", tc.text, f.Approx, tc.approx)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", tc.text, tc.fig)
		}
	}
	runFigCases(t, []figCase{
		{name: "negated count", text: "The army did not send 500 troops to the border, the minister said.", none: []string{"500"}},
	})
}

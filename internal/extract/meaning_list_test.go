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
		{"a plural noun then and is the head", "Three bystanders and a police officer tackled the gunman.", "Three", "bystanders"},
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

// Events of counts in lists and of counts whose verb is in another clause or
// sentence; the sentences are written for this test. "-" means empty.
func TestListAndContextEventClasses(t *testing.T) {
	tests := []struct{ class, text, num, event string }{
		{"object list with commas", "Gunmen killed 14 soldiers, 6 police and 31 villagers near the dam.", "6 police", "killed"},
		{"object list, last item", "Gunmen killed 14 soldiers, 6 police and 31 villagers near the dam.", "31", "killed"},
		{"subject list before the verb", "Eleven rebels, five soldiers and two farmers were killed in the fighting.", "Eleven", "killed"},
		{"subject list, middle item", "Eleven rebels, five soldiers and two farmers were killed in the fighting.", "five", "killed"},
		{"subject pair wounded", "Four guards and nine shoppers were wounded when the bomb exploded.", "Four", "wounded"},
		{"subject pair with hedges", "Six Malian soldiers and more than 40 militants were killed on Friday.", "Six", "killed"},
		{"apposition of names", "Two Dutch hostages, Anna Vos and Pieter Bak, were killed in March.", "Two", "killed"},
		{"the dead included", "The dead included 9 children and five women, medics said.", "9", "killed"},
		{"the dead included, second", "The dead included 9 children and five women, medics said.", "five", "killed"},
		{"among the wounded", "Among the wounded were 17 police officers.", "17", "wounded"},
		{"among them, next sentence", "Shelling hit the market on Tuesday and at least 52 people were killed. Among them were 8 children.", "8", "killed"},
		{"victims after a toll", "The bombing killed 23 people. Among the victims were 4 schoolboys.", "4", "killed"},
		{"including after a harm verb", "The group has executed prisoners, including three local reporters.", "three", "killed"},
		{"beheaded", "The militants beheaded two of the captured policemen last week.", "two", "killed"},
		{"caught", "Police said 40 smugglers have been caught at the crossing.", "40", "detained"},
		{"apprehended", "Officials said 12 suspects were apprehended in the raid.", "12", "detained"},
		{"caught on camera is no detention", "Four men caught on camera looting the store were named.", "Four", "-"},
		{"part of a group counted before", "Troops surrounded 400 rebels, and the gas led to the death of three hundreds of them.", "three hundreds", "killed"},
		{"part of them released", "Police arrested 60 students on Monday. On Friday 25 of them were released.", "25", "detained"},
		{"speaking soldiers are not deployed", "Two soldiers quoted by state radio denied the report.", "Two", "-"},
		// The defaults stay when nothing replaces them.
		{"troops present stay deployed", "Some 300 troops are stationed near the border.", "300", "deployed"},
		{"a verb of its own is kept", "The army deployed 500 soldiers and 20 civilians were killed.", "500", "deployed"},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			f := figureOf(t, tt.text, "2014-06-01", tt.num)
			if f == nil {
				return
			}
			want := tt.event
			if want == "-" {
				want = ""
			}
			if string(f.Event) != want {
				t.Errorf("%q in %q: event = %q, want %q", f.Text, tt.text, f.Event, want)
			}
		})
	}
}

// "one or more" is at least one, no count; "two or three" is one figure.
func TestOrCounts(t *testing.T) {
	res := extractText("One or more shells hit the school, and two or three houses burned.", "2014-06-01")
	if len(res.Figures) != 1 || res.Figures[0].Low == nil || *res.Figures[0].Low != 2 || *res.Figures[0].High != 3 {
		var got []string
		for _, f := range res.Figures {
			got = append(got, f.Text)
		}
		t.Errorf("figures %q, want one: two or three houses (2–3)", got)
	}
}

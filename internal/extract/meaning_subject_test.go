package extract_test

import "testing"

// A count whose verb stands past a long subject: a prepositional phrase, an
// age range, a coordinated noun, an apposition of names, or the people it
// went with. The sentences are written for this test; "-" means empty.
func TestLongSubjectEventClasses(t *testing.T) {
	tests := []struct{ class, text, num, event string }{
		{"with phrase before the verb", "Officials said four men with links to the militia were arrested near the port of Zuwara.", "four", "detained"},
		{"with phrase, past perfect", "A senator said three men with suspected ties to the cell had been apprehended at the crossing.", "three", "detained"},
		{"from phrase with quotes", "Only five travellers from \"high-risk\" provinces were detained at the airport in October.", "five", "detained"},
		{"coordinated, age range", "More than 300 women and girls aged from 8 to 70 have been abducted by the militia since 2012, the group said.", "300", "detained"},
		{"coordinated with a noun phrase", "Two Danish aid workers and a local driver were kidnapped near the border on Sunday.", "Two", "detained"},
		{"apposition of names", "Two other Canadians, the engineers Paul Marsh and Lena Ortiz and aid worker Tom Reyes were beheaded by the group last year.", "Two", "killed"},
		{"picked up", "Two more suspects were picked up in Mombasa later that week, police said.", "Two", "detained"},
		{"remain missing after a phrase", "The coastguard said 23 sailors from the island of Kerra remain missing after the storm.", "23", "missing"},
		{"captured with companions", "The photographer was captured near Sirte with two colleagues in 2011.", "two", "detained"},
		{"detained along with", "The widow was detained along with three of her sons during a raid near Homs.", "three", "detained"},
		{"object relative", "The militia denied it had sold the 150 pupils that it abducted in March.", "150", "detained"},
		{"object relative with a named subject", "Relatives marched for the 12 activists whom the police arrested on Friday.", "12", "detained"},
		// The verb belongs to another clause or subject.
		{"one of N in an aside", "Marsh, one of four brothers, had been kidnapped in Sirte in 2012.", "four", "-"},
		{"fighters crossing a border", "Officials said reports that six militants had crossed the border were false.", "six", "-"},
		{"subject relative with an object", "Police shot the 3 gunmen that the witnesses said killed two guards.", "3", "-"},
		{"relative clause verb", "Up to 30 volunteers who say they were detained by the militia have filed complaints.", "30", "-"},
		{"another subject after the trip", "On a trip to the coast with two friends, he said he was detained by police.", "two", "-"},
		{"a name with a verb in it", "The 12-member group Homs Is Being Erased Quietly published the photographs.", "12-member", "-"},
		{"things are not people", "Gunmen seized four trucks with food aid and the drivers were later released.", "four", "-"},
		{"active verb is not passive", "Three men with knives attacked a bus in Garissa on Monday.", "Three", "-"},
		{"crossing is not fleeing", "Officials said claims that four militants from the group had crossed the border were false.", "four", "-"},
		{"companions of the arrested", "Police arrested four men and two women travelling with 30 children near the border.", "30", "-"},
		{"with a weapon", "The officer was wounded with two bullets in his leg.", "two", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			f := figureOf(t, tt.text, "2014-10-01", tt.num)
			if f == nil {
				return
			}
			want := tt.event
			if want == "-" {
				want = ""
			}
			if string(f.Event) != want {
				t.Errorf("%q: event = %q, want %q", f.Text, f.Event, want)
			}
		})
	}
}

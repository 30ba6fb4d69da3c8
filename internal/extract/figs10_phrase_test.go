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
		{name: "number modifying a noun", text: "About 40 people fled; 300 tents were set up.", want: []string{"About 40 people", "300 tents"}},
	})
}

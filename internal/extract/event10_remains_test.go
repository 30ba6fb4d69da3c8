package extract_test

import "testing"

// meaningCase is one sentence of a wording class and what its figure num
// counts; "-" means empty.
type meaningCase struct{ class, text, num, event, counted, measure string }

// checkMeaning runs meaning cases on text published 2014-10-01.
func checkMeaning(t *testing.T, tests []meaningCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			f := figureOf(t, tt.text, "2014-10-01", tt.num)
			if f == nil {
				return
			}
			for _, c := range []struct{ name, got, want string }{
				{"event", string(f.Event), tt.event}, {"counted", string(f.Counted), tt.counted},
				{"measure", string(f.Measure), tt.measure},
			} {
				if c.want == "-" {
					c.want = ""
				}
				if c.want != "*" && c.got != c.want {
					t.Errorf("%q: %s = %q, want %q", f.Text, c.name, c.got, c.want)
				}
			}
		})
	}
}

// The dead found, dug out or buried are not a toll: nobody has said when or
// how they died (event null, measure "bodies found"); "found dead" still is.
func TestRemainsAreNoToll(t *testing.T) {
	checkMeaning(t, []meaningCase{
		{"bodies found, count first", "Prosecutors said 17 bodies had been pulled from the pits near Cocula.", "17", "-", "bodies", "bodies found"},
		{"bodies of people", "Soldiers found the bodies of 23 people in a ravine outside Tampico.", "23", "-", "people", "bodies found"},
		{"charred bodies in graves", "Investigators dug up graves holding at least 9 charred bodies on Friday.", "9", "-", "bodies", "bodies found"},
		{"remains of", "Forensic teams recovered the remains of 31 migrants in the desert.", "31", "-", "migrants", "bodies found"},
		{"corpses", "Residents counted 14 corpses along the river bank.", "14", "-", "bodies", "bodies found"},
		{"bodies buried", "Villagers buried 40 bodies in a mass grave on Sunday, a priest said.", "40", "-", "bodies", "bodies buried"},
		{"thousands collected are a toll", "The minister said 52,000 bodies had already been collected by the authorities.", "52,000", "killed", "people", "people killed"},
		{"thousands buried are a toll", "Officials say the authorities have buried 30,000 bodies since the quake.", "30,000", "killed", "people", "people killed"},
		{"thousands found in graves are not", "Investigators say 1,200 bodies were exhumed from graves near the town.", "1,200", "-", "bodies", "bodies found"},
		{"bodies of people who went missing", "Divers found the bodies of 12 sailors who went missing in the storm.", "12", "missing", "sailors", "sailors missing"},
		{"found dead is a toll", "At least 26 people were found dead after the raid on the village.", "26", "killed", "people", "people killed"},
		{"discovered dead", "Police said 8 guards were discovered dead inside the depot.", "8", "killed", "guards", "guards killed"},
		{"the death of is a toll", "The death of 19 recruits at the camp shocked the army.", "19", "killed", "recruits", "recruits killed"},
		{"a toll stays a toll", "The blast killed 12 people and wounded 30 in Maiduguri.", "12", "killed", "people", "people killed"},
	})
}

// A count that does the harm is not its victim: "two gunmen killed three
// police" counts gunmen who killed, not gunmen killed.
func TestAgentOfHarmIsNoVictim(t *testing.T) {
	checkMeaning(t, []meaningCase{
		{"killers before a number", "Two gunmen killed three police officers at a checkpoint in Kano.", "Two gunmen", "-", "gunmen", "gunmen"},
		{"victims after the verb", "Two gunmen killed three police officers at a checkpoint in Kano.", "three", "killed", "*", "*"},
		{"killers before a determiner", "Four attackers stabbed and murdered a shopkeeper in the market.", "Four", "-", "attackers", "attackers"},
		{"kidnappers before a name", "Three militants kidnapped Omar Hadi outside his home in Mosul.", "Three", "-", "militants", "militants"},
		{"passive stays a victim", "Two gunmen were killed by police at a checkpoint in Kano.", "Two", "killed", "gunmen", "gunmen killed"},
		{"reduced relative stays a victim", "Six people killed in the raid were buried on Sunday.", "Six", "killed", "people", "people killed"},
		{"a weekday is no object", "Eleven soldiers killed Tuesday near Damboa were buried.", "Eleven", "killed", "soldiers", "soldiers killed"},
		{"fled their homes is displacement", "More than 9,000 villagers fled their homes in Gwoza.", "9,000", "displaced", "villagers", "villagers displaced"},
	})
}

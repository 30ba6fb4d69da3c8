package extract_test

import "testing"

// Earlier states a sentence tells as an episode: "at one point" a source
// claimed a figure and then changed it; a figure first given and then
// raised ("initially alleged …, before upping …"). Each is set beside
// the current figure it must not be mistaken for. Sentences written for this test.
func TestFigureRecalledEpisodes(t *testing.T) {
	const pub = "2011-06-15"
	runRecalledCases(t, pub, []recalledCase{
		{"at one point … claimed", "At one point, the port authority claimed only 12,000 litres were escaping a day and then it upped the number to 60,000 litres.", "12,000", true},
		{"at one point … and then upped", "At one point, the port authority claimed only 12,000 litres were escaping a day and then it upped the number to 60,000 litres.", "60,000", true},
		{"at one point, a count is no claim", "At one point in the afternoon, 400 people were trapped in the station, officials said.", "400", false},
		{"initially … before upping", "The operator initially alleged that 800 barrels a day were escaping, before upping the estimate to 3,000 barrels.", "3,000", true},
		{"initially … and now says", "The ministry initially reported 20 deaths, then raised the toll to 35, and now says 41 people died.", "41", false},
		{"no first statement: a change stays current", "The coastguard then said the pipe was leaking 700 barrels a day before revising upwards to 2,500 barrels a day.", "2,500", false},
	})
}

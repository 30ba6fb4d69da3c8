package extract_test

import "testing"

// Figures the ledger had filed under another place than the one they hold
// in: a toll given by "the local police" just after a sentence that names
// the town; a count over one country's states; a carried tally whose own
// clause names its city; a death of a foreigner who was visiting a place.
func TestFigurePlaceOtherPlace(t *testing.T) {
	placeCases(t, "2010-01-16", []struct{ text, num, want string }{
		{"An earthquake struck Haiti on Tuesday.\nMost buildings were destroyed in Jacmel, a town on the coast, the UN said.\n" +
			"According to the local police, about 4,000 people have been killed.", "4,000", "Jacmel"},
		// with no town just named, "local" narrows nothing
		{"An earthquake struck Haiti on Tuesday.\nAid reached the capital, the UN said.\n" +
			"According to the local police, about 4,000 people have been killed.", "4,000", "|Haiti"},
		// a town two sentences back reached only "from" it is no scene
		{"An earthquake struck Haiti on Tuesday.\nDetails are emerging from beyond Jacmel.\n" +
			"Local officials said about 4,000 people have been killed.", "4,000", "|Haiti"},
		{"Flu spread in Britain this week.\nThe health chief said there are now 64 confirmed cases of flu in 8 US states.", "64", "|United States"},
		{"Flu spread in Britain this week.\nThe health chief said there are now 64 confirmed cases in three Mexican provinces.", "64", "|Mexico"},
		{"Flu spread in Britain this week.\nThere are now 17 cases in Wales and five in Scotland, officials said.\nThe tally in Cardiff has reached nine, officials said.", "nine", "Cardiff"},
		{"Flu spread in Mexico this week.\nMexico has 22 deaths.\nOne death has been confirmed, that of a Mexican boy who was visiting Texas.", "One", "Texas"},
	})
}

// "local" before what is no source ("loans to local communities") narrows
// nothing to the town named before.
func TestFigurePlaceLocalNotSource(t *testing.T) {
	placeCases(t, "2010-05-02", []struct{ text, num, want string }{
		{"Oil reached the coast of Louisiana.\nOfficials opened gates in the Tallow river, in Baton Rouge.\nThe Guard sent 40 boats to help local communities.", "40", "|United States"},
	})
}

// A figure of what a group did, in a sentence that says which land the
// group holds, lies in that land; "held" before hostages names no land.
func TestFigurePlaceTerritory(t *testing.T) {
	const lebanon = "The Lebanese army detained a woman near Arsal on Monday, officials in Lebanon said.\n\n"
	placeCases(t, "2014-12-03", []struct{ text, num, want string }{
		{lebanon + "The group, which killed 600 people this summer, controls much of eastern Syria.", "600", "|Syria"},
		{lebanon + "The militants, who have seized large parts of northern Iraq, executed 300 soldiers.", "300", "|Iraq"},
		{lebanon + "The militants, who killed 300 people, held 20 hostages for a month.", "300", "|Lebanon"},
	})
}

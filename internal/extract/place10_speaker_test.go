package extract_test

import "testing"

// Where the speaker is, not where the figure holds: a reporter's post
// ("our correspondent in Baghdad says …") and a place inside an
// attribution after the figure ("…, said a director at a think-tank in
// Washington"). Officials at the scene still place their figures, and a
// place written with the figure before the attribution still holds.
func TestFigurePlaceSpeakerPost(t *testing.T) {
	const lead = "Fighting in Syria went on this week around Aleppo, and rebels in Syria lost ground.\n"
	placeCases(t, "2014-10-20", []struct{ text, num, want string }{
		{lead + "The BBC's correspondent in Baghdad says the group has three planes.", "three", "|Syria"},
		{lead + "Our reporter in Beirut says about 40 fighters crossed the border overnight.", "40", "|Syria"},
		{lead + "It is implausible that 10 fighters were arrested, said John Ross, a director at a think-tank in Washington.", "10", "|Syria"},
		{lead + "Some 300 families have fled, according to a charity in London.", "300", "|Syria"},
		// still placed: officials at the scene, a place with the figure
		{lead + "Hospital officials in Homs said 31 people had died.", "31", "Homs"},
		{lead + "At least 12 people were killed in Homs, activists said.", "12", "Homs"},
		// a reporting verb that opens what is said keeps the content's place
		{lead + "That is half of the 1,250 troops the ministry says are stationed in Jordan.", "1,250", "Jordan"},
		{lead + "The 400 families the agency says are sheltering in Lebanon need food.", "400", "Lebanon"},
	})
}

// A place the counted things are part of, written right after them ("two
// districts of Kobane", "5,000 residents of Homs"), is their place; the
// country people are citizens of is who they are, not where.
func TestFigurePlacePartOf(t *testing.T) {
	const lead = "Fighting in Syria went on this week, and rebels in Syria lost ground.\n"
	placeCases(t, "2014-10-20", []struct{ text, num, want string }{
		{lead + "Militants have pushed into two districts of Kobane, a border city.", "two", "Kobane"},
		{lead + "About 5,000 residents of Homs fled overnight.", "5,000", "Homs"},
		{lead + "Three citizens of France were killed, the group said.", "Three", "|Syria"},
	})
}

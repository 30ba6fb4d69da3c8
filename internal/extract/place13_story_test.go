package extract_test

import "testing"

// The story's country is weighed from how each country is written. A
// state's own police, army or authorities detaining people say where the
// story is as surely as "in Veldmark"; "from" before a country tells who
// or what came from there ("samples from the commander from Iraq"), not
// where the story is; a place in a sentence dated years back ("in 2005
// he was jailed in Iraq") is a life the story recalls; a country someone
// "never went to" or that words are aimed at ("lashed out at Israel") is
// no place of the story. The figure here has no place of its own, so it
// takes the story's.
func TestFigurePlaceStoryCountry(t *testing.T) {
	const arrest = "The Lebanese army detained a woman and a boy near the border, officials said.\n\n"
	placeCases(t, "2014-12-03", []struct{ text, num, want string }{
		// the woman's past and her origin outweighed the arrest before
		{arrest +
			"Tests on samples from the commander from Iraq matched, a minister said.\n\n" +
			"In 2005 the commander was jailed by US forces in Iraq and later released in Iraq.\n\n" +
			"The woman was questioned by 12 investigators.", "12", "|Lebanon"},
		{"Turkish authorities are holding two men, police said.\n\n" +
			"The men had met a recruiter from Syria and a smuggler from Syria.\n\n" +
			"Both had studied in Syria in 2009.\n\n" +
			"They were questioned by 14 officers.", "14", "|Turkey"},
		// a country words are aimed at, and one never visited
		{"Fighting in Mali killed 40 people on Monday.\n\n" +
			"The rebel leader lashed out at Algeria and hit out at Algeria again.\n\n" +
			"He said his men had never been to Algeria.\n\n" +
			"About 300 families left the town.", "300", "|Mali"},
		// an arrest by a country's forces abroad still leaves a story
		// told in its own place there
		{"Fighting in Mali killed 40 people in Gao.\n\nFrench troops in Mali said 12 suspects were held.", "12", "|Mali"},
		// where people fled from is still where the story is
		{"Thousands fled from Syria on Monday, and more fled from Syria on Tuesday.\n\nAbout 500 families crossed the border.", "500", "|Syria"},
		// a year that starts what still runs is not a past
		{"The war in Syria, which began in 2011, goes on.\n\nFighting in Syria killed 40 people in Aleppo.\n\nAbout 500 families left.", "500", "|Syria"},
	})
}

package extract_test

import "testing"

// The story's country when the article names it only through its armed
// groups, its rulers or once as an adjective: a figure with no place of
// its own is placed there. A nationality that says who someone is ("an
// American tourist") does not make a story that country's.
func TestFigurePlaceStoryCountryUnnamed(t *testing.T) {
	placeCases(t, "2014-10-20", []struct{ text, num, want string }{
		{"Boko Haram fighters attacked the town on Friday, residents said.\nThe militants killed 48 people and burned 300 houses, a local official said.", "48", "|Nigeria"},
		{"Al-Shabaab gunmen stormed a hotel on Sunday.\nAt least 14 people were killed, police said.", "14", "|Somalia"},
		{"Yemeni officials said the rebels stormed the palace on Friday.\nThe army said 12 guards were killed.", "12", "|Yemen"},
		// a neighbour across a border and an aid group's nationality are not the story's
		{"Boko Haram fighters attacked a town near the border with Cameroon on Friday.\nA French aid group said 30 people were killed.", "30", "|Nigeria"},
		// not the story's country: who a victim is
		{"An American tourist was on the bus when it crashed on Friday.\nThe driver said 12 people were killed.", "12", "-"},
	})
}

// A count away from the story's place ("other countries", "elsewhere",
// "outside Mexico", "the rest of the world") is not the story country's;
// "elsewhere in the region" still is, and a compass word between a
// preposition and a country ("in northeast Nigeria", "in north-west
// Niger") does not hide the country. A country backing one side from
// abroad ("backed by Tehran") is not a figure's place.
func TestFigurePlaceElsewhereAndCompass(t *testing.T) {
	const lead = "The outbreak began in Mexico in April, and Mexico has since closed its schools.\n"
	placeCases(t, "2009-05-20", []struct{ text, num, want string }{
		{lead + "Other countries have reported 300 cases.", "300", "-"},
		{lead + "There have been 2,000 cases outside Mexico.", "2,000", "-"},
		{lead + "Elsewhere, 45 people have died.", "45", "-"},
		{lead + "The rest of the world has 900 cases.", "900", "-"},
		{lead + "Mexico has 800 cases.", "800", "Mexico"},
		{"Fighting went on in Mali.\nSoldiers said 25 rebels were killed in northeast Nigeria, and five civilians were killed elsewhere in the region.", "five", "|Nigeria"},
		{"Fighting went on in Mali.\nSoldiers said 40 rebels were killed in north-west Niger on Monday.", "40", "|Niger"},
		{"Houthi rebels stormed the presidential palace in Sanaa on Tuesday, and fighting spread across Yemen.\nThe rebels, who are backed by Tehran, said 12 guards were killed.", "12", "|Yemen"},
	})
}

package extract_test

import "testing"

// Names after a locative preposition that are no figure's place: the far
// side of a border, an outlet's nationality, a title, a party's acronym, a
// room or a hall, a label with its number; a compass word before a place
// is part of that place. The story's country is found instead.
func TestFigurePlaceNotAPlaceName(t *testing.T) {
	const lead = "Fighting has spread across Yemen this year, and the rebels hold much of north Yemen.\n"
	placeCases(t, "2014-10-20", []struct{ text, num, want string }{
		// the far side of a border
		{lead + "Government airstrikes hit a town along the country's southern border with Oman, killing eight people.", "eight", "|Yemen"},
		{lead + "About 10 fighters have been caught on the Yemen-Oman border.", "10", "|Yemen"},
		{lead + "Troops near the Saudi border said 12 rebels were killed.", "12", "|Yemen"},
		// an outlet's nationality
		{lead + "The Algerian news site al-Fadjr said 11 aircraft went missing.", "11", "|Yemen"},
		{lead + "A British newspaper reported that 30 soldiers were wounded.", "30", "|Yemen"},
		// a title, a party, a room, a hall
		{lead + "He sat in the Speaker's chair. He killed three people.", "three", "|Yemen"},
		{lead + "In the GPC caucus room, about 100 aides were hiding.", "100", "|Yemen"},
		{lead + "Officials said 14 people were killed at City Hall.", "14", "|Yemen"},
		// a compass word before a place
		{lead + "The army said 9 rebels died in Eastern Yemen's Marib province.", "9", "|Yemen"},
		// still placed: a place written with the figure, a border town
		{lead + "The army said 9 rebels died in Marib.", "9", "Marib"},
		{"Fighting has spread across Syria this year.\nMilitants killed 20 people in the border town of Kobani.", "20", "Kobani"},
	})
}

// Figures that a payer's country does not place: a ransom or a payment
// is made to captors where the story is, and the hostages freed by it are
// held there; an online audience counted in shares or views is nowhere.
func TestFigurePlacePayerAndAudience(t *testing.T) {
	const lead = "Militants have held the north of Mali for a year, and foreign hostages are held in Mali.\n"
	placeCases(t, "2014-10-20", []struct{ text, num, want string }{
		{lead + "France had paid $13 million for the release of four hostages.", "$13 million", "|Mali"},
		{lead + "France had paid $13 million for the release of four hostages.", "four", "|Mali"},
		{lead + "Spain is said to have paid a ransom of $5 million.", "$5 million", "|Mali"},
		{lead + "The video was shared more than 700,000 times.", "700,000", "-"},
		{lead + "The clip has been viewed 2 million times on YouTube.", "2 million", "-"},
		// still placed: what a country has, a count of times that is not online
		{lead + "France has 3,000 troops in Mali.", "3,000", "Mali"},
		{lead + "A farmer paid a vet £300 in Gao to treat his goat.", "£300", "Gao"},
		// a supplier's country: its goods go elsewhere
		{lead + "Britain has been supplying the army with weapons. The army reports receiving about 40 heavy machine guns.", "40", "|Mali"},
		{lead + "The town was shelled 40 times in Mali's north.", "40", "|Mali"},
	})
}

package extract_test

import "testing"

// A country named as the side that strikes ("US airstrikes", "the US
// military has bombed …", "American jets conducted …") is not where its
// strikes land: the figure is placed where the article says the strikes
// are aimed, or where the story is. A passive names the target, which is a
// place; the story's own country striking at home is still placed there.
// A capital standing for its government ("Washington said") is a speaker,
// not a place.
func TestFigurePlaceAttacker(t *testing.T) {
	placeCases(t, "2014-10-20", []struct{ text, num, want string }{
		// the striker's country as the clause's subject
		{"Militants have held the town of Harzan in Yemen since June. Fighting in Yemen has driven thousands from their homes.\nThe US military has bombed more than 60 targets since August.", "60", "|Yemen"},
		{"Fighting in Yemen has driven thousands from their homes. Rebels hold much of the north of Yemen.\nThe U.S. has been hitting the group with air strikes, and the Pentagon said the strikes have killed around 800 fighters.", "800", "|Yemen"},
		// the striker's country as a modifier of the strike
		{"Fighting in Yemen has driven thousands from their homes. Rebels hold much of the north of Yemen.\nSix people were killed in a U.S. airstrike on two cars near the town.", "two", "|Yemen"},
		{"Fighting in Yemen has driven thousands from their homes. Rebels hold much of the north of Yemen.\nIn a statement, US Central Command said American fighter jets conducted 14 air strikes around the city.", "14", "|Yemen"},
		{"Fighting in Yemen has driven thousands from their homes. Rebels hold much of the north of Yemen.\nBritish warplanes struck 12 targets on Sunday.", "12", "|Yemen"},
		// a story the striker's country leads: where the article says the strikes land
		{"In revenge for U.S. airstrikes in northern Iraq, the group has killed an American reporter, U.S. officials say. The White House has not yet replied. American officials spoke to reporters in Washington.\nSince Aug. 8, the U.S. military has struck at least 70 targets.", "70", "|Iraq"},
		{"France began air strikes on Raqqa in September. French officials in Paris said the campaign would go on. The French president spoke in Paris.\nFrench jets have flown 40 sorties, the French defence ministry said.", "40", "|Syria"},
		// a capital speaking for its government
		{"The group has laid siege to the town of Harzan in Yemen for a month. Air strikes on Harzan began last week.\nWashington said the coalition carried out nine air strikes overnight.", "nine", "|Yemen"},
		// still placed: the target of a passive, the story's own forces at home, a strike written with its place
		{"Haiti was hit by an earthquake that killed 200,000 people.", "200,000", "Haiti"},
		{"Protests have spread across Yemen for weeks.\nYemen's army shelled the town, and officials said 30 people were killed.", "30", "|Yemen"},
		{"Fighting in Yemen has driven thousands from their homes.\nUS airstrikes killed 15 militants in Mosul on Tuesday.", "15", "Mosul"},
		{"Mexico has confirmed 19 deaths from the virus.", "19", "Mexico"},
	})
}

// Who the counted people are is not where they were counted: a number
// before a nationality ("four Britons and two Canadians were killed") or a
// nationality before a word for foreigners at work ("39 Indian construction
// workers") does not place the next figures of the paragraph.
func TestFigurePlaceIdentityNationality(t *testing.T) {
	placeCases(t, "2014-10-20", []struct{ text, num, want string }{
		{"Gunmen stormed a shopping centre in Yemen's capital last year.\nThe siege of the mall, in which four Britons and two Canadians were killed, lasted four days.", "two", "|Yemen"},
		{"The group controls much of northern Yemen.\nIt is believed to be holding 39 Indian construction workers captive. Last week it was reported to have executed two women.", "two", "|Yemen"},
		{"The group controls much of northern Yemen.\nThree Filipino sailors were freed. The army said 20 soldiers were killed in the raid.", "20", "|Yemen"},
		// still placed: a nationality of a country's own forces
		{"Fighting has spread to the border.\nIraqi forces said 40 militants were killed on Monday.", "40", "|Iraq"},
	})
}

// A foreign country's army, navy or embassy speaking on a story about
// another country speaks from abroad ("The US army believes there are
// 200,000 dead" on a Haiti story); a country's own officials still speak
// of home. A town named with its nationality ("the Syrian town of
// Maaloula") lies in that nationality's country even when the gazetteer
// does not know it.
func TestFigurePlaceForeignBodyAndNamedTown(t *testing.T) {
	const haiti = "The earthquake in Haiti has destroyed much of Port-au-Prince, and Haiti's president said the toll was rising.\n"
	placeCases(t, "2010-01-19", []struct{ text, num, want string }{
		{haiti + "The US army believes there are 200,000 dead in the city.", "200,000", "|Haiti"},
		{haiti + "The British embassy said 40 people were missing.", "40", "|Haiti"},
		{haiti + "The Haitian government says 150,000 people have been buried.", "150,000", "|Haiti"},
		{"Fighting went on across Syria this week, and Syria's army shelled Homs.\nIraqi officials said 11 police officers were poisoned by chlorine gas last month.", "11", "|Iraq"},
		{"Lebanese authorities detained the woman in Lebanon on Monday. Lebanon's interior minister spoke in Beirut.\nShe was one of 150 women freed in a swap for 13 nuns held in the Syrian town of Marhaba.", "13", "|Syria"},
	})
}

package extract_test

import "testing"

// A count that says what a person's family is ("one of five children",
// "has three wives", "married three times") describes who someone is: it
// takes no place from the story. Family members who act or suffer keep
// the story's place, and so does a place written with the count.
func TestFigurePlaceKinship(t *testing.T) {
	const war = "Fighting in Mali killed 40 people on Monday.\n"
	placeCases(t, "2014-10-21", []struct{ text, num, want string }{
		{war + "The rebel commander is believed to have three wives.", "three", "-"},
		{war + "The reporter, one of five children, was taken in 2012.", "five", "-"},
		{war + "He had four siblings and grew up on a farm.", "four", "-"},
		{war + "She has been married three times, the minister said.", "three", "-"},
		{war + "His two brothers were arrested on Tuesday.", "two", "|Mali"},
		{war + "Rebels killed two children in the market.", "two", "|Mali"},
	})
}

// A nationality before an armed group ("a Somali terrorist group", "the
// Somali terror network") says where the group fights, as a people's
// nationality does; it is no company's registration. A story told
// through such a group is placed in its country.
func TestFigurePlaceArmedGroupNationality(t *testing.T) {
	const story = "A U.S. airstrike killed the leader of a Somali terrorist group on Monday.\n\n" +
		"His death is a blow to the Somali terror network, officials said.\n\n" +
		"Six people were killed in the strike.\n\n" +
		"The strike hit a compound near the port of Barawe.\n\n" +
		"Troops have previously struck militants in Iraq.\n"
	placeCases(t, "2014-09-05", []struct{ text, num, want string }{
		{story, "Six", "|Somalia"},
		// a company's nationality still places nothing
		{"Fighting in Mali killed 40 people in Gao.\n\nThe French engineering group said 12 of its staff had left.", "12", "|Mali"},
	})
}

// A place in a speaker's noun phrase before the reporting verb
// ("officials in Moscow said …") is where the speaker sits; when it lies
// in another country than the story's, the figure is the story's. A seat
// in the story's own country, and a place opening the sentence, still
// place it.
func TestFigurePlaceForeignSeat(t *testing.T) {
	const war = "Fighting raged in Donetsk in eastern Ukraine on Monday.\n"
	placeCases(t, "2014-08-11", []struct{ text, num, want string }{
		{war + "Officials in Moscow said 20 civilians had been killed.", "20", "|Ukraine"},
		{war + "The foreign ministry in Moscow has said 20 civilians were killed.", "20", "|Ukraine"},
		{war + "Officials in Kharkiv said 20 civilians had been killed.", "20", "Kharkiv"},
		{war + "In Moscow, police said 20 protesters were detained.", "20", "Moscow"},
		{war + "Officials said 20 civilians had been killed in Moscow.", "20", "Moscow"},
	})
}

// A place that modifies a word for who lives there ("former Sydney
// resident") says where a person is from, not where what the sentence
// counts happened.
func TestFigurePlaceResident(t *testing.T) {
	const war = "Kurdish fighters held out in Kobani in Syria on Monday.\nThe militants shelled Kobani again, and Syria's Kurds asked for help.\n\n"
	placeCases(t, "2014-10-21", []struct{ text, num, want string }{
		{war + "Former Sydney resident Ali Kader, who was pictured with two dead soldiers, posted a message.", "two", "|Syria"},
		{war + "A Toronto native, he said 14 fighters had been wounded in the town.", "14", "Kobani"},
		// the people of a place are not one person's home
		{"The company set up a fund on Monday.\nLouisiana residents have filed 5,000 claims.", "5,000", "Louisiana"},
	})
}

// Supplies dropped from the air by a foreign force land where they are
// aimed, like strikes: not in the force's country.
func TestFigurePlaceAirdrop(t *testing.T) {
	placeCases(t, "2014-10-21", []struct{ text, num, want string }{
		{"Kurdish fighters held out in Kobani in Syria on Monday.\nU.S. forces airdropped a total of 27 bundles of weapons early Monday.", "27", "|Syria"},
	})
}

// Named places of the 2014-15 conflicts that reporting gives without
// their country (a mall, a town, a hyphenated capital) are in the
// gazetteer with it.
func TestFigurePlaceConflictGazetteer(t *testing.T) {
	placeCases(t, "2014-10-21", []struct{ text, num, want string }{
		{"Militants attacked the Westgate mall on Saturday.\nGunmen killed 67 people at the Westgate mall.", "67", "|Kenya"},
		{"Nigerian troops fought Boko Haram near Maiduguri.\nLike al-Shabab, whose fighters killed 67 people at the Westgate mall last year, the group attacks soft targets.", "67", "|Kenya"},
		{"Police said 12 people had been arrested in Dar-es-Salaam.", "12", "|Tanzania"},
		{"Students were attacked by police in Iguala on Friday.\nAt least 43 students went missing after the attack.", "43", "|Mexico"},
		{"Militants held the area around the Haditha dam.\nThe US carried out nine air strikes on militants threatening the dam.", "nine", "|Iraq"},
		{"Al Shabab fighters attacked a bus on Saturday, killing 28 passengers.", "28", "|Somalia"},
	})
}

// Where armed men came from is not where they struck: "gunmen from Syria
// killed 10 soldiers" on a Lebanon story, "militants who crossed from
// Syria", "fighters from Syria and Iraq". A place written as where the
// killing happened still wins.
func TestFigurePlaceAttackersOrigin(t *testing.T) {
	const leb = "Lebanese troops clashed with militants near the border town of Arsal on Saturday.\n\n" +
		"The Lebanese army said the fighting in Lebanon was the worst in months, and officials in Beirut asked for help.\n\n"
	placeCases(t, "2014-08-04", []struct{ text, num, want string }{
		{leb + "Gunmen from Syria killed 10 soldiers and captured 20 others.", "10", "|Lebanon"},
		{leb + "Militants who crossed from Syria ambushed an army patrol, killing six soldiers.", "six", "|Lebanon"},
		{leb + "Islamic State fighters from Syria and Iraq killed 10 soldiers.", "10", "|Lebanon"},
		{leb + "The army said 10 soldiers were killed by fighters who came from Syria.", "10", "|Lebanon"},
		{leb + "Gunmen from Syria killed 10 soldiers in Hermel.", "10", "Hermel"},
		// people who fled still come from where they fled
		{leb + "About 1,500 refugees have fled from Syria to Lebanon this week.", "1,500", "Syria"},
	})
}

// Another group's killings that a story recalls happened where their
// victims live and serve: "the group also executed 1,700 Iraqi soldiers"
// or "700 members of a Syrian tribe" on a Lebanon or Nigeria story are
// Iraq's and Syria's. The story's own nationals, a place written with the
// figure, and the soldiers of a country the article shows striking abroad
// keep the usual places.
func TestFigurePlaceHomeVictims(t *testing.T) {
	const leb = "Lebanese troops clashed with militants near the border town of Arsal on Saturday.\n\n" +
		"The Lebanese army said the fighting in Lebanon was the worst in months, and officials in Beirut asked for help.\n\n"
	const nga = "Nigerian troops fought Boko Haram near Maiduguri on Monday, and officials in Nigeria said the army had retaken two towns.\n\n"
	placeCases(t, "2014-08-04", []struct{ text, num, want string }{
		{leb + "The group also executed 1,700 Iraqi soldiers in June.", "1,700", "|Iraq"},
		{nga + "The group is often compared with the Islamic State, whose fighters killed 700 members of a Syrian tribe.", "700", "|Syria"},
		{leb + "The militants are holding 20 Lebanese soldiers.", "20", "|Lebanon"},
		{leb + "The group also executed 1,700 Iraqi soldiers near Arsal.", "1,700", "|Lebanon"},
		{"U.S. airstrikes hit militants near Mosul in Iraq on Monday, and U.S. officials said the strikes in Iraq would go on.\n\n" +
			"Two U.S. soldiers were wounded in the operation, the Pentagon said.", "Two", "|Iraq"},
	})
}

// A former ruler named for people's past allegiance ("former Saddam
// Hussein loyalists") says who they were, not where what the sentence
// counts happened; a ruler named where his country is meant still places
// it.
func TestFigurePlaceFormerAllegiance(t *testing.T) {
	const leb = "Lebanese troops clashed with militants near the border town of Arsal on Saturday.\n\n" +
		"The Lebanese army said the fighting in Lebanon was the worst in months, and officials in Beirut asked for help.\n\n"
	placeCases(t, "2014-08-04", []struct{ text, num, want string }{
		{leb + "The militants, many of them former Saddam Hussein loyalists, killed 12 soldiers.", "12", "|Lebanon"},
		{leb + "Saddam's former officers lead the group, whose fighters killed 12 soldiers.", "12", "|Lebanon"},
		{leb + "The protests that toppled Ben Ali left more than 200 people dead.", "200", "|Tunisia"},
	})
}

// A roundup's "Elsewhere, in Cameroon, …" names where the figure is: the
// comma after "elsewhere" does not make it a count away from any place.
// A bare "elsewhere" still does.
func TestFigurePlaceElsewhereComma(t *testing.T) {
	const nga = "Nigerian troops fought Boko Haram near Maiduguri on Monday, and officials in Nigeria said the army had retaken two towns.\n\n"
	placeCases(t, "2014-10-21", []struct{ text, num, want string }{
		{nga + "Elsewhere, in Cameroon, militants killed 12 soldiers.", "12", "Cameroon"},
		{nga + "Elsewhere in Cameroon, militants killed 12 soldiers.", "12", "Cameroon"},
		{nga + "Militants killed 12 soldiers elsewhere, the army said.", "12", "-"},
	})
}

// A country's aircraft that fly over another land ("American planes and
// drones are flying 60 surveillance flights a day") strike or watch
// where they fly: the figure is the story's, not the flyers' country.
func TestFigurePlaceForeignAircraft(t *testing.T) {
	const story = "Activists in Raqqa in Syria posted images of a drone on Monday.\n\n"
	placeCases(t, "2014-09-20", []struct{ text, num, want string }{
		{story + "American planes and drones are flying around 60 surveillance flights every day, a Pentagon spokesman said.", "60", "|Syria"},
		{story + "American aircraft have flown 90 missions over the city.", "90", "|Syria"},
	})
}

// A size written as a number glued to its unit before the thing it
// measures ("2ft bombs") is a dimension, like "a six-inch tube": it holds
// nowhere. A glued amount that is no modifier keeps its place.
func TestFigurePlaceGluedSize(t *testing.T) {
	const story = "Militants in Iraq fired scorpions at villages in Iraq on Monday.\n"
	placeCases(t, "2014-10-01", []struct{ text, num, want string }{
		{story + "He said militants had launched the creatures in 2ft bombs.", "2ft", "-"},
		{story + "The water rose 3m in the camp.", "3m", "|Iraq"},
	})
}

// A state's forces speaking of soldiers killed speak of their own men:
// "Cameroon's army said militants killed 12 soldiers" on a Nigeria story
// is Cameroon's count. A striking power's forces, and a speaker with no
// country, change nothing.
func TestFigurePlaceForcesSpeaker(t *testing.T) {
	const nga = "Nigerian troops fought Boko Haram near Maiduguri on Monday, and officials in Nigeria said the army had retaken two towns.\n\nThe army said Nigeria would win.\n\n"
	placeCases(t, "2014-10-21", []struct{ text, num, want string }{
		{nga + "Cameroon's army said militants killed 12 soldiers on its side of the border.", "12", "|Cameroon"},
		{nga + "The Cameroonian military said 12 soldiers had been killed.", "12", "|Cameroon"},
		{nga + "The army said 12 soldiers had been killed.", "12", "|Nigeria"},
		{"U.S. airstrikes hit militants near Mosul in Iraq on Monday, and U.S. officials said the strikes in Iraq would go on.\n\n" +
			"The U.S. military said two soldiers were wounded in the operation.", "two", "|Iraq"},
	})
}

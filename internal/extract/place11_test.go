package extract_test

import (
	"strings"
	"testing"
)

// A story set in a town near a border: the town's country is where the
// story is, although a foreign power that acts there and the neighbour
// across the border are named often. A country's name used as a modifier
// ("U.S. officials", "the U.S.-led coalition") weighs as a nationality,
// not as a place; "in the besieged Syrian town of Kobani" is a place
// written as where things happen; the story's own country striking at
// home still counts for it.
func TestFigurePlaceBorderTownStory(t *testing.T) {
	const story = "U.S. officials said on Monday that U.S.-led coalition planes dropped supplies to fighters in the besieged Syrian town of Kobani, near the Turkish border.\n" +
		"U.S. military officials said the drops went well, and U.S. officials said more would follow.\n" +
		"A U.S. official told reporters that the U.S. government had no plan to send troops.\n" +
		"Turkey has kept its border closed, and many residents have crossed into Turkey.\n"
	placeCases(t, "2014-10-21", []struct{ text, num, want string }{
		{story + "Medics said at least 14 people were killed overnight.", "14", "|Syria"},
		{story + "Syrian government warplanes also struck a village on Tuesday.\nA local medic said 9 people were killed.", "9", "|Syria"},
		// a place written with the figure still wins
		{story + "Separately, 20 people were killed in Mosul, Iraqi police said.", "20", "Mosul"},
	})
}

// "The town" or "the city" written without a name is the town the story
// last named: a figure placed there is that town's, not the article's
// most named country's. "The town of X" and "the town hall" are not this.
func TestFigurePlaceTheTown(t *testing.T) {
	const lead = "Militants attacked the Syrian town of Kobani on Monday night.\n"
	const iraq = "Last week Iraqi officials said militants held a depot in Iraq.\nOfficials in Baghdad said the depot in Iraq was looted, and Iraq asked for help.\n"
	placeCases(t, "2014-10-21", []struct{ text, num, want string }{
		{lead + "A doctor in the town said 12 people were wounded.\n" + iraq, "12", "Kobani"},
		{lead + "Fighters have been pushed back to two districts in the east of the city.\n" + iraq, "two", "|Syria"},
		// no town named before: nothing to point at
		{"Officials in Iraq said on Monday that the militants were retreating.\nA doctor in the town said 12 people were wounded.\nIraq has asked for help.", "12", "|Iraq"},
	})
}

// A line that runs several items together (a live page's captions joined
// to the text) may say "the number of cases" more than once: the count
// belongs to the nearest, and to the place written there.
func TestFigurePlaceNearestNumberOf(t *testing.T) {
	placeCases(t, "2009-05-01", []struct{ text, num, want string }{
		{"The number of confirmed cases in the US rose to 109 in 11 states Japan reported its first suspected case In Mexico, the number of confirmed cases rose to 260 on Friday.", "260", "Mexico"},
		{"The number of confirmed cases in the US rose to 109 in 11 states Japan reported its first suspected case In Mexico, the number of confirmed cases rose to 260 on Friday.", "109", "|United States"},
	})
}

// A page that goes through several countries, none standing out (a live
// page, a roundup): a figure with no place of its own holds in the country
// its last lines named, not in the page's most named one. Lines that run
// through a list of countries point at none; a story about one country
// still places its figures there.
func TestFigurePlaceRoundup(t *testing.T) {
	const page = "Cases are rising in the UK, where schools in London have closed.\n" +
		"In Mexico, officials said the outbreak was slowing, and schools in Mexico have reopened.\n" +
		"In Chile, cases have doubled in a week.\n"
	placeCases(t, "2009-06-30", []struct{ text, num, want string }{
		{page + "Now to the United States.\nHealth officials there said 27,700 cases had been confirmed.", "27,700", "|United States"},
		{page + "Health officials in New York briefed reporters on Tuesday.\nThey said 27,700 cases had been confirmed.", "27,700", "|United States"},
		// a list of countries points at none of them
		{page + "Cases were also confirmed in Spain, Italy and Greece.\nOfficials said 300 cases had been confirmed.", "300", "-"},
		// one country's story: its figures stay there
		{"Cases are rising in Chile, where schools in Santiago have closed.\nChile has 1,200 confirmed cases, and Chilean officials expect more.\nA minister said flights from Peru would be checked.\nOfficials said 300 more cases had been confirmed.", "300", "|Chile"},
	})
}

// The nationality of people infected places them where they live, as it
// does protesters and refugees: "a million Americans have been infected"
// on a page about several countries is America's.
func TestFigurePlaceInfectedNationality(t *testing.T) {
	const page = "Cases are rising in the UK, where schools in London have closed.\n" +
		"The UK has 1,200 confirmed cases.\n" +
		"In Mexico, officials said the outbreak was slowing.\n" +
		"Schools in the UK will stay open, and the UK has ordered more vaccine.\n"
	placeCases(t, "2009-06-30", []struct{ text, num, want string }{
		{page + "Officials believe that at least one million Americans have been infected.", "one million", "|United States"},
		// who the dead are is not where they died
		{"An earthquake struck Haiti on Tuesday, and aid is arriving in Haiti.\nThe Foreign Office said 60 Britons were missing.", "60", "|Haiti"},
	})
}

// A story told through foreign helpers: where they come from or live
// ("an engineer from Farnborough in Hampshire", "Rescuer Ann Hale, from
// Devon", "who lives in Leeds"), their country's name as a modifier ("UK
// rescuers", "UK firefighting personnel") and an organisation named with
// their country ("Rapid-UK") say who they are, not where the story is.
func TestFigurePlaceHelpersHome(t *testing.T) {
	const story = "UK rescuers end search in quake-hit Haiti\n" +
		"A team of British rescuers from the agency Rapid-UK is returning from Haiti after a week.\n" +
		"Rescuer Ann Hale, from Devon, said the team had done all it could.\n" +
		"Rescuer Tom Pryce, 41, a telecoms engineer from Farnborough in Hampshire, who lives in Leeds, said the mood was sombre.\n" +
		"Also heading home are 60 UK firefighting personnel, and UK rescuers say they will return.\n"
	placeCases(t, "2010-01-22", []struct{ text, num, want string }{
		{story + "The death toll is estimated at 200,000.", "200,000", "|Haiti"},
	})
}

// A second verb that shares the sentence's subject shares its place: "Her
// country has seen 5,186 cases and reported seven deaths".
func TestFigurePlaceSharedSubject(t *testing.T) {
	const lead = "Swine flu has spread across Mexico, and Mexico has closed its schools.\nMexican officials said the outbreak was slowing.\n"
	placeCases(t, "2009-06-24", []struct{ text, num, want string }{
		{lead + "Chilean President Ana Ruiz was due in Mexico City on Wednesday.\nHer country has seen cases rise to 5,186 and reported seven deaths.", "seven", "|Chile"},
		{lead + "Peru has confirmed 40 cases and reported two deaths.", "two", "|Peru"},
	})
}

// A nationality standing for a person ("an Iraqi named …", "the fourth
// American to die", "Three other Americans, …") says who someone is, not
// where the paragraph is: the figure keeps the story's place.
func TestFigurePlaceNationalityAsPerson(t *testing.T) {
	const story = "Fighting in Syria went on near Aleppo, and rebels in Syria lost ground.\nThe army in Syria said it held the road.\n"
	placeCases(t, "2014-11-20", []struct{ text, num, want string }{
		{story + "She would be the fourth American to die in captivity.\nThree other Americans were beheaded by the group.", "Three", "|Syria"},
		{story + "The woman is an Iraqi named Sara Ali.\nShe was one of 150 women freed in a prisoner swap.", "150", "|Syria"},
		// a nationality before a noun still places: "Iraqi police"
		{story + "Separately, Iraqi police reported clashes on Monday. They said 12 people were killed.", "12", "|Iraq"},
	})
}

// A long page (a blog of the day) that goes through three countries in
// turn, one of them named most: a figure with no place of its own takes
// the country the last lines named. A short story about the same countries
// keeps its main country.
func TestFigurePlaceLivePage(t *testing.T) {
	var page strings.Builder
	for i := 0; i < 13; i++ {
		page.WriteString("Schools in the UK stayed open today, and clinics in London were busy.\n")
		page.WriteString("Doctors said the picture was calm.\n")
		page.WriteString("Nurses said they were ready.\n")
		page.WriteString("More updates will follow through the day.\n")
		page.WriteString("Readers have sent in their questions.\n")
		page.WriteString("We will answer some of them later.\n")
		page.WriteString("Thank you for writing in.\n")
	}
	for i := 0; i < 6; i++ {
		page.WriteString("In Australia, schools in Sydney stayed open.\n")
		page.WriteString("Officials in the US said the picture was mixed in New York.\n")
	}
	const tail = "Now to the United States.\nOfficials there said 27,700 cases had been confirmed."
	placeCases(t, "2009-06-30", []struct{ text, num, want string }{
		{page.String() + tail, "27,700", "|United States"},
		{"Schools in the UK stayed open today, and clinics in London were busy.\nSchools in the UK will stay open.\nIn Australia, schools in Sydney stayed open.\nOfficials in the US said the picture was mixed.\nDoctors said the picture was calm.\nOfficials said 300 cases had been confirmed.", "300", "|United Kingdom"},
	})
}

package extract_test

import (
	"strings"
	"testing"
)

// placeCases checks a figure's place for written sentences: want is the
// location, or the country after "|" when only that is asserted; "-" is no
// place at all.
func placeCases(t *testing.T, published string, tests []struct{ text, num, want string }) {
	t.Helper()
	for _, tt := range tests {
		f := figureOf(t, tt.text, published, tt.num)
		if f == nil {
			continue
		}
		got, want := string(f.Location), tt.want
		if want == "-" {
			want = ""
		}
		if c, ok := strings.CutPrefix(want, "|"); ok {
			got, want = string(f.Country), c
		}
		if got != want {
			t.Errorf("%q: %s at %q (%s, %s), want %q", tt.text, tt.num, f.Location, f.Country, f.LocationBasis, tt.want)
		}
	}
}

// Figures that hold nowhere unless a place is written with them: an online
// audience and a reward offered. The story's country is not theirs; a
// place written with them still is, and a ransom still lies where the
// story is.
func TestFigurePlaceNowhere(t *testing.T) {
	placeCases(t, "2014-05-02", []struct{ text, num, want string }{
		{"Rebels held the town of Karvo in Veldmark for a week.\nFighting in Veldmark killed 40 people in Karvo.\nThe campaign's hashtag was used in more than 2.1 million tweets by Friday.", "2.1 million", "-"},
		{"Fighting in Mali killed 40 people.\nAbout 65,000 users had shared the video, and a Facebook page set up by the families has 12,000 followers.", "65,000", "-"},
		{"Fighting in Mali killed 40 people.\nAbout 65,000 users had shared the video, and a Facebook page set up by the families has 12,000 followers.", "12,000", "-"},
		{"Fighting in Mali killed 40 people in Gao.\nIn 2012 the US offered a reward of up to $5m for information leading to the commander's arrest.", "$5m", "-"},
		{"Fighting in Mali killed 40 people in Gao.\nWashington is offering $3 million for information on the whereabouts of the group's leader.", "$3 million", "-"},
		{"Fighting in Mali killed 40 people in Gao.\nThe kidnappers demanded a ransom of $2 million for the engineer.", "$2 million", "|Mali"},
		{"Fighting in Mali killed 40 people in Gao.\nMore than 9,000 users in Mali signed the petition.", "9,000", "Mali"},
	})
}

// Who people are or what made a thing is not where a figure holds; a
// newspaper named after a city is no place; money given goes where the
// story is, not to its giver's country; a place in a clause that a
// contrast closes is that clause's; "in the world" after a rank compares.
func TestFigurePlaceNotWhere(t *testing.T) {
	placeCases(t, "2014-05-02", []struct{ text, num, want string }{
		{"Rebels have seized the airport in Veldmark's north.\nThe carrier's fleet is made up of three Airbus 320s, two Swedish SF-340 turboprop aircraft and four Embraer 190s.", "four", "-"},
		{"Fighting in Mali has killed 40 people.\nThe group has filmed the murders of US journalists and two Canadian aid workers.", "two", "|Mali"},
		{"Fighting in Mali has killed 40 people.\nThe Times of London cited three women who fled the camp.", "three", "|Mali"},
		{"Fighting in Mali has killed 40 people.\nThe Times of India reported that four soldiers were wounded.", "four", "|Mali"},
		{"Fighting in Mali has killed 40 people.\nThe Hargen Fund, a charity of the Netherlands, has devoted about $30 million to schools for Malian children.", "$30 million", "|Mali"},
		{"Fighting in Mali has killed 40 people.\nThe hostages could be freed within days in neighbouring Niger – but officials, citing two aid workers, said talks had stalled.", "two", "|Mali"},
		{"Fighting in Mali has killed 40 people.\nHe wrote five novels and was named the No. 1 \"travel writer\" in the world by a magazine.", "five", "|Mali"},
		// still placed: the scene set before the figure, a count across the world
		{"In Gao, activists said 12 people were killed.", "12", "Gao"},
		{"The disease has infected 3,000 people around the world.", "3,000", "World"},
	})
}

// Counts over the world, an organ of a state and forces sent abroad: a
// sentence opened by "Worldwide" counts over the world unless a place is
// written with the figure; a country's body ("US Southcom") that speaks is
// not where its figure holds; a country's own troops inferred in that
// country are placed where the story is instead; a figure from the past
// is placed by its sentence and story like any other.
func TestFigurePlaceWorldAndBodies(t *testing.T) {
	placeCases(t, "2011-04-04", []struct{ text, num, want string }{
		{"Japan has seen a rapid rise in confirmed cases to more than 350.\nWorldwide, the number of A (H5N1) cases has climbed to nearly 9,200 in 31 countries, the WHO said.", "9,200", "World"},
		{"Worldwide, Peru, which has seen 41 deaths, has reported the most cases.", "41", "Peru"},
		{"An earthquake struck Haiti, killing thousands of people in Haiti.\nPlanes are arriving from the UK and Canada.\nAdm John Keller, the head of US Transcom, says about 60 relief flights a day are landing.", "60", "|Haiti"},
		{"An earthquake struck Haiti, killing thousands of people in Haiti.\nThe US has sent a carrier to Haiti.\nThe chief of the US Joint Staff said the number of US troops would rise to 8,000.", "8,000", "|Haiti"},
		// a sea that is the story's place is reported for the country its
		// other places stand out for
		{"Oil from the well is spreading in the Gulf of Mexico.\nOfficials in Louisiana and Texas said crews were ready.\nThe United States has sent ships to the Gulf.\nAbout 300 vessels have joined the effort.", "300", "|United States"},
		{"Oil from the well is spreading in the Gulf of Mexico.\nCrews in the Gulf of Mexico worked through the night off the Gulf of Mexico's coast.\nA spill off Mexico's coast in 1979 was smaller.\nAbout 300 vessels have joined the effort.", "300", "|"},
		{"Regulators in Texas and Washington fined the refiner on Monday.\nThe company's plants in Texas were shut in the United States.\nIn 2005 an explosion at one of its refineries killed 12 workers.", "12", "|United States"},
	})
}

// Displaced people: the place they fled, written as the verb's object or
// after "from", is stated; where they went is To. The basis says where the
// place was read.
func TestFigurePlaceFled(t *testing.T) {
	tests := []struct{ text, num, loc, basis, to string }{
		{"Fighting in Karvo has worsened.\nAbout 90,000 people have fled Mali since January, the UN said.", "90,000", "Mali", "stated", ""},
		{"Fighting in Karvo has worsened.\nSome 12,000 people fled from Aleppo to Turkey last week.", "12,000", "Aleppo", "stated", "Turkey"},
		{"Shelling went on in Homs. More than 3,000 families have fled their homes.", "3,000", "Homs", "paragraph", ""},
		// a place named in the figure's own sentence is its sentence's, not
		// its paragraph's
		{"The talks stalled. A Syrian official said more than 3,000 families had fled their homes.", "3,000", "Syria", "sentence", ""},
	}
	for _, tt := range tests {
		f := figureOf(t, tt.text, "2014-05-02", tt.num)
		if f == nil {
			continue
		}
		if string(f.Location) != tt.loc || string(f.LocationBasis) != tt.basis || string(f.To) != tt.to {
			t.Errorf("%q: %s at %q (%s) to %q, want %q (%s) to %q", tt.text, tt.num, f.Location, f.LocationBasis, f.To, tt.loc, tt.basis, tt.to)
		}
	}
}

// Towns of the 2014 conflicts that reports name without their country.
func TestFigurePlaceConflictTowns(t *testing.T) {
	placeCases(t, "2014-09-05", []struct{ text, num, want string }{
		{"Gunmen killed 12 villagers in Gwoza on Sunday.", "12", "|Nigeria"},
		{"An air strike near Barawe killed six fighters.", "six", "|Somalia"},
		{"Militants besieged 400 soldiers in Saqlawiyah.", "400", "|Iraq"},
		{"Some 80 families were evacuated from Beit Hanoun.", "80", "|Palestine"},
	})
}

// "Her country" is the country of the leader just introduced by nationality
// and title; "the most in South America" compares, it places nothing.
func TestFigurePlaceLeaderCountry(t *testing.T) {
	placeCases(t, "2009-06-24", []struct{ text, num, want string }{
		{"Peruvian President Ana Vargas met officials in Washington.\nShe will travel to Mexico on Friday.\nHer country has seen cases of the virus rise to 2,140, according to the health ministry.", "2,140", "Peru"},
		{"The outbreak began in Mexico.\nThe outbreak has reached Bolivia. It has seen 1,900 cases, the most in South America.", "1,900", "|Bolivia"},
	})
}

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

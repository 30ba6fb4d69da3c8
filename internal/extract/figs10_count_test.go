package extract_test

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
)

// figCase is one news-style sentence and what must (or must not) be a
// figure in it: want lists the figure texts expected, in order; none lists
// number words that must not start any figure.
type figCase struct {
	name string
	text string
	want []string
	none []string
}

func runFigCases(t *testing.T, cases []figCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			figs := extractText(tc.text, "2014-10-23").Figures
			var got []string
			for _, f := range figs {
				got = append(got, f.Text)
			}
			for _, w := range tc.want {
				if !hasFigure(figs, w) {
					t.Errorf("%q: no figure %q; got %q", tc.text, w, got)
				}
			}
			for _, n := range tc.none {
				for _, f := range figs {
					if strings.HasPrefix(f.Text, n) {
						t.Errorf("%q: %q is no figure; got %q", tc.text, f.Text, got)
					}
				}
			}
		})
	}
}

func hasFigure(figs []extract.Figure, text string) bool {
	for _, f := range figs {
		if f.Text == text {
			return true
		}
	}
	return false
}

// A single person or thing is counted when something happened to it
// ("One guard was wounded"); a "one X" that picks out a speaker or
// describes a person is no figure.
func TestFigs10SingleCount(t *testing.T) {
	runFigCases(t, []figCase{
		{name: "one guard wounded", text: "One guard was wounded in the exchange of fire at the gate.", want: []string{"One guard"}},
		{name: "one policeman killed", text: "Two protesters died in Suez, and one policeman was killed in the capital.", want: []string{"one policeman"}},
		{name: "one shooter killed", text: "One shooter was killed by police, who were still searching the building.", want: []string{"One shooter"}},
		{name: "one journalist missing", text: "One journalist remains missing after the raid on the hotel.", want: []string{"One journalist"}},
		{name: "one load missing", text: "The ministry admits one load missing after the airdrop.", want: []string{"one load"}},
		{name: "one child died", text: "One child died in the fire, the governor said.", want: []string{"One child"}},
		{name: "one man no event", text: "The spark for the uprising was one young man.", none: []string{"one"}},
		{name: "one thing", text: "One thing is clear about the ceasefire.", none: []string{"One"}},
		{name: "speaker after verb", text: "The town was attacked at dawn, said one military officer.", none: []string{"one"}},
		{name: "speaker subject", text: "One protester arrested in the square told reporters he was beaten.", none: []string{"One"}},
		{name: "speaker with hyphen", text: "We could make it disappear ourselves, one ex-soldier told the newspaper.", none: []string{"one"}},
		{name: "speaker held", text: "The ransoms were large, as one hostage told the paper.", none: []string{"one"}},
		{name: "wounding one said", text: "The blast killed two soldiers and wounded one, police said.", want: []string{"two soldiers"}},
	})
}

// A person's age set off by commas after the name describes the person.
func TestFigs10ApposedAge(t *testing.T) {
	runFigCases(t, []figCase{
		{name: "age then killed", text: "Aid worker Jane Porter, 26, had been killed in an airstrike, the group said.", none: []string{"26"}},
		{name: "age then apposition", text: "Mr. Hale, 40, a freelance reporter, was seized in 2012.", none: []string{"40"}},
		{name: "place then count", text: "In the north, 26 people were killed on Monday.", want: []string{"26 people"}},
		{name: "age at sentence end", text: "The patient recovered fully, according to Dr. Amal Haddad, 41.", none: []string{"41"}},
		{name: "age before bracket", text: "Surgeon Karim Nasser, 52 (pictured), treated the wounded.", none: []string{"52"}},
		{name: "aged from to", text: "More than 500 women and girls aged from infancy to 65 have been abducted.", want: []string{"More than 500 women"}, none: []string{"65"}},
		{name: "aged between", text: "Police detained 40 men aged between 18 and 30 after the march.", want: []string{"40 men"}, none: []string{"18", "30"}},
		{name: "aged to", text: "Some 60 boys aged 15 to 19 fled the camp.", want: []string{"Some 60 boys"}, none: []string{"15", "19"}},
	})
}

// Ranges written with "or"/"to" are one figure at the first number, also
// when it is "one" or spelled under ten before digits, or quoted.
func TestFigs10Ranges(t *testing.T) {
	runFigCases(t, []figCase{
		{name: "one or two", text: "Police continued to hunt for one or two other gunmen.", want: []string{"one or two other gunmen"}, none: []string{"two other"}},
		{name: "eight to 10", text: "Video showed eight to 10 students being put into police trucks.", want: []string{"eight to 10 students"}, none: []string{"10 students"}},
		{name: "quoted range", text: "Officials said they believed 'two or three' gunmen took part in the attack.", want: []string{"two or three' gunmen"}},
		{name: "one or more", text: "One or more shells hit the school.", none: []string{"One"}},
	})
}

package extract_test

import "testing"

// A government's bodies, ministers and spokesmen share one source family,
// the state they speak for; other kinds of source have none. Sentences
// written for these tests.
func TestSource11Family(t *testing.T) {
	cases := []struct{ name, text, num, family string }{
		{"possessive ministry", "Mexico's health ministry said 20 people had died of the virus by Monday.", "20", "government of Mexico"},
		{"minister by title", "Mexican Health Minister Jose Ruiz said 22 people had died of the virus.", "22", "government of Mexico"},
		{"the government", "The Mexican government said 25 people had died of the virus by Wednesday.", "25", "government of Mexico"},
		{"bare ministry in a country", "The Interior Ministry said 30 people were killed in Baghdad on Sunday.", "30", "government of Iraq"},
		{"foreign officials keep their country", "US officials said 300 troops would be sent to Haiti.", "300", "government of United States"},
		{"capital", "Washington said 50 advisers would be sent to Baghdad.", "50", "government of United States"},
		{"an NGO has none", "Amnesty International said 60 people were detained in Cairo.", "60", ""},
		{"an army is not the government", "The Nigerian army said it had killed 40 insurgents near Maiduguri.", "40", ""},
		{"an ambassador to a country is not its", "The ambassador to Mexico said 70 people were evacuated.", "70", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractArticle(c.text)
			f, ok := figureBy(r, c.num)
			if !ok {
				t.Fatalf("no figure %s:%s", c.num, describe(r))
			}
			if string(f.SourceFamily) != c.family {
				t.Errorf("family %q, want %q (source %q, type %q)", f.SourceFamily, c.family, f.Source, f.SourceType)
			}
		})
	}
}

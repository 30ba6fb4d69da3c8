package extract_test

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ingest"
)

// Where a figure holds, by class of wording: relative clauses, totals over
// many countries, deployments, towns set beside their province or
// country, the sea off a coast, comparisons and organisations' seats.
// want is the location, or the country after "|" when only that is
// asserted; "-" is no place at all.
func TestFigurePlaceWording(t *testing.T) {
	tests := []struct{ text, num, want string }{
		{"Forty people have died in Mexico where there have now been 1,626 confirmed cases and new deaths have been recorded in Canada.", "1,626", "Mexico"},
		{"The virus has reached Argentina, where 1,294 cases have been reported, and Chile, which has seen some 5,000 cases.", "5,000", "Chile"},
		{"The WHO confirmed 787 infections in 17 countries.", "787", "-"},
		{"Some 38 countries have reported 8,453 cases.", "8,453", "-"},
		{"Some 38 countries have reported 8,453 cases.", "38", "-"},
		{"The WHO declared a global pandemic that has spread to 74 countries.", "74", "-"},
		{"The disease is spreading in at least two regions of the world.", "two", "World"},
		{"Saudi Arabia has sent 1,000 troops to Bahrain.", "1,000", "Bahrain"},
		{"The toll in Rastan, Homs province, rose to 17, activists said.", "17", "|Syria"},
		{"Officials said 20 people were killed in clashes in Tripoli, in the north of Lebanon.", "20", "|Lebanon"},
		{"Some 200 migrants drowned off the coast of Libya on Sunday.", "200", "Libya"},
		{"In the southern port city of Aden, police detained 40 people.", "40", "Aden"},
		{"Rebels said they had killed 25 soldiers near the oil town of Brega.", "25", "|Libya"},
		{"About 2m barrels of oil have gushed into the Gulf of Mexico.", "2m", "Gulf of Mexico"},
		{"The Observatory, based in Britain, said 9,000 people had been killed.", "9,000", "-"},
		{"Japan's Toyota said it had withdrawn 25 staff.", "25", "-"},
		{"Chile has seen cases rise to 5,186, the most in South America.", "5,186", "Chile"},
		{"Swine flu began in Mexico and has spread to 74 countries, infecting more than 27,700 people.", "27,700", "-"},
		// The size of a thing is nowhere; a range of depths is not a size.
		{"Robots in the Gulf of Mexico tried to thread a six-inch (15cm) tube into the pipe.", "six-inch", "-"},
		{"Robots in the Gulf of Mexico tried to thread a six-inch (15cm) tube into the pipe.", "15cm", "-"},
		{"In the Gulf of Mexico the dome is 1.5m (5 feet) high.", "1.5m", "-"},
		{"In Port-au-Prince the man lay under 5-6m of debris.", "5-6m", "Port-au-Prince"},
		// Givers are not where money goes; where planes came from is not
		// where they dropped food.
		{"Britons have donated £23m to the earthquake appeal for Haiti.", "23m", "Haiti"},
		{"US planes drop aid in Haiti\nThe planes came from a base in North Carolina and dropped 14,000 meals.", "14,000", "Haiti"},
		{"The death toll from the virus in Mexico stands at 83.", "83", "Mexico"},
	}
	for _, tt := range tests {
		f := figureOf(t, tt.text, "2011-04-04", tt.num)
		if f == nil {
			continue
		}
		got := string(f.Location)
		want := tt.want
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

// An article's main place: the headline counts, the dateline is only where
// the reporter files from, an organisation's seat or nationality is not
// where the story is, and "the country" is the story's country.
func TestNewsPlaceFromArticle(t *testing.T) {
	res := newsResults(t)["04"]
	for _, w := range []struct{ num, country, basis, to string }{
		{"at least 40", "Syria", "", "-"},
		{"more than 8,500", "Syria", "stated", "-"}, // "across the country"
		{"120", "Syria", "stated", "-"},             // an unknown town in the story's country
		{"15", "Syria", "", "-"},
		{"about 12,000", "Syria", "", "Lebanon"}, // the paragraph names Syrians now that "registered as refugees" is a displacement
		{"more than 2 million", "-", "-", "-"},   // over 12 countries
		{"25 staff", "Syria", "", "-"},           // a German company's staff in Syria, not Germany
	} {
		var f *extract.Figure
		for i := range res.Figures {
			if strings.Contains(res.Figures[i].Text, w.num) {
				f = &res.Figures[i]
				break
			}
		}
		if f == nil {
			t.Errorf("no figure %q", w.num)
			continue
		}
		for _, c := range []struct{ name, got, want string }{
			{"country", string(f.Country), w.country}, {"location_basis", string(f.LocationBasis), w.basis}, {"to", string(f.To), w.to},
		} {
			if c.want == "-" {
				c.want = ""
			} else if c.want == "" {
				continue
			}
			if c.got != c.want {
				t.Errorf("%q: %s = %q, want %q", f.Text, c.name, c.got, c.want)
			}
		}
	}
}

// A dateline places figures of a story about its own country, read as a
// whole name even in capitals ("NEW YORK", not the English "YORK"); on a
// story about another country it places nothing.
func TestDatelinePlace(t *testing.T) {
	tests := []struct{ text, num, location, basis string }{
		{"Funds fear rules\nNEW YORK, June 24 -- Fund managers in the United States fear regulation more than anything, a survey says.\nAmong them, 38 percent said rules were the biggest threat in America.\n",
			"38", "New York", "dateline"},
		{"Syria toll rises\nBEIRUT — Syrian forces shelled the city of Homs, activists in Syria said.\nThe UN says more than 7,500 people have been killed in the uprising.\n",
			"7,500", "Syria", "article"},
	}
	for _, tt := range tests {
		doc := document.New(tt.text)
		doc.Published, _ = document.ParseDate("2012-03-01")
		doc.Dateline = ingest.FindDateline(tt.text)
		var f *extract.Figure
		for _, g := range extract.Extract(doc).Figures {
			if strings.Contains(g.Text, tt.num) {
				f = &g
				break
			}
		}
		if f == nil {
			t.Errorf("%q: no figure %s", tt.text, tt.num)
			continue
		}
		if string(f.Location) != tt.location || string(f.LocationBasis) != tt.basis {
			t.Errorf("%s: place %q (%s), want %q (%s)", tt.num, f.Location, f.LocationBasis, tt.location, tt.basis)
		}
	}
}

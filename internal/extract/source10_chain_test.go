package extract_test

import "testing"

// Chains of attribution: an outlet that reports someone "as saying", an
// outlet whose report holds another source's report, and unnamed sources
// an outlet cites with "according to". The one quoted is the source, the
// outlet the via. Sentences written for these tests.
func TestSource10Chains(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "reported X as saying",
			text: "AFP reported Abubakar Kaka as saying that his fighters had seized 40 villages.",
			num:  "40", source: "Abubakar Kaka", via: "AFP"},
		{name: "quoted an unnamed official as saying",
			text: "The Daily Courier quoted a senior official as saying 300 troops would be sent to the north.",
			num:  "300", source: "senior official", via: "Daily Courier", anonymous: true},
		{name: "a count of the quoted is the teller's",
			text: "The Daily Courier quoted two officials as saying the talks had failed.",
			num:  "two", source: "Daily Courier", typ: "media"},
		{name: "an outlet's report of a document",
			text: "Al Jazeera television reported in late August that western intelligence reports had warned of threats from 11 stolen jets.",
			num:  "11", source: "western intelligence reports", via: "Al Jazeera", typ: "document"},
		{name: "according to sources, the paper said",
			text: "According to unidentified security sources, the Daily Post said four militants had been arrested in the raid.",
			num:  "four", source: "unidentified security sources", via: "Daily Post", anonymous: true},
		{name: "according to a reporter, officials said",
			text: "According to veteran reporter Tom Hale, U.S. officials said that eleven aircraft could be used in attacks.",
			num:  "eleven", source: "U.S. officials", via: "Tom Hale", anonymous: true},
		{name: "a claim from someone, denied",
			text: "The ministry flatly denied on Wednesday a claim from a California congressman that border agents have captured ten fighters.",
			num:  "ten", source: "California congressman", typ: "government"},
		{name: "no via when the outlet speaks alone",
			text: "The Daily Post said four militants had been arrested in the raid.",
			num:  "four", source: "Daily Post", typ: "media"},
	})
}

package extract_test

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
)

// More of the gold READMEs' source conventions: sentences written for
// these tests.
func TestSource13MoreConventions(t *testing.T) {
	runSourceCases(t, []sourceCase{
		// the attribution's own sentence only
		{name: "next sentence after according to",
			text: "At least 16 villagers were killed in the raid, according to the governor. Gunmen burned 30 houses before leaving.",
			num:  "30", null: true},
		{name: "next paragraph after a said sentence",
			text: "The army said 12 soldiers died in the ambush near Tarvo.\n\nThe convoy had 40 trucks.",
			num:  "40", null: true},
		// a ransom a paper reports as paid keeps the paper
		{name: "ransom paid, the newspaper reported",
			text: "The government paid a ransom of $3 million for the hostages, the Daily Courier reported.",
			num:  "3 million", source: "Daily Courier", typ: extract.SourceMedia},
		// aid a department says will rise keeps the department
		{name: "aid the department says will rise",
			text: "The State Department said its aid to the refugees would rise to $1 billion next year.",
			num:  "1 billion", source: "State Department", typ: extract.SourceGovernment},
		// tweets: the one the tweet cites
		{name: "tweet by a named agency",
			text: "The interior ministry wrote on Twitter that 14 suspects had been arrested in Darsk.",
			num:  "14", source: "interior ministry", typ: extract.SourceGovernment},
		{name: "tweeted",
			text: "Governor Ana Velic tweeted that 9 people were rescued from the rubble.",
			num:  "9", source: "Ana Velic"},
		// "report receiving": a plural subject reports what it got
		{name: "people report receiving",
			text: "The Yazidis report receiving about 25 rifles from the regional government.",
			num:  "25", source: "Yazidis"},
		{name: "report getting",
			text: "Local militias report getting 300 rounds of ammunition each week.",
			num:  "300", source: "Local militias", anonymous: true},
		// a report noun after a determiner stays a noun
		{name: "the weapons report that",
			text: "The weapons report that reached the committee counted 70 rifles.",
			num:  "70", notType: extract.SourceUnknown},
		// ", where …" is a relative clause too: background
		{name: "comma where inside a reported clause",
			text: "The ministry said screening will start for travellers from the south, where the fever has killed 900 people in two years.",
			num:  "900", null: true},
		{name: "said where, no comma",
			text: "The ministry said 40 people died in Tarvo where the fever began.",
			num:  "40", source: "ministry"},
		// "the company" never stands for a place read as a company
		// an appositive after a postposed "according to X" types X
		{name: "according to X, an analyst",
			text: "Militants have executed more than 12 doctors in Varsk, according to Ben Tarrow, an intelligence analyst with the Orlin Group.",
			num:  "12", source: "Ben Tarrow", typ: extract.SourceExpert},
		// the outlet a speaker told carries the figure
		{name: "official who told a paper",
			text: "The militants burned the bodies of 5 of their fighters, according to a health official who told regional paper Dorvan Today.",
			num:  "5", source: "health official", via: "Dorvan Today", anonymous: true},
		// "report" with a content clause stays a report
		{name: "they report that",
			text: "Aid workers report that 60 families fled the valley overnight.",
			num:  "60", source: "aid workers", anonymous: true},
	})
}

// "The company" never stands for a place the entity finder read as an
// organization ("Redwood City, California"). Sentences written for this
// test.
func TestSource13CompanyNotPlace(t *testing.T) {
	r := extractArticle("Norvex Corp. bought two depots from Halden Group LLC in a $90 million deal, two people with knowledge of the matter said.\n\n" +
		"The depots are part of an office park in Redwood City, California, about 11 miles from its main office, said the people, who asked not to be named. " +
		"The company said in its annual report filed yesterday that it bought land for $70 million.")
	for _, s := range r.Statements {
		if strings.Contains(string(s.Content), "annual report") || strings.Contains(string(s.Content), "bought land") {
			if s.Speaker == "California" {
				t.Errorf("speaker %q for 'The company'%s", s.Speaker, describe(r))
			}
			return
		}
	}
	t.Errorf("no statement for 'The company said'%s", describe(r))
}

package extract_test

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
)

// The source conventions written in the gold READMEs
// (testdata/gold/fnc1conflict/README.md, testdata/gold/t17/README.md), one
// block of rows per convention. Sentences written for these tests.
func TestSource13GoldConventions(t *testing.T) {
	runSourceCases(t, []sourceCase{
		// An attribution governs its own sentence only: the next sentence,
		// with no attribution, is the article's.
		{name: "attribution then unattributed sentence, attributed",
			text: "The joint command said coalition aircraft carried out 31 strikes in Varnia on Sunday. Another 14 strikes hit targets near Kessa.",
			num:  "31", source: "joint command"},
		{name: "attribution then unattributed sentence",
			text: "The joint command said coalition aircraft carried out 31 strikes in Varnia on Sunday. Another 14 strikes hit targets near Kessa.",
			num:  "14", null: true},
		{name: "unattributed sentence after officials",
			text: "Officials said 22 people were killed in the blast at the market in Dorvan. The market had 40 stalls.",
			num:  "40", null: true},
		// A count in a relative clause inside a reported clause is background.
		{name: "relative clause inside reported clause",
			text: "The gunman, who had run down 2 soldiers a day earlier, was known to the police, the minister said.",
			num:  "2", null: true},
		{name: "one of a group of N missing, the prosecutor said",
			text: "The remains belong to a man who was one of 43 missing workers, the prosecutor said.",
			num:  "43", null: true},
		{name: "in which at least two rounds were fired, witnesses",
			text: "Witnesses said there was a struggle in which at least two rounds were fired inside the car.",
			num:  "two", null: true},
		{name: "speaker's own finding keeps the speaker",
			text: "The prosecutor said none of the 28 bodies found in the pit belonged to the workers.",
			num:  "28", source: "prosecutor"},
		// A reward or ransom the actor offers or demands has no source.
		{name: "reward offered by a government",
			text: "The State Department has offered a reward of up to $5 million for information on the commander.",
			num:  "5 million", null: true},
		{name: "ransom demanded",
			text: "The kidnappers demanded a ransom of $2 million for the release of the engineer.",
			num:  "2 million", null: true},
		{name: "money devoted",
			text: "The aid agency has devoted about $150 million to shelters in the region.",
			num:  "150 million", null: true},
		{name: "reward offered, said elsewhere",
			text: "The ministry is offering a bounty of 50,000 dinars for each fugitive.",
			num:  "50,000", null: true},
		// A denied claim whose claimant is not named has no source.
		{name: "claims were false, he said",
			text: "Claims that six fighters had crossed the border were false, he said.",
			num:  "six", null: true},
		{name: "reports were untrue, the spokesman said",
			text: "Reports that 12 guards had deserted were untrue, the spokesman said.",
			num:  "12", null: true},
		// Outlets and correspondents: officials via the reporter.
		{name: "according to reporter, officials said",
			text: "According to reporter Lena Varga, officials said 18 soldiers were missing after the ambush.",
			num:  "18", source: "officials", via: "Lena Varga", anonymous: true},
		// X said, citing Y.
		{name: "outlet said citing officials",
			text: "The Daily Courier said 35 militants were killed, citing security officials.",
			num:  "35", source: "security officials", via: "Daily Courier", anonymous: true},
		{name: "agency reported citing the ministry",
			text: "The state news agency reported that 9 policemen died in the attack, citing the interior ministry.",
			num:  "9", source: "interior ministry", typ: extract.SourceGovernment},
		// Unnamed groups who report are anonymous.
		{name: "residents said",
			text: "Residents said 7 houses were destroyed by the shelling in Marek.",
			num:  "7", source: "residents", anonymous: true},
		// Plural subject + "report receiving": they report what they got.
		{name: "report receiving",
			text: "The villagers report receiving about 40 rifles from the army.",
			num:  "40", source: "villagers", anonymous: true},
		{name: "report having received",
			text: "The Kurdish fighters report having received 30 machine guns last week.",
			num:  "30", source: "Kurdish fighters", anonymous: true},
	})
}

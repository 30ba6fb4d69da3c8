package extract_test

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
)

// Conflict-reporting classes seen on the FNC-1 conflict dev set, each tested
// with sentences written for these tests.
func TestSourceConflictClasses(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "coordinated speakers, first conjunct's figure",
			text: "At least 14 gunmen were killed in a raid on a village near the border and three farmers died in a separate attack, a police source and witnesses said on Tuesday.",
			num:  "14", source: "police source and witnesses", anonymous: true},
		{name: "coordinated plain speakers",
			text: "Officials and aid workers say the 900 tents sent to the camp are not enough.",
			num:  "900", source: "Officials and aid workers", anonymous: true},
		{name: "a number of residents said",
			text: "A number of villagers said at least 22 people were killed on Friday.",
			num:  "22", source: "villagers", anonymous: true},
		{name: "comma between name and said",
			text: "Separately, Kano trader Musa Bello, said the gunmen killed seven people in Dala.",
			num:  "seven", source: "Musa Bello"},
		{name: "said, then a quote with a straight closing mark",
			text: "MP Karim al-Hadi said, “Forty soldiers were killed near the dam.\" He blamed the generals.",
			num:  "Forty", source: "Karim al-Hadi"},
		{name: "said of, then a quote",
			text: "A local militia leader, Ibrahim Sule, said of the fighting on Monday, “Six of our men were wounded near the market.”",
			num:  "Six", source: "Ibrahim Sule"},
		{name: "the group's representative",
			text: "Three strikes hit a rebel convoy, witnesses said. The al-Fajr representative said that nine fighters had been killed in the strikes.",
			num:  "nine", source: "al-Fajr representative", anonymous: true},
		{name: "claimed N lives is no attribution",
			text: "Fighting between the two militias has claimed more than 800 lives in the province.",
			num:  "800", null: true},
		{name: "demanded a ransom is no attribution",
			text: "The kidnappers demanded a $2 million ransom for the engineer's release.",
			num:  "2", null: true},
		{name: "according to estimates names nobody",
			text: "According to estimates, more than 300 families are still living in the school.",
			num:  "300", null: true},
		{name: "a count of the cited sources is the citer's",
			text: "Reuters reported on Friday, citing three army officers, that the convoy had left the base.",
			num:  "three", source: "Reuters"},
		{name: "officials quoted by a reporter",
			text: "The officials quoted by Harris said the army is trying to locate all 12 missing helicopters.",
			num:  "12", source: "officials", via: "Harris", anonymous: true},
		{name: "the report said after another outlet is named",
			text: "According to a report in the Daily Ledger, the rebels seized the depot. Its editor was once named by the state-run Tass news agency as a foe of the regime. \"The depot held 40 armoured vehicles,\" the report said.",
			num:  "40", source: "Daily Ledger"},
		{name: "a clause after a confirmed object is the article's",
			text: "The Ansar Brigade has not confirmed the truce and there have been at least six attacks on the road since Friday.",
			num:  "six", null: true},
		{name: "the cue's object is a thing: a later clause is not its content",
			text: "The militia announced a ceasefire, but it has shelled 14 villages since then.",
			num:  "14", null: true},
		{name: "coordinated after a toll taken",
			text: "The war has claimed more than 900 lives in the north, and caused 2.5 million people to flee their homes.",
			num:  "2.5", null: true},
		{name: "coordinated speakers after though",
			text: "The depot is empty, though officials and weapons experts say the 300 old shells stored there are useless.",
			num:  "300", source: "officials and weapons experts", anonymous: true},
		{name: "say goes on through and",
			text: "The governor said the bridge had been repaired and there were 40 trucks waiting to cross.",
			num:  "40", source: "governor", anonymous: false},
		{name: "the source: one of the sources named before",
			text: "Army sources in the north said talks had been held. The source also said the release of 12 hostages had been agreed.",
			num:  "12", source: "Army sources in the north", anonymous: true},
		{name: "the official after other officials is not resolved across heads",
			text: "Police sources said the road was shut. The official said 8 trucks had been turned back.",
			num:  "8", anonymous: true, notType: extract.SourceMedia},
		{name: "bare plural sources with a place, after but",
			text: "The ministry was silent but army sources in the province said 16 hostages had been freed.",
			num:  "16", source: "army sources in the province", anonymous: true},
	})
	_ = extract.SourceMedia
}

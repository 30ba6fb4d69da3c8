package extract_test

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
)

// Issue 9 source classes in conflict reporting: quotes running over
// paragraphs, attributions to an announcement made earlier, pronoun and
// located speakers, and the kinds of local authorities. Sentences written
// for these tests.
func TestSourceIssue9Classes(t *testing.T) {
	runSourceCases(t, []sourceCase{
		// a quote left open at its paragraph's end runs on into the next
		{name: "quote open over a paragraph without marks",
			text: "Governor Ali Rahimi said in a statement: “The militants attacked the garrison at dawn and cut the road to the river.\n\nThey surrounded more than 300 police officers and killed many of them before help arrived.\n\nThe army retook the garrison on Monday.",
			num:  "300", source: "Ali Rahimi"},
		{name: "quote reopened over three paragraphs",
			text: "The garrison commander, Idris Bako, told reporters: “Our men held the bridge for two days.\n\n“The rebels attacked again at night.\n\n“They lost at least 60 fighters in the assault.”\n\nThe rebels denied the account.",
			num:  "60", source: "Idris Bako"},
		{name: "a closed quote does not run on",
			text: "Governor Ali Rahimi said: “We held the garrison.”\n\nMore than 300 police officers were later moved to the town.",
			num:  "300", null: true},
		{name: "narrative after an open quote that is closed later in its paragraph",
			text: "Ali Rahimi said: “We held the garrison,” before leaving.\n\nMore than 300 police officers were later moved to the town.",
			num:  "300", null: true},
		// single quotation marks, as British papers quote
		{name: "single-quoted quote, postposed",
			text: "'The town is empty now, apart from about 3,000 fighters,' Omar Haddad said.",
			num:  "3,000", source: "Omar Haddad"},
		{name: "single-quoted quote after a colon",
			text: "The mayor, Omar Haddad, spoke at the cemetery. He added: 'We have buried 45 people since Friday.'",
			num:  "45", source: "Omar Haddad"},
		{name: "apostrophes are no quotes",
			text: "The rebels' commander said 40 fighters were killed near the girls' school.",
			num:  "40", source: "commander", anonymous: true},
		// "said of X, “…”": the quote after the adverbial is the content
		{name: "said of the fighting, quote",
			text: "A local militia leader, Musa Garba, said of the fighting on Tuesday, “Three of our men came back from the front and said the rebels lost 12 trucks.”",
			num:  "12", source: "Musa Garba"},
		{name: "said on Sunday, quote",
			text: "The district chief, Amina Bello, said on Sunday, “At least 40 houses were burned by the gunmen.”",
			num:  "40", source: "Amina Bello"},
		{name: "said of X, quote with a bracketed insertion",
			text: "A member of the local vigilante group, Musa Garba, said of clashes on Monday, “Two of our members came to [the town of] Kafa this morning and said the battle lasted all night.”",
			num:  "Two", source: "Musa Garba"},
		// a dateline glued to the subject
		{name: "agency dateline before the subject",
			text: "Kano (AFP) - Nigeria on Friday claimed to have freed more than 100 hostages held by the militants.",
			num:  "100", typ: extract.SourceGovernment},
		// "according to the announcement": the body that made it
		{name: "according to the announcement",
			text: "On Saturday, the Interior Ministry declared a curfew in the province. According to the announcement, 400 additional police officers will be deployed to the capital.",
			num:  "400", source: "Interior Ministry", typ: extract.SourceGovernment},
		{name: "according to the statement",
			text: "The army issued a statement on Monday about the raid. According to the statement, 35 militants were killed.",
			num:  "35", source: "army", typ: extract.SourceMilitary},
		{name: "according to the report",
			text: "Amnesty International published a report on the camps on Tuesday. According to the report, at least 1,200 detainees have died in custody.",
			num:  "1,200", source: "Amnesty International", typ: extract.SourceNGO},
		// a number inside the attribution counts the sources
		{name: "accounts of survivors",
			text: "The village was shelled for hours, according to the accounts of four survivors.",
			num:  "four", null: true},
		// a located speaker: the people, not the place
		{name: "witnesses in a town",
			text: "The gunmen burned shops and killed 14 traders, witnesses in Damasak said.",
			num:  "14", source: "witnesses in Damasak", anonymous: true},
		// "they said" after a sentence whose subject is a group of people
		{name: "they said, the group of the sentence before",
			text: "The report cited the accounts of two survivors. The border police officers, all from one village, were holding a post north of the town. After an exchange of fire, they said, they saw about 50 gunmen retreating.",
			num:  "50", source: "border police officers", anonymous: true},
		{name: "a leader's secretary named in apposition",
			text: "Okoro's chief of staff, Daniel Eze, told reporters on Friday that 300 prisoners would be released.",
			num:  "300", source: "Daniel Eze"},
		{name: "a possessor's spokesman named after the title",
			text: "Governor Musa Bala's spokesman Idris Lawal told reporters that 25 gunmen had been arrested.",
			num:  "25", source: "Idris Lawal"},
		{name: "added to the confusion",
			text: "The arrests added to the confusion around the commander, who has a $5 million bounty on his head.",
			num:  "$5 million", null: true},
		{name: "the role before a name in apposition, after a clause",
			text: "The truce was agreed after a senior aide to President Samuel Okoro, Daniel Eze, told reporters that 300 prisoners would be released.",
			num:  "300", source: "Daniel Eze", typ: extract.SourceGovernment},
		// a participle qualifying a noun is no cue
		{name: "told an outlet, then a participle adjective",
			text: "Two senators told the Daily Courier on Wednesday suspected smugglers had crossed the river and as many as 12 gunmen had been caught.",
			num:  "12", source: "Two senators", via: "Daily Courier", anonymous: true},
		{name: "he after a count of suspects",
			text: "Senator Ruth Adeyemi claimed 10 terror suspects had been caught near the border.\n\n“I know at least 12 fighters have crossed the river,” she said on the programme.",
			num:  "12", source: "Ruth Adeyemi"},
		// a cue set off by commas mid-sentence speaks for the whole sentence
		{name: "mid-sentence attribution",
			text: "In one raid, gunmen stormed the village of Kuda, residents said, killing 12 people and burning homes.",
			num:  "12", source: "residents", anonymous: true},
		{name: "mid-sentence attribution with a day",
			text: "Troops retook the bridge, the army said on Friday, after a battle that left 30 rebels dead.",
			num:  "30", source: "army", typ: extract.SourceMilitary},
		{name: "an unnamed source involved in talks",
			text: "A source involved in talks with the militants told reporters that 150 prisoners could be exchanged.",
			num:  "150", notType: extract.SourceActivists, anonymous: true},
		// local authorities' kinds
		{name: "emergency services",
			text: "A car bomb killed at least 10 people at a crowded market in Kano on Friday, emergency services said.",
			num:  "10", source: "emergency services", typ: extract.SourceGovernment},
		{name: "civil defence",
			text: "Civil defence officials said they had rescued nine people from the rubble.",
			num:  "nine", typ: extract.SourceGovernment, anonymous: true},
		{name: "the defence ministry",
			text: "Troops killed 15 members of the militant group in the raid, the country's Defence Ministry said.",
			num:  "15", typ: extract.SourceGovernment},
		{name: "an aide to the president",
			text: "A senior aide to President Samuel Okoro, Daniel Eze, told reporters that 300 prisoners would be released.",
			num:  "300", source: "Daniel Eze", typ: extract.SourceGovernment},
		{name: "official figures",
			text: "On May 2, 130 villagers were abducted from the market, according to official figures.",
			num:  "130", source: "official figures", typ: extract.SourceDocument},
		{name: "a school of a university",
			text: "The rebels have killed at least 2,300 civilians this year, according to estimates of the Lakeside School of International Affairs.",
			num:  "2,300", source: "Lakeside School of International Affairs", typ: extract.SourceExpert},
	})
}

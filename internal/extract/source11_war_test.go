package extract_test

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
)

// Speakers of war reporting typed and named by mechanism: a nationality
// before an armed group or force, a spokesman typed by the body he speaks
// for, a monitor described before it is named, a capital speaking for its
// government, a negated or non-speech inner cue yielding to the outer
// speaker, a negative subject that is no one's word. Sentences written for
// these tests.
func TestSource11WarSpeakers(t *testing.T) {
	runSourceCases(t, []sourceCase{
		// a nationality adjective is part of an armed group's or force's name
		{name: "Pakistani Taliban",
			text: "The Pakistani Taliban said 14 soldiers were killed in the raid on Tuesday.",
			num:  "14", source: "Pakistani Taliban", typ: extract.SourceUnknown},
		{name: "Afghan Taliban, no article",
			text: "Afghan Taliban claimed that 9 policemen died in the ambush near Dalvar.",
			num:  "9", source: "Afghan Taliban", typ: extract.SourceUnknown},
		{name: "Nigerian army stays military",
			text: "The Nigerian army said it had killed 40 insurgents near Marte.",
			num:  "40", source: "Nigerian army", typ: extract.SourceMilitary},
		// a spokesman's type is the represented body's
		{name: "spokesman for the group",
			text: "Abu Karim, a spokesman for the group, said 30 fighters had joined the brigade in Tell Varan.",
			num:  "30", source: "Abu Karim", typ: extract.SourceUnknown},
		{name: "spokeswoman for a rights group",
			text: "Lena Ostrova, a spokeswoman for the rights group, said 60 detainees had been freed in Kessa.",
			num:  "60", source: "Lena Ostrova", typ: extract.SourceNGO},
		{name: "spokesman for the army",
			text: "Peter Olawe, a spokesman for the army, said 25 soldiers were wounded near Dunmar.",
			num:  "25", source: "Peter Olawe", typ: extract.SourceMilitary},
		// a monitor described in the lead, named later
		{name: "group monitoring the war, named after",
			text: "Rebels shot down a helicopter carrying 12 soldiers near Varna, a group monitoring the war said on Friday. The Syrian Observatory for Human Rights said the crew was among the dead.",
			num:  "12", source: "Syrian Observatory for Human Rights", typ: extract.SourceNGO},
		{name: "group monitoring the war, not named",
			text: "A group monitoring the war said on Friday that 22 militants were killed in airstrikes near Kessab.",
			num:  "22", typ: extract.SourceNGO},
		// a capital speaks for its government
		{name: "capital as speaker",
			text: "Moscow said 300 of its troops had left the border region by Sunday.",
			num:  "300", source: "Moscow", typ: extract.SourceGovernment},
		// an inner negated or non-speech cue yields to the outer speaker
		{name: "inner negated cue",
			text: "The officials said local agencies have not confirmed the theft of two aircraft from the Orban airfield.",
			num:  "two", source: "officials", typ: extract.SourceAnonymousOfficial, anonymous: true},
		{name: "responded by doing",
			text: "Washington said the U.S. military and partner nations responded to the assault by carrying out eight air strikes.",
			num:  "eight", source: "Washington", typ: extract.SourceGovernment},
		// a negative subject is no one's word
		{name: "no agency confirms",
			text: "No government agency confirms that 10 fighters were caught at the border.",
			num:  "10", null: true},
		{name: "nobody has verified",
			text: "Nobody has verified the claim that 45 villagers died in the fire at Orsk.",
			num:  "45", null: true},
		// a people noun with a participle after it speaks; the participle's
		// object does not ("hostages held by the group")
		{name: "hostages held by the group",
			text: "Former hostages held by the group have said that 12 men guarded them in Raqqa.",
			num:  "12", source: "Former hostages held by the group", typ: extract.SourceUnknown, anonymous: true},
		{name: "residents fleeing the town",
			text: "Residents fleeing the town said 40 houses had been burned in Kalva.",
			num:  "40", typ: extract.SourceUnknown, anonymous: true},
		// reports from a scene are the press's, the place is where
		{name: "reports from the scene",
			text: "Reports from the scene in the village of Ostrava said at least 15 bodies were found.",
			num:  "15", typ: extract.SourceMedia},
		// a record or examination speaks as a document, a quantity before
		// it ("At least two autopsies") no preposition
		{name: "court database shows",
			text: "A criminal court database shows a man with the same name was arrested five times in Ostrava.",
			num:  "five", source: "criminal court database", typ: extract.SourceDocument},
		{name: "autopsies have concluded",
			text: "At least two autopsies performed on the victim have concluded he was shot six times.",
			num:  "six", typ: extract.SourceDocument},
		{name: "a preposition still opens no subject",
			text: "At a press conference the mayor said 30 houses were destroyed in Kalva.",
			num:  "30", notType: extract.SourceDocument},
		// a count of things an actor released is its deed, no one's word
		{name: "released two videos",
			text: "The militants previously released two videos showing the killing of three aid workers in Kessa.",
			num:  "two", null: true},
		// a passive's agent speaks, not the relative's antecedent
		{name: "which were confirmed by officials",
			text: "The group posted three videos of the executions of 11 soldiers, which were confirmed by Iraqi officials.",
			num:  "11", source: "Iraqi officials", typ: extract.SourceAnonymousOfficial, anonymous: true},
	})
}

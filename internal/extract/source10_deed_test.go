package extract_test

import "testing"

// A figure in the object of what its subject did (a reward offered, a
// ransom paid, graves found) is the subject's deed, not its report; a
// finding reported in a that-clause or by a document stays a report. A
// participle before a count noun ("confirmed cases stand at …") is an
// adjective, nobody's acknowledgement. Sentences written for these tests.
func TestSource10Deeds(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "reward offered",
			text: "The Justice Department has offered a $5 million reward for information on the kidnappers.",
			num:  "$5 million", null: true},
		{name: "reward offered, amount after",
			text: "The embassy offered a reward of $200,000 for the return of the hostages.",
			num:  "$200,000", null: true},
		{name: "reward offered, converted in brackets",
			text: "The government has offered a US$10 million ($11.8 million) reward for his capture.",
			num:  "$11.8 million", null: true},
		{name: "graves found",
			text: "Soldiers have found two mass graves containing at least 28 bodies outside the town.",
			num:  "28", null: true},
		{name: "ransom paid",
			text: "The insurer paid $3 million to the kidnappers last year.",
			num:  "$3 million", null: true},
		{name: "money devoted",
			text: "The agency has devoted about $80 million to camps for the displaced.",
			num:  "$80 million", null: true},
		{name: "a deed reported by someone else keeps the reporter",
			text: "The insurer paid $3 million to the kidnappers, police said.",
			num:  "$3 million", source: "police", typ: "government"},
		{name: "found that: a finding reported",
			text: "Investigators found that 300 people had been killed in the village.",
			num:  "300", source: "Investigators", anonymous: true},
		{name: "a survey's finding",
			text: "A survey by the Red Cross found 60 percent of families had fled their homes.",
			num:  "60 percent", typ: "ngo"},
		{name: "militants attacked and captured",
			text: "In August, militants attacked the town of Arsal and captured more than 20 soldiers before withdrawing.",
			num:  "20", null: true},
		{name: "agreed to release",
			text: "The government agreed to release 150 prisoners in exchange for the nuns.",
			num:  "150", null: true},
		{name: "agreed that: a statement",
			text: "The army agreed that 150 prisoners would be freed on Monday.",
			num:  "150", source: "army", typ: "military"},
		{name: "confirmed cases stand at",
			text: "Laboratory confirmed cases stand at 4,322 across the region.",
			num:  "4,322", null: true},
		{name: "a ministry's acknowledgement stays",
			text: "The Defence Ministry acknowledged that 45 soldiers had died in the ambush.",
			num:  "45", source: "Defence Ministry", typ: "government"},
	})
}

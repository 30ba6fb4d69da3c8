package extract_test

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
)

// The kind of authority a source is, for the speakers of war reporting
// whose names hold words of another kind: armed groups ("Islamic State",
// "a Boko Haram spokesman"), military commands, legislators, a country's
// envoy to the UN, conflict monitors and outlets cited by a bare name.
// Sentences written for these tests.
func TestSource10Types(t *testing.T) {
	runSourceCases(t, []sourceCase{
		// armed groups are no government, army or opposition
		{name: "Islamic State by name",
			text: "The Islamic State said its fighters had killed 25 Kurdish soldiers near the border.",
			num:  "25", source: "Islamic State", typ: extract.SourceUnknown},
		{name: "an armed group's commander is no army's",
			text: "An Islamic State commander said in an online statement that 40 soldiers had been captured.",
			num:  "40", typ: extract.SourceUnknown, anonymous: true},
		{name: "a militant group's spokesman",
			text: "A Boko Haram spokesman said the group was holding 200 girls.",
			num:  "200", source: "Boko Haram spokesman", typ: extract.SourceUnknown, anonymous: true},
		{name: "an armed group's representative is not an official",
			text: "An al-Shabaab spokesman said the group's fighters killed 20 soldiers in the raid.",
			num:  "20", typ: extract.SourceUnknown, anonymous: true},
		{name: "rebels stay opposition",
			text: "Rebels said 30 of their fighters had been killed in the shelling.",
			num:  "30", typ: extract.SourceActivists, anonymous: true},
		// a name cut by the entity layer inside "Committee to …" is whole again
		{name: "according to a committee to …",
			text: "According to the Committee to Protect Journalists, at least 66 journalists have been killed covering the war.",
			num:  "66", source: "Committee to Protect Journalists", typ: extract.SourceNGO},
		{name: "a based committee to … estimated",
			text: "The New York-based Committee to Protect Journalists estimated Tuesday that about 20 journalists are missing in Syria.",
			num:  "20", source: "Committee to Protect Journalists", typ: extract.SourceNGO},
		{name: "a soft hyphen inside an outlet's name",
			text: "According to Global\u00adPost, two eyewitnesses saw the van stop on the road.",
			num:  "two", source: "GlobalPost", typ: extract.SourceMedia},
		// a name never runs over a line break, nor keeps its sentence's stop
		{name: "according to the UN. then a caption line",
			text: "At least 12 people were killed last year, according to the UN.\nPro-government supporters wave flags in the capital",
			num:  "12", source: "United Nations", typ: extract.SourceIntergovernmental},
		{name: "a soft hyphen inside an outlet's name after according to",
			text: "At least three other Americans are believed to be captives, according to a 2013 Global\u00adPost article.",
			num:  "three", source: "2013 GlobalPost article", typ: extract.SourceMedia},
		// military commands and task forces
		{name: "a command",
			text: "U.S. Africa Command said the strike killed 12 militants near the coast.",
			num:  "12", typ: extract.SourceMilitary},
		{name: "a joint task force",
			text: "The Combined Joint Task Force said the coalition staged 29 air strikes overnight.",
			num:  "29", source: "Combined Joint Task Force", typ: extract.SourceMilitary},
		// legislators by title and by committee
		{name: "Rep. title",
			text: "Rep. Tom Walsh said 10 fighters had been caught at the border.",
			num:  "10", source: "Tom Walsh", typ: extract.SourceGovernment},
		{name: "committee chairman is no company's",
			text: "House Intelligence Committee Chairman Tom Walsh said 2,000 foreign fighters had joined the group.",
			num:  "2,000", source: "Tom Walsh", typ: extract.SourceGovernment},
		// a country's envoy at the UN speaks for the country
		{name: "a country's UN ambassador",
			text: "Iraq's UN ambassador Karim Jabar said 2,500 rockets were stored at the site.",
			num:  "2,500", source: "Karim Jabar", typ: extract.SourceGovernment},
		{name: "a UN envoy stays the UN's",
			text: "UN envoy Karim Jabar said 2,500 families had fled the town.",
			num:  "2,500", source: "Karim Jabar", typ: extract.SourceIntergovernmental},
		// monitors of a conflict
		{name: "a monitoring group",
			text: "At least 70 fighters were killed in the battle, according to a Britain-based monitoring group.",
			num:  "70", typ: extract.SourceNGO},
		// where one spoke is no part of one's role
		{name: "a secretary in an interview with a network",
			text: "Homeland Security Secretary Jeh Johnson, in an interview with Fox News last week, said four men had been apprehended.",
			num:  "four", source: "Jeh Johnson", typ: extract.SourceGovernment},
		// a document's purpose is not its author
		{name: "an autopsy performed for a family",
			text: "The victim was struck by at least six bullets, according to an autopsy performed at the behest of Brown's family.",
			num:  "six", source: "autopsy", typ: extract.SourceDocument},
		// outlets by a bare name
		{name: "the Mirror",
			text: "The Mirror reported that 400 Britons had travelled to join the militants.",
			num:  "400", source: "Mirror", typ: extract.SourceMedia},
		{name: "a Nigerian paper by name",
			text: "According to Vanguard, 35 villagers were abducted in the raid.",
			num:  "35", source: "Vanguard", typ: extract.SourceMedia},
	})
}

package extract_test

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
)

// War reporting: monitors, state media, rebels, the UN, the regime.
// Sentences written for these tests.
func TestSourceWarReporting(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "observatory with its apposition",
			text: "At least 23 people were killed in Hama on Sunday, the Syrian Observatory for Human Rights, a Britain-based monitoring group, said.",
			num:  "23", source: "Syrian Observatory for Human Rights", typ: extract.SourceNGO},
		{name: "observatory apposition preposed",
			text: "The Syrian Observatory for Human Rights, a Britain-based monitoring group, said 17 soldiers died in clashes near Idlib.",
			num:  "17", source: "Syrian Observatory for Human Rights", typ: extract.SourceNGO},
		{name: "the Observatory later",
			text: "The Syrian Observatory for Human Rights reported heavy shelling. The Observatory said 12 civilians were among the dead.",
			num:  "12", source: "Syrian Observatory for Human Rights", typ: extract.SourceNGO},
		{name: "SOHR acronym",
			text: "SOHR said 41 people were killed across the country on Tuesday.",
			num:  "41", source: "Syrian Observatory for Human Rights", typ: extract.SourceNGO},
		{name: "the LCC",
			text: "The Local Coordination Committees, an activist network, said 35 people were killed nationwide.",
			num:  "35", source: "Local Coordination Committees", typ: extract.SourceActivists},
		{name: "state news agency SANA",
			text: "State news agency SANA reported that 11 members of the security forces were killed by terrorists in Deir ez-Zor.",
			num:  "11", source: "SANA", typ: extract.SourceMedia},
		{name: "Libyan state TV",
			text: "Libyan state TV said 30 civilians were killed in NATO air strikes on Zlitan.",
			num:  "30", source: "Libyan state TV", typ: extract.SourceMedia},
		{name: "rebel spokesman",
			text: "A rebel spokesman said 14 fighters were killed in the battle for Brega.",
			num:  "14", typ: extract.SourceActivists, anonymous: true},
		{name: "a UN spokesman",
			// an unnamed spokesman of a named body is anonymous, of the body's kind (gold convention)
			text: "A UN spokesman said 200,000 people had fled the fighting.",
			num:  "200,000", typ: extract.SourceIntergovernmental, anonymous: true},
		{name: "UN envoy named",
			text: "UN envoy Kofi Annan said 1,000 observers would be needed.",
			num:  "1,000", source: "Kofi Annan", typ: extract.SourceIntergovernmental},
		{name: "the regime",
			text: "The regime said 120 members of the security forces had been killed in Jisr al-Shughour.",
			num:  "120", typ: extract.SourceGovernment},
		{name: "opposition groups",
			text: "Opposition groups say more than 3,000 people have been killed since the uprising began.",
			num:  "3,000", typ: extract.SourceActivists},
		{name: "according to a tally by",
			text: "More than 5,000 people have been killed, according to a tally by the Syrian Observatory for Human Rights.",
			num:  "5,000", source: "Syrian Observatory for Human Rights", typ: extract.SourceNGO},
		{name: "according to an AFP tally",
			text: "At least 300 people have died in the violence, according to an AFP tally.",
			num:  "300", source: "AFP", typ: extract.SourceMedia},
		{name: "residents told by phone",
			text: "Residents told Reuters by phone that 20 people were killed when tanks shelled the town.",
			num:  "20", source: "Residents", via: "Reuters", anonymous: true},
		{name: "a hospital doctor",
			text: "A doctor at the city's main hospital said 19 bodies had been brought in.",
			num:  "19", anonymous: true},
		{name: "rights group Amnesty International",
			text: "Rights group Amnesty International said 88 people had died in detention.",
			num:  "88", source: "Amnesty International", typ: extract.SourceNGO},
		{name: "the government says",
			text: "The government says 1,400 soldiers and police have been killed by armed groups.",
			num:  "1,400", typ: extract.SourceGovernment},
		{name: "Gadhafi spelling",
			text: "Moammar Gadhafi said 1,000 volunteers had joined his forces.",
			num:  "1,000", source: "Muammar Gaddafi", typ: extract.SourceGovernment},
		{name: "Qadhafi spelling, a later mention",
			text: "Muammar Qadhafi addressed supporters in Tripoli. Qadhafi said 500 mercenaries had been sent by his enemies.",
			num:  "500", source: "Muammar Gaddafi", typ: extract.SourceGovernment},
		{name: "NATO officials",
			// officials of a named body are the body's kind, as "WHO officials"
			text: "NATO officials said 50 targets were hit overnight.",
			num:  "50", typ: extract.SourceIntergovernmental, anonymous: true},
		{name: "NATO said",
			text: "NATO said its aircraft had flown 150 sorties on Monday.",
			num:  "150", typ: extract.SourceIntergovernmental},
		{name: "the army said",
			text: "The army said 25 militants were killed in the raid.",
			num:  "25", typ: extract.SourceMilitary},
		{name: "Human Rights Watch",
			text: "Human Rights Watch said at least 27 protesters had been shot dead in Sanaa.",
			num:  "27", source: "Human Rights Watch", typ: extract.SourceNGO},
		{name: "activists postposed with a name",
			text: "Security forces killed nine people in Deraa on Friday, activists told the Daily Courier.",
			num:  "nine", source: "activists", typ: extract.SourceActivists, anonymous: true, via: "Daily Courier"},
		{name: "the interior ministry in Yemen",
			text: "Yemen's interior ministry said 16 al-Qaeda militants were killed in Abyan.",
			num:  "16", typ: extract.SourceGovernment},
		{name: "medical sources",
			text: "Medical sources said 12 people were wounded in the blast.",
			num:  "12", anonymous: true},
		{name: "the UN high commissioner",
			text: "The UN High Commissioner for Human Rights, Navi Pillay, said more than 4,000 people had been killed.",
			num:  "4,000", typ: extract.SourceIntergovernmental},
		{name: "UNHCR",
			text: "The UNHCR said 7,000 Syrians had crossed into Turkey.",
			num:  "7,000", source: "UNHCR", typ: extract.SourceIntergovernmental},
		{name: "the Red Crescent",
			text: "The Syrian Arab Red Crescent said 2,500 families had been evacuated.",
			num:  "2,500", typ: extract.SourceNGO},
		{name: "a military source anonymous",
			text: "A military source said 40 rebels were killed in the operation.",
			num:  "40", typ: extract.SourceAnonymousOfficial, anonymous: true},
		{name: "Egypt's official news agency",
			text: "Egypt's official news agency reported that 49 people were injured.",
			num:  "49", typ: extract.SourceMedia},
		{name: "state-run news agency MENA",
			text: "The state-run Middle East News Agency said 90 people were arrested.",
			num:  "90", source: "MENA", typ: extract.SourceMedia},
		{name: "the chairman named nearby",
			text: "Adm. Mike Mullen, the chairman of the Joint Chiefs of Staff, visited the base. The chairman of the Joint Chiefs said 3,000 more troops would arrive.",
			num:  "3,000", source: "Mike Mullen", typ: extract.SourceMilitary},
		{name: "pronoun speaker of a named general",
			text: "Gen. Carter Ham, the head of US Africa Command, spoke to reporters. He said 20 aircraft had been damaged.",
			num:  "20", source: "Carter Ham", typ: extract.SourceMilitary},
		{name: "an outlet's own count is no source from the last sentence",
			text: "\"We will fight on,\" said Abdul Hakim, a rebel commander. More than 100 people have been killed in Misrata this week.",
			num:  "100", null: true},
		{name: "Yemen's opposition",
			text: "The opposition Joint Meeting Parties said 52 protesters were killed in Sanaa on Friday.",
			num:  "52", typ: extract.SourceActivists},
		{name: "rebels claim",
			text: "Rebels claimed they had killed 30 government soldiers near Ajdabiya.",
			num:  "30", typ: extract.SourceActivists, anonymous: true},
		{name: "rebels somewhere, capitalized by the sentence",
			text: "Rebels in Misrata said 30 people were killed in rocket attacks.",
			num:  "30", source: "Rebels in Misrata", typ: extract.SourceActivists, anonymous: true},
		{name: "a clause denied names no source",
			text: "The army denied that 30 civilians had died in the raid.",
			num:  "30", null: true},
		{name: "the Libyan government spokesman",
			text: "Government spokesman Moussa Ibrahim said 718 civilians had been killed by NATO bombing.",
			num:  "718", source: "Moussa Ibrahim", typ: extract.SourceGovernment},
		{name: "Houthi rebels",
			text: "Houthi rebels said 22 fighters died in Saudi air raids.",
			num:  "22", typ: extract.SourceActivists, anonymous: true},
	})
}

// Whose word a figure is when the speaker is named around a description,
// in a quote that runs on, or by a role given earlier. Sentences written
// for these tests.
func TestSourceNamedSpeakers(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "a quote continuing in the next sentence",
			text: "\"They killed 15 people in our street,\" said Abu Omar, a resident of Homs. \"Another 20 are missing.\"",
			num:  "20", source: "Abu Omar"},
		{name: "an indirect statement does not run on into a quote",
			text: "Abu Omar said 15 people were killed. \"Another 20 are missing.\"",
			num:  "20", null: true},
		{name: "a later sentence of another speaker stops the quote",
			text: "\"They killed 15 people,\" said Abu Omar. The army said on Monday that its units had withdrawn. \"Another 20 are missing.\"",
			num:  "20", null: true},
		{name: "description then name",
			text: "A spokesman for the rebels, Abdel Hafiz Ghoga, said 30 fighters died near Brega.",
			num:  "30", source: "Abdel Hafiz Ghoga", typ: extract.SourceActivists},
		{name: "title without its stop before the name",
			text: "The commander of the coalition forces, Brig Gen Omar Haddad, said 400 troops had crossed the river.",
			num:  "400", source: "Omar Haddad", typ: extract.SourceMilitary},
		{name: "a capitalized UN title yields to the name",
			text: "The UN High Commissioner for Human Rights, Navi Pillay, said more than 4,000 people had been killed.",
			num:  "4,000", source: "Navi Pillay", typ: extract.SourceIntergovernmental},
		{name: "a hyphenated name",
			text: "The UN Secretary-General, Ban Ki-moon, said 300 observers would be sent.",
			num:  "300", source: "Ban Ki-moon", typ: extract.SourceIntergovernmental},
		{name: "name then description, inverted",
			text: "\"We have lost 12 men,\" said Moussa Kamel, the government spokesman.",
			num:  "12", source: "Moussa Kamel", typ: extract.SourceGovernment},
		{name: "the envoy named before",
			text: "UN envoy Kofi Annan arrived in Damascus on Saturday. The envoy said 300 observers were needed.",
			num:  "300", source: "Kofi Annan", typ: extract.SourceIntergovernmental},
		{name: "the leader named before, a nation's leader",
			text: "Libyan leader Muammar Gaddafi spoke on state TV. The Libyan leader said 1,000 volunteers had joined.",
			num:  "1,000", source: "Muammar Gaddafi", typ: extract.SourceGovernment},
		{name: "another country's leader is not the one named",
			text: "Syrian President Bashar al-Assad spoke on Sunday. The Libyan leader said 1,000 volunteers had joined.",
			num:  "1,000", notType: extract.SourceNGO, source: ""},
		{name: "an organization named by its appositive",
			text: "The country's main opposition party, the Muslim Brotherhood, said 149 members had been arrested.",
			num:  "149", source: "Muslim Brotherhood", typ: extract.SourceActivists},
		{name: "medics",
			text: "In Yemen, medics said 14 people were killed when troops opened fire.",
			num:  "14", source: "medics", typ: extract.SourceExpert, anonymous: true},
		{name: "the Observatory's count",
			text: "According to the Observatory's count, 40 people died on Friday.",
			num:  "40", source: "Observatory", typ: extract.SourceNGO},
		{name: "UN figures",
			text: "According to UN figures, 2,000 people have fled to Jordan.",
			num:  "2,000", source: "United Nations", typ: extract.SourceIntergovernmental},
		{name: "an outlet's correspondent is media",
			text: "CNN's Arwa Damon said 20 tanks had entered the town.",
			num:  "20", source: "Arwa Damon", typ: extract.SourceMedia},
		{name: "an agency of public health is no outlet",
			text: "The Health Protection Agency (HPA) said 40 cases had been confirmed.",
			num:  "40", source: "Health Protection Agency", typ: extract.SourceGovernment},
		{name: "a rights group's full name",
			text: "At least 10 journalists have been beaten by security forces, the Committee to Protect Journalists said.",
			num:  "10", source: "Committee to Protect Journalists", typ: extract.SourceNGO},
		{name: "government figures stay a document",
			text: "According to government figures, 20 people died.",
			num:  "20", source: "government figures"},
	})
}

// Who speaks in war reporting, through the whole extractor.
func TestSpeakerWarReporting(t *testing.T) {
	cases := []struct{ name, text, cue, speaker, typ string }{
		{"observatory apposition", "The Syrian Observatory for Human Rights, a Britain-based monitoring group, said troops stormed the town.", "said", "Syrian Observatory for Human Rights", extract.SpeakerOrg},
		{"the Observatory", "The Syrian Observatory for Human Rights reported shelling. The Observatory said tanks had entered the town.", "said", "Syrian Observatory for Human Rights", extract.SpeakerOrg},
		{"Egypt's official news agency named", "The official Middle East News Agency (MENA) reported clashes in Suez. Egypt's official news agency said the curfew would be extended.", "said", "MENA", extract.SpeakerPublication},
		{"the chairman named", "Adm. Mike Mullen, the chairman of the Joint Chiefs of Staff, visited the base. The chairman of the Joint Chiefs said the troops would stay.", "said", "Mike Mullen", extract.SpeakerPerson},
		{"we of a named speaker", "\"We are sending ships,\" Adm. Mike Mullen said. \"We will have them there by Friday.\"", "said", "Mike Mullen", extract.SpeakerPerson},
		{"residents by phone", "Residents told Reuters by phone that the shelling had not stopped.", "told", "Residents", extract.SpeakerAnonymous},
		{"rebel spokesman", "A rebel spokesman said the town had fallen.", "said", "rebel spokesman", extract.SpeakerAnonymous},
		{"Gadhafi", "Moammar Gadhafi said his forces would never surrender.", "said", "Muammar Gaddafi", extract.SpeakerPerson},
		{"an outlet's correspondent", "The BBC's Jim Hollis in Beirut says the shelling went on all night.", "says", "Jim Hollis", extract.SpeakerPerson},
		{"an agency that is no news agency", "The International Atomic Energy Agency (IAEA) said its inspectors had been turned back.", "said", "International Atomic Energy Agency", extract.SpeakerOrg},
		{"a name the entity layer cuts at 'to'", "The Committee to Protect Journalists said the reporters had been released.", "said", "Committee to Protect Journalists", extract.SpeakerOrg},
		{"a titled name leading a coordinated verb", "Opposition leader Burhan Qasim arrived in Cairo on Thursday and said the talks had failed.", "said", "Burhan Qasim", extract.SpeakerPerson},
		{"a title without its stop", "Adm Mike Mullen told reporters the navy was ready.", "told", "Mike Mullen", extract.SpeakerPerson},
		{"he after an unresolved we", "\"We are ready,\" we said. \"We will send ships,\" he said.", "said", "he", extract.SpeakerPerson},
		{"state news agency at a sentence start", "State news agency SANA reported that troops had entered the town.", "reported", "SANA", extract.SpeakerPublication},
		{"a country's state news agency", "Syria's state news agency said the army had restored order.", "said", "SANA", extract.SpeakerPublication},
		{"another outlet's agency is not the state's", "Reuters news agency said the army had restored order.", "said", "Reuters", extract.SpeakerPublication},
		{"a tally by", "The toll passed 5,000, according to a tally by the Syrian Observatory for Human Rights.", "according to", "Syrian Observatory for Human Rights", extract.SpeakerOrg},
		{"an outlet's tally", "The toll passed 300, according to an AFP tally.", "according to", "AFP", extract.SpeakerPublication},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractArticle(c.text)
			var got []string
			for _, s := range r.Statements {
				got = append(got, string(s.Speaker)+"/"+string(s.SpeakerType)+"@"+string(s.Cue))
			}
			// the last statement with the cue
			var last *extract.Statement
			for i := range r.Statements {
				if strings.EqualFold(string(r.Statements[i].Cue), c.cue) {
					last = &r.Statements[i]
				}
			}
			if last == nil {
				t.Fatalf("no %q statement: %v", c.cue, got)
			}
			if !strings.EqualFold(string(last.Speaker), c.speaker) || string(last.SpeakerType) != c.typ {
				t.Errorf("speaker %q (%s), want %q (%s); all %v", last.Speaker, last.SpeakerType, c.speaker, c.typ, got)
			}
		})
	}
}

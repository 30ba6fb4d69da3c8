package extract

import (
	"strings"
	"testing"
)

// Denials by class, in conflict-reporting style. Each case is one short
// article (sentences written for this test); want lists the denials it
// holds as "speaker|cue", in order, and nothing else may be a denial.
func TestDenialClasses(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		// denial verbs with a clause, a claim noun or a characterization
		{"deny clause", "The government denied that its forces had shelled the town.", []string{"government|denied"}},
		{"dismiss as", "A military spokesman dismissed the activists' figures as exaggerated.", []string{"military spokesman|dismissed"}},
		{"call baseless", "Syria's foreign ministry called the report baseless.", []string{"Syria's foreign ministry|called"}},
		{"refute claims", "The rebels refuted claims that they had executed prisoners.", []string{"rebels|refuted"}},
		{"reject allegation", "The army rejected the allegation as politically motivated.", []string{"army|rejected"}},
		{"dispute figures", "The governor disputed the toll given by the UN.", []string{"governor|disputed"}},
		{"played down", "Officials played down reports of a split in the cabinet.", []string{"Officials|played down"}},
		{"dismiss talk", "The minister dismissed talk of a rift with Ankara.", []string{"minister|dismissed"}},
		// adverbs and passives
		{"adverb", "The interior minister has strenuously denied reports that prisoners were tortured.", []string{"interior minister|has strenuously denied"}},
		{"passive adverbs", "The claim was quickly and categorically denied by the army.", []string{"army|was quickly and categorically denied"}},
		// content phrases under a plain reporting verb
		{"not true", "The ministry said the reports were not true.", []string{"ministry|said"}},
		{"no truth", "There was no truth in the reports, the ministry said.", []string{"ministry|said"}},
		{"no evidence that", "A UN envoy said there was no evidence that chemical weapons had been used.", []string{"UN envoy|said"}},
		// pronouns take the person the previous sentence is about
		{"pronoun", "Colonel Ahmed Hassan is accused of ordering the raid.\nHe denies giving the order.", []string{"Ahmed Hassan|denies"}},
		{"reduced passive", "It follows claims, denied by the ministry, that troops fired on mourners.", []string{"ministry|denied"}},
		{"denied that", "Activists said troops had fired on mourners.\nThe army's spokesman denied that.", []string{"army's spokesman|denied"}},
		{"participle subject", "The army chief brushed aside criticism of the raid, saying it was lawful.\nHe denied that civilians were killed.", []string{"army chief|denied"}},
		{"title appositive", "The Syrian ambassador to Moscow, Sir Ahmed Karim, said: \"Reports that the army shelled the city are not true.\"", []string{"Ahmed Karim|said"}},
		{"the company", "Halliburton said it had supplied the cement for the well.\nThe company denied the claims, saying its tests were valid.", []string{"Halliburton|denied"}},
		{"the oil giant", "Shell announced a review of its Nigerian operations.\nThe oil giant dismissed reports of a sale.", []string{"Shell|dismissed"}},
		{"news agency", "Syria's official SANA news agency denied that troops had entered the town.", []string{"SANA|denied"}},
		{"the boss", "Total's chief executive, Jean Martin, said the pipeline was safe.\nThe Total boss denied that the company had ignored warnings.", []string{"Jean Martin|denied"}},
		// look-alikes: no denial
		{"no one denies", "No one denies that the town was shelled.", nil},
		{"declined to comment", "The ministry declined to comment on the reports.", nil},
		{"negative event", "No one was killed in the blast, police said.", nil},
		{"dismissed government", "The king dismissed his government on Tuesday.", nil},
		{"dismissed official", "The company dismissed its chief executive in September.", nil},
		{"rejected invitation", "The opposition rejected the invitation to talks.", nil},
		{"rejected request", "The court rejected the government's request for a delay.", nil},
		{"rejected calls", "The army has rejected calls for a ceasefire.", nil},
		{"coordinated fired", "The ministry took the blame and has dismissed its chief of police.", nil},
		{"passive package", "In no case has an aid package been rejected by parliament.", nil},
		{"played down a size", "The ministry has consistently played down the size of the protests.", nil},
		{"rejects violence", "The group officially rejects the use of violence.", nil},
		{"denied a visa", "The journalist was denied a visa.", nil},
		{"denied access", "The authorities denied aid workers access to the city.", nil},
		{"denied bail pending trial", "The rebel commander is in custody - the court denied bail pending trial - and faces ten years.", nil},
		{"never again", "The president said he wanted to make sure such an attack never happened again.", nil},
		{"as if", "The town looks as if the war never happened.", nil},
		{"no evidence of", "There is no evidence of heavy fighting in the north, a monitor said.", nil},
		// a negated or refused denial takes no side
		{"did not deny", "The company did not deny that the pipeline had leaked.", nil},
		{"never denied", "The envoy has never denied meeting the rebel commander.", nil},
		{"would not dispute", "The ministry would not dispute the toll given by the UN.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sts := attrRun(c.text)
			var got []string
			for _, s := range sts {
				if s.Stance == Denies {
					got = append(got, string(s.Speaker)+"|"+string(s.Cue))
				}
			}
			if strings.Join(got, ";") != strings.Join(c.want, ";") {
				t.Errorf("denials %q, want %q%s", got, c.want, attrDump(sts))
			}
		})
	}
}

// Speakers by class: each case's first statement has this speaker and type.
// Sentences written for this test.
func TestSpeakerClasses(t *testing.T) {
	cases := []struct{ name, text, speaker, typ string }{
		{"WHO acronym", "WHO said the outbreak in the camps was spreading.", "World Health Organization", SpeakerOrg},
		// a role refers back only to a person whose office it fits
		{"same office", "Defence Minister Ehud Varon arrived in the capital on Monday.\nThe defence minister said troops would stay.", "Ehud Varon", SpeakerPerson},
		{"other portfolio", "Defence Minister Ehud Varon arrived in the capital on Monday.\nThe information minister said the president would stay.", "information minister", SpeakerPerson},
		{"other country", "Defence Minister Ehud Varon arrived in the capital on Monday.\nThe Tarvian defence minister said the president would stay.", "Tarvian defence minister", SpeakerPerson},
		{"the WHO", "The WHO says cholera cases have doubled.", "World Health Organization", SpeakerOrg},
		{"witnesses", "Witnesses said troops fired into the crowd.", "Witnesses", SpeakerAnonymous},
		{"a rescue worker", "A rescue worker said 40 bodies had been recovered.", "rescue worker", SpeakerAnonymous},
		{"one man", "One man said his brother had been detained.", "One man", SpeakerAnonymous},
		{"share of voters", "Nearly half said the army should withdraw.", "Nearly half", SpeakerAnonymous},
		{"rights groups", "Human rights groups estimate that 9,000 people have been killed.", "Human rights groups", SpeakerOrg},
		{"news agency acronym", "The state news agency SANA reported that 12 soldiers were killed.", "SANA", SpeakerPublication},
		{"state television", "Syrian state television said the army had retaken the town.", "Syrian state television", SpeakerPublication},
		{"observatory", "The Syrian Observatory for Human Rights said 30 people were killed.", "Syrian Observatory for Human Rights", SpeakerOrg},
		{"brotherhood", "The Muslim Brotherhood said its members had been detained.", "Muslim Brotherhood", SpeakerOrg},
		{"amnesty", "Amnesty International said the prisoners had been tortured.", "Amnesty International", SpeakerOrg},
		{"glued headline", "Shelling resumes in the north of the city Witnesses said tanks entered the square.", "Witnesses", SpeakerAnonymous},
		{"unknown one-word body", "Anadarko said it would not pay its share.", "Anadarko", SpeakerOrg},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sts := attrRun(c.text)
			if len(sts) == 0 {
				t.Fatalf("no statement")
			}
			if string(sts[0].Speaker) != c.speaker || string(sts[0].SpeakerType) != c.typ {
				t.Errorf("speaker %q (%s), want %q (%s)%s", sts[0].Speaker, sts[0].SpeakerType, c.speaker, c.typ, attrDump(sts))
			}
		})
	}
}

// A confirmation the speaker could not or would not give is none: it
// takes no side on the claim. Sentences written for this test.
func TestNegatedConfirmation(t *testing.T) {
	cases := []struct {
		text    string
		confirm bool
	}{
		{"The ministry could not confirm the report of 30 deaths in the north.", false},
		{"Officials declined to confirm that the convoy had been attacked.", false},
		{"Protesters said they are planning a march, but can't confirm when it will start.", false},
		{"The army was unable to confirm the figure.", false},
		{"Army spokesman Col. Ade Bello confirmed that 12 soldiers died.", true},
		{"The hospital has confirmed the deaths of four children.", true},
	}
	for _, c := range cases {
		got := false
		for _, s := range attrRun(c.text) {
			got = got || s.Stance == Confirms
		}
		if got != c.confirm {
			t.Errorf("%q: confirmation %v, want %v", c.text, got, c.confirm)
		}
	}
}

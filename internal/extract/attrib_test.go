package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/annotate"
	"github.com/claimtrack/claimtrack/internal/document"
)

func attrRun(text string) []Statement {
	return Statements(annotate.Annotate(document.New(text)))
}

// attrWant is one expected statement; empty fields are not checked, and
// "-" means the field must be empty.
type attrWant struct {
	speaker, speakerSpan, typ, role, cue, content, stance, target string
	anon, direct                                                  bool
}

func attrDump(sts []Statement) string {
	var b strings.Builder
	for _, s := range sts {
		fmt.Fprintf(&b, "\n  speaker=%q span=%v type=%s anon=%v role=%q cue=%q content=%q direct=%v stance=%s target=%q",
			s.Speaker, s.SpeakerSpan, s.SpeakerType, s.Anonymous, s.SpeakerRole, s.Cue, s.Content, s.Direct, s.Stance, s.Target)
	}
	return b.String()
}

func attrField(got, want string) bool {
	switch want {
	case "":
		return true
	case "-":
		return got == ""
	}
	return got == want
}

// attrFind returns the statement matching w (by cue and content when given).
func attrFind(text string, sts []Statement, w attrWant) bool {
	for _, s := range sts {
		if !attrField(string(s.Cue), w.cue) || !attrField(s.Content, w.content) || !attrField(string(s.Speaker), w.speaker) {
			continue
		}
		if !attrField(s.SpeakerSpan.Of(text), w.speakerSpan) || !attrField(string(s.SpeakerType), w.typ) ||
			!attrField(string(s.SpeakerRole), w.role) || !attrField(s.Stance, w.stance) || !attrField(string(s.Target), w.target) {
			continue
		}
		if s.Anonymous != w.anon || s.Direct != w.direct {
			continue
		}
		// spans must point at the text they claim
		if s.Content != s.ContentSpan.Of(text) || string(s.Cue) != s.CueSpan.Of(text) || !s.Span.Contains(s.ContentSpan) {
			return false
		}
		if !s.Sentence.IsZero() && s.Sentence.Of(text) == "" {
			return false
		}
		return true
	}
	return false
}

func TestStatementPatterns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []attrWant
	}{
		{"quote then speaker", `"We will rebuild the bridge by spring," Mayor Anna Kowalski said on Monday.`,
			[]attrWant{{speaker: "Anna Kowalski", speakerSpan: "Mayor Anna Kowalski", typ: SpeakerPerson, role: "Mayor", cue: "said",
				content: "We will rebuild the bridge by spring", stance: Asserts, direct: true}}},
		{"quote then inverted speaker", `"The river has never been this high," said Tomas Berg, a local farmer.`,
			[]attrWant{{speaker: "Tomas Berg", speakerSpan: "Tomas Berg", cue: "said", content: "The river has never been this high", direct: true}}},
		{"speaker then quote", `The minister said: "Prices will fall next year."`,
			[]attrWant{{speakerSpan: "The minister", cue: "said", content: "Prices will fall next year.", direct: true}}},
		{"reported clause with that", `Police Chief Ray Duarte said that the road would reopen on Friday.`,
			[]attrWant{{speaker: "Ray Duarte", role: "Police Chief", cue: "said", content: "the road would reopen on Friday", direct: false}}},
		{"postposed reported clause", `The talks collapsed after midnight, two diplomats said.`,
			[]attrWant{{speaker: "diplomats", speakerSpan: "two diplomats", typ: SpeakerAnonymous, anon: true, cue: "said",
				content: "The talks collapsed after midnight"}}},
		{"according to", `The plant employs 400 people, according to the company's annual report.`,
			[]attrWant{{cue: "according to", speakerSpan: "the company's annual report", typ: SpeakerDocument,
				content: "The plant employs 400 people"}}},
		{"according to first", `According to the survey, most residents oppose the plan.`,
			[]attrWant{{cue: "According to", speakerSpan: "the survey", content: "most residents oppose the plan"}}},
		{"told someone that", `Senator Lea Hart told reporters that she would vote against the bill.`,
			[]attrWant{{speaker: "Lea Hart", role: "Senator", cue: "told", content: "she would vote against the bill"}}},
		{"appositive", `Maria Chen, a spokeswoman for the utility, said the outage was caused by a storm.`,
			[]attrWant{{speaker: "Maria Chen", speakerSpan: "Maria Chen", role: "a spokeswoman for the utility", cue: "said",
				content: "the outage was caused by a storm"}}},
		{"relative clause subject", `Ivan Petrov, who chairs the committee, said the vote would be delayed.`,
			[]attrWant{{speaker: "Ivan Petrov", cue: "said", content: "the vote would be delayed"}}},
		{"participle shares the speaker", `Governor Dana Ruiz praised the rescue teams, adding that no lives were lost.`,
			[]attrWant{{speaker: "Dana Ruiz", cue: "adding", content: "no lives were lost", speakerSpan: "-"}}},
		{"coordination shares the speaker", `The spokesman declined to comment but said the review was continuing.`,
			[]attrWant{{speakerSpan: "-", cue: "said", content: "the review was continuing", speaker: "spokesman", anon: true}}},
		{"quote over two sentences", "\"The dam held. We were lucky,\" the engineer added in a statement.",
			[]attrWant{{cue: "added in a statement", speakerSpan: "the engineer", content: "The dam held. We were lucky", direct: true, anon: true}}},
		{"publication", `The Daily Courier reported that the factory would close.`,
			[]attrWant{{speaker: "Daily Courier", typ: SpeakerPublication, cue: "reported", content: "the factory would close"}}},
		{"document shows", `The ferry was overloaded, a safety report seen by the newspaper showed.`,
			[]attrWant{{typ: SpeakerDocument, speakerSpan: "a safety report seen by the newspaper", cue: "showed", content: "The ferry was overloaded"}}},
		{"typewriter quotes", "''We are not leaving,'' Mr. Alvarez said.",
			[]attrWant{{speaker: "Alvarez", cue: "said", content: "We are not leaving", direct: true}}},
		{"parenthesis in the subject", `Rep. Jane Doe (D-Ohio) said the budget was unfair.`,
			[]attrWant{{speaker: "Jane Doe", cue: "said", content: "the budget was unfair"}}},
		{"stray comma after the subject", `As the vote began, Sen. Jane Doe (D-Ohio), said after lunch that she would abstain.`,
			[]attrWant{{speaker: "Jane Doe", speakerSpan: "Sen. Jane Doe (D-Ohio)", cue: "said", content: "she would abstain"}}},
		{"colon and a quote paragraph", "The mayor told the crowd, to applause:\n\n\"We will rebuild every house.\"",
			[]attrWant{{speakerSpan: "The mayor", cue: "told", content: "We will rebuild every house.", direct: true}}},
		{"headline", "Former Aide Says Campaign Is In Trouble\n\nThe campaign declined to comment.",
			[]attrWant{{speakerSpan: "Former Aide", cue: "Says", content: "Campaign Is In Trouble"}}},
		{"speaker label", "MAYOR: We will rebuild every house by spring.",
			[]attrWant{{speakerSpan: "MAYOR", cue: ":", content: "We will rebuild every house by spring."}}},
		{"dash signature", "\u201cThe river took everything we had.\u201d \u2015 Ana Lima\n\nMore followed.",
			[]attrWant{{speaker: "Ana Lima", cue: "\u2015", content: "The river took everything we had.", direct: true}}},
		{"poll share", `Nearly half of voters said the economy was their main concern, and 42% say prices are too high.`,
			[]attrWant{{speakerSpan: "42%", cue: "say", content: "prices are too high", anon: true}}},
		{"a modified plural noun is the subject", `Many reports say the mayor of Corvel resigned.`,
			[]attrWant{{speakerSpan: "Many reports", cue: "say", content: "the mayor of Corvel resigned"}}},
		{"relative pronoun source", `The plan was backed by Ana Ruiz, who said the costs were fair.`,
			[]attrWant{{speaker: "Ana Ruiz", speakerSpan: "who", cue: "said", content: "the costs were fair"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := attrRun(tt.text)
			for _, w := range tt.want {
				if !attrFind(tt.text, sts, w) {
					t.Errorf("want %+v; got:%s", w, attrDump(sts))
				}
			}
		})
	}
}

func TestNotStatements(t *testing.T) {
	for _, text := range []string{
		`The report was published on Monday and the claims were reviewed.`,
		`He visited the United States last year.`,
		`The reported cases rose to 40.`,
		`Residents struck a positive note at the meeting.`,
		`It was said to be the largest bridge in the region.`,
		// a capital that opens the sentence and modifies a plural noun is no name
		`Such comments have damaged the company in Corvel.`,
		`Initial reports that 40 people had died in Lorrin were only suspected cases.`,
		`Other estimates are based on video from the well.`,
		``,
	} {
		if sts := attrRun(text); len(sts) != 0 {
			t.Errorf("%q: want no statements, got:%s", text, attrDump(sts))
		}
	}
}

func TestSpeakerResolution(t *testing.T) {
	tests := []struct {
		name, text string
		want       attrWant
	}{
		{"surname to full name",
			"Gen. Laura Mendez said the base would stay open.\n\nMendez said the decision was final.",
			attrWant{speaker: "Laura Mendez", speakerSpan: "Mendez", content: "the decision was final"}},
		{"pronoun he to last person",
			"Admiral Ken Sato said the fleet was ready.\n\n\"We are prepared for anything,\" he added in his statement.",
			attrWant{speaker: "Ken Sato", speakerSpan: "he", cue: "added in his statement", content: "We are prepared for anything", direct: true}},
		{"definite description to anonymous official",
			"Troop numbers will fall, an official with the alliance said Tuesday.\n\n\"We are going home,\" the official said.",
			attrWant{speaker: "official with the alliance", speakerSpan: "the official", typ: SpeakerAnonymous, anon: true, content: "We are going home", direct: true}},
		{"it to the letter",
			"The letter said the embassy would close.\n\n\"We regret the decision,\" it said.",
			attrWant{speaker: "letter", typ: SpeakerDocument, speakerSpan: "it", content: "We regret the decision", direct: true}},
		{"the article to the outlet, anonymous through its sources",
			"The move was first reported by The Evening Herald on Sunday. Citing unnamed officials, the article reported that the plant would close.",
			attrWant{speaker: "Evening Herald", typ: SpeakerPublication, anon: true, speakerSpan: "the article", content: "the plant would close"}},
		{"title description to the next name",
			"The draft was instead a poorly worded proposal, the top army general told reporters.\n\n\"It was a mistake,\" Army General Paul Reed, the chief of staff, said.",
			attrWant{speaker: "Paul Reed", speakerSpan: "the top army general", content: "The draft was instead a poorly worded proposal", stance: Denies, target: "The draft"}},
		{"continuation paragraph",
			"\"The harvest failed,\" said farmer Olga Ivanova.\n\n\"We have nothing left to sell this winter.\"",
			attrWant{speaker: "Olga Ivanova", speakerSpan: "-", cue: "-", content: "We have nothing left to sell this winter.", direct: true}},
		{"anonymity clause",
			"\"The talks are over,\" the diplomat said, who spoke on condition of anonymity.",
			attrWant{speakerSpan: "the diplomat", anon: true, content: "The talks are over", direct: true}},
		{"unnamed source",
			"The minister will resign, a source familiar with the matter said.",
			attrWant{speaker: "source familiar with the matter", typ: SpeakerAnonymous, anon: true, content: "The minister will resign"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := attrRun(tt.text)
			if !attrFind(tt.text, sts, tt.want) {
				t.Errorf("want %+v; got:%s", tt.want, attrDump(sts))
			}
		})
	}
}

func TestStance(t *testing.T) {
	tests := []struct {
		name, text string
		want       attrWant
	}{
		{"deny verb with object",
			"The ministry denied a report by the Morning Star about the deal.",
			attrWant{cue: "denied", stance: Denies, target: "a report by the Morning Star about the deal"}},
		{"refuting",
			"Ortiz was refuting a report by The Coastal Times published on Friday.",
			attrWant{cue: "was refuting", stance: Denies, target: "a report by The Coastal Times"}},
		{"described as factually incorrect",
			`The governor described a media report that said the border would close as "factually incorrect."`,
			attrWant{cue: "described", speaker: "governor", stance: Denies, target: "a media report that said the border would close", content: "factually incorrect.", direct: true}},
		{"no decision",
			`"There has been no decision to close the mine," Hill said.`,
			attrWant{speaker: "Hill", stance: Denies, target: "decision to close the mine", direct: true}},
		{"no plans",
			"The company said it had no plans to cut jobs.",
			attrWant{stance: Denies, target: "plans to cut jobs"}},
		{"recharacterization",
			"The leaked memo was instead a poorly worded draft, the minister told reporters.",
			attrWant{stance: Denies, target: "The leaked memo"}},
		{"not true",
			`"That story is not true," the mayor said.`,
			attrWant{stance: Denies, target: "That story", direct: true}},
		{"passive confirmation with agent",
			"The authenticity of the memo was confirmed by a senior police source.",
			attrWant{cue: "was confirmed", stance: Confirms, target: "The authenticity of the memo", speaker: "senior police source", anon: true, typ: SpeakerAnonymous}},
		{"confirm verb",
			"The army confirmed the attack on the convoy.",
			attrWant{cue: "confirmed", stance: Confirms, target: "the attack on the convoy"}},
		{"is genuine",
			"The lawyer said the signature is genuine.",
			attrWant{stance: Confirms, target: "the signature"}},
		{"questions",
			"Analysts questioned the official casualty figures.",
			attrWant{cue: "questioned", stance: Questions, target: "the official casualty figures", anon: true}},
		{"unclear whether",
			"The spokesman said it was unclear whether the talks would resume.",
			attrWant{stance: Questions, target: "the talks would resume", anon: true}},
		{"plain assertion",
			"The coach said the team would win the cup.",
			attrWant{stance: Asserts, target: "-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := attrRun(tt.text)
			if !attrFind(tt.text, sts, tt.want) {
				t.Errorf("want %+v; got:%s", tt.want, attrDump(sts))
			}
		})
	}
}

func FuzzStatements(f *testing.F) {
	for _, s := range []string{
		`"We will win," he said.`,
		`According to the report, 40 people died, officials said.`,
		"''a,'' said\n\n\"b",
		`X, who, said, "`,
		`The authenticity of it, which was, was confirmed by`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sts := attrRun(text)
		for _, s := range sts {
			for _, sp := range []document.Span{s.Span, s.ContentSpan, s.CueSpan, s.SpeakerSpan, s.TargetSpan, s.Sentence} {
				if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
					t.Fatalf("span %v outside text of %d bytes", sp, len(text))
				}
			}
			if s.Content != s.ContentSpan.Of(text) {
				t.Fatalf("content %q does not match its span %v", s.Content, s.ContentSpan)
			}
		}
	})
}

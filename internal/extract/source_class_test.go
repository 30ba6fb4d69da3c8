package extract_test

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
)

// sourceCase is one figure's expected attribution in a written article.
type sourceCase struct {
	name, text, num  string
	source, typ, via string
	anonymous        bool
	null             bool   // the article states the figure on its own authority
	notType          string // a type the figure's source must not have
}

func runSourceCases(t *testing.T, cases []sourceCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractArticle(c.text)
			f, ok := figureBy(r, c.num)
			if !ok {
				t.Fatalf("no figure %s:%s", c.num, describe(r))
			}
			if c.null {
				if f.Source != "" {
					t.Errorf("source %q, want none%s", f.Source, describe(r))
				}
				return
			}
			if c.source != "" && !strings.EqualFold(string(f.Source), c.source) {
				t.Errorf("source %q, want %q%s", f.Source, c.source, describe(r))
			}
			if c.typ != "" && string(f.SourceType) != c.typ {
				t.Errorf("source type %q, want %q%s", f.SourceType, c.typ, describe(r))
			}
			if c.via != "" && string(f.Via) != c.via {
				t.Errorf("via %q, want %q%s", f.Via, c.via, describe(r))
			}
			if c.notType != "" && string(f.SourceType) == c.notType {
				t.Errorf("source type %q%s", f.SourceType, describe(r))
			}
			if c.anonymous != f.Anonymous {
				t.Errorf("anonymous %v, want %v%s", f.Anonymous, c.anonymous, describe(r))
			}
		})
	}
}

// Conflict-reporting phrasings, written for these tests.
func TestSourceConflictPhrasings(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "activists say",
			text: "Activists say at least 40 people were killed in Homs on Friday.",
			// Unnamed groups are anonymous sources (gold README convention).
			num: "40", source: "activists", typ: extract.SourceActivists, anonymous: true},
		{name: "according to the Observatory",
			text: "Security forces shot dead 14 protesters in Deraa, according to the Syrian Observatory for Human Rights.",
			num:  "14", source: "Syrian Observatory for Human Rights", typ: extract.SourceNGO},
		{name: "the UN refugee agency said",
			text: "More than 20,000 Syrians have fled to Turkey, the UN refugee agency said on Tuesday.",
			num:  "20,000", source: "UNHCR", typ: extract.SourceIntergovernmental},
		{name: "state media reported",
			text: "State media reported that 25 soldiers were killed in an ambush near Idlib.",
			num:  "25", typ: extract.SourceMedia},
		{name: "the state news agency",
			text: "The official SANA news agency said 16 members of the security forces had been killed.",
			num:  "16", typ: extract.SourceMedia},
		{name: "a rights group said",
			text: "A rights group said 300 people had been detained in Banias since Saturday.",
			num:  "300", typ: extract.SourceNGO},
		{name: "anonymous officials",
			text: "About 2,000 troops have been sent to the border, officials who spoke on condition of anonymity said.",
			num:  "2,000", typ: extract.SourceAnonymousOfficial, anonymous: true},
		{name: "the reporter's own figure",
			text: "The city of 800,000 people has been under siege since April.",
			num:  "800,000", null: true},
	})
}

// A poll or survey named once governs the answers reported after it.
func TestSourceStudyGoverns(t *testing.T) {
	poll := "A new Daily Courier-Channel 9 poll found most voters oppose the plan. In the poll, 58 percent of voters said the deal was unfair. Eighteen percent favored a new vote. The poll was conducted by telephone among 1,004 adults."
	survey := "Fear of war tops the list of worries, according to a survey released Monday. Among respondents, 41 percent said the border was unsafe. While 20 percent said they would leave, according to the survey, which was commissioned by Meridian Partners, a consultancy. The ministry said 300 homes were destroyed in the fighting."
	runSourceCases(t, []sourceCase{
		{name: "in the poll", text: poll, num: "58", source: "Daily Courier-Channel 9 poll", typ: extract.SourceMedia},
		{name: "a later answer", text: poll, num: "Eighteen", source: "Daily Courier-Channel 9 poll", typ: extract.SourceMedia},
		{name: "the sample size", text: poll, num: "1,004", source: "Daily Courier-Channel 9 poll"},
		{name: "a survey named later by its commissioner", text: survey, num: "41", source: "Meridian Partners survey", typ: extract.SourceCompany},
		{name: "according to the survey", text: survey, num: "20", source: "Meridian Partners survey", typ: extract.SourceCompany},
		{name: "another source's count in a survey's article", text: survey, num: "300", source: "ministry", typ: extract.SourceGovernment},
		{name: "no poll, no poll source",
			text: "Shares fell 4 percent on Monday. Oil rose 2 percent.",
			num:  "4", null: true},
	})
}

// A person keeps the kind of authority the first mention gave; an
// organization described later ("the energy giant") is the one named.
func TestSourceArticleMemory(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "a person's role at first mention",
			text: "Much of the evidence came from Lena Morrow, a professor of hydrology at Cairo University. Morrow said 40,000 people had lost their water supply.",
			num:  "40,000", source: "Lena Morrow", typ: extract.SourceExpert},
		{name: "a governor's title",
			text: "\"It is a disaster,\" said Gov. Mark Ellison, who added that the state had lost 12,000 jobs.",
			num:  "12,000", source: "Mark Ellison", typ: extract.SourceGovernment},
		{name: "the energy giant",
			text: "Shares in Petronord Oil Company fell sharply. The energy giant reported a loss of $2.1bn for the quarter.",
			num:  "2.1bn", source: "Petronord Oil Company", typ: extract.SourceCompany},
		{name: "the charity",
			text: "Oxfam has sent a team to the border. The charity said 15 staff were already working in the camps.",
			num:  "15", source: "Oxfam", typ: extract.SourceNGO},
		{name: "he is the person just named, not the experts quoted before",
			text: "Independent experts said the estimate was too low. Much of the evidence came from Lena Morrow, a professor of hydrology at Cairo University. Based on satellite images, he told the committee that 40,000 people had lost their homes.",
			num:  "40,000", source: "Lena Morrow", typ: extract.SourceExpert},
		{name: "a country speaking is its government",
			text: "Jordan has reported 3,000 new refugees at the northern crossing.",
			num:  "3,000", source: "Jordanian government", typ: extract.SourceGovernment},
	})
}

// The subject of a verb of counting, reporting, revising or planning is the
// source of the figure in its object; a closing attribution governs its
// sentence; where the text gives no authority, there is none.
func TestSourceClauseAuthority(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "a ministry revises the toll",
			text: "The Libyan health ministry increased the number of confirmed deaths from 40 to 52.",
			num:  "52", source: "Libyan health ministry", typ: extract.SourceGovernment},
		{name: "an agency launches an appeal",
			text: "The World Food Programme has launched an appeal for $90m to feed the displaced.",
			num:  "90m", source: "World Food Programme", typ: extract.SourceIntergovernmental},
		{name: "an agency's plan",
			text: "The UN refugee agency plans to shelter 50,000 people in new camps by March.",
			num:  "50,000", source: "UNHCR", typ: extract.SourceIntergovernmental},
		{name: "a closing attribution with an acronym",
			text: "Donors have given £4m to the appeal, the Disasters Emergency Committee (DEC) has said.",
			num:  "4m", source: "Disasters Emergency Committee", typ: extract.SourceNGO},
		{name: "a closing estimate",
			text: "About 6,000 people have died since the fighting began, the UN estimates.",
			num:  "6,000", source: "United Nations", typ: extract.SourceIntergovernmental},
		{name: "an estimate announced by officials",
			text: "An estimate announced by US officials in April put the number of fighters at 3,000.",
			num:  "3,000", source: "US officials", typ: extract.SourceAnonymousOfficial, anonymous: true},
		{name: "officials after 'and' whom the statement scanner may miss",
			text: "Clashes continued in the capital, and hospital officials in Benghazi tell the Daily Courier that at least 31 people have been killed there.",
			num:  "31", typ: extract.SourceAnonymousOfficial, anonymous: true},
		{name: "a corporate vice-president",
			text: "Karl Innes, a senior vice-president of Petronord Oil Company, said 1,000 barrels a day were escaping.",
			num:  "1,000", source: "Karl Innes", typ: extract.SourceCompany},
		{name: "a figure in the speaker's apposition is not the speaker's",
			text: "\"We will not leave,\" Karim Nasser, who runs a clinic with 30 beds, said on Monday.",
			num:  "30", null: true},
		{name: "an action is no attribution",
			text: "The army dropped 2,000 leaflets over the town on Sunday.",
			num:  "2,000", null: true},
		{name: "a misread subject is no source",
			text: "The new levy knocked the firm's profits down to $1.8bn.",
			num:  "1.8bn", null: true},
	})
}

// Who speaks: a UN office is the UN's, unnamed officials are anonymous
// officials whatever their nationality, staff of a named body speak for it,
// and a person keeps the kind of body a relative clause says they lead.
func TestSourceWhoSpeaks(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "the UN's human rights office",
			text: "The UN's human rights office said more than 5,000 people had been killed since March.",
			num:  "5,000", typ: extract.SourceIntergovernmental},
		{name: "a Western diplomat, anonymous",
			text: "A Western diplomat, speaking on condition of anonymity, said about 3,000 troops had been moved to the area.",
			num:  "3,000", typ: extract.SourceAnonymousOfficial, anonymous: true},
		{name: "officials who spoke on condition of anonymity, postposed",
			text: "About 2,000 troops have been sent to the border, officials who spoke on condition of anonymity said.",
			num:  "2,000", source: "officials", typ: extract.SourceAnonymousOfficial, anonymous: true},
		{name: "a nationality's officials",
			text: "Turkish officials said 7,000 refugees were in camps near the border.",
			num:  "7,000", typ: extract.SourceAnonymousOfficial, anonymous: true},
		{name: "analysts at a named bank",
			text: "Analysts at Barclays Capital estimate the bill could reach $20bn.",
			num:  "20bn", source: "Barclays Capital", typ: extract.SourceExpert},
		{name: "officials at a named ministry",
			text: "Officials at the Interior Ministry said 200 people had been arrested.",
			num:  "200", source: "Interior Ministry", typ: extract.SourceGovernment},
		{name: "the head of a monitor",
			text: "Rami Abdel Rahman, who heads the Observatory, told AFP that 31 soldiers were killed in the ambush.",
			num:  "31", source: "Rami Abdel Rahman", typ: extract.SourceNGO, via: "AFP"},
		{name: "state news agency",
			text: "State news agency SANA said 9 soldiers were killed by armed gangs.",
			num:  "9", typ: extract.SourceMedia},
		{name: "lower-case who is no WHO",
			text: "About 150 people were detained, according to residents who saw the raids.",
			num:  "150", source: "residents", notType: extract.SourceIntergovernmental, anonymous: true},
	})
}

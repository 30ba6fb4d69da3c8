package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// extractArticle extracts an article written for the test.
func extractArticle(text string) *extract.Result {
	doc := document.New(text)
	doc.Published = document.Date{Year: 2011, Month: 12, Day: 13}
	return extract.Extract(doc)
}

// figureBy returns the figure whose text contains num.
func figureBy(r *extract.Result, num string) (extract.Figure, bool) {
	for _, f := range r.Figures {
		if strings.Contains(f.Text, num) {
			return f, true
		}
	}
	return extract.Figure{}, false
}

func describe(r *extract.Result) string {
	var b strings.Builder
	for _, f := range r.Figures {
		fmt.Fprintf(&b, "\n  figure %q source=%q type=%q via=%q anon=%v", f.Text, f.Source, f.SourceType, f.Via, f.Anonymous)
	}
	for _, s := range r.Statements {
		fmt.Fprintf(&b, "\n  statement %q %s %q (%s)", s.Speaker, s.Stance, s.Cue, s.SourceType)
	}
	return b.String()
}

// Sentences in the style of conflict reporting, written for these tests.
func TestFigureSource(t *testing.T) {
	cases := []struct {
		name, text, num  string
		source, typ, via string
		anonymous        bool
		notSource        string
	}{
		{name: "subject says",
			text: "The UN says more than 7,500 people have been killed since March.",
			num:  "7,500", source: "United Nations", typ: extract.SourceIntergovernmental},
		{name: "according to, postposed",
			text: "At least 31 people were killed in Homs on Friday, according to the Syrian Observatory for Human Rights.",
			num:  "31", source: "Syrian Observatory for Human Rights", typ: extract.SourceNGO},
		{name: "activists said, two clauses later",
			text: "Troops stormed the suburb at dawn and at least 18 people died in the shelling, activists said.",
			num:  "18", source: "activists", typ: extract.SourceActivists},
		{name: "quote's speaker",
			text: "\"They have arrested 400 young men,\" said Omar Haddad, a local council leader.",
			num:  "400", source: "Omar Haddad"},
		{name: "puts the toll at",
			text: "The interior ministry puts the number of police killed at 1,150.",
			num:  "1,150", source: "interior ministry", typ: extract.SourceGovernment},
		{name: "a president two paragraphs before does not speak for the UN",
			text: "\"We are fighting terrorists,\" President Karim Dessalo said on Sunday.\n\nHe spoke after a week of clashes.\n\nThe UN says more than 7,500 people have been killed.",
			num:  "7,500", source: "United Nations", notSource: "Dessalo"},
		{name: "the UN is not a person whose title has the letters u-n",
			text: "\"We will crush the gangs,\" Tunisian President Youssef Karam said.\n\nThe talks stalled.\n\nThe UN says more than 7,500 people have been killed.",
			num:  "7,500", source: "United Nations", typ: extract.SourceIntergovernmental},
		{name: "the UN is not the UN spokeswoman quoted before",
			text: "UN spokeswoman Maria Lindqvist said the search for survivors was over.\n\nThe UN says 130,000 people have now been moved out of the capital.",
			num:  "130,000", source: "United Nations", typ: extract.SourceIntergovernmental},
		{name: "an indirect statement of another sentence does not govern",
			text: "The army said it had restored order in the city. More than 200 people have fled to the border since Monday.",
			num:  "200", notSource: "army"},
		{name: "newspaper citing anonymous officials",
			text: "Citing unnamed US officials, the Daily Courier reported that about 1,000 troops would stay in the region.",
			num:  "1,000", source: "US officials", typ: extract.SourceAnonymousOfficial, via: "Daily Courier", anonymous: true},
		{name: "a source told an outlet",
			text: "A senior official, speaking on condition of anonymity, told the Daily Courier that about 2,500 soldiers would remain.",
			num:  "2,500", typ: extract.SourceAnonymousOfficial, via: "Daily Courier", anonymous: true},
		{name: "a letter seen by an agency",
			text: "A letter seen by Reuters said 3,000 detainees would be freed.",
			num:  "3,000", source: "letter", typ: extract.SourceDocument, via: "Reuters"},
		{name: "military spokesman",
			text: "The army said 35 soldiers were killed in the ambush.",
			num:  "35", source: "army", typ: extract.SourceMilitary},
		{name: "state television is media",
			text: "State television said 12 members of the security forces were killed.",
			num:  "12", typ: extract.SourceMedia},
		{name: "company",
			text: "BP said about 5,000 barrels a day were leaking from the well.",
			num:  "5,000", source: "BP", typ: extract.SourceCompany},
		{name: "experts",
			text: "Scientists estimated that 60,000 barrels a day were escaping.",
			num:  "60,000", typ: extract.SourceExpert},
		{name: "rights group",
			text: "Human Rights Watch said at least 105 detainees had died in custody.",
			num:  "105", source: "Human Rights Watch", typ: extract.SourceNGO},
		{name: "the denied report's figure is the report's",
			text: "The foreign ministry denied a media report that said the army was preparing to send 2,000 tanks to the border.",
			num:  "2,000", source: "media report", typ: extract.SourceMedia, notSource: "army"},
		{name: "Gadhafi spelling folded",
			text: "Moammar Gadhafi said 150 foreign fighters had been captured.",
			num:  "150", source: "Muammar Gaddafi"},
		{name: "a possessed estimate is its owner's",
			text: "Rights groups say the army's estimate of 300 deaths is far too low.",
			num:  "300", source: "army", typ: extract.SourceMilitary},
		{name: "a share of respondents is no source",
			text: "Asked about the ceasefire, 44 percent said it would not hold.",
			num:  "44", notSource: "percent"},
		{name: "according to governs an inner verb's subject",
			text: "The province reported 12 deaths on Monday, according to the health ministry.",
			num:  "12", source: "health ministry", typ: extract.SourceGovernment},
		{name: "the figure as subject is no one's word",
			text: "Almost 50 countries have now confirmed cases of the virus.",
			num:  "50", notSource: "countries"},
		{name: "the group is the organization just named",
			text: "The Syrian Observatory for Human Rights said 12 civilians were killed. The British-based group said another 8 soldiers died on Saturday.",
			num:  "8", source: "Syrian Observatory for Human Rights", typ: extract.SourceNGO},
		{name: "an appositive name after a spokesman",
			text: "A government spokesman, Walid Mansour, said 85 civilians had died in the air strikes.",
			num:  "85", source: "Walid Mansour", typ: extract.SourceGovernment},
		{name: "puts the toll at, over an appositive",
			text: "The Local Coordination Committees, an activist network, put the day's death toll at 76.",
			num:  "76", source: "Local Coordination Committees", typ: extract.SourceActivists},
		{name: "a later clause's speaker does not speak for the figure",
			text: "At least 40 people were killed in Hama on Friday, and the government said it would investigate the shooting.",
			num:  "40", notSource: "government"},
		{name: "a parenthetical attribution",
			text: "At least 27 people were wounded, Nile News said, most of them police officers.",
			num:  "27", source: "Nile News", typ: extract.SourceMedia},
		{name: "a second complement does not lose the first",
			text: "The Muslim Brotherhood said 35 people were injured in Suez and that security forces had imposed a curfew.",
			num:  "35", source: "Muslim Brotherhood", typ: extract.SourceActivists},
		{name: "short form refers back to the long name",
			text: "The Syrian Observatory for Human Rights reported clashes in Deraa. The Observatory said 22 soldiers were killed there.",
			num:  "22", source: "Syrian Observatory for Human Rights", typ: extract.SourceNGO},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractArticle(c.text)
			f, ok := figureBy(r, c.num)
			if !ok {
				t.Fatalf("no figure %s:%s", c.num, describe(r))
			}
			if c.source != "" && string(f.Source) != c.source {
				t.Errorf("source %q, want %q%s", f.Source, c.source, describe(r))
			}
			if c.notSource != "" && strings.Contains(string(f.Source), c.notSource) {
				t.Errorf("source %q must not be %q", f.Source, c.notSource)
			}
			if c.typ != "" && string(f.SourceType) != c.typ {
				t.Errorf("source type %q, want %q%s", f.SourceType, c.typ, describe(r))
			}
			if c.via != "" && string(f.Via) != c.via {
				t.Errorf("via %q, want %q%s", f.Via, c.via, describe(r))
			}
			if c.anonymous && !f.Anonymous {
				t.Errorf("want anonymous%s", describe(r))
			}
		})
	}
}

func TestStatementDiscipline(t *testing.T) {
	cases := []struct {
		name, text string
		check      func(r *extract.Result) error
	}{
		{"no one denies is no denial",
			"No one denies that thousands of families have fled to Turkey.",
			func(r *extract.Result) error {
				for _, s := range r.Statements {
					if s.Stance == extract.Denies {
						return fmt.Errorf("denial by %q", s.Speaker)
					}
				}
				return nil
			}},
		{"a denial's target is what is rejected",
			"The government denied reports that troops had fired on mourners.",
			func(r *extract.Result) error {
				for _, s := range r.Statements {
					if s.Stance == extract.Denies && strings.Contains(string(s.Target), "reports") && s.SourceType == extract.SourceGovernment {
						return nil
					}
				}
				return fmt.Errorf("no government denial of the reports")
			}},
		{"a reported plan is the report's claim",
			"The minister dismissed a media report that said the United States is planning to keep 1,000 forces in the country.",
			func(r *extract.Result) error {
				for _, s := range r.Statements {
					if strings.Contains(string(s.Speaker), "United States") {
						return fmt.Errorf("statement by the United States: %q", s.Content)
					}
				}
				return nil
			}},
		{"the foreign ministry is not the interior ministry",
			"The interior ministry said 20 police were hurt. Later the foreign ministry said the figures were exaggerated.",
			func(r *extract.Result) error {
				for _, s := range r.Statements {
					if strings.Contains(s.Content, "exaggerated") && s.Speaker != "foreign ministry" {
						return fmt.Errorf("speaker %q", s.Speaker)
					}
				}
				return nil
			}},
		{"statement source types",
			"Activists said the town was surrounded. A UN spokesman said aid convoys were blocked. Officials, who spoke on condition of anonymity, said talks had failed.",
			func(r *extract.Result) error {
				want := map[string]string{"town": extract.SourceActivists, "convoys": extract.SourceIntergovernmental, "talks": extract.SourceAnonymousOfficial}
				for _, s := range r.Statements {
					for k, typ := range want {
						if strings.Contains(s.Content, k) {
							if string(s.SourceType) != typ {
								return fmt.Errorf("%q: type %q, want %q", s.Content, s.SourceType, typ)
							}
							delete(want, k)
						}
					}
				}
				if len(want) > 0 {
					return fmt.Errorf("statements missing: %v", want)
				}
				return nil
			}},
		{"reader comments state nothing",
			"Security forces killed 14 protesters on Friday, the opposition said.\n\nThis is a disgrace, and 500 more will die. December 12, 2011 at 9:14 pm | Report abuse | Reply\nThe regime says 40 soldiers died, but nobody believes it.\n",
			func(r *extract.Result) error {
				for _, s := range r.Statements {
					if strings.Contains(s.Content, "soldiers") {
						return fmt.Errorf("comment became a statement: %q", s.Content)
					}
				}
				for _, f := range r.Figures {
					if strings.Contains(f.Text, "40") || strings.Contains(f.Text, "500") {
						return fmt.Errorf("comment became a figure: %q", f.Text)
					}
				}
				if _, ok := figureBy(r, "14"); !ok {
					return fmt.Errorf("the article's own figure is gone")
				}
				return nil
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := extractArticle(c.text)
			if err := c.check(r); err != nil {
				t.Errorf("%v%s", err, describe(r))
			}
		})
	}
}

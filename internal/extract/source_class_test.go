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
	null             bool // the article states the figure on its own authority
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
			num:  "40", source: "activists", typ: extract.SourceActivists},
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

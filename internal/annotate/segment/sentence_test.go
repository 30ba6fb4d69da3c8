package segment

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/document"
)

func split(text string) []string {
	toks := Tokenize(text, nil)
	var out []string
	for _, s := range Sentences(text, toks, nil) {
		out = append(out, s.Of(text))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"simple", "The army left. The navy stayed.", []string{"The army left.", "The navy stayed."}},
		{"question and exclamation", "Will they stay? No! They go.", []string{"Will they stay?", "No!", "They go."}},
		{"title Gen.", "The plan stands, said Gen. Mark Smith on Monday.", []string{"The plan stands, said Gen. Mark Smith on Monday."}},
		{"two titles", "Brig. Gen. Ann Lee and Lt. Col. Bo Park spoke. Sgt. Kim did not.",
			[]string{"Brig. Gen. Ann Lee and Lt. Col. Bo Park spoke.", "Sgt. Kim did not."}},
		{"Mr Dr St", "Mr. Jones met Dr. Brown at St. Mary's hospital.", []string{"Mr. Jones met Dr. Brown at St. Mary's hospital."}},
		{"U.S. modifier", "About 2,000 U.S. troops remain. U.S. Army units left.", []string{"About 2,000 U.S. troops remain.", "U.S. Army units left."}},
		{"U.S. before adverb", "Talks moved to the U.S. Initially, few came. Shares of Italy Corp. Italy said no.",
			[]string{"Talks moved to the U.S.", "Initially, few came.", "Shares of Italy Corp. Italy said no."}},
		{"U.S. at end", "The troops returned to the U.S. The base closed.", []string{"The troops returned to the U.S.", "The base closed."}},
		{"months", "It started on Jan. 5 and ended Feb. 28, 2019. Then it rained.", []string{"It started on Jan. 5 and ended Feb. 28, 2019.", "Then it rained."}},
		{"a.m. p.m.", "The strike hit at 4 a.m. Tuesday and again at 9 p.m. Officials said nothing.",
			[]string{"The strike hit at 4 a.m. Tuesday and again at 9 p.m.", "Officials said nothing."}},
		{"e.g. i.e. vs.", "Allies, e.g. France, and rivals, i.e. Russia, met. It was Spain vs. Italy.",
			[]string{"Allies, e.g. France, and rivals, i.e. Russia, met.", "It was Spain vs. Italy."}},
		{"No. and decimal", "Resolution No. 5 passed with 3.5 percent. It was odd.", []string{"Resolution No. 5 passed with 3.5 percent.", "It was odd."}},
		{"Inc. Corp.", "Acme Inc. said profit rose. Shares of Beta Corp. The company fell.",
			[]string{"Acme Inc. said profit rose.", "Shares of Beta Corp.", "The company fell."}},
		{"initials", "It was signed by Gen. John Q. Public III, the commander.", []string{"It was signed by Gen. John Q. Public III, the commander."}},
		{"initials two", "George W. Bush and J. R. R. Tolkien met.", []string{"George W. Bush and J. R. R. Tolkien met."}},
		{"missing space", "There are 500 troops in Mali.Several jets flew over.", []string{"There are 500 troops in Mali.", "Several jets flew over."}},
		{"run together", "It was led by the Islamic StateThe letter was signed.", []string{"It was led by the Islamic State", "The letter was signed."}},
		{"camel case stays", "Shares of PricewaterhouseCoopers and YouTube rose. McDonald's fell.", []string{"Shares of PricewaterhouseCoopers and YouTube rose.", "McDonald's fell."}},
		{"missing space domain", "Visit example.com for more. It helps.", []string{"Visit example.com for more.", "It helps."}},
		{"closing quote belongs", `He called the story "totally false." The paper stood by it.`,
			[]string{`He called the story "totally false."`, "The paper stood by it."}},
		{"curly closing quote", "She said: “We are leaving.” Then she left.", []string{"She said: “We are leaving.”", "Then she left."}},
		{"glued opening quote", `The note told them to leave."Sir, we must go," it read.`,
			[]string{"The note told them to leave.", `"Sir, we must go," it read.`}},
		{"quote across boundary", `"We will stay. We have work to do," the minister said.`,
			[]string{`"We will stay.`, `We have work to do," the minister said.`}},
		{"question in quote then lower", `"Why now?" he asked. Nobody answered.`, []string{`"Why now?" he asked.`, "Nobody answered."}},
		{"ellipsis lower", "“The city has fallen … but the war goes on,” he said.", []string{"“The city has fallen … but the war goes on,” he said."}},
		{"dots lower", `"I am not sure ... maybe later," she said.`, []string{`"I am not sure ... maybe later," she said.`}},
		{"ellipsis upper", `"I do not know ... We are checking." He left.`, []string{`"I do not know ...`, `We are checking."`, "He left."}},
		{"paragraph", "First part without stop\n\nSecond part.", []string{"First part without stop", "Second part."}},
		{"headline line", "Troops To Leave Base\nThe army said on Monday it would go.", []string{"Troops To Leave Base", "The army said on Monday it would go."}},
		{"wrapped line", "The army said on Monday that it would\nleave the base soon.", []string{"The army said on Monday that it would\nleave the base soon."}},
		{"wrapped before name", "The talks were led by\nPresident Smith.", []string{"The talks were led by\nPresident Smith."}},
		{"line after stop", "One line.\nTwo line.", []string{"One line.", "Two line."}},
		{"trimmed", "  \n  Hello there.  \n\n  Bye.  \n", []string{"Hello there.", "Bye."}},
		{"bracket after stop", "They left (in March.) Others stayed.", []string{"They left (in March.)", "Others stayed."}},
		{"abbrev before comma", "Firms like Acme Inc., Beta Corp. and others.", []string{"Firms like Acme Inc., Beta Corp. and others."}},
		{"no final stop", "A sentence without a stop", []string{"A sentence without a stop"}},
		{"empty", "", nil},
		{"only space", " \n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := split(tt.text)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// checkSpans asserts the invariants every sentence list must keep.
func checkSpans(t *testing.T, text string, spans []document.Span) {
	t.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d %v out of order or bounds (prev end %d, len %d)", i, s, prev, len(text))
		}
		if strings.TrimSpace(s.Of(text)) != s.Of(text) && utf8.ValidString(s.Of(text)) {
			t.Fatalf("span %d %q not trimmed", i, s.Of(text))
		}
		prev = s.End
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"The U.S. Army left. Gen. Smith stayed.", "in Iraq.Several", `evacuate."Sir, go," it said.`,
		"Headline\n\nBody text … and more... Done?!", "No. 5 at 3.5 a.m.\n", "\"\"..”“’‘", "\xff\xfe.\x00A",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokenize(text, nil)
		spans := Sentences(text, toks, nil)
		checkSpans(t, text, spans)
		if len(toks) > 0 && len(spans) == 0 {
			t.Fatalf("tokens but no sentences in %q", text)
		}
		covered := 0
		for _, s := range spans {
			for _, tk := range toks {
				if tk.Start >= s.Start && tk.End <= s.End {
					covered++
				}
			}
		}
		if covered != len(toks) {
			t.Fatalf("%d of %d tokens inside sentences for %q", covered, len(toks), text)
		}
		for _, z := range Zones(text, toks, spans) {
			if z.Span.Start < 0 || z.Span.End > len(text) || z.Span.Start >= z.Span.End {
				t.Fatalf("zone %v out of bounds", z)
			}
		}
	})
}

func TestSentencesRunOnIsCut(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 2000; i++ {
		b.WriteString("officials said dozens had fled, ")
	}
	b.WriteString("and then stopped.")
	text := b.String()
	toks := Tokenize(text, nil)
	sents := Sentences(text, toks, nil)
	if len(sents) < 2000*6/(2*maxSentenceTokens) {
		t.Fatalf("run-on text of %d tokens gave %d sentences", len(toks), len(sents))
	}
	k := 0
	for _, sp := range sents {
		n := 0
		for k < len(toks) && toks[k].End <= sp.End {
			k++
			n++
		}
		if n > 2*maxSentenceTokens {
			t.Fatalf("sentence of %d tokens", n)
		}
		if c := text[sp.End-1]; c != ',' && c != '.' {
			t.Fatalf("cut at %q, not at a comma", text[sp.End-10:sp.End])
		}
	}
	// ordinary sentences are untouched
	short := "The UN says 5,000 people have died. Activists say 6,000 have."
	if got := len(Sentences(short, Tokenize(short, nil), nil)); got != 2 {
		t.Fatalf("ordinary text: %d sentences", got)
	}
}

package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/annotate"
	"github.com/claimtrack/claimtrack/internal/document"
)

// attrSeed reads a seed article from ../shared/seeds beside the repository
// and returns its text and statements, or skips when the seeds are absent.
func attrSeed(t *testing.T, prefix string, published document.Date) (string, []Statement) {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found")
		}
		dir = parent
	}
	files, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "seeds", prefix+"_*.txt"))
	if len(files) == 0 {
		t.Skipf("seed %s not found in ../shared/seeds: seed statement checks skipped", prefix)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	doc := document.New(string(b))
	doc.Published = published
	return doc.Text, Statements(annotate.Annotate(doc))
}

// attrHas reports whether a statement satisfies every check; fields hold
// lower-case substrings ("" = not checked).
type attrSeedWant struct {
	name                                             string
	speaker, speakerSpan, cue, content, target, role string
	stance, typ                                      string
	anon                                             bool
}

func attrSeedMatch(text string, s Statement, w attrSeedWant) bool {
	has := func(got, want string) bool { return strings.Contains(strings.ToLower(got), want) }
	return has(string(s.Speaker), w.speaker) && has(s.SpeakerSpan.Of(text), w.speakerSpan) && has(string(s.Cue), w.cue) &&
		has(s.Content, w.content) && has(string(s.Target), w.target) && has(string(s.SpeakerRole), w.role) &&
		(w.stance == "" || s.Stance == w.stance) && (w.typ == "" || string(s.SpeakerType) == w.typ) && (!w.anon || s.Anonymous)
}

func TestSeedAttributions(t *testing.T) {
	seeds := []struct {
		prefix string
		date   document.Date
		wants  []attrSeedWant
	}{
		{"000", document.Date{Year: 2019, Month: 2, Day: 18}, []attrSeedWant{
			{name: "Dunford describes the WSJ-style media report as factually incorrect", speaker: "joseph dunford",
				cue: "described", content: "factually incorrect", stance: Denies, target: "report", role: "chairman of the joint chiefs"},
			{name: "Dunford refutes the report by the Journal", speaker: "joseph dunford", speakerSpan: "dunford",
				stance: Denies, target: "report by the wall street journal"},
			{name: "the quote is Gen. Joseph Dunford's", speaker: "joseph dunford", speakerSpan: "gen. joseph dunford",
				content: "there has been no change", stance: Denies},
			{name: "he added in his statement resolves to Dunford", speaker: "joseph dunford", speakerSpan: "he",
				cue: "added in his statement", content: "planning to date has been productive"},
			{name: "the article citing anonymous officials is the Journal, anonymous", speaker: "wall street journal",
				speakerSpan: "the article", typ: SpeakerPublication, anon: true, content: "would keep 1,000"},
		}},
		{"001", document.Date{Year: 2017, Month: 12, Day: 5}, []attrSeedWant{
			{name: "the coalition official is anonymous", speaker: "official", speakerSpan: "an official with the u.s.-led",
				typ: SpeakerAnonymous, anon: true, content: "number of u.s. troops"},
			{name: "the official said resolves to the coalition official", speaker: "official with the u.s.-led military coalition",
				speakerSpan: "the official", anon: true, content: "we’re going down"},
		}},
		{"002", document.Date{}, []attrSeedWant{
			{name: "Esper denies a decision to leave Iraq", speaker: "mark esper", stance: Denies, target: "decision", content: "no decision whatsoever"},
			{name: "Milley characterizes the letter as a poorly worded draft", speaker: "mark milley", speakerSpan: "the top us general",
				stance: Denies, target: "letter"},
			{name: "Milley's own quote", speaker: "mark milley", role: "chairman of the joint chiefs of staff", stance: Denies,
				content: "not what's happening"},
			{name: "an Iraqi military source confirms the letter's authenticity", speaker: "iraqi military source", anon: true,
				typ: SpeakerAnonymous, stance: Confirms, target: "authenticity of the letter"},
			{name: "the letter is a document speaker", speakerSpan: "it", typ: SpeakerDocument, speaker: "letter",
				content: "we respect your sovereign decision"},
		}},
	}
	for _, sd := range seeds {
		text, sts := attrSeed(t, sd.prefix, sd.date)
		for _, w := range sd.wants {
			found := false
			for _, s := range sts {
				if attrSeedMatch(text, s, w) {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("seed %s: %s: no statement %+v; got:%s", sd.prefix, w.name, w, attrDump(sts))
			}
		}
	}
}

package extract_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ingest"
)

// newsResults extracts the conflict-reporting test articles in testdata/news.
func newsResults(t *testing.T) map[string]*extract.Result {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "news", "*.txt"))
	out := map[string]*extract.Result{}
	for _, p := range paths {
		err := ingest.Walk(context.Background(), []string{p}, nil, ingest.Options{}, func(it ingest.Item) error {
			if it.Err != nil {
				return it.Err
			}
			out[filepath.Base(p)[:2]] = extract.Extract(it.Doc)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(out) < 2 {
		t.Fatalf("want the test articles in testdata/news, got %d", len(out))
	}
	return out
}

// What a reporter needs from each figure of real-style conflict reporting:
// what it counts, over what stretch, where and as of when. "-" means null.
func TestNewsFigureMeaning(t *testing.T) {
	res := newsResults(t)
	type want struct {
		doc, num, measure, scope, since, location, to, asOf, asOfBasis string
	}
	for _, w := range []want{
		// The textbook dispute: two tolls for one assault, both in Syria.
		{"01", "more than 200", "people killed", "incident", "", "Syria", "-", "2012-07-13", "statement"},
		{"01", "37", "people killed", "", "", "Syria", "-", "2012-07-13", "statement"},
		// An organisation's seat is not the place of its toll.
		{"01", "at least 220", "people killed", "", "", "Syria", "", "", ""},
		{"01", "300 people", "people wounded", "", "", "Syria", "", "", ""},
		// Running totals with their start; a statement's own date.
		{"01", "more than 10,000", "people killed", "cumulative", "2011-03", "Syria", "", "2012-07-14", "published"},
		{"01", "at least 9,000", "people killed", "", "", "Syria", "", "2012-05", "statement"},
		{"01", "17,000", "people killed", "cumulative", "2011-03", "Syria", "", "", ""},
		// A massacre of 1982 never lands on today's timeline.
		{"01", "at least 10,000", "people killed", "", "", "", "", "1982", "stated"},
		{"01", "23 million", "population", "-", "", "Syria", "", "", ""},
		{"01", "more than 25,000", "people detained", "", "", "Syria", "", "", ""},
		// Refugees where they are and where they come from.
		{"02", "More than 80,000", "refugees", "", "", "Syria", "Turkey", "2012-09-02", "statement"},
		{"02", "70,000", "refugees", "", "", "Syria", "Lebanon", "", ""},
		{"02", "40,000", "refugees", "", "", "Syria", "Jordan", "", ""},
		{"02", "2.5 million", "people in need", "", "", "Syria", "-", "", ""},
		{"02", "about 5,000", "troops deployed", "", "", "Turkey", "", "", ""},
		{"02", "35 people", "people killed", "incident", "", "Aleppo", "", "2012-09-01", "stated"},
		// A siege story: tolls in the country the article is about, not
		// where refugees went in the sentence before.
		{"03", "at least 30", "people killed", "", "", "Libya", "", "", ""},
		{"03", "more than 100", "people wounded", "", "", "Libya", "", "", ""},
		{"03", "about 500,000", "people displaced", "cumulative", "", "Libya", "", "", ""},
		{"03", "2,000", "workers trapped", "", "", "Libya", "", "", ""},
		{"03", "between 10,000 and 15,000", "people killed", "cumulative", "", "Libya", "", "", ""},
	} {
		var got *extract.Figure
		for i, f := range res[w.doc].Figures {
			if strings.Contains(f.Text, w.num) {
				got = &res[w.doc].Figures[i]
				break
			}
		}
		if got == nil {
			t.Errorf("%s: no figure %q", w.doc, w.num)
			continue
		}
		for _, c := range []struct{ name, got, want string }{
			{"measure", string(got.Measure), w.measure}, {"scope", string(got.Scope), w.scope},
			{"since", string(got.Since), w.since}, {"location", string(got.Location), w.location},
			{"to", string(got.To), w.to}, {"as_of", string(got.AsOf), w.asOf}, {"as_of_basis", string(got.AsOfBasis), w.asOfBasis},
		} {
			if c.want == "-" {
				c.want = ""
			} else if c.want == "" {
				continue
			}
			if c.got != c.want {
				t.Errorf("%s %q: %s = %q, want %q", w.doc, got.Text, c.name, c.got, c.want)
			}
		}
	}
}

// On whose word the siege story's figures stand, and what kind of source
// that is; "the alliance" is the organization named before it.
func TestNewsSources(t *testing.T) {
	res := newsResults(t)["03"]
	for _, w := range []struct{ num, source, typ string }{
		{"at least 30", "rebels", "activists"},
		{"about 500,000", "United Nations", "intergovernmental"},
		{"2,000", "International Organization for Migration", "intergovernmental"},
		{"between 10,000 and 15,000", "Human rights groups", "ngo"},
	} {
		found := false
		for _, f := range res.Figures {
			if strings.Contains(f.Text, w.num) {
				found = true
				if string(f.Source) != w.source || string(f.SourceType) != w.typ {
					t.Errorf("%q: source %q (%s), want %q (%s)", f.Text, f.Source, f.SourceType, w.source, w.typ)
				}
				break
			}
		}
		if !found {
			t.Errorf("no figure %q", w.num)
		}
	}
	for _, s := range res.Statements {
		if s.Stance == "denies" && string(s.Cue) == "has rejected" && string(s.Speaker) != "North Atlantic Treaty Organization" {
			t.Errorf("'the alliance' resolved to %q, want NATO", s.Speaker)
		}
	}
}

package server

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

// ownCheckArticle builds a stored article by hand: sentences and statements
// with spans into its text.
func ownCheckArticle() *store.Article {
	sents := []string{
		"Officials said the army will keep 800 soldiers in Ostravia.",
		"The ministry denied that the army will keep soldiers in Ostravia.",
		"Last year 650 soldiers served in Ostravia.",
		"The weather in Brena was mild.",
	}
	text := strings.Join(sents, " ")
	a := &store.Article{ID: 7, DocID: "d7", Title: "Own", Source: "Own Wire", Group: 3, Text: text}
	pos := 0
	for _, s := range sents {
		a.Sentences = append(a.Sentences, document.Span{Start: pos, End: pos + len(s)})
		pos += len(s) + 1
	}
	a.Statements = []store.StatementRow{
		{ID: 11, Statement: extract.Statement{Speaker: "Officials", Stance: extract.Asserts, Span: a.Sentences[0], Sentence: a.Sentences[0]}},
		{ID: 12, Statement: extract.Statement{Speaker: "the ministry", Stance: extract.Denies, Span: a.Sentences[1], Sentence: a.Sentences[1],
			Target: "the army will keep soldiers in Ostravia"}},
	}
	return a
}

func TestJudgeArticle(t *testing.T) {
	a := ownCheckArticle()
	tests := []struct {
		claim string
		want  map[string]string // verdict -> anchor
	}{
		{"the army will keep 800 soldiers in Ostravia", map[string]string{VerdictSupports: "st-11", VerdictDenies: "st-12"}},
		// Another number: the assertion of 800 does not support 650 ...
		{"the army will keep 650 soldiers in Ostravia", map[string]string{VerdictDenies: "st-12"}},
		{"soldiers served in Ostravia", map[string]string{VerdictSupports: "st-11", VerdictDenies: "st-12"}},
		{"mild weather in Brena", map[string]string{VerdictObserves: "s-4"}},
		{"volcano erupts on Mars", map[string]string{}},
	}
	for _, tc := range tests {
		t.Run(tc.claim, func(t *testing.T) {
			got := map[string]string{}
			for _, ev := range judgeArticle(a, tc.claim, ledger.ContentWords(tc.claim), nil) {
				if _, dup := got[ev.Verdict]; dup {
					t.Errorf("two %s evidences", ev.Verdict)
				}
				got[ev.Verdict] = ev.Anchor
				if ev.Article != 7 || ev.Group != 3 || ev.Outlet != "Own Wire" || ev.Evidence != ev.Sentence.Of(a.Text) {
					t.Errorf("evidence fields: %+v", ev)
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for v, anchor := range tc.want {
				if got[v] != anchor {
					t.Errorf("%s: anchor %q, want %q (all: %v)", v, got[v], anchor, got)
				}
			}
		})
	}
}

func TestNumbers(t *testing.T) {
	got := numbers(ledger.ContentWords("keep 1,000 troops, not 503 or 12,345,678"))
	want := []string{"1000", "503", "12345678"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("numbers = %v, want %v", got, want)
	}
}

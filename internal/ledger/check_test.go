package ledger

import (
	"context"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
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
			for _, ev := range judgeArticle(a, tc.claim, ContentWords(tc.claim), nil) {
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
	got := numbers(ContentWords("keep 1,000 troops, not 503 or 12,345,678"))
	want := []string{"1000", "503", "12345678"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("numbers = %v, want %v", got, want)
	}
}

// fakeSource serves articles from memory for Check.
type fakeSource []*store.Article

func (f fakeSource) Search(_ context.Context, _ string, limit int) ([]store.Article, error) {
	var out []store.Article
	for _, a := range f {
		out = append(out, *a)
	}
	return out[:min(limit, len(out))], nil
}

func (f fakeSource) Article(_ context.Context, id store.ArticleID) (*store.Article, error) {
	for _, a := range f {
		if a.ID == id {
			return a, nil
		}
	}
	return nil, store.ErrNotFound
}

func TestCheckDatesAndGroups(t *testing.T) {
	a := ownCheckArticle()
	a.Published, _ = document.ParseDate("2020-01-06")
	b := ownCheckArticle()
	b.ID, b.Group = 8, 4
	b.Published, _ = document.ParseDate("2020-02-01")
	src := fakeSource{a, b}
	claim := "the army will keep 800 soldiers in Ostravia"
	res, err := Check(context.Background(), src, claim, CheckQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Counts.Denying != 2 || res.Counts.Supporting != 2 || len(res.Groups) != 2 ||
		res.Groups[0].Verdict != VerdictDenies || res.Groups[0].Who != "the ministry" || res.Groups[0].Reports != 2 ||
		res.Groups[1].Who != "Officials" || len(res.Groups[1].Evidence) != 2 {
		t.Errorf("check = %+v", res)
	}
	since, _ := document.ParseDate("2020-01-15")
	res, err = Check(context.Background(), src, claim, CheckQuery{Since: since})
	if err != nil || res.Counts.Denying != 1 || res.Denying[0].Article != 8 {
		t.Errorf("since: %+v, %v", res, err)
	}
	res, err = Check(context.Background(), src, claim, CheckQuery{Until: since})
	if err != nil || res.Counts.Denying != 1 || res.Denying[0].Article != 7 {
		t.Errorf("until: %+v, %v", res, err)
	}
}

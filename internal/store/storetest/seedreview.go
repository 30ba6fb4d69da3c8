package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// seedURL gives the troop-numbers seed (001) an address, so that a new
// text of it is a new version of the same article.
const seedURL = "https://seeds.example/troop-numbers"

// newVersion returns r's article with an editor's note (our own words)
// after its first paragraph, extracted again: every later span moves.
func newVersion(r *extract.Result) *extract.Result {
	d := *r.Doc
	i := strings.Index(d.Text, "\n\n")
	if i < 0 {
		i = 0
	}
	note := "\n\nEditor's note: this story was updated with a correction."
	d.Text = d.Text[:i] + note + d.Text[i:]
	d.ID = document.ID(d.Text)
	if d.Dateline.Start >= i && !d.Dateline.IsZero() {
		d.Dateline.Start += len(note)
		d.Dateline.End += len(note)
	}
	return extract.Extract(&d)
}

// SeedReviews is the review feature's acceptance test: ingest the seeds,
// correct a speaker, reject a false dispute, merge two subjects and
// confirm a figure; then re-ingest, relink and ingest a new version of
// one article. Every correction must still apply, the rejected dispute
// stay gone, and the audit log hold each action once. It skips when the
// seeds are absent.
func SeedReviews(t *testing.T, open Opener) {
	ctx := context.Background()
	batches := SeedBatches(t)
	batches[1][0].Doc.URL = seedURL
	s := open(t)
	save := func(rs []*extract.Result) []store.Saved {
		t.Helper()
		sv, err := s.SaveBatch(ctx, rs)
		if err != nil {
			t.Fatal(err)
		}
		return sv
	}
	var ids []store.ArticleID
	for _, b := range batches {
		ids = append(ids, save(b)[0].ID)
	}
	versioned := ids[1]

	// The targets, picked by what the seeds give, not by row id: a
	// statement with a speaker and a figure of the article that will get
	// a new version, a figure discrepancy, the biggest and the smallest
	// subjects.
	a, err := s.Article(ctx, versioned)
	if err != nil {
		t.Fatal(err)
	}
	var stmt *store.StatementRow
	for i := range a.Statements {
		if a.Statements[i].Speaker != "" {
			stmt = &a.Statements[i]
			break
		}
	}
	if stmt == nil || len(a.Figures) == 0 {
		t.Fatalf("seed 001: no statement with a speaker or no figure (%d statements, %d figures)", len(a.Statements), len(a.Figures))
	}
	ds, err := s.Disputes(ctx, store.DisputeQuery{Kind: store.DisputeFigures})
	if err != nil || len(ds) == 0 {
		t.Fatalf("seeds give no figure discrepancy: %v", err)
	}
	dispute := ds[0]
	if dispute.Key == "" {
		t.Fatalf("dispute %d has no key", dispute.ID)
	}
	var fig *store.FigureRow
	for i := range a.Figures {
		f := &a.Figures[i]
		if f.Subject != "" && f.ID != dispute.A.ID && f.ID != dispute.B.ID {
			fig = f
			break
		}
	}
	if fig == nil {
		fig = &a.Figures[0]
	}
	subs, err := s.Subjects(ctx)
	if err != nil || len(subs) < 2 {
		t.Fatalf("seeds give %d subjects: %v", len(subs), err)
	}
	into, from := subs[0], subs[len(subs)-1]
	merged := into.Figures + from.Figures

	speaker := "Corrected Speaker " + strings.ToUpper(string(stmt.Speaker[:1]))
	for _, x := range []struct {
		ref string
		r   store.Review
	}{
		{fmt.Sprintf("statement:%d", stmt.ID), store.Review{Action: store.ActionCorrect, Field: "speaker", Value: speaker, Note: "the quote is the <i>spokesman's</i>"}},
		{fmt.Sprintf("dispute:%d", dispute.ID), store.Review{Action: store.ActionReject, Note: "two counting methods, both right"}},
		{"subject:" + from.Key, store.Review{Action: store.ActionCorrect, Field: "merge", Value: into.Key}},
		{fmt.Sprintf("figure:%d", fig.ID), store.Review{Action: store.ActionConfirm, Note: "matches the release"}},
	} {
		act(t, s, x.ref, x.r)
	}

	check := func(stage string, article store.ArticleID) {
		t.Helper()
		a, err := s.Article(ctx, article)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, st := range a.Statements {
			if st.Content == stmt.Content && st.Review != nil {
				found = true
				if st.Speaker != document.Str(speaker) || st.Review.State != store.StateCorrected || st.Review.Original["speaker"] != string(stmt.Speaker) {
					t.Errorf("%s: corrected statement speaker %q review %+v", stage, st.Speaker, st.Review)
				}
			}
		}
		if !found {
			t.Errorf("%s: the speaker correction no longer applies to article %d", stage, article)
		}
		found = false
		for _, f := range a.Figures {
			if f.Text == fig.Text && f.Span.Start-f.Sentence.Start == fig.Span.Start-fig.Sentence.Start && f.Review != nil {
				found = true
				if f.Review.State != store.StateConfirmed || f.Review.Note != "matches the release" {
					t.Errorf("%s: confirmed figure review %+v", stage, f.Review)
				}
			}
		}
		if !found {
			t.Errorf("%s: the confirmation of %q no longer applies to article %d", stage, fig.Text, article)
		}
		ds, err := s.Disputes(ctx, store.DisputeQuery{Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			if d.Key == dispute.Key {
				t.Errorf("%s: the rejected dispute is back: %s", stage, d.Note)
			}
		}
		subs, err := s.Subjects(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, x := range subs {
			got[x.Key] = x.Figures
		}
		if _, ok := got[from.Key]; ok || got[into.Key] != merged {
			t.Errorf("%s: merged subject %q still listed (%v) or %q has %d figures, want %d", stage, from.Key, ok, into.Key, got[into.Key], merged)
		}
	}
	check("after review", versioned)
	for _, b := range batches {
		save(b)
	}
	check("after re-ingest", versioned)
	if rl, ok := s.(Relinker); ok {
		if _, err := rl.Relink(ctx); err != nil {
			t.Fatal(err)
		}
		check("after relink", versioned)
	}
	v2 := save([]*extract.Result{newVersion(batches[1][0])})
	if v2[0].Version != 2 || v2[0].ID == versioned {
		t.Fatalf("new version saved as %+v", v2[0])
	}
	check("after a new version", v2[0].ID)
	if a2, err := s.Article(ctx, v2[0].ID); err != nil || len(a2.Figures) == 0 || a2.Figures[0].Span == a.Figures[0].Span {
		t.Errorf("the new version's spans did not move (%v): the test would not show matching by text", err)
	}
	if rl, ok := s.(Relinker); ok {
		if _, err := rl.Relink(ctx); err != nil {
			t.Fatal(err)
		}
		check("after a new version and relink", v2[0].ID)
	}
	log, err := s.Reviews(ctx, store.ReviewQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var acts []string
	for _, r := range log {
		acts = append(acts, r.Kind+" "+r.Action)
	}
	if want := "[statement correct discrepancy reject subject correct figure confirm]"; fmt.Sprint(acts) != want {
		t.Errorf("audit log %v, want %s", acts, want)
	}
}

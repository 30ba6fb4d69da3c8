package storetest

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

// reviewCorpus is an incident two sides count apart, refugees counted in
// two places, and a denied report; the first article has a URL so that a
// new version of it can be saved.
func reviewCorpus(activists string) []*extract.Result {
	a := newDoc(activists, "2012-07-13", "Wire One", "https://wire.example/tremseh").
		toll("more than 200", 200, "more than", "people killed", "Syria", "activists", extract.SourceActivists, extract.ScopeIncident)
	b := newDoc("The government said 37 people were killed in Tremseh, all of them fighters.", "2012-07-13", "Wire Two", "https://wire.example/gov").
		toll("37", 37, "", "people killed", "Syria", "Syrian government", extract.SourceGovernment, extract.ScopeIncident)
	e := newDoc("The UN said 30,000 Syrian refugees are in Turkey and 25,000 are in Lebanon.", "2012-07-20", "Wire One", "https://wire.example/refugees")
	for _, x := range []struct {
		sub string
		v   float64
		to  string
	}{{"30,000", 30000, "Turkey"}, {"25,000", 25000, "Lebanon"}} {
		sp := at(e.r.Doc.Text, x.sub)
		e.r.Figures = append(e.r.Figures, extract.Figure{Text: x.sub, Value: fp(x.v), Measure: "refugees", Event: extract.EventDisplaced, Location: "Syria",
			To: document.Str(x.to), Source: "UN", SourceType: extract.SourceIntergovernmental, Span: sp, Sentence: e.sentenceOf(sp)})
	}
	c := Corpus()
	return []*extract.Result{a.r, b.r, e.r, c[iCount], c[iDenial]}
}

const reviewActivists = "Activists said more than 200 people were killed in the village of Tremseh on Thursday."

func act(t *testing.T, s store.Store, ref string, r store.Review) store.Review {
	t.Helper()
	if r.Who == "" {
		r.Who = "tester"
	}
	got, err := ledger.Act(context.Background(), s, ref, r)
	if err != nil {
		t.Fatalf("review %s %s: %v", ref, r.Action, err)
	}
	return got
}

func figureByText(t *testing.T, s store.Store, id store.ArticleID, text string) store.FigureRow {
	t.Helper()
	a, err := s.Article(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range a.Figures {
		if f.Text == text {
			return f
		}
	}
	t.Fatalf("article %d has no figure %q", id, text)
	return store.FigureRow{}
}

func subjectFigures(t *testing.T, s store.Store) map[string]int {
	t.Helper()
	subs, err := s.Subjects(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, x := range subs {
		out[x.Key] = x.Figures
	}
	return out
}

func disputeLines(t *testing.T, s store.Store) []string {
	t.Helper()
	ds, err := s.Disputes(context.Background(), store.DisputeQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range ds {
		if d.A != nil {
			out = append(out, d.Kind+" "+d.A.Text+" vs "+d.B.Text)
		} else {
			out = append(out, d.Kind+" "+d.Note)
		}
	}
	sort.Strings(out)
	return out
}

// testReviews: confirm, correct and reject act on the ledger at once and
// keep acting through re-ingest, relink and a new version of the article;
// the audit log holds each action once, in order.
func testReviews(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	sv, err := s.SaveBatch(ctx, reviewCorpus(reviewActivists))
	if err != nil {
		t.Fatal(err)
	}
	aid, denial := sv[0].ID, sv[4].ID
	if got := disputeLines(t, s); !contains(got, "discrepancy more than 200 vs 37") {
		t.Fatalf("disputes before review %q", got)
	}

	// Bad input is refused before anything is logged.
	for _, bad := range []struct {
		ref string
		r   store.Review
	}{
		{"figure:999999", store.Review{Action: store.ActionConfirm, Who: "x"}},
		{"subject:nope", store.Review{Action: store.ActionConfirm, Who: "x"}},
		{fmt.Sprintf("figure:%d", figureByText(t, s, aid, "more than 200").ID), store.Review{Action: store.ActionCorrect, Field: "colour", Value: "red", Who: "x"}},
		{fmt.Sprintf("figure:%d", figureByText(t, s, aid, "more than 200").ID), store.Review{Action: store.ActionCorrect, Field: "value", Value: "many", Who: "x"}},
		{fmt.Sprintf("figure:%d", figureByText(t, s, aid, "more than 200").ID), store.Review{Action: store.ActionConfirm}},
		{"bogus:1", store.Review{Action: store.ActionConfirm, Who: "x"}},
	} {
		if _, err := ledger.Act(ctx, s, bad.ref, bad.r); !errors.Is(err, store.ErrBadQuery) && !errors.Is(err, store.ErrNotFound) {
			t.Errorf("review %s %+v: err %v, want bad query or not found", bad.ref, bad.r, err)
		}
	}

	// 1. The activists' figure: source corrected, then confirmed.
	f200 := figureByText(t, s, aid, "more than 200")
	act(t, s, fmt.Sprintf("figure:%d", f200.ID), store.Review{Action: store.ActionCorrect, Field: "source", Value: "Local Coordination Committees", Note: "named in the 2nd paragraph"})
	act(t, s, fmt.Sprintf("figure:%d", f200.ID), store.Review{Action: store.ActionConfirm, Note: "checked <b>twice</b>"})
	// 2. The government's figure corrected to another place: it leaves
	// the Syria subject (and the dispute) for Iraq's.
	f37 := figureByText(t, s, sv[1].ID, "37")
	act(t, s, fmt.Sprintf("figure:%d", f37.ID), store.Review{Action: store.ActionCorrect, Field: "place", Value: "Iraq"})
	subs := subjectFigures(t, s)
	if subs["|people killed|syria"] != 1 || subs["|people killed|iraq"] != 1 {
		t.Errorf("after place correction subjects %v", subs)
	}
	if got := disputeLines(t, s); contains(got, "discrepancy more than 200 vs 37") {
		t.Errorf("dispute stays after its side moved away: %q", got)
	}
	// …and back: the dispute returns, then a person rules it out.
	act(t, s, fmt.Sprintf("figure:%d", f37.ID), store.Review{Action: store.ActionCorrect, Field: "place", Value: ""})
	ds, err := s.Disputes(ctx, store.DisputeQuery{Kind: store.DisputeFigures})
	if err != nil || len(ds) == 0 {
		t.Fatalf("disputes %v %v", ds, err)
	}
	var pair store.Dispute
	for _, d := range ds {
		if d.A.Text == "more than 200" || d.B.Text == "more than 200" {
			pair = d
		}
	}
	if pair.Key == "" || pair.A == nil {
		t.Fatalf("no keyed dispute for the incident: %+v", ds)
	}
	side := pair.A
	if side.Text != "more than 200" {
		side = pair.B
	}
	if side.Source != "Local Coordination Committees" || side.Review == nil || side.Review.State != store.StateConfirmed ||
		side.Review.Original["source"] != "activists" || side.Review.Note != "checked <b>twice</b>" {
		t.Errorf("dispute side after correction %+v review %+v", side.Figure, side.Review)
	}
	act(t, s, fmt.Sprintf("dispute:%d", pair.ID), store.Review{Action: store.ActionReject, Note: "different villages"})
	// 3. The refugees in Turkey and Lebanon are one subject.
	subs = subjectFigures(t, s)
	var turkey, lebanon string
	for k := range subs {
		if strings.Contains(k, "turkey") {
			turkey = k
		}
		if strings.Contains(k, "lebanon") {
			lebanon = k
		}
	}
	if turkey == "" || lebanon == "" {
		t.Fatalf("refugee subjects missing: %v", subs)
	}
	act(t, s, "subject:"+turkey, store.Review{Action: store.ActionCorrect, Field: "merge", Value: lebanon})
	// 4. The denier's name corrected; the Wall Street Journal figure
	// rejected; the planned-troops claim card stays only through the
	// denial's statement.
	var gen store.StatementRow
	a, err := s.Article(ctx, denial)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range a.Statements {
		if st.Stance == extract.Denies {
			gen = st
		}
	}
	act(t, s, fmt.Sprintf("statement:%d", gen.ID), store.Review{Action: store.ActionCorrect, Field: "speaker", Value: "Gen. Anne Millar"})
	f1000 := figureByText(t, s, denial, "1,000")
	act(t, s, fmt.Sprintf("figure:%d", f1000.ID), store.Review{Action: store.ActionReject, Note: "not a count"})

	check := func(stage string) {
		t.Helper()
		subs := subjectFigures(t, s)
		if subs[lebanon] != 2 || subs[turkey] != 0 || subs["|people killed|syria"] != 2 {
			t.Errorf("%s: subjects %v", stage, subs)
		}
		if got := disputeLines(t, s); contains(got, "discrepancy more than 200 vs 37") {
			t.Errorf("%s: the rejected dispute is back: %q", stage, got)
		}
		tl, err := s.Timeline(ctx, "|people killed|syria")
		if err != nil {
			t.Fatal(err)
		}
		var srcs []string
		for _, f := range tl.Figures {
			srcs = append(srcs, string(f.Source))
		}
		sort.Strings(srcs)
		if fmt.Sprint(srcs) != "[Local Coordination Committees Syrian government]" {
			t.Errorf("%s: timeline sources %q", stage, srcs)
		}
		if tl, err := s.Timeline(ctx, "united states troops syria"); err == nil {
			for _, f := range tl.Figures {
				if f.Text == "1,000" {
					t.Errorf("%s: the rejected figure is on a timeline", stage)
				}
			}
		}
		// Rejected stays visible where reviewers look: on its article.
		a, err := s.Article(ctx, denial)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range a.Figures {
			if f.Text == "1,000" && (f.Review == nil || f.Review.State != store.StateRejected || f.Subject != "") {
				t.Errorf("%s: rejected figure on its article %+v subject %q", stage, f.Review, f.Subject)
			}
		}
		for _, st := range a.Statements {
			if st.Stance == extract.Denies && (st.Speaker != "Gen. Anne Millar" || st.Review == nil || st.Review.Original["speaker"] != "Gen. Ann Miller") {
				t.Errorf("%s: corrected speaker %q review %+v", stage, st.Speaker, st.Review)
			}
		}
		page, err := s.Claims(ctx, store.ClaimQuery{Stance: extract.Denies})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range page.Claims {
			if c.Speaker != "Gen. Anne Millar" {
				t.Errorf("%s: claims show speaker %q", stage, c.Speaker)
			}
		}
	}
	check("after review")

	// Re-ingest: nothing changes.
	if _, err := s.SaveBatch(ctx, reviewCorpus(reviewActivists)); err != nil {
		t.Fatal(err)
	}
	check("after re-ingest")
	if rl, ok := s.(Relinker); ok {
		if _, err := rl.Relink(ctx); err != nil {
			t.Fatal(err)
		}
		check("after relink")
	}
	// A new version of the activists' article, a sentence added before
	// the figure: the correction follows it (same text, same place in its
	// sentence).
	v2 := reviewCorpus("Update at 18:00. " + reviewActivists)[:1]
	sv2, err := s.SaveBatch(ctx, v2)
	if err != nil {
		t.Fatal(err)
	}
	if sv2[0].Version != 2 {
		t.Fatalf("new version saved as %+v", sv2[0])
	}
	check("after a new version")
	nf := figureByText(t, s, sv2[0].ID, "more than 200")
	if nf.Source != "Local Coordination Committees" || nf.Review == nil || nf.Review.Warning != "" {
		t.Errorf("new version's figure %q review %+v", nf.Source, nf.Review)
	}
	// A version whose text under the reviewed span changed: the review
	// still applies, with a warning.
	changed := "Activists said more than 900 people were killed in the village of Tremseh on Thursday."
	v3 := newDoc(changed, "2012-07-13", "Wire One", "https://wire.example/tremseh").
		toll("more than 900", 900, "more than", "people killed", "Syria", "activists", extract.SourceActivists, extract.ScopeIncident)
	sv3, err := s.SaveBatch(ctx, []*extract.Result{v3.r})
	if err != nil {
		t.Fatal(err)
	}
	if f := figureByText(t, s, sv3[0].ID, "more than 900"); f.Review == nil || !strings.Contains(f.Review.Warning, "changed") {
		t.Errorf("changed text: review %+v, want a warning", f.Review)
	}

	// The log: every action once, oldest first, nothing from re-runs.
	log, err := s.Reviews(ctx, store.ReviewQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var acts []string
	for _, r := range log {
		acts = append(acts, r.Kind+" "+r.Action+" "+r.Field)
		if r.Who != "tester" || r.At.IsZero() || r.ID == 0 {
			t.Errorf("log entry %+v", r)
		}
	}
	want := []string{"figure correct source", "figure confirm ", "figure correct place", "figure correct place", "discrepancy reject ",
		"subject correct merge", "statement correct speaker", "figure reject "}
	if fmt.Sprint(acts) != fmt.Sprint(want) {
		t.Errorf("audit log %q, want %q", acts, want)
	}
	if got, _ := s.Reviews(ctx, store.ReviewQuery{Kind: store.ReviewFigure, After: log[0].ID, Limit: 2}); len(got) != 2 || got[0].ID != log[1].ID {
		t.Errorf("filtered log %+v", got)
	}
}

// testReviewCards: a claim card ruled "not a dispute" is gone and stays
// gone after relinking; a rejected link leaves the link list; the card's
// origin keeps its key across both.
func testReviewCards(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	load(t, s)
	cards := func() []store.Dispute {
		t.Helper()
		ds, err := s.Disputes(ctx, store.DisputeQuery{Kind: store.DisputeClaim, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		return ds
	}
	before := cards()
	if len(before) == 0 {
		t.Fatal("the corpus gives no claim card")
	}
	card := before[0]
	if !strings.HasPrefix(card.Key, "card:") {
		t.Fatalf("card key %q", card.Key)
	}
	act(t, s, fmt.Sprintf("dispute:%d", card.ID), store.Review{Action: store.ActionReject, Note: "a correction, not a denial"})
	gone := func(stage string) {
		t.Helper()
		for _, d := range cards() {
			if d.Key == card.Key {
				t.Errorf("%s: rejected card %q listed", stage, d.Note)
			}
		}
	}
	gone("after review")
	if rl, ok := s.(Relinker); ok {
		if _, err := rl.Relink(ctx); err != nil {
			t.Fatal(err)
		}
		gone("after relink")
	}
	ls, err := s.Links(ctx, store.LinkQuery{Limit: 100})
	if err != nil || len(ls) == 0 {
		t.Fatalf("links %v %v", ls, err)
	}
	act(t, s, fmt.Sprintf("link:%d", ls[0].ID), store.Review{Action: store.ActionReject})
	after, err := s.Links(ctx, store.LinkQuery{Limit: 100})
	if err != nil || len(after) != len(ls)-1 {
		t.Errorf("links after rejecting one: %d, want %d (%v)", len(after), len(ls)-1, err)
	}
	for _, l := range after {
		if l.ID == ls[0].ID {
			t.Errorf("rejected link %d still listed", l.ID)
		}
	}
}

package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// Relinker is a store that can recompute its ledger from stored facts.
type Relinker interface {
	Relink(ctx context.Context) (int, error)
}

// tollDoc adds a figure with its meaning fields set, as extraction fills
// them: measure, place, source and source type, scope.
func (b *doc) toll(sub string, v float64, approx, measure, loc, source, stype, scope string) *doc {
	sp := at(b.r.Doc.Text, sub)
	f := extract.Figure{Text: sub, Value: fp(v), Approx: document.Str(approx), Unit: "people", Location: document.Str(loc), Country: document.Str(loc),
		Source: document.Str(source), SourceType: document.Str(stype), Measure: document.Str(measure), Scope: document.Str(scope),
		Event: extract.EventKilled, Counted: "people", LocationBasis: extract.BasisStated, AsOfBasis: extract.BasisPublished,
		Span: sp, Sentence: b.sentenceOf(sp)}
	b.r.Figures = append(b.r.Figures, f)
	return b
}

// TollCorpus is a small conflict story told by independent sources over
// days: an activists-vs-government dispute about one incident, a toll the
// ministry revises, refugees in two countries, and a denial.
func TollCorpus() []*extract.Result {
	a := newDoc("Activists said more than 200 people were killed in the village of Tremseh on Thursday.", "2012-07-13", "Wire One", "").
		toll("more than 200", 200, "more than", "people killed", "Syria", "activists", extract.SourceActivists, extract.ScopeIncident)
	b := newDoc("The government said 37 people were killed in Tremseh, all of them fighters.", "2012-07-13", "Wire Two", "").
		toll("37", 37, "", "people killed", "Syria", "Syrian government", extract.SourceGovernment, extract.ScopeIncident)
	c := newDoc("The ministry said 1,200 people had been killed since March.", "2012-07-01", "Wire Two", "").
		toll("1,200", 1200, "", "people killed", "Syria", "health ministry", extract.SourceGovernment, extract.ScopeCumulative)
	d := newDoc("The ministry now says 1,900 people have been killed since March. No one was killed in Damascus, it said.", "2012-07-20", "Wire Three", "").
		toll("1,900", 1900, "", "people killed", "Syria", "health ministry", extract.SourceGovernment, extract.ScopeCumulative)
	d.r.Figures = append(d.r.Figures, extract.Figure{Text: "No one", Value: fp(0), Measure: "people killed", Location: "Damascus", Country: "Syria", Negated: true,
		Span: at(d.r.Doc.Text, "No one"), Sentence: d.sentenceOf(at(d.r.Doc.Text, "No one"))})
	e := newDoc("The UN said 30,000 Syrian refugees are in Turkey and 25,000 are in Lebanon.", "2012-07-20", "Wire One", "")
	for _, x := range []struct {
		sub string
		v   float64
		to  string
	}{{"30,000", 30000, "Turkey"}, {"25,000", 25000, "Lebanon"}} {
		sp := at(e.r.Doc.Text, x.sub)
		e.r.Figures = append(e.r.Figures, extract.Figure{Text: x.sub, Value: fp(x.v), Measure: "refugees", Event: extract.EventDisplaced, Location: "Syria",
			To: document.Str(x.to), Source: "UN", SourceType: extract.SourceIntergovernmental, Span: sp, Sentence: e.sentenceOf(sp)})
	}
	return []*extract.Result{a.r, b.r, c.r, d.r, e.r}
}

// ledgerSnapshot is what the ledger derives, without row ids: subjects with
// statistics, discrepancies and revisions by their figures' texts and
// articles, and links by their ends.
// relinkSame recomputes s's ledger from scratch and reports where it
// differs from the ledger that incremental saves left.
func relinkSame(t *testing.T, ctx context.Context, s store.Store) {
	t.Helper()
	rl, ok := s.(Relinker)
	if !ok {
		t.Fatalf("%T has no Relink", s)
	}
	before := ledgerSnapshot(t, s)
	if _, err := rl.Relink(ctx); err != nil {
		t.Fatal(err)
	}
	if after := ledgerSnapshot(t, s); after != before {
		t.Errorf("relink differs from incremental ingest:\nincremental %s\nrelink %s", before, after)
	}
}

func ledgerSnapshot(t *testing.T, s store.Store) string {
	t.Helper()
	ctx := context.Background()
	subs, err := s.Subjects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, x := range subs {
		b, _ := json.Marshal(x)
		lines = append(lines, "subject "+string(b))
	}
	for _, kind := range []string{store.DisputeFigures, store.DisputePlanned, store.DisputeRevision} {
		ds, err := s.Disputes(ctx, store.DisputeQuery{Kind: kind, Limit: 10000})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			lines = append(lines, fmt.Sprintf("%s %s %s@%d %s@%d %q %.6f %d", d.Kind, d.Subject, d.A.Text, d.A.Article, d.B.Text, d.B.Article, d.Note, d.Score, d.Reports))
		}
	}
	ls, err := s.Links(ctx, store.LinkQuery{Limit: 10000})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range ls {
		to := ""
		if l.ToStatement != nil {
			to = fmt.Sprintf("statement %d", l.ToStatement.ID)
		} else if l.ToFigure != nil {
			to = fmt.Sprintf("figure %d", l.ToFigure.ID)
		}
		lines = append(lines, fmt.Sprintf("link %s %d -> %s %.6f", l.Kind, l.From.ID, to, l.Confidence))
	}
	sort.Strings(lines)
	b, _ := json.MarshalIndent(lines, "", " ")
	return string(b)
}

// testRelink: saving article by article (the ledger updated incrementally,
// subject by subject) leaves exactly the ledger that recomputing from
// scratch gives.
func testRelink(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	for _, r := range append(Corpus(), TollCorpus()...) {
		if _, err := s.SaveBatch(ctx, []*extract.Result{r}); err != nil {
			t.Fatal(err)
		}
	}
	relinkSame(t, ctx, s)
	// What the toll story must give.
	ds, err := s.Disputes(ctx, store.DisputeQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range ds {
		if d.A != nil {
			got = append(got, d.Kind+" "+d.Label+" "+d.A.Text+" vs "+d.B.Text)
		}
	}
	want := []string{"discrepancy US troops · Syria 503 vs 1,720", "discrepancy people killed · Syria more than 200 vs 37"}
	sort.Strings(got)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("figure disputes = %q, want %q", got, want)
	}
	revs, err := s.Disputes(ctx, store.DisputeQuery{Kind: store.DisputeRevision})
	if err != nil {
		t.Fatal(err)
	}
	if len(revs) != 1 || revs[0].A.Text != "1,200" || revs[0].B.Text != "1,900" {
		t.Errorf("revisions = %+v, want 1,200 → 1,900", revs)
	}
	subs, err := s.Subjects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]int{}
	for _, x := range subs {
		labels[x.Label] = x.Figures
	}
	if labels["people killed · Syria"] != 4 || labels["refugees · Turkey (from Syria)"] != 1 || labels["refugees · Lebanon (from Syria)"] != 1 {
		t.Errorf("subjects = %v", labels)
	}
}

// testMetadataUpdate: the same text saved again with corrected metadata
// updates the article, its figures' dates and its subject; saved once more
// unchanged, nothing happens.
func testMetadataUpdate(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	text := "Officials said 500 Canadian soldiers are deployed in Latvia."
	mk := func(pub, source, title, asOf string) *extract.Result {
		b := newDoc(text, pub, source, "").fig("500", 500, "soldiers", "Canada", "Latvia", extract.BasisOfficial, "officials")
		b.r.Doc.Title = document.Str(title)
		b.r.Figures[0].AsOf = document.Str(asOf)
		return b.r
	}
	first, err := s.SaveBatch(ctx, []*extract.Result{mk("", "", "", "")})
	if err != nil {
		t.Fatal(err)
	}
	sv, err := s.SaveBatch(ctx, []*extract.Result{mk("2021-03-02", "Baltic Wire", "Troops in Latvia", "2021-03-01")})
	if err != nil {
		t.Fatal(err)
	}
	if sv[0].Created || !sv[0].Updated || sv[0].ID != first[0].ID {
		t.Fatalf("saved %+v, want the same article updated", sv[0])
	}
	a, err := s.Article(ctx, sv[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Published.String() != "2021-03-02" || a.Source != "Baltic Wire" || a.Title != "Troops in Latvia" || len(a.Figures) != 1 ||
		a.Figures[0].When.String() != "2021-03-01" || a.Figures[0].AsOf != "2021-03-01" || a.Figures[0].Outlet != "Baltic Wire" {
		t.Errorf("article after update: %+v figures %+v", a, a.Figures)
	}
	subs, err := s.Subjects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 1 || subs[0].First.String() != "2021-03-01" {
		t.Errorf("subjects after update: %+v", subs)
	}
	page, err := s.Claims(ctx, store.ClaimQuery{Source: "baltic", Since: date("2021-03-01")})
	if err != nil || len(page.Claims) != 1 {
		t.Errorf("claims by new outlet and date: %+v, %v", page, err)
	}
	if found, err := s.Search(ctx, "Latvia troops", 5); err != nil || len(found) != 1 || found[0].Title != "Troops in Latvia" {
		t.Errorf("search after update: %+v, %v", found, err)
	}
	again, err := s.SaveBatch(ctx, []*extract.Result{mk("2021-03-02", "Baltic Wire", "Troops in Latvia", "2021-03-01")})
	if err != nil || again[0].Updated || again[0].Created {
		t.Errorf("saving the same again: %+v, %v", again, err)
	}
}

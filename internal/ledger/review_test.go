package ledger

import (
	"errors"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

func toll(text string, start int, v float64, place string) extract.Figure {
	return extract.Figure{Text: text, Value: &v, Measure: "people killed", Location: document.Str(place), Country: document.Str(place),
		Span: document.Span{Start: start, End: start + len(text)}, Sentence: document.Span{Start: start - 10, End: start + 60}}
}

func figReview(id int64, ident string, f extract.Figure, action, field, value string) store.Review {
	return store.Review{ID: id, Kind: store.ReviewFigure, Key: FactKey(store.ReviewFigure, ident, f.Span), Article: ident, Span: f.Span,
		Snippet: f.Text, Offset: f.Span.Start - f.Sentence.Start, Action: action, Field: field, Value: value, Who: "t"}
}

// TestOverridesFiled: how a figure is filed once reviews apply, across a
// new version of its article (moved span, same text) and corrections
// undone.
func TestOverridesFiled(t *testing.T) {
	const url = "https://example.org/a"
	f := toll("more than 200", 100, 200, "Syria")
	moved := toll("more than 200", 140, 200, "Syria") // a sentence added before it
	other := toll("37", 300, 37, "Syria")
	tests := []struct {
		name    string
		reviews []store.Review
		fig     extract.Figure
		url     string
		want    string
	}{
		{"no review", nil, f, url, "|people killed|syria"},
		{"place corrected", []store.Review{figReview(1, url, f, "correct", "place", "Lebanon")}, f, url, "|people killed|lebanon"},
		{"place corrected, new version", []store.Review{figReview(1, url, f, "correct", "place", "Lebanon")}, moved, url, "|people killed|lebanon"},
		{"another article", []store.Review{figReview(1, url, f, "correct", "place", "Lebanon")}, f, "https://example.org/b", "|people killed|syria"},
		{"another figure", []store.Review{figReview(1, url, f, "correct", "place", "Lebanon")}, other, url, "|people killed|syria"},
		{"correction undone", []store.Review{figReview(1, url, f, "correct", "place", "Lebanon"), figReview(2, url, f, "correct", "place", "")}, f, url, "|people killed|syria"},
		{"rejected", []store.Review{figReview(1, url, f, "reject", "", "")}, f, url, ""},
		{"rejected then confirmed", []store.Review{figReview(1, url, f, "reject", "", ""), figReview(2, url, f, "confirm", "", "")}, f, url, "|people killed|syria"},
		{"subject set", []store.Review{figReview(1, url, f, "correct", "subject", "|people killed|iraq")}, f, url, "|people killed|iraq"},
		{"measure corrected", []store.Review{figReview(1, url, f, "correct", "measure", "people injured")}, f, url, "|people injured|syria"},
		{"merged", []store.Review{{ID: 1, Kind: store.ReviewSubject, Key: "|people killed|syria", Action: "correct", Field: "merge", Value: "|people killed|homs"}}, f, url, "|people killed|homs"},
		{"merge chain", []store.Review{
			{ID: 1, Kind: store.ReviewSubject, Key: "|people killed|syria", Action: "correct", Field: "merge", Value: "|people killed|homs"},
			{ID: 2, Kind: store.ReviewSubject, Key: "|people killed|homs", Action: "correct", Field: "merge", Value: "|people killed|idlib"}}, f, url, "|people killed|idlib"},
		{"merge cycle ends where it started", []store.Review{
			{ID: 1, Kind: store.ReviewSubject, Key: "|people killed|syria", Action: "correct", Field: "merge", Value: "|people killed|homs"},
			{ID: 2, Kind: store.ReviewSubject, Key: "|people killed|homs", Action: "correct", Field: "merge", Value: "|people killed|syria"}}, f, url, "|people killed|syria"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := NewOverrides(tc.reviews)
			got, _ := o.Filed(tc.url, "doc", &tc.fig, document.Date{})
			if got.Key != tc.want {
				t.Errorf("filed under %q, want %q", got.Key, tc.want)
			}
		})
	}
}

// TestOverridesFigureRow: a stored figure shows its corrected values, the
// extracted ones they replace, and a warning when the text under the
// reviewed span changed.
func TestOverridesFigureRow(t *testing.T) {
	f := toll("more than 200", 100, 200, "Syria")
	o := NewOverrides([]store.Review{figReview(1, "doc1", f, "correct", "value", "250"), figReview(2, "doc1", f, "correct", "source", "UN")})
	r := store.FigureRow{Origin: store.Origin{DocID: "doc1"}, Figure: f}
	if o.Figure(&r) || r.Value == nil || *r.Value != 250 || r.Source != "UN" || r.Review == nil ||
		r.Review.State != store.StateCorrected || r.Review.Original["value"] != "200" || r.Review.Actions != 2 || r.Review.Warning != "" {
		t.Errorf("corrected row %+v review %+v", r.Figure, r.Review)
	}
	changed := toll("more than 900", 100, 900, "Syria")
	r = store.FigureRow{Origin: store.Origin{DocID: "doc1"}, Figure: changed}
	o.Figure(&r)
	if r.Review == nil || r.Review.Warning == "" || *r.Value != 250 {
		t.Errorf("changed text: review %+v", r.Review)
	}
}

// TestOverridesDerive: a pair ruled "not a dispute" is dropped, a rejected
// figure takes no part, a corrected value can end a disagreement.
func TestOverridesDerive(t *testing.T) {
	a := fig{id: 1, art: 1, grp: 1, v: 2000, approx: "more than", pub: "2018-03-01", src: "activists", stype: "activists"}.row()
	b := fig{id: 2, art: 2, grp: 2, v: 900, basis: "official", pub: "2018-03-01", src: "Pentagon", stype: "military", sent: 1}.row()
	a.DocID, b.DocID = "da", "db"
	a.Text, b.Text = "more than 2,000", "900"
	a.Span, b.Span = document.Span{Start: 5, End: 8}, document.Span{Start: 9, End: 11}
	base := Derive("k", []store.FigureRow{*a, *b})
	if len(base.Pairs) != 1 {
		t.Fatalf("pairs without review %+v", base.Pairs)
	}
	sig := base.Pairs[0].Sig
	tests := []struct {
		name    string
		reviews []store.Review
		pairs   int
	}{
		{"not a dispute", []store.Review{{ID: 1, Kind: store.ReviewDispute, Key: sig, Action: "reject", Who: "t"}}, 0},
		{"dispute confirmed", []store.Review{{ID: 1, Kind: store.ReviewDispute, Key: sig, Action: "confirm", Who: "t"}}, 1},
		{"side rejected", []store.Review{figReview(1, "db", b.Figure, "reject", "", "")}, 0},
		{"value corrected to agree", []store.Review{figReview(1, "db", b.Figure, "correct", "value", "2500")}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := NewOverrides(tc.reviews).Derive("k", []store.FigureRow{*a, *b})
			if len(st.Pairs) != tc.pairs {
				t.Errorf("pairs %+v, want %d", st.Pairs, tc.pairs)
			}
		})
	}
}

func TestValidateReview(t *testing.T) {
	ok := func(kind, action, field, value string) store.Review {
		return store.Review{Kind: kind, Key: "k", Action: action, Field: field, Value: value, Who: "w"}
	}
	tests := []struct {
		r    store.Review
		good bool
	}{
		{ok("figure", "confirm", "", ""), true},
		{ok("figure", "correct", "value", "1,200"), true},
		{ok("figure", "correct", "value", "many"), false},
		{ok("figure", "correct", "as_of", "2012-07-13"), true},
		{ok("figure", "correct", "as_of", "July"), false},
		{ok("figure", "correct", "speaker", "x"), false},
		{ok("statement", "correct", "stance", "denies"), true},
		{ok("statement", "correct", "stance", "shouts"), false},
		{ok("subject", "correct", "merge", "k"), false},
		{ok("discrepancy", "correct", "value", "1"), false},
		{ok("discrepancy", "reject", "", ""), true},
		{ok("figure", "confirm", "value", "1"), false},
		{ok("figure", "delete", "", ""), false},
		{ok("article", "confirm", "", ""), false},
		{store.Review{Kind: "figure", Key: "k", Action: "confirm"}, false},
	}
	for _, tc := range tests {
		err := ValidateReview(&tc.r)
		if (err == nil) != tc.good || err != nil && !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("%+v: %v, want ok=%v", tc.r, err, tc.good)
		}
	}
}

func TestCorrectionStats(t *testing.T) {
	rs := []store.Review{
		{Kind: "figure", Key: "a", Action: "correct", Field: "place"},
		{Kind: "figure", Key: "a", Action: "correct", Field: "place"},
		{Kind: "figure", Key: "b", Action: "correct", Field: "place"},
		{Kind: "statement", Key: "c", Action: "correct", Field: "speaker"},
		{Kind: "figure", Key: "d", Action: "reject"},
		{Kind: "figure", Key: "e", Action: "confirm"},
	}
	got := CorrectionStats(rs)
	want := []FieldCount{{"figure", "place", 2, 3}, {"figure", "(rejected)", 1, 1}, {"statement", "speaker", 1, 1}}
	if len(got) != len(want) {
		t.Fatalf("stats %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("stats[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
}

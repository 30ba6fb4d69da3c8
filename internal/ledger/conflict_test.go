package ledger

import (
	"fmt"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// TestConflictReporting runs the ledger over a fictional run of conflict
// reports, one figure per article unless said: the textbook dispute (an
// activists' toll of one village massacre against the government's) is
// flagged; the UN's running total, raised over months, is revised, never
// disputed; a day's toll never conflicts with the running total; refugees
// in Turkey and in Lebanon are two subjects.
func TestConflictReporting(t *testing.T) {
	type rep struct {
		id, art           int64
		pub, outlet       string
		v                 float64
		approx, unit      string
		src, stype, scope string
		loc, to, event    string
		measure, basis    string
	}
	reps := []rep{
		// Two outlets, one day, one massacre in a village of Homs province.
		{1, 1, "2012-05-26", "reuters", 200, "more than", "people", "Syrian Observatory for Human Rights", "activists", "incident", "Houla", "", "killed", "people killed", "claimed"},
		{2, 2, "2012-05-26", "bbc", 37, "", "people", "Syrian state television", "government", "incident", "Houla", "", "killed", "people killed", "official"},
		// The UN's running total over months.
		{3, 3, "2012-03-27", "reuters", 9000, "more than", "people", "United Nations", "intergovernmental", "cumulative", "Syria", "", "killed", "people killed", "estimate"},
		{4, 4, "2012-06-01", "bbc", 10000, "more than", "people", "UN", "intergovernmental", "cumulative", "Syria", "", "killed", "people killed", "estimate"},
		{5, 5, "2012-08-02", "reuters", 18000, "more than", "people", "the United Nations", "intergovernmental", "cumulative", "Syria", "", "killed", "people killed", "estimate"},
		// A day's toll beside the running total, same day.
		{6, 6, "2012-06-01", "reuters", 50, "at least", "people", "Local Coordination Committees", "activists", "period", "Syria", "", "killed", "people killed", "claimed"},
		// Refugees where they are.
		{7, 7, "2012-08-02", "bbc", 50000, "", "refugees", "UNHCR", "intergovernmental", "cumulative", "Syria", "Turkey", "displaced", "refugees", "official"},
		{8, 8, "2012-08-02", "reuters", 36000, "", "refugees", "UNHCR", "intergovernmental", "cumulative", "Syria", "Lebanon", "displaced", "refugees", "official"},
	}
	bySubject := map[string][]store.FigureRow{}
	for _, r := range reps {
		d, _ := document.ParseDate(r.pub)
		f := store.FigureRow{ID: r.id, Origin: store.Origin{Article: store.ArticleID(r.art), Group: r.art, Published: d, Outlet: r.outlet}}
		f.Value = fp(r.v)
		f.Text = fmt.Sprintf("%s %g %s", r.approx, r.v, r.unit)
		f.Approx, f.Unit, f.Source, f.SourceType = document.Str(r.approx), document.Str(r.unit), document.Str(r.src), document.Str(r.stype)
		f.Scope, f.Location, f.Country, f.To = document.Str(r.scope), document.Str(r.loc), "Syria", document.Str(r.to)
		f.LocationBasis, f.AsOfBasis, f.AsOf = extract.BasisStated, extract.BasisPublished, document.Str(r.pub)
		f.Event, f.Measure, f.Basis, f.Counted = document.Str(r.event), document.Str(r.measure), document.Str(r.basis), "people"
		f.When = When(&f.Figure, d)
		s := SubjectOf(&f.Figure)
		f.Subject = s.Key
		bySubject[s.Key] = append(bySubject[s.Key], f)
	}
	if len(bySubject["|refugees|turkey (from syria)"]) != 1 || len(bySubject["|refugees|lebanon (from syria)"]) != 1 {
		t.Errorf("refugees subjects: %v", keys(bySubject))
	}
	got := map[string]bool{}
	for k, figs := range bySubject {
		for _, p := range Derive(k, figs).Pairs {
			got[fmt.Sprintf("%s %d-%d", p.Kind, p.A, p.B)] = true
		}
	}
	want := map[string]bool{"discrepancy 1-2": true, "revision 3-4": true, "revision 4-5": true}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("pairs = %v, want %v (subjects %v)", got, want, keys(bySubject))
	}
}

func keys(m map[string][]store.FigureRow) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestRevisionsTheTextStates: a sentence that gives a source's count and
// the earlier one it replaced ("raised the toll from 14 to 19", "rose to
// 340, up from 41 on Monday") is a revision on the timeline, never a
// dispute; two sources in one sentence, or an increment beside its total,
// are neither. A government named by its demonym ("the Moldovan
// government") and by itself is one source. Fictional figures.
func TestRevisionsTheTextStates(t *testing.T) {
	sent := document.Span{Start: 100, End: 200}
	type rep struct {
		id, art          int64
		pub, asOf, basis string
		v                float64
		text, src, stype string
		scope, measure   string
		sentence         document.Span
	}
	reps := []rep{
		// "The health ministry raised the confirmed death toll from 14 to 19."
		{1, 1, "2014-03-02", "PAST_REF", "", 14, "14", "health ministry", "government", "cumulative", "people killed", sent},
		{2, 1, "2014-03-02", "2014-03-02", "published", 19, "19", "health ministry", "government", "cumulative", "people killed", sent},
		// "Confirmed cases rose to 340, up from 41 on Monday" (the outlet's own line).
		{3, 2, "2014-03-05", "2014-03-05", "published", 340, "340", "", "", "cumulative", "cases", sent},
		{4, 2, "2014-03-05", "2014-03-03", "stated", 41, "41", "", "", "cumulative", "cases", sent},
		// "Officials said 30 had died; a monitor put it at 55": two sources, one sentence.
		{5, 3, "2014-03-06", "2014-03-06", "published", 30, "30", "officials", "government", "cumulative", "people killed", sent},
		{6, 3, "2014-03-06", "2014-03-06", "published", 55, "55", "Vale Monitor", "ngo", "cumulative", "people killed", sent},
		// "Seven more died on Sunday, bringing the total to 60": an increment.
		{7, 4, "2014-03-10", "2014-03-09", "stated", 7, "Seven more", "health ministry", "government", "", "people killed", sent},
		{8, 4, "2014-03-10", "2014-03-10", "published", 60, "60", "health ministry", "government", "cumulative", "people killed", sent},
		// The government under its demonym, then by itself, days apart.
		{9, 5, "2014-03-12", "2014-03-12", "published", 80, "80 bodies", "Moldovan government", "government", "cumulative", "people killed", document.Span{}},
		{10, 6, "2014-03-15", "2014-03-15", "published", 120, "at least 120 bodies", "the government", "government", "cumulative", "people killed", document.Span{}},
	}
	var figs []store.FigureRow
	for _, r := range reps {
		d, _ := document.ParseDate(r.pub)
		f := store.FigureRow{ID: r.id, Origin: store.Origin{Article: store.ArticleID(r.art), Group: r.art, Published: d, Outlet: "wire"}}
		f.Value = fp(r.v)
		f.Text, f.Unit, f.Counted = r.text, "people", "people"
		f.Source, f.SourceType, f.Scope = document.Str(r.src), document.Str(r.stype), document.Str(r.scope)
		f.Location, f.Country, f.LocationBasis = "Moldova", "Moldova", extract.BasisStated
		f.AsOf, f.AsOfBasis = document.Str(r.asOf), document.Str(r.basis)
		f.Event, f.Measure, f.Basis = extract.EventKilled, document.Str(r.measure), "official"
		if r.measure == "cases" {
			f.Event, f.Unit, f.Counted = extract.EventCases, "cases", "cases"
		}
		f.Sentence = r.sentence
		f.When = When(&f.Figure, d)
		figs = append(figs, f)
	}
	got := map[string]bool{}
	for _, key := range []string{"|people killed|moldova", "|cases|moldova"} {
		var sub []store.FigureRow
		for _, f := range figs {
			if SubjectOf(&f.Figure).Key == key {
				sub = append(sub, f)
			}
		}
		for _, p := range Derive(key, sub).Pairs {
			got[fmt.Sprintf("%s %d-%d", p.Kind, p.A, p.B)] = true
		}
	}
	// The ministry's chain runs 14 → 19 → 60, not from the recalled 14 to 60.
	want := map[string]bool{"revision 1-2": true, "revision 2-8": true, "revision 4-3": true, "revision 9-10": true}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("pairs = %v, want %v", got, want)
	}
}

// TestOutbreakLivePage: one live page sets the outlet's own tallies
// ("it takes the total to 311") beside officials' counts of other places
// and days; a case count's scope is the extractor's default, not stated,
// so the outlet's line disputes nobody. An outlet's flow rate against the
// researchers', both stated rates, still does. Fictional figures.
func TestOutbreakLivePage(t *testing.T) {
	d, _ := document.ParseDate("2011-07-01")
	mk := func(id int64, v float64, src, stype, scope, event, measure string) store.FigureRow {
		f := store.FigureRow{ID: id, Origin: store.Origin{Article: 1, Group: 1, Published: d, Outlet: "wire"}}
		f.Value = fp(v)
		f.Text = fmt.Sprintf("%g", v)
		f.Source, f.SourceType, f.Scope = document.Str(src), document.Str(stype), document.Str(scope)
		f.Event, f.Measure, f.Basis = document.Str(event), document.Str(measure), "reported"
		f.Location, f.Country, f.LocationBasis = "Vale", "Vale", extract.BasisArticle
		f.AsOf, f.AsOfBasis = "2011-07-01", extract.BasisPublished
		f.Sentence = document.Span{Start: int(id) * 100, End: int(id)*100 + 50}
		f.When = d
		return f
	}
	cases := []store.FigureRow{
		mk(1, 311, "", "", "cumulative", extract.EventCases, "cases"),
		mk(2, 1011, "health ministry", "government", "cumulative", extract.EventCases, "cases"),
	}
	if k, n := Compare(&cases[0], &cases[1]); k != "" {
		t.Errorf("outlet's tally vs ministry's: %s %s, want nothing", k, n)
	}
	flow := []store.FigureRow{
		mk(3, 5000, "", "", "rate", extract.EventAmount, "barrels of oil a day"),
		mk(4, 60000, "university researchers", "expert", "rate", extract.EventAmount, "barrels of oil a day"),
	}
	if k, _ := Compare(&flow[0], &flow[1]); k != store.DisputeFigures {
		t.Errorf("outlet's flow rate vs researchers': %q, want a discrepancy", k)
	}
}

// TestConfirmedTrailsSuspected: in an outbreak the confirmed toll is a
// floor of the feared one, and a suspected count beside a total of no
// stated certainty is often its part; a confirmed count above another
// source's total still disputes it. Fictional figures, one day.
func TestConfirmedTrailsSuspected(t *testing.T) {
	d, _ := document.ParseDate("2011-04-27")
	mk := func(id int64, v float64, src, certainty string) *store.FigureRow {
		f := &store.FigureRow{ID: id, Origin: store.Origin{Article: store.ArticleID(id), Group: id, Published: d, Outlet: "wire"}}
		f.Value = fp(v)
		f.Text = fmt.Sprintf("%g deaths", v)
		stype := "government"
		if src == "Vale Medical Association" {
			stype = "ngo"
		}
		f.Source, f.SourceType, f.Scope, f.Certainty = document.Str(src), document.Str(stype), "cumulative", document.Str(certainty)
		f.Event, f.Measure, f.Basis, f.Counted, f.Unit = extract.EventKilled, "people killed", "official", "people", "deaths"
		f.Location, f.Country, f.LocationBasis = "Vale", "Vale", extract.BasisStated
		f.AsOf, f.AsOfBasis, f.When = "2011-04-27", extract.BasisPublished, d
		return f
	}
	tests := []struct {
		a, b *store.FigureRow
		want string
	}{
		{mk(1, 20, "health ministry", "confirmed"), mk(2, 81, "Vale Medical Association", ""), ""},
		{mk(3, 25, "health ministry", "confirmed"), mk(4, 101, "health secretary", "suspected"), ""},
		{mk(5, 83, "local officials", "suspected"), mk(6, 103, "health ministry", ""), ""},
		{mk(7, 40, "health ministry", "confirmed"), mk(8, 25, "Vale Medical Association", ""), store.DisputeFigures},
		{mk(9, 20, "health ministry", ""), mk(10, 81, "Vale Medical Association", ""), store.DisputeFigures},
	}
	for _, tc := range tests {
		if k, n := Compare(tc.a, tc.b); k != tc.want {
			t.Errorf("%s (%s) vs %s (%s): %q %s, want %q", tc.a.Text, tc.a.Certainty, tc.b.Text, tc.b.Certainty, k, n, tc.want)
		}
	}
}

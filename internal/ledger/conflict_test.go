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

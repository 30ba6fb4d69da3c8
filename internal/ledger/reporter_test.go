package ledger

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// What a reporter sees on the subjects page: counts that say what befell
// whom, never a heap of unrelated sums of money, dimensions or people of
// no stated fate.
func TestSubjectsAreCounts(t *testing.T) {
	tests := []struct {
		text, measure, event, counted, loc string
		key                                string
	}{
		{"$3bn", "dollars", "money", "dollars", "Yemen", ""},                                     // aid? a budget? a fortune?
		{"£40m", "pounds", "money", "pounds", "Libya", ""},                                       // the same
		{"$120m of aid", "dollars of aid", "money", "dollars", "Yemen", "|dollars of aid|yemen"}, // says what it pays for
		{"two men", "men", "", "men", "Syria", ""},                                               // charged, freed, on a panel?
		{"4,000 people", "people", "", "people", "Syria", ""},                                    // in a square, on a page?
		{"30 inches", "inches", "", "inches", "Yemen", ""},                                       // a dimension
		{"12 miles", "miles", "", "miles", "Syria", ""},                                          // a distance
		{"1,200 people killed", "people killed", "killed", "people", "Syria", "|people killed|syria"},
		{"300 detained", "people detained", "detained", "people", "Syria", "|people detained|syria"},
		{"5,000 protesters", "protesters", "protesting", "protesters", "Yemen", "|protesters|yemen"},
		{"400 fighters", "fighters", "", "fighters", "Libya", "|fighters|libya"}, // a specific thing
		{"60 rescued", "people rescued", "", "people", "Yemen", "|people rescued|yemen"},
		{"2m barrels", "barrels of oil", "amount", "barrels", "Libya", "|barrels of oil|libya"},
		{"40%", "cases", "cases", "%", "Yemen", ""},                         // a share of the cases, not a count
		{"12 per cent", "people killed", "killed", "per cent", "Syria", ""}, // the same
		{"300 cases", "cases", "cases", "cases", "Yemen", "|cases|yemen"},
		{"two sides", "sides", "", "sides", "Libya", ""},                           // whatever the sentence is about
		{"three police", "police", "", "police", "Syria", ""},                      // stations? officers?
		{"2,000 soldiers", "soldiers", "", "soldiers", "Syria", "|soldiers|syria"}, // what conflicts count
	}
	for _, tc := range tests {
		f := &extract.Figure{Text: tc.text, Unit: document.Str(tc.counted), Measure: document.Str(tc.measure), Event: document.Str(tc.event), Counted: document.Str(tc.counted),
			Location: document.Str(tc.loc), Country: document.Str(tc.loc), LocationBasis: extract.BasisStated}
		if got := SubjectOf(f).Key; got != tc.key {
			t.Errorf("%s: subject %q, want %q", tc.text, got, tc.key)
		}
	}
}

// A fictional day of reporting a crackdown, one figure per article: the
// same dispute restated (a monitor's "at least 80" one hour, "80" the
// next, against the interior ministry's 25) is one card; two wires
// relaying the running toll at different hours of one day are the count
// moving, not a dispute; a wire against the ministry, or the monitor
// against the ministry, still are.
func TestReporterSeesDisputeOnce(t *testing.T) {
	type rep struct {
		id                    int64
		pub, outlet           string
		v                     float64
		approx, src, stype    string
		scope, basis, measure string
	}
	reps := []rep{
		{1, "2013-04-02", "wire", 25, "", "Interior Ministry", "government", "cumulative", "official", "people killed"},
		{2, "2013-04-02", "wire", 80, "at least", "Damascus Rights Monitor", "ngo", "cumulative", "claimed", "people killed"},
		{3, "2013-04-02", "paper", 80, "", "Damascus Rights Monitor", "ngo", "cumulative", "claimed", "people killed"},
		// Two news organisations relaying the toll at two hours of one day.
		{4, "2013-04-09", "paper", 31, "", "Reuters", "media", "cumulative", "reported", "people killed"},
		{5, "2013-04-09", "wire", 52, "", "state television", "media", "cumulative", "reported", "people killed"},
		// An anchor the extractor could not place, relaying the same toll later.
		{8, "2013-04-09", "paper", 52, "at least", "ANCHOR", "unknown", "cumulative", "reported", "people killed"},
		// A ministry against an outlet's relay of the same day still disputes.
		{6, "2013-04-16", "wire", 14, "", "Health Ministry", "government", "cumulative", "official", "people killed"},
		{7, "2013-04-16", "paper", 35, "", "Al Arabiya", "media", "cumulative", "reported", "people killed"},
	}
	var figs []store.FigureRow
	for _, r := range reps {
		d, _ := document.ParseDate(r.pub)
		f := store.FigureRow{ID: r.id, Origin: store.Origin{Article: store.ArticleID(r.id), Group: r.id, Published: d, Outlet: r.outlet}}
		f.Value = fp(r.v)
		f.Text = strings.TrimSpace(fmt.Sprintf("%s %g people", r.approx, r.v))
		f.Approx, f.Unit, f.Source, f.SourceType = document.Str(r.approx), "people", document.Str(r.src), document.Str(r.stype)
		f.Scope, f.Location, f.Country = document.Str(r.scope), "Syria", "Syria"
		f.LocationBasis, f.AsOfBasis, f.AsOf = extract.BasisStated, extract.BasisPublished, document.Str(r.pub)
		f.Event, f.Measure, f.Basis, f.Counted = extract.EventKilled, document.Str(r.measure), document.Str(r.basis), "people"
		f.When = When(&f.Figure, d)
		f.Subject = SubjectOf(&f.Figure).Key
		figs = append(figs, f)
	}
	var got []string
	for _, p := range Derive(figs[0].Subject, figs).Pairs {
		got = append(got, fmt.Sprintf("%s %d-%d reports=%d", p.Kind, p.A, p.B, p.Reports))
	}
	sort.Strings(got)
	want := []string{"discrepancy 1-2 reports=3", "discrepancy 6-7 reports=2"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("pairs = %v, want %v", got, want)
	}
}

// A note shows the bounds a reader would write, not float noise.
func TestRangeTextRounds(t *testing.T) {
	tests := []struct {
		lo, hi float64
		want   string
	}{
		{800000 * 0.9, 800000 * 1.1, "[720000, 880000]"},
		{100000 * 0.9, 100000 * 1.1, "[90000, 110000]"},
		{149 * 0.8, 149 * 1.2, "[119.2, 178.8]"},
		{38, 38, "38"},
		{0.5, 0.5, "0.5"},
	}
	for _, tc := range tests {
		if got := rangeText(tc.lo, tc.hi); got != tc.want {
			t.Errorf("rangeText(%v, %v) = %q, want %q", tc.lo, tc.hi, got, tc.want)
		}
	}
}

// Two figures a thousand times apart or more are never two accounts of
// one count, whatever scope they state; closer, a stated scope decides.
func TestPlausiblePairRatio(t *testing.T) {
	tests := []struct {
		a, b           float64
		scopeA, scopeB string
		want           bool
	}{
		{4, 15000, "cumulative", "cumulative", false},      // a family against the country
		{37, 200, "incident", "incident", true},            // the textbook dispute
		{260, 7000, "cumulative", "cumulative", true},      // far apart, but within reach
		{30, 4000, "", "cumulative", false},                // unstated scope, fifty times apart
		{5000, 5000000, "cumulative", "cumulative", false}, // a unit read wrong
	}
	for _, tc := range tests {
		a := &store.FigureRow{}
		a.Value, a.Scope = fp(tc.a), document.Str(tc.scopeA)
		b := &store.FigureRow{}
		b.Value, b.Scope = fp(tc.b), document.Str(tc.scopeB)
		if got := plausiblePair(a, b); got != tc.want {
			t.Errorf("plausiblePair(%g %s, %g %s) = %v, want %v", tc.a, tc.scopeA, tc.b, tc.scopeB, got, tc.want)
		}
	}
}

package ledger

import (
	"context"
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

func fp(v float64) *float64 { return &v }

func TestSubjectOf(t *testing.T) {
	tests := []struct {
		unit, holder, loc, country string
		key, label                 string
	}{
		{"troops", "U.S.", "Syria", "", "us|troops|syria", "US troops · Syria"},
		{"service members", "United States", "Syria", "", "us|troops|syria", "US troops · Syria"},
		{"US forces", "", "in Syria", "", "us|troops|syria", "US troops · Syria"},
		{"American soldiers", "", "Syria", "", "us|troops|syria", "US troops · Syria"},
		{"military personnel", "the US", "Iraq", "", "us|troops|iraq", "US troops · Iraq"},
		{"Marines", "America", "Iraq", "", "us|troops|iraq", "US troops · Iraq"},
		{"sailors", "US", "Iraq", "", "us|troops|iraq", "US troops · Iraq"},
		{"ISIS fighters", "", "Iraq and Syria", "", "isis|fighters|iraq and syria", "ISIS fighters · Iraq and Syria"},
		{"militants", "ISIS", "Syria and Iraq", "", "isis|fighters|iraq and syria", "ISIS fighters · Iraq and Syria"},
		{"troops", "US", "At Tanf", "Syria", "us|troops|syria", "US troops · Syria"},
		{"refugees", "", "Turkey", "", "|refugees|turkey", "refugees · Turkey"},
		{"%", "", "", "", "", ""},
		{"%", "UK", "Britain", "", "", ""},
		{"GBP", "", "London", "", "", ""},
		{"troops", "", "", "", "", ""},
		{"people", "", "Gaza", "", "|people|gaza", "people · Gaza"},
		{"", "US", "Syria", "", "", ""},
	}
	for _, tc := range tests {
		f := &extract.Figure{Unit: document.Str(tc.unit), Holder: document.Str(tc.holder), Location: document.Str(tc.loc), Country: document.Str(tc.country)}
		s := SubjectOf(f)
		if s.Key != tc.key || s.Label != tc.label {
			t.Errorf("SubjectOf(%q,%q,%q) = %q %q, want %q %q", tc.unit, tc.holder, tc.loc, s.Key, s.Label, tc.key, tc.label)
		}
	}
}

func TestMatchSubject(t *testing.T) {
	subs := []store.Subject{
		{Key: "us|troops|iraq and syria", Label: "US troops · Iraq and Syria", Holder: "US", Thing: "troops", Location: "Iraq and Syria", Figures: 9},
		{Key: "us|troops|iraq", Label: "US troops · Iraq", Holder: "US", Thing: "troops", Location: "Iraq", Figures: 3},
		{Key: "us|troops|syria", Label: "US troops · Syria", Holder: "US", Thing: "troops", Location: "Syria", Figures: 5},
		{Key: "isis|fighters|iraq and syria", Label: "ISIS fighters · Iraq and Syria", Holder: "ISIS", Thing: "fighters", Location: "Iraq and Syria", Figures: 2},
	}
	tests := []struct {
		q, want string
		ok      bool
	}{
		{"us troops iraq", "us|troops|iraq", true},
		{"American soldiers in Iraq", "us|troops|iraq", true},
		{"U.S. forces Syria", "us|troops|syria", true},
		{"US troops · Syria", "us|troops|syria", true},
		{"us|troops|iraq and syria", "us|troops|iraq and syria", true},
		{"isis militants", "isis|fighters|iraq and syria", true},
		{"penguins antarctica", "", false},
		{"'; DROP TABLE subjects; --", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		got, _, ok := MatchSubject(tc.q, subs)
		if ok != tc.ok || got.Key != tc.want {
			t.Errorf("MatchSubject(%q) = %q %v, want %q %v", tc.q, got.Key, ok, tc.want, tc.ok)
		}
	}
}

func TestInterval(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		f      extract.Figure
		lo, hi float64
	}{
		{extract.Figure{Value: fp(5262)}, 5262, 5262},
		{extract.Figure{Value: fp(5000), Approx: "about"}, 4500, 5500},
		{extract.Figure{Value: fp(2000), Approx: "more than"}, 2000, inf},
		{extract.Figure{Value: fp(100), Approx: "up to"}, 0, 100},
		{extract.Figure{Value: fp(1000), Approx: "nearly"}, 900, 1000},
		{extract.Figure{Value: fp(1000), Basis: extract.BasisEstimate}, 800, 1200},
		{extract.Figure{Low: fp(10), High: fp(20)}, 10, 20},
		// A hedge on a range widens each end: "about 20,000 to 30,000",
		// "an estimated 56,000 to 68,000" (the extractor may set the value
		// to the range's first number).
		{extract.Figure{Low: fp(20000), High: fp(30000), Approx: "about"}, 18000, 33000},
		{extract.Figure{Value: fp(56000), Low: fp(56000), High: fp(68000), Basis: extract.BasisEstimate}, 44800, 81600},
		{extract.Figure{Low: fp(45000), High: fp(50000), Approx: "estimated"}, 36000, 60000},
	}
	for _, tc := range tests {
		lo, hi, ok := Interval(&tc.f)
		if !ok || math.Abs(lo-tc.lo) > 1e-9 || (hi != tc.hi && math.Abs(hi-tc.hi) > 1e-9) {
			t.Errorf("Interval(%+v) = %v %v %v, want %v %v", tc.f, lo, hi, ok, tc.lo, tc.hi)
		}
	}
	if _, _, ok := Interval(&extract.Figure{}); ok {
		t.Error("Interval of a figure without value: ok")
	}
}

// fig builds a stored figure for rule tests: id, article, group, value,
// approx, basis, as-of, publication date and source.
type fig struct {
	id, art, grp              int64
	v                         float64
	approx, basis, asOf, pub  string
	src, stype, scope, outlet string
	sent                      int
	unit                      string // "" : Measure "people killed"; else this unit and no Measure
	recalled                  bool
}

func (f fig) row() *store.FigureRow {
	d, _ := document.ParseDate(f.pub)
	r := &store.FigureRow{ID: f.id, Origin: store.Origin{Article: store.ArticleID(f.art), Group: f.grp, Published: d, Outlet: f.outlet}}
	r.Value = fp(f.v)
	r.Approx, r.Basis, r.AsOf, r.Source = document.Str(f.approx), document.Str(f.basis), document.Str(f.asOf), document.Str(f.src)
	r.SourceType, r.Scope = document.Str(f.stype), document.Str(f.scope)
	if f.stype == "" && f.src != "" {
		r.SourceType = extract.SourceNGO // a source of a known kind unless the case says otherwise
	}
	r.Measure, r.Event = "people killed", extract.EventKilled
	if f.unit != "" {
		r.Unit, r.Measure, r.Event = document.Str(f.unit), "", ""
	}
	if f.asOf != "" {
		r.AsOfBasis = extract.BasisStated
	}
	r.Recalled = f.recalled
	r.Text = strconv.FormatFloat(f.v, 'f', -1, 64) + " " + f.unit
	r.Sentence = document.Span{Start: f.sent * 100, End: f.sent*100 + 90}
	r.When = When(&r.Figure, d)
	return r
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name string
		a, b fig
		want string
	}{
		{"official vs statistics, one article", fig{id: 1, art: 1, grp: 1, v: 503, basis: "official", pub: "2017-12-05", src: "Pentagon"},
			fig{id: 2, art: 1, grp: 1, v: 1720, basis: "statistics", pub: "2017-12-05", src: "quarterly Pentagon statistics", sent: 1}, store.DisputeFigures},
		{"undated, one article", fig{id: 1, art: 1, grp: 1, v: 503, src: "Pentagon"}, fig{id: 2, art: 1, grp: 1, v: 1720, src: "quarterly statistics", sent: 1}, store.DisputeFigures},
		{"current vs dated, one article", fig{id: 1, art: 1, grp: 1, v: 503, pub: "2017-12-05", src: "Pentagon"},
			fig{id: 2, art: 1, grp: 1, v: 1720, asOf: "2017-09-30", pub: "2017-12-05", src: "quarterly statistics", sent: 1}, store.DisputeFigures},
		{"current vs dated, two articles", fig{id: 1, art: 1, grp: 1, v: 503, pub: "2017-12-05", src: "Pentagon"},
			fig{id: 2, art: 2, grp: 2, v: 1720, asOf: "2017-09-30", pub: "2017-12-05", src: "quarterly statistics"}, ""},
		{"generic people without measure, two articles", fig{id: 1, art: 1, grp: 1, v: 9000, pub: "2010-01-14", src: "UN", unit: "people"},
			fig{id: 2, art: 2, grp: 2, v: 2000000, pub: "2010-01-14", src: "Red Cross", unit: "people"}, ""},
		{"generic people without measure, one article", fig{id: 1, art: 1, grp: 1, v: 9000, pub: "2010-01-14", src: "UN", unit: "people"},
			fig{id: 2, art: 1, grp: 1, v: 2000000, pub: "2010-01-14", src: "Red Cross", unit: "people", sent: 1}, ""},
		{"a garrison counted higher days later by monitors", fig{id: 1, art: 1, grp: 1, v: 2400, pub: "2024-03-01", src: "defence ministry", unit: "soldiers"},
			fig{id: 2, art: 2, grp: 2, v: 3600, pub: "2024-03-02", src: "monitoring group", unit: "soldiers"}, store.DisputeFigures},
		{"troops without measure, two articles", fig{id: 1, art: 1, grp: 1, v: 1000, pub: "2010-01-20", src: "Pentagon", unit: "troops"},
			fig{id: 2, art: 2, grp: 2, v: 16000, pub: "2010-01-20", src: "US military", unit: "US soldiers"}, store.DisputeFigures},
		{"a million read as one", fig{id: 1, art: 1, grp: 1, v: 4.9, pub: "2010-08-05", src: "Oxfam"}, fig{id: 2, art: 2, grp: 2, v: 4900000, pub: "2010-08-05", src: "Amnesty"}, ""},
		{"a village beside a country, scope unstated", fig{id: 1, art: 1, grp: 1, v: 4, pub: "2010-01-15", src: "Oxfam"}, fig{id: 2, art: 2, grp: 2, v: 45000, pub: "2010-01-15", src: "Amnesty"}, ""},
		{"far apart, one incident", fig{id: 1, art: 1, grp: 1, v: 4, pub: "2010-01-15", src: "Oxfam", scope: "incident"}, fig{id: 2, art: 2, grp: 2, v: 450, pub: "2010-01-15", src: "Amnesty", scope: "incident"}, store.DisputeFigures},
		{"far apart, two running totals", fig{id: 1, art: 1, grp: 1, v: 4, pub: "2010-01-15", src: "Oxfam", scope: "cumulative"}, fig{id: 2, art: 2, grp: 2, v: 450, pub: "2010-01-15", src: "Amnesty", scope: "cumulative"}, ""},
		{"twenty times apart, two running totals", fig{id: 1, art: 1, grp: 1, v: 20, pub: "2010-01-15", src: "Oxfam", scope: "cumulative"}, fig{id: 2, art: 2, grp: 2, v: 400, pub: "2010-01-15", src: "Amnesty", scope: "cumulative"}, store.DisputeFigures},
		{"a counted thing without event", fig{id: 1, art: 1, grp: 1, v: 2, pub: "2011-02-01", src: "Oxfam", unit: "men"}, fig{id: 2, art: 2, grp: 2, v: 10, pub: "2011-02-01", src: "Amnesty", unit: "men"}, ""},
		{"undated, two articles", fig{id: 1, art: 1, grp: 1, v: 503, src: "Pentagon"}, fig{id: 2, art: 2, grp: 2, v: 1720, src: "quarterly statistics"}, ""},
		{"own sentence", fig{id: 1, art: 1, grp: 1, v: 503, pub: "2017-12-05", src: "Oxfam"}, fig{id: 2, art: 1, grp: 1, v: 1720, pub: "2017-12-05", src: "Amnesty"}, ""},
		{"itself", fig{id: 1, art: 1, grp: 1, v: 5, pub: "2017-12-05", src: "Oxfam"}, fig{id: 1, art: 1, grp: 1, v: 5, pub: "2017-12-05", src: "Oxfam"}, ""},
		{"syndicated copies", fig{id: 1, art: 1, grp: 7, v: 503, pub: "2017-12-05", src: "Oxfam"}, fig{id: 2, art: 2, grp: 7, v: 1720, pub: "2017-12-05", src: "Amnesty"}, ""},
		{"activists vs government", fig{id: 1, art: 1, grp: 1, v: 200, approx: "more than", pub: "2012-05-26", src: "activists", stype: "activists", scope: "incident"},
			fig{id: 2, art: 2, grp: 2, v: 37, pub: "2012-05-26", src: "Syrian government", stype: "government", scope: "incident"}, store.DisputeFigures},
		{"about covers", fig{id: 1, art: 1, grp: 1, v: 5000, approx: "about", pub: "2020-01-06", src: "Oxfam"}, fig{id: 2, art: 2, grp: 2, v: 5262, pub: "2020-01-06", src: "Amnesty"}, ""},
		{"weeks apart", fig{id: 1, art: 1, grp: 1, v: 50000, pub: "2010-01-15", src: "Oxfam"}, fig{id: 2, art: 2, grp: 2, v: 150000, pub: "2010-01-25", src: "Amnesty"}, ""},
		{"days apart, later higher: the count grew", fig{id: 1, art: 1, grp: 1, v: 50000, pub: "2010-01-15", src: "Oxfam"}, fig{id: 2, art: 2, grp: 2, v: 150000, pub: "2010-01-17", src: "Amnesty"}, ""},
		{"days apart, later lower", fig{id: 1, art: 1, grp: 1, v: 150000, pub: "2010-01-15", src: "Oxfam", scope: "cumulative"}, fig{id: 2, art: 2, grp: 2, v: 50000, pub: "2010-01-17", src: "Amnesty", scope: "cumulative"}, store.DisputeFigures},
		{"days apart, later lower, scope unstated", fig{id: 1, art: 1, grp: 1, v: 150000, pub: "2010-01-15", src: "Oxfam"}, fig{id: 2, art: 2, grp: 2, v: 50000, pub: "2010-01-17", src: "Amnesty"}, ""},
		// Across reports a side must say who counted: a source the
		// extractor could not place is no second account (within one
		// article the writer's comparison stands: TestListedLookAlikes).
		{"a source of unknown kind in another report does not dispute", fig{id: 1, art: 1, grp: 1, v: 1500, pub: "2024-03-03", src: "monitoring group", stype: "unknown"}, fig{id: 2, art: 2, grp: 2, v: 2400, pub: "2024-03-03", src: "defence ministry", stype: "military"}, ""},
		{"council members are not troops", fig{id: 1, art: 1, grp: 1, v: 3, pub: "2011-02-04", src: "Oxfam", unit: "members"}, fig{id: 2, art: 2, grp: 2, v: 10, pub: "2011-02-04", src: "Amnesty", unit: "members"}, ""},
		{"same day, far apart", fig{id: 1, art: 1, grp: 1, v: 50000, pub: "2010-01-17", src: "Oxfam"}, fig{id: 2, art: 2, grp: 2, v: 150000, pub: "2010-01-17", src: "Amnesty"}, store.DisputeFigures},
		{"incidents the texts date a day apart are two incidents", fig{id: 1, art: 1, grp: 1, v: 40, pub: "2011-01-27", asOf: "2011-01-25", src: "Interior Ministry", stype: "government", scope: "incident"},
			fig{id: 2, art: 2, grp: 2, v: 12, pub: "2011-01-27", asOf: "2011-01-26", src: "Human Rights Watch", stype: "ngo", scope: "incident"}, ""},
		{"activists a day after the government, one incident", fig{id: 1, art: 1, grp: 1, v: 37, pub: "2012-05-26", asOf: "2012-05-25", basis: "official", src: "Syrian government", stype: "government", scope: "incident"},
			fig{id: 2, art: 2, grp: 2, v: 200, approx: "more than", pub: "2012-05-27", asOf: "2012-05-25", src: "activists", stype: "activists", scope: "incident"}, store.DisputeFigures},
		{"one incident's toll rising a day later", fig{id: 1, art: 1, grp: 1, v: 3, pub: "2011-02-02", asOf: "2011-02-02", src: "health ministry", scope: "incident"},
			fig{id: 2, art: 2, grp: 2, v: 5, approx: "at least", pub: "2011-02-03", asOf: "2011-02-03", src: "state media", scope: "incident"}, ""},
		{"undated incident tolls a day apart: other clashes", fig{id: 1, art: 1, grp: 1, v: 11, pub: "2011-02-06", src: "Health Ministry", scope: "incident"},
			fig{id: 2, art: 2, grp: 2, v: 3, pub: "2011-02-07", src: "news agency", scope: "incident"}, ""},
		{"recap paragraph dated by publication vs a stated day", fig{id: 1, art: 1, grp: 1, v: 4, approx: "at least", pub: "2011-02-06", src: "Interior Ministry"},
			fig{id: 2, art: 2, grp: 2, v: 300, asOf: "2011-02-04", pub: "2011-02-06", src: "UN"}, ""},
		{"a decade ago vs now", fig{id: 1, art: 1, grp: 1, v: 100000, approx: "more than", asOf: "199X", pub: "2011-02-03", src: "rights groups"},
			fig{id: 2, art: 1, grp: 1, v: 300, pub: "2011-02-03", src: "UN", sent: 1}, ""},
		{"more than is a bound, not an addition", fig{id: 1, art: 1, grp: 1, v: 200, approx: "more than", pub: "2010-01-14", src: "Oxfam", unit: "more than deaths"},
			fig{id: 2, art: 2, grp: 2, v: 37, pub: "2010-01-14", src: "Amnesty", unit: "deaths"}, store.DisputeFigures},
		{"a running total against an unscoped count of another day", fig{id: 1, art: 1, grp: 1, v: 8, pub: "2011-02-03", src: "health ministry", scope: "cumulative"},
			fig{id: 2, art: 2, grp: 2, v: 2, pub: "2011-02-06", src: "Amnesty"}, ""},
		{"the outlet's own line against a source", fig{id: 1, art: 1, grp: 1, v: 2, pub: "2011-02-06", outlet: "cnn"},
			fig{id: 2, art: 2, grp: 2, v: 8, pub: "2011-02-06", src: "health ministry", stype: "government"}, ""},
		{"an incident's toll against a count of unstated scope", fig{id: 1, art: 1, grp: 1, v: 3, pub: "2011-02-02", src: "health ministry", stype: "government", scope: "incident"},
			fig{id: 2, art: 2, grp: 2, v: 80, pub: "2011-02-02", src: "Human Rights Watch", stype: "ngo"}, ""},
		{"one source's account updated on a live page", fig{id: 1, art: 1, grp: 1, v: 611, basis: "official", pub: "2011-02-02", src: "health minister", scope: "incident"},
			fig{id: 2, art: 1, grp: 1, v: 639, basis: "reported", pub: "2011-02-02", src: "Health Ministry", scope: "incident", sent: 1}, ""},
		{"new deaths vs the total", fig{id: 1, art: 1, grp: 1, v: 7, pub: "2009-06-24", src: "Oxfam", unit: "more deaths"},
			fig{id: 2, art: 2, grp: 2, v: 17, pub: "2009-06-24", src: "Amnesty", unit: "deaths"}, ""},
		{"same source later: revision", fig{id: 1, art: 1, grp: 1, v: 50000, pub: "2010-01-15", src: "Haitian government"},
			fig{id: 2, art: 2, grp: 2, v: 150000, pub: "2010-01-25", src: "the Haitian government"}, store.DisputeRevision},
		{"one source's two accounts in one article", fig{id: 1, art: 1, grp: 1, v: 503, basis: "official", pub: "2017-12-05", src: "Pentagon"},
			fig{id: 2, art: 1, grp: 1, v: 1720, basis: "statistics", asOf: "2017-09-30", pub: "2017-12-05", src: "Pentagon", sent: 1}, store.DisputeFigures},
		{"one source, one basis, one article", fig{id: 1, art: 1, grp: 1, v: 35000, basis: "estimate", pub: "2017-12-05", src: "coalition"},
			fig{id: 2, art: 1, grp: 1, v: 3000, basis: "estimate", pub: "2017-12-05", src: "coalition", sent: 1}, ""},
		{"same outlet, own authority, later: revision", fig{id: 1, art: 1, grp: 1, v: 10, pub: "2010-01-15", outlet: "BBC"},
			fig{id: 2, art: 2, grp: 2, v: 20, pub: "2010-01-16", outlet: "bbc"}, store.DisputeRevision},
		{"historical peak vs now", fig{id: 1, art: 1, grp: 1, v: 35000, asOf: "2015", pub: "2019-02-18", src: "coalition"},
			fig{id: 2, art: 1, grp: 1, v: 3000, pub: "2019-02-18", src: "SDF", sent: 1}, ""},
		{"incident vs cumulative", fig{id: 1, art: 1, grp: 1, v: 37, pub: "2012-05-26", src: "Oxfam", scope: "incident"},
			fig{id: 2, art: 2, grp: 2, v: 10000, pub: "2012-05-26", src: "Amnesty", scope: "cumulative"}, ""},
		{"rate vs total", fig{id: 1, art: 1, grp: 1, v: 5000, pub: "2010-05-01", src: "BP", scope: "rate"},
			fig{id: 2, art: 2, grp: 2, v: 60000, pub: "2010-05-01", src: "scientists"}, ""},
		{"planned vs count", fig{id: 1, art: 1, grp: 1, v: 1000, basis: "planned", pub: "2019-02-18", src: "WSJ"},
			fig{id: 2, art: 2, grp: 2, v: 2000, approx: "about", basis: "official", pub: "2019-02-18", src: "Pentagon"}, store.DisputePlanned},
		{"two projections", fig{id: 1, art: 1, grp: 1, v: 100000, basis: "projected", pub: "2019-02-18", src: "Oxfam"},
			fig{id: 2, art: 2, grp: 2, v: 20000, basis: "projected", pub: "2019-02-18", src: "Amnesty"}, ""},
		{"an earlier estimate the article recalls vs a current count", fig{id: 1, art: 1, grp: 1, v: 1000, basis: "estimate", pub: "2010-05-28", src: "BP", scope: "rate", recalled: true},
			fig{id: 2, art: 1, grp: 1, v: 12000, basis: "estimate", pub: "2010-05-28", src: "flow-rate panel", scope: "rate", sent: 1}, ""},
		{"the same pair, neither recalled, disputes", fig{id: 1, art: 1, grp: 1, v: 1000, basis: "estimate", pub: "2010-05-28", src: "BP", scope: "rate"},
			fig{id: 2, art: 1, grp: 1, v: 12000, basis: "estimate", pub: "2010-05-28", src: "flow-rate panel", scope: "rate", sent: 1}, store.DisputeFigures},
		{"a recalled count of another day by another source", fig{id: 1, art: 1, grp: 1, v: 390, asOf: "2009-05-04", pub: "2009-05-06", src: "health ministry", scope: "cumulative", recalled: true},
			fig{id: 2, art: 2, grp: 2, v: 90, asOf: "2009-05-04", pub: "2009-05-05", src: "WHO", stype: "intergovernmental", scope: "cumulative"}, ""},
		{"one source's recalled count, then its new one: revision", fig{id: 1, art: 1, grp: 1, v: 50000, asOf: "2010-01-15", pub: "2010-01-25", src: "Haitian government", recalled: true},
			fig{id: 2, art: 2, grp: 2, v: 150000, pub: "2010-01-25", src: "the Haitian government"}, store.DisputeRevision},
		{"estimate tolerance", fig{id: 1, art: 1, grp: 1, v: 1000, basis: "estimate", pub: "2019-02-18", src: "Oxfam"},
			fig{id: 2, art: 2, grp: 2, v: 1150, basis: "official", pub: "2019-02-18", src: "Amnesty"}, ""},
	}
	// Part against whole: a city named in the figure's clause, against the
	// country; two counts of one city are comparable.
	city := func(f fig, loc string) *store.FigureRow {
		r := f.row()
		r.Location, r.Country, r.LocationBasis = document.Str(loc), "Egypt", extract.BasisStated
		return r
	}
	cairo := fig{id: 1, art: 1, grp: 1, v: 80, pub: "2011-02-01", src: "Human Rights Watch", stype: "ngo"}
	egypt := fig{id: 2, art: 2, grp: 2, v: 8, pub: "2011-02-01", src: "health ministry", stype: "government"}
	if got, _ := Compare(city(cairo, "Cairo"), city(egypt, "Egypt")); got != "" {
		t.Errorf("Cairo's 80 against Egypt's 8: %q, want none", got)
	}
	if got, _ := Compare(city(cairo, "Cairo"), city(egypt, "Cairo")); got != store.DisputeFigures {
		t.Errorf("two counts of Cairo: %q, want a discrepancy", got)
	}
	for _, tc := range tests {
		a, b := tc.a.row(), tc.b.row()
		if got, _ := Compare(a, b); got != tc.want {
			t.Errorf("%s: Compare = %q, want %q", tc.name, got, tc.want)
		}
		if got, _ := Compare(b, a); got != tc.want {
			t.Errorf("%s (swapped): Compare = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestDerive(t *testing.T) {
	rows := []fig{
		// The Pentagon's count against its quarterly statistics (one article).
		{id: 1, art: 1, grp: 1, v: 503, basis: "official", pub: "2017-12-05", src: "Pentagon", stype: "military"},
		{id: 2, art: 1, grp: 1, v: 1720, basis: "statistics", pub: "2017-12-05", src: "quarterly statistics", stype: "document", sent: 1},
		// A syndicated copy of the same article: one more report, no new pair.
		{id: 3, art: 2, grp: 1, v: 503, basis: "official", pub: "2017-12-05", src: "Pentagon", stype: "military"},
		{id: 4, art: 2, grp: 1, v: 1720, basis: "statistics", pub: "2017-12-05", src: "quarterly statistics", stype: "document", sent: 1},
		// The Pentagon later: a revision of its own figure.
		{id: 5, art: 3, grp: 3, v: 900, basis: "official", pub: "2018-03-01", src: "Pentagon", stype: "military"},
		// Activists against the government on the same day, far apart.
		{id: 6, art: 4, grp: 4, v: 2000, approx: "more than", pub: "2018-03-01", src: "activists", stype: "activists"},
	}
	var figs []store.FigureRow
	for _, r := range rows {
		x := r.row()
		x.Subject = "us|troops|syria"
		figs = append(figs, *x)
	}
	st := Derive("us|troops|syria", figs)
	if st.Subject.Figures != 6 || st.Subject.Articles != 4 || st.Subject.Groups != 3 || st.Subject.First.String() != "2017-12-05" || st.Subject.Last.String() != "2018-03-01" {
		t.Errorf("stats = %+v", st.Subject)
	}
	got := map[string]bool{}
	for _, p := range st.Pairs {
		got[fmt.Sprintf("%s %d-%d", p.Kind, p.A, p.B)] = true
	}
	want := []string{"discrepancy 1-2", "revision 1-5", "discrepancy 5-6"}
	for _, w := range want {
		if !got[w] {
			t.Errorf("pairs %v lack %s", got, w)
		}
	}
	if len(st.Pairs) != len(want) {
		t.Errorf("pairs = %v, want %v", got, want)
	}
	// Derive is a function of the figures: any order gives the same pairs.
	rev := append([]store.FigureRow(nil), figs...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	if st2 := Derive("us|troops|syria", rev); fmt.Sprint(st2) != fmt.Sprint(st) {
		t.Errorf("Derive depends on order:\n%v\n%v", st, st2)
	}
	for _, p := range st.Pairs {
		if p.Kind == store.DisputeFigures && p.A == 1 && p.Reports != 1 {
			t.Errorf("503 vs 1720: %d reports, want 1 (syndicated copies count once)", p.Reports)
		}
	}
}

func TestEstimates(t *testing.T) {
	rows := []fig{
		{id: 1, art: 1, grp: 1, v: 100, pub: "2010-01-15", src: "UN"},
		{id: 2, art: 2, grp: 2, v: 150, approx: "about", pub: "2010-01-15", src: "Red Cross"},
		{id: 3, art: 3, grp: 3, v: 120, pub: "2010-01-15", src: "government"},
		{id: 4, art: 4, grp: 3, v: 120, pub: "2010-01-15", src: "government"}, // a copy: same source
		{id: 5, art: 5, grp: 5, v: 1000, basis: "planned", pub: "2010-01-15", src: "donors"},
		{id: 6, art: 6, grp: 6, v: 300, pub: "2010-01-20", src: "UN"},
	}
	var figs []store.FigureRow
	for _, r := range rows {
		figs = append(figs, *r.row())
	}
	es := Estimates(figs)
	if len(es) != 2 {
		t.Fatalf("estimates = %+v", es)
	}
	e := es[0]
	if e.Day.String() != "2010-01-15" || e.Low != 100 || e.Best != 120 || math.Abs(e.High-165) > 1e-9 || e.Reports != 3 || len(e.Sources) != 3 {
		t.Errorf("estimate = %+v, want low 100 best 120 high 165 from 3 sources, 3 reports", e)
	}
	if es[1].Best != 300 || es[1].Reports != 1 {
		t.Errorf("second estimate = %+v", es[1])
	}
}

func TestMeasureSubjects(t *testing.T) {
	tests := []struct {
		name string
		f    extract.Figure
		key  string
	}{
		{"killed in Haiti", extract.Figure{Measure: "people killed", Event: "killed", Counted: "people", Location: "Port-au-Prince", Country: "Haiti"}, "|people killed|haiti"},
		{"homeless in Haiti", extract.Figure{Measure: "people homeless", Event: "displaced", Location: "Haiti"}, "|people homeless|haiti"},
		{"holder ignored for tolls", extract.Figure{Measure: "people killed", Holder: "Syrian", Location: "Homs", Country: "Syria"}, "|people killed|syria"},
		{"a city named with the figure", extract.Figure{Measure: "people wounded", Location: "Alexandria", Country: "Egypt", LocationBasis: "stated"}, "|people wounded|alexandria, egypt"},
		{"the capital stays the country", extract.Figure{Measure: "people killed", Location: "Port-au-Prince", Country: "Haiti", LocationBasis: "stated"}, "|people killed|haiti"},
		{"a dateline city is the country", extract.Figure{Measure: "people killed", Location: "Jacmel", Country: "Haiti", LocationBasis: "dateline"}, "|people killed|haiti"},
		{"US troops in Iraq", extract.Figure{Measure: "troops deployed", Event: "deployed", Counted: "troops", Holder: "U.S.", Location: "Iraq"}, "us|troops|iraq"},
		{"refugees in Turkey from Syria", extract.Figure{Measure: "refugees", Event: "displaced", Location: "Syria", To: "Turkey"}, "|refugees|turkey (from syria)"},
		{"refugees in Lebanon from Syria", extract.Figure{Measure: "refugees", Event: "displaced", Location: "Syria", To: "Lebanon"}, "|refugees|lebanon (from syria)"},
		{"inferred place joins", extract.Figure{Measure: "people killed", Location: "Haiti", LocationBasis: "article"}, "|people killed|haiti"},
		{"negated never joins", extract.Figure{Measure: "people killed", Location: "Haiti", Negated: true}, ""},
		{"nowhere", extract.Figure{Measure: "people killed"}, ""},
		{"flow rate", extract.Figure{Measure: "barrels of oil a day", Location: "Gulf of Mexico"}, "|barrels of oil a day|gulf of mexico"},
	}
	for _, tc := range tests {
		if got := SubjectOf(&tc.f).Key; got != tc.key {
			t.Errorf("%s: key %q, want %q", tc.name, got, tc.key)
		}
	}
	s := SubjectOf(&extract.Figure{Measure: "refugees", Location: "Syria", To: "Turkey"})
	if s.Label != "refugees · Turkey (from Syria)" {
		t.Errorf("label %q", s.Label)
	}
	s = SubjectOf(&extract.Figure{Measure: "troops deployed", Event: "deployed", Counted: "soldiers", Holder: "United States", Location: "Iraq"})
	if s.Label != "US troops · Iraq" {
		t.Errorf("label %q", s.Label)
	}
	if !Inferred(&extract.Figure{LocationBasis: "dateline"}) || Inferred(&extract.Figure{LocationBasis: "stated"}) {
		t.Error("Inferred")
	}
}

// story builds a deterministic article of n paragraphs from a seed.
func story(seed int64, paras int) []string {
	words := strings.Fields(`the minister said council officials budget water supply river city village farmers
		new plan would cost million next year workers union strike talks agreed rejected proposal court ruled
		police reported residents school hospital report week month election party leader vote tax rise fell
		prices market bank rate inflation company shares profit loss growth region border army aid`)
	r := rand.New(rand.NewSource(seed))
	out := make([]string, paras)
	for p := range out {
		var b strings.Builder
		for s := 0; s < 4; s++ {
			n := 8 + r.Intn(10)
			for i := 0; i < n; i++ {
				w := words[r.Intn(len(words))]
				if i == 0 {
					w = strings.ToUpper(w[:1]) + w[1:]
				}
				b.WriteString(w)
				if i < n-1 {
					b.WriteByte(' ')
				}
			}
			b.WriteString(". ")
		}
		out[p] = strings.TrimSpace(b.String())
	}
	return out
}

func TestMinHashNearDuplicates(t *testing.T) {
	orig := story(1, 10)
	base := "Council agrees water plan\n\n" + strings.Join(orig, "\n\n")
	reprint := "Water deal reached after long talks\n\n" + strings.Join(orig[:9], "\n\n")
	added := base + "\n\n" + story(7, 1)[0]
	trimmed := "Plan agreed\n\n" + strings.Join(orig[:5], "\n\n")
	other := "Council agrees water plan\n\n" + strings.Join(story(2, 10), "\n\n")
	sb := MinHash(base)
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"reprint with new headline and trimmed last paragraph", reprint, true},
		{"paragraph added", added, true},
		{"half kept", trimmed, true},
		{"different story, same headline", other, false},
		{"empty", "", false},
	}
	for _, tc := range tests {
		s := MinHash(tc.text)
		if got := SameStory(&sb, &s); got != tc.want {
			t.Errorf("%s: SameStory = %v (J=%.2f), want %v", tc.name, got, Jaccard(&sb, &s), tc.want)
		}
	}
	// LSH: the reprint shares at least one band with the original.
	rs := MinHash(reprint)
	ba, bb := sb.BandHashes(), rs.BandHashes()
	shared := 0
	for i := range ba {
		if ba[i] == bb[i] {
			shared++
		}
	}
	if shared == 0 {
		t.Error("reprint shares no LSH band with the original")
	}
	// Case and punctuation do not matter; encoding round-trips.
	if a, b := MinHash("The cat sat on the mat, today."), MinHash("the CAT sat on the mat today"); a != b {
		t.Error("MinHash depends on case or punctuation")
	}
	d, ok := DecodeSignature(sb.Encode())
	if !ok || d != sb {
		t.Error("signature does not round-trip")
	}
	if _, ok := DecodeSignature([]byte{1, 2, 3}); ok {
		t.Error("DecodeSignature accepted a short input")
	}
}

func TestScoreLink(t *testing.T) {
	pub, _ := document.ParseDate("2019-02-18")
	deny := &extract.Statement{Speaker: "Gen. Ann Miller", Stance: extract.Denies,
		Content: "the report that the United States plans to keep 1,000 troops in Syria is wrong",
		Target:  "a report by The Wall Street Journal"}
	from := &LinkFrom{Statement: deny, Article: 1, Group: 1, Published: pub, Target: string(deny.Target), Content: deny.Content,
		Sentence: "Miller said a report by The Wall Street Journal that the United States plans to keep 1,000 troops in Syria is wrong."}
	wsjFigure := &LinkCandidate{Kind: "figure", ID: 7, Article: 2, Group: 2, Published: pub, Outlet: "The Wall Street Journal",
		Speaker: "officials", Text: "The United States will keep 1,000 troops in Syria, officials told the newspaper.", Value: fp(1000),
		Subject: Subject{Holder: "US", Thing: "troops", Location: "Syria"}}
	sameArticleWSJ := &LinkCandidate{Kind: "statement", ID: 3, Article: 1, Group: 1, Published: pub, Speaker: "The Wall Street Journal",
		Stance: extract.Asserts, Text: "the United States would keep 1,000 troops in Syria"}
	unrelated := &LinkCandidate{Kind: "statement", ID: 9, Article: 5, Group: 5, Published: pub, Speaker: "a farmer",
		Stance: extract.Asserts, Text: "the harvest was late this year because of rain"}
	old := *wsjFigure
	old.Published, _ = document.ParseDate("2015-01-01")
	old.Outlet = "Local Gazette"
	otherNumber := &LinkCandidate{Kind: "figure", ID: 8, Article: 1, Group: 1, Published: pub, Speaker: "officials",
		Text: "There are roughly 5,000 US troops in Syria.", Value: fp(5000), Subject: Subject{Holder: "US", Thing: "troops", Location: "Syria"}}
	selfDenial := &LinkCandidate{Kind: "statement", ID: 4, Article: 1, Speaker: "Gen. Ann Miller", Stance: extract.Asserts, Text: deny.Content}
	tests := []struct {
		name  string
		c     *LinkCandidate
		above bool
	}{
		{"figure sourced to the named outlet", wsjFigure, true},
		{"same-article statement by the outlet", sameArticleWSJ, true},
		{"unrelated statement", unrelated, false},
		{"old figure in another outlet", &old, false},
		{"speaker's own statement", selfDenial, false},
		{"same-article figure with another number and source", otherNumber, false},
	}
	for _, tc := range tests {
		conf, reasons := ScoreLink(from, tc.c, nil)
		if (conf >= LinkThreshold) != tc.above {
			t.Errorf("%s: confidence %.2f (%v), want above threshold %v", tc.name, conf, reasons, tc.above)
		}
	}
	conf, reasons := ScoreLink(from, wsjFigure, nil)
	want := map[string]bool{"source": true, "text": true, "value": true, "subject": true, "time": true}
	for _, r := range reasons {
		delete(want, r)
	}
	if len(want) != 0 || conf > 1 {
		t.Errorf("WSJ figure: reasons %v (missing %v), conf %.2f", reasons, want, conf)
	}
}

type fixedJudge struct{ stance string }

func (j fixedJudge) Judge(claim, text string) (string, float64) { return j.stance, 0.9 }

func TestScoreLinkJudge(t *testing.T) {
	from := &LinkFrom{Statement: &extract.Statement{Stance: extract.Denies}, Article: 1, Content: "the plan to close the plant is false", Sentence: "He said the plan to close the plant is false."}
	c := &LinkCandidate{Kind: "statement", ID: 2, Article: 1, Stance: extract.Asserts, Text: "the company plans to close the plant in March"}
	base, _ := ScoreLink(from, c, nil)
	with, reasons := ScoreLink(from, c, fixedJudge{JudgeDenies})
	if with <= base || reasons[len(reasons)-1] != "stance-model" {
		t.Errorf("judge did not raise the score: %.2f → %.2f %v", base, with, reasons)
	}
	other, _ := ScoreLink(from, c, fixedJudge{JudgeUnrelated})
	if other != base {
		t.Errorf("unrelated judgement changed the score: %.2f → %.2f", base, other)
	}
}

func TestNamesSpeaker(t *testing.T) {
	tests := []struct {
		target, speaker string
		named, proper   bool
	}{
		{"The leaked letter from the military", "letter seen by a news agency", true, false},
		{"Esper's remarks", "Mark Esper", true, true},
		{"reports that the army would leave", "reports", true, false},
		{"the plan announced in February", "Mark Esper", false, false},
		{"a report by the newspaper", "the ministry", false, false},
		{"", "letter", false, false},
		// A name inside the proposition denied is what it is about.
		{"that President Hosni Mubarak is stepping down", "Hosni Mubarak", false, false},
		{"he killed the intern Laura Price", "Laura Price", false, false},
		{"a recent comment by Secretary of State Ann Whitaker that the government is stable", "Ann Whitaker", true, true},
		{"a recent comment by Secretary of State Ann Whitaker that the government is stable", "government", false, false},
		{"claims that the embattled president is a dictator", "Egyptian government", false, false},
		{"the minister's account of the talks", "Health minister Omar Said", true, false},
	}
	for _, tc := range tests {
		if named, proper := namesSpeaker(tc.target, tc.speaker); named != tc.named || proper != tc.proper {
			t.Errorf("namesSpeaker(%q, %q) = %v %v", tc.target, tc.speaker, named, proper)
		}
	}
}

func TestOutletsAndContentWords(t *testing.T) {
	if got := Outlets("a report by The Wall Street Journal, later picked up by AP"); strings.Join(got, ";") != "wall street journal;associated press" {
		t.Errorf("Outlets = %v", got)
	}
	if got := strings.Join(ContentWords("The U.S. troops' withdrawals, said officials"), " "); got != "us troop withdrawal official" {
		t.Errorf("ContentWords = %q", got)
	}
	names := OutletNames("WSJ")
	if len(names) < 2 || !strings.Contains(strings.Join(names, ";"), "wall street journal") {
		t.Errorf("OutletNames(WSJ) = %v", names)
	}
}

func FuzzMinHash(f *testing.F) {
	f.Add("Council agrees water plan. The minister said so.")
	f.Add("")
	f.Add("é ü 1,000 — “quoted”")
	f.Fuzz(func(t *testing.T, s string) {
		a, b := MinHash(s), MinHash(s)
		if a != b {
			t.Fatal("MinHash not deterministic")
		}
		if a.Shingles > 0 && !SameStory(&a, &b) {
			t.Fatal("text not a copy of itself")
		}
		if d, ok := DecodeSignature(a.Encode()); !ok || d != a {
			t.Fatal("round trip")
		}
	})
}

func FuzzSubject(f *testing.F) {
	f.Add("US troops", "U.S.", "Iraq and Syria", "us troops iraq")
	f.Add("", "", "", "")
	f.Add("%", "the", "and and ,", "'; DROP TABLE x; --")
	f.Fuzz(func(t *testing.T, unit, holder, loc, q string) {
		s := SubjectOf(&extract.Figure{Unit: document.Str(unit), Holder: document.Str(holder), Location: document.Str(loc)})
		if s.Key != "" && strings.Count(s.Key, "|") < 2 {
			t.Fatalf("malformed key %q", s.Key)
		}
		subs := []store.Subject{{Key: s.Key, Label: s.Label, Holder: s.Holder, Thing: s.Thing, Location: s.Location}}
		if s.Key != "" {
			if got, _, ok := MatchSubject(s.Key, subs); !ok || got.Key != s.Key {
				t.Fatalf("key %q does not match itself", s.Key)
			}
		}
		MatchSubject(q, subs)
		ContentWords(q)
		Outlets(q)
		parseAsOf(q)
	})
}

func TestLexicalJudge(t *testing.T) {
	claim := "The army will withdraw all troops from the northern province"
	tests := []struct {
		text, want string
	}{
		{"The army will withdraw all its troops from the northern province by May.", JudgeSupports},
		{"Officials said the army will not withdraw troops from the northern province.", JudgeDenies},
		{"Troops in the region were resupplied on Monday.", JudgeObserves},
		{"The football season starts next week.", JudgeUnrelated},
	}
	for _, tc := range tests {
		if got, _ := (LexicalJudge{}).Judge(claim, tc.text); got != tc.want {
			t.Errorf("Judge(%q) = %s, want %s", tc.text, got, tc.want)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	text := "First one. Second one!\nThird line\n\nFourth? End"
	var got []string
	for _, s := range SplitSentences(text) {
		got = append(got, s.Of(text))
	}
	if strings.Join(got, "|") != "First one.|Second one!|Third line|Fourth?|End" {
		t.Errorf("SplitSentences = %q", got)
	}
}

func BenchmarkMinHash(b *testing.B) {
	text := strings.Join(story(3, 12), "\n\n")
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		MinHash(text)
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkSubjectOf(b *testing.B) {
	f := &extract.Figure{Unit: "American service members", Holder: "", Location: "Iraq and Syria"}
	for i := 0; i < b.N; i++ {
		SubjectOf(f)
	}
}

// fakeTx is an in-memory ledger.Tx.
type fakeTx struct {
	figs    map[string][]store.FigureRow
	limit   int
	put     []SubjectState
	reviews []store.Review
}

func (f *fakeTx) SubjectFigures(_ context.Context, keys []string, limit int) (map[string][]store.FigureRow, error) {
	f.limit = limit
	out := map[string][]store.FigureRow{}
	for _, k := range keys {
		fs := append([]store.FigureRow(nil), f.figs[k]...)
		sort.Slice(fs, func(i, j int) bool { return fs[i].When.String() > fs[j].When.String() })
		out[k] = fs[:min(limit, len(fs))]
	}
	return out, nil
}

func (f *fakeTx) SubjectStats(_ context.Context, keys []string) (map[string]store.Subject, error) {
	out := map[string]store.Subject{}
	for _, k := range keys {
		out[k] = store.Subject{Key: k, Figures: len(f.figs[k])}
	}
	return out, nil
}

func (f *fakeTx) Reviews(context.Context) ([]store.Review, error) { return f.reviews, nil }

func (f *fakeTx) PutSubjects(_ context.Context, st []SubjectState) error {
	f.put = append(f.put, st...)
	return nil
}

// TestUpdateSubjectsBounded: a subject's update reads only its newest
// MaxPairedFigures figures, whatever its history, and takes its statistics
// from the store's counts.
func TestUpdateSubjectsBounded(t *testing.T) {
	tx := &fakeTx{figs: map[string][]store.FigureRow{}}
	day, _ := document.ParseDate("2000-01-01")
	for i := 0; i < MaxPairedFigures+100; i++ {
		r := fig{id: int64(i + 1), art: int64(i + 1), grp: int64(i + 1), v: float64(100 + i%7), src: fmt.Sprint("s", i%5)}.row()
		r.When = document.NewDate(day.Time().AddDate(0, 0, i))
		tx.figs["k"] = append(tx.figs["k"], *r)
	}
	if err := UpdateSubjects(context.Background(), tx, []string{"k", "k", ""}); err != nil {
		t.Fatal(err)
	}
	if tx.limit != MaxPairedFigures || len(tx.put) != 1 || tx.put[0].Subject.Figures != MaxPairedFigures+100 {
		t.Errorf("limit %d, put %+v", tx.limit, tx.put)
	}
	for _, p := range tx.put[0].Pairs {
		if p.A <= 100 || p.B <= 100 {
			t.Errorf("pair %+v uses a figure older than the newest %d", p, MaxPairedFigures)
		}
	}
}

func TestFoldSource(t *testing.T) {
	tests := []struct{ name, country, want string }{
		{"Egypt's health minister", "Egypt", "health ministry"},
		{"the Health Ministry", "Egypt", "health ministry"},
		{"Egyptian Health Ministry", "Egypt", "health ministry"},
		{"Human Rights Watch staffers", "Egypt", "human rights watch"},
		{"Syrian government", "Syria", "government"},
		{"Haiti's government", "Haiti", "government"},
		{"the government", "Haiti", "government"},
		{"Syria’s government", "Syria", "government"},
		{"Turkish government", "Syria", "turkish government"},
		{"US officials", "Haiti", "us"},
		{"officials", "Haiti", "officials"},
		// A demonym the folding table does not list, of the figure's own country.
		{"Haitian government", "Haiti", "government"},
		{"the Moldovan interior ministry", "Moldova", "interior ministry"},
		{"Chilean health officials", "Chile", "health"},
		{"Haitian government", "Dominican Republic", "haitian government"},
		{"Peruvian government", "Peru", "peruvian government"}, // too short a stem to derive safely
	}
	for _, tc := range tests {
		if got := foldSource(tc.name, tc.country); got != tc.want {
			t.Errorf("foldSource(%q, %q) = %q, want %q", tc.name, tc.country, got, tc.want)
		}
	}
}

func TestSoldiers(t *testing.T) {
	tests := []struct {
		counted, unit string
		want          bool
	}{
		{"members", "members", false},
		{"members", "military service members", true},
		{"troops", "troops", true},
		{"personnel", "armored personnel", true},
	}
	for _, tc := range tests {
		f := &extract.Figure{Event: extract.EventDeployed, Measure: "troops deployed", Counted: document.Str(tc.counted), Unit: document.Str(tc.unit)}
		if got := knownMeasure(f); got != tc.want {
			t.Errorf("deployed %q (%q): knownMeasure = %v, want %v", tc.unit, tc.counted, got, tc.want)
		}
	}
}

// Bodies found so far are a floor of the toll: 40,000 bodies buried does
// not contradict an estimate of 50,000 dead, 75,000 bodies contradicts "up
// to 50,000".
func TestRemainsAreAFloor(t *testing.T) {
	bodies := &extract.Figure{Value: fp(40000), Unit: "bodies", Event: extract.EventKilled, Measure: "people killed"}
	if lo, hi, _ := Interval(bodies); lo != 40000 || !math.IsInf(hi, 1) {
		t.Errorf("40,000 bodies: [%g, %g], want [40000, +Inf)", lo, hi)
	}
	dead := &extract.Figure{Value: fp(40000), Unit: "dead", Event: extract.EventKilled, Measure: "people killed"}
	if _, hi, _ := Interval(dead); hi != 40000 {
		t.Errorf("40,000 dead: high %g, want 40000", hi)
	}
}

// TestScoreLinkClasses pins the classes of wrong links found by reading
// real ledgers (eval links): a denial links to what it denies, not to any
// claim that shares a word, a name or an outlet with it.
func TestScoreLinkClasses(t *testing.T) {
	pub, _ := document.ParseDate("2021-03-04")
	// Article 1: sentence A (0–80) then the denial (81–160), then far text.
	denialSent := document.Span{Start: 81, End: 160}
	deny := func(speaker, target, content, sentence string) *LinkFrom {
		st := &extract.Statement{Speaker: document.Str(speaker), Stance: extract.Denies, Target: document.Str(target), Content: content, Sentence: denialSent}
		return &LinkFrom{Statement: st, Article: 1, Group: 1, Published: pub, Target: target, Content: content, Sentence: sentence}
	}
	stmt := func(article int64, speaker, text string, sent document.Span) *LinkCandidate {
		return &LinkCandidate{Kind: "statement", ID: 10 + article, Article: article, Group: article, Published: pub,
			Outlet: "Daily Courier", Speaker: speaker, Stance: extract.Asserts, Text: text, Sentence: sent}
	}
	previous := document.Span{Start: 0, End: 80}
	far := document.Span{Start: 2000, End: 2100}
	tests := []struct {
		name string
		from *LinkFrom
		c    *LinkCandidate
		want bool
	}{
		{"'those comments' finds the comments in the sentence before",
			deny("Lena Ortiz", "those comments", "those comments", "But the chairwoman, Lena Ortiz, later dismissed those comments."),
			stmt(1, "Paul Grady", "the company would have to sell its refineries", previous), true},
		{"'those comments' does not reach a claim far down the article",
			deny("Lena Ortiz", "those comments", "those comments", "But the chairwoman, Lena Ortiz, later dismissed those comments."),
			stmt(1, "Paul Grady", "the company would have to sell its refineries", far), false},
		{"one shared word is not the claim denied",
			deny("Mayor Tom Hollis", "playing politics", "playing politics", "Aides to Mayor Tom Hollis denied playing politics."),
			stmt(1, "council member", "it would be wrong to inject politics into the budget talks", far), false},
		{"a name inside the proposition denied is not its source",
			deny("information minister", "that President Arno Velt is stepping down", "President Arno Velt is stepping down",
				"The information minister denies that President Arno Velt is stepping down, state TV reported."),
			stmt(1, "Arno Velt", "he has delegated powers to his deputy", far), false},
		{"the article's own outlet is no source the denial names",
			deny("Ruth Amsel", "a remark on Courier Live that the government is stable", "a remark on Courier Live that the government is stable",
				"In an interview on Daily Courier's Courier Live, Ruth Amsel disputed a remark that the government is stable."),
			stmt(1, "web monitors", "the servers of the main provider were down on Friday", far), false},
		{"another outlet's copy of the denial is not what it denies",
			deny("Interior Ministry", "claims of curfews in parts of the country", "claims of curfews in parts of the country",
				"The Interior Ministry denied claims of curfews in parts of the country, the state agency reported."),
			stmt(2, "state agency", "The Interior Ministry denied claims of curfews in parts of the country, the state agency reported.", document.Span{}), false},
		{"the speaker's own line elsewhere is not a claim they deny",
			deny("Interior Ministry", "claims of curfews in parts of the country", "claims of curfews in parts of the country",
				"The Interior Ministry denied claims of curfews in parts of the country."),
			stmt(2, "Interior Ministry", "curfews in parts of the country are being enforced by the police", document.Span{}), false},
		{"two shared words in another report are chance",
			deny("Interior Ministry", "claims of curfews in parts of the country", "claims of curfews in parts of the country",
				"The Interior Ministry denied claims of curfews in parts of the country."),
			stmt(2, "President Arno Velt", "he asked the government to resign after crowds across the country defied a curfew", document.Span{}), false},
		{"a claim sharing the denied words in another article",
			deny("Interior Ministry", "claims of curfews in the northern provinces", "claims of curfews in the northern provinces",
				"The Interior Ministry denied claims of curfews in the northern provinces."),
			stmt(2, "opposition activists", "night curfews were imposed across the northern provinces", document.Span{}), true},
	}
	for _, tc := range tests {
		// The stance model may agree with any pair: the rules must hold
		// with it at its most agreeable.
		for _, judge := range []Judge{nil, fixedJudge{JudgeDenies}} {
			conf, reasons := ScoreLink(tc.from, tc.c, judge)
			if got := conf >= LinkThreshold; got != tc.want {
				t.Errorf("%s (judge %v): confidence %.2f %v, want linked %v", tc.name, judge != nil, conf, reasons, tc.want)
			}
		}
	}
}

func TestScoreLinkCarrier(t *testing.T) {
	sent := document.Span{Start: 0, End: 90}
	st := &extract.Statement{Speaker: "Human Rights Monitor", Stance: extract.Confirms, Cue: "confirmed", Content: "about 300 deaths", Sentence: sent}
	from := &LinkFrom{Statement: st, Article: 1, Content: st.Content, Sentence: "Human Rights Monitor has confirmed about 300 deaths, said an activist of the Initiative."}
	carrier := &LinkCandidate{Kind: "statement", ID: 2, Article: 1, Speaker: "activist", Stance: extract.Asserts,
		Text: "Human Rights Monitor has confirmed about 300 deaths", Sentence: sent}
	if conf, reasons := ScoreLink(from, carrier, nil); conf >= LinkThreshold {
		t.Errorf("the statement carrying the confirmation is linked as what it confirms: %.2f %v", conf, reasons)
	}
}

func TestScoreLinkOwnFigureAndMentions(t *testing.T) {
	sent := document.Span{Start: 0, End: 120}
	st := &extract.Statement{Speaker: "Rights Monitor staff", Stance: extract.Confirms, Cue: "confirmed", Content: "more than 120 deaths in three cities", Sentence: sent}
	from := &LinkFrom{Statement: st, Article: 1, Content: st.Content,
		Sentence: "Rights Monitor staff have confirmed more than 120 deaths in three cities, according to a researcher for the group."}
	own := &LinkCandidate{Kind: "figure", ID: 2, Article: 1, Speaker: "researcher for the group", Value: fp(120),
		Text: from.Sentence, Sentence: sent}
	if conf, reasons := ScoreLink(from, own, nil); conf >= LinkThreshold {
		t.Errorf("a confirmation is linked to the figure it states itself: %.2f %v", conf, reasons)
	}
	pub, _ := document.ParseDate("2021-05-02")
	dn := &extract.Statement{Speaker: "network official", Stance: extract.Confirms, Cue: "confirmed",
		Content: "police detained six journalists of Gulf News Channel", Target: "police detained six journalists of Gulf News Channel"}
	from2 := &LinkFrom{Statement: dn, Article: 1, Published: pub, Target: string(dn.Target), Content: dn.Content,
		Sentence: "Police detained six journalists of Gulf News Channel, a network official confirmed."}
	comment := &LinkCandidate{Kind: "statement", ID: 3, Article: 7, Published: pub, Speaker: "reader", Stance: extract.Asserts,
		Text: "the Gulf News Channel reporters were lucky the police only detained them"}
	if conf, reasons := ScoreLink(from2, comment, nil); conf >= LinkThreshold {
		t.Errorf("a claim in another article that merely mentions the outlet is linked: %.2f %v", conf, reasons)
	}
}

func TestSameBody(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"council spokesman", "Brackley council", true},
		{"Norcom", "a Norcom spokesman", true},
		{"government", "Tarvian government", true},
		{"US officials", "Iraqi officials", false},
		{"Promoter Paul Gant", "Conrad Hale", false},
		{"", "", false},
		{"officials", "Iraqi officials", false}, // role words alone name no body
	}
	for _, tc := range tests {
		if got := sameBody(tc.a, tc.b); got != tc.want {
			t.Errorf("sameBody(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

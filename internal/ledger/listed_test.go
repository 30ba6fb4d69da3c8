package ledger

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// lfig is one figure of a fictional outbreak or disaster report, for the
// tests of what a listed discrepancy must not be.
type lfig struct {
	id, art       int64
	pub, asOf     string // as-of "" = the publication day, filled in
	v             float64
	approx, unit  string
	src, stype    string
	event, scope  string
	start, sentAt int // byte offsets of the figure and its sentence
}

func (g lfig) row() store.FigureRow {
	d, _ := document.ParseDate(g.pub)
	f := store.FigureRow{ID: g.id, Origin: store.Origin{Article: store.ArticleID(g.art), Group: g.art, Published: d, Outlet: "wire"}}
	f.Value = fp(g.v)
	f.Text = strings.TrimSpace(fmt.Sprintf("%s %g %s", g.approx, g.v, g.unit))
	f.Approx, f.Unit, f.Source, f.SourceType = document.Str(g.approx), document.Str(g.unit), document.Str(g.src), document.Str(g.stype)
	f.Event, f.Scope, f.Counted = document.Str(g.event), document.Str(g.scope), "people"
	switch g.event {
	case extract.EventKilled:
		f.Measure = "people killed"
	case extract.EventCases:
		f.Measure, f.Counted = "cases", "cases"
	case extract.EventInNeed:
		f.Measure = "people in need"
	case extract.EventAmount:
		f.Measure, f.Counted = "barrels of oil a day", "barrels"
	}
	f.Location, f.Country, f.LocationBasis = "Ruritania", "Ruritania", extract.BasisStated
	f.AsOf, f.AsOfBasis = document.Str(g.pub), extract.BasisPublished
	if g.asOf != "" {
		f.AsOf, f.AsOfBasis = document.Str(g.asOf), extract.BasisStated
	}
	f.Span = document.Span{Start: g.start, End: g.start + 5}
	f.Sentence = document.Span{Start: g.sentAt, End: g.sentAt + 200}
	f.When = When(&f.Figure, d)
	return f
}

// TestListedLookAlikes: pairs a reporter would not call a dispute, each
// beside the genuine pair that differs from it only in what the rule
// reads, so that the rule is shown to decide and not merely to stay quiet.
func TestListedLookAlikes(t *testing.T) {
	for _, c := range []struct {
		name   string
		a, b   lfig
		listed bool
	}{
		// A count of places is not a count of cases ("40 cases in five
		// states"), whatever the sentence's measure.
		{"states counted as cases",
			lfig{1, 1, "2009-04-28", "", 20, "", "confirmed cases", "health ministry", "government", "cases", "cumulative", 0, 0},
			lfig{2, 2, "2009-04-28", "", 5, "", "US states", "Centers for Disease Control", "government", "cases", "cumulative", 0, 0}, false},
		{"hospitals counted as deaths",
			lfig{1, 1, "2011-02-01", "", 80, "", "deaths", "Human Rights Watch", "ngo", "killed", "cumulative", 0, 0},
			lfig{2, 2, "2011-02-01", "", 2, "", "hospitals", "health ministry", "government", "killed", "cumulative", 0, 0}, false},
		{"cases against cases (genuine)",
			lfig{1, 1, "2009-04-28", "", 20, "", "confirmed cases", "health ministry", "government", "cases", "cumulative", 0, 0},
			lfig{2, 2, "2009-04-28", "", 50, "", "cases", "Physicians Union", "ngo", "cases", "cumulative", 0, 0}, true},
		// One day's reports: the count stated for yesterday is the earlier
		// state of today's higher one.
		{"yesterday's lower toll, today's higher",
			lfig{1, 1, "2009-04-27", "2009-04-26", 86, "up to", "people", "Vale Medical Association", "ngo", "killed", "cumulative", 0, 0},
			lfig{2, 2, "2009-04-27", "", 103, "", "dead", "health ministry", "government", "killed", "cumulative", 0, 0}, false},
		{"yesterday's higher toll, today's lower (genuine)",
			lfig{1, 1, "2009-04-27", "2009-04-26", 160, "", "people", "Vale Medical Association", "ngo", "killed", "cumulative", 0, 0},
			lfig{2, 2, "2009-04-27", "", 103, "", "dead", "health ministry", "government", "killed", "cumulative", 0, 0}, true},
		// A count dated only by its month against a day's count.
		{"a month's earlier state against a day's count",
			lfig{1, 1, "2009-05-02", "2009-04", 60, "", "people", "government", "government", "killed", "cumulative", 0, 0},
			lfig{2, 2, "2009-04-27", "", 100, "more than", "people", "Medical Association", "ngo", "killed", "cumulative", 0, 0}, false},
		{"two counts of the same day (genuine)",
			lfig{1, 1, "2009-05-02", "2009-04-27", 60, "", "people", "government", "government", "killed", "cumulative", 0, 0},
			lfig{2, 2, "2009-04-27", "", 100, "more than", "people", "Medical Association", "ngo", "killed", "cumulative", 0, 0}, true},
		// A long live page or blog: undated counts far apart are entries
		// of different days.
		{"undated counts far apart in one blog",
			lfig{1, 1, "2009-06-30", "", 4322, "", "cases", "Health Agency", "government", "cases", "cumulative", 3000, 2990},
			lfig{2, 1, "2009-06-30", "", 664, "", "confirmed cases", "Vale Medical Association", "ngo", "cases", "cumulative", 40000, 39990}, false},
		{"undated counts a paragraph apart (genuine)",
			lfig{1, 1, "2009-06-30", "", 4322, "", "cases", "Health Agency", "government", "cases", "cumulative", 3000, 2990},
			lfig{2, 1, "2009-06-30", "", 664, "", "confirmed cases", "Vale Medical Association", "ngo", "cases", "cumulative", 3600, 3590}, true},
		// One tally read at two hours the same day: less than the
		// approximation apart is no dispute; further apart it is.
		{"25 and 26 deaths the same day",
			lfig{1, 1, "2009-05-04", "", 25, "", "fatalities", "government", "government", "killed", "cumulative", 0, 0},
			lfig{2, 2, "2009-05-04", "", 26, "", "deaths", "Vale Medical Association", "ngo", "killed", "cumulative", 0, 0}, false},
		{"25 and 31 deaths the same day (genuine)",
			lfig{1, 1, "2009-05-04", "", 25, "", "fatalities", "government", "government", "killed", "cumulative", 0, 0},
			lfig{2, 2, "2009-05-04", "", 31, "", "deaths", "Vale Medical Association", "ngo", "killed", "cumulative", 0, 0}, true},
		// A figure a plan gives is what was planned: set against a count
		// it is a plan-vs-count question, not a discrepancy.
		{"a well's planned production against the flow",
			lfig{1, 1, "2010-06-18", "", 15000, "", "barrels", "BP exploration plans", "company", "amount", "rate", 0, 0},
			lfig{2, 2, "2010-06-18", "", 35000, "about", "barrels", "Coast Guard", "military", "amount", "rate", 0, 0}, false},
		{"the company's own estimate against the flow (genuine)",
			lfig{1, 1, "2010-06-18", "", 15000, "", "barrels", "BP", "company", "amount", "rate", 0, 0},
			lfig{2, 2, "2010-06-18", "", 35000, "about", "barrels", "Coast Guard", "military", "amount", "rate", 0, 0}, true},
		// People in need of one thing or another, reported apart.
		{"needs of two reports",
			lfig{1, 1, "2010-01-29", "", 1e6, "up to", "people", "United Nations", "intergovernmental", "in need", "cumulative", 0, 0},
			lfig{2, 2, "2010-01-29", "", 3e6, "", "people", "Red Cross", "ngo", "in need", "cumulative", 0, 0}, false},
		{"needs one article compares (genuine)",
			lfig{1, 1, "2010-01-29", "", 1e6, "", "people", "United Nations", "intergovernmental", "in need", "cumulative", 0, 0},
			lfig{2, 1, "2010-01-29", "", 3e6, "", "people", "Red Cross", "ngo", "in need", "cumulative", 400, 390}, true},
		// Reports of different days are ordered by the days their texts
		// give: a timeline printed a week later that recounts the count of
		// an earlier day is the count's earlier state.
		{"a timeline's earlier lower count, printed later",
			lfig{1, 1, "2009-05-02", "2009-04-25", 60, "", "people", "government", "government", "killed", "cumulative", 0, 0},
			lfig{2, 2, "2009-04-27", "", 100, "more than", "people", "Medical Association", "ngo", "killed", "cumulative", 0, 0}, false},
		{"a timeline's earlier higher count, printed later (genuine)",
			lfig{1, 1, "2009-05-02", "2009-04-26", 160, "", "people", "government", "government", "killed", "cumulative", 0, 0},
			lfig{2, 2, "2009-04-27", "", 100, "", "people", "Medical Association", "ngo", "killed", "cumulative", 0, 0}, true},
		// Across reports, each side must say who counted: a source of no
		// known kind (a spokesman quoting "the local police", a fragment
		// read as a name) is not a second account of the country's toll.
		{"a source of no known kind in another report",
			lfig{1, 1, "2010-01-16", "", 50000, "", "bodies", "Interior Minister", "government", "killed", "cumulative", 0, 0},
			lfig{2, 2, "2010-01-16", "", 8000, "about", "people", "Ana Ortiz", "unknown", "killed", "cumulative", 0, 0}, false},
		{"two sources of known kinds in two reports (genuine)",
			lfig{1, 1, "2010-01-16", "", 50000, "", "people", "Interior Minister", "government", "killed", "cumulative", 0, 0},
			lfig{2, 2, "2010-01-16", "", 8000, "about", "people", "Red Cross", "ngo", "killed", "cumulative", 0, 0}, true},
		{"a source of no known kind beside another in one article (genuine)",
			lfig{1, 1, "2010-01-16", "", 50000, "", "people", "Interior Minister", "government", "killed", "cumulative", 0, 0},
			lfig{2, 1, "2010-01-16", "", 8000, "about", "people", "Ana Ortiz", "unknown", "killed", "cumulative", 400, 390}, true},
	} {
		a, b := c.a.row(), c.b.row()
		kind, note := Compare(&a, &b)
		if got := kind == store.DisputeFigures; got != c.listed {
			t.Errorf("%s: Compare = %q %s, want listed %v", c.name, kind, note, c.listed)
		}
	}
}

// TestBreakdownParts: the items of a breakdown in one sentence (they add
// up to another figure of it) are set against nothing; a sentence whose
// figures do not add up keeps them all.
func TestBreakdownParts(t *testing.T) {
	// Article 1, one sentence: three new cases, one in the north and two in
	// the capital, eight in all; article 2 the next day: a UK total of 2
	// from a body that disputes nothing but would meet the items.
	sentence := func(id int64, v float64, start int) lfig {
		return lfig{id, 1, "2009-04-30", "", v, "", "cases", "Department of Health", "government", "cases", "cumulative", start, 100}
	}
	more := func(id int64, v float64, start int) lfig {
		g := sentence(id, v, start)
		g.approx, g.unit = "", "more cases"
		return g
	}
	for _, c := range []struct {
		name  string
		figs  []lfig
		parts []int64
	}{
		{"three new: one and two", []lfig{sentence(1, 3, 110), sentence(2, 1, 140), sentence(3, 2, 170), sentence(4, 8, 200)}, []int64{2, 3}},
		{"a flow and its two leaks", []lfig{sentence(1, 95000, 110), sentence(2, 70000, 140), sentence(3, 25000, 170)}, []int64{2, 3}},
		{"figures that do not add up", []lfig{sentence(1, 3, 110), sentence(2, 1, 140), sentence(3, 6, 170), sentence(4, 8, 200)}, nil},
		{"an item of an addition", []lfig{more(1, 3, 110), sentence(2, 2, 140)}, []int64{2}},
		{"a total after an addition", []lfig{more(1, 3, 110), sentence(2, 11, 140)}, nil},
		{"two figures only", []lfig{sentence(1, 3, 110), sentence(2, 3, 140)}, nil},
	} {
		var rows []store.FigureRow
		for _, g := range c.figs {
			rows = append(rows, g.row())
		}
		got := breakdownParts(rows)
		if len(got) != len(c.parts) {
			t.Errorf("%s: parts %v, want %v", c.name, got, c.parts)
			continue
		}
		for _, id := range c.parts {
			if !got[id] {
				t.Errorf("%s: parts %v, want %v", c.name, got, c.parts)
			}
		}
	}
	// Through Derive: the item "two" (in the capital) against an
	// independent source's total of 12 the same day is no pair; the
	// sentence's own total of 8 against it is.
	three := sentence(1, 3, 110)
	three.unit = "new cases"
	rows := []store.FigureRow{three.row(), sentence(2, 1, 140).row(), sentence(3, 2, 170).row(), sentence(4, 8, 200).row(),
		lfig{5, 2, "2009-04-30", "", 12, "", "cases", "Vale University researchers", "expert", "cases", "cumulative", 0, 0}.row()}
	st := Derive("|cases|ruritania", rows)
	var pairs [][2]int64
	for _, p := range st.Pairs {
		if p.Kind == store.DisputeFigures {
			pairs = append(pairs, [2]int64{p.A, p.B})
			for _, id := range []int64{p.A, p.B} {
				if id == 2 || id == 3 {
					t.Errorf("breakdown item %d in a pair: %+v", id, p)
				}
			}
		}
	}
	if len(pairs) != 1 {
		t.Errorf("pairs %v, want the total 8 against 12 only", pairs)
	}
}

// TestEarlierStages: a sentence recounting a count's stages ("first 1,000,
// then 5,000, now 100,000") gives its earlier stages as history: they are
// set against no other report, the last stage is. Two figures, or figures
// that do not rise in the order written (a toll and its part: "37 killed,
// 20 of them children"), are no history.
func TestEarlierStages(t *testing.T) {
	at := func(id int64, v float64, start int) lfig {
		return lfig{id, 1, "2010-06-20", "", v, "", "barrels", "congressman", "government", "amount", "rate", start, 100}
	}
	for _, c := range []struct {
		name   string
		figs   []lfig
		stages []int64
	}{
		{"three stages", []lfig{at(1, 1000, 110), at(2, 5000, 140), at(3, 100000, 170)}, []int64{1, 2}},
		{"written out of order", []lfig{at(1, 5000, 140), at(2, 1000, 110), at(3, 100000, 170)}, []int64{1, 2}},
		{"not rising", []lfig{at(1, 37, 110), at(2, 20, 140), at(3, 45, 170)}, nil},
		{"two figures", []lfig{at(1, 1000, 110), at(2, 5000, 140)}, nil},
	} {
		var rows []store.FigureRow
		for _, g := range c.figs {
			rows = append(rows, g.row())
		}
		got := earlierStages(rows, nil)
		if len(got) != len(c.stages) {
			t.Errorf("%s: stages %v, want %v", c.name, got, c.stages)
			continue
		}
		for _, id := range c.stages {
			if !got[id] {
				t.Errorf("%s: stages %v, want %v", c.name, got, c.stages)
			}
		}
	}
	// Through Derive: another outlet's estimate of about 60,000 the same
	// day is set against the last stage only; against the early 1,000 and
	// 5,000 it is no dispute.
	rows := []store.FigureRow{at(1, 1000, 110).row(), at(2, 5000, 140).row(), at(3, 100000, 170).row(),
		lfig{4, 2, "2010-06-20", "", 60000, "about", "barrels", "Oil experts", "expert", "amount", "rate", 0, 0}.row()}
	pairs := 0
	for _, p := range Derive("|barrels of oil a day|us", rows).Pairs {
		if p.Kind != store.DisputeFigures {
			continue
		}
		pairs++
		if p.A == 1 || p.A == 2 || p.B == 1 || p.B == 2 {
			t.Errorf("an earlier stage in a pair: %+v", p)
		}
	}
	if pairs != 1 {
		t.Errorf("%d pairs, want the last stage against the estimate only", pairs)
	}
}

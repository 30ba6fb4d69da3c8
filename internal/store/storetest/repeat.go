package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
)

// repeatCorpus: one outlet prints the same related-links line, with a toll
// in it, under three different stories; another outlet prints it once.
func repeatCorpus() []*extract.Result {
	const line = "Related: Gunmen kill 14 at a checkpoint near Idlib, monitors say."
	bodies := []string{
		"The foreign ministers met in Geneva for a second day of talks on a ceasefire and humanitarian corridors across the north.",
		"Wheat prices in Aleppo markets have tripled since the winter, traders said, as bakeries closed for lack of flour and fuel.",
		"A convoy of forty lorries carrying blankets and medicine crossed from Turkey at dawn, the first in three weeks, aid workers said.",
		"Parliament in Amman debated a bill on work permits for refugees, with several deputies demanding quotas for local hires.",
	}
	outlets := []string{"Wire One", "Wire One", "Wire One", "Daily Two"}
	days := []string{"2013-03-01", "2013-03-04", "2013-03-09", "2013-03-10"}
	var out []*extract.Result
	for i, body := range bodies {
		d := newDoc(body+" "+line, days[i], outlets[i], "").
			toll("14", 14, "", "people killed", "Syria", "monitors", extract.SourceActivists, extract.ScopeIncident)
		out = append(out, d.r)
	}
	return out
}

// testRepeatedLine: a line an outlet repeats on many pages is one report:
// its first printing joins the subject, the repeats join nothing (no
// figure count, no timeline point); another outlet printing it is another
// report; a relink gives the same.
func testRepeatedLine(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	for _, r := range repeatCorpus() {
		if _, err := s.SaveBatch(ctx, []*extract.Result{r}); err != nil {
			t.Fatal(err)
		}
	}
	check := func(when string) {
		subs, err := s.Subjects(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got := -1
		for _, x := range subs {
			if x.Label == "people killed · Syria" {
				got = x.Figures
			}
		}
		if got != 2 {
			t.Errorf("%s: people killed · Syria has %d figures, want 2 (Wire One's first printing, Daily Two's)", when, got)
		}
		tl, err := s.Timeline(ctx, "people killed · Syria")
		if err != nil {
			t.Fatal(err)
		}
		if len(tl.Figures) != 2 {
			t.Errorf("%s: timeline has %d figures, want 2", when, len(tl.Figures))
		}
	}
	check("ingest")
	relinkSame(t, ctx, s)
	check("relink")
}

// RepeatCorpus is repeatCorpus for a store's own tests (concurrent saves
// of a repeated line).
func RepeatCorpus() []*extract.Result { return repeatCorpus() }

// outletCaseCases: one line printed under a new story each day by outlets
// whose names differ in case, ASCII or not, and by outlets whose names
// merely look alike. ledger.Repeat compares outlets with
// strings.EqualFold, so a store's lookup of a line's earlier printings by
// its outlet key must find every printing EqualFold would count.
var outletCaseCases = []struct{ outlet, body string }{
	{"Ämter Post", "The foreign ministers met in Geneva for a second day of talks on a ceasefire and humanitarian corridors."},
	{"ÄMTER POST", "Wheat prices in Aleppo markets have tripled since the winter, traders said, as bakeries closed for lack of flour."},
	{"ämter post", "A convoy of forty lorries carrying blankets and medicine crossed from Turkey at dawn, aid workers said."},
	{"Kyiv Post", "Parliament in Amman debated a bill on work permits for refugees, with deputies demanding quotas for local hires."},
	{"\u212Ayiv Post", "Fuel queues stretched for a kilometre in Latakia as the port waited for a tanker delayed by the storm."}, // Kelvin sign
	{"Amter Post", "Teachers in Homs reopened two schools in a former warehouse, with desks donated by a church charity."},
	{"Ostseeſtimme", "Fishermen in Tartus said the winter catch was the poorest in a decade and blamed trawlers from the south."}, // long s
	{"OSTSEESTIMME", "A hospital in Qamishli ran its generators for a week on diesel bought from smugglers at twice the price."},
	{"σταθμος", "Engineers restored the water pumping station at Khafsa after a month without power, the utility said."}, // final sigma
	{"ΣΤΑΘΜΟΣ", "Bus drivers in Damascus struck for a day over unpaid wages, leaving commuters to walk across the city."},
	{"σταθμοσ", "Farmers near Hama planted barley late after the rains failed in November, an agronomist told reporters."},
	{"İstanbul Daily", "Border guards at Kilis counted more than two hundred families waiting at the crossing by nightfall."}, // dotted capital I
	{"istanbul daily", "A court in Beirut adjourned the trial of three smugglers until the spring after a witness failed to appear."},
}

// testRepeatedLineAcrossOutletCase: the same line printed again by an
// outlet whose name comes in another case is a repeat and joins no
// subject; an outlet whose name only looks alike is another report. The
// expected count follows EqualFold (ledger.Repeat's comparison), not a
// list: a store whose outlet key splits what EqualFold joins (a database
// whose lower() folds ASCII only, say) files repeats as reports. Ingest
// and relink agree.
func testRepeatedLineAcrossOutletCase(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	const line = "Related: Gunmen kill 14 at a checkpoint near Idlib, monitors say."
	want := 0
	for i, c := range outletCaseCases {
		first := true
		for _, e := range outletCaseCases[:i] {
			if strings.EqualFold(e.outlet, c.outlet) {
				first = false
			}
		}
		if first {
			want++
		}
		day := fmt.Sprintf("2013-03-%02d", i+1)
		r := newDoc(c.body+" "+line, day, c.outlet, "").
			toll("14", 14, "", "people killed", "Syria", "monitors", extract.SourceActivists, extract.ScopeIncident).r
		if _, err := s.SaveBatch(ctx, []*extract.Result{r}); err != nil {
			t.Fatal(err)
		}
	}
	if want != 7 {
		t.Fatalf("corpus: EqualFold finds %d first printings, the test was written for 7", want)
	}
	check := func(when string) {
		subs, err := s.Subjects(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got := -1
		for _, x := range subs {
			if x.Label == "people killed · Syria" {
				got = x.Figures
			}
		}
		if got != want {
			t.Errorf("%s: people killed · Syria has %d figures, want %d (one per outlet as EqualFold tells them apart)", when, got, want)
		}
	}
	check("ingest")
	relinkSame(t, ctx, s)
	check("relink")
}

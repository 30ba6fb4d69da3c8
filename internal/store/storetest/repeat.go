package storetest

import (
	"context"
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
	check("relink")
}

// RepeatCorpus is repeatCorpus for a store's own tests (concurrent saves
// of a repeated line).
func RepeatCorpus() []*extract.Result { return repeatCorpus() }

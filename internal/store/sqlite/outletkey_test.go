package sqlite

import (
	"context"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// TestOutletKeyIsEqualFold: two outlet names have one key exactly when
// strings.EqualFold (ledger.Repeat's comparison) calls them equal, so that
// looking up a line's earlier printings by key finds every printing Repeat
// would count, and only those of outlets it could.
func TestOutletKeyIsEqualFold(t *testing.T) {
	names := []string{
		"Wire One", "WIRE ONE", "wire one", "Wire  One", "Wire On",
		"Ämter Post", "ÄMTER POST", "ämter post", "Amter Post",
		"Kyiv Post", "\u212Ayiv Post", // Kelvin sign folds with k
		"Ostseeſtimme", "OSTSEESTIMME", // long s folds with s
		"ΣΤΑΘΜΟΣ", "σταθμος", "σταθμοσ", "σταθμoς", // final sigma; Latin o
		"", " ", "\xff", "\xfe", // invalid bytes decode alike
	}
	for _, a := range names {
		for _, b := range names {
			if got, want := outletKey(a) == outletKey(b), strings.EqualFold(a, b); got != want {
				t.Errorf("outletKey(%q)==outletKey(%q) is %v, EqualFold %v", a, b, got, want)
			}
		}
	}
}

// TestRepeatedLineAcrossOutletCase: the same line printed again by an
// outlet whose name comes in another case (ASCII or not) is a repeat and
// joins no subject, as ledger.Repeat says; the same line from another
// outlet is another report. Ingest and relink agree.
func TestRepeatedLineAcrossOutletCase(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	const line = "Related: Gunmen kill 14 at a checkpoint near Idlib, monitors say."
	bodies := []string{
		"The foreign ministers met in Geneva for a second day of talks on a ceasefire and humanitarian corridors.",
		"Wheat prices in Aleppo markets have tripled since the winter, traders said, as bakeries closed for lack of flour.",
		"A convoy of forty lorries carrying blankets and medicine crossed from Turkey at dawn, aid workers said.",
		"Parliament in Amman debated a bill on work permits for refugees, with deputies demanding quotas for local hires.",
		"Fuel queues stretched for a kilometre in Latakia as the port waited for a tanker delayed by the storm.",
		"Teachers in Homs reopened two schools in a former warehouse, with desks donated by a church charity.",
	}
	// Ämter Post prints it first; its repeats come under other spellings.
	outlets := []string{"Ämter Post", "ÄMTER POST", "ämter post", "Kyiv Post", "\u212Ayiv Post", "Amter Post"}
	days := []string{"2013-03-01", "2013-03-02", "2013-03-03", "2013-03-04", "2013-03-05", "2013-03-06"}
	for i, body := range bodies {
		text := body + " " + line
		d := document.New(text)
		d.Published, _ = document.ParseDate(days[i])
		d.Source = document.Str(outlets[i])
		s := strings.Index(text, "14")
		v := 14.0
		f := extract.Figure{Text: "14", Value: &v, Unit: "people", Location: "Syria", Country: "Syria", Source: "monitors",
			SourceType: extract.SourceActivists, Measure: "people killed", Scope: extract.ScopeIncident, Event: extract.EventKilled,
			Counted: "people", LocationBasis: extract.BasisStated, AsOfBasis: extract.BasisPublished,
			Span: document.Span{Start: s, End: s + 2}, Sentence: document.Span{Start: len(body) + 1, End: len(text)}}
		r := &extract.Result{Doc: d, Figures: []extract.Figure{f},
			Sentences: []document.Span{{Start: 0, End: len(body)}, {Start: len(body) + 1, End: len(text)}}}
		if _, err := db.SaveBatch(ctx, []*extract.Result{r}); err != nil {
			t.Fatal(err)
		}
	}
	check := func(when string) {
		subs, err := db.Subjects(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got := -1
		for _, x := range subs {
			if x.Label == "people killed · Syria" {
				got = x.Figures
			}
		}
		// Ämter Post's first printing, Kyiv Post's, Amter Post's.
		if got != 3 {
			t.Errorf("%s: people killed · Syria has %d figures, want 3", when, got)
		}
	}
	check("ingest")
	if _, err := db.Relink(ctx); err != nil {
		t.Fatal(err)
	}
	check("relink")
}

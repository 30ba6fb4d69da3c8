package ledger

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// An outlet's repeated line (a related-links footer, a background paragraph)
// is one report: only its first printing takes part in pairs.
func TestDropRepeats(t *testing.T) {
	row := func(id, group int64, outlet, text string, sentLen int) *store.FigureRow {
		return &store.FigureRow{ID: id, Origin: store.Origin{Group: group, Outlet: outlet},
			Figure: extract.Figure{Text: text, Sentence: document.Span{Start: 100, End: 100 + sentLen}}}
	}
	in := []*store.FigureRow{
		row(1, 10, "cnn", "2 men", 80),
		row(2, 11, "CNN", "2 men", 80),  // the same footer on another page: dropped
		row(3, 12, "cnn", "2 men", 95),  // another sentence: kept
		row(4, 13, "bbc", "2 men", 80),  // another outlet: kept
		row(5, 10, "cnn", "2 men", 80),  // same article group (a second mention): kept
		row(6, 14, "", "37 people", 60), // unknown outlet: kept
		row(7, 15, "", "37 people", 60), // unknown outlet: kept
	}
	var got []int64
	for _, f := range dropRepeats(in) {
		got = append(got, f.ID)
	}
	want := []int64{1, 3, 4, 5, 6, 7}
	if len(got) != len(want) {
		t.Fatalf("kept %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("kept %v, want %v", got, want)
		}
	}
}

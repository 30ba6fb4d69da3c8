package ledger

import (
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"testing"

	"github.com/claimtrack/claimtrack/internal/store"
)

// A subject's update with the memo of the one before gives exactly what
// deriving from scratch gives, whatever arrives: figures in date order,
// late ones dated before the window, copies of a story, an outlet's
// repeated line, running totals of one source (revisions), the newest
// figures leaving older ones out of the window.
func TestDeriveMemoMatchesDerive(t *testing.T) {
	sources := []struct{ src, stype, outlet string }{
		{"Syrian Observatory for Human Rights", "activists", "wire"},
		{"state television", "government", "daily"},
		{"United Nations", "intergovernmental", "wire"},
		{"Local Coordination Committees", "activists", "daily"},
		{"", "", "daily"}, // the article's own figure
	}
	scopes := []string{"", "cumulative", "incident"}
	for _, tc := range []struct {
		name          string
		window, batch int
		late          float64 // share of figures dated before the newest
	}{
		{"in order, window never full", 400, 7, 0},
		{"in order, sliding window", 40, 5, 0},
		{"late figures, sliding window", 30, 3, 0.2},
		{"one figure a batch", 25, 1, 0.1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewSource(7))
			var all []store.FigureRow
			var memo *PairMemo
			day, id, pairs, reused := 0, int64(0), 0, 0
			for b := 0; b < 60; b++ {
				for k := 0; k < tc.batch; k++ {
					id++
					day += rng.Intn(3)
					d := day
					if rng.Float64() < tc.late {
						d = max(0, day-20-rng.Intn(30))
					}
					s := sources[rng.Intn(len(sources))]
					art := id
					if rng.Intn(5) == 0 && id > 1 {
						art = id - 1 // a second figure of the previous article
					}
					grp := art
					if rng.Intn(6) == 0 {
						grp = 1000 + int64(rng.Intn(4)) // copies of a few stories
					}
					v := float64(50 + 10*rng.Intn(30))
					f := fig{id: id, art: art, grp: grp, v: v, pub: fmt.Sprintf("2012-%02d-%02d", 1+d/28%12, 1+d%28),
						src: s.src, stype: s.stype, outlet: s.outlet, scope: scopes[rng.Intn(len(scopes))], sent: int(id % 4)}
					if rng.Intn(4) == 0 {
						f.approx = "more than"
					}
					all = append(all, *f.row())
				}
				// What SubjectFigures gives: the newest window figures.
				win := append([]store.FigureRow(nil), all...)
				sort.Slice(win, func(i, j int) bool {
					if win[i].When != win[j].When {
						return win[j].When.String() < win[i].When.String()
					}
					return win[i].ID > win[j].ID
				})
				win = win[:min(tc.window, len(win))]
				want := Derive("k", append([]store.FigureRow(nil), win...))
				var got SubjectState
				if memo != nil {
					reused += len(memo.cands)
				}
				got, memo = derive("k", append([]store.FigureRow(nil), win...), memo)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("batch %d: with memo\n%+v\nfrom scratch\n%+v", b, got.Pairs, want.Pairs)
				}
				pairs += len(want.Pairs)
			}
			if pairs < 100 || reused == 0 {
				t.Errorf("the case exercises too little: %d pairs over all batches, %d memo entries reused", pairs, reused)
			}
		})
	}
}

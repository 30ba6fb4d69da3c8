package ledger

import (
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/extract"

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

// bruteCandidates is what candidates gave before it was indexed: every
// two figures within reach set against each other by compare.
func bruteCandidates(vs []*store.FigureRow, cmp *comparer) map[int64][]memoCand {
	out := map[int64][]memoCand{}
	for i, a := range vs {
		reach := time.Duration(24*windowDays) * time.Hour
		if _, to, ok := TimeRange(&a.Figure, a.Published); ok && !a.When.IsZero() {
			reach = to.Sub(a.When.Time()) + CumulativeSlack + UndatedSpan
		}
		for j := i + 1; j < len(vs); j++ {
			b := vs[j]
			if !a.When.IsZero() && !b.When.IsZero() && b.When.Time().Sub(a.When.Time()) > reach {
				break
			}
			kind, note := cmp.compare(a, b)
			if kind == "" || kind == store.DisputeRevision {
				continue
			}
			out[a.ID] = append(out[a.ID], memoCand{b: b.ID, kind: kind, note: note, score: Strength(kind, a, b, 1), sig: pairSig(kind, a, b)})
		}
	}
	return out
}

// The checks candidates makes before compare (each figure may be a side,
// the two intervals are apart, across articles the two time ranges meet)
// only skip pairs compare would not make candidates: over windows of
// every kind of figure the candidates are those of comparing every two,
// from scratch and with the memo of the window before.
func TestCandidatesMatchAllPairs(t *testing.T) {
	sources := []struct{ src, stype string }{
		{"Syrian Observatory for Human Rights", "activists"}, {"state television", "government"},
		{"United Nations", "intergovernmental"}, {"Local Coordination Committees", "activists"},
		{"a resident", ""}, {"", ""}, {"health ministry", "government"},
	}
	scopes := []string{"", "cumulative", "incident", "period", "rate"}
	approx := []string{"", "", "more than", "about", "up to", "nearly", "estimated"}
	asOf := []string{"", "", "", "2012-02", "2012", "2012-02-10"}
	units := []string{"", "", "", "bodies", "people"}
	for seed := int64(1); seed <= 20; seed++ {
		rng := rand.New(rand.NewSource(seed))
		var all []store.FigureRow
		var memo *PairMemo
		id, compared := int64(0), 0
		for batch := 0; batch < 12; batch++ {
			for k := 0; k < 15; k++ {
				id++
				d := batch*2 + rng.Intn(3)
				art := id / 3
				s := sources[rng.Intn(len(sources))]
				f := fig{id: id, art: art, grp: art, v: float64(20 + 5*rng.Intn(40)), pub: fmt.Sprintf("2012-02-%02d", 1+d),
					src: s.src, stype: s.stype, scope: scopes[rng.Intn(len(scopes))], approx: approx[rng.Intn(len(approx))],
					asOf: asOf[rng.Intn(len(asOf))], unit: units[rng.Intn(len(units))], sent: rng.Intn(3), recalled: rng.Intn(10) == 0}
				if rng.Intn(8) == 0 {
					f.grp = 500 // a copied story
				}
				r := f.row()
				if rng.Intn(6) == 0 {
					r.Value, r.Low = nil, fp(f.v) // a floor alone
				}
				if rng.Intn(5) == 0 {
					r.Certainty = extract.CertaintyConfirmed
				}
				all = append(all, *r)
			}
			win := newestWindow(all, 120)
			vs := make([]*store.FigureRow, 0, len(win))
			for i := range win {
				vs = append(vs, &win[i])
			}
			sort.SliceStable(vs, func(i, j int) bool {
				if vs[i].When != vs[j].When {
					return vs[i].When.String() < vs[j].When.String()
				}
				return vs[i].ID < vs[j].ID
			})
			newCmp := func() *comparer {
				parts := breakdownParts(win)
				return &comparer{src: map[int64]string{}, name: map[int64]string{}, meas: map[int64]bool{}, inc: map[int64]bool{}, part: parts, stage: earlierStages(win, parts)}
			}
			want := bruteCandidates(vs, newCmp())
			for _, c := range want {
				compared += len(c)
			}
			got, _ := candidates(vs, newCmp(), nil)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d batch %d, from scratch: got %d figures' candidates, want %d\n%v\n%v", seed, batch, len(got), len(want), got, want)
			}
			got, memo = candidates(vs, newCmp(), memo)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d batch %d, with memo: got %v, want %v", seed, batch, got, want)
			}
		}
		if compared < 20 {
			t.Errorf("seed %d: only %d candidate pairs; the case exercises too little", seed, compared)
		}
	}
}

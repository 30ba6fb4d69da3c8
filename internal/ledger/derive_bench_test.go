package ledger

import (
	"fmt"
	"math/rand"
	"sort"
	"testing"

	"github.com/claimtrack/claimtrack/internal/store"
)

// benchWindow builds n figures of one subject as a busy story gives them:
// a few sources' counts of unstated, running-total and incident scope,
// some bounds, copies of a few stories, several figures an article, over
// some two months (all within a figure's reach of the others).
func benchWindow(rng *rand.Rand, firstID int64, n int, day0 int, odd int) []store.FigureRow {
	sources := []struct{ src, stype, outlet string }{
		{"Syrian Observatory for Human Rights", "activists", "wire"},
		{"state television", "government", "daily"},
		{"United Nations", "intergovernmental", "wire"},
		{"Local Coordination Committees", "activists", "daily"},
		{"", "", "daily"},
	}
	scopes := []string{"", "cumulative", "incident"}
	out := make([]store.FigureRow, 0, n)
	for k := 0; k < n; k++ {
		id := firstID + int64(k)
		d := day0 + k/7
		s := sources[rng.Intn(len(sources))]
		art := id / 3
		grp := art
		if rng.Intn(6) == 0 {
			grp = 1000000 + int64(rng.Intn(4))
		}
		// A running toll that grows by the day, which one report in odd
		// puts a third higher or a fifth lower than the others.
		v := float64(100 + 2*d)
		switch rng.Intn(odd) {
		case 0:
			v = float64(int(v * 1.3))
		case 1:
			v = float64(int(v * 0.8))
		}
		f := fig{id: id, art: art, grp: grp, v: v, pub: fmt.Sprintf("2012-%02d-%02d", 1+d/28%12, 1+d%28),
			src: s.src, stype: s.stype, outlet: s.outlet, scope: scopes[rng.Intn(len(scopes))], sent: int(id % 3)}
		if rng.Intn(4) == 0 {
			f.approx = "more than"
		}
		out = append(out, *f.row())
	}
	return out
}

// newestWindow is what SubjectFigures gives: the newest n figures.
func newestWindow(all []store.FigureRow, n int) []store.FigureRow {
	win := append([]store.FigureRow(nil), all...)
	sort.Slice(win, func(i, j int) bool {
		if win[i].When != win[j].When {
			return win[j].When.String() < win[i].When.String()
		}
		return win[i].ID > win[j].ID
	})
	return win[:min(n, len(win))]
}

// BenchmarkDeriveFullWindow is one article's update of a subject whose
// window (MaxPairedFigures) is full: three new figures arrive, three old
// ones leave, and the memo of the previous update is at hand, as in a
// long ingest. Its cost per op is the ledger's per-article cost once a
// busy subject has filled up.
//
// "agreeing": one report in 50 is off the others' count (a few pairs in
// the window); "disputed": one in 4 is (some 200 pairs, a worst case).
func BenchmarkDeriveFullWindow(b *testing.B) {
	for _, bc := range []struct {
		name string
		odd  int
	}{{"agreeing", 100}, {"disputed", 8}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			rng := rand.New(rand.NewSource(11))
			all := benchWindow(rng, 1, MaxPairedFigures, 0, bc.odd)
			_, memo := derive("k", newestWindow(all, MaxPairedFigures), nil)
			next := int64(len(all) + 1)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				all = append(all, benchWindow(rng, next, 3, int(next)/7, bc.odd)...)
				next += 3
				all = newestWindow(all, MaxPairedFigures)
				win := append([]store.FigureRow(nil), all...)
				b.StartTimer()
				_, memo = derive("k", win, memo)
			}
		})
	}
}

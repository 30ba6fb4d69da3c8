package ledger

import (
	"sort"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/store"
)

// PairMemo is what Derive found out about the figures of one subject that
// stays true while they are stored unchanged: for every two of them within
// reach of each other, whether they make a candidate pair, of which kind,
// with which note, strength and signature. Comparing every figure with
// every other is what a subject's update costs; with the memo of the
// previous update, only the figures that are new in the window are
// compared (with all the others), so an update costs what its new figures
// cost, and the result is exactly what Derive without a memo gives
// (TestDeriveMemoMatchesDerive). A memo belongs to one set of reviews: the
// store drops it whenever the data changes other than by its own saves.
type PairMemo struct {
	figs map[int64]memoFigure
	// cands[a] are the candidate pairs (a, b) with a before b in date
	// order, every b a figure of figs.
	cands map[int64][]memoCand
}

// memoFigure is what identifies a figure in the memo: a figure whose
// stored text, date or group differ is another one.
type memoFigure struct {
	text  string
	when  document.Date
	group int64
}

type memoCand struct {
	b          int64
	kind, note string
	score      float64
	sig        string
}

func memoKey(f *store.FigureRow) memoFigure {
	return memoFigure{text: f.Text, when: f.When, group: f.Group}
}

// candidates returns the candidate pairs among vs (valued figures in date
// order) and the memo that covers them: pairs of figures the memo knows
// come from it, every other pair is compared. Pairs of figures the window
// no longer holds leave the memo.
func candidates(vs []*store.FigureRow, cmp *comparer, old *PairMemo) (map[int64][]memoCand, *PairMemo) {
	known := make([]bool, len(vs))
	if old != nil {
		for i, f := range vs {
			if k, ok := old.figs[f.ID]; ok && k == memoKey(f) {
				known[i] = true
			}
		}
	}
	memo := &PairMemo{figs: make(map[int64]memoFigure, len(vs)), cands: map[int64][]memoCand{}}
	pos := make(map[int64]int, len(vs))
	for i, f := range vs {
		memo.figs[f.ID] = memoKey(f)
		pos[f.ID] = i
	}
	// Each figure's day as a time, zero when undated.
	ts := make([]time.Time, len(vs))
	for i, f := range vs {
		if !f.When.IsZero() {
			ts[i] = f.When.Time()
		}
	}
	for i, a := range vs {
		var out []memoCand
		if known[i] {
			for _, c := range old.cands[a.ID] {
				if j, ok := pos[c.b]; ok && known[j] {
					out = append(out, c)
				}
			}
		}
		// b starts on or after a; past the end of a's time range (plus the
		// slack and, within one article, the undated span) nothing is
		// comparable any more.
		reach := time.Duration(24*windowDays) * time.Hour
		if _, to, ok := TimeRange(&a.Figure, a.Published); ok && !a.When.IsZero() {
			reach = to.Sub(ts[i]) + CumulativeSlack + UndatedSpan
		}
		fresh := len(out)
		for j := i + 1; j < len(vs); j++ {
			if !ts[i].IsZero() && !ts[j].IsZero() && ts[j].Sub(ts[i]) > reach {
				break
			}
			if known[i] && known[j] {
				continue // in the memo
			}
			b := vs[j]
			kind, note := cmp.compare(a, b)
			if kind == "" || kind == store.DisputeRevision {
				continue
			}
			out = append(out, memoCand{b: b.ID, kind: kind, note: note, score: Strength(kind, a, b, 1), sig: pairSig(kind, a, b)})
		}
		if fresh > 0 && fresh < len(out) {
			sort.SliceStable(out, func(x, y int) bool { return pos[out[x].b] < pos[out[y].b] })
		}
		if len(out) > 0 {
			memo.cands[a.ID] = out
		}
	}
	return memo.cands, memo
}

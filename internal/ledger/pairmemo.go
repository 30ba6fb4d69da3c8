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
	// revs[{a, b}] is what compare said of a and b, two figures of one
	// source's chain of revisions (kind "" when no revision), with the
	// pair's signature when it is one.
	revs map[[2]int64]memoCand
}

// revision is compare(a, b) for a step of a source's chain of revisions,
// and the pair's signature when it is a revision: from old when it knows
// both figures, else compared; either way kept in m.
func (m *PairMemo) revision(a, b *store.FigureRow, cmp *comparer, old *PairMemo) (kind, note, sig string) {
	k := [2]int64{a.ID, b.ID}
	if old != nil {
		if c, ok := old.revs[k]; ok && old.figs[a.ID] == m.figs[a.ID] && old.figs[b.ID] == m.figs[b.ID] {
			m.revs[k] = c
			return c.kind, c.note, c.sig
		}
	}
	kind, note = cmp.compare(a, b)
	if kind == store.DisputeRevision {
		sig = pairSig(kind, a, b)
	}
	m.revs[k] = memoCand{b: b.ID, kind: kind, note: note, sig: sig}
	return kind, note, sig
}

// memoFigure is what identifies a figure in the memo: a figure whose
// stored text, date or group differ is another one. Whether it is an item
// of a breakdown or an earlier stage depends on the other figures of its
// sentence that the window holds (one leaves the window before the rest
// when the window's edge splits an article): a figure whose standing
// changed is compared afresh too.
type memoFigure struct {
	text        string
	when        document.Date
	group       int64
	part, stage bool
}

type memoCand struct {
	b          int64
	kind, note string
	score      float64
	sig        string
}

func memoKey(f *store.FigureRow, cmp *comparer) memoFigure {
	return memoFigure{text: f.Text, when: f.When, group: f.Group, part: cmp.part[f.ID], stage: cmp.stage[f.ID]}
}

// candidates returns the candidate pairs among vs (valued figures in date
// order) and the memo that covers them: pairs of figures the memo knows
// come from it, every other pair is compared. Pairs of figures the window
// no longer holds leave the memo.
func candidates(vs []*store.FigureRow, cmp *comparer, old *PairMemo) (map[int64][]memoCand, *PairMemo) {
	known := make([]bool, len(vs))
	if old != nil {
		for i, f := range vs {
			if k, ok := old.figs[f.ID]; ok && k == memoKey(f, cmp) {
				known[i] = true
			}
		}
	}
	memo := &PairMemo{figs: make(map[int64]memoFigure, len(vs)), cands: map[int64][]memoCand{}, revs: map[[2]int64]memoCand{}}
	pos := make(map[int64]int, len(vs))
	for i, f := range vs {
		memo.figs[f.ID] = memoKey(f, cmp)
		pos[f.ID] = i
	}
	// Each figure's day as a time, zero when undated, and how far after
	// it a later figure is still within its reach (past the end of its
	// time range, plus the slack and, within one article, the undated
	// span, nothing is comparable any more).
	ts := make([]time.Time, len(vs))
	reach := make([]time.Duration, len(vs))
	for i, f := range vs {
		reach[i] = time.Duration(24*windowDays) * time.Hour
		if !f.When.IsZero() {
			ts[i] = f.When.Time()
			if _, to, ok := TimeRange(&f.Figure, f.Published); ok {
				reach[i] = to.Sub(ts[i]) + CumulativeSlack + UndatedSpan
			}
		}
	}
	// What can make a candidate pair at all: compare gives a dispute or a
	// planned-vs-count pair only between two figures that may each be a
	// side (sideOf) and whose intervals do not overlap. Checked first,
	// these leave compare only the pairs that can be candidates; the
	// known figures meet only the new ones (pairs of two known figures
	// are in the memo), so an update costs what its new figures cost.
	side := make([]bool, len(vs))
	lo, hi := make([]float64, len(vs)), make([]float64, len(vs))
	// Across articles, compare also needs the two figures' time ranges
	// known, neither historical, and within CumulativeSlack of each other
	// (comparableTime); dated is false when a figure's range is unknown.
	from, to := make([]time.Time, len(vs)), make([]time.Time, len(vs))
	dated := make([]bool, len(vs))
	var fresh []int // positions of the figures the memo does not know
	for i, f := range vs {
		lo[i], hi[i], side[i] = cmp.sideOf(f)
		if side[i] {
			from[i], to[i], dated[i] = TimeRange(&f.Figure, f.Published)
			dated[i] = dated[i] && !historical(&f.Figure)
		}
		if !known[i] {
			fresh = append(fresh, i)
		}
	}
	apart := func(i, j int) bool {
		// Not "lo[i] > hi[j] || lo[j] > hi[i]": a NaN bound overlaps
		// nothing in compare's test, and must not here.
		if !side[i] || !side[j] || lo[i] <= hi[j] && lo[j] <= hi[i] {
			return false
		}
		if vs[i].Article == vs[j].Article {
			return true
		}
		return dated[i] && dated[j] && !from[i].After(to[j].Add(CumulativeSlack)) && !from[j].After(to[i].Add(CumulativeSlack))
	}
	within := func(i, j int) bool { // j after i in date order
		return ts[i].IsZero() || ts[j].IsZero() || ts[j].Sub(ts[i]) <= reach[i]
	}
	pair := func(i, j int) (memoCand, bool) {
		a, b := vs[i], vs[j]
		kind, note := cmp.compare(a, b)
		if kind == "" || kind == store.DisputeRevision {
			return memoCand{}, false
		}
		return memoCand{b: b.ID, kind: kind, note: note, score: Strength(kind, a, b, 1), sig: pairSig(kind, a, b)}, true
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
		reused := len(out)
		if side[i] {
			if known[i] {
				// Only the new figures after it.
				for _, j := range fresh[sort.SearchInts(fresh, i+1):] {
					if !within(i, j) {
						break
					}
					if apart(i, j) {
						if c, ok := pair(i, j); ok {
							out = append(out, c)
						}
					}
				}
			} else {
				for j := i + 1; j < len(vs) && within(i, j); j++ {
					if apart(i, j) {
						if c, ok := pair(i, j); ok {
							out = append(out, c)
						}
					}
				}
			}
		}
		if reused > 0 && reused < len(out) {
			sort.SliceStable(out, func(x, y int) bool { return pos[out[x].b] < pos[out[y].b] })
		}
		if len(out) > 0 {
			memo.cands[a.ID] = out
		}
	}
	return memo.cands, memo
}

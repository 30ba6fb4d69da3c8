package ledger

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/store"
)

// Pair is one derived relation between two figures of a subject: a
// discrepancy, a planned-vs-count difference or a revision. A is the
// earlier figure (or the lower id at one date).
type Pair struct {
	Kind    string
	A, B    int64
	Day     string // newest date involved
	Note    string
	Score   float64
	Reports int // independent reports behind the two sides
	Sig     string
}

// SubjectState is everything the ledger derives for one subject from its
// figures: the statistics and the pairs. It is a function of the subject's
// stored figures only, so updating the subjects an article touches gives
// what recomputing everything gives.
type SubjectState struct {
	Subject store.Subject
	Pairs   []Pair
}

// Tx is what the ledger needs from a store inside one write transaction:
// batched reads of subjects' figures and batched writes of what is derived
// from them. Implementations hold SQL only.
type Tx interface {
	// SubjectFigures returns, per key, the newest limit figures (by day,
	// then id, descending) of the latest article versions filed under it.
	SubjectFigures(ctx context.Context, keys []string, limit int) (map[string][]store.FigureRow, error)
	// SubjectStats counts, per key, the figures, articles and independent
	// reports (dup groups) of the latest versions, and their first and last
	// days (Key, Figures, Articles, Groups, First, Last).
	SubjectStats(ctx context.Context, keys []string) (map[string]store.Subject, error)
	// PutSubjects replaces each subject's statistics and pairs.
	PutSubjects(ctx context.Context, states []SubjectState) error
	// Reviews returns the audit log (store.Store.Reviews, unfiltered).
	Reviews(ctx context.Context) ([]store.Review, error)
}

// PairMemos is implemented by a Tx that keeps each subject's PairMemo
// between updates: PairMemo returns the memo of the subject's previous
// update, nil when there is none or the figures or reviews it knew may
// have changed since; PutPairMemo hands over the memo of this update, to
// keep if the transaction commits.
type PairMemos interface {
	PairMemo(key string) *PairMemo
	PutPairMemo(key string, m *PairMemo)
}

// UpdateSubjects recomputes the given subjects from their stored figures
// and writes them back. Keys are processed in sorted order (stores that
// lock per key take the locks in that order).
func UpdateSubjects(ctx context.Context, tx Tx, keys []string) error {
	keys = uniqueSorted(keys)
	if len(keys) == 0 {
		return nil
	}
	rs, err := tx.Reviews(ctx)
	if err != nil {
		return fmt.Errorf("ledger: reviews: %w", err)
	}
	ov := NewOverrides(rs)
	memos, _ := tx.(PairMemos)
	const chunk = 64
	for i := 0; i < len(keys); i += chunk {
		part := keys[i:min(i+chunk, len(keys))]
		figs, err := tx.SubjectFigures(ctx, part, MaxPairedFigures)
		if err != nil {
			return fmt.Errorf("ledger: subject figures: %w", err)
		}
		stats, err := tx.SubjectStats(ctx, part)
		if err != nil {
			return fmt.Errorf("ledger: subject stats: %w", err)
		}
		states := make([]SubjectState, 0, len(part))
		for _, k := range part {
			var st SubjectState
			if memos != nil {
				var m *PairMemo
				st, m = ov.DeriveMemo(k, figs[k], memos.PairMemo(k))
				memos.PutPairMemo(k, m)
			} else {
				st = ov.Derive(k, figs[k])
			}
			if x, ok := stats[k]; ok {
				st.Subject = x
			} else {
				st.Subject = store.Subject{Key: k}
			}
			states = append(states, st)
		}
		if err := tx.PutSubjects(ctx, states); err != nil {
			return fmt.Errorf("ledger: put subjects: %w", err)
		}
	}
	return nil
}

func uniqueSorted(keys []string) []string {
	out := make([]string, 0, len(keys))
	seen := map[string]bool{}
	for _, k := range keys {
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// MaxPairedFigures bounds the figures of a subject set against each other:
// the newest ones. Updating a subject then costs the same however long its
// history grows, and recomputing from scratch still gives what incremental
// updates give (both see the same newest figures). Older figures stay on
// the timeline; their pairs are those of when they were among the newest.
const MaxPairedFigures = 400

// maxPairsPerFigure bounds the pairs one figure takes part in, so that a
// subject reported a thousand times does not yield a million pairs.
const maxPairsPerFigure = 3

// Derive computes a subject's statistics and pairs from its figures.
func Derive(key string, figs []store.FigureRow) SubjectState {
	st, _ := derive(key, figs, nil)
	return st
}

// derive is Derive with the memo of an earlier derivation of the subject
// (nil for none); it returns the memo of this one.
func derive(key string, figs []store.FigureRow, old *PairMemo) (SubjectState, *PairMemo) {
	st := SubjectState{Subject: store.Subject{Key: key}}
	arts, groups := map[store.ArticleID]bool{}, map[int64]bool{}
	// Each figure's day as text, formatted once: the first and last days
	// and the date order below compare these.
	days := make([]string, len(figs))
	first, last := "", ""
	for i := range figs {
		f := &figs[i]
		arts[f.Article] = true
		groups[f.Group] = true
		d := f.When.String()
		days[i] = d
		if d != "" && (st.Subject.First.IsZero() || d < first) {
			st.Subject.First, first = f.When, d
		}
		if d > last {
			st.Subject.Last, last = f.When, d
		}
	}
	st.Subject.Figures, st.Subject.Articles, st.Subject.Groups = len(figs), len(arts), len(groups)

	// Valued figures in date order (each figure's date read once).
	parts := breakdownParts(figs)
	cmp := &comparer{src: map[int64]string{}, name: map[int64]string{}, meas: map[int64]bool{}, inc: map[int64]bool{}, part: parts, stage: earlierStages(figs, parts)}
	type dated struct {
		f   *store.FigureRow
		day string
	}
	var ds []dated
	for i := range figs {
		if _, _, ok := Interval(&figs[i].Figure); ok && !figs[i].Negated && !cmp.increment(&figs[i]) {
			ds = append(ds, dated{&figs[i], days[i]})
		}
	}
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].day != ds[j].day {
			return ds[i].day < ds[j].day
		}
		return ds[i].f.ID < ds[j].f.ID
	})
	valued := make([]*store.FigureRow, len(ds))
	for i := range ds {
		valued[i] = ds[i].f
	}
	vs := dropRepeats(append([]*store.FigureRow(nil), valued...))
	type acc struct {
		p      Pair
		groups map[int64]bool
	}
	bySig := map[string]*acc{}
	var order []string
	used := map[int64]int{}
	byFig := make(map[int64]*store.FigureRow, len(vs))
	for _, f := range vs {
		byFig[f.ID] = f
	}
	// Accepted pairs by their two sources: a pair restating one of them
	// (the same two sources' accounts within a day, which onePerDispute
	// makes one card) joins it without using up either figure's share of
	// pairs, so that a dispute restated by many copies does not crowd a
	// figure's other disputes out.
	bySources := map[string][]string{}
	sourcesOf := func(a, b *store.FigureRow) string {
		x, y := cmp.sourceKey(a), cmp.sourceKey(b)
		if x > y {
			x, y = y, x
		}
		return x + "|" + y
	}
	add := func(kind, note, sig string, a, b *store.FigureRow) {
		if x, ok := bySig[sig]; ok {
			x.groups[a.Group], x.groups[b.Group] = true, true
			return
		}
		if kind != store.DisputeRevision {
			day := a.When.String()
			if b.When.String() > day {
				day = b.When.String()
			}
			p := Pair{Kind: kind, A: a.ID, B: b.ID, Day: day}
			for _, qs := range bySources[sourcesOf(a, b)] {
				if x := bySig[qs]; x.p.Kind == kind && sameDispute(p, x.p, byFig, cmp.named) {
					x.groups[a.Group], x.groups[b.Group] = true, true
					return
				}
			}
		}
		if used[a.ID] >= maxPairsPerFigure || used[b.ID] >= maxPairsPerFigure {
			return
		}
		used[a.ID]++
		used[b.ID]++
		day := a.When.String()
		if b.When.String() > day {
			day = b.When.String()
		}
		bySig[sig] = &acc{p: Pair{Kind: kind, A: a.ID, B: b.ID, Day: day, Note: note, Sig: sig}, groups: map[int64]bool{a.Group: true, b.Group: true}}
		order = append(order, sig)
		k := sourcesOf(a, b)
		bySources[k] = append(bySources[k], sig)
	}
	// Every candidate pair first, then the strongest kept: the cap per
	// figure drops the weakest pairs, not the last ones in date order.
	// Candidates are compared among all valued figures (the memo stays
	// whole when a repeat leaves or joins) and kept between figures that
	// are not repeats; ties in strength go in date order.
	all, memo := candidates(valued, cmp, old)
	kept := make(map[int64]int, len(vs))
	for i, f := range vs {
		kept[f.ID] = i
	}
	type cand struct {
		c    *memoCand
		a, b *store.FigureRow
		i, j int
	}
	var cands []cand
	restated := restatedRanges(valued)
	for i, a := range vs {
		for k := range all[a.ID] {
			c := &all[a.ID][k]
			if j, ok := kept[c.b]; ok {
				if staleAgainst(a, vs[j], restated) || staleAgainst(vs[j], a, restated) {
					continue
				}
				cands = append(cands, cand{c, a, vs[j], i, j})
			}
		}
	}
	sort.Slice(cands, func(x, y int) bool {
		if cands[x].c.score != cands[y].c.score {
			return cands[x].c.score > cands[y].c.score
		}
		if cands[x].i != cands[y].i {
			return cands[x].i < cands[y].i
		}
		return cands[x].j < cands[y].j
	})
	for _, c := range cands {
		add(c.c.kind, c.c.note, c.c.sig, c.a, c.b)
	}
	// Revisions: each source's consecutive figures, dated apart, that
	// disagree. The source as named: one minister's toll raised is his
	// revision; another office of the same state giving another figure is
	// no dispute (compare), but no step of his chain either.
	bySource := map[string][]*store.FigureRow{}
	var sources []string
	for _, f := range vs {
		k := cmp.named(f)
		if _, ok := bySource[k]; !ok {
			sources = append(sources, k)
		}
		bySource[k] = append(bySource[k], f)
	}
	for _, k := range sources {
		fs := bySource[k]
		for i := 1; i < len(fs); i++ {
			// The previous figure of the source at an earlier date, of a
			// comparable scope.
			for j := i - 1; j >= 0; j-- {
				if fs[j].When == fs[i].When || !comparableScope(&fs[j].Figure, &fs[i].Figure) {
					continue
				}
				for j > 0 && fs[j-1].When == fs[j].When && comparableScope(&fs[j-1].Figure, &fs[i].Figure) && fs[j-1].AsOf != "PAST_REF" {
					j-- // the first report of that date (not an earlier state it recalls)
				}
				if kind, note, sig := memo.revision(fs[j], fs[i], cmp, old); kind == store.DisputeRevision {
					if _, ok := bySig[sig]; !ok {
						bySig[sig] = &acc{p: Pair{Kind: kind, A: fs[j].ID, B: fs[i].ID, Day: fs[i].When.String(), Note: note, Sig: sig}, groups: map[int64]bool{fs[j].Group: true, fs[i].Group: true}}
						order = append(order, sig)
					}
				}
				break
			}
		}
	}
	// Revisions a sentence states itself: the earlier count it gives and
	// the one that replaced it (see comparer.sentenceRevision).
	type sentKey struct {
		art  store.ArticleID
		sent document.Span
	}
	bySent := map[sentKey][]*store.FigureRow{}
	var sents []sentKey
	for _, f := range vs {
		if f.Sentence == (document.Span{}) {
			continue
		}
		k := sentKey{f.Article, f.Sentence}
		if _, ok := bySent[k]; !ok {
			sents = append(sents, k)
		}
		bySent[k] = append(bySent[k], f)
	}
	for _, k := range sents {
		fs := bySent[k]
		for i := range fs {
			for j := range fs {
				if i == j || !earlierState(fs[i], fs[j]) {
					continue
				}
				if kind, note := cmp.compare(fs[i], fs[j]); kind == store.DisputeRevision {
					sig := pairSig(kind, fs[i], fs[j])
					if _, ok := bySig[sig]; !ok {
						bySig[sig] = &acc{p: Pair{Kind: kind, A: fs[i].ID, B: fs[j].ID, Day: fs[j].When.String(), Note: note, Sig: sig}, groups: map[int64]bool{fs[i].Group: true}}
						order = append(order, sig)
					}
				}
			}
		}
	}
	byID := make(map[int64]*store.FigureRow, len(vs))
	for _, f := range vs {
		byID[f.ID] = f
	}
	for _, sig := range order {
		x := bySig[sig]
		x.p.Reports = len(x.groups)
		x.p.Score = Strength(x.p.Kind, byID[x.p.A], byID[x.p.B], x.p.Reports)
		st.Pairs = append(st.Pairs, x.p)
	}
	st.Pairs = onePerDispute(st.Pairs, byID, cmp.named)
	return st, memo
}

// restatedRanges finds the figures that restate an earlier report's
// range: an undated range ("estimates of the dead put at 45,000-50,000"
// in a background line) whose two bounds a figure of the subject gave
// more than CumulativeSlack before. A range is a distinctive account: met
// again days later without a date of its own, it is that account
// repeated, and it speaks of the day it was first given. figs are in date
// order; the map gives each restating figure that first day.
func restatedRanges(figs []*store.FigureRow) map[int64]document.Date {
	type bounds struct{ lo, hi float64 }
	first := map[bounds]document.Date{}
	out := map[int64]document.Date{}
	for _, f := range figs {
		if f.Low == nil || f.High == nil || f.When.IsZero() {
			continue
		}
		k := bounds{*f.Low, *f.High}
		d, seen := first[k]
		if !seen {
			first[k] = f.When
			continue
		}
		if assumedAsOf(&f.Figure, f.Published) && f.When.Time().Sub(d.Time()) > CumulativeSlack {
			out[f.ID] = d
		}
	}
	return out
}

// staleAgainst: x restates a range first given more than CumulativeSlack
// away from y's day, so it speaks of another time than y.
func staleAgainst(x, y *store.FigureRow, restated map[int64]document.Date) bool {
	d, ok := restated[x.ID]
	if !ok || y.When.IsZero() {
		return false
	}
	gap := y.When.Time().Sub(d.Time())
	if gap < 0 {
		gap = -gap
	}
	return gap > CumulativeSlack
}

// Derive is Derive with the reviews applied: figures take their corrected
// values and sources, rejected ones are out, and pairs ruled "not a
// dispute" are dropped.
func (o *Overrides) Derive(key string, figs []store.FigureRow) SubjectState {
	st, _ := o.DeriveMemo(key, figs, nil)
	return st
}

// DeriveMemo is Derive with the memo of the subject's previous derivation
// under the same reviews (nil for none), and the memo of this one: the
// result is the same, only cheaper when most figures are those of the
// memo.
func (o *Overrides) DeriveMemo(key string, figs []store.FigureRow, memo *PairMemo) (SubjectState, *PairMemo) {
	if o.Empty() {
		return derive(key, figs, memo)
	}
	kept := make([]store.FigureRow, 0, len(figs))
	for i := range figs {
		f := figs[i]
		if !o.Figure(&f) {
			kept = append(kept, f)
		}
	}
	st, memo := derive(key, kept, memo)
	pairs := st.Pairs[:0]
	for _, p := range st.Pairs {
		if !o.PairRejected(p.Sig) {
			pairs = append(pairs, p)
		}
	}
	st.Pairs = pairs
	return st, memo
}

// pairSig identifies a pair by what it says (kind, subject, the two
// intervals and sources), so that the same two accounts repeated by many
// reports are one pair.
// dropRepeats keeps the first of figures that an outlet printed again in
// the same sentence in another article: a related-links line at the foot
// of every page, a background paragraph carried from story to story. The
// repeat is the same report, not a new one, so it neither disputes nor
// corroborates anything. figs is in date order; the same figure text in a
// sentence of the same length stands for the same sentence.
func dropRepeats(figs []*store.FigureRow) []*store.FigureRow {
	type key struct {
		outlet, text string
		sentLen      int
	}
	seen := make(map[key]int64, len(figs))
	out := figs[:0]
	for _, f := range figs {
		k := key{strings.ToLower(f.Outlet), f.Text, f.Sentence.Len()}
		if g, ok := seen[k]; ok && g != f.Group && k.outlet != "" {
			continue
		}
		seen[k] = f.Group
		out = append(out, f)
	}
	return out
}

func pairSig(kind string, x, y *store.FigureRow) string {
	f := func(g *store.FigureRow) string {
		lo, hi, _ := Interval(&g.Figure)
		return fmt.Sprintf("%g:%g:%s:%s", lo, hi, strings.ToLower(string(g.Basis)), SourceKey(g))
	}
	p := []string{f(x), f(y)}
	if kind != store.DisputeRevision {
		sort.Strings(p)
	}
	return kind + "|" + x.Subject + "|" + p[0] + "|" + p[1]
}

// Estimates returns, for each date of a subject's figures, the low, best
// and high values across independent sources: each source counts once (its
// figure reported by the most independent reports, then the latest), best
// is the median of the sources' values. Figures without a value, negated
// ones and planned or projected ones are left out.
func Estimates(figs []store.FigureRow) []store.Estimate {
	type src struct {
		f      *store.FigureRow
		groups map[int64]bool
	}
	days := map[string]map[string]*src{}
	var order []string
	for i := range figs {
		f := &figs[i]
		if f.Negated || f.When.IsZero() || strings.EqualFold(string(f.Basis), "planned") || strings.EqualFold(string(f.Basis), "projected") {
			continue
		}
		if _, _, ok := Interval(&f.Figure); !ok {
			continue
		}
		d := f.When.String()
		if days[d] == nil {
			days[d] = map[string]*src{}
			order = append(order, d)
		}
		k := SourceKey(f)
		s := days[d][k]
		if s == nil {
			s = &src{f: f, groups: map[int64]bool{}}
			days[d][k] = s
		}
		s.groups[f.Group] = true
		if f.ID > s.f.ID {
			s.f = f
		}
	}
	sort.Strings(order)
	out := make([]store.Estimate, 0, len(order))
	for _, d := range order {
		e := store.Estimate{Low: math.Inf(1), High: math.Inf(-1)}
		e.Day, _ = document.ParseDate(d)
		var vals []float64
		groups := map[int64]bool{}
		keys := make([]string, 0, len(days[d]))
		for k := range days[d] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			s := days[d][k]
			lo, hi, _ := Interval(&s.f.Figure)
			v := point(&s.f.Figure.Value, lo, hi)
			vals = append(vals, v)
			e.Low = math.Min(e.Low, math.Min(lo, v))
			if math.IsInf(hi, 1) {
				hi = v
			}
			e.High = math.Max(e.High, math.Max(hi, v))
			name := string(s.f.Source)
			if name == "" {
				name = s.f.Outlet
			}
			e.Sources = append(e.Sources, name)
			e.Figures = append(e.Figures, s.f.ID)
			for g := range s.groups {
				groups[g] = true
			}
		}
		sort.Float64s(vals)
		e.Best = vals[len(vals)/2]
		if len(vals)%2 == 0 {
			e.Best = (vals[len(vals)/2-1] + vals[len(vals)/2]) / 2
		}
		e.Reports = len(groups)
		out = append(out, e)
	}
	return out
}

// point is a figure's single value: its value, else the middle of its
// range, else its one finite bound.
func point(v **float64, lo, hi float64) float64 {
	if *v != nil {
		return **v
	}
	if math.IsInf(hi, 1) {
		return lo
	}
	return (lo + hi) / 2
}

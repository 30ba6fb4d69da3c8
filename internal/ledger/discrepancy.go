package ledger

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// The approximation rule. A figure stands for an interval [Low, High]:
//   - an explicit range (Low/High set) is that range;
//   - "about", "roughly", "approximately", "around" and the like: value ±10%;
//   - "nearly", "almost": [value×0.9, value];
//   - "more than", "over", "at least": [value, +∞);
//   - "less than", "fewer than", "under", "at most", "up to": [0, value];
//   - "estimated" or basis "estimate": value ±20% (widening what the
//     modifier gave, if any);
//   - otherwise exactly the value.
//
// Two figures for one subject disagree when their intervals do not overlap
// and their times overlap (see TimeRange: the as-of date or range, else the
// 90 days before publication; each side widened by TimeSlack).
// A "planned" figure against a count is a different question: it is flagged
// as store.DisputePlanned, never as a discrepancy. Two planned figures that
// disagree are a discrepancy between plans.
const (
	ApproxTolerance   = 0.10
	EstimateTolerance = 0.20
	TimeSlack         = 31 * 24 * time.Hour
	UndatedSpan       = 90 * 24 * time.Hour
)

// Interval returns the range of values a figure admits; ok is false when the
// figure has no value.
func Interval(f *extract.Figure) (lo, hi float64, ok bool) {
	switch {
	case f.Low != nil && f.High != nil:
		lo, hi = *f.Low, *f.High
	case f.Value != nil:
		lo, hi = *f.Value, *f.Value
	case f.Low != nil:
		lo, hi = *f.Low, math.Inf(1)
	case f.High != nil:
		lo, hi = 0, *f.High
	default:
		return 0, 0, false
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	v := hi
	if f.Value != nil {
		v = *f.Value
	}
	switch strings.ToLower(strings.TrimSpace(string(f.Approx))) {
	case "about", "roughly", "approximately", "around", "some", "approx", "circa", "~", "or so":
		lo, hi = math.Min(lo, v*(1-ApproxTolerance)), math.Max(hi, v*(1+ApproxTolerance))
	case "nearly", "almost", "close to", "just under":
		lo = math.Min(lo, v*(1-ApproxTolerance))
	case "more than", "over", "at least", "above", "upwards of", "in excess of", "min", "just over":
		hi = math.Inf(1)
	case "less than", "fewer than", "under", "at most", "up to", "below", "max":
		lo = 0
	case "estimated", "estimate":
		lo, hi = math.Min(lo, v*(1-EstimateTolerance)), math.Max(hi, v*(1+EstimateTolerance))
	}
	if strings.EqualFold(string(f.Basis), extract.BasisEstimate) {
		lo = math.Min(lo, v*(1-EstimateTolerance))
		if !math.IsInf(hi, 1) {
			hi = math.Max(hi, v*(1+EstimateTolerance))
		}
	}
	return lo, hi, true
}

// TimeRange returns the days a figure is about: its as-of value when it
// parses (YYYY, YYYY-MM, YYYY-MM-DD, or a leading such prefix), else the
// UndatedSpan before publication: a news report gives the current count,
// which may be some weeks old. ok is false when neither is known.
func TimeRange(f *extract.Figure, published document.Date) (from, to time.Time, ok bool) {
	if f.AsOf == "PAST_REF" {
		// An undated earlier state ("a peak of 40,000") is comparable
		// with nothing.
		return time.Time{}, time.Time{}, false
	}
	if !assumedAsOf(f, published) {
		if from, to, ok = parseAsOf(string(f.AsOf)); ok {
			return from, to, true
		}
	}
	if published.IsZero() {
		return time.Time{}, time.Time{}, false
	}
	t := published.Time()
	return t.Add(-UndatedSpan), t, true
}

func parseAsOf(s string) (from, to time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, t, true
		}
	}
	if len(s) >= 7 {
		if t, err := time.Parse("2006-01", s[:7]); err == nil {
			return t, t.AddDate(0, 1, -1), true
		}
	}
	if len(s) >= 4 {
		if y, err := strconv.Atoi(s[:4]); err == nil && y > 1000 && (len(s) == 4 || s[4] < '0' || s[4] > '9') {
			t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			return t, t.AddDate(1, 0, -1), true
		}
	}
	return time.Time{}, time.Time{}, false
}

// assumedAsOf reports an as-of date that the text does not give: the
// publication date filled in by extraction. It holds for the days before
// publication, not that day alone.
func assumedAsOf(f *extract.Figure, published document.Date) bool {
	return f.AsOfBasis == extract.BasisPublished || f.AsOfBasis == "" && !published.IsZero() && string(f.AsOf) == published.String()
}

// When is the date shown for a figure: the start of its as-of range, else
// its publication date.
func When(f *extract.Figure, published document.Date) document.Date {
	if from, _, ok := parseAsOf(string(f.AsOf)); ok {
		return document.NewDate(from)
	}
	return published
}

// Side is one figure as the discrepancy rule sees it.
type Side struct {
	Figure    *extract.Figure
	Published document.Date
}

// Compare decides whether two figures of one subject conflict. kind is ""
// (no conflict), store.DisputeFigures or store.DisputePlanned; note explains
// the rule that fired.
func Compare(a, b Side) (kind, note string) {
	alo, ahi, ok1 := Interval(a.Figure)
	blo, bhi, ok2 := Interval(b.Figure)
	if !ok1 || !ok2 {
		return "", ""
	}
	af, at, ok1 := TimeRange(a.Figure, a.Published)
	bf, bt, ok2 := TimeRange(b.Figure, b.Published)
	if !ok1 || !ok2 {
		return "", ""
	}
	if af.After(bt.Add(TimeSlack)) || bf.After(at.Add(TimeSlack)) {
		return "", ""
	}
	if alo <= bhi && blo <= ahi {
		return "", ""
	}
	ap := strings.EqualFold(string(a.Figure.Basis), extract.BasisPlanned)
	bp := strings.EqualFold(string(b.Figure.Basis), extract.BasisPlanned)
	note = fmt.Sprintf("%s not within %s", rangeText(alo, ahi), rangeText(blo, bhi))
	if ap != bp {
		return store.DisputePlanned, note
	}
	return store.DisputeFigures, note
}

func rangeText(lo, hi float64) string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	switch {
	case lo == hi:
		return f(lo)
	case math.IsInf(hi, 1):
		return "[" + f(lo) + ", ∞)"
	default:
		return "[" + f(lo) + ", " + f(hi) + "]"
	}
}

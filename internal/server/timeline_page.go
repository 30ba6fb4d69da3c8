package server

import (
	"net/http"
	"net/url"
	"sort"
	"strconv"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/store"
)

// Timeline pages: a subject reported thousands of times would otherwise
// answer with megabytes. A page holds the newest figures (limit, default
// DefaultTimelineLimit) in date order with the links, revisions and
// estimates that concern them; when there are more, Summary gives the whole
// history per week (per day when it spans few days) and Next links to the
// older figures.
const (
	DefaultTimelineLimit = 100
	MaxTimelineLimit     = 5000
)

// TimelinePage is the API's timeline: one page of store.Timeline.
type TimelinePage struct {
	store.Timeline
	// Total is the number of figures of the subject; Offset how many of
	// the newest this page skips.
	Total  int `json:"total"`
	Offset int `json:"offset"`
	// Summary is set when the subject has more figures than one page.
	Summary []TimelinePeriod `json:"summary,omitempty"`
	// Next is the URL of the page of older figures, "" at the oldest.
	Next string `json:"next,omitempty"`
}

// TimelinePeriod summarises the figures of one day or week (Start is its
// first day, Unit "day" or "week").
type TimelinePeriod struct {
	Start   document.Date `json:"start"`
	Unit    string        `json:"unit"`
	Figures int           `json:"figures"`
	Low     *float64      `json:"low,omitempty"`
	Median  *float64      `json:"median,omitempty"`
	High    *float64      `json:"high,omitempty"`
}

// pageTimeline cuts t (figures in date order) to the page of limit figures
// ending offset figures before the newest. u is the request URL, for Next.
func pageTimeline(t *store.Timeline, limit, offset int, u *url.URL) TimelinePage {
	n := len(t.Figures)
	p := TimelinePage{Timeline: *t, Total: n, Offset: offset}
	if n <= limit && offset == 0 {
		return p
	}
	end := max(0, n-offset)
	start := max(0, end-limit)
	p.Figures = t.Figures[start:end]
	in := make(map[int64]bool, len(p.Figures))
	for i := range p.Figures {
		in[p.Figures[i].ID] = true
	}
	p.Links = nil
	for _, l := range t.Links {
		if l.ToFigure != nil && in[l.ToFigure.ID] {
			p.Links = append(p.Links, l)
		}
	}
	p.Revisions = nil
	for _, d := range t.Revisions {
		if (d.A != nil && in[d.A.ID]) || (d.B != nil && in[d.B.ID]) {
			p.Revisions = append(p.Revisions, d)
		}
	}
	p.Estimates = nil
	if len(p.Figures) > 0 {
		lo, hi := p.Figures[0].When.String(), p.Figures[len(p.Figures)-1].When.String()
		for _, e := range t.Estimates {
			if d := e.Day.String(); d >= lo && d <= hi {
				p.Estimates = append(p.Estimates, e)
			}
		}
	}
	p.Summary = summarise(t.Figures)
	if start > 0 {
		q := u.Query()
		q.Set("offset", strconv.Itoa(offset+limit))
		q.Set("limit", strconv.Itoa(limit))
		p.Next = u.Path + "?" + q.Encode()
	}
	return p
}

// summarise buckets figures (in date order) per day when they span at most
// 60 days, else per week (weeks start on Monday). Undated figures are left
// out.
func summarise(figs []store.FigureRow) []TimelinePeriod {
	var dated []*store.FigureRow
	for i := range figs {
		if !figs[i].When.IsZero() {
			dated = append(dated, &figs[i])
		}
	}
	if len(dated) == 0 {
		return nil
	}
	unit := "week"
	if dated[len(dated)-1].When.Time().Sub(dated[0].When.Time()).Hours() <= 60*24 {
		unit = "day"
	}
	bucket := func(d document.Date) document.Date {
		if unit == "day" {
			return d
		}
		t := d.Time()
		return document.NewDate(t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)))
	}
	var out []TimelinePeriod
	var vals []float64
	flush := func() {
		if len(out) == 0 || len(vals) == 0 {
			return
		}
		sort.Float64s(vals)
		p := &out[len(out)-1]
		lo, hi := vals[0], vals[len(vals)-1]
		med := vals[len(vals)/2]
		if len(vals)%2 == 0 {
			med = (vals[len(vals)/2-1] + vals[len(vals)/2]) / 2
		}
		p.Low, p.Median, p.High = &lo, &med, &hi
		vals = vals[:0]
	}
	for _, f := range dated {
		b := bucket(f.When)
		if len(out) == 0 || out[len(out)-1].Start != b {
			flush()
			out = append(out, TimelinePeriod{Start: b, Unit: unit})
		}
		out[len(out)-1].Figures++
		if f.Value != nil && !f.Negated {
			vals = append(vals, *f.Value)
		}
	}
	flush()
	return out
}

// timelinePageParams reads limit and offset.
func timelinePageParams(r *http.Request) (limit, offset int, err error) {
	if limit, err = qInt(r, "limit", DefaultTimelineLimit, 1, MaxTimelineLimit); err != nil {
		return
	}
	offset, err = qInt(r, "offset", 0, 0, 1<<30)
	return
}

// maxChartPoints bounds the points drawn on a subject's chart: past it,
// thinChart keeps per day (per week when the history spans more than 60
// days) and basis only the lowest and the highest point, which draws the
// same envelope with a bounded page size.
const maxChartPoints = 800

func thinChart(pts []ChartPoint) []ChartPoint {
	if len(pts) <= maxChartPoints {
		return pts
	}
	first, last := pts[0].Date, pts[0].Date
	for _, p := range pts {
		if p.Date.String() < first.String() {
			first = p.Date
		}
		if p.Date.String() > last.String() {
			last = p.Date
		}
	}
	weekly := last.Time().Sub(first.Time()).Hours() > 60*24
	type key struct {
		bucket document.Date
		basis  string
	}
	type pair struct{ lo, hi int }
	keep := map[key]*pair{}
	var order []key
	for i, p := range pts {
		b := p.Date
		if weekly && !b.IsZero() {
			t := b.Time()
			b = document.NewDate(t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)))
		}
		k := key{b, p.Basis}
		x := keep[k]
		if x == nil {
			keep[k] = &pair{i, i}
			order = append(order, k)
			continue
		}
		if p.Value < pts[x.lo].Value {
			x.lo = i
		}
		if p.Value > pts[x.hi].Value {
			x.hi = i
		}
	}
	idx := make([]int, 0, 2*len(order))
	for _, k := range order {
		x := keep[k]
		idx = append(idx, x.lo)
		if x.hi != x.lo {
			idx = append(idx, x.hi)
		}
	}
	sort.Ints(idx)
	out := make([]ChartPoint, 0, len(idx))
	for _, i := range idx {
		out = append(out, pts[i])
	}
	return out
}

package server

import (
	"fmt"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/store"
)

// Band is one date of a subject's estimate: low, best and high across
// independent sources.
type Band struct {
	Date            document.Date
	Low, Best, High float64
	Reports         int
}

// estimateBand turns a timeline's estimates into chart bands.
func estimateBand(es []store.Estimate) []Band {
	out := make([]Band, 0, len(es))
	for _, e := range es {
		if !e.Day.IsZero() {
			out = append(out, Band{Date: e.Day, Low: e.Low, Best: e.Best, High: e.High, Reports: e.Reports})
		}
	}
	return out
}

// writeBand draws the estimate band (an area from low to high through the
// dates, inside the chart's time range) and the best line.
func writeBand(b *strings.Builder, band []Band, t0, t1 time.Time, x func(time.Time) float64, y func(float64) float64) {
	var in []Band
	for _, e := range band {
		if t := e.Date.Time(); !t.Before(t0) && !t.After(t1) {
			in = append(in, e)
		}
	}
	if len(in) == 0 {
		return
	}
	b.WriteString(`<g class="band" aria-hidden="true">`)
	if len(in) == 1 {
		e := in[0]
		xx := x(e.Date.Time())
		fmt.Fprintf(b, `<rect class="est" x="%.1f" y="%.1f" width="12" height="%.1f"/>`, xx-6, y(e.High), max(1, y(e.Low)-y(e.High)))
	} else {
		var d strings.Builder
		for i, e := range in {
			cmd := "L"
			if i == 0 {
				cmd = "M"
			}
			fmt.Fprintf(&d, "%s%.1f %.1f", cmd, x(e.Date.Time()), y(e.High))
		}
		for i := len(in) - 1; i >= 0; i-- {
			fmt.Fprintf(&d, "L%.1f %.1f", x(in[i].Date.Time()), y(in[i].Low))
		}
		fmt.Fprintf(b, `<path class="est" d="%sZ"/>`, d.String())
		d.Reset()
		for i, e := range in {
			cmd := "L"
			if i == 0 {
				cmd = "M"
			}
			fmt.Fprintf(&d, "%s%.1f %.1f", cmd, x(e.Date.Time()), y(e.Best))
		}
		fmt.Fprintf(b, `<path class="best" d="%s"/>`, d.String())
	}
	b.WriteString(`</g>`)
}

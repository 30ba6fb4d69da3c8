package server

import (
	"fmt"
	"html/template"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
)

// ChartPoint is one figure on a subject's timeline chart.
type ChartPoint struct {
	Date      document.Date // as-of date (or publication date when unknown)
	Value     float64
	Low, High *float64 // a reported range, if any
	Approx    string   // "about", "more than", ...
	Basis     string
	Source    string
	Anonymous bool
	Label     string // the figure's text, for the tooltip
	Href      string // link to the figure's span in its article
	Outlet    string
}

// Chart geometry, in SVG user units.
const (
	chartW, chartH                 = 760, 320
	padL, padR, padT, padB float64 = 64, 20, 16, 44
)

// basisShapes maps a basis to its marker; unknown bases are circles.
var basisShapes = map[string]string{
	"official":   "circle",
	"statistics": "square",
	"estimate":   "diamond",
	"planned":    "triangle",
	"reported":   "cross",
}

// ChartSVG renders the points as an inline SVG time chart: value over date,
// marker shape by basis, hollow markers for anonymous sources, vertical bars
// for ranges and arrows for open bounds ("more than", "fewer than"). Each
// marker is a link to its Href. The SVG uses only presentation attributes and
// CSS classes (no inline style), so it passes a strict CSP. Every text piece
// is escaped.
// band, when given, is drawn behind the points: the low–high estimate
// across independent sources per date (ledger.Estimates), with its best
// value as a line.
func ChartSVG(title string, pts []ChartPoint, band ...Band) template.HTML {
	var ok []ChartPoint
	for _, p := range pts {
		if !p.Date.IsZero() && !math.IsNaN(p.Value) && !math.IsInf(p.Value, 0) {
			ok = append(ok, p)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %d" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg">`,
		chartW, chartH, esc(title))
	fmt.Fprintf(&b, `<title>%s</title>`, esc(title))
	if len(ok) == 0 {
		fmt.Fprintf(&b, `<text class="empty" x="%d" y="%d" text-anchor="middle">No dated figures</text></svg>`, chartW/2, chartH/2)
		return template.HTML(b.String())
	}
	sort.SliceStable(ok, func(i, j int) bool { return ok[i].Date.Time().Before(ok[j].Date.Time()) })

	// Scales.
	t0, t1 := ok[0].Date.Time(), ok[len(ok)-1].Date.Time()
	span := t1.Sub(t0)
	if span < 48*time.Hour {
		t0, t1 = t0.Add(-15*24*time.Hour), t1.Add(15*24*time.Hour)
	} else {
		t0, t1 = t0.Add(-span/20), t1.Add(span/20)
	}
	vmax := 0.0
	vmin := 0.0
	for _, p := range ok {
		vmax = math.Max(vmax, p.Value)
		vmin = math.Min(vmin, p.Value)
		if p.High != nil {
			vmax = math.Max(vmax, *p.High)
		}
		if p.Low != nil {
			vmin = math.Min(vmin, *p.Low)
		}
	}
	for _, e := range band {
		vmax = math.Max(vmax, e.High)
		vmin = math.Min(vmin, e.Low)
	}
	ticks := niceTicks(vmin, vmax*1.08, 5)
	y0, y1 := ticks[0], ticks[len(ticks)-1]
	plotW, plotH := float64(chartW)-padL-padR, float64(chartH)-padT-padB
	x := func(t time.Time) float64 {
		return padL + plotW*float64(t.Sub(t0))/float64(t1.Sub(t0))
	}
	y := func(v float64) float64 {
		return padT + plotH*(1-(v-y0)/(y1-y0))
	}

	// Axes and grid.
	b.WriteString(`<g class="axis y">`)
	for _, v := range ticks {
		yy := y(v)
		fmt.Fprintf(&b, `<line class="grid" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`, padL, yy, padL+plotW, yy)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="end">%s</text>`, padL-6, yy+4, esc(formatNumber(v)))
	}
	b.WriteString(`</g><g class="axis x">`)
	fmt.Fprintf(&b, `<line class="base" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`, padL, padT+plotH, padL+plotW, padT+plotH)
	for _, t := range timeTicks(t0, t1, 6) {
		xx := x(t.t)
		fmt.Fprintf(&b, `<line class="tick" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`, xx, padT+plotH, xx, padT+plotH+5)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle">%s</text>`, xx, padT+plotH+20, esc(t.label))
	}
	b.WriteString(`</g>`)
	writeBand(&b, band, t0, t1, x, y)
	b.WriteString(`<g class="points">`)
	dx, stacks := spreadSameDate(ok)
	for _, st := range stacks {
		// More points on one date than can be told apart: say how many.
		fmt.Fprintf(&b, `<text class="stack" x="%.1f" y="%.1f" text-anchor="middle">%d on %s</text>`,
			x(st.date.Time()), padT+10, st.n, esc(st.date.String()))
	}
	for i, p := range ok {
		xx, yy := x(p.Date.Time())+dx[i], y(p.Value)
		cls := "pt basis-" + classToken(p.Basis)
		if p.Anonymous {
			cls += " anon"
		}
		if p.Approx != "" {
			cls += " approx"
		}
		// Out of the Tab order: the figures table below links the same
		// spans, one row per figure, in reading order.
		fmt.Fprintf(&b, `<a class="%s" href="%s" id="pt-%d" tabindex="-1">`, esc(cls), esc(p.Href), i+1)
		fmt.Fprintf(&b, `<title>%s</title>`, esc(pointTitle(p)))
		if p.Low != nil && p.High != nil {
			ylo, yhi := y(*p.Low), y(*p.High)
			fmt.Fprintf(&b, `<line class="range" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`, xx, ylo, xx, yhi)
			fmt.Fprintf(&b, `<line class="range" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`, xx-5, ylo, xx+5, ylo)
			fmt.Fprintf(&b, `<line class="range" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`, xx-5, yhi, xx+5, yhi)
		} else if dir := boundDirection(p.Approx); dir != 0 {
			// An open bound: an arrow from the marker in its direction.
			tip := yy - 22*float64(dir)
			fmt.Fprintf(&b, `<line class="range" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`, xx, yy, xx, tip)
			fmt.Fprintf(&b, `<path class="range" d="M%.1f %.1fL%.1f %.1fL%.1f %.1f"/>`, xx-4, tip+4*float64(dir), xx, tip, xx+4, tip+4*float64(dir))
		} else if p.Approx != "" {
			fmt.Fprintf(&b, `<circle class="halo" cx="%.1f" cy="%.1f" r="11"/>`, xx, yy)
		}
		writeMarker(&b, basisShapes[p.Basis], xx, yy)
		if xx > padL+plotW*0.85 {
			fmt.Fprintf(&b, `<text class="val" x="%.1f" y="%.1f" text-anchor="end">%s</text>`, xx-9, yy-8, esc(formatNumber(p.Value)))
		} else {
			fmt.Fprintf(&b, `<text class="val" x="%.1f" y="%.1f">%s</text>`, xx+9, yy-8, esc(formatNumber(p.Value)))
		}
		b.WriteString(`</a>`)
	}
	b.WriteString(`</g></svg>`)
	return template.HTML(b.String())
}

// sameDate is a date with more points than spreadSameDate can set apart.
type sameDate struct {
	date document.Date
	n    int
}

// maxSpread is the widest a group of same-date points is spread, in SVG
// units either side.
const maxSpread = 30.0

// spreadSameDate returns a horizontal offset for each point (sorted by
// date) so that points on the same date sit side by side instead of on top
// of each other, ordered by value; dates with more than five points are
// also returned, to be labelled with their count.
func spreadSameDate(pts []ChartPoint) ([]float64, []sameDate) {
	dx := make([]float64, len(pts))
	var stacks []sameDate
	for i := 0; i < len(pts); {
		j := i
		for j < len(pts) && pts[j].Date == pts[i].Date {
			j++
		}
		if n := j - i; n > 1 {
			idx := make([]int, 0, n)
			for k := i; k < j; k++ {
				idx = append(idx, k)
			}
			sort.SliceStable(idx, func(a, b int) bool { return pts[idx[a]].Value < pts[idx[b]].Value })
			step := math.Min(13, 2*maxSpread/float64(n-1))
			for r, k := range idx {
				dx[k] = (float64(r) - float64(n-1)/2) * step
			}
			if n > 5 {
				stacks = append(stacks, sameDate{pts[i].Date, n})
			}
		}
		i = j
	}
	return dx, stacks
}

// markerSVG is a small inline SVG of a basis's marker, for legends.
func markerSVG(basis string) template.HTML {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart legend-mk" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><g class="pt basis-%s">`, esc(classToken(basis)))
	writeMarker(&b, basisShapes[basis], 8, 8)
	b.WriteString(`</g></svg>`)
	return template.HTML(b.String())
}

// chartBases lists the bases in use, for the legend.
func chartBases(pts []ChartPoint) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range pts {
		k := p.Basis
		if k == "" {
			k = "unknown"
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func writeMarker(b *strings.Builder, shape string, x, y float64) {
	switch shape {
	case "square":
		fmt.Fprintf(b, `<rect class="mk" x="%.1f" y="%.1f" width="10" height="10"/>`, x-5, y-5)
	case "diamond":
		fmt.Fprintf(b, `<path class="mk" d="M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ"/>`, x, y-7, x+7, y, x, y+7, x-7, y)
	case "triangle":
		fmt.Fprintf(b, `<path class="mk" d="M%.1f %.1fL%.1f %.1fL%.1f %.1fZ"/>`, x, y-7, x+6.5, y+5, x-6.5, y+5)
	case "cross":
		fmt.Fprintf(b, `<path class="mk cross" d="M%.1f %.1fL%.1f %.1fM%.1f %.1fL%.1f %.1f"/>`, x-5, y-5, x+5, y+5, x-5, y+5, x+5, y-5)
		fmt.Fprintf(b, `<circle class="hit" cx="%.1f" cy="%.1f" r="7"/>`, x, y)
	default:
		fmt.Fprintf(b, `<circle class="mk" cx="%.1f" cy="%.1f" r="5.5"/>`, x, y)
	}
}

func pointTitle(p ChartPoint) string {
	var parts []string
	v := formatNumber(p.Value)
	if p.Low != nil && p.High != nil {
		v = formatNumber(*p.Low) + "–" + formatNumber(*p.High)
	}
	if p.Approx != "" {
		v = p.Approx + " " + v
	}
	parts = append(parts, v+" as of "+p.Date.String())
	if p.Basis != "" {
		parts = append(parts, p.Basis)
	}
	if p.Source != "" {
		s := "per " + p.Source
		if p.Anonymous {
			s += " (anonymous)"
		}
		parts = append(parts, s)
	} else if p.Anonymous {
		parts = append(parts, "anonymous source")
	}
	if p.Outlet != "" {
		parts = append(parts, "in "+p.Outlet)
	}
	if p.Label != "" {
		parts = append(parts, "“"+p.Label+"”")
	}
	return strings.Join(parts, " · ")
}

// boundDirection is +1 for lower bounds ("more than 500": the value is at
// least this), -1 for upper bounds, 0 otherwise.
func boundDirection(approx string) int {
	a := strings.ToLower(approx)
	for _, w := range []string{"more than", "over", "at least", "above", "upwards of", "in excess of", "greater", "min", "lower"} {
		if strings.Contains(a, w) {
			return 1
		}
	}
	for _, w := range []string{"fewer than", "less than", "under", "up to", "at most", "below", "max", "upper", "no more"} {
		if strings.Contains(a, w) {
			return -1
		}
	}
	return 0
}

func classToken(s string) string {
	if s == "" {
		return "unknown"
	}
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

func esc(s string) string { return template.HTMLEscapeString(s) }

// formatNumber writes v with thousands separators and at most two decimals.
func formatNumber(v float64) string {
	neg := v < 0
	v = math.Abs(v)
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if v >= 1e15 {
		s = strconv.FormatFloat(v, 'g', 4, 64)
	} else if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i > 3 {
		s = strconv.FormatFloat(v, 'f', 2, 64)
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	if !strings.ContainsAny(intPart, "e+") && len(intPart) > 3 {
		var b strings.Builder
		pre := len(intPart) % 3
		if pre > 0 {
			b.WriteString(intPart[:pre])
		}
		for i := pre; i < len(intPart); i += 3 {
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			b.WriteString(intPart[i : i+3])
		}
		intPart = b.String()
	}
	if neg {
		return "-" + intPart + frac
	}
	return intPart + frac
}

// niceTicks returns about n evenly spaced round values covering [lo, hi].
func niceTicks(lo, hi float64, n int) []float64 {
	if hi <= lo {
		hi = lo + 1
	}
	raw := (hi - lo) / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := mag
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	start := math.Floor(lo/step) * step
	end := math.Ceil(hi/step) * step
	var out []float64
	for v := start; v <= end+step/2; v += step {
		out = append(out, math.Round(v/step)*step)
	}
	if len(out) < 2 {
		out = append(out, start+step)
	}
	return out
}

type timeTick struct {
	t     time.Time
	label string
}

// timeTicks returns about n ticks at round calendar steps within [t0, t1].
func timeTicks(t0, t1 time.Time, n int) []timeTick {
	d := t1.Sub(t0)
	day := 24 * time.Hour
	steps := []struct {
		months, days int
		layout       string
	}{
		{0, 1, "2 Jan"}, {0, 7, "2 Jan"}, {1, 0, "Jan 2006"}, {3, 0, "Jan 2006"}, {6, 0, "Jan 2006"},
		{12, 0, "2006"}, {24, 0, "2006"}, {60, 0, "2006"}, {120, 0, "2006"},
	}
	pick := steps[len(steps)-1]
	for _, s := range steps {
		approx := time.Duration(s.days)*day + time.Duration(s.months)*30*day
		if d/approx <= time.Duration(n) {
			pick = s
			break
		}
	}
	var t time.Time
	if pick.months == 0 {
		t = time.Date(t0.Year(), t0.Month(), t0.Day(), 0, 0, 0, 0, time.UTC)
		if pick.days == 7 {
			t = t.AddDate(0, 0, (8-int(t.Weekday()))%7) // next Monday
		}
	} else {
		m := (int(t0.Month()) - 1) / min(pick.months, 12) * min(pick.months, 12)
		t = time.Date(t0.Year(), time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)
		if pick.months > 12 {
			y := t0.Year() / (pick.months / 12) * (pick.months / 12)
			t = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		}
	}
	var out []timeTick
	for ; !t.After(t1); t = t.AddDate(0, pick.months, pick.days) {
		if !t.Before(t0) {
			out = append(out, timeTick{t, t.Format(pick.layout)})
		}
		if len(out) > 4*n {
			break
		}
	}
	return out
}

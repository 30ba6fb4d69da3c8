package server

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
)

func day(s string) document.Date {
	d, err := document.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func f64(v float64) *float64 { return &v }

func TestChartSVG(t *testing.T) {
	pts := []ChartPoint{
		{Date: day("2017-09-30"), Value: 1720, Basis: "statistics", Source: "Pentagon statistics", Href: "/articles/2#fig-5"},
		{Date: day("2017-12-05"), Value: 503, Basis: "official", Source: "Pentagon", Href: "/articles/2#fig-6"},
		{Date: day("2019-02-18"), Value: 1000, Basis: "planned", Anonymous: true, Source: "officials", Approx: "about", Href: "/articles/1#fig-1"},
		{Date: day("2018-06-01"), Value: 450, Low: f64(400), High: f64(500), Basis: "estimate", Href: "/articles/3#fig-9"},
		{Date: day("2018-07-01"), Value: 2000, Approx: "more than", Href: "/articles/3#fig-10", Label: `<script>alert("x")</script>`},
		{Value: 77, Href: "/articles/4#fig-11"}, // no date: left out
	}
	svg := string(ChartSVG(`US troops <Syria>`, pts))
	if miss := contains(svg,
		`<svg class="chart"`, `aria-label="US troops &lt;Syria&gt;"`,
		`href="/articles/2#fig-5"`, `href="/articles/2#fig-6"`, `href="/articles/1#fig-1"`,
		`>1,720</text>`, `>503</text>`, `>1,000</text>`,
		`class="pt basis-planned anon approx"`, `class="pt basis-statistics"`,
		`<circle class="halo"`, // approximate without range
		`&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;`,
		"2017", "2019",
	); miss != "" {
		t.Fatalf("chart lacks %q:\n%s", miss, svg)
	}
	if strings.Contains(svg, "fig-11") {
		t.Error("undated point drawn")
	}
	if n := strings.Count(svg, `<a class="pt`); n != 5 {
		t.Errorf("%d points, want 5", n)
	}
	if n := strings.Count(svg, `class="range"`); n != 3+2 {
		t.Errorf("%d range elements, want 3 (range bar) + 2 (arrow)", n)
	}
	// CSP: no inline style or script, no event handlers.
	if regexp.MustCompile(`(?i)\sstyle=|<script|\son[a-z]+=`).MatchString(svg) {
		t.Error("chart has inline style, script or event handler")
	}
	// Higher values are drawn higher (smaller y).
	y := func(label string) string {
		m := regexp.MustCompile(`y="([0-9.]+)"[^>]*>` + regexp.QuoteMeta(label) + `</text>`).FindStringSubmatch(svg)
		if m == nil {
			t.Fatalf("no label %s", label)
		}
		return m[1]
	}
	if !(atof(y("1,720")) < atof(y("1,000")) && atof(y("1,000")) < atof(y("503"))) {
		t.Errorf("y order wrong: 1720@%s 1000@%s 503@%s", y("1,720"), y("1,000"), y("503"))
	}
	// Well-formed XML.
	if err := xmlWellFormed(svg); err != nil {
		t.Errorf("not well-formed: %v", err)
	}
}

func TestChartSVGEmpty(t *testing.T) {
	svg := string(ChartSVG("nothing", nil))
	if !strings.Contains(svg, "No dated figures") || xmlWellFormed(svg) != nil {
		t.Errorf("empty chart: %s", svg)
	}
	one := string(ChartSVG("one", []ChartPoint{{Date: day("2020-01-06"), Value: 5000, Href: "/a"}}))
	if !strings.Contains(one, ">5,000</text>") || xmlWellFormed(one) != nil {
		t.Errorf("one-point chart: %s", one)
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0"}, {5, "5"}, {503, "503"}, {1000, "1,000"}, {1720, "1,720"}, {12345678, "12,345,678"},
		{2.5, "2.5"}, {1234.5678, "1,234.57"}, {-4000, "-4,000"}, {1e16, "1e+16"},
	}
	for _, tc := range tests {
		if got := formatNumber(tc.in); got != tc.want {
			t.Errorf("formatNumber(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNiceTicks(t *testing.T) {
	tests := []struct {
		lo, hi float64
		want   []float64
	}{
		{0, 1080, []float64{0, 250, 500, 750, 1000, 1250}},
		{0, 1, []float64{0, 0.2, 0.4, 0.6000000000000001, 0.8, 1}},
		{0, 0, []float64{0, 0.2, 0.4, 0.6000000000000001, 0.8, 1}},
		{0, 5400, []float64{0, 2000, 4000, 6000}},
	}
	for _, tc := range tests {
		got := niceTicks(tc.lo, tc.hi, 5)
		if len(got) != len(tc.want) {
			t.Errorf("niceTicks(%v, %v) = %v, want %v", tc.lo, tc.hi, got, tc.want)
			continue
		}
		for i := range got {
			if d := got[i] - tc.want[i]; d > 1e-9 || d < -1e-9 {
				t.Errorf("niceTicks(%v, %v) = %v, want %v", tc.lo, tc.hi, got, tc.want)
				break
			}
		}
	}
}

func TestBoundDirection(t *testing.T) {
	for in, want := range map[string]int{"more than": 1, "at least": 1, "over": 1, "fewer than": -1, "up to": -1, "about": 0, "roughly": 0, "": 0} {
		if got := boundDirection(in); got != want {
			t.Errorf("boundDirection(%q) = %d, want %d", in, got, want)
		}
	}
}

func atof(s string) float64 {
	var f float64
	for _, c := range s {
		if c == '.' {
			break
		}
		f = f*10 + float64(c-'0')
	}
	return f
}

// xmlWellFormed parses s as XML.
func xmlWellFormed(s string) error {
	return decodeXML(bytes.NewReader([]byte(s)))
}

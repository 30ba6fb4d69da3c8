package timex

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

func date(s string) document.Date {
	d, err := document.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// want is one expected expression: its text, type, value and mod.
type want struct {
	text, typ, value, mod string
}

func find(text string, ref document.Date) []Expr {
	return Find(text, segment.Tokenize(text, nil), ref, nil)
}

func check(t *testing.T, text string, ref document.Date, ws []want) {
	t.Helper()
	got := find(text, ref)
	if len(got) != len(ws) {
		var gs []string
		for _, e := range got {
			gs = append(gs, e.Span.Of(text)+"="+e.Value)
		}
		t.Fatalf("%q (ref %v): got %d expressions %q, want %d", text, ref, len(got), gs, len(ws))
	}
	for i, w := range ws {
		e := got[i]
		if s := e.Span.Of(text); s != w.text || e.Type != w.typ || e.Value != w.value || e.Mod != w.mod {
			t.Errorf("%q: expr %d = %q %s %q %q, want %q %s %q %q", text, i, s, e.Type, e.Value, e.Mod, w.text, w.typ, w.value, w.mod)
		}
	}
}

func TestFind(t *testing.T) {
	r0218 := date("2019-02-18") // a Monday
	r0106 := date("2020-01-06") // a Monday
	r1205 := date("2017-12-05") // a Tuesday
	tests := []struct {
		name string
		text string
		ref  document.Date
		want []want
	}{
		// absolute dates
		{"month day", "The vote was held February 17.", r0218, []want{{"February 17", "DATE", "2019-02-17", ""}}},
		{"abbr month day year", "It began Feb. 17, 2019, in Ohio.", r0218, []want{{"Feb. 17, 2019", "DATE", "2019-02-17", ""}}},
		{"day month year", "He died on 17 February 2019.", r0218, []want{{"17 February 2019", "DATE", "2019-02-17", ""}}},
		{"as of", "Debt stood at $5 billion as of September 30.", r1205, []want{{"September 30", "DATE", "2017-09-30", ""}}},
		{"iso", "Filed 2019-02-17 in court.", r0218, []want{{"2019-02-17", "DATE", "2019-02-17", ""}}},
		{"slash", "Dated 1/6/2020 by the clerk.", r0218, []want{{"1/6/2020", "DATE", "2020-01-06", ""}}},
		{"month year", "Sales fell in May 2018.", r0218, []want{{"May 2018", "DATE", "2018-05", ""}}},
		{"month comma year", "In December, 2019, they left.", r0218, []want{{"December, 2019", "DATE", "2019-12", ""}}},
		{"bare month past", "The plant closed in December.", r0218, []want{{"December", "DATE", "2018-12", ""}}},
		{"bare month near ahead", "The election is in March.", r0218, []want{{"March", "DATE", "2019-03", ""}}},
		{"bare month future", "The plant will close in December.", r0218, []want{{"December", "DATE", "2019-12", ""}}},
		{"year", "Output grew in 2019 and 1998.", r0218, []want{{"2019", "DATE", "2019", ""}, {"1998", "DATE", "1998", ""}}},
		{"decade", "Prices rose in the 1990s.", r0218, []want{{"1990s", "DATE", "199", ""}}},
		{"caption caps", "MARCH 29 — Crowds gathered.", r0218, []want{{"MARCH 29", "DATE", "2019-03-29", ""}}},
		{"weekday date", "Saturday, April 25, 1998 was cold.", r0218, []want{{"Saturday, April 25, 1998", "DATE", "1998-04-25", ""}}},
		{"spoken year", "in nineteen ninety-six the war ended", r0218, []want{{"nineteen ninety-six", "DATE", "1996", ""}}},

		// quarters, halves, seasons, fiscal years
		{"quarter", "Profit rose in the third quarter.", date("1989-10-26"), []want{{"the third quarter", "DATE", "1989-Q3", ""}}},
		{"quarter previous year", "Profit rose in the fourth quarter.", date("1998-01-26"), []want{{"the fourth quarter", "DATE", "1997-Q4", ""}}},
		{"quarter of year", "the second quarter of 2019 was weak", r0218, []want{{"the second quarter of 2019", "DATE", "2019-Q2", ""}}},
		{"hyphen quarter", "It reported third-quarter earnings.", date("1989-10-26"), []want{{"third-quarter", "DATE", "1989-Q3", ""}}},
		{"first half", "in the first half of 2019", r0218, []want{{"the first half of 2019", "DATE", "2019-H1", ""}}},
		{"codes", "Profit rose in Q3 2019, Q4, H1 2020, FY2019 and FY 2020.", date("2020-01-06"), []want{
			{"Q3 2019", "DATE", "2019-Q3", ""}, {"Q4", "DATE", "2019-Q4", ""}, {"H1 2020", "DATE", "2020-H1", ""},
			{"FY2019", "DATE", "2019", ""}, {"FY 2020", "DATE", "2020", ""}}},
		{"not codes", "The H1N1 virus and the Q7 train and COVID-19.", date("2020-01-06"), nil},
		{"fiscal", "The budget for fiscal 2019 grew.", r0218, []want{{"fiscal 2019", "DATE", "2019", ""}}},
		{"season", "They met last summer.", r0218, []want{{"last summer", "DATE", "2018-SU", ""}}},
		{"this spring", "this spring and last winter", r0218, []want{{"this spring", "DATE", "2019-SP", ""}, {"last winter", "DATE", "2017-WI", ""}}},
		{"season year", "in the fall of 2018", r0218, []want{{"the fall of 2018", "DATE", "2018-FA", ""}}},

		// relative dates
		{"on monday same day", "He spoke on Monday.", r0106, []want{{"Monday", "DATE", "2020-01-06", ""}}},
		{"sunday night", "The fire started Sunday night.", r0218, []want{{"Sunday night", "TIME", "2019-02-17TNI", ""}}},
		{"weekday past", "Police said Friday that two died.", r0218, []want{{"Friday", "DATE", "2019-02-15", ""}}},
		{"weekday future", "The council will vote Thursday.", r0218, []want{{"Thursday", "DATE", "2019-02-21", ""}}},
		{"last week", "Prices fell last week.", r0218, []want{{"last week", "DATE", "2019-W07", ""}}},
		{"yesterday today", "Yesterday and today were calm, tonight not.", r0218, []want{{"Yesterday", "DATE", "2019-02-17", ""}, {"today", "DATE", "2019-02-18", ""}, {"tonight", "TIME", "2019-02-18TNI", ""}}},
		{"this year next month", "this year and next month", r0218, []want{{"this year", "DATE", "2019", ""}, {"next month", "DATE", "2019-03", ""}}},
		{"last year", "Exports fell last year.", r0218, []want{{"last year", "DATE", "2018", ""}}},
		{"ago", "He left two years ago.", r0218, []want{{"two years ago", "DATE", "2017", ""}}},
		{"weeks ago", "six weeks ago", r0218, []want{{"six weeks ago", "DATE", "2019-W02", ""}}},
		{"recent days", "in recent days", r0218, []want{{"recent days", "DURATION", "PXD", ""}}},
		{"recent years", "in recent years", r0218, []want{{"recent years", "DATE", "PAST_REF", ""}}},
		{"coming", "in the coming days", r0218, []want{{"coming days", "DURATION", "PXD", ""}}},
		{"coming days and weeks", "in the coming days and weeks", r0218, []want{{"coming days and weeks", "DURATION", "PXD", ""}}},
		{"next few", "over the next few days or weeks", r0218, []want{{"the next few days or weeks", "DURATION", "PXD", ""}}},
		{"now", "Prices are now higher and currently rising.", r0218, []want{{"now", "DATE", "PRESENT_REF", ""}, {"currently", "DATE", "PRESENT_REF", ""}}},
		{"these days", "Right now prices are high these days.", r0218, []want{{"Right now", "DATE", "PRESENT_REF", ""}, {"these days", "DATE", "PRESENT_REF", ""}}},
		{"future", "in the near future", r0218, []want{{"the near future", "DATE", "FUTURE_REF", ""}}},
		{"month last year", "in July last year", r0218, []want{{"July last year", "DATE", "2018-07", ""}}},
		{"last month name", "last November", r0218, []want{{"last November", "DATE", "2018-11", ""}}},
		{"last month day", "last Oct. 23 and next March 3", r0218, []want{{"last Oct. 23", "DATE", "2018-10-23", ""}, {"next March 3", "DATE", "2019-03-03", ""}}},
		{"this past", "this past weekend", r0218, []want{{"this past weekend", "DATE", "2019-W07-WE", ""}}},
		{"week of", "during the week of March 6", r0218, []want{{"the week of March 6", "DATE", "2019-W10", ""}}},
		{"day before", "the day before yesterday and the day after tomorrow", r0218, []want{
			{"the day before yesterday", "DATE", "2019-02-16", ""}, {"the day after tomorrow", "DATE", "2019-02-20", ""}}},
		{"the weekend", "Rallies over the weekend drew crowds.", r0218, []want{{"the weekend", "DATE", "2019-W07-WE", ""}}},

		// durations
		{"duration", "He served three years in prison.", r0218, []want{{"three years", "DURATION", "P3Y", ""}}},
		{"past months", "over the past six months", r0218, []want{{"the past six months", "DURATION", "P6M", ""}}},
		{"hyphen", "a nine-day strike", r0218, []want{{"nine-day", "DURATION", "P9D", ""}}},
		{"compound number", "twenty-five years", r0218, []want{{"twenty-five years", "DURATION", "P25Y", ""}}},
		{"few", "a few days", r0218, []want{{"a few days", "DURATION", "PXD", ""}}},
		{"hours", "for 16 hours", r0218, []want{{"16 hours", "DURATION", "PT16H", ""}}},
		{"fraction", "5 1/2 hours and 2 1/2 years", r0218, []want{{"5 1/2 hours", "DURATION", "PT5H30M", ""}, {"2 1/2 years", "DURATION", "P2Y6M", ""}}},
		{"abbreviations", "for 24 hrs and 15 mins; Min said", r0218, []want{{"24 hrs", "DURATION", "PT24H", ""}, {"15 mins", "DURATION", "PT15M", ""}}},
		{"decimal", "3.5 years and 1.5 hours", r0218, []want{{"3.5 years", "DURATION", "P3.5Y", ""}, {"1.5 hours", "DURATION", "PT1.5H", ""}}},
		{"past decade", "over the past decade", r0218, []want{{"the past decade", "DURATION", "P10Y", ""}}},
		{"half", "half an hour", r0218, []want{{"half an hour", "DURATION", "PT30M", ""}}},
		{"more than", "more than two decades", r0218, []want{{"more than two decades", "DURATION", "P20Y", "MORE_THAN"}}},
		{"age is not a duration", "a 6-year-old boy and a man 40 years old", r0218, nil},

		// sets
		{"every week", "They meet every week.", r0218, []want{{"every week", "SET", "P1W", ""}}},
		{"weekly", "a weekly meeting held annually", r0218, []want{{"weekly", "SET", "P1W", ""}, {"annually", "SET", "P1Y", ""}}},
		{"rates", "It costs $5m a year, twice a week, 100 times a day, $3 per hour.", r0218, []want{
			{"a year", "SET", "P1Y", ""}, {"a week", "SET", "P1W", ""}, {"a day", "SET", "P1D", ""}, {"per hour", "SET", "PT1H", ""}}},
		{"names", "The Daily Telegraph reported the previous record and the current account.", r0218, nil},
		{"last decade", "in the last decade", r0218, []want{{"the last decade", "DATE", "200", ""}}},
		{"every sunday", "every Sunday", r0218, []want{{"every Sunday", "SET", "XXXX-WXX-7", ""}}},

		// times
		{"clock", "The polls open at 10 a.m. and close at 7:30 p.m.", r0218, []want{{"10 a.m.", "TIME", "2019-02-18T10:00", ""}, {"7:30 p.m.", "TIME", "2019-02-18T19:30", ""}}},
		{"noon weekday", "It ended at noon Thursday.", r0218, []want{{"noon Thursday", "TIME", "2019-02-14T12:00", ""}}},
		{"clock zone date", "until 5 p.m. EST Nov. 9", date("1989-11-02"), []want{{"5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00", ""}}},

		// mods
		{"since", "Prices have doubled since May 2018.", r0218, []want{{"May 2018", "DATE", "2018-05", ""}}},
		{"early", "early 2019", r0218, []want{{"early 2019", "DATE", "2019", "START"}}},
		{"end of year", "by the end of the year", r0218, []want{{"the end of the year", "DATE", "2019", "END"}}},
		{"mid month", "in mid-November", date("1989-11-20"), []want{{"mid-November", "DATE", "1989-11", "MID"}}},
		{"earlier this year", "earlier this year", r0218, []want{{"earlier this year", "DATE", "2019", "START"}}},

		// holidays
		{"christmas", "Stores will close on Christmas Eve.", r0218, []want{{"Christmas Eve", "DATE", "2019-12-24", ""}}},
		{"christmas past", "on Christmas Eve", r0218, []want{{"Christmas Eve", "DATE", "2018-12-24", ""}}},
		{"us holidays", "Labor Day, Memorial Day 2019, Valentine's Day and Election Day 2018", r0218, []want{
			{"Labor Day", "DATE", "2018-09-03", ""}, {"Memorial Day 2019", "DATE", "2019-05-27", ""},
			{"Valentine's Day", "DATE", "2019-02-14", ""}, {"Election Day 2018", "DATE", "2018-11-06", ""}}},
		{"holiday words", "labor day and the election results", r0218, nil},
		{"thanksgiving", "He was arrested on Thanksgiving Day.", date("2000-01-07"), []want{{"Thanksgiving Day", "DATE", "1999-11-25", ""}}},

		// not time expressions
		{"may verb", "They may go. The march began. An august body.", r0218, nil},
		{"money year", "It cost $2019 and 1990 people came.", r0218, nil},
		{"score", "The vote was 10:30 in favour.", r0218, nil},
		// a 24-hour clock time beside its zone is no year; a year beside a zone-less number still is
		{"clock with zone", "By 1100 (1600 GMT) the morgue was full; at 2345 GMT it closed.", r0218, nil},
		{"year not a clock", "The 1860 quake and the 1751 quake hit the city.", r0218, []want{{"1860", "DATE", "1860", ""}, {"1751", "DATE", "1751", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.text, tc.ref, tc.want) })
	}
}

func TestZeroRef(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"The vote was held February 17.", []want{{"February 17", "DATE", "", ""}}},
		{"on Monday", []want{{"Monday", "DATE", "", ""}}},
		{"last week and yesterday", []want{{"last week", "DATE", "", ""}, {"yesterday", "DATE", "", ""}}},
		{"in December", []want{{"December", "DATE", "", ""}}},
		{"two years ago", []want{{"two years ago", "DATE", "", ""}}},
		// absolute expressions still resolve
		{"Feb. 17, 2019 and May 2018", []want{{"Feb. 17, 2019", "DATE", "2019-02-17", ""}, {"May 2018", "DATE", "2018-05", ""}}},
		{"three years", []want{{"three years", "DURATION", "P3Y", ""}}},
		{"now", []want{{"now", "DATE", "PRESENT_REF", ""}}},
	}
	for _, tc := range tests {
		check(t, tc.text, document.Date{}, tc.want)
	}
}

func TestPrep(t *testing.T) {
	tests := []struct {
		text, prep string
	}{
		{"Prices have doubled since May 2018.", "since"},
		{"Debt was $5 billion as of September 30.", "as of"},
		{"The offer runs until Friday.", "until"},
		{"It happened on Monday.", "on"},
		{"It happened Monday.", ""},
		{"Prices rose in the 1990s.", "in"},
	}
	for _, tc := range tests {
		es := find(tc.text, date("2019-02-18"))
		if len(es) != 1 {
			t.Fatalf("%q: %d expressions", tc.text, len(es))
		}
		if es[0].Prep != tc.prep || es[0].PrepSpan.Of(tc.text) != tc.prep {
			t.Errorf("%q: prep %q span %v, want %q", tc.text, es[0].Prep, es[0].PrepSpan, tc.prep)
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		s, ref, typ, value string
		ok                 bool
	}{
		{"February 17", "2019-02-18", "DATE", "2019-02-17", true},
		{"next Tuesday", "2019-02-18", "DATE", "2019-02-19", true},
		{"the past three years", "2019-02-18", "DURATION", "P3Y", true},
		{"2019", "", "DATE", "2019", true},
		{"banana", "2019-02-18", "", "", false},
	}
	for _, tc := range tests {
		var ref document.Date
		if tc.ref != "" {
			ref = date(tc.ref)
		}
		e, ok := Parse(tc.s, ref)
		if ok != tc.ok || e.Type != tc.typ || e.Value != tc.value {
			t.Errorf("Parse(%q) = %+v %v, want %s %s %v", tc.s, e, ok, tc.typ, tc.value, tc.ok)
		}
	}
}

func TestEaster(t *testing.T) {
	for _, tc := range []struct{ y, m, d int }{{2019, 4, 21}, {2020, 4, 12}, {2024, 3, 31}} {
		if m, d := easter(tc.y); m != tc.m || d != tc.d {
			t.Errorf("easter(%d) = %d-%d", tc.y, m, d)
		}
	}
}

func validSpans(t *testing.T, text string, es []Expr) {
	t.Helper()
	last := 0
	for _, e := range es {
		if e.Span.Start < last || e.Span.End > len(text) || e.Span.Start >= e.Span.End {
			t.Fatalf("bad span %v in %q", e.Span, text)
		}
		if !utf8.ValidString(text) {
			continue
		}
		if e.Prep != "" && e.PrepSpan.Of(text) != e.Prep {
			t.Fatalf("bad prep %q %v in %q", e.Prep, e.PrepSpan, text)
		}
		last = e.Span.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"on Monday, Feb. 17, 2019 at 10 a.m.", "the past six months", "1/6/2020", "every Sunday night",
		"5 1/2 years", "'90s", "nineteen ninety", "mid-", "the end of", "Jan.", "fiscal", "more than", "12:30 p.m. EST"} {
		f.Add(s, int64(0))
		f.Add(s, int64(18000))
	}
	f.Fuzz(func(t *testing.T, s string, days int64) {
		var ref document.Date
		if days > 0 && days < 200000 {
			ref = date("1900-01-01")
			ref = document.NewDate(ref.Time().AddDate(0, 0, int(days)))
		}
		es := find(s, ref)
		validSpans(t, s, es)
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"February 17", "the third quarter of 2019", "two years ago", "Christmas 2018", "12/31/99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, ok := Parse(s, date("2019-02-18"))
		if ok && (e.Span.Start < 0 || e.Span.End > len(s) || e.Span.Start >= e.Span.End) {
			t.Fatalf("bad span %v for %q", e.Span, s)
		}
	})
}

// benchText is a news-like paragraph written for the benchmark.
const benchText = `The city council said on Monday that it would vote Thursday on a plan to raise
the minimum wage to $15 an hour by 2021, two years ahead of the state schedule. The plan, first
proposed in March 2018, was delayed last year after business groups objected. Since then, the
mayor's office has held more than 40 public meetings, most recently on Feb. 12, and officials said
unemployment in the third quarter fell to 3.8 percent, its lowest level since the 1990s. "We have
waited long enough," said council member Ana Ruiz, who has served for nine years. Opponents warned
that small shops could close within six months. A final vote is expected in the coming weeks, and the
measure would take effect on January 1 if it passes. Currently, about 12,000 workers earn less than
the proposed wage, according to a report released yesterday by the labor department.
`

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat(benchText, 20)
	toks := segment.Tokenize(text, nil)
	words := 0
	for _, tk := range toks {
		if tk.Kind == segment.Word || tk.Kind == segment.Number {
			words++
		}
	}
	ref := date("2019-02-18")
	dst := make([]Expr, 0, 256)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuNanos()
	for i := 0; i < b.N; i++ {
		dst = Find(text, toks, ref, dst[:0])
	}
	cpu := cpuNanos() - cpu0
	b.StopTimer()
	ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N) / float64(words)
	b.ReportMetric(ns, "ns/word")
	b.ReportMetric(1e9/ns, "words/s")
	if cpu > 0 {
		// CPU time per word: robust when other processes share the cores
		b.ReportMetric(float64(cpu)/float64(b.N)/float64(words), "cpu-ns/word")
	}
}

// TestAfterThe pins the words after "the" that match reads by name, the
// quote marks, and "a", "an", "half" before a word of the lexicon, which
// match turns away before its general paths: each must still begin its
// expression, and a plain word after "the", "a" or "half" none.
func TestAfterThe(t *testing.T) {
	ref := date("2019-02-18")
	tests := []struct {
		text string
		want []want
	}{
		{"Sales will grow in the near future.", []want{{"the near future", "DATE", "FUTURE_REF", ""}}},
		{"Rates stay low in the short term.", []want{{"the short term", "DATE", "FUTURE_REF", ""}}},
		{"Shops close for the rest of the week.", []want{{"the rest of the week", "DATE", "2019-W08", ""}}},
		{"It rained the whole week.", []want{{"the whole week", "DURATION", "P1W", ""}}},
		{"Crowds gathered on the New Year's Day parade route.", []want{{"the New Year's Day", "DATE", "2019-01-01", ""}}},
		{"The band peaked in the '90s.", []want{{"'90s", "DATE", "199", ""}}},
		{"We met the day before yesterday.", []want{{"the day before yesterday", "DATE", "2019-02-16", ""}}},
		{"The month of May was wet.", []want{{"The month of May", "DATE", "2019-05", ""}}},
		{"The cat sat on the mat by the \"door\".", nil},
		{"The newest rest stop is another short walk.", nil},
		// "a", "an", "half": only before a word of the lexicon
		{"It happened a year ago, after a few days.", []want{{"a year ago", "DATE", "2018", ""}, {"a few days", "DURATION", "PXD", ""}}},
		{"Wait half an hour.", []want{{"half an hour", "DURATION", "PT30M", ""}}},
		{"At a quarter past three we met.", []want{{"a quarter past three", "TIME", "2019-02-18T03:15", ""}}},
		{"It took a dozen years and a couple of months.", []want{{"a dozen years", "DURATION", "P12Y", ""}, {"a couple of months", "DURATION", "P2M", ""}}},
		{"It took an hour and 30 minutes.", []want{{"an hour and 30 minutes", "DURATION", "PT1H30M", ""}}},
		{"She spent a half day and a two-year term there.", []want{{"a half day", "DURATION", "PT12H", ""}, {"two-year", "DURATION", "P2Y", ""}}},
		{"A man with half the team left an office.", nil},
		// a date before a hyphen that ends the text: match is asked of the
		// token after the last
		{"It ran in 2014-", []want{{"2014", "DATE", "2014", ""}}},
		{"From 2014-'", []want{{"2014", "DATE", "2014", ""}}},
	}
	for _, tc := range tests {
		check(t, tc.text, ref, tc.want)
	}
}

// TestMayStart checks canStart's filter against the words it must let
// through (every key of startTable, in any ASCII case) and a few frequent
// words it should turn away.
func TestMayStart(t *testing.T) {
	may := func(w string) bool {
		l := strings.ToLower(w)
		c1, cp := byte(0), byte(0)
		if len(l) > 1 {
			c1, cp = l[1], l[len(l)-2]
		}
		return mayStart(len(l), l[0], c1, cp, l[len(l)-1])
	}
	startTable.Each(func(k string, _ struct{}) {
		if !may(k) || !may(strings.ToUpper(k)) {
			t.Errorf("mayStart turns away the start word %q", k)
		}
	})
	for _, w := range []string{"and", "for", "said", "have", "there", "they"} {
		if may(w) {
			t.Errorf("mayStart(%q) = true, want false", w)
		}
	}
}

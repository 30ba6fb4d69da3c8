package quantity

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
)

// want describes one expected quantity; Text is the whole Span's text and
// Num the NumSpan's.
type want struct {
	Text, Num     string
	Value         float64
	Low, High     float64 // checked when Range
	Range         bool
	Approx, Unit  string
	Frac, Ord, Yr bool
	Date, Vague   bool
}

func find(text string) []Quantity {
	return Find(text, segment.Tokenize(text, nil), nil)
}

func eq(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func check(t *testing.T, text string, got []Quantity, ws []want) {
	t.Helper()
	if len(got) != len(ws) {
		var s []string
		for _, q := range got {
			s = append(s, q.Span.Of(text))
		}
		t.Fatalf("%q: got %d quantities %q, want %d", text, len(got), s, len(ws))
	}
	for i, w := range ws {
		q := got[i]
		if g := q.Span.Of(text); g != w.Text {
			t.Errorf("%q #%d: span %q, want %q", text, i, g, w.Text)
		}
		if w.Num != "" && q.NumSpan.Of(text) != w.Num {
			t.Errorf("%q #%d: num span %q, want %q", text, i, q.NumSpan.Of(text), w.Num)
		}
		if !eq(q.Value, w.Value) {
			t.Errorf("%q #%d: value %v, want %v", text, i, q.Value, w.Value)
		}
		if q.Range != w.Range || w.Range && (!eq(q.Low, w.Low) || !eq(q.High, w.High)) {
			t.Errorf("%q #%d: range %v [%v,%v], want %v [%v,%v]", text, i, q.Range, q.Low, q.High, w.Range, w.Low, w.High)
		}
		if !w.Range && (q.Low != q.Value || q.High != q.Value) {
			t.Errorf("%q #%d: single value with Low/High %v/%v", text, i, q.Low, q.High)
		}
		if q.Approx != w.Approx || q.Unit != w.Unit {
			t.Errorf("%q #%d: approx %q unit %q, want %q %q", text, i, q.Approx, q.Unit, w.Approx, w.Unit)
		}
		if q.Fraction != w.Frac || q.Ordinal != w.Ord || q.Year != w.Yr || q.Date != w.Date || q.Vague != w.Vague {
			t.Errorf("%q #%d: flags frac=%v ord=%v year=%v date=%v vague=%v, want %v %v %v %v %v", text, i,
				q.Fraction, q.Ordinal, q.Year, q.Date, q.Vague, w.Frac, w.Ord, w.Yr, w.Date, w.Vague)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"digits", "Police counted 1,720 cars and 8,892 bikes, 3.5 each, -3 net.", []want{
			{Text: "1,720", Value: 1720}, {Text: "8,892", Value: 8892}, {Text: "3.5", Value: 3.5}, {Text: "-3", Value: -3}}},
		{"currency glued scale", "It cost $639m, then £600m and $1.2bn; 5bn more; 1.13bn.", []want{
			{Text: "$639m", Num: "639m", Value: 639e6, Unit: "USD"}, {Text: "£600m", Num: "600m", Value: 600e6, Unit: "GBP"},
			{Text: "$1.2bn", Num: "1.2bn", Value: 1.2e9, Unit: "USD"}, {Text: "5bn", Value: 5e9}, {Text: "1.13bn", Value: 1.13e9}}},
		{"scale word glued to digits", "A $7million bounty and 2billion more.", []want{
			{Text: "$7million", Num: "7million", Value: 7e6, Unit: "USD"}, {Text: "2billion", Value: 2e9}}},
		{"or between two counts is a range", "Only two or three streets, 10 or 12 homes.", []want{
			{Text: "two or three", Num: "two", Value: 2, Low: 2, High: 3, Range: true},
			{Text: "10 or 12", Num: "10", Value: 10, Low: 10, High: 12, Range: true}}},
		{"or between sums or alternatives is two", "Fines of $5bn or $9bn, either 4 or 6 years.", []want{
			{Text: "$5bn", Num: "5bn", Value: 5e9, Unit: "USD"}, {Text: "$9bn", Num: "9bn", Value: 9e9, Unit: "USD"},
			{Text: "4", Value: 4}, {Text: "6", Value: 6}}},
		{"an adjectival pound is a weight", "It dropped a 500-pound bomb.", []want{
			{Text: "500-pound", Num: "500", Value: 500, Unit: "lb"}}},
		{"currency words and codes", "They paid 20 euros, US$5 million, 361 million pounds and EUR 125.", []want{
			{Text: "20 euros", Num: "20", Value: 20, Unit: "EUR"}, {Text: "US$5 million", Num: "5 million", Value: 5e6, Unit: "USD"},
			{Text: "361 million pounds", Value: 361e6, Unit: "GBP"}, {Text: "EUR 125", Num: "125", Value: 125, Unit: "EUR"}}},
		{"percent", "Up 76% and 5.5 percent, or 3 per cent; 2 percentage points.", []want{
			{Text: "76%", Num: "76", Value: 76, Unit: "%"}, {Text: "5.5 percent", Value: 5.5, Unit: "%"},
			{Text: "3 per cent", Value: 3, Unit: "%"}, {Text: "2 percentage points", Value: 2, Unit: "pp"}}},
		{"words", "three, twenty-five, one hundred and six, a thousand, a dozen, two billion", []want{
			{Text: "three", Value: 3}, {Text: "twenty-five", Value: 25}, {Text: "one hundred and six", Value: 106},
			{Text: "a thousand", Value: 1000}, {Text: "a dozen", Value: 12}, {Text: "two billion", Value: 2e9}}},
		{"scale", "some 3.5 million, half a million, two and a half million, 10K", []want{
			{Text: "some 3.5 million", Num: "3.5 million", Value: 3.5e6, Approx: About},
			{Text: "half a million", Value: 5e5}, {Text: "two and a half million", Value: 2.5e6}, {Text: "10K", Value: 1e4}}},
		{"vague", "Hundreds of people and tens of thousands of fans; dozens fled.", []want{
			{Text: "Hundreds", Value: 200, Approx: AtLeast, Vague: true},
			{Text: "tens of thousands", Value: 20000, Approx: AtLeast, Vague: true},
			{Text: "dozens", Value: 24, Approx: AtLeast, Vague: true}}},
		{"approx", "roughly 30, approximately 40, nearly 50, almost 60, close to 70, more than 80, over 90", []want{
			{Text: "roughly 30", Value: 30, Approx: About}, {Text: "approximately 40", Value: 40, Approx: About},
			{Text: "nearly 50", Value: 50, Approx: Nearly}, {Text: "almost 60", Value: 60, Approx: Nearly},
			{Text: "close to 70", Value: 70, Approx: Nearly}, {Text: "more than 80", Value: 80, Approx: MoreThan},
			{Text: "over 90", Value: 90, Approx: MoreThan}}},
		{"approx 2", "upwards of 5, at least 6, fewer than 7, less than 8, under 9, up to 700, at most 11", []want{
			{Text: "upwards of 5", Value: 5, Approx: MoreThan}, {Text: "at least 6", Value: 6, Approx: AtLeast},
			{Text: "fewer than 7", Value: 7, Approx: LessThan}, {Text: "less than 8", Value: 8, Approx: LessThan},
			{Text: "under 9", Value: 9, Approx: LessThan}, {Text: "up to 700", Value: 700, Approx: UpTo},
			{Text: "at most 11", Value: 11, Approx: AtMost}}},
		{"approx 3", "as many as 60, an estimated 300, estimated 4, just over 20, just under 1,000, 50 or more", []want{
			{Text: "as many as 60", Value: 60, Approx: UpTo}, {Text: "an estimated 300", Value: 300, Approx: Estimated},
			{Text: "estimated 4", Value: 4, Approx: Estimated}, {Text: "just over 20", Value: 20, Approx: MoreThan},
			{Text: "just under 1,000", Value: 1000, Approx: Nearly}, {Text: "50 or more", Value: 50, Approx: AtLeast}}},
		{"ranges", "30,000 to 40,000, 30,000-40,000, between 10 and 15, between 20 to 25, from 5 to 10, 3 to 4 million", []want{
			{Text: "30,000 to 40,000", Num: "30,000", Value: 30000, Low: 30000, High: 40000, Range: true},
			{Text: "30,000-40,000", Value: 30000, Low: 30000, High: 40000, Range: true},
			{Text: "between 10 and 15", Value: 10, Low: 10, High: 15, Range: true},
			{Text: "between 20 to 25", Value: 20, Low: 20, High: 25, Range: true},
			{Text: "from 5 to 10", Value: 5, Low: 5, High: 10, Range: true},
			{Text: "3 to 4 million", Value: 3e6, Low: 3e6, High: 4e6, Range: true}}},
		{"not ranges", "The vote was 5 to 4; call +1-222-2222.", []want{
			{Text: "5", Value: 5}, {Text: "4", Value: 4}, {Text: "1", Value: 1}, {Text: "222", Value: 222}, {Text: "2222", Value: 2222}}},
		{"fractions", "nearly half of the forces, two-thirds of voters, a quarter of it, a third, 3/4", []want{
			{Text: "nearly half", Value: 0.5, Approx: Nearly, Frac: true}, {Text: "two-thirds", Value: 2.0 / 3, Frac: true},
			{Text: "a quarter", Value: 0.25, Frac: true}, {Text: "a third", Value: 1.0 / 3, Frac: true}, {Text: "3/4", Value: 0.75}}},
		{"measures", "12 km, 5 miles, 40 kg, 3 tonnes, a 45-acre farm, 1.8m tall, 30 degrees Celsius", []want{
			{Text: "12 km", Value: 12, Unit: "km"}, {Text: "5 miles", Value: 5, Unit: "mi"}, {Text: "40 kg", Value: 40, Unit: "kg"},
			{Text: "3 tonnes", Value: 3, Unit: "t"}, {Text: "45-acre", Value: 45, Unit: "acre"}, {Text: "1.8m", Num: "1.8", Value: 1.8, Unit: "m"},
			{Text: "30 degrees Celsius", Value: 30, Unit: "°C"}}},
		{"million m", "The app has 2m users.", []want{{Text: "2m", Value: 2e6}}},
		{"metres or million", "his Olympic 100m title, the 60m hurdles, a 5,000m record, 2.5m viewers, a 5.05m vault", []want{
			{Text: "100m", Num: "100", Value: 100, Unit: "m"}, {Text: "60m", Num: "60", Value: 60, Unit: "m"},
			{Text: "5,000m", Num: "5,000", Value: 5000, Unit: "m"}, {Text: "2.5m", Value: 2.5e6},
			{Text: "5.05m", Num: "5.05", Value: 5.05, Unit: "m"}}},
		{"race times", "won in 7:39.89 at 10:30", []want{
			{Text: "7", Value: 7, Date: true}, {Text: "39.89", Value: 39.89, Date: true},
			{Text: "10", Value: 10, Date: true}, {Text: "30", Value: 30, Date: true}}},
		{"age", "a 34-year-old man and a girl, 5 years old", []want{
			{Text: "34-year-old", Num: "34", Value: 34, Unit: "years old"}, {Text: "5 years old", Value: 5, Unit: "years old"}}},
		{"ordinals", "2nd Battalion 87th Infantry Regiment, 3rd Brigade Combat Team, 10th Mountain Division, the third time", []want{
			{Text: "2nd", Value: 2, Ord: true}, {Text: "87th", Value: 87, Ord: true}, {Text: "3rd", Value: 3, Ord: true},
			{Text: "10th", Value: 10, Ord: true}, {Text: "third", Value: 3, Ord: true}}},
		{"years and dates", "since May 2018, on September 30 at 10 a.m., in the 1990s, on 4 July, in 2018-19", []want{
			{Text: "2018", Value: 2018, Yr: true}, {Text: "30", Value: 30, Date: true}, {Text: "10", Value: 10, Date: true},
			{Text: "1990s", Value: 1990, Yr: true}, {Text: "4", Value: 4, Date: true},
			{Text: "2018-19", Value: 2018, Low: 2018, High: 2019, Range: true, Yr: true}}},
		{"comma number is not a year", "It has 2,018 members and more than 2000 staff.", []want{
			{Text: "2,018", Value: 2018}, {Text: "more than 2000", Value: 2000, Approx: MoreThan}}},
		{"pronoun one", "No one knows which one; one of the men; the one; one another.", []want{
			{Text: "one", Value: 1}}},
		{"codes", "The 3D model, an A380, two F-16 jets and COVID-19; 5k-20k.", []want{
			{Text: "two", Value: 2}, {Text: "5k-20k", Num: "5k", Value: 5000, Low: 5000, High: 20000, Range: true}}},
		{"vulgar and compound measures", "Add ½ teaspoon; he is 5 feet 2 inches, 2½ miles away.", []want{
			{Text: "½ teaspoon", Value: 0.5, Unit: "tsp"}, {Text: "5 feet 2 inches", Num: "5", Value: 5 + 2.0/12, Unit: "ft"},
			{Text: "2½ miles", Value: 2.5, Unit: "mi"}}},
		{"dollars and cents", "It cost 3 dollars 50 cents, or thirteen dollars and forty-five cents.", []want{
			{Text: "3 dollars 50 cents", Num: "3", Value: 3.5, Unit: "USD"},
			{Text: "thirteen dollars and forty-five cents", Value: 13.45, Unit: "USD"}}},
		{"ordinal not fraction", "in a third quarter, after the past three quarters, a third of voters", []want{
			{Text: "third", Value: 3, Ord: true}, {Text: "three", Value: 3}, {Text: "a third", Value: 1.0 / 3, Frac: true}}},
		{"numeric dates", "date 2020-01-06 and 5/17/2018 but 1-222-2222-2222", []want{
			{Text: "2020", Value: 2020, Yr: true, Date: true}, {Text: "01", Value: 1, Date: true}, {Text: "06", Value: 6, Date: true},
			{Text: "5", Value: 5, Date: true}, {Text: "17", Value: 17, Date: true}, {Text: "2018", Value: 2018, Yr: true, Date: true},
			{Text: "1", Value: 1}, {Text: "222", Value: 222}, {Text: "2222", Value: 2222}, {Text: "2222", Value: 2222}}},
		{"names and clock", "the Guildford Four were freed. Four men left at 2005 GMT.", []want{
			{Text: "Four", Value: 4}, {Text: "2005", Value: 2005, Yr: true, Date: true}}},
		{"news units", "It was 30C on Monday, rates fell 25 basis points, between 5% and 10%, 3pc, Rs 500 crore", []want{
			{Text: "30C", Num: "30", Value: 30, Unit: "°C"}, {Text: "25 basis points", Value: 25, Unit: "bp"},
			{Text: "between 5% and 10%", Num: "5", Value: 5, Low: 5, High: 10, Range: true, Unit: "%"},
			{Text: "3pc", Value: 3, Unit: "%"}, {Text: "Rs 500 crore", Num: "500 crore", Value: 5e9, Unit: "INR"}}},
		{"aged", "A man, aged 34, and a woman of age 87; the age of 5.", []want{
			{Text: "aged 34", Num: "34", Value: 34, Unit: "years old"}, {Text: "age 87", Num: "87", Value: 87, Unit: "years old"},
			{Text: "5", Value: 5}}},
		{"from without to", "Sales rose from 5% last year; fees between $3 million.", []want{
			{Text: "5%", Value: 5, Unit: "%"}, {Text: "$3 million", Num: "3 million", Value: 3e6, Unit: "USD"}}},
		{"proportions", "One in five adults, nine out of 10 doctors, 12 in six boxes, 2 in 2019", []want{
			{Text: "One in five", Value: 0.2, Frac: true}, {Text: "nine out of 10", Value: 0.9, Frac: true},
			{Text: "12", Value: 12}, {Text: "six", Value: 6}, {Text: "2", Value: 2}, {Text: "2019", Value: 2019, Yr: true}}},
		{"part and whole are two counts", "killed 300 out of 400 soldiers; 12 out of 30 guards; one in 200 births, three in 20 adults", []want{
			{Text: "300", Value: 300}, {Text: "400", Value: 400}, {Text: "12", Value: 12}, {Text: "30", Value: 30},
			{Text: "one in 200", Value: 0.005, Frac: true}, {Text: "three in 20", Value: 0.15, Frac: true}}},
		{"url", "See https://example.com/a?q=30%25 for 12 items.", []want{{Text: "12", Value: 12}}},
		{"word decimals and space groups", "minus five point five, 40 000 and 1 234 567", []want{
			{Text: "minus five point five", Value: -5.5}, {Text: "40 000", Value: 40000}, {Text: "1 234 567", Value: 1234567}}},
		{"comparators", "x>10 and a score of 200 or greater; less than 5000 or equal", []want{
			{Text: ">10", Num: "10", Value: 10, Approx: MoreThan}, {Text: "200 or greater", Value: 200, Approx: AtLeast},
			{Text: "less than 5000 or equal", Value: 5000, Approx: AtMost}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.text, find(tt.text), tt.want)
		})
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"1,720", 1720, true}, {"3.5", 3.5, true}, {" 42 ", 42, true}, {"-3", -3, true}, {"5bn", 5e9, true},
		{"1.13bn", 1.13e9, true}, {"10K", 1e4, true}, {"12,34,567.89", 1234567.89, true}, {"5,00", 5, true},
		{"twenty-five", 25, true}, {"one hundred and six", 106, true}, {"a dozen", 12, true},
		{"half a million", 5e5, true}, {"two-thirds", 2.0 / 3, true}, {"three million", 3e6, true},
		{"twenty-one trillion three hundred", 21000000000300, true}, {"87th", 87, true}, {"third", 3, true},
		{"3 dozens", 36, true}, {".08", 0.08, true}, {"nought point nought three", 0.03, true},
		{"", 0, false}, {"abc", 0, false}, {"three four", 0, false}, {"12 apples", 0, false},
		{"1.2.3", 0, false}, {"hundreds", 0, false}, {"5x", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseNumber(tt.in)
		if ok != tt.ok || ok && !eq(got, tt.want) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1,720", "twenty-five", "half a million", "-3.5bn", "1 234", "3/4", "a", "one and a half"} {
		f.Add(s)
	}
	f.Add("123456789")
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseNumber(s)
		if ok && (math.IsNaN(v) || math.IsInf(v, 0)) {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
		// plain digit strings (no leading zero) must read exactly
		if len(s) > 0 && len(s) <= 15 && s[0] != '0' && strings.Trim(s, "0123456789") == "" {
			want, _ := strconv.ParseFloat(s, 64)
			if !ok || v != want {
				t.Fatalf("ParseNumber(%q) = %v, %v; want %v", s, v, ok, want)
			}
		}
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"More than 1,720 people, $639m, 76% and between 10 and 15.",
		"nearly half of the 2nd Battalion, September 30, 10 a.m.",
		"½ - 5 ~ 6 > = 7 US$ C $ 8 ₹9 .5 3/4 2018-19",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		qs := find(s)
		prev := 0
		for _, q := range qs {
			if q.Span.Start < prev || q.Span.End <= q.Span.Start || q.Span.End > len(s) {
				t.Fatalf("%q: bad span %v after %d", s, q.Span, prev)
			}
			if !q.Span.Contains(q.NumSpan) || q.NumSpan.Len() <= 0 {
				t.Fatalf("%q: num span %v outside %v", s, q.NumSpan, q.Span)
			}
			if !q.UnitSpan.IsZero() && !q.Span.Contains(q.UnitSpan) {
				t.Fatalf("%q: unit span %v outside %v", s, q.UnitSpan, q.Span)
			}
			if !q.HighSpan.IsZero() && !q.Span.Contains(q.HighSpan) {
				t.Fatalf("%q: high span %v outside %v", s, q.HighSpan, q.Span)
			}
			prev = q.Span.End
		}
	})
}

// benchText is a realistic news paragraph written for this benchmark.
const benchText = `The ministry said on Tuesday that more than 1,720 people had been evacuated from three villages
near the border, and that roughly $639m in emergency aid had been pledged since May 2018. Officials
estimated that between 30,000 and 40,000 residents remained in the area, nearly half of them children.
A spokesman for the 2nd Battalion, 87th Infantry Regiment said two soldiers were wounded on September 30
at 10 a.m., adding that unemployment had risen to 5.5 percent, up from 3.2% a year earlier. Hundreds of
families have fled, and about a quarter of the region's 2.4 million inhabitants now live in camps
that stretch 12 km along the river, according to an estimated count by aid groups.
`

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat(benchText, 20)
	toks := segment.Tokenize(text, nil)
	words := 0
	for _, t := range toks {
		if t.Kind == segment.Word || t.Kind == segment.Number {
			words++
		}
	}
	dst := make([]Quantity, 0, 512)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dst = Find(text, toks, dst[:0])
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words), "ns/word")
}

// TestApproxWordAlone pins the approximators and prefixes that at reads
// before a number, and the same words with no number after them, which at
// turns away without reading a number.
func TestApproxWordAlone(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"Sales rose in excess of 40 tonnes.", []want{{Text: "in excess of 40 tonnes", Value: 40, Approx: "more than", Unit: "t"}}},
		{"At least 3 people and well over 200 cars.", []want{{Text: "At least 3", Value: 3, Approx: "at least"}, {Text: "well over 200", Value: 200, Approx: "more than"}}},
		{"Not quite half a million people came.", []want{{Text: "half a million", Value: 500000}}},
		{"It cost USD 200 and US$5.", []want{{Text: "USD 200", Value: 200, Unit: "USD"}, {Text: "US$5", Value: 5, Unit: "USD"}}},
		{"In the red: minus 4 degrees, negative 3.", []want{{Text: "minus 4 degrees", Value: -4, Unit: "°"}, {Text: "negative 3", Value: -3}}},
		{"About a third of them left, some 12 in all.", []want{{Text: "About a third", Value: 1.0 / 3, Approx: "about", Frac: true}, {Text: "some 12", Value: 12, Approx: "about"}}},
		{"He was in the office about it, as usual, at home.", nil},
	}
	for _, tc := range tests {
		check(t, tc.text, find(tc.text), tc.want)
	}
}

// TestStartFilter checks mayStart's filter lets every start word through,
// in any ASCII case.
func TestStartFilter(t *testing.T) {
	for w, e := range lexWords {
		if e.class&wStart == 0 || len(w) >= 32 {
			continue
		}
		upper := func(s string) string { // ASCII letters only, byte by byte
			b := []byte(s)
			for i, c := range b {
				if c >= 'a' && c <= 'z' {
					b[i] = c - 'a' + 'A'
				}
			}
			return string(b)
		}
		for _, v := range []string{w, upper(w), upper(w[:1]) + w[1:]} {
			if h := startHashOf(v); startBits[h>>6]&(1<<(h&63)) == 0 {
				t.Errorf("start filter turns away %q", v)
			}
		}
	}
}

// Package quantity finds numbers written in digits or words, with their
// approximation ("roughly", "more than"), ranges ("30,000 to 40,000"),
// fractions ("nearly half of") and attached units (%, $, km).
//
// Find is a single left-to-right pass over the tokens of segment.Tokenize.
// It never allocates per token: words are lower-cased into a stack buffer
// and looked up in package-level tables built once at start-up.
//
// Decisions worth knowing:
//   - Vague plurals ("hundreds", "thousands of", "tens of thousands",
//     "dozens") are emitted with Vague set, Approx "at least" and Value
//     twice the named scale (200, 2000, 20000, 24): the plural means at
//     least two of them.
//   - Numbers that belong to a date or a clock time ("September 30",
//     "the 4th of July", "10 a.m.", "10:30", "7:39.89", "2020-01-06",
//     "5/17/2018", "at 2005 GMT") are emitted with Date set, so that
//     callers skip them; four-digit years with Year set; ordinals ("2nd",
//     "87th", "third", "a third quarter") with Ordinal set.
//   - Not emitted at all: "one" used as a pronoun ("the one", "no one",
//     "which one", "one another"); codes ("F-16", "COVID-19", "A380",
//     "3D", "0800 028"); numbers inside URLs; a capitalized number word
//     inside a name ("the Guildford Four").
//   - A lower-case "m" glued to digits is million after a currency
//     ("$639m") or before a counted plural noun ("2m users", "1.5m
//     people"), and metres otherwise ("100m title", "5.05m", "1.8m tall").
//   - "from 5 to 10" and "between 5 and 10" are emitted as one Range
//     quantity; whether that is a range or a change of value is left to the
//     extractor (NumSpan and HighSpan point to the two ends).
//   - "3 dollars 50 cents" is 3.5 USD; "5 feet 2 inches" is 5.1667 ft.
package quantity

import (
	"math"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// Quantity is one number mention.
type Quantity struct {
	// Span covers the whole mention including approximation words and the
	// unit symbol; NumSpan covers the number itself (with its scale word,
	// "3.5 million"), and for a range its low end.
	Span    document.Span
	NumSpan document.Span
	// HighSpan is the high end of a range, zero otherwise.
	HighSpan document.Span
	// UnitSpan covers the unit: "$", "US$", "%", "per cent", "km",
	// "dollars"; zero when there is none.
	UnitSpan document.Span
	Value    float64
	// Low and High bound a range; for a single number both equal Value.
	Low, High float64
	Range     bool
	// Approx is "", "about", "nearly", "more than", "less than",
	// "at least", "at most", "up to", "estimated" or "exactly"
	// (normalized; see the constants).
	Approx string
	// Unit is an attached unit: "%", "pp" (percentage points), an ISO 4217
	// currency code ("USD", "GBP"), "cent", "GBX" (pence), a measure
	// ("km", "kg", "t", "mi", "°C"), or an age ("years old"); counted
	// nouns are left to the extractor.
	Unit string
	// Fraction is set for "half", "a third", "two-thirds": Value is the
	// fraction and the mention is of another quantity.
	Fraction bool
	// Ordinal is set for "2nd", "third": not a count.
	Ordinal bool
	// Year is set for a bare four-digit number that reads as a year, and
	// for decades ("1990s").
	Year bool
	// Date is set for a number inside a date or clock time ("September
	// 30", "10 a.m.").
	Date bool
	// Vague is set for "hundreds", "thousands of", "dozens".
	Vague bool
}

// Find appends the quantities of text to dst, in text order. Spans never
// overlap and are strictly increasing.
func Find(text string, toks []segment.Token, dst []Quantity) []Quantity {
	s := scanner{text: text, toks: toks}
	var q Quantity
	for i := 0; i < len(toks); {
		if !s.mayStart(i) {
			i++
			continue
		}
		if s.urlStart(i) {
			// skip the URL: numbers in it are not quantities
			i++
			for i < len(toks) && toks[i].Flags&segment.SpaceBefore == 0 {
				i++
			}
			continue
		}
		if next, ok := s.at(i, &q); ok {
			dst = append(dst, q)
			i = next
			continue
		}
		i++
	}
	return dst
}

type scanner struct {
	text string
	toks []segment.Token
	// a two-slot cache of entry lookups: the same few tokens are looked
	// up repeatedly while a quantity is read
	memoI  [2]int
	memoE  [2]lexEntry
	memoOK [2]bool
	memoN  int
}

// mayStart is the cheap test that rejects most tokens before at.
func (s *scanner) mayStart(i int) bool {
	t := &s.toks[i]
	switch t.Kind {
	case segment.Number, segment.Symbol:
		return true
	case segment.Punct:
		c := s.text[t.Start]
		return c == '-' || c == '.' || c >= 0x80
	case segment.Word:
		n := t.End - t.Start
		c0 := lowerASCII(s.text[t.Start])
		if n < 32 {
			c1, cp := byte(0), byte(0)
			if n > 1 {
				c1, cp = lowerASCII(s.text[t.Start+1]), lowerASCII(s.text[t.End-2])
			}
			if h := startHash(n, c0, c1, cp, lowerASCII(s.text[t.End-1])); startBits[h>>6]&(1<<(h&63)) != 0 {
				if e, ok := s.entry(i); ok && e.class&wStart != 0 {
					return true
				}
			}
		}
		// "US$", "USD 200", "http://"
		return n == 3 && t.Flags&segment.AllCaps != 0 || n == 2 && s.text[t.Start:t.End] == "Rs" || i+1 < len(s.toks) && s.text[s.toks[i+1].Start] == '$' || (c0 == 'h' || c0 == 'w') && s.urlStart(i)
	}
	return false
}

// urlStart reports whether token i starts a URL ("http://", "www.").
func (s *scanner) urlStart(i int) bool {
	t := s.toks[i]
	if t.Kind != segment.Word || t.End-t.Start > 5 || t.End-t.Start < 3 || i+1 >= len(s.toks) || !s.glued(i+1) {
		return false
	}
	c := s.text[t.Start]
	if c != 'h' && c != 'H' && c != 'w' && c != 'W' {
		return false
	}
	next := s.tokText(i + 1)
	return (s.is(i, "http") || s.is(i, "https")) && next == ":" || s.is(i, "www") && next == "."
}

// num is one number read from the tokens.
type num struct {
	start, end int // bytes
	next       int // token index after the number
	val        float64
	base       float64 // value before the scale word
	scale      float64 // 1 when none
	ord        bool
	frac       bool
	vague      bool
	digits     bool // written in digits
	plain      bool // only digits, no comma, point or suffix
	ndigits    int
	decade     bool
	lead0      bool // a digit string starting with 0 ("01")
	bareOne    bool // the single word "one"
	meter      bool // glued "m" read as metres
	meterSpan  document.Span
	sufUnit    string // currency code glued in the token ("115USD")
}

// low lower-cases token i into buf; ok is false when it is not a word
// that fits.
func (s *scanner) low(i int, buf *[32]byte) ([]byte, bool) {
	if i < 0 || i >= len(s.toks) {
		return nil, false
	}
	t := s.toks[i]
	n := t.End - t.Start
	if n > len(buf) {
		return nil, false
	}
	for k := 0; k < n; k++ {
		c := s.text[t.Start+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return buf[:n], true
}

func (s *scanner) entry(i int) (lexEntry, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != segment.Word {
		return lexEntry{}, false
	}
	if s.memoI[0] == i+1 {
		return s.memoE[0], s.memoOK[0]
	}
	if s.memoI[1] == i+1 {
		return s.memoE[1], s.memoOK[1]
	}
	e, ok := s.lookup(i)
	k := s.memoN & 1
	s.memoI[k], s.memoE[k], s.memoOK[k] = i+1, e, ok
	s.memoN++
	return e, ok
}

func (s *scanner) lookup(i int) (lexEntry, bool) {
	t := s.toks[i]
	n := t.End - t.Start
	if n >= 32 || lexFilter[letterIndex(s.text[t.Start])][letterIndex(s.text[t.End-1])]&(1<<n) == 0 {
		return lexEntry{}, false
	}
	second := byte(' ')
	if n > 1 {
		second = s.text[t.Start+1]
	}
	if lexFilter2[letterIndex(s.text[t.Start])][letterIndex(second)]&(1<<n) == 0 {
		return lexEntry{}, false
	}
	// low would copy n < 32 bytes lowered: GetFold looks that up in place
	return lex.GetFold(s.text[t.Start:t.End])
}

// is reports whether token i is w (lower case ASCII), ignoring case.
func (s *scanner) is(i int, w string) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	if t.End-t.Start != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := s.text[t.Start+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

func (s *scanner) glued(i int) bool {
	return i > 0 && i < len(s.toks) && s.toks[i].Flags&segment.SpaceBefore == 0
}

func (s *scanner) tokText(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].Start:s.toks[i].End]
}

// matchPhrase returns the phrase of list starting at token i, longest first.
func (s *scanner) matchPhrase(idx *segment.Lexicon[[]int], list []phrase, i int) (int, int) {
	if i >= len(s.toks) {
		return -1, i
	}
	if s.toks[i].Kind == segment.Word {
		// the cached lexicon entry tells whether a phrase can start here
		e, ok := s.entry(i)
		want := wApprox
		if len(list) > 0 && &list[0] == &unitPhrases[0] {
			want = wUnit
		}
		if !ok || e.class&want == 0 {
			return -1, i
		}
	}
	var buf [32]byte
	b, ok := s.low(i, &buf)
	if !ok {
		return -1, i
	}
	cands := idx.AtBytes(b)
	for _, pi := range cands {
		p := list[pi]
		k := i + 1
		okp := true
		for _, w := range p.words[1:] {
			if k >= len(s.toks) || !s.is(k, w) {
				okp = false
				break
			}
			k++
		}
		if okp {
			return pi, k
		}
	}
	return -1, i
}

var approxIdx = phraseIndex(approxPhrases)
var unitIdx = phraseIndex(unitPhrases)

func phraseIndex(list []phrase) *segment.Lexicon[[]int] {
	m := make(map[string][]int)
	for i, p := range list {
		m[p.words[0]] = append(m[p.words[0]], i)
	}
	// longest first within each key
	for _, v := range m {
		for a := 1; a < len(v); a++ {
			for b := a; b > 0 && len(list[v[b]].words) > len(list[v[b-1]].words); b-- {
				v[b], v[b-1] = v[b-1], v[b]
			}
		}
	}
	return segment.LexiconOf(m)
}

// at tries to read a quantity starting at token i.
func (s *scanner) at(i int, q *Quantity) (int, bool) {
	t := s.toks[i]
	switch t.Kind {
	case segment.Word, segment.Number, segment.Symbol:
	case segment.Punct:
		c := s.text[t.Start]
		if !((c == '-' || c == '.') && i+1 < len(s.toks) && s.toks[i+1].Kind == segment.Number && s.glued(i+1)) && !(c >= 0x80 && vulgar(s.text[t.Start:t.End]) > 0) {
			return 0, false
		}
	default:
		return 0, false
	}
	*q = Quantity{}
	j := i
	if t.Kind == segment.Symbol && !(i > 0 && s.glued(i) && s.toks[i-1].Kind == segment.Symbol) {
		if pi, nj := s.matchPhrase(approxIdx, approxPhrases, i); pi >= 0 {
			q.Approx = approxPhrases[pi].norm
			j = nj
		}
	}
	if t.Kind == segment.Word {
		e, ok := s.entry(i)
		if !ok || e.class&wStart == 0 {
			// possible currency prefix "US$", "USD 200"
			if s.dollarPre(i) == "" && (t.Flags&segment.AllCaps == 0 || isoCode(s.tokText(i)) == "") && s.tokText(i) != "Rs" {
				return 0, false
			}
		}
		if e.class&wApprox != 0 {
			if pi, nj := s.matchPhrase(approxIdx, approxPhrases, i); pi >= 0 {
				q.Approx = approxPhrases[pi].norm
				j = nj
			}
		}
	}
	// "aged 34", "age 87": an age before the number
	agePre := -1
	if j == i && t.Kind == segment.Word && (s.is(i, "aged") || s.is(i, "age")) && i+1 < len(s.toks) && (s.toks[i+1].Kind == segment.Number || s.toks[i+1].Kind == segment.Word) {
		agePre = i
		j = i + 1
	}
	rangeWord := ""
	if j < len(s.toks) && s.toks[j].Kind == segment.Word && (s.is(j, "between") || s.is(j, "from")) {
		if s.is(j, "between") {
			rangeWord = "between"
		} else {
			rangeWord = "from"
		}
		j++
	}
	cur, curSpan, j2 := s.currencyPre(j)
	if j2 == i && t.Kind == segment.Word {
		// Nothing read before the number: a word of no number class (an
		// approximator alone, "in", "at", "about" with no phrase matched)
		// is no number, and no minus sign.
		if e, _ := s.entry(i); e.class&(wCard|wScale|wVague|wOrd|wDenom|wNeg|wArticle) == 0 {
			return 0, false
		}
	}
	n, ok := s.signedNum(j2, cur != "")
	if !ok {
		return 0, false
	}
	if agePre >= 0 && (cur != "" || n.ord || n.frac || n.vague || n.val < 0 || n.val > 130) {
		return 0, false
	}
	q.Span.Start = s.toks[i].Start
	if rangeWord != "" && q.Approx == "" {
		q.Span.Start = s.toks[i].Start
	}
	q.NumSpan = document.Span{Start: n.start, End: n.end}
	q.Value = n.val
	q.Low, q.High = n.val, n.val
	q.Ordinal = n.ord
	q.Fraction = n.frac
	q.Vague = n.vague
	end := n.end
	k := n.next
	if cur != "" {
		q.Unit = cur
		q.UnitSpan = curSpan
	}
	if n.meter || n.sufUnit != "" {
		q.Unit = "m"
		if n.sufUnit != "" {
			q.Unit = n.sufUnit
		}
		q.UnitSpan = n.meterSpan
		end = n.meterSpan.End
	}

	// "one in five", "nine out of 10": a proportion
	prop := false
	if cur == "" && !n.ord && !n.frac && !n.vague && n.scale == 1 && n.val >= 1 && n.val == float64(int64(n.val)) {
		if f, e2, k2, ok := s.proportion(k, n); ok {
			q.Fraction = true
			q.Value, q.Low, q.High = f, f, f
			q.NumSpan.End = e2
			end = e2
			k = k2
			prop = true // no unit or range after a proportion
		}
	}
	// range
	codeBefore := j2 > 1 && s.glued(j2) && (s.tokText(j2-1) == "-" || s.tokText(j2-1) == "/") && s.glued(j2-1) && s.toks[j2-2].Kind == segment.Number
	// A bare "one" opens a range only before "or"/"to" and a number
	// ("one or two other gunmen"); elsewhere it stays a single count.
	oneRange := n.bareOne && (s.is(k, "or") || s.is(k, "to"))
	if !n.ord && !n.frac && !n.vague && (!n.bareOne || oneRange) && !codeBefore && !prop {
		n2, k2, ok := s.rangeEnd(k, rangeWord, n, cur)
		if !ok && q.Unit == "" {
			// "between 5% and 10%", "5km to 10km": the unit repeated
			if u, us, ku := s.unitAfter(k); u != "" {
				if m2, km, ok2 := s.rangeEnd(ku, rangeWord, n, cur); ok2 {
					if u2, us2, ku2 := s.unitAfter(km); u2 == u {
						n2, k2, ok = m2, ku2, true
						q.Unit, q.UnitSpan = u, us
						n2.end = us2.End
					}
				}
			}
		}
		if ok {
			lo := n.val
			if n.scale == 1 && n2.scale > 1 && !n.digits == !n2.digits && n.val < n2.base {
				lo = n.val * n2.scale
			} else if n.scale == 1 && n2.scale > 1 && n.val < n2.base {
				lo = n.val * n2.scale
			}
			if n2.val > lo {
				q.Range = true
				q.Low, q.High = lo, n2.val
				q.Value = lo
				q.HighSpan = document.Span{Start: n2.start, End: n2.end}
				end = n2.end
				k = k2
				if n.plain && n.ndigits == 4 && n2.plain && (n2.ndigits == 2 || n2.ndigits == 4) && n.val >= 1800 && n.val <= 2100 {
					q.Year = true
				}
				if n2.meter && q.Unit == "" {
					q.Unit = "m"
					q.UnitSpan = n2.meterSpan
					end = n2.meterSpan.End
				}
			}
		}
	}
	if rangeWord != "" && !q.Range && q.Approx == "" {
		// "from" or "between" without a second number: start at the
		// currency or the number
		q.Span.Start = s.toks[j].Start
	}

	if agePre >= 0 && q.Unit == "" {
		q.Unit = "years old"
		q.UnitSpan = document.Span{Start: s.toks[agePre].Start, End: s.toks[agePre].End}
	}
	// unit after the number
	if q.Unit == "" && !n.ord && !prop {
		if u, us, k2 := s.unitAfter(k); u != "" {
			q.Unit = u
			q.UnitSpan = us
			end = us.End
			k = k2
			if IsCurrency(u) && n.scale == 1 && !q.Range {
				// "75 USD million"
				if e, ok := s.entry(k); ok && e.class&wScale != 0 && e.val >= 1000 {
					q.Value *= e.val
					q.Low, q.High = q.Value, q.Value
					end = s.toks[k].End
					k++
				}
			}
		}
	} else if cur != "" && !n.ord {
		// "$5 billion dollars": swallow a redundant currency word
		if u, us, k2 := s.unitAfter(k); u != "" && IsCurrency(u) {
			end = us.End
			k = k2
		}
	}

	if q.Fraction && q.Unit != "" {
		q.Fraction = false // "½ teaspoon", "a half mile"
	}
	// "5 feet 2 inches", "5 ft 2 in"
	if q.Unit == "ft" && !q.Range && q.UnitSpan.Start >= n.end {
		if in, e2, k2, ok := s.inches(k); ok {
			q.Value += in / 12
			q.Low, q.High = q.Value, q.Value
			end = e2
			k = k2
		}
	}
	// "3 dollars 50 cents", "thirteen dollars and forty-five cents"
	if !q.Range && !n.ord && n.scale == 1 && (q.Unit == "USD" || q.Unit == "GBP" || q.Unit == "EUR" || q.Unit == "CAD" || q.Unit == "AUD") && q.UnitSpan.Start >= n.end {
		if c, e2, k2, ok := s.cents(k); ok {
			q.Value += c
			q.Low, q.High = q.Value, q.Value
			end = e2
			k = k2
		}
	}
	// approximation after the number
	if (q.Approx == "" || q.Approx == About || q.Approx == Exactly) && !n.ord {
		if a, e2, k2 := s.postApprox(k); a != "" {
			q.Approx = a
			end = e2
			k = k2
		}
	} else if (q.Approx == MoreThan || q.Approx == LessThan) && s.is(k, "or") && s.is(k+1, "equal") && !(s.is(k+2, "to") && s.isNumStart(k+3)) {
		// "less than 5000 or equal (to)"
		if q.Approx == MoreThan {
			q.Approx = AtLeast
		} else {
			q.Approx = AtMost
		}
		end, k = s.toks[k+1].End, k+2
		if s.is(k, "to") && !s.isNumStart(k+1) {
			end, k = s.toks[k].End, k+1
		}
	}
	if n.vague && q.Approx == "" {
		q.Approx = AtLeast
	}
	q.Span.End = end

	// years, dates and clock times
	if n.decade {
		q.Year = true
	}
	if n.plain && n.ndigits == 4 && cur == "" && q.Unit == "" && q.Approx == "" && !q.Range && n.val <= 2100 && (n.val >= 1800 || n.val >= 1000 && s.yearPrep(j2-1)) {
		q.Year = true
	}
	if !q.Range && q.Unit == "" && n.digits && n.scale == 1 && (n.plain || n.ord) && s.dateLike(i, j2, n) {
		q.Date = true
	}
	// "7:39.89", "14:39.29": parts of a clock or race time
	if n.digits && j2 >= 2 && s.tokText(j2-1) == ":" && s.glued(j2) && s.glued(j2-1) && s.toks[j2-2].Kind == segment.Number {
		q.Date = true
	}
	// "5-6 March"
	if q.Range && n.digits && n.scale == 1 && q.Unit == "" && q.High <= 31 {
		if e, ok := s.entry(k); ok && e.class&wMonth != 0 {
			q.Date = true
		}
	}
	if n.bareOne && q.Unit == "" && q.Approx == "" && s.pronounOne(j2, n.next) {
		return 0, false
	}
	if q.Span.Start > q.NumSpan.Start {
		q.Span.Start = q.NumSpan.Start
	}
	return k, true
}

// IsCurrency reports whether a unit code is a currency: an ISO 4217 code
// (upper-case letters), "GBX" (pence) or "cent".
func IsCurrency(u string) bool {
	return len(u) == 3 && u[0] >= 'A' && u[0] <= 'Z' && u[1] >= 'A' && u[1] <= 'Z' && u[2] >= 'A' && u[2] <= 'Z' || u == "cent"
}

// dollarPre reads "US" before a glued or spaced "$".
func (s *scanner) dollarPre(i int) string {
	if i+1 >= len(s.toks) || s.toks[i].Kind != segment.Word || s.tokText(i+1) != "$" {
		return ""
	}
	var buf [32]byte
	b, ok := s.low(i, &buf)
	if !ok {
		return ""
	}
	code := dollarPrefix(string(b))
	if code == "" {
		return ""
	}
	if !s.glued(i+1) && len(b) == 1 && b[0] != 'c' {
		return ""
	}
	return code
}

// currencyPre reads a currency symbol before a number: "$", "£", "US$",
// "C$", "HK$".
func (s *scanner) currencyPre(j int) (string, document.Span, int) {
	if j >= len(s.toks) {
		return "", document.Span{}, j
	}
	t := s.toks[j]
	if t.Kind == segment.Word {
		if code := s.dollarPre(j); code != "" && j+2 < len(s.toks) && s.isNumStart(j+2) {
			return code, document.Span{Start: t.Start, End: s.toks[j+1].End}, j + 2
		}
		// "Rs 500 crore", "Rs. 20"
		if s.tokText(j) == "Rs" {
			m := j + 1
			if s.tokText(m) == "." && s.glued(m) {
				m++
			}
			if m < len(s.toks) && s.toks[m].Kind == segment.Number {
				return "INR", document.Span{Start: t.Start, End: s.toks[m-1].End}, m
			}
		}
		// "USD 200", "EUR 125"
		if t.Flags&segment.AllCaps != 0 && t.End-t.Start == 3 && j+1 < len(s.toks) && s.toks[j+1].Kind == segment.Number {
			if code := isoCode(s.text[t.Start:t.End]); code != "" {
				return code, document.Span{Start: t.Start, End: t.End}, j + 1
			}
		}
		return "", document.Span{}, j
	}
	if t.Kind == segment.Symbol {
		// "$US10 million", "$A3m": the country code after the "$".
		if s.text[t.Start:t.End] == "$" && j+2 < len(s.toks) && s.toks[j+1].Kind == segment.Word && s.glued(j+1) && s.glued(j+2) &&
			s.toks[j+1].Flags&segment.Cap != 0 && s.isNumStart(j+2) {
			var buf [32]byte
			if b, ok := s.low(j+1, &buf); ok {
				if code := dollarPrefix(string(b)); code != "" {
					return code, document.Span{Start: t.Start, End: s.toks[j+1].End}, j + 2
				}
			}
		}
		code := currencySymbol(s.text[t.Start:t.End])
		if code != "" && j+1 < len(s.toks) && s.isNumStart(j+1) {
			return code, document.Span{Start: t.Start, End: t.End}, j + 1
		}
	}
	return "", document.Span{}, j
}

func (s *scanner) isNumStart(j int) bool {
	if j >= len(s.toks) {
		return false
	}
	t := s.toks[j]
	switch t.Kind {
	case segment.Number:
		return true
	case segment.Punct:
		return s.text[t.Start] == '-' && j+1 < len(s.toks) && s.toks[j+1].Kind == segment.Number || vulgar(s.text[t.Start:t.End]) > 0
	case segment.Word:
		e, ok := s.entry(j)
		return ok && e.class&(wCard|wScale|wNeg|wDenom) != 0 || s.is(j, "a") || s.is(j, "an")
	}
	return false
}

// signedNum reads an optional sign ("-", "minus", "negative") and a number.
func (s *scanner) signedNum(j int, cur bool) (num, bool) {
	if j >= len(s.toks) {
		return num{}, false
	}
	t := s.toks[j]
	neg := false
	start := -1
	if t.Kind == segment.Punct && s.text[t.Start] == '-' {
		// a minus sign: not glued to a preceding word or number
		if j > 0 && s.toks[j].Flags&segment.SpaceBefore == 0 {
			pk := s.toks[j-1].Kind
			if pk == segment.Word || pk == segment.Number {
				return num{}, false
			}
		}
		if j+1 >= len(s.toks) || s.toks[j+1].Kind != segment.Number {
			return num{}, false
		}
		neg, start = true, t.Start
		j++
	} else if t.Kind == segment.Word && (s.is(j, "minus") || s.is(j, "negative")) {
		if j+1 >= len(s.toks) {
			return num{}, false
		}
		neg, start = true, t.Start
		j++
	}
	if t := s.toks[j]; t.Kind == segment.Punct && s.text[t.Start:t.End] == "." && j+1 < len(s.toks) && s.glued(j+1) && s.toks[j+1].Kind == segment.Number && (j == 0 || s.toks[j].Flags&segment.SpaceBefore != 0) {
		// ".08"
		d := s.tokText(j + 1)
		if !isDigits(d) {
			return num{}, false
		}
		v, _ := parseDigits(s.text[t.Start:s.toks[j+1].End])
		n := num{start: t.Start, end: s.toks[j+1].End, next: j + 2, val: v, base: v, scale: 1, digits: true}
		if neg {
			n.val, n.base, n.start = -v, -v, start
		}
		return n, true
	}
	n, ok := s.number(j, cur)
	if !ok {
		return num{}, false
	}
	if neg {
		if n.ord {
			return num{}, false
		}
		n.val, n.base = -n.val, -n.base
		n.start = start
		n.plain = false
	}
	return n, true
}

// number reads a number in digits or words starting at token j.
func (s *scanner) number(j int, cur bool) (num, bool) {
	if j >= len(s.toks) {
		return num{}, false
	}
	switch t := s.toks[j]; t.Kind {
	case segment.Number:
		return s.digitNumber(j, cur)
	case segment.Word:
		return s.wordNumber(j)
	case segment.Punct:
		if v := vulgar(s.text[t.Start:t.End]); v > 0 {
			return num{start: t.Start, end: t.End, next: j + 1, val: v, base: v, scale: 1, frac: true}, true
		}
	}
	return num{}, false
}

// splitDigits splits a Number token into its numeric part and a letter
// suffix.
func splitDigits(t string) (string, string) {
	k := 0
	for k < len(t) && (t[k] >= '0' && t[k] <= '9' || t[k] == ',' || t[k] == '.') {
		k++
	}
	return t[:k], t[k:]
}

// parseDigits reads "1,720", "3.5", "12,34,567.89", "5,00" (a decimal
// comma when the groups are not of three digits).
func parseDigits(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	lastComma, lastDot, commas, dots := -1, -1, 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ',':
			lastComma = i
			commas++
		case c == '.':
			lastDot = i
			dots++
		case c < '0' || c > '9':
			return 0, false
		}
	}
	decSep := byte(0)
	switch {
	case dots > 0 && commas > 0:
		if lastDot > lastComma {
			decSep = '.'
		} else {
			decSep = ','
		}
		if decSep == '.' && dots > 1 || decSep == ',' && commas > 1 {
			return 0, false
		}
	case dots == 1:
		decSep = '.'
	case dots > 1:
		// "1.234.567": dot grouping only when every group has 3 digits
		if !groups3(s, '.') {
			return 0, false
		}
	case commas == 1:
		if len(s)-lastComma-1 != 3 {
			decSep = ','
		}
	case commas > 1:
		// Western or Indian grouping; the last group must have 3 digits
		if len(s)-lastComma-1 != 3 {
			return 0, false
		}
	}
	// digits accumulate into an integer mantissa, divided once by a power
	// of ten, so that "6.56" is the float nearest 6.56
	var mant float64
	fd := 0
	inFrac := false
	seen := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == decSep {
			inFrac = true
			continue
		}
		if c < '0' || c > '9' {
			continue
		}
		seen = true
		mant = mant*10 + float64(c-'0')
		if inFrac {
			fd++
		}
	}
	if !seen {
		return 0, false
	}
	if fd < len(pow10) {
		return mant / pow10[fd], true
	}
	return mant / math.Pow(10, float64(fd)), true
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

func groups3(s string, sep byte) bool {
	last := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == sep {
			if last >= 0 && i-last-1 != 3 {
				return false
			}
			if last < 0 && (i == 0 || i > 3) {
				return false
			}
			last = i
		}
	}
	return true
}

// countNouns are plural nouns without a final "s" that follow "2m".
var countNouns = map[string]bool{"people": true, "children": true, "men": true, "women": true,
	"adults": true, "sheep": true, "fish": true, "personnel": true, "staff": true, "worth": true}

// raceNouns are plural nouns that follow a distance ("60m hurdles").
var raceNouns = map[string]bool{"hurdles": true, "heats": true, "races": true, "runs": true,
	"records": true, "titles": true, "times": true, "relays": true, "medals": true, "events": true,
	"finals": true, "sprints": true, "metres": true, "meters": true}

// millionM decides a lower-case "m" glued to digits without a currency:
// million before a counted plural noun ("2m users", "1.5m people"),
// metres otherwise ("100m title", "5.05m", "60m hurdles", "the 400m.").
func (s *scanner) millionM(after int, digits string) bool {
	if dot := lastByte(digits, '.'); dot >= 0 && len(digits)-dot-1 >= 2 {
		return false // "5.05m": a measured length
	}
	if after >= len(s.toks) || s.toks[after].Kind != segment.Word || s.toks[after].Flags&segment.Cap != 0 {
		return false
	}
	var buf [32]byte
	b, ok := s.low(after, &buf)
	if !ok {
		return false
	}
	w := string(b)
	if countNouns[w] {
		return true
	}
	return len(b) > 3 && b[len(b)-1] == 's' && b[len(b)-2] != 's' && b[len(b)-2] != '\'' && !raceNouns[w]
}

func lastByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func (s *scanner) digitNumber(j int, cur bool) (num, bool) {
	t := s.toks[j]
	tt := s.text[t.Start:t.End]
	numPart, suf := splitDigits(tt)
	if numPart == "" {
		return num{}, false
	}
	// "24703L202", "A380": digits glued to a word or number are a code;
	// so are "F-16", "COVID-19", "SCP-173" (the timex layer reads
	// "mid-2019")
	if j > 0 && s.glued(j) {
		if pk := s.toks[j-1].Kind; (pk == segment.Word || pk == segment.Number) && !(cur && j > 1 && s.tokText(j-2) == "$") {
			return num{}, false // not "$US10", read with its currency
		}
		if j > 1 && s.tokText(j-1) == "-" && s.glued(j-1) && s.toks[j-2].Kind == segment.Word && !(j > 2 && s.glued(j-2) && s.toks[j-3].Kind == segment.Number) {
			return num{}, false
		}
	}
	n := num{start: t.Start, end: t.End, next: j + 1, digits: true, scale: 1}
	v, ok := parseDigits(numPart)
	if !ok {
		return num{}, false
	}
	n.val = v
	n.lead0 = len(numPart) > 1 && numPart[0] == '0' && numPart[1] != '.' && numPart[1] != ','
	if n.lead0 && len(numPart) >= 3 && v != 0 && suf == "" {
		// "0800 028 9276", "007": a phone number or code
		return num{}, false
	}
	switch suf {
	case "":
		n.plain = true
		for k := 0; k < len(numPart); k++ {
			if numPart[k] < '0' || numPart[k] > '9' {
				n.plain = false
			}
		}
		n.ndigits = len(numPart)
	case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH":
		n.ord = true
		n.base = v
		return n, true
	case "s":
		n.decade = true
		n.base = v
		return n, true
	default:
		sc := digitSuffixScale(suf)
		if sc == 0 {
			if suf == "C" && v <= 60 && !(j+1 < len(s.toks) && s.glued(j+1) && s.toks[j+1].Kind == segment.Punct && s.tokText(j+1) != "." && s.tokText(j+1) != ",") {
				// "30C", "-5C" (an "F" suffix is more often a code: "13F")
				n.sufUnit = "°" + suf
				n.meterSpan = document.Span{Start: t.End - len(suf), End: t.End}
				n.end = t.End - len(suf)
				n.base = v
				return n, true
			}
			if code := isoCode(suf); code != "" {
				n.sufUnit = code
				n.meterSpan = document.Span{Start: t.End - len(suf), End: t.End}
				n.end = t.End - len(suf)
				n.base = v
				return n, true
			}
			return num{}, false
		}
		n.scale = sc
	}
	if n.scale == 1 && n.plain && n.ndigits <= 3 {
		// space-grouped thousands "40 000", "1 234 567.89"
		k := j + 1
		val := v
		for k < len(s.toks) && s.toks[k].Kind == segment.Number && s.groupSep(s.toks[k-1].End, s.toks[k].Start) {
			g := s.tokText(k)
			if k+1 < len(s.toks) && s.glued(k+1) && s.toks[k+1].Kind == segment.Word {
				break // "40 120mm mortar rounds": a count, then a calibre
			}
			if len(g) == 3 && isDigits(g) {
				val = val*1000 + mustDigits(g)
			} else if len(g) > 4 && g[3] == '.' && isDigits(g[:3]) && isDigits(g[4:]) {
				f, _ := parseDigits(g)
				val = val*1000 + f
				k++
				break
			} else {
				break
			}
			k++
		}
		if k > j+1 {
			n.val = val
			n.end = s.toks[k-1].End
			n.next = k
			n.plain = false
			v = val
		}
	}
	n.base = v
	// glued letter suffix as its own token: "5bn", "$639m", "10k"
	if n.scale == 1 && n.next < len(s.toks) && s.glued(n.next) && s.toks[n.next].Kind == segment.Word {
		st := s.tokText(n.next)
		sc := digitSuffixScale(st)
		if st == "m" {
			if cur || s.millionM(n.next+1, numPart) {
				sc = 1e6
			} else {
				n.meter = true
				n.meterSpan = document.Span{Start: s.toks[n.next].Start, End: s.toks[n.next].End}
				n.next++
				n.plain = false
				return n, true
			}
		}
		if sc > 0 {
			n.scale = sc
			n.end = s.toks[n.next].End
			n.next++
		} else if e, ok := s.entry(n.next); !ok || e.class&wUnit == 0 {
			// glued letters that are neither scale nor unit: a code
			// ("5x", "3D"), except a clock "10am"
			if !s.is(n.next, "am") && !s.is(n.next, "pm") && !s.is(n.next, "a.m.") && !s.is(n.next, "p.m.") {
				return num{}, false
			}
		}
	}
	// spaced scale words: "3.5 million", "322 hundred", "3 dozens"
	spaced := false
	for n.next < len(s.toks) {
		e, ok := s.entry(n.next)
		if ok && e.class&(wScale|wVague) != 0 {
			spaced = true
			if s.is(n.next, "k") && !s.glued(n.next) && n.next+1 < len(s.toks) && s.toks[n.next+1].Kind == segment.Word {
				break
			}
			n.scale *= e.val
			n.end = s.toks[n.next].End
			n.next++
			continue
		}
		// spaced upper-case "M", "B", "G" ("1,674,200.5 M")
		if tt := s.tokText(n.next); len(tt) == 1 && (tt == "M" || tt == "B" || tt == "G" || tt == "K") && n.scale == 1 {
			n.scale = digitSuffixScale(tt)
			n.end = s.toks[n.next].End
			n.next++
		}
		break
	}
	if n.scale != 1 {
		n.plain = false
		n.val = n.base * n.scale
		if spaced && n.base == float64(int64(n.base)) && n.scale >= 100 {
			// "3 hundred and 21", "4 thousand 3 hundred", "6 crore and two hundred"
			m := n.next
			and := s.is(m, "and")
			if and {
				m++
			}
			if m < len(s.toks) && (s.toks[m].Kind == segment.Number || s.toks[m].Kind == segment.Word) && !s.is(m, "a") && !s.is(m, "an") {
				if r, ok := s.number(m, false); ok && !r.ord && !r.frac && !r.vague && !r.decade && r.val >= 1 && r.val < n.scale && r.val == float64(int64(r.val)) &&
					(and || r.scale > 1) && !(r.next < len(s.toks) && s.isUnitOrScaleWord(r.next)) {
					n.val += r.val
					n.end, n.next = r.end, r.next
					return n, true
				}
			}
		}
		if n.scale >= 1000 {
			if f, end, next, ok := s.andFraction(n.next); ok {
				n.val += f * n.scale
				n.end, n.next = end, next
			}
		}
		return n, true
	}
	// "2½"
	if n.plain && n.next < len(s.toks) && s.glued(n.next) && s.toks[n.next].Kind == segment.Punct {
		if v := vulgar(s.tokText(n.next)); v > 0 {
			n.val += v
			n.base = n.val
			n.end = s.toks[n.next].End
			n.next++
			n.plain = false
			return n, true
		}
	}
	// fraction "3/4" and mixed "2 1/4"
	if f, end, next, ok := s.slashFraction(n.next - 1); ok && n.next == j+1 {
		n.val = f
		n.frac = false
		n.end = end
		n.next = next
		n.plain = false
		n.base = f
		return n, true
	}
	if n.plain && n.next < len(s.toks) && s.toks[n.next].Kind == segment.Number && !s.glued(n.next) {
		if f, end, next, ok := s.slashFraction(n.next); ok && f < 1 {
			n.val += f
			n.end = end
			n.next = next
			n.plain = false
			n.base = n.val
		}
	}
	return n, true
}

func (s *scanner) groupSep(a, b int) bool {
	g := s.text[a:b]
	return g == " " || g == "\u202f" || g == "\u00a0" || g == "\u2009"
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func mustDigits(s string) float64 {
	v := 0.0
	for i := 0; i < len(s); i++ {
		v = v*10 + float64(s[i]-'0')
	}
	return v
}

// slashFraction reads "N/M" at token j (a number token): numerator and
// denominator in digits glued around a slash, not part of a date.
func (s *scanner) slashFraction(j int) (float64, int, int, bool) {
	if j+2 >= len(s.toks) || s.toks[j].Kind != segment.Number || s.tokText(j+1) != "/" || s.toks[j+2].Kind != segment.Number {
		return 0, 0, 0, false
	}
	if !s.glued(j+1) || !s.glued(j+2) {
		return 0, 0, 0, false
	}
	a, b := s.tokText(j), s.tokText(j+2)
	if !isDigits(a) || !isDigits(b) || len(a) > 3 || len(b) > 3 {
		return 0, 0, 0, false
	}
	// "5/17/2018" is a date
	if j+3 < len(s.toks) && s.glued(j+3) && (s.tokText(j+3) == "/" || s.tokText(j+3) == "-") {
		return 0, 0, 0, false
	}
	if j > 0 && s.glued(j) && (s.tokText(j-1) == "/" || s.tokText(j-1) == "-" && j > 1 && s.glued(j-1)) {
		return 0, 0, 0, false
	}
	nv, dv := mustDigits(a), mustDigits(b)
	if dv == 0 || !(nv < dv && dv <= 10 || dv == 16 || dv == 32 || dv == 64 || dv == 100) {
		return 0, 0, 0, false
	}
	return nv / dv, s.toks[j+2].Start + len(b), j + 3, true
}

// word number states
const (
	stNone = iota
	stUnit
	stTeen
	stTens
	stHundred
	stBig
)

func (s *scanner) wordNumber(j int) (num, bool) {
	// "the Guildford Four", "Radio Four": a capitalized number word after
	// a capitalized word inside a sentence is part of a name
	if s.toks[j].Flags&segment.Cap != 0 && j > 0 && s.toks[j-1].Kind == segment.Word && s.toks[j-1].Flags&segment.Cap != 0 && s.toks[j].Flags&segment.NewlineBefore == 0 {
		if e, ok := s.entry(j - 1); !ok || e.class&wApprox == 0 {
			return num{}, false
		}
	}
	n := num{start: s.toks[j].Start, scale: 1}
	var total, cur float64
	state := stNone
	k := j
	count := 0 // number words read
	lastScale := 0.0
	// "a" / "an" + scale or denominator, "half a million"
	if s.is(k, "a") || s.is(k, "an") {
		e, ok := s.entry(k + 1)
		if !ok {
			return num{}, false
		}
		switch {
		case e.class&wScale != 0:
			cur = 1
			state = stUnit
			k++
		case e.class&wDenom != 0 && !e.plural:
			// "a third quarter", "a fifth term": an ordinal before a noun
			if e.den >= 3 && e.den <= 10 && !s.is(k+1, "quarter") && s.ordinalBeforeNoun(k+2) {
				return num{}, false
			}
			n.frac = true
			n.val = 1 / e.den
			n.base = n.val
			n.end = s.toks[k+1].End
			n.next = k + 2
			// "a quarter million"
			if sc, ok := s.entry(k + 2); ok && sc.class&wScale != 0 && sc.val >= 1000 {
				n.frac = false
				n.val *= sc.val
				n.scale = sc.val
				n.end = s.toks[k+2].End
				n.next = k + 3
			}
			return n, true
		default:
			return num{}, false
		}
	} else if s.is(k, "half") || s.is(k, "quarter") {
		d := 2.0
		if s.is(k, "quarter") {
			d = 4
		}
		// "half a million", "half million", "half a dozen"
		m := k + 1
		if s.is(m, "a") {
			m++
		}
		if e, ok := s.entry(m); ok && e.class&wScale != 0 && (e.val >= 1000 || e.val == 12) {
			n.val = e.val / d
			n.base = 1 / d
			n.scale = e.val
			n.end = s.toks[m].End
			n.next = m + 1
			return n, true
		}
		if d == 4 {
			return num{}, false
		}
		// "half-hour", "half-time": not a quantity
		if s.glued(k+1) && s.tokText(k+1) == "-" {
			return num{}, false
		}
		n.frac = true
		n.val, n.base = 0.5, 0.5
		n.end = s.toks[k].End
		n.next = k + 1
		return n, true
	}
	endTok := k - 1
	if state != stNone {
		endTok = k - 1
	}
	for k < len(s.toks) {
		if s.toks[k].Kind == segment.Punct {
			// hyphen inside "twenty-five", "two-thirds"
			c := s.text[s.toks[k].Start]
			if (c == '-' || s.tokText(k) == "–") && state != stNone && k+1 < len(s.toks) {
				e, ok := s.entry(k + 1)
				if ok && (e.class&(wCard|wOrd|wDenom) != 0) {
					k++
					continue
				}
			}
			break
		}
		if s.toks[k].Kind != segment.Word {
			break
		}
		if s.is(k, "and") {
			// "one hundred and six", "two thousand and two hundred"
			if state == stHundred || state == stBig {
				if e2, ok := s.entry(k + 1); ok && e2.class&wCard != 0 {
					if e3, ok := s.entry(k + 2); !ok || e3.class&wDenom == 0 {
						k++
						continue
					}
				}
			}
			break
		}
		e, ok := s.entry(k)
		if !ok {
			break
		}
		switch {
		case e.class&wCard != 0:
			v := e.val
			switch {
			case v < 10:
				if state == stUnit || state == stTeen || (state == stTens && v == 0) {
					goto done
				}
				cur += v
				state = stUnit
			case v < 20:
				if state == stUnit || state == stTeen || state == stTens {
					goto done
				}
				cur += v
				state = stTeen
			default:
				if state == stUnit || state == stTeen || state == stTens {
					goto done
				}
				cur += v
				state = stTens
			}
			count++
			endTok = k
			k++
		case e.class&wScale != 0 && state != stNone:
			if e.val == 100 {
				if state == stHundred || state == stBig && cur == 0 {
					goto done
				}
				if cur == 0 {
					cur = 1
				}
				cur *= 100
				state = stHundred
			} else {
				if state == stBig && cur == 0 && e.val > lastScale {
					total *= e.val // "three lakh crore"
				} else {
					if cur == 0 {
						goto done
					}
					total += cur * e.val
					cur = 0
				}
				lastScale = e.val
				state = stBig
			}
			count++
			endTok = k
			k++
		case e.class&wVague != 0 && state != stNone && state != stBig:
			// "three dozens", "five hundreds"
			total += cur * e.val
			cur = 0
			state = stBig
			count++
			endTok = k
			k++
			goto done
		case e.class&(wOrd|wDenom) != 0 && state != stNone:
			// "two-thirds", "three quarters": a fraction after a small
			// cardinal; "twenty-first", "two hundredth": an ordinal.
			if e.class&wOrd != 0 && e.val >= 100 && !e.plural && cur > 1 {
				// "two hundredth", "three trillionth": an ordinal
				n.ord = true
				n.val = (total + cur) * e.val
				n.base = n.val
				n.end = s.toks[k].End
				n.next = k + 1
				return n, true
			}
			if e.class&wDenom != 0 && (state == stUnit || state == stTeen) && total == 0 && cur < 100 {
				if !e.plural && cur != 1 {
					goto done
				}
				// "the past three quarters": a count of periods
				if e.den == 4 && e.plural && s.is(k, "quarters") && s.periodCount(j, k+1) {
					goto done
				}
				n.frac = true
				n.val = cur / e.den
				n.base = n.val
				n.end = s.toks[k].End
				n.next = k + 1
				if sc, ok := s.entry(k + 1); ok && sc.class&wScale != 0 && sc.val >= 1000 {
					n.frac = false
					n.val *= sc.val
					n.scale = sc.val
					n.end = s.toks[k+1].End
					n.next = k + 2
				} else if s.is(k+1, "of") && s.is(k+2, "a") {
					// "two thirds of a million"
					if sc, ok := s.entry(k + 3); ok && sc.class&wScale != 0 && sc.val >= 1000 {
						n.frac = false
						n.val *= sc.val
						n.scale = sc.val
						n.end = s.toks[k+3].End
						n.next = k + 4
					}
				}
				return n, true
			}
			if e.class&wOrd != 0 && (state == stTens || state == stHundred || state == stBig) {
				if e.val >= 100 {
					cur *= e.val
				} else {
					cur += e.val
				}
				n.ord = true
				n.val = total + cur
				n.base = n.val
				n.end = s.toks[k].End
				n.next = k + 1
				return n, true
			}
			goto done
		default:
			if count == 0 && e.class&wOrd != 0 {
				n.ord = true
				n.val = e.val
				n.base = e.val
				n.end = s.toks[k].End
				n.next = k + 1
				return n, true
			}
			if count == 0 && e.class&wVague != 0 {
				return s.vague(k)
			}
			goto done
		}
	}
done:
	if endTok < j {
		return num{}, false
	}
	n.val = total + cur
	n.base = n.val
	if lastScale > 0 && cur == 0 {
		n.base = n.val / lastScale
		n.scale = lastScale
	}
	n.end = s.toks[endTok].End
	n.next = endTok + 1
	// "one and a half", "two and a quarter" (+ "million")
	if state == stUnit || state == stTeen || state == stTens {
		if f, end, next, ok := s.andFraction(n.next); ok {
			v := n.val + f
			if sc, ok := s.entry(next); ok && sc.class&wScale != 0 && sc.val >= 1000 {
				v *= sc.val
				end, next = s.toks[next].End, next+1
			}
			n.val, n.base = v, v
			n.end, n.next = end, next
			return n, true
		}
	}
	// "one hundred and three quarters"
	if state == stHundred {
		if f, end, next, ok := s.andFraction(n.next); ok {
			n.val += f
			n.base = n.val
			n.end, n.next = end, next
			return n, true
		}
	}
	// "two million and a half"
	if state == stBig && cur == 0 {
		if f, end, next, ok := s.andFraction(n.next); ok {
			sc := lastScale
			// "one billion and a half million"
			if e, ok := s.entry(next); ok && e.class&wScale != 0 && e.val >= 1000 && e.val < lastScale {
				sc = e.val
				end, next = s.toks[next].End, next+1
			}
			n.val += f * sc
			n.base = n.val / lastScale
			n.end, n.next = end, next
			return n, true
		}
	}
	// "five point five", "nought point nought three", "point seventy-one"
	if s.is(n.next, "point") && state != stBig {
		if f, end, next, ok := s.pointDigits(n.next + 1); ok {
			n.val += f
			n.base = n.val
			n.end, n.next = end, next
			return n, true
		}
	}
	if count == 1 && endTok == j && s.is(j, "one") {
		n.bareOne = true
	}
	return n, true
}

// andFraction reads "and a half", "and one half", "and a quarter",
// "and three quarters" at k.
func (s *scanner) andFraction(k int) (float64, int, int, bool) {
	if !s.is(k, "and") {
		return 0, 0, 0, false
	}
	numer := 0.0
	if s.is(k+1, "a") || s.is(k+1, "an") {
		numer = 1
	} else if e, ok := s.entry(k + 1); ok && e.class&wCard != 0 && e.val >= 1 && e.val < 10 {
		numer = e.val
	} else {
		return 0, 0, 0, false
	}
	e, ok := s.entry(k + 2)
	if !ok || e.class&wDenom == 0 || e.den > 4 || (numer == 1) == e.plural {
		return 0, 0, 0, false
	}
	return numer / e.den, s.toks[k+2].End, k + 3, true
}

// pointDigits reads the digits after "point": "zero three" (.03),
// "seventy-one" (.71), "eleven" (.11).
func (s *scanner) pointDigits(m int) (float64, int, int, bool) {
	frac, scale := 0.0, 0.1
	end, next := 0, m
	for next < len(s.toks) {
		e, ok := s.entry(next)
		if !ok || e.class&wCard == 0 {
			break
		}
		v := e.val
		if v < 10 {
			frac += v * scale
			scale /= 10
			end, next = s.toks[next].End, next+1
			continue
		}
		if next > m {
			break
		}
		// a two-digit word: "eleven", "seventy-one", "seventy one"
		end, next = s.toks[next].End, next+1
		if v >= 20 {
			k := next
			if s.tokText(k) == "-" {
				k++
			}
			if u, ok := s.entry(k); ok && u.class&wCard != 0 && u.val >= 1 && u.val < 10 {
				v += u.val
				end, next = s.toks[k].End, k+1
			}
		}
		frac = v / 100
		break
	}
	if next == m {
		return 0, 0, 0, false
	}
	return frac, end, next, true
}

// vulgar is the value of a vulgar fraction character.
func vulgar(s string) float64 {
	switch s {
	case "½":
		return 0.5
	case "¼":
		return 0.25
	case "¾":
		return 0.75
	case "⅓":
		return 1.0 / 3
	case "⅔":
		return 2.0 / 3
	case "⅕":
		return 0.2
	case "⅙":
		return 1.0 / 6
	case "⅛":
		return 0.125
	case "⅜":
		return 0.375
	case "⅝":
		return 0.625
	case "⅞":
		return 0.875
	}
	return 0
}

// vague reads "hundreds", "thousands of", "tens of thousands".
func (s *scanner) vague(k int) (num, bool) {
	e, _ := s.entry(k)
	if s.is(k, "scores") || s.is(k, "tens") {
		if !s.is(k+1, "of") {
			return num{}, false
		}
	}
	n := num{start: s.toks[k].Start, end: s.toks[k].End, next: k + 1, vague: true, scale: 1}
	v := e.val
	if s.is(k+1, "of") {
		if e2, ok := s.entry(k + 2); ok && e2.class&wVague != 0 && e2.val > v && e2.val >= 1000 {
			v *= e2.val
			n.end = s.toks[k+2].End
			n.next = k + 3
		}
	}
	n.val = 2 * v
	n.base = n.val
	return n, true
}

// rangeEnd reads the second half of a range after the first number.
func (s *scanner) rangeEnd(k int, rangeWord string, n num, cur string) (num, int, bool) {
	if k >= len(s.toks) {
		return num{}, 0, false
	}
	conn := s.toks[k]
	ok := false
	switch {
	case rangeWord == "between":
		// "between 30,000 to 60,000": a common slip for "and"; the lower
		// bound is no figure of its own.
		ok = s.is(k, "and") || s.is(k, "to")
	case conn.Kind == segment.Punct && (s.text[conn.Start] == '-' || s.tokText(k) == "–" || s.tokText(k) == "—"):
		// glued on both sides or spaced on both sides
		g1 := conn.Flags&segment.SpaceBefore == 0
		g2 := k+1 < len(s.toks) && s.toks[k+1].Flags&segment.SpaceBefore == 0
		ok = g1 == g2
	case s.tokText(k) == "~":
		ok = true
	case s.is(k, "or"):
		// "two or three neighbourhoods", "10 or 12 people": one uncertain
		// count (a higher second number, same notation; checked below);
		// not sums ("$5bn or $21bn") nor alternatives ("either 5 or 6").
		i := k - 1
		for i > 0 && s.toks[i].Start > n.start {
			i--
		}
		ok = rangeWord == "" && cur == "" && !(i > 0 && s.is(i-1, "either"))
	default:
		ok = s.is(k, "to") || s.is(k, "through") || s.is(k, "thru")
	}
	if !ok {
		return num{}, 0, false
	}
	m := k + 1
	if cur != "" {
		if c2, _, m2 := s.currencyPre(m); c2 != "" {
			m = m2
		}
	}
	n2, ok := s.number(m, cur != "")
	if !ok || n2.ord || n2.frac || n2.vague || n2.lead0 || n2.decade || n2.bareOne && rangeWord == "" {
		return num{}, 0, false
	}
	if n.digits != n2.digits && rangeWord == "" && !(!n.digits && n.val < 10 && n2.val >= 10 && n.scale == 1 && n2.scale == 1) {
		// Mixed notation is no range ("5 or six"), except news style
		// that spells numbers under ten: "eight to 10 students".
		return num{}, 0, false
	}
	// "1-222-2222", "2-3/4": a code or a date, not a range
	if n2.next < len(s.toks) && s.glued(n2.next) {
		if c := s.tokText(n2.next); c == "-" || c == "/" {
			return num{}, 0, false
		}
	}
	// "2018-19": a span of years
	if n.plain && n.ndigits == 4 && n2.plain && n2.ndigits == 2 {
		n2.val = float64(int(n.val)/100*100) + n2.val
	}
	return n2, n2.next, true
}

// unitAfter reads a unit after the number: "%", "percent", "km",
// "dollars", "-acre", "years old".
func (s *scanner) unitAfter(k int) (string, document.Span, int) {
	if k >= len(s.toks) {
		return "", document.Span{}, k
	}
	t := s.toks[k]
	switch t.Kind {
	case segment.Symbol:
		sym := s.text[t.Start:t.End]
		switch sym {
		case "%":
			return "%", document.Span{Start: t.Start, End: t.End}, k + 1
		case "°":
			// "100°C", "85°"
			if k+1 < len(s.toks) && s.glued(k+1) {
				if s.is(k+1, "c") {
					return "°C", document.Span{Start: t.Start, End: s.toks[k+1].End}, k + 2
				}
				if s.is(k+1, "f") {
					return "°F", document.Span{Start: t.Start, End: s.toks[k+1].End}, k + 2
				}
			}
			// "100° Celsius"
			if s.is(k+1, "celsius") || s.is(k+1, "centigrade") || s.is(k+1, "c") {
				return "°C", document.Span{Start: t.Start, End: s.toks[k+1].End}, k + 2
			}
			if s.is(k+1, "fahrenheit") || s.is(k+1, "f") {
				return "°F", document.Span{Start: t.Start, End: s.toks[k+1].End}, k + 2
			}
			return "°", document.Span{Start: t.Start, End: t.End}, k + 1
		}
		if code := currencySymbol(sym); code != "" && !s.isNumStart(k+1) {
			// "100元", "10 €" (a symbol before a number belongs to it)
			return code, document.Span{Start: t.Start, End: t.End}, k + 1
		}
		return "", document.Span{}, k
	case segment.Punct:
		// adjectival "45-acre", "three-foot", "12-cent"
		if s.text[t.Start] == '-' && s.glued(k) && s.glued(k+1) && k+1 < len(s.toks) && s.toks[k+1].Kind == segment.Word {
			if pi, k2 := s.matchPhrase(unitIdx, unitPhrases, k+1); pi >= 0 {
				if u := unitPhrases[pi].norm; u == "GBP" && k2 == k+2 && (s.is(k+1, "pound") || s.is(k+1, "pounds")) {
					// "a 500-pound bomb": a weight; money is "a £500 fine"
					return "lb", document.Span{Start: s.toks[k+1].Start, End: s.toks[k2-1].End}, k2
				}
				return unitPhrases[pi].norm, document.Span{Start: s.toks[k+1].Start, End: s.toks[k2-1].End}, k2
			}
		}
		return "", document.Span{}, k
	case segment.Word:
		e, ok := s.entry(k)
		if !ok || e.class&wUnit == 0 {
			return "", document.Span{}, k
		}
		if pi, k2 := s.matchPhrase(unitIdx, unitPhrases, k); pi >= 0 {
			if k2 == k+1 && s.modelCode(k) {
				return "", document.Span{}, k // "30 T-72 tanks", "two M-1 rifles": a model, no unit
			}
			return unitPhrases[pi].norm, document.Span{Start: t.Start, End: s.toks[k2-1].End}, k2
		}
	}
	return "", document.Span{}, k
}

// modelCode reports a one-letter unit word glued by a hyphen to a number:
// the maker's code of a model ("T-72", "M-16"), not tonnes or metres.
func (s *scanner) modelCode(k int) bool {
	return len(s.tokText(k)) <= 2 && k+2 < len(s.toks) && s.tokText(k+1) == "-" && s.glued(k+1) && s.glued(k+2) &&
		s.toks[k+2].Kind == segment.Number
}

// ordinalBeforeNoun reports whether the token at k (after "a third")
// makes it an ordinal: a word other than "of", "more", "less" or a scale.
func (s *scanner) ordinalBeforeNoun(k int) bool {
	if k >= len(s.toks) || s.toks[k].Kind != segment.Word {
		return false
	}
	if s.is(k, "of") || s.is(k, "more") || s.is(k, "less") || s.is(k, "fewer") || s.is(k, "as") || s.is(k, "or") || s.is(k, "to") {
		return false
	}
	e, ok := s.entry(k)
	return !(ok && e.class&(wScale|wVague) != 0)
}

// periodCount reports whether "three quarters" (numeral at j, next token
// after "quarters" at k) counts quarters of a year rather than a fraction.
func (s *scanner) periodCount(j, k int) bool {
	if k < len(s.toks) {
		if s.is(k, "of") {
			return false
		}
		if e, ok := s.entry(k); ok && e.class&wScale != 0 {
			return false
		}
	} else {
		return false
	}
	if j == 0 {
		return false
	}
	var buf [32]byte
	b, ok := s.low(j-1, &buf)
	if !ok {
		return false
	}
	switch string(b) {
	case "the", "past", "last", "next", "previous", "preceding", "first", "recent", "consecutive",
		"straight", "successive", "those", "these", "all", "for", "over", "in", "within", "coming", "following":
		return true
	}
	return false
}

// isUnitOrScaleWord reports whether token k is a scale word (the number
// before it is a new figure).
func (s *scanner) isUnitOrScaleWord(k int) bool {
	e, ok := s.entry(k)
	return ok && e.class&(wScale|wVague) != 0
}

// proportion reads " in five", " out of 10" after a numerator n.
func (s *scanner) proportion(k int, n num) (float64, int, int, bool) {
	m := k
	switch {
	case s.is(m, "in"):
		m++
	case s.is(m, "out") && s.is(m+1, "of"):
		m += 2
	default:
		return 0, 0, 0, false
	}
	if m >= len(s.toks) || (s.toks[m].Kind != segment.Number && s.toks[m].Kind != segment.Word) || s.is(m, "a") || s.is(m, "an") {
		return 0, 0, 0, false
	}
	d, ok := s.number(m, false)
	if !ok || d.ord || d.frac || d.vague || d.decade || d.bareOne || d.val <= n.val || d.val != float64(int64(d.val)) {
		return 0, 0, 0, false
	}
	if d.plain && d.ndigits == 4 && d.val >= 1800 && d.val <= 2100 {
		return 0, 0, 0, false // "2 in 2019"
	}
	if n.val > 1 && d.val > 20 && d.val != 100 && d.val != 1000 {
		// "killed 300 out of 400 soldiers", "12 out of 30 guards": two
		// counts, the part and the whole. A proportion has one for its
		// numerator ("one in 200") or a small or round whole ("nine out
		// of 10", "three in 20", "40 in 100").
		return 0, 0, 0, false
	}
	return n.val / d.val, d.end, d.next, true
}

// inches reads "2 inches", "and 2 in" after a number of feet.
func (s *scanner) inches(k int) (float64, int, int, bool) {
	m := k
	if s.is(m, "and") {
		m++
	}
	if m >= len(s.toks) || s.toks[m].Kind != segment.Number && s.toks[m].Kind != segment.Word {
		return 0, 0, 0, false
	}
	n, ok := s.number(m, false)
	if !ok || n.ord || n.vague || n.scale != 1 || n.val < 0 || n.val >= 12 {
		return 0, 0, 0, false
	}
	if s.is(n.next, "inches") || s.is(n.next, "inch") || s.is(n.next, "in") {
		return n.val, s.toks[n.next].End, n.next + 1, true
	}
	return 0, 0, 0, false
}

// cents reads the minor part after a major currency unit: "50 cents",
// "and forty-five cents", or a bare number below 100 that ends the
// clause ("15 dollars 50.").
func (s *scanner) cents(k int) (float64, int, int, bool) {
	m := k
	if s.is(m, "and") {
		m++
	}
	if m >= len(s.toks) || !s.isNumStart(m) || s.tokText(m) == "-" {
		return 0, 0, 0, false
	}
	n, ok := s.number(m, false)
	if !ok || n.ord || n.frac || n.vague || n.scale != 1 || n.val < 0 || n.val >= 100 || n.val != float64(int(n.val)) {
		return 0, 0, 0, false
	}
	if s.is(n.next, "cents") || s.is(n.next, "cent") || s.is(n.next, "pence") || s.is(n.next, "p") && s.glued(n.next) {
		return n.val / 100, s.toks[n.next].End, n.next + 1, true
	}
	if n.next < len(s.toks) {
		if t := s.toks[n.next]; t.Kind == segment.Word || t.Kind == segment.Number || t.Kind == segment.Symbol {
			return 0, 0, 0, false
		}
	}
	return n.val / 100, n.end, n.next, true
}

// postApprox reads "or more", "or so", "or less", "plus", "+" after a
// number.
func (s *scanner) postApprox(k int) (string, int, int) {
	if k >= len(s.toks) {
		return "", 0, k
	}
	if s.tokText(k) == "+" && s.glued(k) {
		return AtLeast, s.toks[k].End, k + 1
	}
	if s.is(k, "plus") && s.glued(k) {
		return AtLeast, s.toks[k].End, k + 1
	}
	if s.tokText(k) == "-" && s.glued(k) && s.is(k+1, "plus") && s.glued(k+1) {
		return AtLeast, s.toks[k+1].End, k + 2
	}
	if (s.is(k, "or") || s.is(k, "and")) && !(s.is(k+2, "than") && s.isNumStart(k+3)) {
		m := k + 1
		switch {
		case s.is(m, "more") || s.is(m, "greater") || s.is(m, "above") || s.is(m, "higher") || s.is(m, "over"):
			return AtLeast, s.thanEnd(m), s.thanNext(m)
		case s.is(m, "less") || s.is(m, "fewer") || s.is(m, "below") || s.is(m, "lower") || s.is(m, "under"):
			return AtMost, s.thanEnd(m), s.thanNext(m)
		case s.is(m, "so") && s.is(k, "or"):
			return About, s.toks[m].End, m + 1
		}
	}
	return "", 0, k
}

// thanEnd and thanNext swallow a dangling "than" after "or more": "200 or
// greater than" (but not "or more than 190", a new number).
func (s *scanner) thanEnd(m int) int {
	if s.is(m+1, "than") && !s.isNumStart(m+2) {
		return s.toks[m+1].End
	}
	return s.toks[m].End
}

func (s *scanner) thanNext(m int) int {
	if s.is(m+1, "than") && !s.isNumStart(m+2) {
		return m + 2
	}
	return m + 1
}

// dateLike reports whether the number n (tokens j..n.next) is the day of a
// date or the hour of a clock time.
func (s *scanner) dateLike(i, j int, n num) bool {
	v := n.val
	if v != float64(int(v)) {
		return false
	}
	// clock: "10:30", "10 a.m.", "10pm"
	if n.next < len(s.toks) {
		nt := s.tokText(n.next)
		if nt == ":" && s.glued(n.next) && n.next+1 < len(s.toks) && s.toks[n.next+1].Kind == segment.Number && s.glued(n.next+1) {
			return true
		}
		if s.is(n.next, "a.m.") || s.is(n.next, "p.m.") || s.is(n.next, "am") || s.is(n.next, "pm") || s.is(n.next, "a.m") || s.is(n.next, "p.m") {
			return true
		}
		// "at 2005 GMT"
		if s.toks[n.next].Flags&segment.AllCaps != 0 {
			switch s.tokText(n.next) {
			case "GMT", "BST", "UTC", "ET", "EST", "EDT", "PST", "PDT", "CET", "CEST", "IST", "JST":
				return true
			}
		}
	}
	if j > 0 && s.tokText(j-1) == ":" && s.glued(j) && j >= 2 && s.toks[j-2].Kind == segment.Number {
		return true
	}
	if s.inDateChain(j) {
		return true
	}
	if v < 1 || v > 31 {
		return false
	}
	// "September 30", "Sept. 30"
	p := j - 1
	if p >= 0 && s.tokText(p) == "." && s.glued(p) {
		p--
	}
	if e, ok := s.entry(p); ok && e.class&wMonth != 0 && (s.toks[p].Flags&segment.Cap != 0 || s.is(p, "may") == false) {
		return true
	}
	// "30 September", "4th of July"
	m := n.next
	if s.is(m, "of") {
		m++
	}
	if e, ok := s.entry(m); ok && e.class&wMonth != 0 {
		return true
	}
	return false
}

// inDateChain reports whether the number token j is part of a numeric
// date: "2020-01-06", "5/17/2018", "17.05.2018".
func (s *scanner) inDateChain(j int) bool {
	if j >= len(s.toks) || s.toks[j].Kind != segment.Number {
		return false
	}
	isSep := func(k int) bool {
		if k <= 0 || k >= len(s.toks) || !s.glued(k) || s.toks[k].Kind != segment.Punct {
			return false
		}
		c := s.text[s.toks[k].Start]
		return (c == '-' || c == '/' || c == '.') && s.toks[k].End-s.toks[k].Start == 1
	}
	k := j
	for n := 0; n < 2 && k >= 2 && isSep(k-1) && s.glued(k) && s.toks[k-2].Kind == segment.Number; n++ {
		k -= 2
	}
	sep := byte(0)
	var lens [3]int
	parts := 0
	for {
		d := s.tokText(k)
		if !isDigits(d) || parts == 3 {
			return false
		}
		lens[parts] = len(d)
		parts++
		if parts == 3 || !isSep(k+1) || k+2 >= len(s.toks) || !s.glued(k+2) || s.toks[k+2].Kind != segment.Number {
			break
		}
		c := s.text[s.toks[k+1].Start]
		if sep != 0 && c != sep {
			return false
		}
		sep = c
		k += 2
	}
	if parts != 3 || k < j {
		return false
	}
	// no fourth part ("1-222-2222-2222" is a phone number)
	if isSep(k+1) && k+2 < len(s.toks) && s.toks[k+2].Kind == segment.Number {
		return false
	}
	ymd := lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2
	dmy := lens[0] <= 2 && lens[1] <= 2 && (lens[2] == 4 || lens[2] == 2)
	return ymd || dmy
}

// yearPrep reports whether token k is a preposition that introduces a
// year ("in 1761", "since 1066").
func (s *scanner) yearPrep(k int) bool {
	if k < 0 || s.toks[k].Kind != segment.Word {
		return false
	}
	var buf [32]byte
	b, ok := s.low(k, &buf)
	if !ok {
		return false
	}
	switch string(b) {
	case "in", "since", "from", "by", "until", "till", "before", "after", "during", "circa", "c.", "year", "of":
		return true
	}
	return false
}

// pronounOne reports whether the bare "one" at j reads as a pronoun.
func (s *scanner) pronounOne(j, next int) bool {
	if j > 0 {
		var buf [32]byte
		if b, ok := s.low(j-1, &buf); ok && s.toks[j-1].Kind == segment.Word {
			switch string(b) {
			case "the", "this", "that", "which", "no", "any", "every", "each", "another", "what",
				"someone", "anyone", "everyone", "little", "big", "new", "old", "right", "wrong",
				"only", "such", "last", "first", "next", "other", "same", "good", "bad", "loved", "young":
				return true
			}
		}
	}
	if s.is(next, "another") || s.is(next, "'s") || s.is(next, "’s") {
		return true
	}
	return false
}

// ParseNumber reads one number written in digits ("1,720", "3.5", "5bn",
// "-3", "3/4") or words ("twenty-five", "one hundred and six", "a dozen",
// "half a million", "two-thirds"); surrounding white space is allowed.
// Ordinals give their rank ("87th", "third" → 87, 3). ok is false unless
// the whole string is a single number.
func ParseNumber(s string) (float64, bool) {
	var arr [16]segment.Token
	toks := segment.Tokenize(s, arr[:0])
	if len(toks) == 0 {
		return 0, false
	}
	sc := scanner{text: s, toks: toks}
	n, ok := sc.signedNum(0, false)
	if !ok || n.next != len(toks) || n.meter || n.vague || math.IsInf(n.val, 0) || math.IsNaN(n.val) {
		// A number past float64 is a figure without a value for the
		// scanner (extract keeps it, value null); a parsed value it is not.
		return 0, false
	}
	return n.val, true
}

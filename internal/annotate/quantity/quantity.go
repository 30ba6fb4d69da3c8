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
//     "the 4th of July", "10 a.m.", "10:30") are emitted with Date set, so
//     that callers skip them; four-digit years with Year set; ordinals
//     ("2nd", "87th", "third") with Ordinal set.
//   - "one" used as a pronoun ("the one", "no one", "which one", "one
//     another") is not emitted.
//   - A lower-case "m" glued to digits ("$639m", "2m people") is million
//     after a currency or before an ordinary word, and metres before a
//     dimension word or at the end of a clause ("1.8m tall", "48m.").
//   - "from 5 to 10" and "between 5 and 10" are emitted as one Range
//     quantity; whether that is a range or a change of value is left to the
//     extractor (NumSpan and HighSpan point to the two ends).
package quantity

import (
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
	for i := 0; i < len(toks); {
		q, next, ok := s.at(i)
		if ok {
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
	var buf [32]byte
	b, ok := s.low(i, &buf)
	if !ok {
		return lexEntry{}, false
	}
	e, ok := lex[string(b)]
	return e, ok
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
func (s *scanner) matchPhrase(idx map[string][]int, list []phrase, i int) (int, int) {
	if i >= len(s.toks) {
		return -1, i
	}
	var buf [32]byte
	b, ok := s.low(i, &buf)
	if !ok {
		return -1, i
	}
	cands := idx[string(b)]
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

func phraseIndex(list []phrase) map[string][]int {
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
	return m
}

// at tries to read a quantity starting at token i.
func (s *scanner) at(i int) (Quantity, int, bool) {
	t := s.toks[i]
	switch t.Kind {
	case segment.Word, segment.Number, segment.Symbol:
	case segment.Punct:
		c := s.text[t.Start]
		if c >= 0x80 {
			if v := vulgar(s.text[t.Start:t.End]); v > 0 {
				sp := document.Span{Start: t.Start, End: t.End}
				return Quantity{Span: sp, NumSpan: sp, Value: v, Low: v, High: v, Fraction: true}, i + 1, true
			}
		}
		if !((c == '-' || c == '.') && i+1 < len(s.toks) && s.toks[i+1].Kind == segment.Number && s.glued(i+1)) {
			return Quantity{}, 0, false
		}
	default:
		return Quantity{}, 0, false
	}
	var q Quantity
	j := i
	if t.Kind == segment.Symbol {
		if pi, nj := s.matchPhrase(approxIdx, approxPhrases, i); pi >= 0 {
			q.Approx = approxPhrases[pi].norm
			j = nj
		}
	}
	if t.Kind == segment.Word {
		e, ok := s.entry(i)
		if !ok {
			// possible currency prefix "US$"
			if s.dollarPre(i) == "" {
				return Quantity{}, 0, false
			}
		}
		if e.class&wApprox != 0 {
			if pi, nj := s.matchPhrase(approxIdx, approxPhrases, i); pi >= 0 {
				q.Approx = approxPhrases[pi].norm
				j = nj
			}
		}
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
	n, ok := s.signedNum(j2, cur != "")
	if !ok {
		return Quantity{}, 0, false
	}
	if rangeWord != "" && j == j2 && false {
		return Quantity{}, 0, false
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
	if n.meter {
		q.Unit = "m"
		q.UnitSpan = n.meterSpan
		end = n.meterSpan.End
	}

	// range
	if !n.ord && !n.frac && !n.vague && !n.bareOne {
		if n2, k2, ok := s.rangeEnd(k, rangeWord, n, cur); ok {
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
	if rangeWord != "" && !q.Range {
		if rangeWord == "between" || q.Approx != "" {
			// "between" without its "and": start at the number
			if q.Approx == "" {
				q.Span.Start = s.toks[j].Start
			}
		} else {
			q.Span.Start = s.toks[j].Start
		}
		if q.Approx == "" {
			q.Span.Start = s.toks[j].Start
			if cur != "" {
				q.Span.Start = curSpan.Start
			}
		}
	}

	// unit after the number
	if q.Unit == "" && !n.ord {
		if u, us, k2 := s.unitAfter(k); u != "" {
			q.Unit = u
			q.UnitSpan = us
			end = us.End
			k = k2
		}
	} else if cur != "" && !n.ord {
		// "$5 billion dollars": swallow a redundant currency word
		if u, us, k2 := s.unitAfter(k); u != "" && isCurrency(u) {
			end = us.End
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
	} else if (q.Approx == MoreThan || q.Approx == LessThan) && s.is(k, "or") && s.is(k+1, "equal") {
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
	if n.plain && n.ndigits == 4 && cur == "" && q.Unit == "" && q.Approx == "" && !q.Range && n.val >= 1800 && n.val <= 2100 {
		q.Year = true
	}
	if !q.Range && q.Unit == "" && n.digits && n.scale == 1 && (n.plain || n.ord) && s.dateLike(i, j2, n) {
		q.Date = true
	}
	if n.bareOne && q.Unit == "" && q.Approx == "" && s.pronounOne(j2, n.next) {
		return Quantity{}, 0, false
	}
	if q.Span.Start > q.NumSpan.Start {
		q.Span.Start = q.NumSpan.Start
	}
	return q, k, true
}

func isCurrency(u string) bool {
	return len(u) == 3 && u[0] >= 'A' && u[0] <= 'Z' && u[1] >= 'A' && u[1] <= 'Z' && u[2] >= 'A' && u[2] <= 'Z' && u != "GBX" || u == "cent"
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
		// "USD 200", "EUR 125"
		if t.Flags&segment.AllCaps != 0 && t.End-t.Start == 3 && j+1 < len(s.toks) && s.toks[j+1].Kind == segment.Number {
			if code := isoCode(s.text[t.Start:t.End]); code != "" {
				return code, document.Span{Start: t.Start, End: t.End}, j + 1
			}
		}
		return "", document.Span{}, j
	}
	if t.Kind == segment.Symbol {
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
		return s.text[t.Start] == '-' && j+1 < len(s.toks) && s.toks[j+1].Kind == segment.Number
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
		if n.ord || n.frac && false {
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
	switch s.toks[j].Kind {
	case segment.Number:
		return s.digitNumber(j, cur)
	case segment.Word:
		return s.wordNumber(j)
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
	var ip, fp float64
	scale := 1.0
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
		if inFrac {
			scale /= 10
			fp += float64(c-'0') * scale
		} else {
			ip = ip*10 + float64(c-'0')
		}
	}
	if !seen {
		return 0, false
	}
	return ip + fp, true
}

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

var dimAfterM = map[string]bool{"tall": true, "long": true, "high": true, "wide": true, "deep": true,
	"away": true, "below": true, "above": true, "from": true, "is": true, "isn't": true, "was": true,
	"x": true, "by": true, "in": true, "and": true, "or": true, "to": true, "of": true, "thick": true,
	"across": true, "under": true, "underground": true, "beneath": true, "down": true, "up": true,
	"apart": true, "off": true, "offshore": true, "inland": true, "north": true, "south": true,
	"east": true, "west": true, "on": true, "at": true}

func (s *scanner) digitNumber(j int, cur bool) (num, bool) {
	t := s.toks[j]
	tt := s.text[t.Start:t.End]
	numPart, suf := splitDigits(tt)
	if numPart == "" {
		return num{}, false
	}
	// "24703L202", "A380": digits glued to a word or number are a code
	if j > 0 && s.glued(j) {
		if pk := s.toks[j-1].Kind; pk == segment.Word || pk == segment.Number {
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
			after := n.next + 1
			var buf [32]byte
			b, okb := s.low(after, &buf)
			if cur || (okb && after < len(s.toks) && s.toks[after].Kind == segment.Word && !dimAfterM[string(b)] && s.toks[after].Flags&segment.Cap == 0) {
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
	for n.next < len(s.toks) {
		e, ok := s.entry(n.next)
		if ok && e.class&(wScale|wVague) != 0 {
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
		if n.scale >= 1000 {
			if f, end, next, ok := s.andFraction(n.next); ok {
				n.val += f * n.scale
				n.end, n.next = end, next
			}
		}
		return n, true
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
	if j > 0 && s.glued(j) && (s.tokText(j-1) == "/" || s.tokText(j-1) == "-") {
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
			if e.class&wDenom != 0 && (state == stUnit || state == stTeen) && total == 0 && cur < 100 {
				if !e.plural && cur != 1 {
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
			n.val += f * lastScale
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
		ok = s.is(k, "and")
	case conn.Kind == segment.Punct && (s.text[conn.Start] == '-' || s.tokText(k) == "–" || s.tokText(k) == "—"):
		// glued on both sides or spaced on both sides
		g1 := conn.Flags&segment.SpaceBefore == 0
		g2 := k+1 < len(s.toks) && s.toks[k+1].Flags&segment.SpaceBefore == 0
		ok = g1 == g2
	case s.tokText(k) == "~":
		ok = true
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
	if n.digits != n2.digits && rangeWord == "" {
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
			return unitPhrases[pi].norm, document.Span{Start: t.Start, End: s.toks[k2-1].End}, k2
		}
	}
	return "", document.Span{}, k
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
	}
	if j > 0 && s.tokText(j-1) == ":" && s.glued(j) && j >= 2 && s.toks[j-2].Kind == segment.Number {
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
	if !ok || n.next != len(toks) || n.meter || n.vague {
		return 0, false
	}
	return n.val, true
}

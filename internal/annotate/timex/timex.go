// Package timex finds time expressions and normalizes them to TIMEX3/ISO 8601
// values against a reference date (the article's publication date).
//
// The tagger is a set of HeidelTime-like rules written as Go code over the
// tokens of segment.Tokenize: one pass, a constant amount of look-ahead per
// token, a static lexicon, no regular expressions and no allocation except
// for the values of the expressions found.
//
// Extents follow the TimeML/TempEval-3 conventions: a leading "the" and
// modifiers such as "early", "the end of", "nearly", "more than" are part of
// the expression; prepositions ("since", "as of", "until", "in") are not, but
// are reported in Expr.Prep for callers.
//
// Resolution rules for expressions without a year or with a relative anchor
// (tense markers are looked for within 8 tokens of the same sentence):
//   - a bare weekday ("on Monday", "Sunday night") is the most recent such day
//     on or before the reference date when a past-tense marker is nearest
//     ("said", "was", a verb in -ed), the next one on or after it when a
//     future marker is ("will", "scheduled", "expected"), else the nearest
//     one (the past on a tie); the reference day itself counts;
//   - a month or month-day without a year ("in December", "Sept. 30") is in
//     the reference year unless that is more than 90 days ahead (then the
//     year before: news reports the past) or more than 240 days behind
//     (then the year after); a future marker moves a past occurrence to next
//     year. So "in December" written 2019-02-18 is 2018-12, "in March" is
//     2019-03, and "will close in December" is 2019-12;
//   - a bare quarter or half ("the third quarter") is in the reference year
//     unless it has not begun by then, in which case it is the previous
//     year's (results reporting), again unless a future marker is near;
//   - "the quarter", "a year ago" in results reporting follow the last
//     completed quarter mentioned ("1988-Q3");
//   - with a zero reference date every expression that needs one gets
//     Value "" (unresolved): nothing is guessed. Absolute dates, durations,
//     sets and PRESENT_REF/PAST_REF/FUTURE_REF still resolve, and a time of
//     day with no day is "XXXX-XX-XXT19:30";
//   - a day of the month alone ("on the 27th", "Friday the 12th") is the
//     nearest such day (on that weekday) in the previous, the same or the
//     next month;
//   - a time of day with no day is on the reference date, or the day after
//     it for a morning time with a future marker near ("will leave at 4 in
//     the morning").
//
// Besides news forms, the tagger reads informal and spoken ones: lower-case
// names ("on friday", "may 14", "jan 5"), weekday abbreviations ("Tues."),
// days in words ("the fourth of July", "March twenty-first", "the 15th of
// next month"), short numeric dates ("on 4/22", "25/12", "2020-11",
// "7/2019", "feb14"), clock times in words ("half past nine", "a quarter to
// six", "seven thirty p.m.", "4 in the morning"), a day with its time
// ("tomorrow at 9am", "this evening at 8"), sets with a time ("every night
// at 9pm", "on Sundays"), compound durations ("2 years 3 months", "an hour
// and a half"), "three weeks from tomorrow", "later than May 5" (mod
// AFTER), ordinal weeks ("the second week of 2020") and more holidays.
//
// Periods: an expression that denotes a stretch of time with known bounds
// also gets Expr.Begin and Expr.End, the TIMEX3 values of its first and
// last unit: counted periods next to the reference date ("the next three
// days", "the past two weeks", "within six months") and ranges joined by a
// hyphen or within one month ("Nov 18-19", "Jan-Feb 2017", "2014-2018",
// "from 3 to 7 of May"). Ranges whose ends are whole expressions of their
// own ("from May to July", "between 2014 and 2018") stay two expressions,
// as TimeML annotates them.
package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// Expr is one time expression.
type Expr struct {
	Span document.Span
	// Type is DATE, TIME, DURATION or SET (TimeML).
	Type string
	// Value is the TIMEX3 value ("2019-02-17", "2019-12", "2019-W07",
	// "P3M", "PRESENT_REF"), or "" when it cannot be resolved (for
	// example a relative date with no reference date).
	Value string
	// Mod is a TIMEX3 mod such as BEFORE, AFTER, ON_OR_AFTER ("since"),
	// APPROX, START, END, or "".
	Mod string
	// Prep is the preposition just before the expression as written in
	// the text ("since", "as of", "until", "by", "in", "on", ...), or ""
	// when there is none. It is not part of the TimeML extent; PrepSpan
	// is its span (zero when Prep is ""). Neither is written to JSON by
	// the extract contract.
	Prep     string
	PrepSpan document.Span
	// Begin and End are set for an expression that denotes a stretch of
	// time with known bounds: a range ("from 2014 to 2018", "March 3-5",
	// "between May and July") or a duration anchored at the reference
	// date ("the next three days", "the past two weeks"). They are the
	// TIMEX3 values of the first and the last unit covered, both
	// inclusive ("2014" and "2018"; "2016-11-08" and "2016-11-10"), or
	// "" when the expression is not such a period. Value keeps its
	// meaning: the range's TIMEX3 value where one exists, else the
	// duration ("P4Y", "P3D").
	Begin, End string
}

// Find appends the time expressions of text to dst, resolving relative ones
// against ref; a zero ref leaves relative values unresolved.
func Find(text string, toks []segment.Token, ref document.Date, dst []Expr) []Expr {
	t := tagger{text: text, toks: toks, ref: ref}
	if !ref.IsZero() {
		t.refT = ref.Time()
	}
	for i := 0; i < len(toks); {
		tok := &toks[i]
		k := tok.Kind
		if k != segment.Word && k != segment.Number && k != segment.Quote {
			i++
			continue
		}
		// A word without a digit that startTable's filter turns away is in
		// none of canStart's cases (tested here, before a call: four words
		// in five end here).
		if k == segment.Word && (tok.Flags&segment.Digit == 0 && !t.mayStartWord(tok) || !t.canStart(i)) {
			i++
			continue
		}
		h, ok := t.match(i)
		if !ok {
			i++
			continue
		}
		h = t.attachTime(h)
		h = t.hyphenRange(h)
		e := Expr{
			Span:  document.Span{Start: toks[h.start].Start, End: toks[h.end-1].End},
			Type:  h.typ,
			Value: h.val,
			Mod:   modName[h.mod],
			Begin: h.begin,
			End:   h.fin,
		}
		t.prep(h.start, &e)
		if e.Prep == "within" || e.Prep == "in" && e.Begin == "" && t.is(h.start-1, "within") {
			t.within(&e)
		}
		dst = append(dst, e)
		i = max(h.end, i+1)
	}
	return dst
}

// Parse normalizes one already-found expression string against ref. It
// returns the longest expression found in s, and false when there is none.
func Parse(s string, ref document.Date) (Expr, bool) {
	var buf [32]segment.Token
	toks := segment.Tokenize(s, buf[:0])
	var ebuf [4]Expr
	es := Find(s, toks, ref, ebuf[:0])
	best := -1
	for i := range es {
		if best < 0 || es[i].Span.Len() > es[best].Span.Len() {
			best = i
		}
	}
	if best < 0 {
		return Expr{}, false
	}
	return es[best], true
}

// hit is a match in token indexes.
type hit struct {
	start, end int // token range [start, end)
	typ, val   string
	mod        uint8
	begin, fin string // period bounds (Expr.Begin, Expr.End)
}

type tagger struct {
	text string
	toks []segment.Token
	ref  document.Date
	refT time.Time
	// lastQ is the last quarter value produced ("1989-Q3"), the anchor of
	// "the quarter" and "a year earlier" in results reporting.
	lastQ string
	cache [16]struct {
		i int
		l lexeme
	}
}

// lex returns the lexicon entry of token i (zero when none or out of range).
func (t *tagger) lex(i int) lexeme {
	if i < 0 || i >= len(t.toks) {
		return lexeme{}
	}
	c := &t.cache[i&15]
	if c.i == i+1 {
		return c.l
	}
	tok := t.toks[i]
	var l lexeme
	if tok.Kind == segment.Word && tok.End-tok.Start <= 16 {
		// looked up lowered (ASCII) without a copy; most words are in no
		// time lexicon, and GetFold's filter turns them away unhashed
		l, _ = lexTable.GetFold(t.text[tok.Start:tok.End])
	}
	c.i, c.l = i+1, l
	return l
}

func (t *tagger) cls(i int) uint8 { return t.lex(i).cls }

// asciiLower lower-cases an ASCII upper-case letter, as lex does.
func asciiLower(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// canStart reports whether word token i may begin an expression.
func (t *tagger) canStart(i int) bool {
	// (Find has asked mayStartWord of a word without a digit.)
	switch t.lex(i).cls {
	case lxNone:
		if t.toks[i].Flags&segment.Digit != 0 {
			return true
		}
		switch t.text[t.toks[i].Start] | 0x20 {
		case 'r':
			return t.is(i, "rest") && t.is(i+1, "of")
		case 'n':
			return t.is(i, "new")
		case 'f':
			return t.is(i, "fy")
		case 't':
			return t.is(i, "these")
		case 'w', 'a':
			return (t.is(i, "whole") || t.is(i, "another")) && t.cls(i+1) == lxUnit
		}
		return false
	case lxPrep:
		return t.is(i, "at") || t.is(i, "around")
	case lxPast, lxFuture, lxPoss, lxMeridian:
		return false
	}
	return true
}

// mayStartWord reports whether word token tok may be a key of startTable
// once lowered as lex lowers it; false is certain: such a word is not in
// the lexicon, or of a class that cannot start, and none of the words
// canStart tests by name.
func (t *tagger) mayStartWord(tok *segment.Token) bool {
	c1, cp := byte(0), byte(0)
	if tok.End-tok.Start > 1 {
		c1, cp = asciiLower(t.text[tok.Start+1]), asciiLower(t.text[tok.End-2])
	}
	return mayStart(tok.End-tok.Start, asciiLower(t.text[tok.Start]), c1, cp, asciiLower(t.text[tok.End-1]))
}

// is reports whether token i is the word w (ASCII case-insensitive).
func (t *tagger) is(i int, w string) bool {
	if i < 0 || i >= len(t.toks) {
		return false
	}
	tok := t.toks[i]
	// Of the same length as ASCII w, only an ASCII word folds to it (the
	// runes that fold to ASCII letters are longer): its first byte, with
	// bit 0x20 set as in w's, must match before the full comparison.
	return tok.End-tok.Start == len(w) && t.text[tok.Start]|0x20 == w[0]|0x20 && strings.EqualFold(t.text[tok.Start:tok.End], w)
}

// punct reports whether token i is the punctuation c.
func (t *tagger) punct(i int, c byte) bool {
	if i < 0 || i >= len(t.toks) {
		return false
	}
	tok := t.toks[i]
	return tok.Kind == segment.Punct && tok.End-tok.Start == 1 && t.text[tok.Start] == c
}

// glued reports whether token i follows token i-1 with no space.
func (t *tagger) glued(i int) bool {
	return i > 0 && i < len(t.toks) && t.toks[i].Flags&segment.SpaceBefore == 0
}

// hyphen reports whether tokens i, i+1 are "-" glued on both sides.
func (t *tagger) hyphen(i int) bool {
	return t.punct(i, '-') && t.glued(i) && t.glued(i+1)
}

// digits returns the value and digit count of a Number token made of
// digits only, or -1.
func (t *tagger) digits(i int) (int, int) {
	if i < 0 || i >= len(t.toks) || t.toks[i].Kind != segment.Number {
		return -1, 0
	}
	tok := t.toks[i]
	if tok.End-tok.Start > 9 {
		return -1, 0
	}
	v := 0
	for k := tok.Start; k < tok.End; k++ {
		c := t.text[k]
		if c < '0' || c > '9' {
			return -1, 0
		}
		v = v*10 + int(c-'0')
	}
	return v, tok.End - tok.Start
}

// dayNum returns the day of month of a token "17" or "17th", or 0.
func (t *tagger) dayNum(i int) int {
	if i < 0 || i >= len(t.toks) || t.toks[i].Kind != segment.Number {
		return 0
	}
	tok := t.toks[i]
	s := t.text[tok.Start:tok.End]
	v, n := 0, 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		v = v*10 + int(s[n]-'0')
		n++
	}
	if n == 0 || n > 2 || v < 1 || v > 31 {
		return 0
	}
	switch strings.ToLower(s[n:]) {
	case "", "st", "nd", "rd", "th":
		return v
	}
	return 0
}

// year returns a four-digit year at token i, or 0.
func (t *tagger) year(i int) int {
	v, n := t.digits(i)
	if n != 4 || v < 1000 || v > 2999 {
		return 0
	}
	return v
}

// ------------------------------------------------------------------ matching

// match tries to read an expression starting at token i.
func (t *tagger) match(i int) (hit, bool) {
	// A quote mark can only begin a short decade ("'90s"): every other
	// case below tests words. (Quotes are one in seven calls, none a time.)
	if i < len(t.toks) && t.toks[i].Kind == segment.Quote {
		return t.shortDecade(i)
	}
	p := i
	mod := mNone
	// approximators: "nearly", "more than", "up to", "at least"
	l := t.lex(p)
	if l.cls == lxDet && t.plainAfterThe(i+1) {
		// "the" before a word in no time lexicon, without a digit and not
		// one of the words tested by name below: nothing can match. (A
		// quarter of all calls: "the" is the commonest word of news.)
		return hit{}, false
	}
	if l.cls == lxNum && l.flags&fAmbig != 0 && t.plainWord(i+1) {
		// "a", "an", "half" begin a time only as an amount before a unit
		// or another amount word ("a year", "a few days", "half an
		// hour", "a quarter past"): all words of the lexicon.
		return hit{}, false
	}
	switch {
	case l.cls == lxApprox && l.flags&fAmbig == 0:
		mod = l.v
		p++
	case l.cls == lxApprox && (t.is(p+1, "than") && l.v != mEqualOrMore || t.is(p, "up") && t.is(p+1, "to")):
		mod = l.v
		p += 2
	case t.is(p, "at") && t.is(p+1, "least"):
		mod = mEqualOrMore
		p += 2
	case t.is(p, "no") && (t.is(p+1, "more") || t.is(p+1, "later")) && t.is(p+2, "than"):
		mod = mEqualOrLess
		p += 3
	case t.is(p, "around") && p+1 < len(t.toks) && (t.toks[p+1].Kind == segment.Number || t.cls(p+1) == lxClock):
		// "around 7:15 p.m."
		if _, ok := t.readClock(p+1, false); ok {
			mod = mApprox
			p++
		}
	case (t.is(p, "later") || t.is(p, "earlier")) && t.is(p+1, "than") && p+2 < len(t.toks) &&
		(t.toks[p+2].Kind == segment.Number || t.cls(p+2) == lxMonth || t.cls(p+2) == lxWeekday || t.cls(p+2) == lxDeictic):
		// "later than 1/1/2016": a bound on a date
		mod = mAfter
		if t.is(p, "earlier") {
			mod = mBefore
		}
		p += 2
	}
	if mod != mNone {
		h, ok := t.core(p, false, mNone)
		if !ok || (h.typ != "DURATION" && h.val != "" && h.typ != "DATE" && !(h.typ == "TIME" && mod == mApprox)) ||
			(mod == mAfter || mod == mBefore) && h.typ != "DATE" {
			return hit{}, false
		}
		h.start = i
		if h.mod == mNone {
			h.mod = mod
		}
		return h, true
	}
	the := false
	if l.cls == lxDet {
		the = true
		p++
		// "the week of March 6", "the week of the 18th", "the week
		// starting February 4"
		if t.is(p, "week") {
			r := p + 1
			switch {
			case t.is(r, "of"), t.is(r, "commencing"), t.is(r, "starting"):
				r++
			case t.is(r, "beginning"):
				r++
				if t.is(r, "on") {
					r++
				}
			default:
				r = 0
			}
			var h hit
			ok := false
			switch {
			case r == 0:
			case t.cls(r) == lxMonth:
				h, ok = t.month(r, true)
			case t.is(r, "the") && t.ordinalNumber(r+1) > 0 && (r+2 >= len(t.toks) || t.toks[r+2].Kind == segment.Punct || t.is(r+2, "and") || t.is(r+2, "or")):
				h, ok = hit{start: r, end: r + 2, typ: "DATE", val: t.nearMonthDay(t.ordinalNumber(r+1), -1)}, true
			}
			if ok && len(h.val) == 10 {
				d, _ := time.Parse("2006-01-02", h.val)
				return hit{start: i, end: h.end, typ: "DATE", val: weekValue(d)}, true
			} else if ok && h.val == "" && h.end > r+1 {
				return hit{start: i, end: h.end, typ: "DATE"}, true
			}
		}
		// "the day before yesterday", "the day after tomorrow"
		if t.is(p, "day") && (t.is(p+1, "before") && t.is(p+2, "yesterday") || t.is(p+1, "after") && t.is(p+2, "tomorrow")) {
			h := hit{start: i, end: p + 3, typ: "DATE"}
			if !t.ref.IsZero() {
				k := -2
				if t.is(p+1, "after") {
					k = 2
				}
				h.val = dateValue(t.refT.AddDate(0, 0, k))
			}
			return h, true
		}
		// "the near future", "the short term"
		if (t.is(p, "near") || t.is(p, "short")) && (t.is(p+1, "future") || t.is(p+1, "term")) {
			return hit{start: i, end: p + 2, typ: "DATE", val: "FUTURE_REF"}, true
		}
	}
	// "the rest of the week", "the rest of this year"
	if t.is(p, "rest") && t.is(p+1, "of") {
		r := p + 2
		if t.is(r, "the") || t.is(r, "this") || t.is(r, "current") {
			r++
		}
		if l := t.lex(r); l.cls == lxUnit && l.flags&fPlural == 0 && (l.v == uWeek || l.v == uMonth || l.v == uYear || l.v == uQuarter) {
			h := hit{start: i, end: r + 1, typ: "DATE", val: t.unitValue(l.v, 0)}
			if !t.ref.IsZero() {
				var last time.Time
				switch l.v {
				case uWeek:
					last = t.refT.AddDate(0, 0, 6-(int(t.refT.Weekday())+6)%7)
				case uMonth:
					last = time.Date(t.ref.Year, t.ref.Month+1, 0, 0, 0, 0, 0, time.UTC)
				case uQuarter:
					q := (int(t.ref.Month)-1)/3 + 1
					last = time.Date(t.ref.Year, time.Month(3*q+1), 0, 0, 0, 0, 0, time.UTC)
				case uYear:
					last = time.Date(t.ref.Year, 12, 31, 0, 0, 0, 0, time.UTC)
				}
				h.begin, h.fin = t.ref.String(), dateValue(last)
			}
			return h, true
		}
	}
	// "the month of May"
	if t.is(p, "month") && t.is(p+1, "of") && t.cls(p+2) == lxMonth {
		if h, ok := t.month(p+2, true); ok {
			h.start = i
			return h, true
		}
	}
	// "early", "late", "mid-", "the end of", "earlier this year"
	m := t.lex(p)
	pm := mNone
	switch {
	case m.cls == lxMod && m.flags&fAmbig == 0:
		pm = m.v
		p++
		if m.v == mMid && t.hyphen(p) {
			p++
		}
	case m.cls == lxMod && t.is(p+1, "of"):
		pm = m.v
		p += 2
		if t.cls(p) == lxDet {
			p++
		}
	case m.cls == lxAgo && (m.v == mEarlier || t.is(p, "later")) && (t.is(p+1, "this") || t.cls(p+1) == lxWeekday ||
		t.is(p+1, "today") || t.is(p+1, "yesterday") || t.is(p+1, "tomorrow")):
		pm = mStart
		if t.is(p, "later") {
			pm = mEnd
		}
		p++
	case m.cls == lxAgo && (m.v == mEarlier || t.is(p, "later")) && t.is(p+1, "in") && t.is(p+2, "the"):
		pm = mStart
		if t.is(p, "later") {
			pm = mEnd
		}
		p += 3
	}
	if p >= len(t.toks) {
		return hit{}, false
	}
	if pm == mNone && !the && p != i {
		return hit{}, false
	}
	h, ok := t.core(p, the || pm != mNone, pm)
	if !ok && pm != mNone && t.cls(p-1) == lxDet {
		// "the end of the year": the unit alone
		h, ok = t.current(p)
	}
	if !ok {
		return hit{}, false
	}
	switch {
	case pm != mNone:
		h.start = i
		if h.mod == mNone {
			h.mod = pm
		}
	case the && h.start == p && t.takesThe(h, p):
		h.start = i
	}
	return h, true
}

// plainAfterThe reports whether token p, after "the", is a word that no
// path of match or core can read: a Word without a digit, of no lexicon
// class, and none of the words they test by name ("the near future", "the
// rest of", "the whole week", "these days", "the new year", "FY").
func (t *tagger) plainAfterThe(p int) bool {
	if !t.plainWord(p) {
		return false
	}
	switch t.text[t.toks[p].Start] | 0x20 {
	case 'n':
		return !t.is(p, "near") && !t.is(p, "new")
	case 's':
		return !t.is(p, "short")
	case 'r':
		return !t.is(p, "rest")
	case 'w':
		return !t.is(p, "whole")
	case 'a':
		return !t.is(p, "another")
	case 't':
		return !t.is(p, "these")
	case 'f':
		return !t.is(p, "fy")
	}
	return true
}

// plainWord reports whether token p is a Word without a digit and in no
// class of the time lexicon.
func (t *tagger) plainWord(p int) bool {
	if p >= len(t.toks) {
		return false
	}
	tok := t.toks[p]
	return tok.Kind == segment.Word && tok.Flags&segment.Digit == 0 && t.lex(p).cls == lxNone
}

// hyphenRange joins two dates of the same precision written with a
// hyphen ("Jan-Feb 2017", "Nov 18-Dec 19, 2015", "5/1-5/7, 2020",
// "2014-2018") into one range with Begin and End. A year written only
// with the second date applies to the first. Within a month or a year
// the range's Value is that month or year; across them it is a DURATION
// whose Value is its length.
func (t *tagger) hyphenRange(h hit) hit {
	if h.typ != "DATE" || h.begin != "" || !t.punct(h.end, '-') || h.val == "" {
		return h
	}
	n := len(h.val)
	if n != 4 && n != 7 && n != 10 || h.val[0] < '0' || h.val[0] > '9' {
		return h
	}
	h2, ok := t.match(h.end + 1)
	if !ok || h2.typ != "DATE" || len(h2.val) != n || h2.start != h.end+1 || h2.begin != "" || h2.mod != h.mod {
		return h
	}
	a, b := h.val, h2.val
	if n > 4 && a[:4] != b[:4] && !t.hasYear(h.start, h.end) && t.hasYear(h2.start, h2.end) {
		// "Nov-Feb 2017": the first month is in 2016
		y, _ := strconv.Atoi(b[:4])
		if a[4:] > b[4:] {
			y--
		}
		a = strconv.Itoa(y) + a[4:]
	}
	if a >= b {
		return h
	}
	r := hit{start: h.start, end: h2.end, typ: "DATE", begin: a, fin: b}
	ya, _ := strconv.Atoi(a[:4])
	yb, _ := strconv.Atoi(b[:4])
	switch {
	case n == 10 && a[:7] == b[:7]:
		r.val = a[:7]
	case n > 4 && ya == yb:
		r.val = a[:4]
	default:
		r.typ = "DURATION"
		switch n {
		case 4:
			r.val = "P" + strconv.Itoa(yb-ya+1) + "Y"
		case 7:
			ma, _ := strconv.Atoi(a[5:7])
			mb, _ := strconv.Atoi(b[5:7])
			r.val = "P" + strconv.Itoa(12*(yb-ya)+mb-ma+1) + "M"
		default:
			da, _ := time.Parse("2006-01-02", a)
			db, _ := time.Parse("2006-01-02", b)
			r.val = "P" + strconv.Itoa(int(db.Sub(da).Hours()/24)+1) + "D"
		}
	}
	return r
}

// hasYear reports whether tokens [i, j) write a year.
func (t *tagger) hasYear(i, j int) bool {
	for k := i; k < j; k++ {
		if t.year(k) > 0 {
			return true
		}
		if t.toks[k].Kind == segment.Number && t.toks[k].End-t.toks[k].Start == 2 && t.punct(k-1, '/') && t.punct(k-3, '/') {
			return true // "5/7/20"
		}
	}
	return false
}

// takesThe reports whether a core match at p includes a "the" before it.
func (t *tagger) takesThe(h hit, p int) bool {
	if h.typ == "TIME" && t.cls(p) != lxPart && t.cls(p) != lxRel {
		return false // "the 10 a.m. meeting"
	}
	if h.end-h.start >= 3 && t.hyphen(h.end-2) {
		return false // an adjective: "the two-year (contract)", "the year-ago (results)"
	}
	if h.typ == "DURATION" && h.end-h.start == 2 && t.lex(h.end-1).flags&fPlural == 0 && t.toks[h.start].Kind == segment.Number {
		return false // "the 30 day (period)"
	}
	switch t.cls(p) {
	case lxWeekday, lxMonth, lxDeictic, lxHoliday, lxSetAdv:
		return t.is(p, "future")
	case lxRel:
		return t.lex(p).v != relComing
	case lxNone:
		if t.toks[p].Kind != segment.Number {
			return t.toks[p].Kind != segment.Quote // not "the '80s"
		}
		// "the past 20 years", "the 1988 quarter", "the 20th century",
		// "the 27th", but not "the 16 September"
		return h.typ == "DURATION" || (h.end == p+1 || t.is(p+1, "of") || t.is(p+1, "day")) && t.ordinalNumber(p) > 0 || strings.Contains(h.val, "-Q") || strings.Contains(h.val, "-H") ||
			t.is(h.end-1, "period") || t.is(h.end-1, "quarter") || t.is(h.end-1, "century")
	}
	return true
}

// current reads "year", "month", "week", "quarter" after "the end of the"
// as the current unit of the reference date.
func (t *tagger) current(p int) (hit, bool) {
	l := t.lex(p)
	if l.cls != lxUnit || l.flags&fPlural != 0 || l.v == uDay {
		return hit{}, false
	}
	v := t.unitValue(l.v, 0)
	if v == "-" {
		return hit{}, false
	}
	return hit{start: p, end: p + 1, typ: "DATE", val: v}, true
}

// core reads an expression at p without prefix modifiers. the reports a
// determiner or modifier before p.
func (t *tagger) core(p int, the bool, pm uint8) (hit, bool) {
	if p >= len(t.toks) {
		return hit{}, false
	}
	tok := t.toks[p]
	if tok.Kind == segment.Number {
		return t.numeric(p, the)
	}
	if tok.Kind == segment.Quote {
		return t.shortDecade(p)
	}
	l := t.lex(p)
	switch l.cls {
	case lxMonth:
		return t.month(p, the || pm != mNone)
	case lxWeekday:
		return t.weekday(p)
	case lxNum, lxFew:
		if l.cls == lxNum && (l.flags&fAmbig == 0 || t.is(p+1, "quarter") || t.is(p+1, "past")) {
			if c, ok := t.readClock(p, false); ok {
				return t.clockTail(hit{start: p, end: c.end, typ: "TIME"}, c), true
			}
		}
		if l.v == 20 || l.v == 30 {
			if h, ok := t.dayOfMonth(p); ok {
				return h, true
			}
			if t.is(p-1, "the") && (t.is(p-2, "on") || t.is(p-2, "for")) || t.is(p-1, "on") {
				if d, r := t.dayOrdinal(p); d > 0 && r > p+1 && (r >= len(t.toks) || t.toks[r].Kind == segment.Punct && !t.punct(r, '-')) {
					return hit{start: p, end: r, typ: "DATE", val: t.nearMonthDay(d, -1)}, true
				}
			}
		}
		if y, q := t.spokenYear(p); y > 0 {
			return hit{start: p, end: q, typ: "DATE", val: strconv.Itoa(y)}, true
		}
		return t.duration(p, the)
	case lxOrd:
		if h, ok := t.dayOfMonth(p); ok {
			return h, true
		}
		// "on the second.", "for the twenty first!"
		if t.is(p-1, "the") && (t.is(p-2, "on") || t.is(p-2, "for")) {
			if d, r := t.dayOrdinal(p); d > 0 && (r >= len(t.toks) || t.toks[r].Kind == segment.Punct && !t.punct(r, '-')) {
				return hit{start: p, end: r, typ: "DATE", val: t.nearMonthDay(d, -1)}, true
			}
		}
		return t.ordinal(p)
	case lxRel:
		return t.relative(p, the)
	case lxDeictic:
		return t.deictic(p, the)
	case lxUnit:
		// "(the) day after tomorrow", "day before yesterday"
		if t.is(p, "day") && (t.is(p+1, "before") && t.is(p+2, "yesterday") || t.is(p+1, "after") && t.is(p+2, "tomorrow")) {
			h := hit{start: p, end: p + 3, typ: "DATE"}
			if !t.ref.IsZero() {
				k := -2
				if t.is(p+1, "after") {
					k = 2
				}
				h.val = dateValue(t.refT.AddDate(0, 0, k))
			}
			return h, true
		}
		if c, ok := t.pastTo(p); ok {
			return t.clockTail(hit{start: p, end: c.end, typ: "TIME"}, c), true
		}
		return t.unit(p, the)
	case lxSetAdv:
		if tok.Flags&segment.Cap != 0 && p > 0 && t.toks[p-1].Kind == segment.Word {
			return hit{}, false // a name: "the Daily Telegraph"
		}
		return hit{start: p, end: p + 1, typ: "SET", val: durValue(1, false, l.v)}, true
	case lxEvery:
		return t.every(p)
	case lxSeason:
		return t.season(p, the || pm != mNone, 0)
	case lxClock:
		return t.clockTail(hit{start: p, end: p + 1, typ: "TIME"}, clk{h: int(l.v), mer: true, end: p + 1}), true
	case lxPart:
		// "mid-afternoon", "mid afternoon yesterday"
		if pm != mMid || l.flags&fAmbig != 0 {
			return hit{}, false
		}
		h := hit{start: p, end: p + 1, typ: "TIME"}
		day := t.ref.String()
		switch r := p + 1; t.cls(r) {
		case lxDeictic:
			if d, ok := t.deictic(r, false); ok && d.typ == "DATE" && len(d.val) == 10 {
				day, h.end = d.val, d.end
			}
		case lxWeekday:
			if d, ok := t.weekday(r); ok && d.typ == "DATE" && len(d.val) == 10 {
				day, h.end = d.val, d.end
			}
		}
		if !t.ref.IsZero() || day != t.ref.String() {
			h.val = day + "T" + partCode[l.v]
		}
		return h, true
	case lxDecade:
		if !the {
			return hit{}, false
		}
		return hit{start: p, end: p + 1, typ: "DATE", val: "19" + strconv.Itoa(int(l.v))}, true
	case lxFiscal:
		return t.fiscal(p)
	case lxHoliday:
		return t.holiday(p, l.v, p+1)
	}
	// "the whole week", "another month": one unit ("all day" is not
	// annotated in TimeBank)
	if (t.is(p, "whole") || t.is(p, "another")) && !t.hyphen(p+2) && (t.toks[p].Flags&segment.Cap == 0 || p == 0 || t.sentenceEnd(p-1)) {
		if l := t.lex(p + 1); l.cls == lxUnit && l.flags&(fPlural|fAbbr) == 0 && l.v != uPeriod && l.v != uQuarter {
			return hit{start: p, end: p + 2, typ: "DURATION", val: durValue(1, false, l.v)}, true
		}
	}
	if t.is(p, "these") && t.is(p+1, "days") {
		return hit{start: p, end: p + 2, typ: "DATE", val: "PRESENT_REF"}, true
	}
	if tok.Flags&segment.Digit != 0 || t.is(p, "fy") {
		if h, ok := t.gluedMonth(p); ok {
			return h, true
		}
		return t.code(p)
	}
	if t.is(p, "new") && t.is(p+1, "year") {
		q := p + 2
		if t.is(q, "'s") {
			q++
		}
		switch {
		case t.is(q, "day"):
			return t.holiday(p, hNewYearsDay, q+1)
		case t.is(q, "eve"):
			return t.holiday(p, hNewYearsEve, q+1)
		}
	}
	return hit{}, false
}

// ------------------------------------------------------------- numeric forms

func (t *tagger) numeric(p int, the bool) (hit, bool) {
	v, n := t.digits(p)
	// 2019-02-17
	if n == 4 && t.hyphen(p+1) && t.hyphen(p+3) {
		mo, n2 := t.digits(p + 2)
		d, n3 := t.digits(p + 4)
		if n2 == 2 && n3 == 2 && validDate(v, mo, d) {
			return hit{start: p, end: p + 5, typ: "DATE", val: fmtDate(v, mo, d)}, true
		}
	}
	// 1/6/2020, 1/6/20
	if n >= 1 && n <= 2 && t.punct(p+1, '/') && t.glued(p+1) && t.glued(p+2) && t.punct(p+3, '/') && t.glued(p+3) && t.glued(p+4) {
		d, n2 := t.digits(p + 2)
		y, n3 := t.digits(p + 4)
		if n3 == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
			n3 = 4
		}
		if n2 >= 1 && n2 <= 2 && n3 == 4 && validDate(y, v, d) {
			return hit{start: p, end: p + 5, typ: "DATE", val: fmtDate(y, v, d)}, true
		}
	}
	// clock: 10:30 a.m., 10 a.m., 10am, 8.30pm
	if n >= 1 && n <= 2 && v <= 24 || n == 0 {
		if h, ok := t.clock(p); ok {
			return h, true
		}
	}
	// "10-20 February", "on 4-6 March": a range of days
	if t.hyphen(p+1) && t.cls(p+3) == lxMonth && t.dayNum(p) > 0 {
		if h, ok := t.rangeOfMonth(p); ok {
			return h, true
		}
	}
	if h, ok := t.shortDate(p, v, n); ok {
		return h, true
	}
	// "3 until 12 of Sept", "9 to 12 of June"
	if !t.is(p+1, "of") && (t.is(p-1, "from") || t.is(p-1, "between")) {
		if h, ok := t.rangeOfMonth(p); ok {
			return h, true
		}
	}
	// 4th of March, 20th of next month
	if t.is(p+1, "of") || t.is(p+1, "day") && t.is(p+2, "of") {
		if h, ok := t.dayOfMonth(p); ok {
			return h, true
		}
	}
	// 17 February 2019, but not "$12 December 27"
	if d := t.dayNum(p); d > 0 && t.cls(p+1) == lxMonth && t.monthOK(p+1, true) && !(p > 0 && t.toks[p-1].Kind == segment.Symbol) &&
		!(t.dayNum(t.afterMonth(p+1)) > 0 && t.year(t.afterMonth(p+1)) == 0) {
		m := int(t.lex(p + 1).v)
		q := t.afterMonth(p + 1)
		if y, e := t.yearAfter(q); y > 0 && !t.punct(q, ',') && validDate(y, m, d) {
			return hit{start: p, end: e, typ: "DATE", val: fmtDate(y, m, d)}, true
		}
		return hit{start: p, end: q, typ: "DATE", val: t.monthDay(m, d, p, q)}, true
	}
	// "on the 27th": a day of a nearby month
	if d := t.ordinalNumber(p); (the || t.is(p-1, "on")) && d >= 1 && d <= 31 && (p+1 >= len(t.toks) || t.toks[p+1].Kind == segment.Punct && !t.hyphen(p+1)) {
		return hit{start: p, end: p + 1, typ: "DATE", val: t.nearMonthDay(d, -1)}, true
	}
	// the 20th century
	if t.is(p+1, "century") && t.ordinalNumber(p) > 0 {
		c := t.ordinalNumber(p)
		return hit{start: p, end: p + 2, typ: "DATE", val: pad2(c - 1)}, true
	}
	// decades "1990s", centuries "1900s"
	if tok := t.toks[p]; tok.End-tok.Start == 5 && (t.text[tok.End-1] == 's' || t.text[tok.End-1] == 'S') {
		if y, n := digitsOf(t.text[tok.Start : tok.End-1]); n == 4 && y >= 1000 && y < 3000 && y%10 == 0 {
			val := strconv.Itoa(y / 10)
			if y%100 == 0 && !t.is(p-1, "the") {
				val = strconv.Itoa(y / 100)
			}
			return hit{start: p, end: p + 1, typ: "DATE", val: val}, true
		}
	}
	// "1970's", "the 70's"
	if y := t.year(p); y > 0 && y%10 == 0 && t.is(p+1, "'s") && t.glued(p+1) {
		return hit{start: p, end: p + 2, typ: "DATE", val: strconv.Itoa(y / 10)}, true
	}
	if n == 2 && v%10 == 0 && t.is(p+1, "'s") && t.glued(p+1) && the {
		c := 19
		if v < 30 {
			c = 20
		}
		return hit{start: p, end: p + 2, typ: "DATE", val: strconv.Itoa(c*10 + v/10)}, true
	}
	if y, q := t.spokenYear(p); y > 0 {
		return hit{start: p, end: q, typ: "DATE", val: strconv.Itoa(y)}, true
	}
	if y := t.year(p); y > 0 && (t.is(p+1, "period") || t.is(p+1, "quarter")) && the {
		// "the 1988 period", "the 1988 quarter": the year's counterpart of
		// the quarter under discussion
		v := strconv.Itoa(y)
		if t.lastQ != "" {
			v += t.lastQ[4:]
		}
		return hit{start: p, end: p + 2, typ: "DATE", val: v}, true
	}
	if y := t.year(p); y > 0 && t.plausibleYear(p) {
		// "2017 Q1", "2019-H2"
		r := p + 1
		if t.hyphen(r) {
			r++
		}
		if part, k := t.partCode(r); part != "" && t.year(r+1) == 0 {
			if part == "Q" {
				t.setQ(y, k)
			}
			return hit{start: p, end: r + 1, typ: "DATE", val: strconv.Itoa(y) + "-" + part + strconv.Itoa(k)}, true
		}
		// "the 1988 third quarter", "1988 period"
		if t.cls(p+1) == lxOrd {
			if h, ok := t.ordinal(p + 1); ok && len(h.val) == 7 && h.val[4] == '-' {
				h.val = strconv.Itoa(y) + h.val[4:]
				h.start = p
				if h.val[5] == 'Q' {
					t.setQ(y, int(h.val[6]-'0'))
				}
				return h, true
			}
		}
		return hit{start: p, end: p + 1, typ: "DATE", val: strconv.Itoa(y)}, true
	}
	return t.duration(p, the)
}

// dateCtx reports whether the word before token p introduces a date, so
// that a short numeric form ("on 4/22") is read as one.
func (t *tagger) dateCtx(p int) bool {
	switch {
	case t.is(p-1, "on"), t.is(p-1, "from"), t.is(p-1, "until"), t.is(p-1, "till"), t.is(p-1, "since"),
		t.is(p-1, "before"), t.is(p-1, "after"), t.is(p-1, "by"), t.is(p-1, "each"), t.is(p-1, "every"),
		t.is(p-1, "next"), t.is(p-1, "this"), t.is(p-1, "last"), t.is(p-1, "dated"), t.is(p-1, "between"):
		return true
	case t.cls(p-1) == lxWeekday:
		return true
	case t.punct(p-1, ',') || t.is(p-1, "or") || t.is(p-1, "and") || t.punct(p-1, '-'):
		// a list of dates: "on 11/20, 11/22 or 11/25"
		return p >= 4 && t.toks[p-2].Kind == segment.Number && t.punct(p-3, '/') && t.glued(p-2) && t.glued(p-3)
	}
	return false
}

// shortDate reads numeric dates other than ISO and m/d/y: "2015-3",
// "2016/11", "11/2016", "21/04/2016", "9-18-15", "4/22", "22/04",
// "28-nov", "2019/aug/01". v, n are the digits at p.
func (t *tagger) shortDate(p, v, n int) (hit, bool) {
	if n == 0 || !t.glued(p+1) || !t.glued(p+2) {
		return hit{}, false
	}
	var sep byte
	switch {
	case t.punct(p+1, '/'):
		sep = '/'
	case t.punct(p+1, '-'):
		sep = '-'
	default:
		return hit{}, false
	}
	third := t.punct(p+3, sep) && t.glued(p+3) && t.glued(p+4)
	// "28-nov", "2019/aug/01", "2019-aug-1"
	if t.cls(p+2) == lxMonth {
		m := int(t.lex(p + 2).v)
		if n == 4 && third && v >= 1000 && v < 3000 {
			if d, n3 := t.digits(p + 4); n3 >= 1 && n3 <= 2 && validDate(v, m, d) {
				return hit{start: p, end: p + 5, typ: "DATE", val: fmtDate(v, m, d)}, true
			}
		}
		if n <= 2 && !third && validDate(2000, m, v) {
			return hit{start: p, end: p + 3, typ: "DATE", val: t.monthDay(m, v, p, p+3)}, true
		}
		return hit{}, false
	}
	v2, n2 := t.digits(p + 2)
	if n2 == 0 {
		return hit{}, false
	}
	switch {
	case n == 4 && !third && n2 <= 2 && v2 >= 1 && v2 <= 12 && v >= 1000 && v < 3000 && t.plausibleYear(p):
		// "2015-3", "2016/11"; not a span of years "2011-12", "2005-6"
		if n2 == 2 && v2 == (v+1)%100 || n2 == 1 && v2 == (v+1)%10 {
			return hit{}, false
		}
		if t.glued(p+3) && p+3 < len(t.toks) && t.toks[p+3].Kind != segment.Punct {
			return hit{}, false
		}
		return hit{start: p, end: p + 3, typ: "DATE", val: strconv.Itoa(v) + "-" + pad2(v2)}, true
	case n <= 2 && n2 == 4 && !third && v >= 1 && v <= 12 && v2 >= 1000 && v2 < 3000:
		// "11/2016", "3-2015"
		return hit{start: p, end: p + 3, typ: "DATE", val: strconv.Itoa(v2) + "-" + pad2(v)}, true
	case n <= 2 && n2 <= 2 && third:
		// "21/04/2016", "21/04/16", "9-18-15"
		y, n3 := t.digits(p + 4)
		if n3 == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		} else if n3 != 4 {
			return hit{}, false
		}
		m, d := v, v2
		if v > 12 {
			m, d = v2, v
		}
		if validDate(y, m, d) {
			return hit{start: p, end: p + 5, typ: "DATE", val: fmtDate(y, m, d)}, true
		}
	case n <= 2 && n2 <= 2 && !third && (t.dateCtx(p) || t.punct(p+3, ',') && t.glued(p+3) && t.year(p+4) > 0):
		// "on 4/22", "on 22/04"; with a hyphen only after "on" or a
		// weekday ("won 4-2", "from 3-3 in the first set" are scores)
		if t.glued(p+3) && p+3 < len(t.toks) && (t.toks[p+3].Kind == segment.Number || t.toks[p+3].Kind == segment.Word) {
			return hit{}, false
		}
		if sep == '-' && !t.is(p-1, "on") && t.cls(p-1) != lxWeekday {
			return hit{}, false
		}
		if t.oddsLike(p) || t.cls(p+3) == lxMonth || p+3 < len(t.toks) && t.toks[p+3].Kind == segment.Symbol {
			return hit{}, false
		}
		m, d := v, v2
		if v > 12 {
			m, d = v2, v
		}
		if validDate(2000, m, d) {
			h := hit{start: p, end: p + 3, typ: "DATE", val: t.monthDay(m, d, p, p+3)}
			if y := t.year(p + 4); y > 0 && t.punct(p+3, ',') && validDate(y, m, d) {
				h.end, h.val = p+5, fmtDate(y, m, d)
			}
			return h, true
		}
	}
	return hit{}, false
}

// oddsLike reports a fraction at p used as betting odds or a ratio: "from
// 4/1 to 5/2", "8/13 odds".
func (t *tagger) oddsLike(p int) bool {
	frac := func(i int) bool {
		return i >= 0 && i+2 < len(t.toks) && t.toks[i].Kind == segment.Number && t.punct(i+1, '/') && t.glued(i+1) && t.glued(i+2) &&
			t.toks[i+2].Kind == segment.Number
	}
	if t.is(p+3, "to") && frac(p+4) || t.is(p-1, "to") && frac(p-4) {
		return true
	}
	switch {
	case t.is(p+3, "odds"), t.is(p+3, "favourite"), t.is(p+3, "favorite"), t.is(p+3, "shot"), t.is(p+3, "chance"):
		return true
	}
	return false
}

// gluedMonth reads a month name glued to a day: "april22", "dec31",
// "January12, 2016".
func (t *tagger) gluedMonth(p int) (hit, bool) {
	tok := t.toks[p]
	s := t.text[tok.Start:tok.End]
	i := 0
	for i < len(s) && (s[i] < '0' || s[i] > '9') {
		i++
	}
	if i < 3 || i > 9 || len(s)-i > 2 {
		return hit{}, false
	}
	d, n := digitsOf(s[i:])
	if n == 0 {
		return hit{}, false
	}
	var buf [9]byte
	for k := 0; k < i; k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	l := lookup(buf[:i])
	if l.cls != lxMonth || !validDate(2000, int(l.v), d) {
		return hit{}, false
	}
	m := int(l.v)
	if y, e := t.yearAfter(p + 1); y > 0 && validDate(y, m, d) {
		return hit{start: p, end: e, typ: "DATE", val: fmtDate(y, m, d)}, true
	}
	if y := t.year(p + 2); t.punct(p+1, ',') && y > 0 && validDate(y, m, d) {
		return hit{start: p, end: p + 3, typ: "DATE", val: fmtDate(y, m, d)}, true // "January12,2016"
	}
	return hit{start: p, end: p + 1, typ: "DATE", val: t.monthDay(m, d, p, p+1)}, true
}

func digitsOf(s string) (int, int) {
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1, 0
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, len(s)
}

// ordinalNumber reads "20th" as 20, or 0.
func (t *tagger) ordinalNumber(p int) int {
	if p < 0 || p >= len(t.toks) || t.toks[p].Kind != segment.Number {
		return 0
	}
	tok := t.toks[p]
	s := t.text[tok.Start:tok.End]
	v, n := 0, 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		v = v*10 + int(s[n]-'0')
		n++
	}
	switch strings.ToLower(s[n:]) {
	case "st", "nd", "rd", "th":
		if n > 0 && n <= 2 {
			return v
		}
	}
	return 0
}

// plausibleYear rejects four-digit numbers that count things: "$1990",
// "2000 people", "1990%".
func (t *tagger) plausibleYear(p int) bool {
	// "138-2010-2015": one of three or more numbers joined by hyphens is
	// a code, not a year
	num := func(i int) bool { return i >= 0 && i < len(t.toks) && t.toks[i].Kind == segment.Number }
	before, after := 0, 0
	for k := p; t.hyphen(k-1) && num(k-2) && before < 2; k -= 2 {
		before++
	}
	for k := p; t.hyphen(k+1) && num(k+2) && after < 2; k += 2 {
		after++
	}
	if before+after >= 2 && !(before == 0 && after == 2 && t.digitsLen(p+2) == 2 && t.digitsLen(p+4) == 2) {
		return false
	}
	if p > 0 {
		prev := t.toks[p-1]
		if prev.Kind == segment.Symbol || t.is(p-1, "no") || t.is(p-1, "number") {
			return false
		}
		if prev.Kind == segment.Punct && (t.punct(p-1, '.') || t.punct(p-1, ',')) && t.glued(p) {
			return false
		}
	}
	if t.clockDigits(p) && (t.zoneAt(p+1) || t.punct(p+1, '(') && t.clockDigits(p+2) && t.zoneAt(p+3)) {
		return false // "1600 GMT", "by 1100 (1600 GMT)": a 24-hour clock time
	}
	if p+1 < len(t.toks) {
		next := t.toks[p+1]
		if next.Kind == segment.Symbol {
			return false
		}
		if (t.punct(p+1, '.') || t.punct(p+1, ',') || t.punct(p+1, ':')) && t.glued(p+1) && t.glued(p+2) && t.toks[p+2].Kind == segment.Number {
			return false
		}
		if next.Kind == segment.Word && next.Flags&segment.Cap == 0 {
			l := t.lex(p + 1)
			if l.cls == lxUnit || l.cls == lxNum {
				return false
			}
			// "some 2000 people", "than 1500 troops": a count
			w := t.text[next.Start:next.End]
			if l.cls == lxNone && (w == "people" || len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's') {
				switch {
				case t.is(p-1, "about"), t.is(p-1, "some"), t.is(p-1, "nearly"), t.is(p-1, "than"),
					t.is(p-1, "almost"), t.is(p-1, "around"), t.is(p-1, "approximately"), t.is(p-1, "roughly"),
					t.is(p-1, "only"), t.is(p-1, "just"), t.is(p-1, "least"), t.is(p-1, "and"), t.is(p-1, "over"),
					t.is(p-1, "to"), t.is(p-1, "another"), t.is(p-1, "additional"):
					return false
				}
			}
		}
	}
	return true
}

// digitsLen is the length of the Number token at i, or 0.
func (t *tagger) digitsLen(i int) int {
	if i < 0 || i >= len(t.toks) || t.toks[i].Kind != segment.Number {
		return 0
	}
	return t.toks[i].End - t.toks[i].Start
}

// shortDecade reads "'90s".
func (t *tagger) shortDecade(p int) (hit, bool) {
	if p+1 >= len(t.toks) || !t.glued(p+1) {
		return hit{}, false
	}
	tok := t.toks[p+1]
	s := t.text[tok.Start:tok.End]
	if len(s) != 3 || s[2] != 's' || s[1] != '0' {
		return hit{}, false
	}
	v, n := digitsOf(s[:2])
	if n != 2 {
		return hit{}, false
	}
	c := 19
	if v < 30 {
		c = 20
	}
	return hit{start: p, end: p + 2, typ: "DATE", val: strconv.Itoa(c*10 + v/10)}, true
}

// clockDigits reports a four-digit Number token at i that reads as a
// 24-hour time, HHMM ("1100", "2345").
func (t *tagger) clockDigits(i int) bool {
	if t.digitsLen(i) != 4 {
		return false
	}
	v, n := digitsOf(t.text[t.toks[i].Start:t.toks[i].End])
	return n == 4 && v/100 <= 23 && v%100 <= 59
}

// zoneAt reports a time zone written in capitals at token i ("GMT").
func (t *tagger) zoneAt(i int) bool {
	if i < 0 || i >= len(t.toks) || t.toks[i].Flags&segment.AllCaps == 0 {
		return false
	}
	return isZone(t.text[t.toks[i].Start:t.toks[i].End])
}

func isZone(s string) bool {
	switch s {
	case "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "ET", "BST", "CET", "CEST":
		return true
	}
	return false
}

// spokenYear reads "nineteen ninety-six", "two thousand (and) one".
func (t *tagger) spokenYear(p int) (int, int) {
	l := t.lex(p)
	if l.cls != lxNum || l.flags&fAmbig != 0 {
		return 0, 0
	}
	if l.v == 2 && t.is(p+1, "thousand") {
		q := p + 2
		if t.is(q, "and") {
			q++
		}
		if n := t.lex(q); n.cls == lxNum && n.flags&fAmbig == 0 && n.v < 20 && n.v > 0 {
			return 2000 + int(n.v), q + 1
		}
		return 2000, p + 2
	}
	if l.v < 10 || l.v > 20 {
		return 0, 0
	}
	n := t.lex(p + 1)
	if n.cls != lxNum || n.v < 20 || n.v > 90 || n.v%10 != 0 {
		return 0, 0
	}
	y := int(l.v)*100 + int(n.v)
	q := p + 2
	r := q
	if t.hyphen(q) {
		r++
	}
	if u := t.lex(r); u.cls == lxNum && u.flags&fAmbig == 0 && u.v > 0 && u.v < 10 {
		y += int(u.v)
		q = r + 1
	}
	return y, q
}

// setQ records an ended quarter as the anchor of "the quarter".
func (t *tagger) setQ(y, n int) {
	if t.ref.IsZero() || n < 1 || n > 4 {
		return
	}
	if y < t.ref.Year || y == t.ref.Year && int(t.ref.Month) > 3*n {
		t.lastQ = strconv.Itoa(y) + "-Q" + strconv.Itoa(n)
	}
}

// clockValue is a time of day on the reference date; with no reference
// date the day is left unspecified ("XXXX-XX-XXT19:30").
func (t *tagger) clockValue(h, m int) string {
	if t.ref.IsZero() {
		return "XXXX-XX-XXT" + pad2(h) + ":" + pad2(m)
	}
	return t.ref.String() + "T" + pad2(h) + ":" + pad2(m)
}

// ------------------------------------------------------------------- months

// monthOK decides whether the month word at p is used as a month.
func (t *tagger) monthOK(p int, ctx bool) bool {
	l := t.lex(p)
	tok := t.toks[p]
	next := p + 1
	cap := tok.Flags&segment.Cap != 0
	// "second of Aug", "the fourth of may": a day and "of" before
	dayOf := t.is(p-1, "of") && t.dayBefore(p-2)
	if l.flags&fAbbr != 0 {
		if t.punct(next, '.') && t.glued(next) {
			return cap
		}
		if t.dayNum(next) > 0 || t.year(next) > 0 {
			return cap || l.v != 3 // lower-case "jan 5", but "mar" is a verb
		}
		if d, _ := t.monthDayWords(next); d > 0 && (cap || l.v != 3) {
			return true
		}
		// "Jun-15", "dec/2018", "Jan-Feb 2017"
		if (t.punct(next, '-') || t.punct(next, '/')) && t.glued(next) && t.glued(next+1) && next+1 < len(t.toks) &&
			(t.toks[next+1].Kind == segment.Number || t.punct(next, '-') && t.cls(next+1) == lxMonth && (cap || t.lex(next+1).flags&fAbbr == 0)) {
			return true
		}
		// "in Jan", "Mar, 2001", "last sept"
		if t.is(next, "'s") {
			return false
		}
		if cap && (t.is(p-1, "in") || t.is(p-1, "of") || t.is(p-1, "since") || t.is(p-1, "until") || t.is(p-1, "during") ||
			t.punct(next, ',') && t.year(next+1) > 0) {
			return true
		}
		if (cap || l.v != 3) && (t.is(p-1, "last") || t.is(p-1, "next") || t.is(p-1, "this")) {
			return true
		}
		return dayOf
	}
	if l.flags&fAmbig == 0 {
		return true
	}
	if !cap {
		// lower-case "may", "march", "august": only beside a day or year
		if dayOf || t.year(next) > 0 || t.dayNum(next) > 0 && !t.is(next+1, "%") && !(t.glued(next+1) && t.cls(next+1) == lxNone) {
			return true
		}
		if d, _ := t.monthDayWords(next); d > 0 {
			return true
		}
		return (t.is(p-1, "in") || t.is(p-1, "since") || t.is(p-1, "until")) && (next >= len(t.toks) || t.toks[next].Kind == segment.Punct)
	}
	if ctx || t.dayNum(next) > 0 || t.year(next) > 0 || (t.is(next, "of") && t.year(next+1) > 0) || dayOf {
		return true
	}
	if d, _ := t.monthDayWords(next); d > 0 {
		return true
	}
	if t.punct(next, ',') && t.year(next+1) > 0 {
		return true
	}
	switch {
	case t.is(p-1, "in"), t.is(p-1, "since"), t.is(p-1, "until"), t.is(p-1, "by"),
		t.is(p-1, "during"), t.is(p-1, "through"), t.is(p-1, "last"), t.is(p-1, "next"),
		t.is(p-1, "this"), t.is(p-1, "early"), t.is(p-1, "late"), t.is(p-1, "mid"),
		t.is(p-1, "from"), t.is(p-1, "till"), t.is(p-1, "before"), t.is(p-1, "after"):
		return tok.Flags&segment.AllCaps == 0 || l.v != 5
	}
	return false
}

// afterMonth skips the period of an abbreviated month.
func (t *tagger) afterMonth(p int) int {
	if t.lex(p).flags&fAbbr != 0 && t.punct(p+1, '.') && t.glued(p+1) {
		return p + 2
	}
	if t.is(p, "sept") && t.punct(p+1, '.') {
		return p + 2
	}
	return p + 1
}

func (t *tagger) month(p int, ctx bool) (hit, bool) {
	if !t.monthOK(p, ctx) {
		return hit{}, false
	}
	m := int(t.lex(p).v)
	q := t.afterMonth(p)
	if d := t.dayNum(q); d > 0 && !(t.punct(q+1, ':') && t.glued(q+1) && t.glued(q+2)) && !t.is(q+1, "%") && !(t.punct(q+1, '.') && t.glued(q+1) && t.toks[min(q+2, len(t.toks)-1)].Kind == segment.Number) {
		r := q + 1
		y := 0
		if t.punct(r, ',') && t.year(r+1) > 0 {
			y = t.year(r + 1)
			r += 2
		} else if t.year(r) > 0 {
			y = t.year(r)
			r++
		}
		// "November 18-19": a range of days
		d2 := 0
		if t.hyphen(r) || t.punct(r, '-') && !t.glued(r) {
			if d2 = t.dayNum(r + 1); d2 > d {
				r += 2
			} else {
				d2 = 0
			}
		}
		if y == 0 {
			if yy, e := t.yearAfter(r); yy > 0 && (!t.punct(r, ',') || d2 > 0) {
				y, r = yy, e
			}
		}
		if d2 == 0 && y == 0 {
			if d3, e := t.throughDay(q+1, d); d3 > 0 {
				d2, r = d3, e
			}
		}
		if d2 > 0 {
			return t.dayRange(p, r, y, m, d, d2)
		}
		if y > 0 && validDate(y, m, d) {
			return hit{start: p, end: r, typ: "DATE", val: fmtDate(y, m, d)}, true
		}
		if y == 0 && validDate(2000, m, d) {
			return hit{start: p, end: q + 1, typ: "DATE", val: t.monthDay(m, d, p, q+1)}, true
		}
	}
	// "October, 1st"
	if d := t.ordinalNumber(q + 1); t.punct(q, ',') && d > 0 && validDate(2000, m, d) && t.year(q+2) == 0 && t.cls(q+2) != lxUnit {
		return hit{start: p, end: q + 2, typ: "DATE", val: t.monthDay(m, d, p, q+2)}, true
	}
	// "May twenty nine", "june the 28th", "March eighteenth 2019"
	if d, r := t.monthDayWords(q); d > 0 && validDate(2000, m, d) {
		if d2, e := t.throughDay(r, d); d2 > 0 {
			return t.dayRange(p, e, 0, m, d, d2)
		}
		if y, e := t.yearAfter(r); y > 0 {
			if !validDate(y, m, d) {
				return hit{}, false
			}
			return hit{start: p, end: e, typ: "DATE", val: fmtDate(y, m, d)}, true
		}
		return hit{start: p, end: r, typ: "DATE", val: t.monthDay(m, d, p, r)}, true
	}
	// "Jun-15", "Dec-2018", "Dec/2018", "Oct/2"
	if (t.punct(q, '-') || t.punct(q, '/')) && t.glued(q) && t.glued(q+1) && !(t.punct(q+2, q2sep(t, q)) && t.glued(q+2)) {
		v, n := t.digits(q + 1)
		if n == 4 && v >= 1000 && v < 3000 {
			return hit{start: p, end: q + 2, typ: "DATE", val: strconv.Itoa(v) + "-" + pad2(m)}, true
		}
		if n >= 1 && n <= 2 && validDate(2000, m, v) {
			return hit{start: p, end: q + 2, typ: "DATE", val: t.monthDay(m, v, p, q+2)}, true
		}
	}
	if y := t.year(q); y > 0 {
		return hit{start: p, end: q + 1, typ: "DATE", val: strconv.Itoa(y) + "-" + pad2(m)}, true
	}
	if (t.punct(q, ',') || t.is(q, "of")) && t.year(q+1) > 0 {
		return hit{start: p, end: q + 2, typ: "DATE", val: strconv.Itoa(t.year(q+1)) + "-" + pad2(m)}, true
	}
	if y, r := t.spokenYear(q); y > 0 {
		return hit{start: p, end: r, typ: "DATE", val: strconv.Itoa(y) + "-" + pad2(m)}, true
	}
	if y, r := t.spokenYear(q + 1); y > 0 && t.is(q, "of") {
		return hit{start: p, end: r, typ: "DATE", val: strconv.Itoa(y) + "-" + pad2(m)}, true
	}
	if t.cls(q) == lxRel && t.is(q+1, "year") && t.ref.IsZero() && (t.relYear(q) != 0 || t.is(q, "this")) {
		return hit{start: p, end: q + 2, typ: "DATE"}, true
	}
	if t.cls(q) == lxRel && t.is(q+1, "year") && !t.ref.IsZero() {
		switch k := t.relYear(q); {
		case k != 0 || t.is(q, "this"):
			return hit{start: p, end: q + 2, typ: "DATE", val: strconv.Itoa(t.ref.Year+k) + "-" + pad2(m)}, true
		}
	}
	if t.lex(p).flags&fAbbr != 0 && q == p+1 && !t.hyphen(q) && !(t.is(p-1, "in") || t.is(p-1, "of") || t.is(p-1, "since") ||
		t.is(p-1, "until") || t.is(p-1, "during") || t.is(p-1, "last") || t.is(p-1, "next") || t.is(p-1, "this")) {
		return hit{}, false
	}
	return hit{start: p, end: q, typ: "DATE", val: t.monthOnly(m, p, q)}, true
}

// dayRange is a range of days d to d2 of month m (year y, or 0 for the
// nearest) over tokens [p, r): Value is the month, Begin and End the days.
func (t *tagger) dayRange(p, r, y, m, d, d2 int) (hit, bool) {
	if !validDate(2000, m, d2) {
		return hit{}, false
	}
	h := hit{start: p, end: r, typ: "DATE"}
	if y == 0 && !t.ref.IsZero() {
		y = t.nearestYear(m, d, p, r)
	}
	if y == 0 {
		return h, true
	}
	if !validDate(y, m, d2) {
		return hit{}, false
	}
	h.val = strconv.Itoa(y) + "-" + pad2(m)
	h.begin, h.fin = fmtDate(y, m, d), fmtDate(y, m, d2)
	return h, true
}

// throughDay reads the end of a range of days of one month after its
// first day d: "through 17th", "till the seventeenth", "to 19" (not a
// month or a time after it). It returns the day and the index after it.
func (t *tagger) throughDay(r, d int) (int, int) {
	if !t.is(r, "through") && !t.is(r, "till") && !t.is(r, "until") && !t.is(r, "to") && !t.is(r, "thru") {
		return 0, r
	}
	q := r + 1
	if t.is(q, "the") {
		q++
	}
	d2, e := t.dayOrdinal(q)
	if d2 == 0 && t.is(r, "through") {
		if d2 = t.dayNum(q); d2 > 0 {
			e = q + 1
		}
	}
	if d2 <= d || t.cls(e) == lxMonth || t.punct(e, ':') || t.lex(e).cls == lxMeridian || t.is(e, "of") ||
		e < len(t.toks) && t.toks[e].Kind == segment.Word && t.lex(e).cls == lxUnit {
		return 0, r
	}
	return d2, e
}

// rangeOfMonth reads "3 until 12 of Sept", "9 to 12 of June", "3 and
// 12 of September" (after "between") starting at the first day p.
func (t *tagger) rangeOfMonth(p int) (hit, bool) {
	d := t.dayNum(p)
	if d == 0 {
		var r int
		if d, r = t.dayOrdinal(p); d == 0 || r != p+1 {
			return hit{}, false
		}
	}
	q := p + 1
	switch {
	case t.is(q, "to"), t.is(q, "until"), t.is(q, "till"), t.is(q, "through"), t.punct(q, '-'):
	case t.is(q, "and") && t.is(p-1, "between"):
	default:
		return hit{}, false
	}
	d2 := t.dayNum(q + 1)
	if d2 == 0 {
		if d2, _ = t.dayOrdinal(q + 1); d2 == 0 {
			return hit{}, false
		}
	}
	if d2 <= d {
		return hit{}, false
	}
	var e hit
	ok := false
	if t.cls(q+2) == lxMonth && t.dayNum(q+1) > 0 {
		// "10-20 February (2005)"
		e, ok = t.numeric(q+1, false)
		ok = ok && e.typ == "DATE" && e.begin == ""
	} else {
		e, ok = t.dayOfMonth(q + 1)
	}
	if !ok || len(e.val) < 7 && e.val != "" {
		return hit{}, false
	}
	y, m := 0, 0
	if e.val != "" {
		if t.hasYear(e.start, e.end) {
			y, _ = strconv.Atoi(e.val[:4])
		}
		m, _ = strconv.Atoi(e.val[5:7])
	} else {
		for k := e.start; k < e.end; k++ {
			if l := t.lex(k); l.cls == lxMonth {
				m = int(l.v)
			}
		}
	}
	if m == 0 {
		return hit{}, false
	}
	return t.dayRange(p, e.end, y, m, d, d2)
}

// q2sep is the separator at token q, as a byte for punct.
func q2sep(t *tagger, q int) byte {
	if q < len(t.toks) && t.toks[q].End > t.toks[q].Start {
		return t.text[t.toks[q].Start]
	}
	return 0
}

// dayOrdinal reads a day of the month written as an ordinal at p: "22nd",
// "second", "twenty-first", "thirty first". It returns the day and the
// index after it, or 0.
func (t *tagger) dayOrdinal(p int) (int, int) {
	if p < 0 || p >= len(t.toks) {
		return 0, p
	}
	if t.toks[p].Kind == segment.Number {
		if d := t.ordinalNumber(p); d >= 1 && d <= 31 {
			return d, p + 1
		}
		return 0, p
	}
	l := t.lex(p)
	if l.cls == lxOrd && l.v >= 1 && l.v <= 31 {
		return int(l.v), p + 1
	}
	if l.cls == lxNum && (l.v == 20 || l.v == 30) {
		r := p + 1
		if t.hyphen(r) {
			r++
		}
		if o := t.lex(r); o.cls == lxOrd && o.v >= 1 && o.v <= 9 && int(l.v+o.v) <= 31 {
			return int(l.v + o.v), r + 1
		}
	}
	return 0, p
}

// dayCardinal reads a two-word day of the month written as a cardinal:
// "twenty nine", "twenty-two", "thirty one".
func (t *tagger) dayCardinal(p int) (int, int) {
	l := t.lex(p)
	if l.cls != lxNum || l.v != 20 && l.v != 30 {
		return 0, p
	}
	r := p + 1
	if t.hyphen(r) {
		r++
	}
	if o := t.lex(r); o.cls == lxNum && o.flags&fAmbig == 0 && o.v >= 1 && o.v <= 9 && int(l.v+o.v) <= 31 {
		return int(l.v + o.v), r + 1
	}
	return 0, p
}

// monthDayWords reads the day after a month name written in words: "the
// 28th", "the eleventh", "eighteenth", "twenty second", "twenty nine".
func (t *tagger) monthDayWords(q int) (int, int) {
	if t.is(q, "the") {
		if d, r := t.dayOrdinal(q + 1); d > 0 {
			return d, r
		}
		return 0, q
	}
	if q < len(t.toks) && t.toks[q].Kind == segment.Word {
		if d, r := t.dayOrdinal(q); d > 0 {
			// not "March first quarter", "May first time"
			if l := t.lex(r); l.cls == lxUnit || t.is(r, "time") || t.is(r, "half") || t.is(r, "place") {
				return 0, q
			}
			return d, r
		}
		return t.dayCardinal(q)
	}
	return 0, q
}

// dayBefore reports whether token i is a day of the month: "4th",
// "fourth", "second", "22".
func (t *tagger) dayBefore(i int) bool {
	if i < 0 || i >= len(t.toks) {
		return false
	}
	if t.toks[i].Kind == segment.Number {
		return t.dayNum(i) > 0
	}
	l := t.lex(i)
	return l.cls == lxOrd && l.v >= 1 && l.v <= 31
}

// yearAfter reads a year after a date at r: "2016", ", 2016", "of 2016",
// ", two thousand". 0 when none.
func (t *tagger) yearAfter(r int) (int, int) {
	q := r
	if t.punct(q, ',') || t.is(q, "of") {
		q++
	}
	if y := t.year(q); y > 0 && t.plausibleYear(q) {
		return y, q + 1
	}
	if y, e := t.spokenYear(q); y > 0 {
		return y, e
	}
	return 0, r
}

// dayOfMonth reads a day and the month it is of: "fourth of May", "the
// 3rd of March 2019", "second of Aug.", "the 15th day of June", "the 20th
// of next month".
func (t *tagger) dayOfMonth(p int) (hit, bool) {
	d, r := t.dayOrdinal(p)
	if d == 0 {
		if d = t.dayNum(p); d == 0 {
			return hit{}, false
		}
		r = p + 1
	}
	if t.is(r, "day") {
		r++
	}
	if !t.is(r, "of") {
		return hit{}, false
	}
	q := r + 1
	if t.cls(q) == lxMonth && t.monthOK(q, true) {
		m := int(t.lex(q).v)
		e := t.afterMonth(q)
		if !validDate(2000, m, d) {
			return hit{}, false
		}
		if y, e2 := t.yearAfter(e); y > 0 {
			if !validDate(y, m, d) {
				return hit{}, false
			}
			return hit{start: p, end: e2, typ: "DATE", val: fmtDate(y, m, d)}, true
		}
		return hit{start: p, end: e, typ: "DATE", val: t.monthDay(m, d, p, e)}, true
	}
	// "the 20th of next month", "the 31st of this month", "of the month"
	k, e := 0, 0
	switch {
	case t.is(q+1, "month") && (t.is(q, "this") || t.is(q, "next") || t.is(q, "last") || t.is(q, "previous") ||
		t.is(q, "the") || t.is(q, "following") || t.is(q, "current")):
		if !t.is(q, "the") {
			k = t.relYear(q)
		}
		e = q + 2
	default:
		return hit{}, false
	}
	h := hit{start: p, end: e, typ: "DATE"}
	if !t.ref.IsZero() {
		mt := time.Date(t.ref.Year, t.ref.Month+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
		if validDate(mt.Year(), int(mt.Month()), d) {
			h.val = fmtDate(mt.Year(), int(mt.Month()), d)
		}
	}
	return h, true
}

// nearMonthDay resolves a day of the month written alone ("on the 27th")
// to the nearest such date around the reference date, in the previous,
// the same or the next month; with a weekday wd >= 0 ("Friday the 22nd")
// only dates on that weekday count.
func (t *tagger) nearMonthDay(d, wd int) string {
	if t.ref.IsZero() {
		return ""
	}
	best, bestDiff := "", 0.0
	for k := -1; k <= 1; k++ {
		mt := time.Date(t.ref.Year, t.ref.Month+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
		if !validDate(mt.Year(), int(mt.Month()), d) {
			continue
		}
		c := time.Date(mt.Year(), mt.Month(), d, 0, 0, 0, 0, time.UTC)
		if wd >= 0 && int(c.Weekday()) != wd {
			continue
		}
		diff := c.Sub(t.refT).Hours()
		if diff < 0 {
			diff = -diff
		}
		if best == "" || diff < bestDiff {
			best, bestDiff = dateValue(c), diff
		}
	}
	return best
}

// weekdayOfWeek is weekday wd (time.Weekday) of the ISO week k weeks
// from the reference date's.
func (t *tagger) weekdayOfWeek(wd, k int) string {
	if t.ref.IsZero() {
		return ""
	}
	iso := func(w int) int { return (w + 6) % 7 }
	return dateValue(t.refT.AddDate(0, 0, 7*k+iso(wd)-iso(int(t.refT.Weekday()))))
}

func (t *tagger) weekdayDay(wd, d int) string { return t.nearMonthDay(d, wd) }

// monthOnly resolves a month with no year.
func (t *tagger) monthOnly(m, i, j int) string {
	if t.ref.IsZero() {
		return ""
	}
	y := t.nearestYear(m, 15, i, j)
	return strconv.Itoa(y) + "-" + pad2(m)
}

// monthDay resolves a month and day with no year.
func (t *tagger) monthDay(m, d, i, j int) string {
	if t.ref.IsZero() {
		return ""
	}
	y := t.nearestYear(m, d, i, j)
	if !validDate(y, m, d) {
		return ""
	}
	return fmtDate(y, m, d)
}

// nearestYear picks the year of month m, day d for a date written without
// one: the occurrence in the reference year unless that is more than
// fwdWindow days ahead (then last year's: news reports the past) or more
// than 240 days behind (then next year's, at most four months ahead); a
// future marker nearby moves a past occurrence to next year. Past-tense markers are not used: on
// TimeBank and AQUAINT they hurt more than they helped.
func (t *tagger) nearestYear(m, d, i, j int) int {
	ry := t.ref.Year
	cur := time.Date(ry, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	diff := cur.Sub(t.refT).Hours() / 24
	if t.tense(i, j) > 0 {
		if diff < 0 && int(t.ref.Month) != m {
			return ry + 1
		}
		return ry
	}
	switch {
	case diff > fwdWindow:
		return ry - 1
	case diff < -240:
		return ry + 1
	}
	return ry
}

// fwdWindow is how far ahead of the reference date (in days) a month or
// month-day without a year may be read without a future marker. Measured
// on TimeBank and AQUAINT: 90 to 150 score the same, 30 and 183 worse.
const fwdWindow = 90

// tense looks around tokens [i, j) for the nearest future (+1) or past (-1)
// marker within the sentence; 0 when none.
func (t *tagger) tense(i, j int) int {
	lstop, rstop := false, false
	for k := 1; k <= 8; k++ {
		if !lstop {
			a := i - k
			if a < 0 || t.sentenceEnd(a) {
				lstop = true
			} else if s := t.tenseOf(a); s != 0 {
				return s
			}
		}
		if !rstop {
			b := j + k - 1
			if b >= len(t.toks) || t.sentenceEnd(b) {
				rstop = true
			} else if s := t.tenseOf(b); s != 0 {
				return s
			}
		}
		if lstop && rstop {
			break
		}
	}
	return 0
}

func (t *tagger) sentenceEnd(k int) bool {
	return t.punct(k, '.') || t.punct(k, '?') || t.punct(k, '!') || t.punct(k, ';')
}

func (t *tagger) tenseOf(k int) int {
	tok := t.toks[k]
	if tok.Kind != segment.Word {
		return 0
	}
	switch t.cls(k) {
	case lxFuture:
		return 1
	case lxPast:
		return -1
	}
	s := t.text[tok.Start:tok.End]
	if strings.HasSuffix(s, "'ll") || strings.HasSuffix(s, "’ll") {
		return 1
	}
	if len(s) > 4 && strings.HasSuffix(s, "ed") && tok.Flags&segment.Cap == 0 && t.cls(k) == lxNone {
		return -1
	}
	return 0
}

// ----------------------------------------------------------------- weekdays

func (t *tagger) weekday(p int) (hit, bool) {
	wd := int(t.lex(p).v)
	if t.lex(p).flags&fPlural != 0 {
		// "on Mondays": every Monday
		return hit{start: p, end: p + 1, typ: "SET", val: "XXXX-WXX-" + strconv.Itoa((wd+6)%7+1)}, true
	}
	q := p + 1
	if t.lex(p).flags&fAbbr != 0 && t.punct(q, '.') && t.glued(q) {
		q++
	}
	// "Tuesday nights": a set
	if pl := t.lex(q); q == p+1 && pl.cls == lxPart && pl.flags&fPlural != 0 && t.weekdayOK(p) {
		return hit{start: p, end: q + 1, typ: "SET", val: "XXXX-WXX-" + strconv.Itoa((wd+6)%7+1) + "T" + partCode[pl.v]}, true
	}
	// "Mon 13th": a day of a nearby month on that weekday
	if d := t.ordinalNumber(q); d > 0 && d <= 31 && q == t.afterWeekday(p) && t.cls(q+1) != lxMonth && !t.is(q+1, "of") {
		if v := t.weekdayDay(wd, d); v != "" {
			return hit{start: p, end: q + 1, typ: "DATE", val: v}, true
		}
	}
	// "Friday the 22nd", "Thursday the twenty first"
	if t.is(q, "the") && t.weekdayOK(p) {
		if d, r := t.dayOrdinal(q + 1); d > 0 && t.cls(r) != lxMonth && !t.is(r, "of") {
			if v := t.weekdayDay(wd, d); v != "" || t.ref.IsZero() {
				return hit{start: p, end: r, typ: "DATE", val: v}, true
			}
		}
	}
	if t.punct(q, ',') {
		q++
	}
	// "Monday, Oct. 26, 1998": the explicit date wins.
	if t.cls(q) == lxMonth {
		if h, ok := t.month(q, true); ok && len(h.val) == 10 {
			h.start = p
			return h, true
		}
	}
	if d := t.dayNum(q); d > 0 && (t.cls(q+1) == lxMonth || t.toks[q].Kind == segment.Number && t.glued(q+1)) {
		if h, ok := t.numeric(q, false); ok && h.typ == "DATE" && (len(h.val) == 10 || h.val == "" && t.ref.IsZero()) {
			h.start = p
			return h, true
		}
	}
	if t.is(p+1, "of") && t.weekdayOK(p) {
		r := p + 2
		if t.is(r, "the") {
			r++
		}
		if t.cls(r) == lxRel && t.is(r+1, "week") && (t.is(r, "next") || t.is(r, "last") || t.is(r, "this") ||
			t.is(r, "previous") || t.is(r, "following") || t.is(r, "coming")) {
			return hit{start: p, end: r + 2, typ: "DATE", val: t.weekdayOfWeek(wd, t.relYear(r))}, true
		}
	}
	if t.dayBefore(q) && t.is(q+1, "of") || func() bool { d, r := t.dayOrdinal(q); return d > 0 && t.is(r, "of") }() {
		if h, ok := t.dayOfMonth(q); ok && h.val != "" {
			h.start = p
			return h, true
		}
	}
	if !t.weekdayOK(p) {
		return hit{}, false
	}
	// past tense: on or before the reference date; future: on or after;
	// otherwise the nearest, the past on a tie.
	dir := -1
	switch tn := t.tense(p, p+1); {
	case tn > 0:
		dir = 1
	case tn == 0:
		dir = 2
	}
	val := t.weekdayValue(wd, dir, false)
	return t.partOfDay(hit{start: p, end: p + 1, typ: "DATE", val: val}), true
}

// afterWeekday is the token after a weekday and its abbreviation period.
func (t *tagger) afterWeekday(p int) int {
	if t.lex(p).flags&fAbbr != 0 && t.punct(p+1, '.') && t.glued(p+1) {
		return p + 2
	}
	return p + 1
}

// weekdayOK decides whether the weekday word at p is used as one: full
// names always; abbreviations ("Tues.", "on fri") capitalized or after a
// preposition, but "sat", "sun", "wed" and "mon" lower-case are words.
func (t *tagger) weekdayOK(p int) bool {
	if t.lex(p).flags&fAbbr == 0 {
		return true
	}
	tok := t.toks[p]
	// "sun", "sat", "wed", "mon" are words (and "The Sun" a paper):
	// only before a date ("Wed Oct 26"), which weekday reads first
	switch t.text[tok.Start] | 0x20 {
	case 's', 'w', 'm':
		return false
	}
	return t.is(p-1, "on") || t.is(p-1, "next") || t.is(p-1, "last") || t.is(p-1, "this") || t.is(p-1, "every") ||
		t.is(p-1, "until") || t.is(p-1, "by") || t.is(p-1, "each") || tok.Flags&segment.Cap != 0 && t.punct(p+1, '.') && t.glued(p+1) && p+2 < len(t.toks) && t.toks[p+2].Flags&segment.Cap == 0
}

// weekdayValue resolves a weekday: dir -1 on or before ref, +1 on or after,
// strict excludes the reference day itself, 0 the same ISO week.
func (t *tagger) weekdayValue(wd, dir int, strict bool) string {
	if t.ref.IsZero() {
		return ""
	}
	rw := int(t.refT.Weekday())
	var delta int
	switch dir {
	case -1:
		delta = -((rw - wd + 7) % 7)
		if strict && delta == 0 {
			delta = -7
		}
	case 1:
		delta = (wd - rw + 7) % 7
		if strict && delta == 0 {
			delta = 7
		}
	case 2: // nearest, the past on a tie
		delta = -((rw - wd + 7) % 7)
		if f := (wd - rw + 7) % 7; f < -delta {
			delta = f
		}
	default:
		iso := func(w int) int { return (w + 6) % 7 } // Monday = 0
		delta = iso(wd) - iso(rw)
	}
	return dateValue(t.refT.AddDate(0, 0, delta))
}

// partOfDay extends a date hit with "morning", "night", ... as a TIME.
func (t *tagger) partOfDay(h hit) hit {
	l := t.lex(h.end)
	if l.cls != lxPart || l.flags&fAmbig != 0 {
		return h
	}
	h.end++
	h.typ = "TIME"
	if h.val != "" {
		h.val += "T" + partCode[l.v]
	}
	return h
}

// ---------------------------------------------------------------- durations

// amount reads a count at p: digits, number words, "a", "a few",
// "several", "a couple of", "half a". fuzzy counts have no value.
func (t *tagger) amount(p int) (v float64, fuzzy bool, next int, ok bool) {
	if p >= len(t.toks) {
		return 0, false, 0, false
	}
	tok := t.toks[p]
	if tok.Kind == segment.Number {
		s := t.text[tok.Start:tok.End]
		if strings.IndexByte(s, ',') >= 0 {
			s = strings.ReplaceAll(s, ",", "")
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, false, 0, false
		}
		q := p + 1
		// "5 1/2"
		if n, c := t.digits(q); c == 1 && t.punct(q+1, '/') && t.glued(q+1) && t.glued(q+2) {
			if dd, c2 := t.digits(q + 2); c2 == 1 && dd > n && n > 0 {
				f += float64(n) / float64(dd)
				q += 3
			}
		}
		return f, false, q, true
	}
	l := t.lex(p)
	switch l.cls {
	case lxNum:
		if t.is(p, "half") {
			if t.cls(p+1) == lxNum && t.lex(p+1).flags&fAmbig != 0 && !t.is(p+1, "half") {
				return 0.5, false, p + 2, true
			}
			if u := t.lex(p + 1); u.cls == lxUnit && u.flags&fPlural == 0 && (u.v == uHour || u.v == uDay) {
				return 0.5, false, p + 1, true // "half hour", "half day"
			}
			return 0, false, 0, false
		}
		if l.flags&fAmbig != 0 { // a, an
			switch {
			case t.is(p+1, "few"):
				return 0, true, p + 2, true
			case t.is(p+1, "couple"):
				if t.is(p+2, "of") {
					return 2, false, p + 3, true
				}
				return 2, false, p + 2, true
			case t.is(p+1, "half"):
				return 0.5, false, p + 2, true
			case t.is(p+1, "dozen"):
				return 12, false, p + 2, true
			}
			return 1, false, p + 1, true
		}
		v := float64(l.v)
		q := p + 1
		if l.v >= 20 && l.v < 100 && l.v%10 == 0 {
			r := q
			if t.hyphen(q) {
				r = q + 1
			}
			if nl := t.lex(r); nl.cls == lxNum && nl.flags&fAmbig == 0 && nl.v < 10 {
				v += float64(nl.v)
				q = r + 1
			}
		}
		if t.is(q, "hundred") {
			v *= 100
			q++
		}
		return v, false, q, true
	case lxFew:
		if l.v == 2 { // couple
			if t.is(p+1, "of") {
				return 2, false, p + 2, true
			}
			return 2, false, p + 1, true
		}
		if l.flags&fAmbig != 0 && t.is(p, "many") {
			return 0, true, p + 1, true
		}
		return 0, true, p + 1, true
	}
	return 0, false, 0, false
}

// duration reads "three years", "two-year", "a few days", "six weeks ago".
func (t *tagger) duration(p int, the bool) (hit, bool) {
	v, fuzzy, q, ok := t.amount(p)
	if !ok || q >= len(t.toks) {
		return hit{}, false
	}
	hy := false
	if t.hyphen(q) {
		q++
		hy = true
	}
	// "the first nine months": caller handles ordinals
	l := t.lex(q)
	if l.cls != lxUnit || l.v == uPeriod {
		return hit{}, false
	}
	u := l.v
	if !hy && t.hyphen(q+1) && (t.is(q+2, "earlier") || t.is(q+2, "ago") || t.is(q+2, "end")) {
		return hit{}, false // "a year-earlier": see unit
	}
	if fuzzy && l.flags&fPlural == 0 {
		return hit{}, false
	}
	if t.is(q+1, "old") || t.hyphen(q+1) && t.is(q+2, "old") {
		return hit{}, false // an age
	}
	if u == uQuarter && (t.is(q+1, "of") || hy || t.is(q+1, "-")) {
		return hit{}, false // a fraction: "three-quarters of", "a quarter of"
	}
	h := hit{start: p, end: q + 1, typ: "DURATION", val: durValue(v, fuzzy, u)}
	if tok := t.toks[p]; tok.Kind == segment.Number && strings.IndexByte(t.text[tok.Start:tok.End], '.') >= 0 {
		h.val = durSimple(v, false, u) // a decimal stays one: "3.5 years" is P3.5Y
	}
	if hy {
		// "two-year-old" is an age, still a duration in TimeML
		return h, true
	}
	// "1 year 2 months 21 days", "an hour and 30 minutes", "a minute
	// and a half"
	if !fuzzy && v == float64(int(v)) && t.lex(p).flags&fAmbig == 0 || !fuzzy && v == 1 {
		if c, e, ok := t.compound(v, u, q+1); ok {
			h.end, h.val = e, c.value()
			if a := t.lex(e); a.cls == lxAgo && a.flags&fAmbig == 0 {
				sign := -1
				if t.is(e, "later") || t.is(e, "hence") {
					sign = 1
				}
				// "two years three months ago" is a date; "a minute
				// and a half later" stays a duration (TimeML)
				if v := c.shift(t, sign); v != "" || t.ref.IsZero() && c.half == 0 && c.n[uHour]+c.n[uMinute]+c.n[uSecond] == 0 {
					h.end, h.typ, h.val = e+1, "DATE", v
				}
			}
			return h, true
		}
	}
	// "two days after today", "three weeks from tomorrow", "a year from now"
	if (t.is(q+1, "after") || t.is(q+1, "from")) && t.cls(q+2) == lxDeictic && !fuzzy && v == float64(int(v)) && !hy {
		k := 0
		switch t.lex(q + 2).v {
		case dToday, dNow:
			k = 0
		case dTomorrow:
			k = 1
		case dYesterday:
			k = -1
		default:
			k = 99
		}
		var days, months int
		switch u {
		case uDay:
			days = int(v)
		case uWeek:
			days = 7 * int(v)
		case uMonth:
			months = int(v)
		case uYear:
			months = 12 * int(v)
		default:
			k = 99
		}
		if k != 99 && !(t.is(q+1, "after") && t.is(q+2, "now")) {
			h.end, h.typ, h.val = q+3, "DATE", ""
			if !t.ref.IsZero() {
				h.val = dateValue(t.refT.AddDate(0, months, days+k))
			}
			return h, true
		}
	}
	// "six weeks ago", "a year earlier"
	if a := t.lex(q + 1); a.cls == lxAgo && a.flags&fAmbig == 0 {
		h.end = q + 2
		h.typ = "DATE"
		sign := -1
		if t.is(q+1, "later") || t.is(q+1, "hence") {
			sign = 1
		}
		h.val = t.shifted(v, fuzzy, u, sign)
		return h, true
	}
	if q == p+1 && t.lex(p).flags&fAmbig != 0 && l.flags&fPlural == 0 && t.afterQuantity(p) {
		h.typ = "SET" // "$5m a year", "twice a week": a rate
	}
	return h, true
}

// afterQuantity reports whether token p follows an amount, so that "a
// year" there is a rate: "$5m a year", "100 times a day", "twice a week".
func (t *tagger) afterQuantity(p int) bool {
	if p == 0 {
		return false
	}
	prev := t.toks[p-1]
	if prev.Kind == segment.Number || prev.Kind == segment.Symbol {
		return true
	}
	switch {
	case t.is(p-1, "times"), t.is(p-1, "twice"), t.is(p-1, "once"), t.is(p-1, "thrice"),
		t.is(p-1, "million"), t.is(p-1, "billion"), t.is(p-1, "trillion"), t.is(p-1, "m"), t.is(p-1, "bn"),
		t.is(p-1, "percent"), t.is(p-1, "cents"), t.is(p-1, "dollars"), t.is(p-1, "pounds"), t.is(p-1, "euros"):
		return true
	}
	return false
}

// shifted is the reference date moved by n units, at the unit's precision.
func (t *tagger) shifted(n float64, fuzzy bool, u uint8, sign int) string {
	if fuzzy || n != float64(int(n)) {
		if sign < 0 {
			return "PAST_REF"
		}
		return "FUTURE_REF"
	}
	if t.ref.IsZero() {
		return ""
	}
	k := int(n) * sign
	switch u {
	case uSecond, uMinute, uHour, uDay:
		if u == uDay {
			return dateValue(t.refT.AddDate(0, 0, k))
		}
		return t.ref.String()
	case uWeek, uWeekend:
		return weekValue(t.refT.AddDate(0, 0, 7*k))
	case uFortnight:
		return weekValue(t.refT.AddDate(0, 0, 14*k))
	case uMonth:
		return monthValue(t.refT.AddDate(0, k, 0))
	case uQuarter:
		return quarterValue(t.refT.AddDate(0, 3*k, 0))
	case uYear:
		if t.lastQ != "" && k == -1 {
			y, _ := strconv.Atoi(t.lastQ[:4])
			return strconv.Itoa(y-1) + t.lastQ[4:]
		}
		return strconv.Itoa(t.ref.Year + k)
	case uDecade:
		return strconv.Itoa((t.ref.Year + 10*k) / 10)
	case uCentury:
		return pad2((t.ref.Year + 100*k) / 100)
	}
	return ""
}

var durUnit = [...]string{uYear: "Y", uDay: "D", uHour: "H", uMinute: "M"}

func roundTo(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }

// durValue formats a TIMEX3 duration.
func durValue(v float64, fuzzy bool, u uint8) string {
	if !fuzzy && v != float64(int64(v)) && v > 0 && v < 1e6 {
		// fractions in the next smaller unit: "2 1/2 years" is P2Y6M
		whole := int64(v)
		var small string
		switch u {
		case uYear:
			small = strconv.FormatFloat(roundTo((v-float64(whole))*12), 'f', -1, 64) + "M"
		case uDay:
			small = "T" + strconv.FormatFloat(roundTo((v-float64(whole))*24), 'f', -1, 64) + "H"
		case uHour:
			small = strconv.FormatFloat(roundTo((v-float64(whole))*60), 'f', -1, 64) + "M"
		case uMinute:
			small = strconv.FormatFloat(roundTo((v-float64(whole))*60), 'f', -1, 64) + "S"
		case uWeek:
			return "P" + strconv.FormatFloat(roundTo(v*7), 'f', -1, 64) + "D"
		}
		if small != "" {
			w := ""
			if whole > 0 {
				w = strconv.FormatInt(whole, 10) + durUnit[u]
			}
			if u == uHour || u == uMinute {
				return "PT" + w + small
			}
			return "P" + w + small
		}
	}
	return durSimple(v, fuzzy, u)
}

// durSimple formats a duration as one number and unit, decimals kept.
func durSimple(v float64, fuzzy bool, u uint8) string {
	n := "X"
	if !fuzzy {
		n = strconv.FormatFloat(v, 'f', -1, 64)
	}
	switch u {
	case uSecond:
		return "PT" + n + "S"
	case uMinute:
		return "PT" + n + "M"
	case uHour:
		return "PT" + n + "H"
	case uDay:
		return "P" + n + "D"
	case uWeekend:
		return "P" + n + "WE"
	case uWeek:
		return "P" + n + "W"
	case uFortnight:
		if !fuzzy {
			n = strconv.FormatFloat(2*v, 'f', -1, 64)
		}
		return "P" + n + "W"
	case uMonth:
		return "P" + n + "M"
	case uQuarter:
		return "P" + n + "Q"
	case uYear:
		return "P" + n + "Y"
	case uDecade:
		if fuzzy {
			return "P" + n + "DE"
		}
		return "P" + strconv.FormatFloat(10*v, 'f', -1, 64) + "Y"
	case uCentury:
		if fuzzy {
			return "P" + n + "CE"
		}
		return "P" + strconv.FormatFloat(100*v, 'f', -1, 64) + "Y"
	}
	return "P" + n + "D"
}

// --------------------------------------------------- quarters and ordinals

// ordinal reads "third quarter", "third-quarter", "first half", "the first
// nine months", "second quarter of 2019".
func (t *tagger) ordinal(p int) (hit, bool) {
	n := int(t.lex(p).v)
	q := p + 1
	if t.hyphen(q) {
		q++
	}
	u := t.lex(q)
	if u.cls == lxUnit && u.flags&fPlural == 0 && u.v == uQuarter || t.is(q, "half") && !t.is(q+1, "an") && !t.is(q+1, "a") {
		h := hit{start: p, end: q + 1, typ: "DATE"}
		part, max := "Q", 4
		if t.is(q, "half") {
			part, max = "H", 2
		}
		if n == 99 {
			n = max
		}
		if n < 1 || n > max {
			return hit{}, false
		}
		y := 0
		r := q + 1
		switch {
		case t.is(r, "of") && t.year(r+1) > 0:
			y = t.year(r + 1)
			h.end = r + 2
		case t.is(r, "of") && t.is(r+1, "fiscal") && t.year(r+2) > 0:
			y = t.year(r + 2)
			h.end = r + 3
		case t.is(r, "of") && t.cls(r+1) == lxRel && t.is(r+2, "year") && !t.ref.IsZero():
			y = t.ref.Year + t.relYear(r+1)
			h.end = r + 3
		case t.is(r, "of") && t.is(r+1, "the") && t.is(r+2, "year") && !t.ref.IsZero():
			y = t.ref.Year
			h.end = r + 3
		default:
			y = t.partYear(n, part, p, r)
		}
		if y > 0 {
			h.val = strconv.Itoa(y) + "-" + part + strconv.Itoa(n)
			if part == "Q" {
				t.setQ(y, n)
			}
		}
		return h, true
	}
	if t.is(q, "half") && t.is(q+1, "of") {
		// "the first half of 2019" handled above; "first half of the year"
		return hit{}, false
	}
	// "the third week of 2027", "the first week of next year"
	if t.is(q, "week") && n >= 1 && n <= 53 || n == 99 && t.is(q, "week") {
		r := q + 1
		if t.is(r, "of") {
			r++
		}
		y, e := t.year(r), r+1
		if y == 0 && t.cls(r) == lxRel && t.is(r+1, "year") && !t.ref.IsZero() {
			y, e = t.ref.Year+t.relYear(r), r+2
		}
		if y > 0 {
			if n == 99 {
				n, _ = time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
			}
			return hit{start: p, end: e, typ: "DATE", val: strconv.Itoa(y) + "-W" + pad2(n)}, true
		}
	}
	// "the first nine months"
	if q == p+1 {
		if d, ok := t.duration(q, true); ok && d.typ == "DURATION" {
			d.start = p
			return d, true
		}
	}
	return hit{}, false
}

// code reads business shorthands: "Q3", "Q3 2019", "H1 2020", "FY2019",
// "FY19", "FY 2019".
func (t *tagger) code(p int) (hit, bool) {
	tok := t.toks[p]
	s := t.text[tok.Start:tok.End]
	switch {
	case len(s) == 2 && (s[0] == 'Q' || s[0] == 'q') && s[1] >= '1' && s[1] <= '4',
		len(s) == 2 && (s[0] == 'H' || s[0] == 'h') && (s[1] == '1' || s[1] == '2'):
		part := "Q"
		if s[0] == 'H' || s[0] == 'h' {
			part = "H"
		}
		n := int(s[1] - '0')
		y, end := t.year(p+1), p+2
		if y == 0 && (t.hyphen(p+1) || t.is(p+1, "of")) && t.year(p+2) > 0 {
			y, end = t.year(p+2), p+3 // "q1-2019", "Q1 of 2017"
		}
		if y == 0 && t.cls(p+1) == lxRel && t.is(p+2, "year") && !t.ref.IsZero() && (t.relYear(p+1) != 0 || t.is(p+1, "this")) {
			y, end = t.ref.Year+t.relYear(p+1), p+3 // "Q3 this year"
		}
		if y == 0 {
			if fy, e, ok := t.fyYear(p + 1); ok {
				y, end = fy, e
			}
		}
		if y == 0 {
			if part == "H" {
				return hit{}, false // "H1" alone is too often something else
			}
			end = p + 1
			y = t.partYear(n, part, p, end)
		}
		h := hit{start: p, end: end, typ: "DATE"}
		if y > 0 {
			h.val = strconv.Itoa(y) + "-" + part + strconv.Itoa(n)
			if part == "Q" {
				t.setQ(y, n)
			}
		}
		return h, true
	}
	if y, end, ok := t.fyYear(p); ok {
		return hit{start: p, end: end, typ: "DATE", val: strconv.Itoa(y)}, true
	}
	return hit{}, false
}

// partCode reads "Q3" or "H1" at p.
func (t *tagger) partCode(p int) (string, int) {
	if p >= len(t.toks) || t.toks[p].Kind != segment.Word && t.toks[p].Kind != segment.Number {
		return "", 0
	}
	tok := t.toks[p]
	s := t.text[tok.Start:tok.End]
	switch {
	case len(s) == 2 && (s[0] == 'Q' || s[0] == 'q') && s[1] >= '1' && s[1] <= '4':
		return "Q", int(s[1] - '0')
	case len(s) == 2 && (s[0] == 'H' || s[0] == 'h') && (s[1] == '1' || s[1] == '2'):
		return "H", int(s[1] - '0')
	}
	return "", 0
}

// fyYear reads "FY2019", "FY19", "FY 2019" at p.
func (t *tagger) fyYear(p int) (int, int, bool) {
	if p >= len(t.toks) || t.toks[p].Kind != segment.Word {
		return 0, 0, false
	}
	tok := t.toks[p]
	s := t.text[tok.Start:tok.End]
	if len(s) < 2 || !strings.EqualFold(s[:2], "fy") {
		return 0, 0, false
	}
	if len(s) == 2 {
		if y := t.year(p + 1); y > 0 {
			return y, p + 2, true
		}
		return 0, 0, false
	}
	v, n := digitsOf(s[2:])
	switch n {
	case 4:
		if v >= 1000 && v < 3000 {
			return v, p + 1, true
		}
	case 2:
		return 2000 + v, p + 1, true
	}
	return 0, 0, false
}

// partYear is the year of quarter or half n written without one: the
// reference year, or the previous one when the part has not begun yet and
// no future marker is near (results reporting). 0 without a reference.
func (t *tagger) partYear(n int, part string, i, j int) int {
	if t.ref.IsZero() {
		return 0
	}
	y := t.ref.Year
	cur := (int(t.ref.Month)-1)/3 + 1
	if part == "H" {
		cur = (int(t.ref.Month)-1)/6 + 1
	}
	if n > cur && t.tense(i, j) <= 0 {
		y--
	}
	return y
}

// relYear is -1, 0, +1 for last/this/next.
func (t *tagger) relYear(p int) int {
	switch t.lex(p).v {
	case relLast, relPast:
		return -1
	case relNext, relComing, relFollowing:
		return 1
	}
	return 0
}

// fiscal reads "fiscal 1989", "fiscal year 1990", "fiscal first quarter".
func (t *tagger) fiscal(p int) (hit, bool) {
	q := p + 1
	if t.hyphen(q) {
		q++
	}
	if y := t.year(q); y > 0 {
		return hit{start: p, end: q + 1, typ: "DATE", val: strconv.Itoa(y)}, true
	}
	if t.is(q, "year") {
		if y := t.year(q + 1); y > 0 {
			return hit{start: p, end: q + 2, typ: "DATE", val: strconv.Itoa(y)}, true
		}
		if t.is(q+1, "-") {
			return hit{}, false
		}
	}
	if t.cls(q) == lxOrd {
		h, ok := t.ordinal(q)
		if ok {
			h.start = p
		}
		return h, ok
	}
	return hit{}, false
}

// ------------------------------------------------------- relative phrases

func (t *tagger) relative(p int, the bool) (hit, bool) {
	rel := t.lex(p).v
	if rel == relThis && t.is(p+1, "past") {
		// "this past weekend": last
		h, ok := t.relative(p+1, the)
		if ok {
			h.start = p
		}
		return h, ok
	}
	if t.lex(p).flags&fAmbig != 0 {
		switch {
		case t.is(p, "that") && !t.is(p+1, "quarter"),
			t.is(p, "full") && !(t.cls(p-1) == lxDet && (t.is(p+1, "year") || t.is(p+1, "quarter"))):
			return hit{}, false
		}
	}
	q := p + 1
	if q >= len(t.toks) {
		return hit{}, false
	}
	l := t.lex(q)
	if t.toks[q].Kind == segment.Number {
		l = lexeme{cls: lxNum}
	}
	switch l.cls {
	case lxUnit:
		if l.flags&fPlural != 0 {
			switch {
			case rel == relPast || rel == relLast || rel == relRecent && (l.v == uYear || l.v == uDecade):
				return hit{start: p, end: q + 1, typ: "DATE", val: "PAST_REF"}, true
			case rel == relComing || rel == relNext || rel == relFollowing || rel == relRecent:
				return hit{start: p, end: t.coordUnits(q + 1), typ: "DURATION", val: durValue(0, true, l.v)}, true
			}
			return hit{}, false
		}
		switch rel {
		case relSame, relThat, relRecent:
			return hit{}, false
		case relLatest, relCurrent:
			if l.v != uQuarter && l.v != uPeriod {
				if rel == relCurrent {
					return hit{start: p, end: q + 1, typ: "DATE", val: t.unitValue(l.v, 0)}, l.v != uPeriod
				}
				return hit{}, false
			}
			if rel == relCurrent {
				return hit{start: p, end: q + 1, typ: "DATE", val: t.unitValue(uQuarter, 0)}, true
			}
			return hit{start: p, end: q + 1, typ: "DATE", val: t.latestQuarter()}, true
		}
		if l.v == uPeriod || l.v == uDay && rel == relThis {
			return hit{}, false
		}
		if t.toks[p].Flags&segment.Cap != 0 && t.toks[q].Flags&(segment.Cap|segment.AllCaps) == segment.Cap && p > 0 && t.toks[p-1].Kind == segment.Word {
			return hit{}, false // a title: "on This Week"
		}
		if rel == relPast && (l.v == uDecade || l.v == uCentury) {
			return hit{start: p, end: q + 1, typ: "DURATION", val: durValue(1, false, l.v)}, true
		}
		k := t.relYear(p)
		if (rel == relNext || rel == relFollowing) && the {
			// "the next day": relative to the narrative, not the DCT
			if l.v == uDay {
				return hit{start: p, end: q + 1, typ: "DATE", val: t.unitValue(uDay, 1)}, true
			}
		}
		v := t.unitValue(l.v, k)
		if v == "-" {
			return hit{}, false
		}
		h := hit{start: p, end: q + 1, typ: "DATE", val: v}
		// "next week Wednesday", "last week on Sunday"
		if l.v == uWeek {
			r := q + 1
			if t.is(r, "on") {
				r++
			}
			if wl := t.lex(r); wl.cls == lxWeekday && wl.flags&fPlural == 0 && t.weekdayOK(r) && t.cls(r+1) != lxMonth {
				return hit{start: p, end: r + 1, typ: "DATE", val: t.weekdayOfWeek(int(wl.v), k)}, true
			}
		}
		// "last year's third quarter"
		if t.is(q+1, "'s") && t.cls(q+2) == lxOrd && v != "" && len(v) == 4 {
			if oh, ok := t.ordinal(q + 2); ok && len(oh.val) == 7 {
				oh.val = v + oh.val[4:]
				oh.start = p
				t.setQ(t.ref.Year+k, int(oh.val[6]-'0'))
				return oh, true
			}
		}
		if l.v == uQuarter && v != "" {
			t.setQ(int(v[0]-'0')*1000+int(v[1]-'0')*100+int(v[2]-'0')*10+int(v[3]-'0'), int(v[6]-'0'))
		}
		return h, true
	case lxNum, lxFew:
		if rel == relThis || rel == relSame || rel == relLatest || rel == relCurrent || rel == relThat {
			return hit{}, false
		}
		d, ok := t.duration(q, true)
		if !ok || d.typ != "DURATION" {
			return hit{}, false
		}
		d.start = p
		if !strings.Contains(d.val, "X") {
			t.anchor(&d, q, p)
		}
		if strings.Contains(d.val, "X") {
			d.end = t.coordUnits(d.end)
			// "the past few years", "the coming weeks"
			switch rel {
			case relPast, relLast:
				d.typ, d.val = "DATE", "PAST_REF"
			}
		}
		return d, true
	case lxMonth:
		if rel == relSame || rel == relRecent || rel == relLatest || rel == relCurrent {
			return hit{}, false
		}
		if !t.monthOK(q, true) {
			return hit{}, false
		}
		m := int(l.v)
		r := t.afterMonth(q)
		if d := t.dayNum(r); d > 0 && validDate(2000, m, d) {
			// "last Oct. 23", "next March 3": the occurrence before or after
			h := hit{start: p, end: r + 1, typ: "DATE"}
			if !t.ref.IsZero() {
				y := t.ref.Year
				cur := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
				switch k := t.relYear(p); {
				case k < 0 && !cur.Before(t.refT):
					y--
				case k > 0 && !cur.After(t.refT):
					y++
				}
				if validDate(y, m, d) {
					h.val = fmtDate(y, m, d)
				}
			}
			return h, true
		}
		if t.ref.IsZero() {
			return hit{start: p, end: r, typ: "DATE"}, true
		}
		y := t.ref.Year
		rm := int(t.ref.Month)
		switch t.relYear(p) {
		case -1:
			if m >= rm {
				y--
			}
		case 1:
			if m <= rm {
				y++
			}
		}
		return hit{start: p, end: r, typ: "DATE", val: strconv.Itoa(y) + "-" + pad2(m)}, true
	case lxWeekday:
		if l.flags&fPlural != 0 || !t.weekdayOK(q) {
			return hit{}, false
		}
		wd := int(l.v)
		var v string
		switch rel {
		case relLast, relPast:
			v = t.weekdayValue(wd, -1, true)
		case relNext, relComing, relFollowing:
			v = t.weekdayValue(wd, 1, true)
		case relThis:
			v = t.weekdayValue(wd, 0, false)
		default:
			return hit{}, false
		}
		return t.partOfDay(hit{start: p, end: q + 1, typ: "DATE", val: v}), true
	case lxSeason:
		if rel == relSame || rel == relRecent || rel == relLatest || rel == relThat {
			return hit{}, false
		}
		h, ok := t.season(q, true, t.relYear(p)+10)
		h.start = p
		return h, ok
	case lxPart:
		if rel != relThis && rel != relLast {
			return hit{}, false
		}
		if l.flags&fAmbig != 0 {
			return hit{}, false
		}
		h := hit{start: p, end: q + 1, typ: "TIME"}
		if !t.ref.IsZero() {
			d := t.refT
			if rel == relLast {
				d = d.AddDate(0, 0, -1)
			}
			h.val = dateValue(d) + "T" + partCode[l.v]
		}
		return h, true
	}
	switch {
	case rel == relPast && the && t.is(p, "past"):
		return hit{start: p, end: p + 1, typ: "DATE", val: "PAST_REF"}, true
	case rel == relRecent && !the && t.toks[q].Kind != segment.Word:
		return hit{}, false
	case rel == relCurrent && !the && t.toks[p].Flags&segment.Cap == 0 && t.toks[q].Kind == segment.Word && t.cls(q) == lxNone &&
		!t.is(q, "account") && !t.is(q, "accounts") && !t.is(q, "affairs"):
		return hit{start: p, end: p + 1, typ: "DATE", val: "PRESENT_REF"}, true
	}
	return hit{}, false
}

// anchor sets the bounds of a counted period next to the reference date:
// "the next three days" runs from the day after the reference date to the
// third day after it, "the past two weeks" from two weeks before it to
// the day before it. The amount is at q, the relation word at p.
func (t *tagger) anchor(d *hit, q, p int) {
	if t.ref.IsZero() {
		return
	}
	v, fuzzy, _, ok := t.amount(q)
	if !ok || fuzzy || v != float64(int(v)) || v < 1 || v > 1000 {
		return
	}
	n := int(v)
	var dd, mm, yy int
	switch t.lex(d.end - 1).v {
	case uDay:
		dd = n
	case uWeek:
		dd = 7 * n
	case uFortnight:
		dd = 14 * n
	case uMonth:
		mm = n
	case uYear:
		yy = n
	case uQuarter:
		// whole quarters: "the previous three quarters"
		var a, b time.Time
		switch t.lex(p).v {
		case relNext, relComing, relFollowing:
			a, b = t.refT.AddDate(0, 3, 0), t.refT.AddDate(0, 3*n, 0)
		case relPast, relLast:
			a, b = t.refT.AddDate(0, -3*n, 0), t.refT.AddDate(0, -3, 0)
		default:
			return
		}
		d.begin, d.fin = quarterValue(time.Date(a.Year(), a.Month(), 1, 0, 0, 0, 0, time.UTC)), quarterValue(time.Date(b.Year(), b.Month(), 1, 0, 0, 0, 0, time.UTC))
		return
	case uDecade:
		// whole decades: "the past two decades" written in 2016 are the
		// 1990s and 2000s
		dec := t.ref.Year / 10
		switch t.lex(p).v {
		case relNext, relComing, relFollowing:
			d.begin, d.fin = strconv.Itoa(dec+1), strconv.Itoa(dec+n)
		case relPast, relLast:
			d.begin, d.fin = strconv.Itoa(dec-n), strconv.Itoa(dec-1)
		}
		return
	default:
		return
	}
	switch t.lex(p).v {
	case relNext, relComing, relFollowing:
		d.begin = dateValue(t.refT.AddDate(0, 0, 1))
		d.fin = dateValue(t.refT.AddDate(yy, mm, dd))
	case relPast, relLast:
		d.begin = dateValue(t.refT.AddDate(-yy, -mm, -dd))
		d.fin = dateValue(t.refT.AddDate(0, 0, -1))
	}
}

// coordUnits extends a vague plural at end with "and weeks", "or months".
func (t *tagger) coordUnits(end int) int {
	if (t.is(end, "and") || t.is(end, "or")) && t.cls(end+1) == lxUnit && t.lex(end+1).flags&fPlural != 0 {
		return end + 2
	}
	return end
}

// latestQuarter is the quarter last mentioned, or the last one completed.
func (t *tagger) latestQuarter() string {
	if t.lastQ != "" {
		return t.lastQ
	}
	if t.ref.IsZero() {
		return ""
	}
	return quarterValue(t.refT.AddDate(0, -3, 0))
}

// unitValue is the calendar unit containing the reference date moved by k
// units ("last week" k=-1). "-" when the unit has no calendar value.
func (t *tagger) unitValue(u uint8, k int) string {
	switch u {
	case uDay, uWeek, uWeekend, uMonth, uQuarter, uYear, uDecade, uCentury, uHalf:
	default:
		return "-"
	}
	if t.ref.IsZero() {
		return ""
	}
	r := t.refT
	switch u {
	case uDay:
		return dateValue(r.AddDate(0, 0, k))
	case uWeek:
		return weekValue(r.AddDate(0, 0, 7*k))
	case uWeekend:
		return weekValue(r.AddDate(0, 0, 7*k)) + "-WE"
	case uMonth:
		return monthValue(r.AddDate(0, k, 0))
	case uQuarter:
		return quarterValue(r.AddDate(0, 3*k, 0))
	case uYear:
		return strconv.Itoa(t.ref.Year + k)
	case uDecade:
		return strconv.Itoa((t.ref.Year + 10*k) / 10)
	case uCentury:
		return pad2((t.ref.Year + 100*k) / 100)
	}
	return "-"
}

// unit reads a bare unit: "years" after "for"/"in"/"over", "year-end",
// "the year-ago quarter", "the quarter".
func (t *tagger) unit(p int, the bool) (hit, bool) {
	l := t.lex(p)
	if l.flags&fAbbr != 0 {
		return hit{}, false
	}
	// "the week after next", "the weekend after the next"
	if the && l.flags&fPlural == 0 && t.is(p+1, "after") && (t.is(p+2, "next") || t.is(p+2, "the") && t.is(p+3, "next")) {
		end := p + 3
		if t.is(p+2, "the") {
			end++
		}
		if v := t.unitValue(l.v, 2); v != "-" {
			return hit{start: p, end: end, typ: "DATE", val: v}, true
		}
	}
	if l.v == uYear && l.flags&fPlural == 0 && t.hyphen(p+1) {
		switch {
		case t.is(p+2, "end"):
			if t.ref.IsZero() {
				return hit{start: p, end: p + 3, typ: "DATE", mod: mEnd}, true
			}
			return hit{start: p, end: p + 3, typ: "DATE", val: strconv.Itoa(t.ref.Year), mod: mEnd}, true
		case t.is(p+2, "ago") || t.is(p+2, "earlier"):
			end := p + 3
			v := t.shifted(1, false, uYear, -1)
			if t.is(end, "quarter") || t.is(end, "period") {
				end++
			} else if t.cls(end) == lxOrd {
				if oh, ok := t.ordinal(end); ok && oh.val != "" {
					y, _ := strconv.Atoi(oh.val[:4])
					return hit{start: p, end: oh.end, typ: "DATE", val: strconv.Itoa(y-1) + oh.val[4:]}, true
				}
			} else if !the {
				v = t.shifted(1, false, uYear, -1)
			}
			return hit{start: p, end: end, typ: "DATE", val: v}, true
		}
	}
	if l.v == uYear && l.flags&fPlural == 0 && (t.is(p+1, "end") || t.is(p+1, "'s") && t.is(p+2, "end")) && !t.ref.IsZero() {
		end := p + 2
		if !t.is(p+1, "end") {
			end++
		}
		return hit{start: p, end: end, typ: "DATE", val: strconv.Itoa(t.ref.Year), mod: mEnd}, true
	}
	if l.flags&fPlural != 0 {
		switch l.v {
		case uYear, uMonth, uWeek, uDecade, uDay, uHour:
		default:
			return hit{}, false
		}
		if the || !(t.is(p-1, "for") || t.is(p-1, "within") || t.is(p-1, "over") || (t.is(p-1, "in") && t.is(p+1, "of"))) {
			return hit{}, false
		}
		return hit{start: p, end: p + 1, typ: "DURATION", val: durValue(0, true, l.v)}, true
	}
	if the && l.v == uWeekend && !t.ref.IsZero() && t.cls(p-1) == lxDet {
		k := -1
		if wd := t.refT.Weekday(); wd == time.Friday || wd == time.Saturday || wd == time.Sunday || t.tense(p, p+1) > 0 {
			k = 0
		}
		return hit{start: p, end: p + 1, typ: "DATE", val: weekValue(t.refT.AddDate(0, 0, 7*k)) + "-WE"}, true
	}
	if the && l.v == uYear && t.cls(p-1) == lxDet && !t.hyphen(p+1) {
		if y := t.year(p + 1); y > 0 {
			return hit{start: p, end: p + 2, typ: "DATE", val: strconv.Itoa(y)}, true
		}
		if y, q := t.spokenYear(p + 1); y > 0 {
			return hit{start: p, end: q, typ: "DATE", val: strconv.Itoa(y)}, true
		}
		if t.is(p-2, "for") || t.is(p-2, "during") || t.is(p-2, "throughout") {
			return hit{start: p, end: p + 1, typ: "DURATION", val: "P1Y"}, true
		}
		if t.is(p+1, "before") || t.is(p+1, "after") || t.is(p+1, "earlier") || t.is(p+1, "when") || t.is(p+1, "in") || t.is(p-2, "of") || t.ref.IsZero() {
			return hit{}, false // "the year before", "player of the year"
		}
		return hit{start: p, end: p + 1, typ: "DATE", val: strconv.Itoa(t.ref.Year)}, true
	}
	if the && (l.v == uQuarter) && t.toks[p].Flags&segment.Cap == 0 && !t.is(p+1, "of") && !t.is(p+1, "-") {
		return hit{start: p, end: p + 1, typ: "DATE", val: t.latestQuarter()}, true
	}
	return hit{}, false
}

// ---------------------------------------------------------- deictic words

func (t *tagger) deictic(p int, the bool) (hit, bool) {
	l := t.lex(p)
	h := hit{start: p, end: p + 1, typ: "DATE"}
	day := 0
	switch l.v {
	case dToday:
		day = 0
	case dYesterday:
		day = -1
	case dTomorrow:
		day = 1
	case dTonight:
		h.typ = "TIME"
		if !t.ref.IsZero() {
			h.val = t.ref.String() + "TNI"
		}
		return h, true
	case dNow, dNowadays, dPresently:
		h.val = "PRESENT_REF"
		if t.is(p-1, "right") && l.v == dNow {
			h.start-- // "right now"
		}
		return h, true
	case dRecently, dFormerly:
		h.val = "PAST_REF"
		return h, true
	case dFuture:
		if u := t.lex(p + 1); u.cls == lxUnit && u.flags&fPlural != 0 {
			h.end++ // "future quarters"
		} else if !the && !t.is(p-1, "in") {
			return hit{}, false
		}
		h.val = "FUTURE_REF"
		return h, true
	default:
		return hit{}, false
	}
	if !t.ref.IsZero() {
		h.val = dateValue(t.refT.AddDate(0, 0, day))
	}
	if t.is(p+1, "'s") {
		return h, true
	}
	return t.partOfDay(h), true
}

// -------------------------------------------------------------------- sets

func (t *tagger) every(p int) (hit, bool) {
	q := p + 1
	if q < len(t.toks) && t.toks[q].Flags&segment.AllCaps != 0 {
		return hit{}, false // "each SEC filing"
	}
	if t.is(p, "per") {
		if l := t.lex(q); l.cls == lxUnit && l.flags&fPlural == 0 && l.v != uPeriod {
			return hit{start: p, end: q + 1, typ: "SET", val: durValue(1, false, l.v)}, true
		}
		return hit{}, false
	}
	v := 1.0
	if t.toks[min(q, len(t.toks)-1)].Kind == segment.Number || t.cls(q) == lxNum && t.lex(q).flags&fAmbig == 0 {
		a, fuzzy, r, ok := t.amount(q)
		if !ok || fuzzy {
			return hit{}, false
		}
		v, q = a, r
	} else if t.is(q, "other") {
		v, q = 2, q+1
	}
	l := t.lex(q)
	switch l.cls {
	case lxUnit:
		if l.v == uPeriod {
			return hit{}, false
		}
		return hit{start: p, end: q + 1, typ: "SET", val: durValue(v, false, l.v)}, true
	case lxMonth:
		if !t.monthOK(q, true) {
			return hit{}, false
		}
		return hit{start: p, end: t.afterMonth(q), typ: "SET", val: "XXXX-" + pad2(int(l.v))}, true
	case lxWeekday:
		h := hit{start: p, end: q + 1, typ: "SET", val: "XXXX-WXX-" + strconv.Itoa((int(l.v)+6)%7+1)}
		if pl := t.lex(q + 1); pl.cls == lxPart && pl.flags&fAmbig == 0 {
			h.end++
			h.val += "T" + partCode[pl.v]
		}
		return h, true
	case lxPart:
		if l.flags&fAmbig != 0 {
			return hit{}, false
		}
		return hit{start: p, end: q + 1, typ: "SET", val: "T" + partCode[l.v]}, true
	}
	return hit{}, false
}

// ----------------------------------------------------------------- seasons

// season reads "summer", "the fall of 2018", "last winter". rel is 9, 10,
// 11 for last, this, next (from relative) or 0.
func (t *tagger) season(p int, ctx bool, rel int) (hit, bool) {
	l := t.lex(p)
	s := int(l.v)
	h := hit{start: p, end: p + 1, typ: "DATE"}
	y := 0
	switch {
	case t.year(p+1) > 0:
		y = t.year(p + 1)
		h.end = p + 2
	case t.is(p+1, "of") && t.year(p+2) > 0:
		y = t.year(p + 2)
		h.end = p + 3
	case t.is(p+1, "of") && func() bool { sy, _ := t.spokenYear(p + 2); return sy > 0 }():
		y, h.end = t.spokenYear(p + 2)
	case !ctx && rel == 0:
		return hit{}, false
	}
	if y == 0 && !t.ref.IsZero() {
		// the winter of January and February is last year's
		y = t.ref.Year
		if t.ref.Month <= 2 {
			y--
		}
		rs := seasonOf(t.ref.Month)
		switch rel {
		case 9:
			if s >= rs {
				y--
			}
		case 11:
			if s <= rs {
				y++
			}
		default:
			if t.ref.Month <= 2 && s != int(seasonWI) {
				y++ // the coming spring, summer, fall
			}
			if rel == 0 && s > seasonOf(t.ref.Month) && t.ref.Month > 2 && t.tense(p, p+1) < 0 {
				y--
			}
		}
	}
	if y > 0 {
		h.val = strconv.Itoa(y) + "-" + seasonCode[s]
	}
	return h, true
}

func seasonOf(m time.Month) int {
	switch {
	case m >= 3 && m <= 5:
		return int(seasonSP)
	case m >= 6 && m <= 8:
		return int(seasonSU)
	case m >= 9 && m <= 11:
		return int(seasonFA)
	}
	return int(seasonWI)
}

// ---------------------------------------------------------------- holidays

func (t *tagger) holiday(p int, hd uint8, end int) (hit, bool) {
	// "Christmas", "easter", "Labor Day"; not "labor day" (a day of work)
	cap := t.toks[p].Flags&segment.Cap != 0
	if t.lex(p).flags&fAmbig != 0 {
		switch {
		case hd == hBlackFriday || hd == hCyberMonday:
			if !t.is(end, "friday") && !t.is(end, "monday") || (hd == hBlackFriday) != t.is(end, "friday") {
				return hit{}, false
			}
			end++
		case t.is(end, "day") && (cap || t.toks[end].Flags&segment.Cap == 0 && (hd == hIndependence || hd == hEarth)):
			end++
		case t.is(end, "'s") && t.is(end+1, "day") && (cap || t.toks[end+1].Flags&segment.Cap == 0 && hd == hValentine):
			end += 2
		default:
			return hit{}, false
		}
		if !cap && t.toks[end-1].Flags&segment.Cap != 0 {
			return hit{}, false
		}
	}
	easterMonday := false
	switch {
	case hd == hEaster && t.is(end, "sunday"):
		end++
	case hd == hEaster && t.is(end, "monday"):
		end++
		easterMonday = true
	}
	switch {
	case hd == hChristmas && t.is(end, "eve"):
		hd = hChristmasEve
		end++
	case hd == hChristmas && t.is(end, "day"), hd == hThanksgiving && t.is(end, "day"):
		end++
	}
	h := hit{start: p, end: end, typ: "DATE"}
	y := 0
	if yy := t.year(end); yy > 0 {
		y = yy
		h.end++
	} else if yy := t.year(end + 1); yy > 0 && t.is(end, "of") {
		y = yy // "Father's Day of 2015"
		h.end += 2
	} else if t.is(end, "of") && t.cls(end+1) == lxRel && t.is(end+2, "year") && !t.ref.IsZero() && (t.relYear(end+1) != 0 || t.is(end+1, "this")) {
		y = t.ref.Year + t.relYear(end+1) // "Independence Day of this year"
		h.end += 3
	} else if !t.ref.IsZero() {
		y = t.ref.Year
		if m, d, ok := holidayDate(y, hd); ok {
			y = t.nearestYear(m, d, p, h.end)
		}
	}
	if y == 0 {
		return h, true
	}
	m, d, ok := holidayDate(y, hd)
	if !ok {
		return hit{}, false
	}
	if easterMonday {
		h.val = dateValue(time.Date(y, time.Month(m), d+1, 0, 0, 0, 0, time.UTC))
		return h, true
	}
	h.val = fmtDate(y, m, d)
	return h, true
}

// holidayDate is the month and day of a holiday in year y.
func holidayDate(y int, hd uint8) (m, d int, ok bool) {
	switch hd {
	case hChristmas:
		m, d = 12, 25
	case hChristmasEve:
		m, d = 12, 24
	case hNewYearsDay:
		m, d = 1, 1
	case hNewYearsEve:
		m, d = 12, 31
	case hHalloween:
		m, d = 10, 31
	case hThanksgiving: // fourth Thursday of November
		m, d = 11, nthWeekday(y, 11, time.Thursday, 4)
	case hEaster:
		m, d = easter(y)
	case hValentine:
		m, d = 2, 14
	case hVeterans:
		m, d = 11, 11
	case hLabor: // first Monday of September
		m, d = 9, nthWeekday(y, 9, time.Monday, 1)
	case hMemorial: // last Monday of May
		m, d = 5, nthWeekday(y, 5, time.Monday, 5)
		if d > 31 {
			d -= 7
		}
	case hElection: // Tuesday after the first Monday of November
		m, d = 11, nthWeekday(y, 11, time.Monday, 1)+1
	case hIndependence:
		m, d = 7, 4
	case hMother: // second Sunday of May (US)
		m, d = 5, nthWeekday(y, 5, time.Sunday, 2)
	case hFather: // third Sunday of June
		m, d = 6, nthWeekday(y, 6, time.Sunday, 3)
	case hEarth:
		m, d = 4, 22
	case hBoxing:
		m, d = 12, 26
	case hBlackFriday: // the day after Thanksgiving
		m, d = 11, nthWeekday(y, 11, time.Thursday, 4)+1
	case hCyberMonday: // the Monday after Thanksgiving
		t := time.Date(y, 11, nthWeekday(y, 11, time.Thursday, 4)+4, 0, 0, 0, 0, time.UTC)
		m, d = int(t.Month()), t.Day()
	default:
		return 0, 0, false
	}
	return m, d, true
}

// nthWeekday is the day of month of the n-th weekday wd of a month (which
// may overflow the month for n = 5).
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) int {
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Weekday()
	return 1 + (int(wd)-int(first)+7)%7 + 7*(n-1)
}

// easter is the Gregorian Easter Sunday (anonymous algorithm).
func easter(y int) (int, int) {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	mo := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return mo, day
}

// ------------------------------------------------------------ prepositions

// prep records the preposition before token s.
// A determiner left out of the extent ("in the 1990s") is skipped.
func (t *tagger) prep(s int, e *Expr) {
	b := s - 1
	if t.cls(b) == lxDet {
		b--
	}
	if b < 0 || t.cls(b) != lxPrep && !t.is(b, "before") && !t.is(b, "after") {
		return
	}
	a := b
	if t.is(a, "of") && t.is(a-1, "as") {
		a--
	}
	e.Prep = t.text[t.toks[a].Start:t.toks[b].End]
	e.PrepSpan = document.Span{Start: t.toks[a].Start, End: t.toks[b].End}
}

// ------------------------------------------------------------- formatting

func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

func pad2(v int) string {
	if v >= 0 && v < 10 {
		return "0" + strconv.Itoa(v)
	}
	return strconv.Itoa(v)
}

func fmtDate(y, m, d int) string {
	var b [10]byte
	return string(appendDate(b[:0], y, m, d))
}

func appendDate(b []byte, y, m, d int) []byte {
	b = append(b, byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+m/10), byte('0'+m%10), '-')
	return append(b, byte('0'+d/10), byte('0'+d%10))
}

func dateValue(d time.Time) string { return fmtDate(d.Year(), int(d.Month()), d.Day()) }

func monthValue(d time.Time) string { return strconv.Itoa(d.Year()) + "-" + pad2(int(d.Month())) }

func quarterValue(d time.Time) string {
	return strconv.Itoa(d.Year()) + "-Q" + strconv.Itoa((int(d.Month())-1)/3+1)
}

func weekValue(d time.Time) string {
	y, w := d.ISOWeek()
	return strconv.Itoa(y) + "-W" + pad2(w)
}

package timex

import (
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
)

// clk is a time of day read from the text.
type clk struct {
	h, m, s int
	sec     bool // seconds written
	mer     bool // a.m./p.m., noon, midnight, o'clock or a part of day fixes the half of the day
	colon   bool // written h:mm
	end     int  // token after the time
}

// value formats the time as "T19:30" or "T19:30:05".
func (c clk) value() string {
	v := "T" + pad2(c.h) + ":" + pad2(c.m)
	if c.sec {
		v += ":" + pad2(c.s)
	}
	return v
}

// meridian applies "a.m."/"p.m." at q to hour h; it returns the hour and
// the index after the marker, or ok false when there is none.
func (t *tagger) meridian(q, h int) (int, int, bool) {
	l := t.lex(q)
	if l.cls != lxMeridian || h < 1 || h > 12 {
		return h, q, false
	}
	if h == 12 {
		h = 0
	}
	h += int(l.v)
	q++
	if t.punct(q, '.') && t.glued(q) && (t.is(q-1, "a.m") || t.is(q-1, "p.m")) {
		q++
	}
	return h, q, true
}

// readClock reads a time of day at p: "10:30 a.m.", "8pm", "7:56:13",
// "8.30pm", "seven thirty p.m.", "half past seven", "a quarter to 8",
// "noon", "12 noon". bare accepts a lone hour ("at 7") where the context
// says a time follows.
func (t *tagger) readClock(p int, bare bool) (clk, bool) {
	if p >= len(t.toks) {
		return clk{}, false
	}
	if c, ok := t.pastTo(p); ok {
		return c, true
	}
	tok := t.toks[p]
	l := t.lex(p)
	if l.cls == lxClock {
		return clk{h: int(l.v), mer: true, end: p + 1}, true
	}
	if tok.Kind == segment.Number {
		s := t.text[tok.Start:tok.End]
		// "8.30pm"
		if i := strings.IndexByte(s, '.'); i > 0 && i <= 2 && len(s)-i == 3 {
			h, n := digitsOf(s[:i])
			m, n2 := digitsOf(s[i+1:])
			if n > 0 && n2 == 2 && m < 60 {
				if h2, e, ok := t.meridian(p+1, h); ok {
					return clk{h: h2, m: m, mer: true, end: e}, true
				}
			}
			return clk{}, false
		}
		h, n := t.digits(p)
		if n < 1 || n > 2 || h > 24 {
			return clk{}, false
		}
		c := clk{h: h, end: p + 1}
		q := p + 1
		if t.punct(q, ':') && t.glued(q) && t.glued(q+1) {
			m, n := t.digits(q + 1)
			if n != 2 || m > 59 {
				return clk{}, false
			}
			c.m, c.colon = m, true
			q += 2
			if t.punct(q, ':') && t.glued(q) && t.glued(q+1) {
				if sec, n := t.digits(q + 1); n == 2 && sec < 60 {
					c.s, c.sec = sec, true
					q += 2
				}
			}
		}
		c.end = q
		if h2, e, ok := t.meridian(q, h); ok {
			c.h, c.end, c.mer = h2, e, true
			return c, true
		}
		if t.is(q, "noon") && h == 12 || t.is(q, "midnight") && h == 12 {
			c.end, c.mer = q+1, true
			if t.is(q, "midnight") {
				c.h = 24
			}
			return c, true
		}
		if t.is(q, "o'clock") || t.is(q, "oclock") {
			c.end = q + 1
			return c, true
		}
		if c.sec && !bare && (t.is(p-1, "of") || t.is(p-1, "in") || h > 23) {
			return clk{}, false // a race time: "a record of 2:17:18"
		}
		if c.colon && t.is(q, "on") && (t.cls(q+1) == lxWeekday || t.cls(q+1) == lxMonth) {
			return c, true // "7:00 on Sunday"
		}
		if c.sec || c.colon && (bare || t.is(p-1, "at")) || bare && h >= 1 && h <= 12 && t.partAfter(q) == 0 {
			return c, true
		}
		if t.partAfter(q) > 0 {
			return c, true
		}
		return clk{}, false
	}
	return t.spokenClock(p, bare)
}

// partAfter returns the part of day of "in the morning" at q, or 0.
func (t *tagger) partAfter(q int) uint8 {
	if t.is(q, "in") && t.is(q+1, "the") {
		if l := t.lex(q + 2); l.cls == lxPart && l.flags&fAmbig == 0 {
			return l.v
		}
	}
	return 0
}

// hourWord reads an hour written as a word ("seven") or digits at p.
func (t *tagger) hourWord(p int) int {
	if v, n := t.digits(p); n >= 1 && n <= 2 && v >= 1 && v <= 12 {
		return v
	}
	if l := t.lex(p); l.cls == lxNum && l.flags&fAmbig == 0 && l.v >= 1 && l.v <= 12 {
		return int(l.v)
	}
	return 0
}

// minuteWords reads minutes written as words at p: "thirty", "forty
// five", "fifteen", "o five". It returns the minutes and the index after.
func (t *tagger) minuteWords(p int) (int, int) {
	if t.is(p, "o") || t.is(p, "oh") {
		if l := t.lex(p + 1); l.cls == lxNum && l.flags&fAmbig == 0 && l.v >= 1 && l.v <= 9 {
			return int(l.v), p + 2
		}
		return -1, p
	}
	l := t.lex(p)
	if l.cls != lxNum || l.flags&fAmbig != 0 || l.v < 1 || l.v > 59 {
		return -1, p
	}
	m, q := int(l.v), p+1
	if m >= 20 && m%10 == 0 {
		r := q
		if t.hyphen(r) {
			r++
		}
		if u := t.lex(r); u.cls == lxNum && u.flags&fAmbig == 0 && u.v >= 1 && u.v <= 9 {
			m += int(u.v)
			q = r + 1
		}
	}
	return m, q
}

// spokenClock reads an hour in words with minutes and a marker of the
// half of the day: "seven thirty p.m.", "eight forty pm", "ten o'clock",
// "five thirty in the evening".
func (t *tagger) spokenClock(p int, bare bool) (clk, bool) {
	if t.toks[p].Kind != segment.Word {
		return clk{}, false
	}
	h := t.hourWord(p)
	if h == 0 {
		return clk{}, false
	}
	c := clk{h: h, end: p + 1}
	if m, q := t.minuteWords(p + 1); m >= 0 {
		c.m, c.end = m, q
	}
	if h2, e, ok := t.meridian(c.end, h); ok {
		c.h, c.end, c.mer = h2, e, true
		return c, true
	}
	if t.is(c.end, "o'clock") || t.is(c.end, "oclock") {
		c.end++
		if h2, e, ok := t.meridian(c.end, h); ok {
			c.h, c.end, c.mer = h2, e, true // "one o'clock pm"
		}
		return c, true
	}
	if t.partAfter(c.end) > 0 || bare {
		return c, true
	}
	return clk{}, false
}

// pastTo reads "half past seven", "a quarter to 8", "twenty past eight",
// "10 minutes to five".
func (t *tagger) pastTo(p int) (clk, bool) {
	q := p
	mins := 0
	word := true
	switch {
	case t.is(q, "half"):
		mins, q = 30, q+1
	case t.is(q, "a") && t.is(q+1, "quarter"):
		mins, q = 15, q+2
	case t.is(q, "quarter"):
		mins, q = 15, q+1
	default:
		if v, n := t.digits(q); n >= 1 && n <= 2 {
			mins, q, word = v, q+1, false
		} else if m, r := t.minuteWords(q); m > 0 {
			mins, q = m, r
		} else {
			return clk{}, false
		}
		if t.is(q, "minutes") || t.is(q, "minute") || t.is(q, "min") || t.is(q, "mins") {
			q++
			word = true
		}
	}
	if mins < 1 || mins > 59 || !word || mins%5 != 0 && !t.is(q-1, "minutes") && !t.is(q-1, "minute") && !t.is(q-1, "min") && !t.is(q-1, "mins") {
		return clk{}, false // "nine to 11", "two to one": not times
	}
	to := t.is(q, "to") || t.is(q, "till")
	if !to && !t.is(q, "past") && !t.is(q, "after") {
		return clk{}, false
	}
	if to && (t.is(p-1, "from") || t.is(p-1, "between")) {
		return clk{}, false
	}
	q++
	// "two to three weeks", "ten past three years": not a time
	if n := q + 1; (t.is(p, "half") || t.is(p, "quarter") || t.is(p+1, "quarter")) == false && n < len(t.toks) && t.toks[n].Kind == segment.Word &&
		t.lex(n).cls != lxMeridian && !t.is(n, "o'clock") && !t.is(n, "oclock") && !t.is(n, "in") && t.lex(n).cls != lxDeictic {
		return clk{}, false
	}
	h := t.hourWord(q)
	if h == 0 {
		switch {
		case t.is(q, "noon"), t.is(q, "midnight"):
			h = 12
		default:
			return clk{}, false
		}
	}
	q++
	c := clk{h: h, m: mins, end: q}
	if h2, e, ok := t.meridian(q, h); ok {
		c.h, c.end, c.mer = h2, e, true
	} else if t.is(q, "o'clock") || t.is(q, "oclock") {
		c.end++
	}
	if to {
		c.m = 60 - mins
		c.h--
		if c.h < 0 {
			c.h = 23
		}
		if c.h == 0 && !c.mer {
			c.h = 12
		}
	}
	return c, true
}

// clock reads a time of day starting with a number: "10:30 a.m.", "10
// a.m.", "10am", "7:56:13", "10:30" after "at", "4 in the morning".
func (t *tagger) clock(p int) (hit, bool) {
	c, ok := t.readClock(p, false)
	if !ok {
		return hit{}, false
	}
	return t.clockTail(hit{start: p, end: c.end, typ: "TIME"}, c), true
}

// applyPart moves an hour written without a.m./p.m. into the part of day
// named with it ("7 in the evening", "this morning at 7").
func applyPart(c clk, part uint8) clk {
	if c.mer {
		return c
	}
	switch part {
	case partAF, partEV:
		if c.h >= 1 && c.h < 12 {
			c.h += 12
		}
	case partNI:
		if c.h >= 5 && c.h < 12 {
			c.h += 12
		} else if c.h == 12 {
			c.h = 0
		}
	case partMO:
		if c.h == 12 {
			c.h = 0
		}
	}
	c.mer = part != 0
	return c
}

// clockTail extends a clock time with a part of day, a time zone and a
// day: "4 in the morning", "5 p.m. EST Nov. 9", "noon Thursday", "10
// p.m. yesterday", "8am this morning", "8.30pm today".
func (t *tagger) clockTail(h hit, c clk) hit {
	q := h.end
	if part := t.partAfter(q); part > 0 {
		c = applyPart(c, part)
		q += 3
	}
	if tz := t.toks[min(q, len(t.toks)-1)]; q < len(t.toks) && tz.Flags&segment.AllCaps != 0 && isZone(t.text[tz.Start:tz.End]) {
		q++
	}
	r := q
	if t.punct(r, ',') {
		r++
	}
	// "9am on Sundays": a set
	if w := r + 1; t.is(r, "on") && t.lex(w).cls == lxWeekday && t.lex(w).flags&fPlural != 0 {
		h.end, h.typ = w+1, "SET"
		h.val = "XXXX-WXX-" + strconv.Itoa((int(t.lex(w).v)+6)%7+1) + c.value()
		return h
	}
	day := ""
	end := q
	if t.is(r, "on") && (t.cls(r+1) == lxWeekday || t.cls(r+1) == lxMonth) {
		r++ // "7:00 on Sunday afternoon"
	}
	switch t.cls(r) {
	case lxWeekday:
		if d, ok := t.weekday(r); ok && d.typ == "DATE" {
			day, end = d.val, d.end
		} else if ok && d.typ == "TIME" && len(d.val) == 13 {
			// "7:00 on Sunday afternoon"
			for k, code := range partCode {
				if k > 0 && d.val[11:] == code {
					c = applyPart(c, uint8(k))
				}
			}
			day, end = d.val[:10], d.end
		}
	case lxMonth:
		if d, ok := t.month(r, true); ok && len(d.val) == 10 {
			day, end = d.val, d.end
		}
	case lxDeictic:
		if v := t.lex(r).v; v == dToday || v == dYesterday || v == dTomorrow || v == dTonight {
			if d, ok := t.deictic(r, false); ok && (d.typ == "DATE" || v == dTonight) {
				day, end = d.val, d.end
				if v == dTonight {
					c = applyPart(c, partNI)
					day = t.ref.String()
				}
			}
		}
	case lxRel:
		// "8am this morning", "8pm next Sunday"
		if t.is(r, "this") && t.lex(r+1).cls == lxPart && t.lex(r+1).flags&fAmbig == 0 {
			c = applyPart(c, t.lex(r+1).v)
			day, end = t.ref.String(), r+2
		} else if t.cls(r+1) == lxWeekday {
			if d, ok := t.relative(r, false); ok && d.typ == "DATE" && len(d.val) == 10 {
				day, end = d.val, d.end
			}
		}
	}
	h.end = end
	switch {
	case day != "" && !t.ref.IsZero() && len(day) >= 10:
		h.val = day[:10] + c.value()
	case end > r:
		h.val = "" // day could not be resolved
	case t.ref.IsZero():
		h.val = "XXXX-XX-XX" + c.value()
	case t.tense(h.start, h.end) > 0 && c.mer && c.h < 12 && !t.is(h.start-1, "until") && !t.is(h.start-1, "by"):
		// "will leave at 4 in the morning": the coming morning
		h.val = dateValue(t.refT.AddDate(0, 0, 1)) + c.value()
	default:
		h.val = t.ref.String() + c.value()
	}
	return h
}

// attachTime extends a day with the time of day after it: "tomorrow at
// 8am", "October 14, 8:00:25am", "this morning at 7", "Friday around
// noon".
func (t *tagger) attachTime(h hit) hit {
	if h.typ == "SET" {
		return t.setTime(h)
	}
	if h.typ != "DATE" && h.typ != "TIME" {
		return h
	}
	var part uint8
	switch {
	case len(h.val) == 10 && h.val[4] == '-' && h.val[7] == '-':
	case len(h.val) == 13 && h.val[10] == 'T' && h.val[4] == '-':
		switch h.val[11:] {
		case "MO":
			part = partMO
		case "AF":
			part = partAF
		case "EV":
			part = partEV
		case "NI":
			part = partNI
		default:
			return h
		}
	default:
		return h
	}
	q := h.end
	if t.punct(q, ',') || t.punct(q, '-') && !t.glued(q) {
		q++
	}
	bare := false
	if t.is(q, "at") || t.is(q, "around") || t.punct(q, '@') || t.is(q, "@") {
		q++
		bare = true
	}
	if q >= len(t.toks) || t.toks[q].Kind != segment.Number && t.lex(q).cls != lxClock && t.lex(q).cls != lxNum && !t.is(q, "quarter") {
		return h
	}
	c, ok := t.readClock(q, true)
	// without "at", only an unmistakable time: "October 14 8:00", "May
	// 5, 7pm", "March 18 nine thirty", not "Friday 3 (people)" or
	// "Christmas Midnight Mass"
	if !ok || !bare && !c.mer && !c.colon && !(c.m > 0 && t.toks[q].Kind == segment.Word) ||
		!bare && t.lex(q).cls == lxClock && t.toks[q].Flags&segment.Cap != 0 {
		return h
	}
	if p := t.partAfter(c.end); p > 0 {
		c = applyPart(c, p)
		c.end += 3
	}
	c = applyPart(c, part)
	h.end = c.end
	h.typ = "TIME"
	h.val = h.val[:10] + c.value()
	// "Wed Oct 26 15:50:06 2016": the year after the time
	if y := t.year(h.end); y > 0 && !t.hasYear(h.start, h.end) {
		h.val = strconv.Itoa(y) + h.val[4:]
		h.end++
	}
	return h
}

// setTime extends a set of days or parts of day with a time of day:
// "every night at 9pm", "each Monday 4pm", "Tuesdays at 9am".
func (t *tagger) setTime(h hit) hit {
	v := h.val
	var part uint8
	switch {
	case strings.HasPrefix(v, "XXXX-WXX-") && len(v) == 10:
	case v == "P1D" && t.cls(h.start) == lxEvery:
		v = "" // "every day at 7:13 p.m."
	case len(v) == 3 && v[0] == 'T':
		for k, code := range partCode {
			if k > 0 && v[1:] == code {
				part = uint8(k)
			}
		}
		if part == 0 {
			return h
		}
		v = ""
	default:
		return h
	}
	q := h.end
	bare := false
	if t.is(q, "at") {
		q++
		bare = true
	}
	if q >= len(t.toks) || t.toks[q].Kind != segment.Number && t.lex(q).cls != lxClock {
		return h
	}
	c, ok := t.readClock(q, true)
	if !ok || !bare && !c.mer && !c.colon {
		return h
	}
	c = applyPart(c, part)
	h.end, h.val = c.end, v+c.value()
	return h
}

package timex

import (
	"strconv"
	"strings"
)

// durParts is a duration written in several units ("1 year 2 months").
type durParts struct {
	n    [uCentury + 1]int // by unit
	half uint8             // "and a half" after unit half
}

func (d *durParts) add(v int, u uint8) {
	if u == uFortnight {
		u, v = uWeek, 2*v
	}
	d.n[u] += v
}

// compound reads further parts of a duration after its first, v units u,
// at q: "2 months 21 days", ", 21 days", "and 30 minutes", "and a half".
// Each part is in a smaller unit than the one before. It returns the
// whole and the index after it; ok is false when there is no second part.
func (t *tagger) compound(v float64, u uint8, q int) (durParts, int, bool) {
	var d durParts
	d.add(int(v), u)
	end, parts := q, 1
	last := u
	for {
		r := end
		and := false
		if t.punct(r, ',') || t.is(r, "and") {
			and = t.is(r, "and")
			r++
		}
		if and && t.is(r, "a") && t.is(r+1, "half") && parts == 1 {
			d.half = last
			return d, r + 2, true
		}
		if and && t.is(r, "half") && parts == 1 && t.toks[r+1-1].Kind == 1 && (r+1 >= len(t.toks) || t.lex(r+1).cls != lxUnit) {
			d.half = last // "an hour and half"
			return d, r + 1, true
		}
		a, fuzzy, r2, ok := t.amount(r)
		if !ok || fuzzy || a != float64(int(a)) || a < 1 || r2 >= len(t.toks) || t.is(r, "a") || t.is(r, "an") {
			break
		}
		l := t.lex(r2)
		if l.cls != lxUnit || l.v >= last || l.v == uPeriod || l.v == uHalf || l.v == uQuarter || l.v == uWeekend {
			break
		}
		// abbreviated units joined by "and" are listed, not added:
		// "24 hrs and 15 mins"
		if and && (l.flags&fAbbr != 0 || t.lex(q-1).flags&fAbbr != 0) {
			break
		}
		if t.hyphen(r2 + 1) {
			break
		}
		d.add(int(a), l.v)
		last = l.v
		end, parts = r2+1, parts+1
	}
	return d, end, parts > 1
}

// value formats the duration ("P1Y2M21D", "PT1H30M", "PT1M30S"); weeks
// mixed with other units are written as days.
func (d durParts) value() string {
	n := d.n
	frac := func(u uint8) string {
		v := strconv.Itoa(n[u])
		if d.half == u {
			v += ".5"
		}
		return v
	}
	if d.half != 0 {
		// a half of the unit: in the next smaller unit where it is whole
		switch d.half {
		case uHour:
			return "PT" + strconv.Itoa(n[uHour]) + "H30M"
		case uMinute:
			return "PT" + strconv.Itoa(n[uMinute]) + "M30S"
		case uDay:
			return "P" + strconv.Itoa(n[uDay]) + "DT12H"
		case uYear:
			return "P" + strconv.Itoa(n[uYear]) + "Y6M"
		}
		return "P" + frac(d.half) + durUnitCode(d.half)
	}
	years := n[uYear] + 10*n[uDecade] + 100*n[uCentury]
	weeks, days := n[uWeek], n[uDay]
	if weeks > 0 && (days > 0 || years > 0 || n[uMonth] > 0 || n[uHour]+n[uMinute]+n[uSecond] > 0) {
		days += 7 * weeks
		weeks = 0
	}
	var b strings.Builder
	b.WriteByte('P')
	w := func(v int, c string) {
		if v > 0 {
			b.WriteString(strconv.Itoa(v))
			b.WriteString(c)
		}
	}
	w(years, "Y")
	w(n[uMonth], "M")
	w(weeks, "W")
	w(days, "D")
	if n[uHour]+n[uMinute]+n[uSecond] > 0 {
		b.WriteByte('T')
		w(n[uHour], "H")
		w(n[uMinute], "M")
		w(n[uSecond], "S")
	}
	return b.String()
}

func durUnitCode(u uint8) string {
	switch u {
	case uMonth:
		return "M"
	case uWeek:
		return "W"
	}
	return "D"
}

// shift is the reference date moved by the duration (sign -1 before it),
// at day precision; "" when it has parts smaller than a day or there is
// no reference date.
func (d durParts) shift(t *tagger, sign int) string {
	if t.ref.IsZero() || d.half != 0 || d.n[uHour]+d.n[uMinute]+d.n[uSecond] > 0 {
		return ""
	}
	years := d.n[uYear] + 10*d.n[uDecade] + 100*d.n[uCentury]
	days := d.n[uDay] + 7*d.n[uWeek]
	return dateValue(t.refT.AddDate(sign*years, sign*d.n[uMonth], sign*days))
}

// within bounds a duration introduced by "within" ("within six months")
// from the reference date to the end of the duration.
func (t *tagger) within(e *Expr) {
	if t.ref.IsZero() || e.Type != "DURATION" || len(e.Value) < 3 || e.Value[0] != 'P' {
		return
	}
	v, n := digitsOf(e.Value[1 : len(e.Value)-1])
	if n == 0 || v < 1 || v > 1000 {
		return
	}
	var end = t.refT
	switch e.Value[len(e.Value)-1] {
	case 'D':
		end = end.AddDate(0, 0, v)
	case 'W':
		end = end.AddDate(0, 0, 7*v)
	case 'M':
		end = end.AddDate(0, v, 0)
	case 'Y':
		end = end.AddDate(v, 0, 0)
	default:
		return
	}
	e.Begin = t.ref.String()
	e.End = dateValue(end.AddDate(0, 0, -1))
}

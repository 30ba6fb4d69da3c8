package extract

import (
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate"
	"github.com/claimtrack/claimtrack/internal/annotate/entity"
	"github.com/claimtrack/claimtrack/internal/annotate/quantity"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// maxNP is how many tokens after a number may belong to its noun phrase.
const maxNP = 5

// figureCtx carries one document's layers through the figure rules.
type figureCtx struct {
	a     *annotate.Annotation
	text  string
	stmts []Statement
	// last figure with a counted thing, for ellipsis ("503 troops in Syria
	// and 5,262 in Iraq") and "the number" anaphora.
	prev *Figure
	// done holds the article's figures found so far, for a group counted
	// again later ("the 200 girls" after "200 girls were kidnapped").
	done []Figure
	// paras holds paragraph start offsets, computed on first use.
	paras []int
	// prevLoc[k] is the last locative preposition before token k, or -1
	// (locPrepBefore), computed on first use.
	prevLoc []int32
	// main is the article's main country, computed on first use.
	main     string
	mainLoc  string
	mainSea  string // the country the main sea or region is reported for (mainCountry)
	mainDone bool
	// mainN and mainSecond are the weights of the most and second most
	// named countries (mainCountry), for multiStory.
	mainN, mainSecond int
	mainMany          int // countries with a tenth of the weight or more
	// countries and longNames index the article's places (placeIndex).
	countries, longNames map[string]string
	// ltext is the text with ASCII letters lowered (same byte offsets), so
	// that word lookups never allocate.
	ltext string
	// origin is where the last displaced people counted came from, so that
	// "another 70,000 have fled to Lebanon" keeps the story's origin.
	origin string
	// memo holds what the article says about its sources, built on
	// first use (source_memo.go).
	memo *sourceMemo
	// pub is the publication date as written in as_of, formatted once.
	pub     string
	pubDone bool
	// narr is the story time in effect at each sentence (narrative),
	// computed on first use.
	narr []storyTime
	// poll is the date the article's poll or survey was taken or
	// released, computed on first use (pollDone).
	poll     string
	pollDone bool
	// evFrom says where meaning found the last figure's event (evNone,
	// evVerbAfter …), and weak[i] whether out[i]'s event is only a default
	// that a verb after a list of counts may replace (listEvent).
	evFrom int
	weak   []bool
}

// Figures finds reported figures in a: every quantity that counts something
// (not an ordinal, a year, a date part, or part of a name), with its counted
// thing, holder, location, as-of date, basis and source. Statements give the
// source: a figure inside a statement's content is that speaker's figure.
func Figures(a *annotate.Annotation, stmts []Statement) []Figure {
	c := &figureCtx{a: a, text: a.Doc.Text, stmts: stmts, ltext: asciiLower(a.Doc.Text)}
	c.a = c.calendarTimes()
	out := make([]Figure, 0, len(a.Quantities)/2+1)
	highEnd := -1 // the quantity a spread range took as its high end
	for qi := range a.Quantities {
		if qi == highEnd {
			continue
		}
		q := &a.Quantities[qi]
		if rq, hi, ok := c.spreadRange(qi); ok {
			q, highEnd = &rq, hi
		}
		if pq, ok := c.proportion(q); ok {
			q = &pq
		} else if q.Approx == quantity.MoreThan && c.negated(q) {
			// "couldn't have been more than 20 feet", "wasn't more than
			// 300": a negated lower bound is an upper bound, not a
			// rhetorical number.
			b := *q
			b.Approx = quantity.UpTo
			q = &b
		}
		if q.Ordinal || q.Year || q.Date || q.Vague || q.Fraction || strings.HasSuffix(q.Unit, " old") {
			continue // not counts; an age describes a person, not a claim
		}
		if c.apposedAge(q) || c.agedRange(q) || c.inTime(q.NumSpan) || c.inNamedEntity(q.NumSpan) || c.skipZone(q.Span.Start) || c.vague(q) || q.Approx != quantity.UpTo && c.negated(q) || c.rank(q) ||
			c.slashed(q) || c.restated(q, out) || c.modelNumber(q) || c.labelNumber(q) || c.itemMeasure(q) ||
			c.calibre(q) || c.personHeight(q) {
			continue
		}
		si := a.SentenceAt(q.Span.Start)
		if si < 0 {
			continue
		}
		parts := [2]quantity.Quantity{*q}
		n := 1
		if from, to, ok := c.changeRange(q); ok {
			// "raised the toll from 8 to 12": two figures, the earlier
			// and the current, not a range of uncertainty.
			parts[0], parts[1], n = from, to, 2
		}
		c.done = out
		for i := 0; i < n; i++ {
			if f, ok := c.figure(&parts[i], a.Sentences[si]); ok {
				out = append(out, f)
				c.weak = append(c.weak, c.evFrom == evNone || c.evFrom == evDefault)
				c.listEvent(out)
				if f.Unit != "" && f.Unit != "%" {
					c.prev = &out[len(out)-1]
				}
			}
		}
	}
	return out
}

// namedBound reads a bound named just before the number at token q (no
// further back than the sentence's start s): "minimum", "floor", "lower
// limit/bound/figure/end" make it "at least"; "maximum", "ceiling",
// "upper limit/bound/figure/end" make it "up to"; "" otherwise. Only
// linking words may stand between the name and the number.
func (c *figureCtx) namedBound(q, s int) string {
	for k := q - 1; k >= s && k >= q-6; k-- {
		w := c.low(k)
		switch w {
		case "minimum", "floor":
			return quantity.AtLeast
		case "maximum", "ceiling":
			return quantity.UpTo
		case "limit", "bound", "figure", "end", "estimate":
			switch c.low(k - 1) {
			case "lower":
				return quantity.AtLeast
			case "upper":
				return quantity.UpTo
			}
			return ""
		case "the", "a", "an", "of", "at", "is", "was", "were", "be", "been", "to", "as", "put", "set", "its", "their", "his", "her":
			continue
		}
		return ""
	}
	return ""
}

// currencyUnit reports an ISO 4217 code or a pence unit: a sum of money
// ("the minimum wage of $7.25" names no bound of a count).
func currencyUnit(u string) bool {
	if u == "cent" || u == "GBX" {
		return true
	}
	if len(u) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if u[i] < 'A' || u[i] > 'Z' {
			return false
		}
	}
	return true
}

// spreadRange joins the two ends of a range that a unit or an aside keeps
// apart ("from 12,000 barrels (504,000 gallons) to 25,000 barrels a day",
// "between 20,000 barrels a day or up to 100,000 barrels a day"): a low
// end after "from" or "between", then within a few words of its unit —
// skipping an aside in brackets — "to", "and" or "or (up to)" and a higher
// single number. It returns the range and the index of its high end.
func (c *figureCtx) spreadRange(qi int) (quantity.Quantity, int, bool) {
	qs := c.a.Quantities
	q := &qs[qi]
	if q.Range || q.Approx != "" || q.Ordinal || q.Year || q.Date || q.Fraction {
		return quantity.Quantity{}, 0, false
	}
	i, e := c.a.TokenRange(q.NumSpan)
	if w := c.low(i - 1); w != "from" && w != "between" {
		return quantity.Quantity{}, 0, false
	}
	_, qe := c.a.TokenRange(q.Span)
	e = max(e, qe)
	// The low end's unit words, then the joining word.
	k, words, aside := e, 0, false
	var unit []string // the low end's unit words, which the high end repeats
	for ; k < len(c.a.Tokens) && k < e+16; k++ {
		w := c.low(k)
		if aside {
			aside = w != ")"
			continue
		}
		if w == "(" {
			aside = true
			continue
		}
		if w == "to" || w == "and" || w == "or" {
			break
		}
		words++
		if c.a.Tokens[k].Kind != segment.Word || words > 4 {
			return quantity.Quantity{}, 0, false
		}
		unit = append(unit, w)
	}
	if k >= len(c.a.Tokens) || aside || c.low(k) == "to" && words == 0 && k == e {
		return quantity.Quantity{}, 0, false // "from 8 to 12": the scanner's own range
	}
	join := k
	k++
	if c.low(join) == "or" && c.low(k) == "up" && c.low(k+1) == "to" {
		k += 2
	}
	for hj := qi + 1; hj < len(qs); hj++ {
		h := &qs[hj]
		hs, _ := c.a.TokenRange(h.NumSpan)
		if hs < k {
			continue // a quantity inside the aside
		}
		if hs != k || h.Range || h.Ordinal || h.Year || h.Date || h.Fraction || h.Value <= q.Value || h.Unit != q.Unit {
			return quantity.Quantity{}, 0, false
		}
		if c.low(join) == "or" && (h.Approx == "" || h.Approx == quantity.UpTo) && c.low(k-1) != "to" {
			return quantity.Quantity{}, 0, false // "between 20 or 30": alternatives
		}
		_, he := c.a.TokenRange(h.Span)
		for n, w := range unit {
			if c.low(he+n) != w {
				return quantity.Quantity{}, 0, false // "between 40 protesters and 60 officers"
			}
		}
		r := *q
		r.Span = document.Span{Start: q.Span.Start, End: h.Span.End}
		r.HighSpan, r.Low, r.High, r.Range = h.NumSpan, q.Value, h.Value, true
		return r, hj, true
	}
	return quantity.Quantity{}, 0, false
}

// proportion turns a ratio of counts ("nine in 10", "one in 16", "three
// out of four") into the percentage it states: a poll's or a survey's
// figure, unlike a vague fraction ("a quarter", "half").
func (c *figureCtx) proportion(q *quantity.Quantity) (quantity.Quantity, bool) {
	if !q.Fraction || q.Range {
		return quantity.Quantity{}, false
	}
	s := c.ltext[q.NumSpan.Start:q.NumSpan.End]
	if !strings.Contains(s, " in ") && !strings.Contains(s, " out of ") {
		return quantity.Quantity{}, false
	}
	p := *q
	p.Fraction = false
	p.Value, p.Low, p.High = q.Value*100, q.Low*100, q.High*100
	p.Unit = "%"
	return p, true
}

// slashed reports a number glued by a slash to another number: "9/11", "24/7",
// a date or a code, never a count ("9/11-style attacks").
func (c *figureCtx) slashed(q *quantity.Quantity) bool {
	t, sp := c.text, q.NumSpan
	return sp.Start >= 2 && t[sp.Start-1] == '/' && isDigit(t[sp.Start-2]) ||
		sp.End+1 < len(t) && t[sp.End] == '/' && isDigit(t[sp.End+1])
}

// apposedAge reports a person's age set off by commas after the name:
// "Kayla Mueller, 26, had been killed", "Mr. Foley, 40, a freelance
// journalist". It describes the person, it counts nothing.
func (c *figureCtx) apposedAge(q *quantity.Quantity) bool {
	if q.Unit != "" || q.Approx != "" || q.Range || q.Value < 1 || q.Value > 120 || q.Value != float64(int(q.Value)) {
		return false
	}
	i, j := c.a.TokenRange(q.NumSpan)
	if i < 2 || c.low(i-1) != "," || !isDigit(c.text[q.NumSpan.Start]) {
		return false
	}
	switch c.low(j) {
	case ",", ".", ";", "(", ")", "": // "according to Ms Bethell, 29.", "Faye Bethell, 29 (pictured)"
	default:
		return false
	}
	p := c.a.Tokens[i-2]
	if p.Kind != segment.Word || p.Flags&segment.Cap == 0 {
		return false
	}
	e := c.entityAt(p.Start)
	return e == nil || e.Type == entity.Person
}

// agedRange reports the end of an age range: "girls aged from infancy to
// 65", "men aged between 18 and 30", "aged 15 to 19". Ages describe whom a
// count covers; they count nothing.
func (c *figureCtx) agedRange(q *quantity.Quantity) bool {
	i, _ := c.a.TokenRange(q.Span)
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch c.low(k) {
		case "aged", "ages", "age":
			return true
		case "from", "between", "to", "and", "infancy", "birth", "under", "over", "about", "around":
			continue
		}
		if c.a.Tokens[k].Kind != segment.Number && !c.quantityEndsAt(c.a.Tokens[k].End) {
			return false
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// modelNumber reports the number of a model designation: glued by a hyphen
// to a maker's code ("T-72", "F-16s", "Su-24") or standing after a maker's
// name that a count precedes ("seven Airbus 320s", "one Airbus 340", "two
// MiG 21s"). It names a type, it counts nothing.
func (c *figureCtx) modelNumber(q *quantity.Quantity) bool {
	t, sp := c.text, q.NumSpan
	if sp.Start >= 2 && t[sp.Start-1] == '-' && isLetter(t[sp.Start-2]) {
		i := sp.Start - 2
		for i > 0 && isLetter(t[i-1]) {
			i--
		}
		return sp.Start-1-i <= 4 && t[i] >= 'A' && t[i] <= 'Z' // a short code: "T-72", "Su-24", "CJR-900s"
	}
	i, j := c.a.TokenRange(sp)
	if i < 2 || c.a.Tokens[i-1].Kind != segment.Word || c.a.Tokens[i-1].Flags&segment.Cap == 0 {
		return false
	}
	p := c.a.Tokens[i-2]
	if p.Kind == segment.Number || c.quantityEndsAt(p.End) {
		return true
	}
	if w := c.low(j); w == "models" || w == "model" || w == "variants" || w == "variant" || w == "versions" || w == "series" {
		return true // "MiG 23 models"
	}
	// "MiG 21 or MiG 23": the same name before another number nearby.
	name := c.low(i - 1)
	for k := max(0, i-6); k < i-2; k++ {
		if c.low(k) == name && c.a.Tokens[k+1].Kind == segment.Number {
			return true
		}
	}
	return false
}

// calibre reports the bore of a weapon: "122-mm chemical rockets",
// "155-millimeter artillery shells", "120mm mortar rounds". Like the
// weight in "500-pound bomb" it names the weapon's type; it counts nothing.
func (c *figureCtx) calibre(q *quantity.Quantity) bool {
	_, j := c.a.TokenRange(q.NumSpan)
	k := j
	switch {
	case q.Unit == "mm" || q.Unit == "cm":
		_, k = c.a.TokenRange(q.Span)
	case q.Unit == "" && c.low(j) == "-":
		switch c.low(j + 1) {
		case "mm", "millimeter", "millimetre", "millimeters", "millimetres", "caliber", "calibre", "inch":
			k = j + 2
		default:
			return false
		}
	default:
		return false
	}
	for n := 0; n < 3 && k < len(c.a.Tokens); k, n = k+1, n+1 {
		if weaponNoun(c.low(k)) {
			return true
		}
		if c.a.Tokens[k].Kind != segment.Word || functionWord(c.low(k)) {
			return false
		}
	}
	return false
}

// weaponNoun reports guns and munitions named by their calibre.
func weaponNoun(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "rocket", "shell", "artillery", "mortar", "gun", "round", "howitzer", "cannon", "rifle", "pistol",
		"ammunition", "bullet", "missile", "machine-gun", "launcher", "grenade", "cartridge":
		return true
	}
	return false
}

// personHeight reports a person's height written "5-foot-10" or
// "6-foot-4-inches": a descriptor, like an age.
func (c *figureCtx) personHeight(q *quantity.Quantity) bool {
	if q.Unit != "ft" || q.UnitSpan.IsZero() {
		return false
	}
	t := c.text[q.UnitSpan.End:]
	return len(t) >= 2 && t[0] == '-' && isDigit(t[1])
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// labelNumber reports a number that labels rather than counts: "No. 1",
// "no. 7".
func (c *figureCtx) labelNumber(q *quantity.Quantity) bool {
	i, j := c.a.TokenRange(q.NumSpan)
	if i >= 2 && c.low(i-1) == "." && c.low(i-2) == "no" || c.low(i-1) == "no." {
		return true
	}
	if q.Approx != "" || q.Unit != "" || i < 1 || !isDigit(c.text[q.NumSpan.Start]) {
		return false
	}
	switch c.low(i - 1) {
	case "phase", "level", "stage", "category", "grade", "tier", "article", "section", "chapter", "channel",
		"resolution", "flight", "route", "highway", "gate", "platform", "terminal", "bunker":
		// "alert level 6", "from phase 5 to 6", "Channel 10", "Bunker 13":
		// a label on a scale or a name; not when it counts a noun after
		// it ("at this stage 40 people had fled").
		np := c.nounPhrase(j, len(c.a.Tokens))
		return np.head < 0 || !pluralNoun(c.low(np.head)) && !countNoun(c.low(np.head))
	}
	return false
}

// restated reports a definite number that names again a group the article
// has already counted: "the 11 police officers were rushed in" after "11
// Iraqi police officers were rushed to hospital", "the bodies of the
// eight" after "eight people were killed". It is the same figure again,
// not a new report (testdata/gold: anaphoric counts are not figures). A
// definite number seen for the first time ("the 219 girls still held")
// stays a figure.
func (c *figureCtx) restated(q *quantity.Quantity, prev []Figure) bool {
	if q.Range || q.Approx != "" || q.Unit != "" {
		return false
	}
	i, _ := c.a.TokenRange(q.NumSpan)
	if w := c.low(i - 1); w != "the" && w != "these" && w != "those" {
		return false
	}
	for k := len(prev) - 1; k >= 0; k-- {
		if p := prev[k]; p.Value != nil && *p.Value == q.Value && p.Span.End <= q.Span.Start {
			return true
		}
	}
	return false
}

// changeRange splits a range that is a change ("increased from 8 to 12",
// "rose from 5,000 to 12,000 barrels") into its two ends.
func (c *figureCtx) changeRange(q *quantity.Quantity) (from, to quantity.Quantity, ok bool) {
	if !q.Range || q.HighSpan.IsZero() {
		return from, to, false
	}
	i, _ := c.a.TokenRange(q.NumSpan)
	k := i - 1
	if c.low(k) != "from" && c.low(k) != "by" {
		return from, to, false // "by 22 to 530": an increment and the new total
	}
	changed := false
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if changeVerb(c.low(j)) {
			changed = true
			break
		}
	}
	if !changed {
		return from, to, false
	}
	from, to = *q, *q
	from.Range, to.Range = false, false
	from.Span, from.Value, from.Low, from.High = q.NumSpan, q.Low, q.Low, q.Low
	from.Unit, from.UnitSpan = "", document.Span{}
	to.Span = document.Span{Start: q.HighSpan.Start, End: q.Span.End}
	to.NumSpan, to.Value, to.Low, to.High, to.Approx = q.HighSpan, q.High, q.High, q.High, ""
	return from, to, true
}

// figure builds the figure for quantity q in sentence sent.
func (c *figureCtx) figure(q *quantity.Quantity, sent document.Span) (Figure, bool) {
	a := c.a
	_, qEnd := a.TokenRange(q.Span)
	qStart, _ := a.TokenRange(q.Span)
	sStart, sEnd := a.TokenRange(sent)

	f := Figure{Span: q.Span, Sentence: sent, Approx: document.Str(q.Approx)}
	if f.Approx == "" && !q.Range && !currencyUnit(q.Unit) {
		// "put the upper limit at 25,000", "at minimum of 12,000", "that
		// reasonable lower figure is 11,000": the text names the number a
		// bound, which the ledger must read as one.
		f.Approx = document.Str(c.namedBound(qStart, sStart))
	}
	f.Value = finite(q.Value)
	if q.Range {
		f.Low, f.High = finite(q.Low), finite(q.High)
	}
	if q.Approx == "estimated" {
		f.Basis = BasisEstimate
	}

	// What is counted, and whose: the noun phrase after the number, or
	// after "of the" in a part of a group ("25 of the insurgents").
	np := c.nounPhrase(qEnd, sEnd)
	if np.head < 0 && c.quotedNumber(qStart, qEnd) {
		// "'two or three' gunmen": a count quoted from a speaker still
		// counts the noun after the closing quote.
		np = c.nounPhrase(qEnd+1, sEnd)
	}
	if np.head < 0 && q.Unit == "" {
		if pnp, ok := c.partitive(q, qEnd, sEnd); ok {
			np = pnp
		}
	}
	if np.head < 0 && q.Unit == "" && c.hyphenAt(qEnd) && crewWord(c.low(qEnd+1)) {
		// "a four-man unit", "a 12-member team": the number counts the
		// people in it.
		np.head, np.end, np.people = qEnd+1, qEnd+2, true
		if w := c.low(np.end); np.end < sEnd && c.a.Tokens[np.end].Flags&segment.Cap == 0 && c.a.Tokens[np.end].Kind == segment.Word &&
			!functionWord(w) && !auxWord(w) && eventAfterWord(w) == "" {
			np.end++ // the group's noun: "unit", "team"; what happened to it comes after
		}
	}
	if np.head < 0 && q.Unit == "" && c.low(qEnd) == "others" && !(c.prev != nil && c.prev.Sentence == sent) {
		// "Eleven others were wounded" with no count before it to borrow
		// from: people.
		np.head, np.end, np.people = qEnd, qEnd+1, true
	}
	single := "" // the plural of a singular noun counted by "one"
	if np.head < 0 && q.Unit == "" && q.Value == 1 && !q.Range && q.Approx == "" {
		if h, pl := c.singularHead(qEnd, sEnd); h >= 0 {
			np.head, np.end, single = h, h+1, pl
		}
	}
	if q.Value == 1 && !q.Range && c.speakerOne(qStart, max(qEnd, np.end), sEnd) {
		return Figure{}, false // "one official told", "One security guard said": a determiner, not a count
	}
	var ellipsis *Figure // the figure whose counted noun this one leaves out
	switch {
	case q.Unit != "":
		f.Unit = document.Str(q.Unit)
		if np.head >= 0 && q.Unit != "%" {
			f.Span.End = a.Tokens[np.head].End
		}
	case np.model != "":
		f.Unit = document.Str(np.model)
		f.Span.End = a.Tokens[np.head].End
	case np.head >= 0:
		f.Unit = document.Str(unitOf(c.tokText(np.head)))
		if np.people {
			f.Unit = "people"
		}
		f.Span.End = a.Tokens[np.head].End
	default:
		// Ellipsis or "the number of X ... 3,000": borrow the counted
		// thing from "number of X" earlier in the sentence, or from the
		// previous figure in the same sentence.
		if c.modifiesNoun(qEnd, sEnd) {
			// "447 improvised camps", "its 9,000-strong mission": the
			// number belongs to a noun we do not count, not to an ellipsis.
		} else if u, h, loc, ok := c.numberOf(sStart, qStart); ok {
			f.Unit, f.Holder, f.Location = u, h, loc
		} else if w := c.low(qEnd + 1); c.low(qEnd) == "of" && (w == "them" || w == "those") && c.prev != nil &&
			(c.prev.Sentence == sent || c.sentenceBefore(c.prev.Sentence, sent)) && q.Value > 1 {
			// "surrounded 400 soldiers … the death of 300 of them": a part
			// of the group counted just before.
			f.Unit, f.Holder = c.prev.Unit, c.prev.Holder
		} else if !c.ellipsisEnd(qEnd, sEnd) {
			// "as of 08/10/2010": what follows is no ellipsis.
		} else if c.prev != nil && c.prev.Sentence == sent {
			f.Unit, f.Holder = c.prev.Unit, c.prev.Holder
			ellipsis = c.prev
		} else if c.prev != nil && c.mentionsTheNumber(sStart, qStart) {
			f.Unit, f.Holder, f.Location = c.prev.Unit, c.prev.Holder, c.prev.Location
		}
	}
	if np.holder != "" {
		f.Holder = document.Str(np.holder)
	}
	if f.Holder == "" && f.Unit != "" {
		f.Holder = document.Str(c.holderBefore(sStart, qStart))
	}

	// What it counts, and over what stretch.
	after := max(np.end, qEnd)
	cFrom, cTo := c.clause(qStart, after, sStart, sEnd)
	c.meaning(&f, q, np.head, np.end, qStart, qEnd, cFrom, cTo)
	if np.model != "" && f.Counted != "" {
		// The model is the counted kind: "F-16s", not "16s".
		f.Measure = document.Str(strings.Replace(string(f.Measure), string(f.Counted), np.model, 1))
		f.Counted = document.Str(np.model)
	}
	if single != "" {
		// "One guard was wounded", "one load missing": a single thing
		// counts when something happened to it; "one appearance" or
		// "one thing" alone is not a figure to compare.
		if f.Event == "" {
			return Figure{}, false
		}
		f.Unit = document.Str(single)
		if string(f.Counted) == c.low(np.head) {
			f.Counted = document.Str(single)
		}
		f.Measure = document.Str(strings.Replace(string(f.Measure), c.low(np.head), single, 1))
	}
	if ellipsis != nil && f.Event == "" {
		// "70,000 have fled to Lebanon and 40,000 to Jordan": the
		// left-out noun brings its event with it.
		f.Event, f.Counted, f.Measure = ellipsis.Event, ellipsis.Counted, ellipsis.Measure
	}
	if f.Unit == "" {
		// A bare number counts people only when the clause says what
		// happened to them ("the toll rose to 230,000", "37 had died");
		// otherwise it is not a figure we can place in the ledger.
		switch f.Event {
		case EventKilled, EventWounded, EventMissing, EventDetained, EventDisplaced, EventCases, EventPopulation:
			if c.modifiesNoun(qEnd, sEnd) || !c.ellipsisEnd(qEnd, sEnd) {
				return Figure{}, false // "the 7.0 magnitude quake"
			}
			if f.Event == EventPopulation && q.Value < 1000 {
				return Figure{}, false // "the population is under 30": an age, not a head count
			}
			if q.Value <= 120 && qStart > sStart && personNoun(c.low(qStart-1)) && ageBoundWord(c.low(qStart)) {
				return Figure{}, false // "people over 60 have also been infected": an age group
			}
			f.Unit = "people"
			if f.Event == EventCases {
				f.Unit, f.Counted = "cases", "cases" // "cases rose to 5,186"
			}
		default:
			return Figure{}, false
		}
	}

	// Where, and as of when.
	c.when(&f, sent, cFrom, cTo, sStart, sEnd)
	c.place(&f, np.holderCountry, after, qStart, cFrom, cTo, sStart, sEnd)

	// On whose authority.
	c.attribute(&f, sStart, sEnd)
	c.leaderPlace(&f, sStart, sEnd)

	// On what basis.
	if b := c.basis(&f, qStart, after, cFrom, cTo); b != "" {
		f.Basis = document.Str(b)
	}
	f.Text = f.Span.Of(c.text)
	return f, true
}

// singularHead reads the singular noun that "one" counts: "One guard was
// wounded", "one Canadian soldier", "one load missing". The noun is the
// last word before the phrase ends (a verb, a function word,
// punctuation). It returns the noun's token and its plural, or -1.
func (c *figureCtx) singularHead(i, limit int) (int, string) {
	for k := i; k < limit && k < i+4; k++ {
		t := c.a.Tokens[k]
		if t.Kind == segment.Punct && c.text[t.Start] == '-' && t.Flags&segment.SpaceBefore == 0 && k > i {
			continue // "one ex-soldier", "one U.S.-trained pilot"
		}
		if t.Kind != segment.Word {
			return -1, ""
		}
		w := c.lowTok(t)
		if functionWord(w) || auxWord(w) || durationNoun(w) || eventAfterWord(w) != "" && eventOfNoun(w) == "" || strings.HasSuffix(w, "ly") {
			return -1, ""
		}
		if t.Flags&segment.Cap != 0 {
			if e := c.entityAt(t.Start); e != nil && e.Type == entity.NORP {
				continue // "one Canadian soldier"
			}
			return -1, "" // "one Airbus 340", a name
		}
		if c.singularEnd(k+1, limit) {
			return k, pluralOf(w)
		}
	}
	return -1, ""
}

// singularEnd reports whether token k ends a noun phrase: the limit,
// punctuation other than a glued hyphen, or a word that cannot modify a
// noun (a function word, an auxiliary, a verb of what happened).
func (c *figureCtx) singularEnd(k, limit int) bool {
	if k >= limit {
		return true
	}
	t := c.a.Tokens[k]
	switch t.Kind {
	case segment.Word:
		w := c.lowTok(t)
		return functionWord(w) || auxWord(w) || eventAfterWord(w) != "" || stateWord(w) != "" || reportingVerb(w) || tellVerb(w)
	case segment.Punct:
		return !(c.text[t.Start] == '-' && t.Flags&segment.SpaceBefore == 0)
	}
	return true
}

// speakerOne reports a "one X" that picks out a speaker: the object of a
// reporting verb ("said one military officer") or its subject ("one
// official told", "One protester arrested on Tuesday told CNN", with no
// other finite verb between). It counts nothing.
func (c *figureCtx) speakerOne(qStart, k, limit int) bool {
	if sayVerb(c.low(qStart-1)) || tellVerb(c.low(qStart-1)) {
		return true
	}
	for j := k; j < limit && j < k+12; j++ {
		t := c.a.Tokens[j]
		if t.Kind != segment.Word && !(t.Kind == segment.Punct && c.text[t.Start] == '-' && t.Flags&segment.SpaceBefore == 0) {
			return false // "wounding one, police said": the speaker is not the one counted
		}
		w := c.lowTok(t)
		if speechVerb(w) {
			return true
		}
		switch w {
		case "was", "were", "is", "are", "has", "had", "have", "may", "might", "could", "would", "will", "did", "does", "and", "but":
			return false // "One guard was wounded, police said": the verb of its own clause comes first
		}
	}
	return false
}

// speechVerb reports verbs whose subject speaks.
func speechVerb(w string) bool {
	return sayVerb(w) || tellVerb(w) || w == "added" || w == "explained" || w == "recalled" || w == "described" || w == "wrote" ||
		w == "insisted" || w == "claimed" || w == "recounted" || w == "testified" || w == "disagreed" || w == "agreed"
}

// pluralOf gives the plural of a singular English noun for the counted
// field: "guard" → "guards", "policeman" → "policemen", "child" →
// "children".
func pluralOf(w string) string {
	switch {
	case w == "person":
		return "people"
	case w == "child":
		return "children"
	case strings.HasSuffix(w, "man"):
		return w[:len(w)-3] + "men"
	case strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// quotedNumber reports a number wrapped in its own quotation marks: an
// opening quote right before token qStart and a closing one at qEnd.
func (c *figureCtx) quotedNumber(qStart, qEnd int) bool {
	if qStart < 1 || qEnd >= len(c.a.Tokens) {
		return false
	}
	o, e := c.a.Tokens[qStart-1], c.a.Tokens[qEnd]
	return o.Kind == segment.Quote && o.Flags&segment.Open != 0 && e.Kind == segment.Quote && e.Flags&segment.Open == 0 &&
		e.Flags&segment.SpaceBefore == 0
}

type nounPhrase struct {
	head   int    // token index of the counted noun, or -1
	end    int    // token index just past the phrase
	holder string // a nationality, organization or place modifying the noun
	// holderCountry is the country of a nationality or country modifying
	// the noun ("Syrian refugees"), "" otherwise.
	holderCountry string
	// people is set when the head is a nationality in the plural
	// ("Australians"): it counts people.
	people bool
	// model is the model designation counted when no noun follows it
	// ("F-16s", "Airbus 340").
	model string
}

// vague reports plural number words without a number ("hundreds more",
// "thousands of people"): an order of magnitude, not a figure to compare.
func (c *figureCtx) vague(q *quantity.Quantity) bool {
	if q.Value == 1 && q.Approx != "" && strings.HasSuffix(c.ltext[q.Span.Start:q.Span.End], " or more") {
		return true // "one or more shells": at least one, no count
	}
	s := q.NumSpan.Of(c.text)
	if s == "" || strings.ContainsAny(s, "0123456789") {
		return false
	}
	if first, _, ok := strings.Cut(s, " "); ok && q.Value >= 2 && !strings.HasSuffix(first, "s") && strings.ToLower(first) != "several" {
		return false // "three hundreds of them": a count written with a plural scale word
	}
	return strings.HasSuffix(strings.ToLower(s), "s")
}

// rank reports a number that is no count: it picks the top of a list ("the
// 20 highest spenders", "the 10 largest corporations") or measures time
// ("eight more days").
func (c *figureCtx) rank(q *quantity.Quantity) bool {
	_, j := c.a.TokenRange(q.Span)
	w := c.low(j)
	if w == "more" || w == "additional" || w == "further" || w == "extra" || w == "full" || w == "long" {
		w = c.low(j + 1)
	}
	if durationNoun(w) {
		return true // "held for eight more days": a duration, not a count
	}
	if w == "most" || w == "top" || w == "leading" || w == "biggest" || w == "best" || w == "worst" {
		return true
	}
	if i, _ := c.a.TokenRange(q.NumSpan); c.low(i-1) == "top" {
		return true // "among the industry's top 10 spenders"
	}
	if abstractNoun(w) {
		return true // "in at least two ways": no quantity reported
	}
	return len(w) > 5 && strings.HasSuffix(w, "est") && !strings.HasSuffix(w, "west") && w != "interest" && w != "protest" && w != "arrest" &&
		w != "request" && w != "contest" && w != "forest" && w != "harvest" && w != "guest" && w != "suggest"
}

// abstractNoun reports nouns a number can count without reporting
// anything: ways, reasons. Not "sides": "surrounded on three sides"
// reports a siege.
func abstractNoun(w string) bool {
	switch w {
	case "ways", "reasons", "things", "respects", "aspects":
		return true
	}
	return false
}

// negated reports a number under negation ("we don't have one troop more",
// "not a single soldier"): a rhetorical figure, not a count.
func (c *figureCtx) negated(q *quantity.Quantity) bool {
	i, _ := c.a.TokenRange(q.Span)
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		// Typographic apostrophes are as common in news as straight ones.
		w := strings.ReplaceAll(c.low(k), "’", "'")
		switch w {
		case "not", "n't", "no", "never", "nor", "don't", "doesn't", "didn't", "haven't", "hasn't", "won't",
			"isn't", "aren't", "wasn't", "weren't", "can't", "cannot", "couldn't", "wouldn't", "without":
			return true
		}
		if c.a.Tokens[k].Kind == segment.Punct {
			return false
		}
	}
	return false
}

// nounPhrase reads the noun phrase that starts at token i: modifiers, then a
// counted noun. "1,000 US military forces" → head "forces", holder US.
func (c *figureCtx) nounPhrase(i, limit int) nounPhrase {
	a := c.a
	np := nounPhrase{head: -1, end: i}
	model := -1 // the last token of a model designation in the phrase
	// Hyphens, adverbs and a per-item measure do not use up the phrase's
	// words: "seven heavily armed suspected al-Shabab members".
	span := i + maxNP
	first := i // the first modifier after a per-item measure
	for k := i; k < limit && k < span; k++ {
		t := a.Tokens[k]
		if t.Kind == segment.Punct && c.text[t.Start] == '-' && t.Flags&segment.SpaceBefore == 0 {
			span = min(span+1, i+maxNP+4)
			continue // "U.S.-led", "Kurdish-led"
		}
		if t.Kind == segment.Number || t.Kind == segment.Word {
			if j := c.measureAdjectiveEnd(k); j > k {
				// "two one-ton chlorine tanks", "three 500-pound bombs": a
				// measure of each item; the count's noun comes after it.
				span = min(span+(j-k), i+maxNP+4)
				k, first = j-1, j
				continue
			}
		}
		if t.Kind == segment.Quote && t.Flags&segment.Open == 0 && k > i {
			continue
		}
		if t.Kind == segment.Number && k > i && c.modelAt(k) {
			// "30 T-72 tanks", "four F-16s", "seven Airbus 320s": the
			// model's number; a noun after it is the head, else the
			// model is what is counted.
			model = k
			continue
		}
		if t.Kind != segment.Word {
			break
		}
		if model >= 0 && k == model+1 && t.Flags&segment.SpaceBefore == 0 && c.lowTok(t) == "s" {
			model = k // "320s" split as "320" "s"
			continue
		}
		w := c.lowTok(t)
		if t.Flags&segment.Cap == 0 && (w == "and" || w == "or") && k > i && np.head < 0 && k+1 < limit &&
			(countNoun(c.low(k+1)) || pluralNoun(c.low(k+1)) || k+2 < limit && (countNoun(c.low(k+2)) || pluralNoun(c.low(k+2)))) {
			continue // "3,000 probable and confirmed cases", "14 passenger and cargo jetliners"
		}
		if functionWord(w) && !((w == "us" || w == "is") && t.Flags&segment.AllCaps != 0) { // "two IS fighters"
			break
		}
		if k == i && trailingAdverb(w) && (k+1 >= limit || a.Tokens[k+1].Kind != segment.Word || functionWord(c.low(k+1))) {
			break // "deaths rose to 40 overnight", "… to 40 again": no noun follows the number
		}
		if countNoun(w) {
			np.head = k
			np.end = k + 1
			// "service members", "security forces": keep the last noun;
			// "air force cadets", "police recruits": a singular noun
			// modifies the plural after it.
			// A participle after the noun is its verb, not a second noun:
			// "two gunmen killed three police" counts the gunmen.
			if k+1 < limit && a.Tokens[k+1].Kind == segment.Word && (countNoun(c.low(k+1)) && eventAfterWord(c.low(k+1)) == "" ||
				!strings.HasSuffix(w, "s") && a.Tokens[k+1].Flags&segment.Cap == 0 && pluralNoun(c.low(k+1)) && !functionWord(c.low(k+1)) && eventAfterWord(c.low(k+1)) == "") {
				continue
			}
			return np
		}
		if e := c.entityAt(t.Start); e != nil && e.Type == entity.NORP && strings.HasSuffix(w, "s") && !countNoun(c.low(k+1)) && !npModifier(c.low(k+1)) {
			// "100 Australians": people of a nationality.
			np.head, np.end, np.holderCountry = k, k+1, e.Country
			np.holder = holderName(e, c.text)
			np.people = true
			return np
		}
		if e := c.entityAt(t.Start); e != nil && (e.Type == entity.NORP || e.Type == entity.Org || e.Type == entity.Place) {
			if np.holder == "" {
				np.holder = holderName(e, c.text)
				if e.Type != entity.Org && !c.orgSeat(e) {
					np.holderCountry = e.Country
				}
			}
			continue
		}
		if t.Flags&segment.Cap == 0 && !functionWord(w) && !countNoun(w) && !npModifier(w) {
			if c.hyphenAt(k + 1) {
				continue // "two anti-Islamist militias", "40 well-armed men"
			}
			if k-2 >= i && c.hyphenAt(k-1) && a.Tokens[k-2].Kind == segment.Word && !pluralNoun(w) && k+1 < limit && a.Tokens[k+1].Kind != segment.Punct {
				continue // the second half of a compound: "2,500 sarin-filled rockets"
			}
			if len(w) > 4 && strings.HasSuffix(w, "ly") && k+1 < limit && a.Tokens[k+1].Kind == segment.Word && !functionWord(c.low(k+1)) {
				span = min(span+1, i+maxNP+4)
				continue // "heavily armed", "newly displaced"
			}
			if k < first+2 && !pluralNoun(w) && (c.low(k+1) == "and" || c.low(k+1) == "or") && k+3 < limit && a.Tokens[k+2].Kind == segment.Word &&
				!functionWord(c.low(k+2)) && (countNoun(c.low(k+3)) || pluralNoun(c.low(k+3))) {
				continue // "14 passenger and cargo jetliners"
			}
			if pluralNoun(w) && !(k+1 < limit && (countNoun(c.low(k+1)) || pluralNoun(c.low(k+1)))) {
				// Any plural noun is a counted thing: "420 pupils", "two
				// relief wells", "four underwater robots".
				np.head, np.end = k, k+1
				return np
			}
			if c.nounAhead(k+1, limit) || k+1 < limit && a.Tokens[k+1].Kind == segment.Word && !functionWord(c.low(k+1)) && c.nounAhead(k+2, limit) {
				continue // a noun modifying the counted noun: "two Libyan state-owned airline companies"
			}
			if (k < first+2 || c.low(k-1) == "and" || c.low(k-1) == "or") && k+1 < limit && (countNoun(c.low(k+1)) || pluralNoun(c.low(k+1)) || c.low(k+1) != "" && k+2 < limit && pluralNoun(c.low(k+2))) {
				continue // "400,000 manufacturing jobs", "two separate leaks"
			}
		}
		if t.Flags&segment.Cap != 0 || npModifier(w) {
			// An unknown capitalized modifier ("Veldmark peacekeepers") is
			// most often a nationality or organization.
			if np.holder == "" && t.Flags&segment.Cap != 0 && w != "ii" && !npModifier(w) {
				np.holder = t.Text(c.text)
			}
			continue
		}
		break
	}
	if np.head < 0 && model >= 0 {
		// "four F-16s", "one Airbus 340": the model is the thing counted.
		np.head, np.end, np.model = model, model+1, c.text[a.Tokens[i].Start:a.Tokens[model].End]
		np.holder, np.holderCountry = "", ""
	}
	if np.head < 0 {
		np.holder, np.holderCountry = "", ""
	}
	return np
}

// crewWord reports the second half of "four-man", "12-member",
// "three-woman": a group's size in people.
func crewWord(w string) bool {
	return w == "man" || w == "member" || w == "woman" || w == "person"
}

// nounAhead reports a lower-case counted noun at token j before limit
// ("depots", "crew"), not a participle that tells what happened
// ("killed", "dead").
func (c *figureCtx) nounAhead(j, limit int) bool {
	if j >= limit {
		return false
	}
	t := c.a.Tokens[j]
	w := c.low(j)
	return t.Kind == segment.Word && t.Flags&segment.Cap == 0 && (countNoun(w) && eventAfterWord(w) == "" || pluralNoun(w))
}

// measureAdjectiveEnd returns the token just past a quantity starting at
// token k whose unit is glued to it by a hyphen ("one-ton", "500-pound",
// "18-metre"), or -1: a measure written as an adjective of a noun.
func (c *figureCtx) measureAdjectiveEnd(k int) int {
	q := c.quantityStarting(c.a.Tokens[k].Start)
	if q == nil || q.Unit == "" || q.UnitSpan.IsZero() || q.UnitSpan.Start == 0 || c.text[q.UnitSpan.Start-1] != '-' && !c.calibre(q) {
		return -1 // a calibre needs no hyphen: "40 120mm mortar rounds"
	}
	_, end := c.a.TokenRange(q.Span)
	return end
}

// quantityStarting returns the quantity starting at byte pos, or nil.
func (c *figureCtx) quantityStarting(pos int) *quantity.Quantity {
	qs := c.a.Quantities
	i := sort.Search(len(qs), func(i int) bool { return qs[i].Span.Start >= pos })
	if i < len(qs) && qs[i].Span.Start == pos {
		return &qs[i]
	}
	return nil
}

// itemMeasure reports a measure adjective right after a count ("two
// one-ton chlorine tanks"): the count is the figure, the measure
// describes each item.
func (c *figureCtx) itemMeasure(q *quantity.Quantity) bool {
	if q.UnitSpan.IsZero() || q.UnitSpan.Start == 0 || c.text[q.UnitSpan.Start-1] != '-' {
		return false
	}
	i, _ := c.a.TokenRange(q.Span)
	if i < 1 {
		return false
	}
	p := c.a.Tokens[i-1]
	return p.Kind == segment.Number || c.quantityEndsAt(p.End) && c.quantityStarting(p.Start) != nil && c.quantityStarting(p.Start).Unit == ""
}

// modelAt reports a number token k that is part of a model designation:
// glued by a hyphen after a capitalized code ("T-72", "F-16") or right
// after a capitalized maker's name ("Airbus 320").
func (c *figureCtx) modelAt(k int) bool {
	t := c.a.Tokens[k]
	p := c.a.Tokens[k-1]
	if p.Kind == segment.Punct && c.text[p.Start] == '-' && t.Flags&segment.SpaceBefore == 0 && p.Flags&segment.SpaceBefore == 0 && k >= 2 {
		w := c.a.Tokens[k-2]
		return w.Kind == segment.Word && w.Flags&segment.Cap != 0 && w.End-w.Start <= 4
	}
	return p.Kind == segment.Word && p.Flags&segment.Cap != 0 && t.Flags&segment.SpaceBefore != 0
}

// partitive reads the group a number is a part of: "25 of the insurgents",
// "four of our members", "10 of them Chinese nationals", "300 out of 400
// soldiers" (the noun after the whole). "one of the" picks one out and is
// no count; "of them" with no noun after it is left to the ellipsis rules.
func (c *figureCtx) partitive(q *quantity.Quantity, qEnd, sEnd int) (nounPhrase, bool) {
	if q.Value == 1 || q.Range {
		return nounPhrase{}, false
	}
	k := qEnd
	if c.low(k) == "out" && c.low(k+1) == "of" {
		k++ // "300 out of 400 soldiers": the noun after the whole
		if k+1 < sEnd && c.a.Tokens[k+1].Kind == segment.Number {
			np := c.nounPhrase(k+2, sEnd)
			return np, np.head >= 0
		}
		return nounPhrase{}, false
	}
	if c.low(k) != "of" {
		return nounPhrase{}, false
	}
	switch c.low(k + 1) {
	case "the", "our", "their", "its", "his", "her", "these", "those", "my", "your", "them", "us":
	default:
		return nounPhrase{}, false
	}
	np := c.nounPhrase(k+2, sEnd)
	if np.head < 0 {
		// "two of the terror group's fighters": the noun after the
		// possessor.
		for j := k + 2; j < sEnd && j < k+6; j++ {
			if w := c.low(j); w == "'s" || w == "’s" {
				np = c.nounPhrase(j+1, sEnd)
				break
			}
			if c.a.Tokens[j].Kind != segment.Word {
				break
			}
		}
	}
	return np, np.head >= 0
}

// modifiesNoun reports a bare number followed by a noun it modifies ("7.0
// magnitude"): a measurement, not a count of people.
func (c *figureCtx) modifiesNoun(k, limit int) bool {
	if k >= limit {
		return false
	}
	t := c.a.Tokens[k]
	if t.Kind == segment.Punct && c.text[t.Start] == '-' && t.Flags&segment.SpaceBefore == 0 {
		return true // "7.0-magnitude"
	}
	if t.Kind != segment.Word || t.Flags&segment.Cap != 0 || c.inTime(document.Span{Start: t.Start, End: t.End}) {
		return false // "to 530 today", a run-on headline "infects 44 Welford school"
	}
	w := c.lowTok(t)
	return !functionWord(w) && !auxWord(w) && eventAfterWord(w) == "" && w != "people" && !trailingAdverb(w) &&
		w != "others" // "killed three people and wounded 13 others": the noun is left out
}

// trailingAdverb reports adverbs of time or manner that may follow a
// number whose noun is left out: "rose to 40 overnight", "40 again".
func trailingAdverb(w string) bool {
	switch w {
	case "overnight", "later", "again", "earlier", "already", "too", "instead", "altogether", "tonight",
		"recently", "meanwhile", "since", "ago", "alone", "apiece", "respectively":
		return true
	}
	return false
}

// ellipsisEnd reports what may follow a number whose counted noun is left
// out ("503 troops in Syria and 5,262 in Iraq"): a preposition, a
// conjunction, a clause's punctuation or the sentence's end.
func (c *figureCtx) ellipsisEnd(k, limit int) bool {
	if k >= limit {
		return true
	}
	t := c.a.Tokens[k]
	switch t.Kind {
	case segment.Word:
		switch c.lowTok(t) {
		case "in", "at", "on", "across", "inside", "from", "for", "and", "or", "were", "was", "are", "had", "have", "has", "to", "by", "with", "more", "others", "other", "today", "yesterday",
			"worldwide", "globally", "nationwide", "overall", "abroad", "now", "so", "last", "this", "each", "elsewhere",
			"after", "during", "following", "amid", "including",
			// a verb of the left-out noun: "15 were found, but 43 remained missing"
			"remain", "remained", "remains", "still", "reportedly", "allegedly", "may", "might", "could", "would", "will", "is", "be":
			return true
		}
		return trailingAdverb(c.lowTok(t)) || eventAfterWord(c.lowTok(t)) != ""
	case segment.Punct:
		switch c.text[t.Start] {
		case ',', '.', ';', ')', ':':
			return true
		case '-':
			return t.Flags&segment.SpaceBefore != 0 // "rise to 5,186 - the most in South America"
		}
	case segment.Quote:
		return true
	}
	return false
}

// numberOf looks for "the number of X" between tokens from and to, and
// returns X's counted noun, holder and location ("The number of ISIS
// fighters in Iraq and Syria is estimated … 3,000").
func (c *figureCtx) numberOf(from, to int) (unit, holder, loc document.Str, ok bool) {
	// The nearest before the figure: a run-on sentence (a live page's
	// lines run together) may hold several.
	for k := to - 3; k >= from; k-- {
		w := c.low(k)
		if (w != "number" && w != "numbers" && w != "count" && w != "total" && w != "tally" && w != "strength") || c.low(k+1) != "of" {
			continue
		}
		np := c.nounPhrase(k+2, to)
		if np.head < 0 {
			continue
		}
		unit = document.Str(unitOf(c.tokText(np.head)))
		holder = document.Str(np.holder)
		if l, _ := c.locationAfter(np.end, to); l != "" {
			loc = document.Str(l)
		}
		return unit, holder, loc, true
	}
	return "", "", "", false
}

// mentionsTheNumber reports "the number"/"the figure"/"the total" before
// the quantity: an anaphor for the previous figure's counted thing.
func (c *figureCtx) mentionsTheNumber(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if c.low(k) != "the" {
			continue
		}
		switch c.low(k + 1) {
		case "number", "figure", "total", "count", "tally":
			return true
		}
	}
	return false
}

// holderBefore finds the subject of a possession or deployment verb right
// before the number: "the U.S. has 503 troops".
func (c *figureCtx) holderBefore(from, to int) string {
	// Walk back over approximation words to the verb.
	k := to - 1
	for k >= from && k > to-6 {
		w := c.low(k)
		if holderVerb(w) {
			break
		}
		if c.a.Tokens[k].Kind != segment.Word {
			return ""
		}
		k--
	}
	if k < from || k <= to-6 {
		return ""
	}
	// The subject: the nearest entity before the verb within a few tokens.
	for j := k - 1; j >= from && j >= k-6; j-- {
		t := c.a.Tokens[j]
		if t.Kind == segment.Punct && c.text[t.Start] != '.' {
			break
		}
		switch c.lowTok(t) {
		case "that", "which", "who", "told", "said", "says", "tell", "tells":
			return "" // the subject is beyond a clause boundary
		}
		if e := c.entityAt(t.Start); e != nil && (e.Type == entity.NORP || e.Type == entity.Org || e.Type == entity.Place) {
			return holderName(e, c.text)
		}
		if t.Kind == segment.Word && t.Flags&(segment.AllCaps|segment.Acronym) != 0 {
			return t.Text(c.text)
		}
	}
	return ""
}

// locationAfter finds "in PLACE" after token i, within the clause.
func (c *figureCtx) locationAfter(i, limit int) (string, string) {
	a := c.a
	for k := i; k < limit; k++ {
		t := a.Tokens[k]
		if t.Kind == segment.Punct {
			ch := c.text[t.Start]
			if ch == ';' || ch == '.' || ch == ':' || ch == '(' {
				return "", ""
			}
			continue
		}
		if (t.Kind == segment.Number || c.quantityAt(t.Start)) && k > i {
			switch c.low(k - 1) {
			case "from", "of", "at", "in", "across", "between":
				continue // "80 deaths from two hospitals in Cairo": a phrase of this figure's
			}
			return "", "" // the next figure's territory: "eight in New York, seven in California"
		}
		if t.Kind != segment.Word {
			continue
		}
		w := c.lowTok(t)
		if w == "who" || w == "which" || w == "that" || w == "where" || w == "whose" || (sayVerb(w) || tellVerb(w)) && !c.contentFollows(k) || w == "according" {
			return "", "" // a relative or reporting clause speaks of something else; an attribution says where its speaker is
		}
		if !locPrep(w) && w != "off" || c.superlativeScope(k) {
			continue // "drowned off Libya"; not "the poorest nation in the Americas"
		}
		if loc, country, ok := c.placeAt(k+1, limit); ok {
			return loc, country
		}
	}
	return "", ""
}

// locationBefore finds "in PLACE" earlier in the sentence, before the number.
func (c *figureCtx) locationBefore(from, to int) (string, string) {
	for k := to - 2; k >= from; k-- {
		t := c.a.Tokens[k]
		if t.Kind != segment.Word || !locPrep(c.lowTok(t)) && c.lowTok(t) != "off" {
			continue
		}
		if c.originPhrase(k) || c.speakerPlace(k, document.Span{Start: c.a.Tokens[to-1].Start, End: c.a.Tokens[to-1].End}) || c.seatAfter(k) {
			continue // "planes came from a base in North Carolina and dropped 14,000 meals"; "our correspondent in Baghdad says"
		}
		if loc, country, ok := c.placeAt(k+1, to); ok {
			return loc, country
		}
	}
	return "", ""
}

// placeAt reads a place (or "X and Y") starting at token k, after at most two
// modifiers ("the", "eastern", "besieged"). "the country" refers back to the
// last country named before it.
func (c *figureCtx) placeAt(k, limit int) (string, string, bool) {
	a := c.a
	if w := c.low(k - 2); w == "based" || w == "headquartered" {
		return "", "", false // "the IRC, based in Grangemouth": a seat
	}
	for skip := 0; k < limit && skip < 4; skip++ {
		t := a.Tokens[k]
		if t.Kind != segment.Word {
			return "", "", false
		}
		if e := c.entityAt(t.Start); e != nil && e.Type == entity.Place {
			if c.orgSeat(e) || c.buildingAt(k, limit) || c.foreignAttacker(e) || c.borderSide(e) || e.Country == "" && c.notPlaceName(k) {
				return "", "", false // "London-based", "Misrata Hospital", "in US airstrikes", "near the Syria-Turkey border"
			}
			name, country := placeName(e, c.text), e.Country
			if country == "" {
				name = c.longForm(e) // "the Gulf" → "Gulf of Mexico"
			}
			country = c.apposedCountry(e, country, limit)
			end := e.Span.End
			// "Iraq and Syria"
			j, _ := a.TokenRange(document.Span{Start: end, End: end})
			if j+1 < limit && c.low(j) == "and" {
				if e2 := c.entityAt(a.Tokens[j+1].Start); e2 != nil && e2.Type == entity.Place {
					name = name + " and " + placeName(e2, c.text)
					if country != e2.Country {
						country = ""
					}
				}
			}
			return name, country, true
		}
		if e := c.entityAt(t.Start); e != nil && e.Type == entity.NORP && k+3 < limit && settlementNoun(c.low(k+1)) && c.low(k+2) == "of" {
			// "in the Syrian town of Maaloula": the nationality gives the
			// country of a town the gazetteer does not know
			loc, country, ok := c.placeAt(k+3, limit)
			if ok && country == "" {
				country = e.Country
			}
			return loc, country, ok
		}
		if e := c.entityAt(t.Start); e == nil && t.Flags&segment.Cap != 0 && k+1 < limit && directionWord(c.lowTok(t)) {
			if e2 := c.entityAt(a.Tokens[k+1].Start); e2 != nil && e2.Type == entity.Place {
				k++ // "in Eastern China's Shandong province"
				continue
			}
		}
		if e := c.entityAt(t.Start); e == nil && t.Flags&segment.Cap != 0 && !c.inTime(document.Span{Start: t.Start, End: t.End}) && !functionWord(c.lowTok(t)) &&
			!c.notPlaceName(k) {
			// A name after "in" that the entity layer could not type
			// ("stationed in Veldmark") is most often a place; its
			// country stays unknown rather than guessed.
			end := k + 1
			for end < limit && end < k+3 && a.Tokens[end].Kind == segment.Word && a.Tokens[end].Flags&segment.Cap != 0 && c.entityAt(a.Tokens[end].Start) == nil {
				end++
			}
			if c.buildingAt(k, limit) {
				return "", "", false // "Central Misrata Hospital" names a building
			}
			return c.text[t.Start:a.Tokens[end-1].End], "", true
		}
		w := c.lowTok(t)
		if k+2 < limit && t.Flags&segment.Cap == 0 && c.a.Tokens[k+1].Kind == segment.Punct && c.text[c.a.Tokens[k+1].Start] == '-' &&
			c.a.Tokens[k+1].Flags&segment.SpaceBefore == 0 && (placeAdjective("x-"+c.low(k+2)) || directionWord(w+"-"+c.low(k+2))) {
			k += 3 // "in rebel-held Idlib", "in war-torn Yemen"
			continue
		}
		if w == "the" && k+1 < limit {
			switch c.low(k + 1) {
			case "country", "area", "territory": // not "across the region": the countries around
				// "the country" is most often the one the article is about.
				if p := c.mainCountry(); p != "" {
					return p, p, true
				}
				if p := c.lastCountryBefore(t.Start); p != "" {
					return p, p, true
				}
				return "", "", false
			case "town", "city", "village":
				// "a doctor in the town": the town the story last named
				if n := c.low(k + 2); n != "of" && n != "hall" && n != "council" {
					return c.lastTownBefore(t.Start)
				}
			}
		}
		switch w {
		case "city", "town", "village", "province", "district", "governorate", "capital", "port", "region", "suburb", "neighbourhood", "neighborhood",
			"coast", "shores", "outskirts", "north", "south", "east", "west", "centre", "center", "heart", "border":
			// "the northern city of Aleppo", "off the coast of Libya"
			if k+2 < limit && c.low(k+1) == "of" {
				return c.placeAt(k+2, limit)
			}
			if w == "port" || w == "border" || w == "capital" {
				k++ // "the port city of Aden", "the border town of Rafah"
				continue
			}
		}
		if t.Flags&segment.Cap == 0 && (w == "the" || strings.HasSuffix(w, "ern") || strings.HasSuffix(w, "ed") || directionWord(w) || placeAdjective(w) ||
			settlementNoun(c.low(k+1)) && c.low(k+2) == "of") { // "the oil town of Brega"
			k++
			continue
		}
		return "", "", false
	}
	return "", "", false
}

// placeAdjective reports words that describe a place between a locative
// preposition and its name: "in neighbouring Chad", "in war-torn Yemen",
// "in rebel-held Idlib".
func placeAdjective(w string) bool {
	switch w {
	case "neighbouring", "neighboring", "nearby", "restive", "volatile", "remote", "lawless", "impoverished",
		"troubled", "embattled", "war-torn", "strife-torn", "conflict-hit", "quake-hit", "oil-rich", "mainly", "mostly",
		"predominantly", "largely":
		return true
	}
	return strings.HasSuffix(w, "-held") || strings.HasSuffix(w, "-controlled") || strings.HasSuffix(w, "-run") ||
		strings.HasSuffix(w, "-torn") || strings.HasSuffix(w, "-hit") || strings.HasSuffix(w, "-backed")
}

// buildingAt reports a run of capitalized words from token k that ends in a
// facility noun: a named building or institution, not a place.
func (c *figureCtx) buildingAt(k, limit int) bool {
	for j := k; j < limit && j < k+5; j++ {
		t := c.a.Tokens[j]
		if t.Kind != segment.Word || t.Flags&segment.Cap == 0 {
			return false
		}
		if facilityNoun(c.lowTok(t)) {
			return j > k
		}
	}
	return false
}

// lastCountryBefore returns the country of the last place named before pos.
func (c *figureCtx) lastCountryBefore(pos int) string {
	es := c.a.Entities
	i := sort.Search(len(es), func(i int) bool { return es[i].Span.Start >= pos })
	for j := i - 1; j >= 0 && j >= i-200; j-- {
		if es[j].Type == entity.Place && es[j].Country != "" && !c.orgSeat(&es[j]) {
			return es[j].Country
		}
	}
	return ""
}

// countryOf maps a location label back to a country when an entity with that
// name is known.
func (c *figureCtx) countryOf(loc string) string {
	c.placeIndex()
	return c.countries[loc]
}

// placeIndex builds, once per article, the maps from a place's name to its
// country and from a short name to its long form ("Gulf" → "Gulf of
// Mexico"), so that lookups per figure do not walk every entity.
func (c *figureCtx) placeIndex() {
	if c.countries != nil {
		return
	}
	c.countries, c.longNames = map[string]string{}, map[string]string{}
	for i := range c.a.Entities {
		e := &c.a.Entities[i]
		if e.Type != entity.Place {
			continue
		}
		name := e.Span.Of(c.text)
		for _, k := range [2]string{e.Norm, name} {
			if _, ok := c.countries[k]; k != "" && !ok {
				c.countries[k] = e.Country
			}
		}
		if first, _, ok := strings.Cut(name, " "); ok {
			if cur := c.longNames[first]; len(name) > len(cur) {
				c.longNames[first] = name
			}
		}
	}
}

// asOf returns the date a figure is stated for, read in its clause
// [cFrom, cTo): a time expression introduced by "as of", "as at", "by" or
// "at the end of", or a year/month right after the figure ("a peak of 8,000
// in 2022"). A weekday is when something was said, not what a count is as
// of, so it is not used here.
func (c *figureCtx) asOf(cFrom, cTo int, fig document.Span) string {
	floor := c.a.Tokens[cFrom].Start
	for _, t := range c.timesIn(cFrom, cTo) {
		if t.Value == "" || t.Type != "DATE" || !dateValue(t.Value) {
			continue
		}
		before := strings.TrimRight(c.ltext[max(floor, t.Span.Start-16):t.Span.Start], " ")
		if strings.HasSuffix(before, "as of") || strings.HasSuffix(before, "as at") || strings.HasSuffix(before, "end of") ||
			strings.HasSuffix(before, " by") || before == "by" {
			return t.Value
		}
		// "in 2022" directly after the figure.
		if t.Span.Start >= fig.End && t.Span.Start-fig.End <= 4 && strings.HasSuffix(before, " in") {
			return t.Value
		}
	}
	return ""
}

// scenarioBefore reports a figure its own noun phrase names a scenario: a
// worst case, a hypothetical or theoretical number ("the worst-case
// scenario figure of 100,000", "a theoretical maximum of 60,000", "the
// worst possible leak in the Gulf at 100,000").
func (c *figureCtx) scenarioBefore(qStart, cFrom int) bool {
	for k := qStart - 1; k >= cFrom && k >= qStart-8; k-- {
		switch c.low(k) {
		case "worst-case", "scenario", "scenarios", "hypothetical", "theoretical":
			return true
		case "case", "possible":
			if c.low(k-1) == "worst" || c.low(k-1) == "-" && c.low(k-2) == "worst" {
				return true
			}
		}
	}
	return false
}

// basis decides what kind of figure f is from evidence about the number
// itself, read in its own clause: a plan or projection must govern the
// number ("would keep 1,000 forces", "could reach 10,000"), a statistics
// or estimate word must stand with it. A plan mentioned elsewhere in the
// sentence says nothing about this number. [cFrom, cTo) is its clause.
func (c *figureCtx) basis(f *Figure, qStart, after, cFrom, cTo int) string {
	if b := c.governingModality(f, cFrom, qStart); b != "" {
		return b
	}
	hasWord := func(pred func(string) bool, from, to int) bool {
		for k := from; k < to; k++ {
			if c.a.Tokens[k].Kind == segment.Word && pred(c.low(k)) {
				return true
			}
		}
		return false
	}
	if f.Basis == BasisStats {
		return BasisStats
	}
	if c.plannedAfter(after, cTo) {
		// "to divert more than the 1,000 barrels a day now envisaged":
		// the figure is what is planned, not what was counted.
		return c.plannable(f)
	}
	if c.possibleAfter(after, cTo) {
		// "BP estimated that 100,000 barrels a day could, in theory,
		// flow": an estimate of what may happen is a projection.
		return BasisProjected
	}
	if c.scenarioBefore(qStart, cFrom) {
		// "the worst-case scenario figure of 100,000 barrels a day": what
		// could happen, named so, is a projection.
		return BasisProjected
	}
	// "…, the UN estimates", "he reckoned": the statement that carries the
	// number calls it an estimate; "plus or minus 20%" measures one.
	if st, _ := c.governing(f); st != nil {
		switch lower(string(st.Cue)) {
		case "estimates", "estimated", "estimate", "reckons", "reckoned", "reckon", "calculates", "calculated", "believes", "believe":
			return BasisEstimate
		}
	}
	for k := cFrom; k+1 < cTo; k++ {
		if w := c.low(k); w == "plus" && c.low(k+1) == "or" || w == "margin" && c.low(k+1) == "of" {
			return BasisEstimate
		}
	}
	// "…, the UN estimates." closing the sentence.
	if sEnd := c.a.SentenceAt(f.Span.Start); sEnd >= 0 {
		_, e := c.a.TokenRange(c.a.Sentences[sEnd])
		for k := qStart + 1; k < e; k++ {
			switch c.low(k) {
			case "estimates", "estimated", "reckons", "reckoned":
				// A verb after its subject ("the UN estimates", "officials
				// estimated"), not the noun ("the original estimates").
				if p := c.a.Tokens[k-1]; p.Kind == segment.Word && (c.text[p.Start] >= 'A' && c.text[p.Start] <= 'Z' || c.low(k-1) == "officials" ||
					c.low(k-1) == "experts" || c.low(k-1) == "agency" || c.low(k-1) == "group" || c.low(k-1) == "ministry" || c.low(k-1) == "government") {
					return BasisEstimate
				}
			}
		}
	}
	srcStats := false
	for src := string(f.Source); src != "" && !srcStats; {
		w, rest, _ := strings.Cut(src, " ")
		srcStats, src = statsWord(lower(w)), rest
	}
	// "the figure of 35,000", "the 5,000-barrel estimate", "the new
	// estimate of the size of the spill of 4.9m": the number is named an
	// estimate; "as many as 50,000-100,000": a range is one.
	estimateNoun := func(w string) bool {
		return w == "estimate" || w == "estimates" || w == "figure" && c.low(qStart-1) == "of"
	}
	ranged := f.Low != nil && f.High != nil && *f.Low != *f.High
	switch {
	case srcStats || hasWord(statsWord, cFrom, cTo):
		return BasisStats
	case f.Basis == BasisEstimate || hasWord(estimateWord, max(cFrom, qStart-4), qStart) ||
		hasWord(estimateNoun, max(cFrom, qStart-9), qStart) || hasWord(estimateNoun, after, min(cTo, after+2)) ||
		hasWord(func(w string) bool { return w == "estimated" || w == "believed" || w == "feared" || w == "thought" }, cFrom, cTo):
		return BasisEstimate
	case c.conditional(f.Sentence, qStart):
		return BasisProjected // "If the leak continues, 2m barrels will have gushed"
	case hasWord(func(w string) bool { return w == "claimed" || w == "claims" || w == "claim" }, cFrom, qStart):
		return BasisClaimed
	case hasWord(officialWord, cFrom, qStart) || c.confirmedAfter(qStart, after, cTo):
		return BasisOfficial
	case f.Source != "" && !f.Anonymous && c.isOfficialBody(string(f.Source)):
		return BasisOfficial // "the health ministry reported three people were killed"
	case ranged && f.Event != EventMoney:
		return BasisEstimate
	case f.Anonymous || hasWord(reportWord, cFrom, cTo):
		return BasisReported
	}
	switch f.SourceType {
	case SourceGovernment, SourceMilitary, SourceIntergovernmental, SourceCompany:
		return BasisOfficial // an authority's own count
	}
	// With no other evidence the number is what the article reports.
	return BasisReported
}

// confirmedAfter reports a number confirmed by the words after it: "109
// confirmed cases", "226 cases have been confirmed", "three crew tested
// positive".
func (c *figureCtx) confirmedAfter(qStart, after, cTo int) bool {
	for k := qStart + 1; k < cTo && k < after+5; k++ {
		switch c.low(k) {
		case "confirmed", "tested":
			return c.low(k) == "confirmed" || c.low(k+1) == "positive"
		case ",", ";", "and":
			if k >= after {
				return false
			}
		}
	}
	return false
}

// conditional reports a figure in a sentence that opens with "If": a
// hypothesis, not a count ("If the flow reaches 40,000 barrels, …").
func (c *figureCtx) conditional(sent document.Span, qStart int) bool {
	s, _ := c.a.TokenRange(sent)
	return s < qStart && (c.low(s) == "if" || c.low(s) == "unless")
}

// governingModality finds a plan or a projection that governs the number:
// the modal or plan verb stands before it with only the verb, fillers and
// the noun phrase's modifiers between.
func (c *figureCtx) governingModality(f *Figure, cFrom, qStart int) string {
	verb := ""
	for k, n := qStart-1, 0; k >= cFrom && n < 9; k, n = k-1, n+1 {
		t := c.a.Tokens[k]
		if t.Kind != segment.Word {
			if t.Kind == segment.Punct && c.text[t.Start] != '-' {
				return ""
			}
			continue
		}
		w := c.lowTok(t)
		switch {
		case projectionVerb(w) && verb == "":
			verb = "projection"
			continue
		case planVerb(w) && w != "will" && w != "would" && w != "expected" && w != "expects" && verb == "":
			verb = "plan"
			if strings.HasSuffix(w, "ing") && (c.low(k-1) == "is" || c.low(k-1) == "are") && (w == "sending" || w == "deploying" || w == "stationing") {
				// "The army is sending up to 3,500 soldiers": forces on
				// their way, announced, not yet counted where they go.
				return c.plannable(f)
			}
			if w == "plans" || w == "planned" || w == "planning" || w == "plan" || w == "pledged" || w == "pledges" ||
				w == "intends" || w == "intended" || w == "proposed" || w == "proposes" || w == "aims" || w == "targets" {
				return c.plannable(f)
			}
			continue
		}
		if verb == "" && (w == "either" || w == "figure" || w == "estimate" || w == "total") {
			continue // "could be fined either $5bn", "expected a figure of $4.8bn"
		}
		if verb == "" && strings.HasSuffix(w, "ed") && c.low(k-1) == "be" && k-2 >= cFrom && modalWord(c.low(k-2)) {
			verb = "projection" // "could be fined $5bn"
			continue
		}
		if verb == "" && (w == "expected" || w == "forecast" || w == "predicted") && c.low(k+1) != "to" {
			return BasisProjected // "analysts had expected a figure of $4.8bn"
		}
		if verb == "" && capacityVerb(w) && k-1 >= cFrom && (c.low(k-1) == "can" || c.low(k-1) == "could") {
			// "one ship which can carry up to 2,000 Marines": what it
			// could hold, not how many are there.
			return BasisProjected
		}
		if verb == "" && possibleVerb(w) && k-1 >= cFrom && possibleModal(c.low(k-1)) {
			// "could release a further 240,000 barrels", "might cost
			// $2bn": what may happen, not a count ("may have killed 300"
			// is an estimate, kept; "the pits might hold 43 students
			// missing" counts the missing).
			return BasisProjected
		}
		if verb == "" && !fillerWord(w) && w != "to" {
			return ""
		}
		switch w {
		case "will", "would", "shall", "plans", "plan", "planning", "intends", "intend", "wants", "aims", "pledged",
			"proposed", "agreed", "decided", "set", "going", "expected", "expects", "expect", "due", "ready", "prepared", "preparing":
			if verb == "projection" {
				return BasisProjected
			}
			return c.plannable(f)
		case "could", "may", "might", "likely", "projected", "forecast", "predicted", "predicts", "warned", "fear", "fears", "feared":
			if verb != "" {
				return BasisProjected
			}
		case "to", "be", "is", "are", "was", "were", "has", "have", "had", "been", "eventually", "soon", "further", "also", "now":
			continue
		case "number", "total", "toll", "death", "count", "figure":
			continue // "expect the number of cases to rise to 500"
		default:
			if verb != "" && countNoun(w) {
				continue
			}
			if !fillerWord(w) {
				return ""
			}
		}
	}
	return ""
}

// personNoun reports nouns of people that an age bound may follow
// ("people over 60", "those under 18").
func personNoun(w string) bool {
	switch w {
	case "people", "those", "anyone", "everyone", "persons", "adults", "children", "men", "women", "patients", "residents":
		return true
	}
	return false
}

// ageBoundWord reports the words of an age bound after a noun of people.
func ageBoundWord(w string) bool {
	return w == "over" || w == "under" || w == "above" || w == "below" || w == "aged"
}

// plannedAfter reports a figure whose noun phrase a participle of
// planning closes ("the 1,000 barrels a day now envisaged", "the 3,000
// troops planned for next year"), not a verb with an object ("the 3,000
// troops planned an attack").
func (c *figureCtx) plannedAfter(after, cTo int) bool {
	for k := after; k < cTo && k < after+6; k++ {
		switch w := c.low(k); w {
		case "a", "per", "day", "daily", "of", "oil", "now", "currently", "originally", "initially", "first", "being", "so", "far":
			continue
		case "envisaged", "envisioned", "planned", "targeted", "budgeted", "pledged", "promised", "intended", "proposed", "sought":
			if k+1 >= cTo || c.a.Tokens[k+1].Kind == segment.Punct {
				return true
			}
			switch c.low(k + 1) {
			case "by", "for", "in", "under", "at", "until", "from":
				return true
			}
			return false
		default:
			return false
		}
	}
	return false
}

// possibleAfter reports a figure that is the subject of a modal of mere
// possibility and a verb ("100,000 barrels of oil a day could, in theory,
// flow", "2,000 homes might flood"): what may happen. "may have been
// killed", "could be" (a hedged count of now) are not.
func (c *figureCtx) possibleAfter(after, cTo int) bool {
	k := after
	for ; k < cTo && k < after+6; k++ {
		w := c.low(k)
		if c.a.Tokens[k].Kind == segment.Word && possibleModal(w) {
			break
		}
		switch w {
		case "a", "per", "of", "oil", "day", "daily", "each", "every", "year", "week":
			continue
		}
		return false
	}
	if k >= cTo || k >= after+6 {
		return false
	}
	for k++; k < cTo; k++ {
		t := c.a.Tokens[k]
		w := c.low(k)
		if t.Kind != segment.Word || w == "in" || w == "theory" || w == "still" || w == "also" || w == "eventually" || strings.HasSuffix(w, "ly") {
			continue
		}
		return w != "have" && w != "be" && w != "not"
	}
	return false
}

// possibleVerb reports verbs of harm, loss or spill whose amount a modal
// makes a possibility ("could kill", "might cost", "may release").
func possibleVerb(w string) bool {
	switch w {
	case "kill", "claim", "cost", "release", "leak", "spill", "flow", "gush", "displace", "affect", "destroy", "lose", "infect", "injure":
		return true
	}
	return false
}

// capacityVerb reports verbs of holding that a "can" makes a capacity.
func capacityVerb(w string) bool {
	switch w {
	case "carry", "hold", "accommodate", "house", "seat", "transport":
		return true
	}
	return false
}

// possibleModal reports modals of mere possibility (not "will", "would":
// plans and forecasts, read below).
func possibleModal(w string) bool { return w == "could" || w == "may" || w == "might" }

// modalWord reports modals of possibility.
func modalWord(w string) bool {
	switch w {
	case "could", "may", "might", "would", "will", "can":
		return true
	}
	return false
}

// plannable gives BasisPlanned for figures a party can plan (forces, money,
// amounts, staff, goods); harm and disease are projected, never planned.
func (c *figureCtx) plannable(f *Figure) string {
	switch f.Event {
	case EventKilled, EventWounded, EventMissing, EventCases, EventDisplaced, EventInNeed:
		return BasisProjected
	}
	return BasisPlanned
}

// unitOf normalizes a counted noun: lower case except proper nouns such as
// "Marines".
func unitOf(w string) string {
	if w == "" {
		return ""
	}
	if w[0] >= 'A' && w[0] <= 'Z' && strings.ToLower(w[1:]) == w[1:] {
		switch strings.ToLower(w) {
		case "marines", "marine":
			return "Marines"
		}
		return strings.ToLower(w)
	}
	return strings.ToLower(w)
}

func holderName(e *entity.Entity, text string) string {
	if e.Type == entity.NORP && e.Country != "" {
		return e.Country
	}
	if e.Norm != "" {
		return e.Norm
	}
	return e.Span.Of(text)
}

// placeName is a place as written ("Baghouz"), except that an abbreviated
// country ("US", "U.S.", "UK") is given its canonical name.
func placeName(e *entity.Entity, text string) string {
	s := e.Span.Of(text)
	if e.Norm != "" && e.Norm == e.Country && (strings.EqualFold(s, e.Norm) || isAbbrev(s)) {
		return e.Norm
	}
	return s
}

func isAbbrev(s string) bool {
	if len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c == '.') {
			return false
		}
	}
	return true
}

// low returns token i's text with ASCII letters lowered, without
// allocating; "" out of range.
func (c *figureCtx) low(i int) string {
	if i < 0 || i >= len(c.a.Tokens) {
		return ""
	}
	t := c.a.Tokens[i]
	return c.ltext[t.Start:t.End]
}

// lowTok is low for a token value.
func (c *figureCtx) lowTok(t segment.Token) string { return c.ltext[t.Start:t.End] }

// asciiLower lowers ASCII letters only, so byte offsets stay valid. The
// text goes through a small stack buffer into the string's only copy
// ([]byte then string copied an article's text twice).
func asciiLower(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	var buf [512]byte
	for len(s) > 0 {
		n := copy(buf[:], s)
		lowerASCII(buf[:n])
		sb.Write(buf[:n])
		s = s[n:]
	}
	return sb.String()
}

func (c *figureCtx) tokText(i int) string {
	if i < 0 || i >= len(c.a.Tokens) {
		return ""
	}
	return c.a.Tokens[i].Text(c.text)
}

// quantityAt reports a quantity starting at byte pos.
func (c *figureCtx) quantityAt(pos int) bool {
	qs := c.a.Quantities
	i := sort.Search(len(qs), func(i int) bool { return qs[i].Span.Start >= pos })
	return i < len(qs) && qs[i].Span.Start == pos
}

// quantityEndsAt reports a quantity ending at byte pos.
func (c *figureCtx) quantityEndsAt(pos int) bool {
	qs := c.a.Quantities
	i := sort.Search(len(qs), func(i int) bool { return qs[i].Span.End >= pos })
	return i < len(qs) && qs[i].Span.End == pos
}

// entityAt returns the entity covering byte pos, or nil.
func (c *figureCtx) entityAt(pos int) *entity.Entity {
	es := c.a.Entities
	i := sort.Search(len(es), func(i int) bool { return es[i].Span.End > pos })
	if i < len(es) && es[i].Span.Start <= pos {
		return &es[i]
	}
	return nil
}

func (c *figureCtx) inTime(s document.Span) bool {
	ts := c.a.Times
	i := sort.Search(len(ts), func(i int) bool { return ts[i].Span.End > s.Start })
	return i < len(ts) && ts[i].Span.Start <= s.Start && ts[i].Span.End >= s.End
}

// inNamedEntity reports numbers that are part of a name ("Task Force 62").
func (c *figureCtx) inNamedEntity(s document.Span) bool {
	e := c.entityAt(s.Start)
	return e != nil && e.Span.Contains(s) && e.Type != entity.NORP
}

// skipZone reports positions in captions and site boilerplate.
func (c *figureCtx) skipZone(pos int) bool {
	return c.a.SkipFacts(document.Span{Start: pos, End: pos + 1})
}

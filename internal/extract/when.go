package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/annotate"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/annotate/timex"
	"github.com/claimtrack/claimtrack/internal/document"
)

// As of when a figure holds. A date written for the figure wins ("as of
// September 30", "by Tuesday", "killed on Friday", "the 1982 massacre");
// then the date of the statement that carries it ("the UN said in May that
// …"); then the publication date. AsOfBasis says which, so a reader can tell
// a stated date from an assumed one.

// when sets f.AsOf and f.AsOfBasis. [cFrom, cTo) is the figure's clause.
func (c *figureCtx) when(f *Figure, sent document.Span, cFrom, cTo, sStart, sEnd int) {
	if v := c.asOf(cFrom, cTo, f.Span); v != "" {
		f.AsOf, f.AsOfBasis = document.Str(v), BasisStated
		return
	}
	if c.pastMarked(cFrom, f.Span) {
		// "a peak of 30,000", "shrunk from 40,000 to 3,000": an earlier
		// state, undated; never the publication day's figure.
		f.AsOf, f.AsOfBasis, f.Recalled = "PAST_REF", BasisStated, true
		return
	}
	if c.recalled(cFrom, cTo, sStart, sEnd, f.Span) {
		// "the 5,000 barrels a day it initially estimated", "first they
		// said 1,000": replaced since; dated when the clause says when.
		f.Recalled = true
		if v := c.recallDate(cFrom, cTo, sStart, sEnd, f.Span); v != "" {
			f.AsOf, f.AsOfBasis = document.Str(v), BasisStated
			return
		}
		if c.pubString() != "" {
			// Undated: kept off the publication day. With no
			// publication date nothing would date it wrongly; the flag
			// says what it is.
			f.AsOf, f.AsOfBasis = "PAST_REF", BasisStated
			return
		}
	}
	if v := c.relativePast(cFrom, cTo, sStart, sEnd, f.Span); v != "" {
		// "A week ago, the WHO reported 229 cases."
		f.AsOf, f.AsOfBasis = document.Str(v), BasisStated
		return
	}
	if v := c.pastDecade(cFrom, cTo); v != "" {
		// "In the 1990s, 800,000 people were killed."
		f.AsOf, f.AsOfBasis = document.Str(v), BasisStated
		return
	}
	// A poll's results hold for the day it was taken or released: "the
	// poll was conducted by telephone yesterday".
	if pd := c.pollDate(); pd != "" && (f.Unit == "%" || f.Unit == "percent" || c.mentionsPoll(sStart, sEnd)) {
		f.AsOf, f.AsOfBasis, f.Basis = document.Str(pd), BasisStatement, BasisStats
		return
	}
	pub := c.a.Doc.Published
	pubs := c.pubString()
	_, qEnd := c.a.TokenRange(f.Span)
	// A past date before the figure is held while the clause goes on: a
	// later past date nearer the figure is the one of its event ("In 1997
	// radicals killed tourists in Luxor and struck again in 2005,
	// slaughtering 88 people": 2005).
	held := ""
	for _, t := range c.timesIn(cFrom, cTo) {
		if held != "" && t.Span.Start >= f.Span.Start {
			break
		}
		if t.Type != "DATE" || !dateValue(t.Value) || c.sinceTime(t, cFrom) || c.nearCue(t, sStart, sEnd) {
			continue
		}
		if i, _ := c.a.TokenRange(t.Span); i >= qEnd && (c.baselineBetween(qEnd, i) || c.relativeBetween(qEnd+1, i)) {
			// "412 cases, up from 390 on Monday": the day of the
			// earlier value; "died in the storm, which struck last
			// Tuesday": the day of the storm.
			continue
		}
		// A date in the figure's own clause: the day of an incident, a
		// period's month or year, or a past event ("the 1982 massacre").
		// For a running total the day an event began is not its as-of.
		if pubs != "" && t.Value[:4] > pubs[:4] || c.bareYear(t) {
			continue // a later year is a plan's horizon; "1410" opening a live-page line is a clock time
		}
		if laterThan(t.Value, pubs) {
			continue // a later month or day too: "schools closed until 7 June", "a march planned for 12 February"
		}
		// With no publication date (a text given bare) a dated clause
		// cannot be told from today's: its date is the best as-of there
		// is, as for a past figure ("In 2010 the floods forced 100
		// families from their homes").
		historical := pubs == "" || t.Value < pubs[:4]
		if held != "" && !historical {
			continue
		}
		if !historical && c.otherVerb(t, f.Span) {
			continue // "first emerged in April in Mexico, which has recorded 113 deaths"
		}
		if !historical && len(t.Value) == 10 && daysBefore(t.Value, pub) > 2 && !(weekdayName(t.Span.Of(c.ltext)) && daysBefore(t.Value, pub) < 7 && (!c.possessive(t) || harmEvent(string(f.Event)) && f.Event != EventCases)) {
			// "died in the earthquake on 12 January", a week later: the
			// day of the event, not the day the toll holds for.
			continue
		}
		if len(t.Value) == 10 && !historical {
			// "doctors reported 351 cases yesterday": a recent day in the
			// clause is the day the count holds for, whoever gave it.
			f.AsOf, f.AsOfBasis = document.Str(t.Value), BasisStated
			return
		}
		if historical && pubs != "" && t.Span.End <= f.Span.Start {
			held = t.Value
			continue
		}
		if historical || f.Scope == ScopeIncident || f.Scope == ScopePeriod || t.Prep == "on" && f.Scope == "" {
			f.AsOf, f.AsOfBasis = document.Str(t.Value), BasisStated
			return
		}
	}
	if held != "" {
		f.AsOf, f.AsOfBasis = document.Str(held), BasisStated
		return
	}
	// The date of the statement: "…, the ministry said on Monday".
	ownDate := false
	for _, t := range c.timesIn(sStart, sEnd) {
		if t.Type == "DATE" && dateValue(t.Value) && c.nearCue(t, sStart, sEnd) && !laterThan(t.Value, pubs) && !(c.otherVerb(t, f.Span) && c.relativeAfter(t, f.Span)) {
			// Not "first reported in March in Dalvia, which has
			// recorded 77 deaths": the report of the outbreak, and a
			// running total of the place the clause describes.
			f.AsOf, f.AsOfBasis = document.Str(t.Value), BasisStatement
			return
		}
		if i, _ := c.a.TokenRange(t.Span); c.baseline(i, sStart) {
			continue // "compared with the previous September" dates the earlier value, not this clause
		}
		ownDate = ownDate || t.Type == "DATE" && dateValue(t.Value) && t.Span.Start >= c.a.Tokens[cFrom].Start && t.Span.End <= c.a.Tokens[cTo-1].End
	}
	// The story's time: "Three people died in the clashes" after a lead
	// that says the protests were on Tuesday holds for Tuesday.
	if si := c.a.SentenceAt(sent.Start); si >= 0 && !ownDate {
		// Only what happened then: a running total ("have been killed",
		// "the toll stands at") holds for the day it is published.
		if st := c.narrative(si); st.date != "" && c.happened(cFrom, cTo, sStart, sEnd) {
			f.AsOf, f.AsOfBasis = document.Str(st.date), document.Str(st.basis)
			return
		}
	}
	if pubs != "" {
		f.AsOf, f.AsOfBasis = document.Str(pubs), BasisPublished
	}
}

// possessive reports a time that names an event ("Tuesday's earthquake",
// "Friday's planned protests") rather than dating a clause.
func (c *figureCtx) possessive(t timex.Expr) bool {
	_, j := c.a.TokenRange(t.Span)
	return c.low(j) == "'s" || c.low(j) == "’s"
}

// namesDay reports a lower-cased time of day that names its day: a
// weekday, "yesterday", "today".
func namesDay(s string) bool {
	return weekdayName(s) || strings.Contains(s, "yesterday") || strings.Contains(s, "today")
}

// weekdayName reports a lower-cased time expression that names a weekday:
// "on Wednesday" dates an incident of this past week, unlike "on 12
// January", the day a disaster began whose toll runs on.
func weekdayName(s string) bool {
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.Contains(s, d) {
			return true
		}
	}
	return false
}

// otherVerb reports a time that dates another verb than the figure's: the
// time stands before a perfect "has"/"have" that governs the figure ("the
// virus emerged in April and has spread to 74 countries"): a running total
// since, not the count of that month.
func (c *figureCtx) otherVerb(t timex.Expr, fig document.Span) bool {
	_, j := c.a.TokenRange(t.Span)
	q, _ := c.a.TokenRange(fig)
	if j >= q {
		return false
	}
	for k := j; k < q; k++ {
		switch c.low(k) {
		case "has", "have":
			return true
		}
	}
	return false
}

// bareYear reports a four-digit time expression with no preposition or
// determiner before it: most often a clock time ("1410 GMT" on a live page)
// read as a year.
func (c *figureCtx) bareYear(t timex.Expr) bool {
	s := t.Span.Of(c.text)
	if len(s) != 4 || !t.PrepSpan.IsZero() {
		return false
	}
	i, _ := c.a.TokenRange(t.Span)
	switch c.low(i - 1) {
	case "the", "of", "in", "since", "by", "during", "until", "'s", "’s", "a", "its", "their":
		return false
	}
	return true
}

// nearCue reports a time expression that dates a reporting verb of the
// sentence [sStart, sEnd): right after it ("said on Monday", "said in May
// that") or right before it ("on Monday said").
func (c *figureCtx) nearCue(t timex.Expr, sStart, sEnd int) bool {
	ti, tj := c.a.TokenRange(t.Span)
	start := ti
	if !t.PrepSpan.IsZero() {
		start, _ = c.a.TokenRange(t.PrepSpan)
	}
	for k := max(sStart, start-3); k < start; k++ {
		if reportingVerb(c.low(k)) {
			return true
		}
	}
	for k := tj; k < min(sEnd, tj+2); k++ {
		if reportingVerb(c.low(k)) {
			return true
		}
	}
	return false
}

// reportingVerb reports the verbs that date a statement.
func reportingVerb(w string) bool {
	switch w {
	case "said", "says", "told", "announced", "reported", "confirmed", "stated", "added", "estimated", "declared",
		"warned", "claimed", "insisted", "tweeted", "wrote", "explained", "acknowledged", "disclosed", "revealed",
		"released", "published", "updated", "revised", "raised", "lowered", "put", "briefed", "testified", "noted":
		return true
	}
	return false
}

// daysBefore returns how many days the TIMEX3 day v lies before pub, or 0
// when either is unknown.
func daysBefore(v string, pub document.Date) int {
	d, err := document.ParseDate(v)
	if err != nil || pub.IsZero() {
		return 0
	}
	return int(pub.Time().Sub(d.Time()).Hours() / 24)
}

// pastMarked reports a figure the clause puts in an undated past: "a peak of
// N", "once had N", "previously N", or the start of a change "from N to M".
func (c *figureCtx) pastMarked(cFrom int, fig document.Span) bool {
	i, j := c.a.TokenRange(fig)
	for k, n := i-1, 0; k >= cFrom && n < 4; k, n = k-1, n+1 {
		switch c.low(k) {
		case "peak", "once", "previously", "formerly", "originally", "initially":
			return true
		case "high":
			// "a high of 8,000", not "1.5m high and 1.2m in diameter".
			switch c.low(k - 1) {
			case "a", "the", "its", "their", "record", "all-time":
				return true
			}
		case "from":
			// "from N to M": N is the earlier state.
			for m := j; m < j+3 && m < len(c.a.Tokens); m++ {
				if c.low(m) == "to" {
					return true
				}
			}
		}
	}
	return false
}

// pubString is the publication date as YYYY-MM-DD, or "" when unknown,
// formatted once per article.
func (c *figureCtx) pubString() string {
	if !c.pubDone {
		c.pub, c.pubDone = c.a.Doc.Published.String(), true
	}
	return c.pub
}

// sinceTime reports a time that starts a running total: "since March", "since
// the uprising began in March 2011".
func (c *figureCtx) sinceTime(t timex.Expr, cFrom int) bool {
	if t.Prep == "since" {
		return true
	}
	i, _ := c.a.TokenRange(t.Span)
	for k := i - 1; k >= cFrom && k >= i-9; k-- {
		if c.low(k) == "since" {
			return true
		}
	}
	return false
}

// storyTime is the recent past day (or month) a run of sentences narrates:
// set by a sentence that dates an event ("protesters spilled into the
// streets on Tuesday", "sales dropped last month"), carried by the
// past-tense sentences after it, ended by a sentence in the present or one
// with another time ("now", "since 2000", "in 1989").
type storyTime struct {
	date, basis string
	hist        bool // a year before publication's: holds for the next sentence only
}

// storyCarry is how many sentences after the one that dates it a story
// time still holds; past that, only the lead's day does.
const storyCarry = 3

// narrative returns the story time in effect at sentence si; date is ""
// when it is the publication day or unknown. The lead's day (the first
// dated sentence among the article's first leadSentences) holds for every
// later sentence in the past tense: a wire story written on Tuesday about
// Tuesday and filed under Wednesday.
func (c *figureCtx) narrative(si int) storyTime {
	const leadSentences = 6
	if c.narr == nil {
		c.narr = make([]storyTime, len(c.a.Sentences))
		var cur, lead storyTime
		dist, leadDone := 0, false
		for i, s := range c.a.Sentences {
			from, to := c.a.TokenRange(s)
			st, set := c.sentenceTime(from, to)
			dist++
			if set {
				// The sentence dates itself: its clauses are read on
				// their own, the story's time starts again here.
				cur, dist = st, 0
				if !leadDone && i < leadSentences && len(st.date) == 10 && st.basis == BasisStated && daysBefore(st.date, c.a.Doc.Published) <= 2 {
					// Not "one week ago, Egyptians took to the
					// streets": a look back, not the story's day.
					lead = st
				}
				leadDone = true
				continue
			}
			switch c.tense(from, to) {
			case tensePresent:
				cur = storyTime{}
				continue
			case tenseNone:
				continue // no verb: a headline fragment keeps the story's time
			}
			if c.afterwards(from, to) {
				cur = storyTime{} // "was later revised": some time after, not the story's day
				continue
			}
			switch {
			case cur.hist:
				if dist == 1 {
					c.narr[i] = cur
				}
			case cur.date != "" && dist <= storyCarry && (len(cur.date) == 10 || !c.reports(from, to)):
				// A month carries to the figures that continue it ("Ford
				// fell 34.5 percent"), not to what someone said since.
				c.narr[i] = cur
			case lead.date != "":
				c.narr[i] = storyTime{date: lead.date, basis: lead.basis}
			}
		}
	}
	if si < 0 || si >= len(c.narr) {
		return storyTime{}
	}
	return c.narr[si]
}

// sentenceTime reads the time a sentence [from, to) sets for the story: a
// day one or two days before publication or a recent earlier month sets
// it; the publication day, a year, "now", "since …" or an older day ends
// it (set with an empty date). Clock times, durations, future days and
// possessive event names ("Tuesday's protests") say nothing.
func (c *figureCtx) sentenceTime(from, to int) (storyTime, bool) {
	pub := c.a.Doc.Published
	pubs := c.pubString()
	if pubs == "" {
		return storyTime{}, false
	}
	var st storyTime
	set := false
	for _, t := range c.timesIn(from, to) {
		if t.Type != "DATE" {
			continue
		}
		if t.Value == "PRESENT_REF" {
			st, set = storyTime{}, true
			continue
		}
		if !dateValue(t.Value) {
			continue
		}
		i, _ := c.a.TokenRange(t.Span)
		if c.possessive(t) {
			continue // "Tuesday's protests" names an event; it does not date the sentence
		}
		if c.baseline(i, from) {
			continue // "up from 26 on Wednesday": the date of the earlier value
		}
		if t.Value > pubs || len(t.Value) == 7 && t.Value > pubs[:7] {
			continue // a plan's day
		}
		st, set = storyTime{}, true
		if c.sinceTime(t, from) {
			continue
		}
		basis := BasisStated
		if c.nearCue(t, from, to) {
			basis = BasisStatement
		}
		switch {
		case t.Value[:4] < pubs[:4] && !c.bareYear(t) && c.tense(from, to) == tenseNone:
			// A heading "8 Feb 1843: Leeward Islands." over "At least
			// 5,000 people died": a past event's date, for the next
			// sentence. A past year in a sentence with a verb ("larger
			// than the 1979 spill") is a comparison: it only ends the
			// story's time.
			st = storyTime{date: t.Value, basis: BasisStated, hist: true}
		case t.Value[:4] < pubs[:4]:
		case len(t.Value) == 10:
			if d := daysBefore(t.Value, pub); d >= 1 && d <= 2 || d > 2 && d <= 62 && weeksAgo(t.Span.Of(c.ltext)) {
				// "yesterday"; "a week ago, the government announced …":
				// the day the text counts back to (a week's month did
				// before; "four days ago", "last Friday" end it as any
				// older day does).
				st = storyTime{date: t.Value, basis: basis}
			}
		case len(t.Value) == 7:
			if t.Value < pubs[:7] && daysBefore(t.Value+"-01", pub) <= 62 {
				st = storyTime{date: t.Value, basis: basis}
			}
		}
	}
	return st, set
}

// afterwards reports a sentence [from, to) set at an unknown time after
// the story's: "later", "subsequently", "overnight" (the night before the
// article, whatever the lead's day).
func (c *figureCtx) afterwards(from, to int) bool {
	for k := from; k < to; k++ {
		switch c.low(k) {
		case "later", "subsequently", "overnight", "since":
			return true
		}
	}
	return false
}

// reports reports a sentence [from, to) with a reporting verb.
func (c *figureCtx) reports(from, to int) bool {
	for k := from; k < to; k++ {
		if reportingVerb(c.low(k)) {
			return true
		}
	}
	return false
}

// baseline reports a time at token i that dates the earlier value of a
// comparison: "up from 26 on Wednesday", "compared with May".
func (c *figureCtx) baseline(i, from int) bool {
	for k := i - 1; k >= from && k >= i-5; k-- {
		switch c.low(k) {
		case "from", "than", "compared", "against", "versus":
			return true
		}
	}
	return false
}

// happened reports a figure's clause [cFrom, cTo) told in the past ("died",
// "were wounded", "had been hurt"), or with no verb of its own in a
// sentence [sStart, sEnd) told in the past ("2,000 in Ismailiya").
func (c *figureCtx) happened(cFrom, cTo, sStart, sEnd int) bool {
	switch c.tense(cFrom, cTo) {
	case tensePast:
		return true
	case tenseNone:
		return c.tense(sStart, sEnd) == tensePast
	}
	return false
}

// adverb reports the adverbs that stand between an auxiliary and its verb.
func adverb(w string) bool {
	switch w {
	case "also", "already", "just", "now", "since", "not", "never", "ever", "so", "far", "still", "been":
		return true
	}
	return strings.HasSuffix(w, "ly")
}

const (
	tenseNone = iota
	tensePast
	tensePresent
)

// tense reads the tense a sentence [from, to) narrates in. "Now", "so far",
// "to date" put it in the present whatever else it says ("were also
// diagnosed, taking the total so far to 184"); else a verb in the past
// ("was", "had", "said", a verb in -ed that is not a participle after
// "has", "is" or "been") makes it past; else "is", "has", "says" present.
func (c *figureCtx) tense(from, to int) int {
	past, present, perfect := false, false, false
	for k := from; k < to; k++ {
		t := c.a.Tokens[k]
		if t.Kind != segment.Word {
			continue
		}
		w := c.lowTok(t)
		switch w {
		case "now", "currently", "today":
			return tensePresent
		case "far", "date":
			if p := c.low(k - 1); w == "far" && p == "so" || w == "date" && p == "to" {
				return tensePresent
			}
		case "is", "are", "has", "have", "says", "say", "remains", "remain", "stands":
			present = true
			perfect = perfect || w == "has" || w == "have"
			continue
		}
		if past {
			continue
		}
		// A past form (checked first: most words are none) ...
		switch w {
		case "was", "were", "had", "did", "said", "told", "died", "fell", "rose", "saw", "took", "left", "came", "went",
			"gave", "made", "began", "grew", "met", "fled", "shot", "hit", "led", "held", "struck", "brought", "fought",
			"kept", "lost", "spent", "sent", "found", "got", "ran", "threw", "spoke", "wrote", "chose", "drove", "stood":
		default:
			if !(len(w) > 3 && strings.HasSuffix(w, "ed") && c.text[t.Start] >= 'a' && c.text[t.Start] <= 'z') {
				continue
			}
			if perfect && (c.low(k-1) == "and" || c.a.Tokens[k-1].Kind == segment.Number) {
				continue // "have been killed and 850 injured": the perfect's participle
			}
		}
		aux := func(p string) bool {
			switch p {
			case "has", "have", "'ve", "is", "are", "be", "been", "being", "'s", "’s", "-":
				return true
			}
			return false
		}
		// ... unless it is a participle: "has said", "have been killed",
		// "have also confirmed", "44%-owned".
		past = !(aux(c.low(k-1)) || aux(c.low(k-2)) && adverb(c.low(k-1)))
	}
	switch {
	case past:
		return tensePast
	case present:
		return tensePresent
	}
	return tenseNone
}

// calendarTimes returns the annotation with its dates in the calendar terms
// a figure's as_of is written in: a week ("last week", 2012-W09) becomes
// the month of its Thursday, and a month or day written without a year that
// a past reporting verb dates after publication ("the UN said in May",
// read in March) moves back a year. Other layers are shared, not copied.
func (c *figureCtx) calendarTimes() *annotate.Annotation {
	pubs := c.pubString()
	pubWeek := ""
	if !c.a.Doc.Published.IsZero() {
		y, w := c.a.Doc.Published.Time().ISOWeek()
		pubWeek = fmt.Sprintf("%04d-W%02d", y, w)
	}
	var out []timex.Expr
	for i, t := range c.a.Times {
		v := t.Value
		typ := t.Type
		if typ == "TIME" && len(v) > 10 && v[10] == 'T' && dateValue(v[:10]) && namesDay(t.Span.Of(c.ltext)) {
			// "early Tuesday morning", "2 p.m. ET Thursday": the day is
			// what a figure holds for.
			v, typ = v[:10], "DATE"
		}
		if typ != "DATE" {
			continue
		}
		if d := c.agoValue(t); d != "" && typ == "DATE" {
			v = d // "a week ago": the day, not the week's month
		} else if m := quarterMonth(v); m != "" && namesQuarter(t.Span.Of(c.ltext)) && hasYear(t.Span.Of(c.text)) {
			v = m // "the second quarter of 2010": results are dated by the quarter's last month
		} else if m := weekMonth(v); m != "" {
			if pubWeek == "" || v[:8] != pubWeek {
				v = m // "last week"; "this week" stays the publication's
			}
		} else if pubs != "" && (len(v) == 7 && v > pubs[:7] || len(v) == 10 && v > pubs) && !hasYear(t.Span.Of(c.text)) && c.saidBefore(t) {
			y, _ := strconv.Atoi(v[:4])
			v = strconv.Itoa(y-1) + v[4:]
		}
		if v == t.Value {
			continue
		}
		if out == nil {
			out = append([]timex.Expr(nil), c.a.Times...)
		}
		out[i].Value, out[i].Type = v, typ
	}
	if out == nil {
		return c.a
	}
	a := *c.a
	a.Times = out
	return &a
}

// weekMonth returns the month (YYYY-MM) of the Thursday of an ISO week value
// ("2012-W09", "2012-W09-WE"), or "".
func weekMonth(v string) string {
	if len(v) < 8 || v[4:6] != "-W" {
		return ""
	}
	y, err1 := strconv.Atoi(v[:4])
	w, err2 := strconv.Atoi(v[6:8])
	if err1 != nil || err2 != nil || w < 1 || w > 53 {
		return ""
	}
	// ISO week 1 holds January 4th; its Thursday is the week's.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	thu := jan4.AddDate(0, 0, 3-(int(jan4.Weekday())+6)%7+7*(w-1))
	return thu.Format("2006-01")
}

// hasYear reports a time expression that writes its year (four digits).
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// saidBefore reports a past reporting verb right before time t ("said in
// May", "announced on June 3").
func (c *figureCtx) saidBefore(t timex.Expr) bool {
	start, _ := c.a.TokenRange(t.Span)
	if !t.PrepSpan.IsZero() {
		start, _ = c.a.TokenRange(t.PrepSpan)
	}
	for k := max(0, start-2); k < start; k++ {
		if w := c.low(k); reportingVerb(w) && (w == "said" || w == "told" || w == "wrote" || strings.HasSuffix(w, "ed")) {
			return true
		}
	}
	return false
}

// pollDate returns the day or month the article's poll or survey was
// conducted or released, read in a sentence that names the poll, a verb
// of fielding or release and a date no later than publication; "" when
// the article has none.
func (c *figureCtx) pollDate() string {
	if c.pollDone {
		return c.poll
	}
	c.pollDone = true
	pubs := c.pubString()
	if pubs == "" {
		return ""
	}
	for _, s := range c.a.Sentences {
		from, to := c.a.TokenRange(s)
		if !c.mentionsPoll(from, to) {
			continue
		}
		fielded := false
		for k := from; k < to && !fielded; k++ {
			switch c.low(k) {
			case "conducted", "taken", "carried", "released", "published", "fielded", "done":
				fielded = true
			}
		}
		if !fielded {
			continue
		}
		for _, t := range c.timesIn(from, to) {
			if t.Type == "DATE" && dateValue(t.Value) && len(t.Value) >= 7 && t.Value <= pubs && !c.sinceTime(t, from) {
				c.poll = t.Value
				return c.poll
			}
		}
	}
	return ""
}

// mentionsPoll reports a sentence [from, to) that names a poll or survey
// or its respondents.
func (c *figureCtx) mentionsPoll(from, to int) bool {
	for k := from; k < to; k++ {
		switch c.low(k) {
		case "poll", "polls", "survey", "surveys", "respondents", "pollsters", "pollster":
			return true
		}
	}
	return false
}

// laterThan reports a TIMEX3 date with at least a month that falls after
// the publication date pubs, compared at the precision both share: a
// deadline or a plan, not a day a figure has held.
func laterThan(v, pubs string) bool {
	n := min(len(v), len(pubs))
	return n >= 7 && v[:n] > pubs[:n]
}

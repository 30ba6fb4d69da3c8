package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/annotate/timex"
	"github.com/claimtrack/claimtrack/internal/document"
)

// A figure whose time is not the article's now. News copy restates earlier
// figures beside current ones: a recap ("first they said 1,000 barrels,
// then 5,000, now 100,000"), a first estimate ("the 5,000 barrels a day it
// initially estimated", "up to now, BP had estimated the leak at 5,000"),
// a baseline ("up from its estimate last week of 20,000"), a count of a
// week ago ("a week ago, the WHO reported 229 cases"), a past decade ("in
// the 1990s"). Dated to the publication day they would stand on today's
// timeline against today's figures. recalled finds the earlier states;
// relativePast and pastDecade date the rest.

// recalled reports a figure its text gives as an earlier, replaced state.
// [cFrom, cTo) is the figure's clause, [sStart, sEnd) its sentence.
func (c *figureCtx) recalled(cFrom, cTo, sStart, sEnd int, fig document.Span) bool {
	q, e := c.a.TokenRange(fig)
	return c.recapBefore(cFrom, sStart, q) || c.recapAfter(q, e, cTo) || c.changedAfter(q, e, sEnd)
}

// recapBefore reads the words before the figure at token q: a past
// perfect of estimating ("had estimated the leak at 5,000", "had put the
// toll at"), a time that ends before now ("up to now", "until then"), an
// earlier estimate named as such ("the original estimate of 1,000",
// "initial estimates put the toll at"), a baseline ("up from … 20,000"),
// or a first statement in a sequence ("first they said it was 1,000, then
// they said it was 5,000") that the sentence has not yet brought to now.
func (c *figureCtx) recapBefore(cFrom, sStart, q int) bool {
	number := false // a number between: "up from nearly 9,000 on Friday and 17 deaths"
	for k, n := q-1, 0; k >= cFrom && n < 8; k, n = k-1, n+1 {
		number = number || c.a.Tokens[k].Kind == segment.Number
		switch w := c.low(k); w {
		case "now", "currently", "today", "latest", "new", "newest", "revised", "updated":
			if w == "now" && untilNow(c.low(k-1), c.low(k-2)) {
				// "up to now, the estimate was 5,000"; not "up till now
				// we have received 1,000" (so far: today's count).
				return c.pastFinite(k+1, q)
			}
			return false // "now we are up to 100,000": the current state
		case "had":
			// "Previous estimates had put the toll at …", "up to now, BP
			// had estimated …"; not "the WHO said 41 countries had
			// reported 11,034 cases", a perfect put in the past by the
			// reporting verb (today's count).
			if v := c.nextWord(k); estimatingVerb(v) && (v != "put" || c.low(q-1) == "at" || c.low(q-2) == "at") && !c.reportedBefore(sStart, k) {
				return true
			}
		case "then", "recently":
			if untilNow(c.low(k-1), c.low(k-2)) && c.pastFinite(k+1, q) {
				return true // "until then", "until recently"
			}
		case "up", "down":
			// "up from its estimate last week of 20,000", "down from 20":
			// the value a change started from.
			if c.low(k+1) == "from" && !number {
				return true
			}
		case "previous", "earlier", "original", "initial", "prior", "old", "first":
			if givenFigureNoun(c.low(k + 1)) {
				return true
			}
		}
	}
	if c.earlierEstimateThat(sStart, q) {
		return true
	}
	// A sequence: "first they said it was 1,000 barrels, then they said it
	// was 5,000 barrels, now we're up to 100,000".
	for k := q - 1; k >= sStart && k >= q-30; k-- {
		switch c.low(k) {
		case "now", "currently", "today":
			if untilNow(c.low(k-1), c.low(k-2)) {
				continue
			}
			return false
		case "first", "initially", "originally":
			if c.firstStatement(k) {
				return true
			}
			// "initially alleged 1,000 barrels, before upping the
			// estimate to 5,000": the sentence tells how the figure
			// was raised, a recap, unless it brings it to now.
			if c.thenChanged(k+1, q) {
				return true
			}
		case "at":
			if c.low(k+1) == "first" && c.firstStatement(k+1) {
				return true
			}
			// "At one point, the government claimed only 160,000 …": a
			// statement made once and left behind.
			if c.low(k+1) == "one" && c.low(k+2) == "point" && (c.saidBetween(k+3, q) || c.thenChanged(k+3, q)) {
				return true
			}
		}
	}
	return false
}

// earlierEstimateThat reports the figure at q inside the content of an
// earlier estimate named as such, however long the noun phrase that names
// it: "dwarfs the original estimate by the agency, based on the company's
// data, that the leak was just 1,000 barrels". Between the estimate and
// its "that" only the noun phrase's own words may stand (no verb of its
// own, no other number, no clause break); between "that" and the figure,
// no other number.
func (c *figureCtx) earlierEstimateThat(sStart, q int) bool {
	that := -1
	for k := q - 1; k >= sStart && k >= q-30; k-- {
		t := c.a.Tokens[k]
		if t.Kind == segment.Number {
			return false
		}
		if t.Kind == segment.Punct && c.text[t.Start] != ',' {
			return false
		}
		w := c.low(k)
		switch {
		case w == "that" && that < 0:
			that = k
		case that < 0:
		case givenFigureNoun(w) && earlierWord(c.low(k-1)):
			return true
		case auxWord(w) || reportingVerb(w) || w == "that" || w == "which" || w == "now":
			return false
		}
	}
	return false
}

// earlierWord: an adjective that names a figure given before another
// replaced it ("the original estimate").
func earlierWord(w string) bool {
	switch w {
	case "previous", "earlier", "original", "initial", "prior", "old", "first":
		return true
	}
	return false
}

// saidBetween reports a past verb of estimating among the tokens [from,
// q) before the figure at q, with no other number: "at one point, the
// federal government claimed only 160,000".
func (c *figureCtx) saidBetween(from, q int) bool {
	said := false
	for k := from; k < q; k++ {
		if c.a.Tokens[k].Kind == segment.Number {
			return false
		}
		switch w := c.low(k); w {
		case "say", "estimate", "report", "forecast", "put":
		default:
			said = said || estimatingVerb(w)
		}
	}
	return said
}

// thenChanged reports the figure at q as the next step of an episode the
// sentence tells in the past: after the last number before it, "then" and
// a past verb of changing a figure ("and then it upped the number to
// 795,000"), and nothing that brings it to now.
func (c *figureCtx) thenChanged(from, q int) bool {
	last := -1
	for k := from; k < q; k++ {
		if c.a.Tokens[k].Kind == segment.Number {
			last = k
		}
	}
	if last < 0 {
		return false
	}
	then, changed := false, false
	for k := last + 1; k < q; k++ {
		switch w := c.low(k); w {
		case "now", "currently", "today", "has", "have", "is", "are":
			return false
		case "then", "later", "before":
			then = true
		case "upped", "raised", "revised", "increased", "lowered", "reduced", "cut", "doubled",
			"upping", "raising", "revising", "increasing", "lowering", "reducing", "doubling":
			changed = changed || then
		}
	}
	return changed
}

// pastFinite reports a past finite verb ("was", "were", "had") among the
// tokens [from, to) and no present one.
func (c *figureCtx) pastFinite(from, to int) bool {
	past := false
	for k := from; k < to; k++ {
		switch c.low(k) {
		case "was", "were", "had":
			past = true
		case "is", "are", "has", "have", "'ve":
			return false
		}
	}
	return past
}

// reportedBefore reports a reporting verb among the tokens [from, to): the
// past perfect after it reports what was current then ("said it had
// recorded 24 detentions").
func (c *figureCtx) reportedBefore(from, to int) bool {
	for k := max(from, 0); k < to; k++ {
		if reportingVerb(c.low(k)) {
			return true
		}
	}
	return false
}

// changedAfter reports a figure [.., e) that a change verb after it moves to
// another value: "the official estimate of 5,000 barrels per day, a figure
// repeated by BP, increased last week to between 12,000 and 19,000". The
// change must be the figure's own: no other number and no "and" between.
func (c *figureCtx) changedAfter(q, e, sEnd int) bool {
	// The figure is a given figure: "the estimate of 5,000", "a flow
	// rate of 5,000", not the object of another verb ("an explosion that
	// destroyed eight homes …, rose to five").
	named := false
	for k := q - 1; k >= q-5 && k >= 0; k-- {
		if w := c.low(k); givenFigureNoun(w) || w == "rate" || w == "level" || w == "value" {
			named = c.low(k+1) == "of" || k == q-1
			break
		}
	}
	if !named {
		return false
	}
	for k := e; k < min(sEnd, e+12); k++ {
		t := c.a.Tokens[k]
		if t.Kind == segment.Number {
			return false
		}
		switch c.low(k) {
		case "and", ";", "but", "while", "which", "who", "that", "said", "says", "although", "though", "is", "are", "currently", "now":
			return false
		case "increased", "rose", "risen", "raised", "revised", "upped", "climbed", "jumped", "grew", "doubled", "tripled",
			"trebled", "rising", "upping", "lowered", "reduced", "fell", "dropped", "cut":
			for n := k + 1; n < min(sEnd, k+5); n++ {
				if c.low(n) == "to" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// untilNow reports the words before "now", "then" or "recently" (p1 the
// nearer) that make it the end of an earlier time: "until now", "up to
// now", "till then".
func untilNow(p1, p2 string) bool {
	return p1 == "until" || p1 == "till" || p1 == "to" && p2 == "up"
}

// firstStatement reports "first" (or "initially", "originally") at token k
// used of saying or estimating: "first they said", "it first estimated",
// "initially put the toll at". Not "was first reported" (the virus's first
// report, not a figure's) nor "the first 100 days".
func (c *figureCtx) firstStatement(k int) bool {
	switch c.low(k - 1) {
	case "was", "were", "is", "are", "been", "be", "the", "its", "their", "his", "her", "than", "as":
		return false // "worse than initially feared": a comparison
	}
	n := k + 1
	switch c.low(n) {
	case "they", "it", "he", "she", "we", "officials", "authorities":
		n++
	}
	return estimatingVerb(c.low(n))
}

// recapAfter reads the words after a definite figure [q, e): a relative
// clause that says the figure was first given and since replaced ("more
// oil than the 5,000 barrels a day it initially estimated", "the 1,000
// barrels a day it had first put forward").
func (c *figureCtx) recapAfter(q, e, cTo int) bool {
	definite := false
	for k := q - 1; k >= q-2 && k >= 0; k-- {
		switch c.low(k) {
		case "the", "its", "their", "his", "her":
			definite = true
		}
	}
	if !definite {
		return false
	}
	for k := e; k < min(cTo, e+8); k++ {
		switch c.low(k) {
		case "first", "initially", "originally", "previously", "once":
			if estimatingVerb(c.nextWord(k)) {
				return true
			}
		case "had":
			if estimatingVerb(c.nextWord(k)) && !c.reportedBefore(q-4, q) {
				return true
			}
		case "now", "currently", "is", "are", "has", "have":
			return false
		}
	}
	return false
}

// nextWord returns the first word after token k that is not an adverb
// ("had first estimated", "had previously put").
func (c *figureCtx) nextWord(k int) string {
	for n := k + 1; n < k+4; n++ {
		switch w := c.low(n); w {
		case "first", "initially", "originally", "previously", "earlier", "once", "also", "only", "repeatedly":
			continue
		default:
			return w
		}
	}
	return ""
}

// estimatingVerb reports a verb that gives a figure: saying, estimating,
// putting a toll at.
func estimatingVerb(w string) bool {
	switch w {
	case "said", "say", "estimated", "estimate", "put", "reported", "report", "forecast", "predicted", "projected",
		"insisted", "claimed", "calculated", "thought", "believed", "suggested", "cited", "quoted", "stated",
		"announced", "told", "reckoned", "feared", "assessed":
		return true
	}
	return false
}

// givenFigureNoun reports a noun that names a figure given out: "the previous
// estimate", "earlier figures", "the original toll".
func givenFigureNoun(w string) bool {
	switch w {
	case "estimate", "estimates", "figure", "figures", "toll", "count", "tally", "forecast", "forecasts",
		"projection", "projections", "assessment", "assessments", "guess", "reports", "report", "numbers", "number":
		return true
	}
	return false
}

// recallDate returns the past date a recalled figure's clause [cFrom, cTo)
// gives it before the figure ("up from its estimate last week of 20,000"),
// or "". A time by a reporting verb dates the statement that recalls it.
func (c *figureCtx) recallDate(cFrom, cTo, sStart, sEnd int, fig document.Span) string {
	pubs := c.pubString()
	before := ""
	for _, t := range c.timesIn(cFrom, cTo) {
		if t.Type != "DATE" || !dateValue(t.Value) || c.sinceTime(t, cFrom) || c.possessive(t) || c.nearCue(t, sStart, sEnd) {
			continue
		}
		if pubs != "" && (laterThan(t.Value, pubs) || t.Value == pubs) {
			continue
		}
		if t.Span.Start >= fig.End {
			// Right after it: "up from 26 on Wednesday", "$2.4bn a
			// year ago".
			if i, _ := c.a.TokenRange(t.Span); i-c.endTok(fig) <= 2 {
				return t.Value
			}
			continue
		}
		if before == "" && (pubs == "" || t.Value != pubs[:4]) {
			// "up from its estimate last week of 20,000", "on Thursday, a
			// spokesman had said 5,000"; not the year of publication
			// ("in the first three months of 2010, up from $2.4bn").
			before = t.Value
		}
	}
	return before
}

// relativePast returns the date of a figure told in the simple past with a
// time that counts back from publication in its own clause [cFrom, cTo):
// "a week ago, the WHO reported 229 cases", "last month, BP was estimating
// the leak at 5,000 barrels a day", "officials counted 45 deaths earlier
// this month". A running total ("have died since last week") and a time of
// another event ("after last week's explosion") are not dated so; a time
// right by a reporting verb is the statement's and is read there.
func (c *figureCtx) relativePast(cFrom, cTo, sStart, sEnd int, fig document.Span) string {
	pubs := c.pubString()
	if pubs == "" {
		return ""
	}
	tense := c.tense(cFrom, cTo)
	if q, _ := c.a.TokenRange(fig); tense == tensePresent || c.baseline(q, cFrom) {
		return "" // "compared with $4.98bn a year ago": the baseline's time is its own
	}
	best, dist := "", 0
	for _, t := range c.timesIn(cFrom, cTo) {
		if t.Type != "DATE" || !dateValue(t.Value) {
			continue
		}
		// "a week ago", "last month" count back whatever the verb ("put");
		// an earlier month of this year dates a clause in the past
		// ("in early May the rate cited was 1,000 barrels a day").
		if !countsBack(t.Span.Of(c.ltext)) && !(tense == tensePast && len(t.Value) == 7 && t.Value[:4] == pubs[:4] && t.Value < pubs[:7]) {
			continue
		}
		if c.sinceTime(t, cFrom) || c.possessive(t) || c.nearCue(t, sStart, sEnd) {
			continue
		}
		i, _ := c.a.TokenRange(t.Span)
		if c.baseline(i, cFrom) || laterThan(t.Value, pubs) || t.Value == pubs || c.otherVerb(t, fig) || c.subordinate(fig, i) ||
			i >= c.endTok(fig) && c.baselineBetween(c.endTok(fig), i) {
			continue
		}
		// The nearest to the figure: "in late July BP set aside $32.2bn
		// …, a record loss of $17bn for the second quarter".
		d := t.Span.Start - fig.End
		if t.Span.End <= fig.Start {
			d = fig.Start - t.Span.End
		}
		if best == "" || d < dist {
			best, dist = t.Value, d
		}
	}
	return best
}

// namesQuarter reports a lower-cased time expression that says which
// quarter: "the third quarter of 2010", "Q2"; not "the quarter", whose
// value is a guess. (calendarTimes also wants the year written: "the
// fourth quarter" alone may be this year's or next.)
func namesQuarter(s string) bool {
	for _, w := range []string{"first", "second", "third", "fourth", "q1", "q2", "q3", "q4"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// quarterMonth returns the last month (YYYY-MM) of a TIMEX3 quarter
// ("2010-Q2" → "2010-06"), or "".
func quarterMonth(v string) string {
	if len(v) != 7 || v[4:6] != "-Q" || v[6] < '1' || v[6] > '4' {
		return ""
	}
	if _, err := strconv.Atoi(v[:4]); err != nil {
		return ""
	}
	return v[:4] + "-" + fmt.Sprintf("%02d", 3*int(v[6]-'0'))
}

// subordinate reports a time at token i after the figure that a
// subordinate clause between them holds: "the disaster, which struck last
// Tuesday", "lower than before the rig exploded in April", "what we
// started calling in late May".
func (c *figureCtx) subordinate(fig document.Span, i int) bool {
	for k := c.endTok(fig); k < i; k++ {
		switch c.low(k) {
		case "which", "who", "that", "when", "what", "where", "before", "after", "since", "until", "as", "because", "following":
			return true
		}
		// A participle of its own: "the cap installed last week".
		if w := c.low(k); len(w) > 4 && strings.HasSuffix(w, "ed") && c.a.Tokens[k].Kind == segment.Word {
			return true
		}
	}
	return false
}

// baselineBetween reports a word of comparison among the tokens [from,
// to): what follows is the earlier value ("$5bn, compared with $2.9bn for
// the second quarter of 2009").
func (c *figureCtx) baselineBetween(from, to int) bool {
	for k := from; k < to; k++ {
		switch c.low(k) {
		case "compared", "versus":
			return true
		case "than":
			switch c.low(k - 1) {
			case "more", "less", "fewer", "rather", "other":
				// "more than half the tax paid last year": a quantity
			default:
				return true
			}
		case "from":
			switch c.low(k - 1) {
			case "up", "down":
				return true // not "pulled alive from the rubble on Friday"
			}
		}
	}
	return false
}

// relativeBetween reports a relative pronoun among the tokens [from, to):
// what follows it is said of a noun, not of the figure.
func (c *figureCtx) relativeBetween(from, to int) bool {
	for k := from; k < to; k++ {
		switch c.low(k) {
		case "which", "who":
			return true
		}
	}
	return false
}

// relativeAfter reports a relative pronoun between time t and the figure
// after it.
func (c *figureCtx) relativeAfter(t timex.Expr, fig document.Span) bool {
	_, j := c.a.TokenRange(t.Span)
	q, _ := c.a.TokenRange(fig)
	return c.relativeBetween(j, q)
}

// endTok is the index of the first token after span s.
func (c *figureCtx) endTok(s document.Span) int {
	_, j := c.a.TokenRange(s)
	return j
}

// countsBack reports a lower-cased time expression that counts back from
// the day it is written: "a week ago", "last month", "earlier this week",
// "the previous day".
func countsBack(s string) bool {
	return strings.HasSuffix(s, " ago") || strings.HasPrefix(s, "last ") || strings.HasPrefix(s, "earlier this ") ||
		strings.HasPrefix(s, "the previous ") || strings.HasPrefix(s, "the week before") || strings.HasPrefix(s, "the day before")
}

// weeksAgo reports a lower-cased "a week ago", "two weeks ago".
func weeksAgo(s string) bool {
	return strings.HasSuffix(s, " weeks ago") || strings.HasSuffix(s, " week ago")
}

// agoDay returns the day a lower-cased "N days ago" or "N weeks ago" names,
// counted back from the publication day pub, or "". A week's value would
// otherwise stand for its month.
func agoDay(s string, pub document.Date) string {
	if pub.IsZero() || !strings.HasSuffix(s, " ago") {
		return ""
	}
	f := strings.Fields(strings.TrimSuffix(s, " ago"))
	if len(f) != 2 {
		return ""
	}
	n := 0
	switch f[0] {
	case "a", "one":
		n = 1
	default:
		if v, ok := smallNumber[f[0]]; ok {
			n = v
		} else if v, err := strconv.Atoi(f[0]); err == nil && v > 0 && v < 60 {
			n = v
		}
	}
	days := 0
	switch f[1] {
	case "day", "days":
		days = n
	case "week", "weeks":
		days = 7 * n
	}
	if n == 0 || days == 0 {
		return ""
	}
	return pub.Time().AddDate(0, 0, -days).Format("2006-01-02")
}

var smallNumber = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// pastDecade returns the decade ("199" for the 1990s, "200" for "a decade
// ago") a figure's clause [cFrom, cTo) dates it to, before the decade of
// publication; "" when there is none. Not a start ("since the 1990s") nor
// a comparison ("than in the 1990s").
func (c *figureCtx) pastDecade(cFrom, cTo int) string {
	pubs := c.pubString()
	if pubs == "" {
		return ""
	}
	for _, t := range c.timesIn(cFrom, cTo) {
		if t.Type != "DATE" || !decadeValue(t.Value) || t.Value >= pubs[:3] {
			continue
		}
		if i, _ := c.a.TokenRange(t.Span); c.sinceTime(t, cFrom) || c.baseline(i, cFrom) {
			continue
		}
		return t.Value
	}
	return ""
}

// decadeValue reports a TIMEX3 decade: three digits.
func decadeValue(v string) bool {
	return len(v) == 3 && v[0] >= '0' && v[0] <= '9' && v[1] >= '0' && v[1] <= '9' && v[2] >= '0' && v[2] <= '9'
}

// agoTimes is used by calendarTimes: the value a counted-back day takes.
func (c *figureCtx) agoValue(t timex.Expr) string {
	return agoDay(t.Span.Of(c.ltext), c.a.Doc.Published)
}

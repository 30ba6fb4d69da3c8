package extract

import (
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
		f.AsOf, f.AsOfBasis = "PAST_REF", BasisStated
		return
	}
	pub := c.a.Doc.Published
	pubs := c.pubString()
	for _, t := range c.timesIn(cFrom, cTo) {
		if t.Type != "DATE" || !dateValue(t.Value) || c.sinceTime(t, cFrom) || c.nearCue(t, sStart, sEnd) {
			continue
		}
		// A date in the figure's own clause: the day of an incident, a
		// period's month or year, or a past event ("the 1982 massacre").
		// For a running total the day an event began is not its as-of.
		if pubs != "" && t.Value[:4] > pubs[:4] || c.bareYear(t) {
			continue // a later year is a plan's horizon; "1410" opening a live-page line is a clock time
		}
		historical := pubs != "" && t.Value < pubs[:4]
		if !historical && len(t.Value) == 10 && daysBefore(t.Value, pub) > 2 {
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
		if historical || f.Scope == ScopeIncident || f.Scope == ScopePeriod || t.Prep == "on" && f.Scope == "" {
			f.AsOf, f.AsOfBasis = document.Str(t.Value), BasisStated
			return
		}
	}
	// The date of the statement: "…, the ministry said on Monday".
	for _, t := range c.timesIn(sStart, sEnd) {
		if t.Type == "DATE" && dateValue(t.Value) && c.nearCue(t, sStart, sEnd) {
			f.AsOf, f.AsOfBasis = document.Str(t.Value), BasisStatement
			return
		}
	}
	if pubs != "" {
		f.AsOf, f.AsOfBasis = document.Str(pubs), BasisPublished
	}
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
		case "peak", "once", "previously", "formerly", "originally", "initially", "high":
			return true
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
	for k := i - 1; k >= cFrom && k >= i-6; k-- {
		if c.low(k) == "since" {
			return true
		}
	}
	return false
}

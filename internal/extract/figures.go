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
}

// Figures finds reported figures in a: every quantity that counts something
// (not an ordinal, a year, a date part, or part of a name), with its counted
// thing, holder, location, as-of date, basis and source. Statements give the
// source: a figure inside a statement's content is that speaker's figure.
func Figures(a *annotate.Annotation, stmts []Statement) []Figure {
	c := &figureCtx{a: a, text: a.Doc.Text, stmts: stmts}
	out := make([]Figure, 0, len(a.Quantities)/2+1)
	for qi := range a.Quantities {
		q := &a.Quantities[qi]
		if q.Ordinal || q.Year || q.Date || q.Vague || q.Fraction || strings.HasSuffix(q.Unit, " old") {
			continue // not counts; an age describes a person, not a claim
		}
		if c.inTime(q.NumSpan) || c.inNamedEntity(q.NumSpan) || c.skipZone(q.Span.Start) || c.vague(q) || c.negated(q) {
			continue
		}
		si := a.SentenceAt(q.Span.Start)
		if si < 0 {
			continue
		}
		if f, ok := c.figure(q, a.Sentences[si]); ok {
			out = append(out, f)
			if f.Unit != "" && f.Unit != "%" {
				c.prev = &out[len(out)-1]
			}
		}
	}
	return out
}

// figure builds the figure for quantity q in sentence sent.
func (c *figureCtx) figure(q *quantity.Quantity, sent document.Span) (Figure, bool) {
	a := c.a
	_, qEnd := a.TokenRange(q.Span)
	qStart, _ := a.TokenRange(q.Span)
	sStart, sEnd := a.TokenRange(sent)

	f := Figure{Span: q.Span, Sentence: sent, Approx: document.Str(q.Approx)}
	f.Value = finite(q.Value)
	if q.Range {
		f.Low, f.High = finite(q.Low), finite(q.High)
	}
	if q.Approx == "estimated" {
		f.Basis = BasisEstimate
	}

	// What is counted, and whose: the noun phrase after the number.
	np := c.nounPhrase(qEnd, sEnd)
	switch {
	case q.Unit != "":
		f.Unit = document.Str(q.Unit)
		if np.head >= 0 && q.Unit != "%" {
			f.Span.End = a.Tokens[np.head].End
		}
	case np.head >= 0:
		f.Unit = document.Str(unitOf(c.tokText(np.head)))
		f.Span.End = a.Tokens[np.head].End
	default:
		// Ellipsis or "the number of X ... 3,000": borrow the counted
		// thing from "number of X" earlier in the sentence, or from the
		// previous figure in the same sentence.
		if u, h, loc, ok := c.numberOf(sStart, qStart); ok {
			f.Unit, f.Holder, f.Location = u, h, loc
		} else if c.prev != nil && c.prev.Sentence == sent {
			f.Unit, f.Holder = c.prev.Unit, c.prev.Holder
		} else if c.prev != nil && c.mentionsTheNumber(sStart, qStart) {
			f.Unit, f.Holder, f.Location = c.prev.Unit, c.prev.Holder, c.prev.Location
		}
	}
	if f.Unit == "" {
		// A bare number with nothing counted is not a figure we can
		// place in the ledger.
		return Figure{}, false
	}
	if np.holder != "" {
		f.Holder = document.Str(np.holder)
	}
	if f.Holder == "" {
		f.Holder = document.Str(c.holderBefore(sStart, qStart))
	}

	// Where.
	after := np.end
	if after < qEnd {
		after = qEnd
	}
	if loc, country := c.locationAfter(after, sEnd); loc != "" {
		f.Location, f.Country = document.Str(loc), document.Str(country)
	} else if f.Location == "" {
		if loc, country := c.locationBefore(sStart, qStart); loc != "" {
			f.Location, f.Country = document.Str(loc), document.Str(country)
		}
	}
	if f.Country == "" && f.Location != "" {
		f.Country = document.Str(c.countryOf(string(f.Location)))
	}

	// When.
	f.AsOf = document.Str(c.asOf(sent, f.Span))

	// On whose authority.
	c.attribute(&f, sStart, sEnd)

	// On what basis.
	if b := c.basis(&f, sStart, qStart, sEnd); b != "" {
		f.Basis = document.Str(b)
	}
	f.Text = f.Span.Of(c.text)
	return f, true
}

type nounPhrase struct {
	head   int    // token index of the counted noun, or -1
	end    int    // token index just past the phrase
	holder string // a nationality, organization or place modifying the noun
}

// vague reports plural number words without a number ("hundreds more",
// "thousands of people"): an order of magnitude, not a figure to compare.
func (c *figureCtx) vague(q *quantity.Quantity) bool {
	s := q.NumSpan.Of(c.text)
	if s == "" || strings.ContainsAny(s, "0123456789") {
		return false
	}
	return strings.HasSuffix(strings.ToLower(s), "s")
}

// negated reports a number under negation ("we don't have one troop more",
// "not a single soldier"): a rhetorical figure, not a count.
func (c *figureCtx) negated(q *quantity.Quantity) bool {
	i, _ := c.a.TokenRange(q.Span)
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		// Typographic apostrophes are as common in news as straight ones.
		w := strings.ReplaceAll(lower(c.tokText(k)), "’", "'")
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
	for k := i; k < limit && k < i+maxNP; k++ {
		t := a.Tokens[k]
		if t.Kind == segment.Punct && c.text[t.Start] == '-' && t.Flags&segment.SpaceBefore == 0 {
			continue // "U.S.-led", "Kurdish-led"
		}
		if t.Kind == segment.Quote && t.Flags&segment.Open == 0 && k > i {
			continue
		}
		if t.Kind != segment.Word {
			break
		}
		w := lower(t.Text(c.text))
		if functionWord(w) && !(w == "us" && t.Flags&segment.AllCaps != 0) {
			break
		}
		if countNoun(w) {
			np.head = k
			np.end = k + 1
			// "service members", "security forces": keep the last noun.
			if k+1 < limit && a.Tokens[k+1].Kind == segment.Word && countNoun(lower(c.tokText(k+1))) {
				continue
			}
			return np
		}
		if e := c.entityAt(t.Start); e != nil && (e.Type == entity.NORP || e.Type == entity.Org || e.Type == entity.Place) {
			if np.holder == "" {
				np.holder = holderName(e, c.text)
			}
			continue
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
	if np.head < 0 {
		np.holder = ""
	}
	return np
}

// numberOf looks for "the number of X" between tokens from and to, and
// returns X's counted noun, holder and location ("The number of ISIS
// fighters in Iraq and Syria is estimated … 3,000").
func (c *figureCtx) numberOf(from, to int) (unit, holder, loc document.Str, ok bool) {
	for k := from; k+2 < to; k++ {
		w := lower(c.tokText(k))
		if (w != "number" && w != "numbers" && w != "count" && w != "total" && w != "tally" && w != "strength") || lower(c.tokText(k+1)) != "of" {
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
		if lower(c.tokText(k)) != "the" {
			continue
		}
		switch lower(c.tokText(k + 1)) {
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
		w := lower(c.tokText(k))
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
		switch lower(t.Text(c.text)) {
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
		if t.Kind == segment.Number && k > i {
			return "", "" // the next figure's territory
		}
		if t.Kind != segment.Word {
			continue
		}
		w := lower(t.Text(c.text))
		if w == "who" || w == "which" || w == "that" || w == "where" || w == "whose" {
			return "", "" // a relative or reporting clause speaks of something else
		}
		if !locPrep(w) {
			continue
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
		if t.Kind != segment.Word || !locPrep(lower(t.Text(c.text))) {
			continue
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
	for skip := 0; k < limit && skip < 3; skip++ {
		t := a.Tokens[k]
		if t.Kind != segment.Word {
			return "", "", false
		}
		if e := c.entityAt(t.Start); e != nil && e.Type == entity.Place {
			name, country := placeName(e, c.text), e.Country
			end := e.Span.End
			// "Iraq and Syria"
			j, _ := a.TokenRange(document.Span{Start: end, End: end})
			if j+1 < limit && lower(c.tokText(j)) == "and" {
				if e2 := c.entityAt(a.Tokens[j+1].Start); e2 != nil && e2.Type == entity.Place {
					name = name + " and " + placeName(e2, c.text)
					if country != e2.Country {
						country = ""
					}
				}
			}
			return name, country, true
		}
		if e := c.entityAt(t.Start); e == nil && t.Flags&segment.Cap != 0 && !c.inTime(document.Span{Start: t.Start, End: t.End}) {
			// A name after "in" that the entity layer could not type
			// ("stationed in Veldmark") is most often a place; its
			// country stays unknown rather than guessed.
			end := k + 1
			for end < limit && end < k+3 && a.Tokens[end].Kind == segment.Word && a.Tokens[end].Flags&segment.Cap != 0 && c.entityAt(a.Tokens[end].Start) == nil {
				end++
			}
			return c.text[t.Start:a.Tokens[end-1].End], "", true
		}
		w := lower(t.Text(c.text))
		if w == "the" && k+1 < limit {
			switch lower(c.tokText(k + 1)) {
			case "country", "region", "area", "territory":
				if p := c.lastCountryBefore(t.Start); p != "" {
					return p, p, true
				}
				return "", "", false
			}
		}
		if t.Flags&segment.Cap == 0 && (w == "the" || strings.HasSuffix(w, "ern") || strings.HasSuffix(w, "ed") || w == "central") {
			k++
			continue
		}
		return "", "", false
	}
	return "", "", false
}

// lastCountryBefore returns the country of the last place named before pos.
func (c *figureCtx) lastCountryBefore(pos int) string {
	es := c.a.Entities
	i := sort.Search(len(es), func(i int) bool { return es[i].Span.Start >= pos })
	for j := i - 1; j >= 0; j-- {
		if es[j].Type == entity.Place && es[j].Country != "" {
			return es[j].Country
		}
	}
	return ""
}

// countryOf maps a location label back to a country when an entity with that
// name is known.
func (c *figureCtx) countryOf(loc string) string {
	for _, e := range c.a.Entities {
		if e.Type == entity.Place && (e.Norm == loc || e.Span.Of(c.text) == loc) {
			return e.Country
		}
	}
	return ""
}

// asOf returns the date a figure is stated for: a time expression introduced
// by "as of", "as at", "by" or "at the end of", or a year/month right after
// the figure ("a peak of 8,000 in 2022"). A weekday is when something was
// said, not what a count is as of, so it is not used.
func (c *figureCtx) asOf(sent document.Span, fig document.Span) string {
	for _, t := range c.a.Times {
		if t.Span.End <= sent.Start || t.Value == "" || t.Type != "DATE" {
			continue
		}
		if t.Span.Start >= sent.End {
			break
		}
		before := strings.ToLower(c.text[max(sent.Start, t.Span.Start-16):t.Span.Start])
		before = strings.TrimRight(before, " ")
		if strings.HasSuffix(before, "as of") || strings.HasSuffix(before, "as at") || strings.HasSuffix(before, "at the end of") ||
			strings.HasSuffix(before, "end of") || strings.HasSuffix(before, " by") {
			return t.Value
		}
		// "in 2022" directly after the figure.
		if t.Span.Start >= fig.End && t.Span.Start-fig.End <= 4 && strings.HasSuffix(before, " in") {
			return t.Value
		}
	}
	return ""
}

// basis decides what kind of figure f is, from words around it.
func (c *figureCtx) basis(f *Figure, sStart, qStart, sEnd int) string {
	// Planned: a modal or plan verb governs the number.
	for k := qStart - 1; k >= sStart && k >= qStart-7; k-- {
		t := c.a.Tokens[k]
		if t.Kind == segment.Punct && c.text[t.Start] != '-' {
			break
		}
		w := lower(t.Text(c.text))
		if w == "would" || w == "will" || w == "plans" || w == "plan" || w == "planning" || w == "intends" ||
			w == "pledged" || w == "proposed" || w == "wants" || w == "aims" || w == "expected" {
			for j := k + 1; j < qStart; j++ {
				if planVerb(lower(c.tokText(j))) {
					return BasisPlanned
				}
			}
			if planVerb(w) && w != "will" && w != "would" {
				return BasisPlanned
			}
		}
		if w == "to" && k+1 < qStart && planVerb(lower(c.tokText(k+1))) {
			return BasisPlanned
		}
	}
	hasWord := func(pred func(string) bool, from, to int) bool {
		for k := from; k < to; k++ {
			if c.a.Tokens[k].Kind == segment.Word && pred(lower(c.tokText(k))) {
				return true
			}
		}
		return false
	}
	if f.Basis == BasisStats {
		return BasisStats
	}
	switch {
	case hasWord(statsWord, sStart, sEnd):
		return BasisStats
	case f.Basis == BasisEstimate || hasWord(estimateWord, max(sStart, qStart-4), qStart) || hasWord(func(w string) bool { return w == "estimated" || w == "believed" }, sStart, qStart):
		return BasisEstimate
	case hasWord(officialWord, sStart, qStart):
		return BasisOfficial
	case f.Anonymous || hasWord(reportWord, sStart, sEnd):
		return BasisReported
	case f.Source != "" && c.isOfficialBody(string(f.Source)):
		return BasisOfficial
	}
	return ""
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

func (c *figureCtx) tokText(i int) string {
	if i < 0 || i >= len(c.a.Tokens) {
		return ""
	}
	return c.a.Tokens[i].Text(c.text)
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

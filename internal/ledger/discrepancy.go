package ledger

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// The approximation rule. A figure stands for an interval [Low, High]:
//   - an explicit range (Low/High set) is that range;
//   - "about", "roughly", "approximately", "around" and the like: value ±10%;
//   - "nearly", "almost": [value×0.9, value];
//   - "more than", "over", "at least": [value, +∞);
//   - "less than", "fewer than", "under", "at most", "up to": [0, value];
//   - "estimated" or basis "estimate": value ±20% (widening what the
//     modifier gave, if any);
//   - otherwise exactly the value.
//
// Two figures of one subject are set against each other (see Compare) only
// when they are comparable: same scope, comparable time (TimeRange, widened
// by CumulativeSlack, or IncidentSlack for one incident), and independent
// (different sources, and not two copies of one story). They conflict when
// their intervals do not overlap. The same source later is a revision. A
// "planned" figure against a count is a different question: it is flagged
// as store.DisputePlanned, never as a discrepancy.
const (
	ApproxTolerance   = 0.10
	EstimateTolerance = 0.20
	// CumulativeSlack: running totals a few days apart describe the same
	// state of things; further apart, a change is news, not a dispute.
	CumulativeSlack = 3 * 24 * time.Hour
	// IncidentSlack: reports of one incident may be dated a day apart.
	IncidentSlack = 24 * time.Hour
	// UndatedSpan: within one article, how old a count dated only by
	// publication may be.
	UndatedSpan = 90 * 24 * time.Hour
	// windowDays bounds how far apart in time the figures of a subject
	// are examined as pairs (as-of ranges span at most a year).
	windowDays = 400
)

// Interval returns the range of values a figure admits; ok is false when the
// figure has no value.
func Interval(f *extract.Figure) (lo, hi float64, ok bool) {
	switch {
	case f.Low != nil && f.High != nil:
		lo, hi = *f.Low, *f.High
	case f.Value != nil:
		lo, hi = *f.Value, *f.Value
	case f.Low != nil:
		lo, hi = *f.Low, math.Inf(1)
	case f.High != nil:
		lo, hi = 0, *f.High
	default:
		return 0, 0, false
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	v := hi
	if f.Value != nil {
		v = *f.Value
	}
	// A hedge on a range ("about 20,000 to 30,000", "an estimated
	// 56,000-68,000") widens each end by its tolerance; on a single value,
	// the value.
	vlo, vhi := v, v
	if f.Low != nil && f.High != nil {
		vlo, vhi = lo, hi
	}
	switch strings.ToLower(strings.TrimSpace(string(f.Approx))) {
	case "about", "roughly", "approximately", "around", "some", "approx", "circa", "~", "or so":
		lo, hi = math.Min(lo, vlo*(1-ApproxTolerance)), math.Max(hi, vhi*(1+ApproxTolerance))
	case "nearly", "almost", "close to", "just under":
		lo = math.Min(lo, v*(1-ApproxTolerance))
	case "more than", "over", "at least", "above", "upwards of", "in excess of", "min", "just over":
		hi = math.Inf(1)
	case "less than", "fewer than", "under", "at most", "up to", "below", "max":
		lo = 0
	case "estimated", "estimate":
		lo, hi = math.Min(lo, vlo*(1-EstimateTolerance)), math.Max(hi, vhi*(1+EstimateTolerance))
	}
	if remains(f) {
		// Bodies recovered, buried or counted are the dead found so far: the
		// toll is at least that many.
		hi = math.Inf(1)
	}
	if strings.EqualFold(string(f.Basis), extract.BasisEstimate) {
		lo = math.Min(lo, vlo*(1-EstimateTolerance))
		if !math.IsInf(hi, 1) {
			hi = math.Max(hi, vhi*(1+EstimateTolerance))
		}
	}
	return lo, hi, true
}

// remains reports a count of bodies ("75,000 bodies", "10,000 corpses")
// filed as deaths.
func remains(f *extract.Figure) bool {
	if string(f.Event) != extract.EventKilled {
		return false
	}
	for _, w := range normWords(string(f.Unit)) {
		switch w {
		case "bodies", "body", "corpses", "corpse", "remains":
			return true
		}
	}
	return false
}

// TimeRange returns the days a figure is about: its as-of value when it
// parses (YYYY, YYYY-MM, YYYY-MM-DD, or a leading such prefix), else the
// publication day. ok is false when neither is known.
func TimeRange(f *extract.Figure, published document.Date) (from, to time.Time, ok bool) {
	if f.AsOf == "PAST_REF" {
		// An undated earlier state ("a peak of 40,000") is comparable
		// with nothing.
		return time.Time{}, time.Time{}, false
	}
	if !assumedAsOf(f, published) {
		if from, to, ok = parseAsOf(string(f.AsOf)); ok {
			return from, to, true
		}
		if historical(f) {
			return time.Time{}, time.Time{}, false
		}
	}
	if published.IsZero() {
		return time.Time{}, time.Time{}, false
	}
	t := published.Time()
	return t, t, true
}

// historical: the text dates the figure, but not to a day, month or year
// ("the 1990s", "a decade ago"): an earlier state of things, never the
// publication day's.
func historical(f *extract.Figure) bool {
	if f.AsOf == "PAST_REF" {
		return true
	}
	b := string(f.AsOfBasis)
	if strings.TrimSpace(string(f.AsOf)) == "" || b != extract.BasisStated && b != extract.BasisStatement {
		return false
	}
	_, _, ok := parseAsOf(string(f.AsOf))
	return !ok
}

func parseAsOf(s string) (from, to time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, t, true
		}
	}
	if len(s) >= 7 {
		if t, err := time.Parse("2006-01", s[:7]); err == nil {
			return t, t.AddDate(0, 1, -1), true
		}
	}
	if len(s) >= 4 {
		if y, err := strconv.Atoi(s[:4]); err == nil && y > 1000 && (len(s) == 4 || s[4] < '0' || s[4] > '9') {
			t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			return t, t.AddDate(1, 0, -1), true
		}
	}
	return time.Time{}, time.Time{}, false
}

// assumedAsOf reports an as-of date that the text does not give: the
// publication date filled in by extraction. It holds for the days before
// publication, not that day alone.
func assumedAsOf(f *extract.Figure, published document.Date) bool {
	if f.AsOfBasis == extract.BasisPublished || strings.TrimSpace(string(f.AsOf)) == "" {
		return true
	}
	return f.AsOfBasis == "" && !published.IsZero() && string(f.AsOf) == published.String()
}

// When is the date shown for a figure: the start of its as-of range, else
// its publication date.
func When(f *extract.Figure, published document.Date) document.Date {
	if from, _, ok := parseAsOf(string(f.AsOf)); ok {
		return document.NewDate(from)
	}
	return published
}

// SourceKey names who a figure rests on, folded: its source, else the
// outlet that published it on its own authority. Two figures with one key
// are one source's word: a later one revises, never disputes, the earlier.
func SourceKey(f *store.FigureRow) string {
	if s := foldSource(string(f.Source), Place(string(f.Country))); s != "" {
		return "s:" + s
	}
	if o := foldName(f.Outlet); o != "" {
		return "o:" + o
	}
	return "a:" + strconv.FormatInt(int64(f.Article), 10)
}

// foldSource folds a source's name to the body it speaks for, so that one
// body's figures are one account under its several names: "Egypt's health
// minister", "the Health Ministry" and "Egyptian Health Ministry" are the
// health ministry of the figure's country (country the display name of the
// figure's country); "Human Rights Watch staffers" are Human Rights Watch.
// Another country's body keeps its country ("US officials" on a Haiti
// figure).
func foldSource(name, country string) string {
	w := normWords(name)
	for len(w) > 0 && dropWords[w[0]] {
		w = w[1:]
	}
	if country != "" && len(w) > 1 {
		// The figure's own country, as written, counts even when the
		// folding table does not list it ("Haiti's government").
		own := strings.Join(normWords(country), " ")
		for n := min(3, len(w)-1); n >= 1; n-- {
			p := strings.Join(w[:n], " ")
			if c, ok := countries[p]; ok && strings.EqualFold(c, country) || p == own || n == 1 && demonym(p, own) {
				w = w[n:]
				break
			}
		}
	}
	if len(w) > 1 && sourceRoles[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	for i, x := range w {
		if x == "minister" {
			w[i] = "ministry"
		}
	}
	j := strings.Join(w, " ")
	if a, ok := sourceAliases[j]; ok {
		return a
	}
	return foldName(j)
}

// demonym reports w as the people of country (lowercased) by the usual
// English endings, for countries the folding table does not list:
// "haitian" of Haiti, "tunisians" of Tunisia, "chilean" of Chile.
func demonym(w, country string) bool {
	stem := strings.TrimRight(country, "aeiouy")
	if len(stem) < 4 || strings.Contains(country, " ") || !strings.HasPrefix(w, stem) {
		return false
	}
	switch strings.TrimSuffix(w[len(stem):], "s") {
	case "an", "ian", "ean", "ese", "i", "ine", "ien":
		return true
	}
	return false
}

// sourceAliases: bodies reported under an acronym or a short name.
var sourceAliases = map[string]string{
	"un": "united nations", "u n": "united nations", "who": "world health organization",
	"world health organisation": "world health organization", "hrw": "human rights watch",
	"icrc": "international committee of the red cross", "red cross": "international committee of the red cross",
	"unhcr": "un refugee agency", "un refugee agency": "un refugee agency", "un high commissioner for refugees": "un refugee agency",
	"sohr": "syrian observatory for human rights", "observatory": "syrian observatory for human rights",
}

// sourceRoles are people who speak for the body named before them.
var sourceRoles = map[string]bool{"staffers": true, "staff": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "researcher": true, "researchers": true, "officials": true, "official": true}

// official source types: authorities whose count the others check.
var officialTypes = map[string]bool{extract.SourceGovernment: true, extract.SourceMilitary: true, extract.SourceIntergovernmental: true, extract.SourceCompany: true}

// independentTypes: sources outside the authority.
var independentTypes = map[string]bool{extract.SourceNGO: true, extract.SourceActivists: true, extract.SourceMedia: true, extract.SourceExpert: true}

// specificThings are counted things that name one measure even without
// the extractor's Measure: personnel deployed, fighters, deaths.
var specificThings = map[string]bool{"troops": true, "fighters": true, "deaths": true, "refugees": true, "injured": true,
	"casualties": true, "cases": true, "migrants": true}

// knownMeasure reports whether a figure says what it measures: a Measure
// with its event, or a counted thing specific enough on its own. Generic counts ("people",
// "civilians") without a Measure are never set against each other.
func knownMeasure(f *extract.Figure) bool {
	if placeCount(f) {
		return false
	}
	if strings.TrimSpace(string(f.Measure)) != "" {
		// A measure says what happened to what is counted; a bare counted
		// thing ("men", "flights", "m") or a sum of money is not a count
		// that sources dispute.
		return f.Event != "" && f.Event != extract.EventMoney && soldiers(f)
	}
	thing, _ := foldThing(normWords(string(f.Unit)))
	return specificThings[thing] || militaryNouns[thing]
}

// placeCount reports a figure whose own noun counts places or
// institutions ("cases in five US states", "deaths in three hospitals",
// "protests in 12 cities"): however the sentence's measure was read, it
// counts where things happened, not the people or cases a source tallies.
func placeCount(f *extract.Figure) bool {
	w := normWords(string(f.Unit))
	if len(w) == 0 {
		return false
	}
	return placeNouns[w[len(w)-1]]
}

// placeNouns are plural nouns of places and institutions.
var placeNouns = map[string]bool{"states": true, "countries": true, "nations": true, "provinces": true, "regions": true,
	"cities": true, "towns": true, "villages": true, "districts": true, "counties": true, "territories": true,
	"hospitals": true, "schools": true, "areas": true, "sites": true, "locations": true, "continents": true,
	"neighbourhoods": true, "neighborhoods": true, "municipalities": true, "prefectures": true}

// soldiers: a deployment counts troops only when what is counted is
// military ("two military service members", not "three members" of a
// council or a family).
func soldiers(f *extract.Figure) bool {
	if string(f.Event) != extract.EventDeployed {
		return true
	}
	for _, s := range []string{string(f.Counted), string(f.Unit)} {
		if t, _ := foldThing(normWords(s)); t == "troops" {
			return true
		}
	}
	return false
}

// undated: the figure's date is only its article's publication date.
func undated(f *extract.Figure) bool {
	_, _, ok := parseAsOf(string(f.AsOf))
	return !ok || string(f.AsOfBasis) == extract.BasisPublished
}

// plausiblePair rejects pairs whose values differ by what is not a
// disagreement: a factor of a thousand or a million (one side read "4.9
// million" as 4.9), or, when a scope is not stated, fifty times or more (a
// day's toll beside a running total, a town beside a country).
func plausiblePair(a, b *store.FigureRow) bool {
	va, vb := pointOf(&a.Figure), pointOf(&b.Figure)
	if va <= 0 || vb <= 0 {
		return true
	}
	r := math.Max(va, vb) / math.Min(va, vb)
	for _, k := range []float64{1e3, 1e6, 1e9} {
		if math.Abs(r/k-1) < 0.02 {
			return false
		}
	}
	if (scopeOf(&a.Figure) == "" || scopeOf(&b.Figure) == "") && r >= maxUnscopedRatio {
		return false
	}
	if scopeOf(&a.Figure) == extract.ScopeCumulative && scopeOf(&b.Figure) == extract.ScopeCumulative && r >= maxCumulativeRatio {
		return false
	}
	// Whatever the scopes say, two accounts of one toll are never a
	// thousand times apart: four dead against "more than 15,000 bodies"
	// is one street, one hospital, one family against the country.
	return r < maxScopedRatio
}

// maxScopedRatio: how far apart two figures of one stated scope may be
// and still be two accounts of one count.
const maxScopedRatio = 1000

// maxCumulativeRatio: the same for two running totals. An incident's toll
// may be denied outright (4 dead against 450), but two running totals a
// hundred times apart count different groups ("more than 3,000 arrested"
// against "a total of eight detained", an aid group's staff).
const maxCumulativeRatio = 100

// maxUnscopedRatio: how far apart two figures of unstated scope may be and
// still count the same stretch of events.
const maxUnscopedRatio = 50

// pointOf is a figure's single value (its value, else its range's middle
// or finite bound), 0 when it has none.
func pointOf(f *extract.Figure) float64 {
	lo, hi, ok := Interval(f)
	if !ok {
		return 0
	}
	return point(&f.Value, lo, hi)
}

// scopeOf is a figure's scope, "" when not stated.
func scopeOf(f *extract.Figure) string { return strings.ToLower(strings.TrimSpace(string(f.Scope))) }

// comparableScope: figures of different stated scopes count different
// things (a day's toll is not a running total); a rate is only ever set
// against a rate.
func comparableScope(a, b *extract.Figure) bool {
	sa, sb := scopeOf(a), scopeOf(b)
	if sa != "" && sb != "" {
		return sa == sb
	}
	// A rate only against a rate, an incident's toll only against one:
	// a count of unstated scope beside the toll of one clash is as
	// often the whole unrest's.
	return (sa == extract.ScopeRate) == (sb == extract.ScopeRate) && (sa == extract.ScopeIncident) == (sb == extract.ScopeIncident)
}

// defaultScope: the scope is the one extraction gives a count of its kind
// when the text says none (a case count is cumulative).
func defaultScope(f *extract.Figure) bool {
	return string(f.Event) == extract.EventCases && scopeOf(f) == extract.ScopeCumulative
}

// comparableTime reports whether two figures speak of the same time: their
// day ranges overlap within the slack of their scope. Undated figures are
// comparable only within one article.
func comparableTime(a, b *store.FigureRow) bool {
	af, at, ok1 := TimeRange(&a.Figure, a.Published)
	bf, bt, ok2 := TimeRange(&b.Figure, b.Published)
	if historical(&a.Figure) || historical(&b.Figure) {
		return false
	}
	if !ok1 || !ok2 {
		return a.Article == b.Article
	}
	if coarse(af, at, bf, bt) && scopeOf(&a.Figure) != extract.ScopePeriod && scopeOf(&b.Figure) != extract.ScopePeriod {
		// A count dated only by its month or year ("by April, 60 had
		// died") held on some day of it, perhaps weeks before or after a
		// count of one day: comparable only with a count of that same
		// month or year. A period's toll (a month's dead) is its own scope.
		return false
	}
	if a.Article != b.Article {
		ua, ub := assumedAsOf(&a.Figure, a.Published), assumedAsOf(&b.Figure, b.Published)
		if ua != ub {
			// A count dated only by its article (a recap paragraph, a
			// background line) against one the text dates: the first may be
			// days old, so it speaks of the dated day only if published
			// within a day of it (within the running-total slack when both
			// are running totals, which a recap rarely carries).
			slack := IncidentSlack
			if scopeOf(&a.Figure) == extract.ScopeCumulative && scopeOf(&b.Figure) == extract.ScopeCumulative {
				slack = CumulativeSlack
			}
			return !af.After(bt.Add(slack)) && !bf.After(at.Add(slack))
		}
		if ua && ub && (scopeOf(&a.Figure) == extract.ScopeIncident || scopeOf(&b.Figure) == extract.ScopeIncident) {
			// Two undated incident tolls in different articles are of one
			// incident only if published the same day: a day later the
			// clashes counted may be others.
			return af.Equal(bf)
		}
	}
	if a.Article == b.Article && assumedAsOf(&a.Figure, a.Published) && assumedAsOf(&b.Figure, b.Published) &&
		spanGap(a.Span, b.Span) > farApart {
		// Two undated counts far apart in one long page (a live page, a
		// blog whose entries lost their date headings) may be days or
		// weeks apart: the page does not compare them.
		return false
	}
	if a.Article == b.Article {
		// An article setting a current count ("the Pentagon acknowledges
		// 503") beside a dated one ("as of September 30, 1,720") compares
		// them itself: the undated count may be weeks old.
		if undated(&a.Figure) {
			af = af.Add(-UndatedSpan)
		}
		if undated(&b.Figure) {
			bf = bf.Add(-UndatedSpan)
		}
	}
	if scopeOf(&a.Figure) == extract.ScopeIncident && scopeOf(&b.Figure) == extract.ScopeIncident &&
		a.Figure.AsOfBasis == extract.BasisStated && b.Figure.AsOfBasis == extract.BasisStated {
		// Both texts name the incident's day ("in the Tuesday clashes",
		// "in Wednesday's clashes"): other days are other incidents.
		return af.Equal(bf) && at.Equal(bt)
	}
	slack := CumulativeSlack
	switch {
	case scopeOf(&a.Figure) == extract.ScopeIncident || scopeOf(&b.Figure) == extract.ScopeIncident:
		slack = IncidentSlack
	case scopeOf(&a.Figure) == extract.ScopePeriod && scopeOf(&b.Figure) == extract.ScopePeriod:
		slack = 0
	}
	return !af.After(bt.Add(slack)) && !bf.After(at.Add(slack))
}

// farApart: how many bytes apart two undated counts of one article may
// stand and still be one report's (a long feature runs to some 10,000;
// live pages and blogs run to ten times that).
const farApart = 12000

// spanGap is how many bytes lie between two spans (0 when they overlap).
func spanGap(a, b document.Span) int {
	if a.Start > b.Start {
		a, b = b, a
	}
	return max(0, b.Start-a.End)
}

// coarse reports two date ranges of which one is longer than the running
// total's slack (a month, a year) and the other is not the same range.
func coarse(af, at, bf, bt time.Time) bool {
	long := at.Sub(af) > CumulativeSlack || bt.Sub(bf) > CumulativeSlack
	return long && !(af.Equal(bf) && at.Equal(bt))
}

// Compare decides whether two figures of one subject conflict: kind is ""
// (no conflict), store.DisputeFigures, store.DisputePlanned or, for one
// source's figures at different times, store.DisputeRevision; note
// explains the rule that fired.
func Compare(a, b *store.FigureRow) (kind, note string) {
	return (&comparer{}).compare(a, b)
}

// comparer remembers what Compare derives from each figure (its source
// key, whether it says what it measures), so that setting a subject's
// figures against each other folds each name once, not once per pair.
type comparer struct {
	src  map[int64]string
	name map[int64]string // SourceKey by figure
	meas map[int64]bool
	inc  map[int64]bool
	// part holds the figures that are items of a breakdown in their
	// sentence (breakdownParts), stage the earlier stages of a count a
	// sentence recounts (earlierStages); nil when unknown.
	part, stage map[int64]bool
}

// memoOf returns m[id], computing it with get on first use; with no map
// (a lone Compare) it just computes.
func memoOf[V any](m map[int64]V, id int64, get func() V) V {
	if m == nil {
		return get()
	}
	v, ok := m[id]
	if !ok {
		v = get()
		m[id] = v
	}
	return v
}

// increment is increment(&f.Figure), computed once per figure: it reads
// the figure's words, and a subject's figures meet many times in Derive.
func (c *comparer) increment(f *store.FigureRow) bool {
	return memoOf(c.inc, f.ID, func() bool { return increment(&f.Figure) })
}

func (c *comparer) sourceKey(f *store.FigureRow) string {
	return memoOf(c.src, f.ID, func() string { return familyKey(f) })
}

// sameSource: two figures rest on one source — one family of
// authorities, or one name however its kind was read ("Jose Angel
// Cordova" a government source in one report, of no known kind in the
// next).
func (c *comparer) sameSource(a, b *store.FigureRow) bool {
	if c.sourceKey(a) == c.sourceKey(b) {
		return true
	}
	return c.named(a) == c.named(b)
}

// named is SourceKey(f), folded once per figure: a subject's figures meet
// many times in Derive, and folding a name reads its words.
func (c *comparer) named(f *store.FigureRow) string {
	return memoOf(c.name, f.ID, func() string { return SourceKey(f) })
}

func (c *comparer) knownMeasure(f *store.FigureRow) bool {
	return memoOf(c.meas, f.ID, func() bool { return knownMeasure(&f.Figure) })
}

// sideOf reports whether f may be a side of a dispute or a
// planned-vs-count pair at all, whatever it is set against, and its
// interval: compare gives neither kind when one figure is an item of a
// breakdown, an earlier stage, an increment, partitive, of no known
// measure, another country's health count, or has no value. It reads
// only what compare reads of the figure alone.
func (c *comparer) sideOf(f *store.FigureRow) (lo, hi float64, ok bool) {
	if f.Negated || c.part[f.ID] || c.stage[f.ID] || c.increment(f) || partitive(&f.Figure) ||
		!c.knownMeasure(f) || foreignHealthCount(f) {
		return 0, 0, false
	}
	return Interval(&f.Figure)
}

func (c *comparer) compare(a, b *store.FigureRow) (kind, note string) {
	if a.ID == b.ID || a.Negated || b.Negated {
		return "", ""
	}
	if a.Article == b.Article && a.Sentence == b.Sentence && a.Sentence != (document.Span{}) {
		// Never a figure against its own sentence — but a sentence that
		// gives one source's count and the earlier one it replaced ("rose
		// to 260, up from 26 on Wednesday", "raised the toll from 8 to
		// 12") states a revision itself.
		if c.sentenceRevision(a, b) {
			lo1, hi1, _ := Interval(&a.Figure)
			lo2, hi2, _ := Interval(&b.Figure)
			return store.DisputeRevision, fmt.Sprintf("%s then %s", rangeText(lo1, hi1), rangeText(lo2, hi2))
		}
		return "", ""
	}
	if a.Article != b.Article && a.Group != 0 && a.Group == b.Group {
		return "", "" // two copies of one story are one report
	}
	if c.part[a.ID] || c.part[b.ID] {
		return "", "" // one item of a breakdown counts part of what the other counts
	}
	if c.stage[a.ID] || c.stage[b.ID] {
		return "", "" // an earlier stage of a count its sentence recounts
	}
	if !comparableScope(&a.Figure, &b.Figure) || c.increment(a) || c.increment(b) || partitive(&a.Figure) || partitive(&b.Figure) {
		return "", ""
	}
	if !c.knownMeasure(a) || !c.knownMeasure(b) {
		return "", "" // "people" killed, homeless or in need: not one count
	}
	if foreignHealthCount(a) || foreignHealthCount(b) {
		return "", "" // another country's own count, filed here by inference
	}
	if a.Article != b.Article && string(a.Event) == extract.EventInNeed {
		// People in need of shelter, of food, of aid at all, or those an
		// agency feeds: reports of different days name different needs,
		// and nothing says which; only an article setting two such counts
		// side by side compares them.
		return "", ""
	}
	alo, ahi, ok1 := Interval(&a.Figure)
	blo, bhi, ok2 := Interval(&b.Figure)
	if !ok1 || !ok2 {
		return "", ""
	}
	floored := false
	if ca, cb := a.Certainty, b.Certainty; ca != cb {
		// In an outbreak or a disaster the confirmed count trails the
		// suspected one and the total: it is a floor of them (20 deaths
		// confirmed, 81 feared), and disagrees only by exceeding them. A
		// suspected count beside a total of no stated certainty (83
		// suspected beside 103 dead) is often its part: not one count.
		switch {
		case ca == extract.CertaintyConfirmed:
			ahi, floored = math.Inf(1), true
		case cb == extract.CertaintyConfirmed:
			bhi, floored = math.Inf(1), true
		default:
			return "", ""
		}
	}
	if alo <= bhi && blo <= ahi {
		if floored {
			return "", "" // a confirmed count below a total: neither dispute nor revision
		}
		// One source's new figure on a later day replaces its earlier one
		// even when both are bounds that overlap ("more than 9,000", then
		// "more than 10,000"): a revision on the timeline.
		if pa, pb := pointOf(&a.Figure), pointOf(&b.Figure); pa != pb && a.Article != b.Article && a.When != b.When &&
			!a.When.IsZero() && !b.When.IsZero() && plausiblePair(a, b) && c.sameSource(a, b) {
			return store.DisputeRevision, fmt.Sprintf("%s then %s", rangeText(alo, ahi), rangeText(blo, bhi))
		}
		return "", ""
	}
	if !plausiblePair(a, b) {
		return "", ""
	}
	note = fmt.Sprintf("%s not within %s", rangeText(alo, ahi), rangeText(blo, bhi))
	ka, kb := c.sourceKey(a), c.sourceKey(b)
	same := c.sameSource(a, b)
	weak := !strings.HasPrefix(ka, "s:") || !strings.HasPrefix(kb, "s:")
	if !same && weak && (a.Article != b.Article || scopeOf(&a.Figure) == "" || scopeOf(&a.Figure) != scopeOf(&b.Figure) || defaultScope(&a.Figure)) {
		// A dispute is between accounts someone gives: a figure an
		// article states on its own authority (a background line, a
		// recap, a timeline, a reader's comment) against a source's is
		// more often a count of something else than a second account of
		// it. Only an article
		// setting its own figure against a source's, both of one stated
		// scope (the widely quoted flow rate against the researchers'),
		// makes the comparison itself. A scope the extractor assumes
		// (a disease's case count is a running total) is not stated: an
		// outbreak's live page sets many places' and days' tallies side
		// by side without comparing them.
		return "", ""
	}
	if !same && a.Article != b.Article && (!knownType(a) || !knownType(b)) {
		// Two reports are set against each other only when each says who
		// counted: a source of no known kind (a name the extractor could
		// not place, a spokesman quoting "the local police", or a fragment
		// such as "the death toll so far is") is as often a town's count,
		// a subset or another country's as a second account of the same
		// count. Within one article the writer sets the two side by side
		// and the pair stands; Strength ranks it below the others.
		return "", ""
	}
	if same {
		switch {
		case a.Article == b.Article && strings.HasPrefix(ka, "s:") && accountKind(&a.Figure) != accountKind(&b.Figure):
			// One article setting a source's two accounts side by side (the
			// Pentagon's official count against its own quarterly
			// statistics): a conflict, if they speak of the same time.
		case a.Article != b.Article && a.When != b.When && !a.When.IsZero() && !b.When.IsZero():
			return store.DisputeRevision, note
		default:
			return "", "" // one source, one account
		}
	}
	if a.Recalled || b.Recalled {
		// The text gives it as an earlier state that was replaced ("BP
		// first estimated 1,000", "up from 390"): a step on the timeline,
		// a revision of its own source at most, never a second account.
		return "", ""
	}
	if !comparableTime(a, b) || !samePlace(&a.Figure, &b.Figure) {
		return "", ""
	}
	if a.Published != b.Published {
		// Reports of different days whose scopes differ (a running total
		// against a count of unstated scope, a period's toll) may count
		// different stretches of events: only a like-for-like pair is
		// a second account; and a count of unstated scope is of the same
		// stretch as another only if reported within a day.
		sa, sb := scopeOf(&a.Figure), scopeOf(&b.Figure)
		if (sa == "" || sb == "") && absDays(a.Published, b.Published) > 1 || sa != "" && sb != "" && sa != sb {
			return "", ""
		}
	}
	if grew(a, b) || relayedSameDay(a, b) || sameHourGap(a, b) || compiledTally(a, b) {
		return "", ""
	}
	ap, bp := plannedFigure(a), plannedFigure(b)
	if ap != bp {
		return store.DisputePlanned, note
	}
	if ap && bp {
		// Two plans or projections (two worst cases, two forecasts of
		// what could be reached): neither is an account of what happened,
		// so they dispute nothing.
		return "", ""
	}
	return store.DisputeFigures, note
}

// plannedFigure: a plan or a projection, by its basis or by its source —
// a figure that "exploration plans" or "the budget" give is what was
// planned (a well's expected production, a budgeted sum), not a count.
func plannedFigure(f *store.FigureRow) bool {
	if strings.EqualFold(string(f.Basis), extract.BasisPlanned) || strings.EqualFold(string(f.Basis), extract.BasisProjected) {
		return true
	}
	w := normWords(string(f.Source))
	return len(w) > 0 && planSources[w[len(w)-1]]
}

// planSources: documents that state plans and projections.
var planSources = map[string]bool{"plan": true, "plans": true, "proposal": true, "proposals": true, "budget": true,
	"forecast": true, "forecasts": true, "projection": true, "projections": true, "scenario": true, "scenarios": true}

// sentenceRevision: a (of the same sentence as b) is the earlier state of
// b's count that the sentence gives — marked as past ("from 8"), or dated
// by the text before b — by the same source, of a comparable scope and a
// different value.
func (c *comparer) sentenceRevision(a, b *store.FigureRow) bool {
	if !earlierState(a, b) || c.increment(a) || c.increment(b) || !comparableScope(&a.Figure, &b.Figure) ||
		!c.knownMeasure(a) || !c.knownMeasure(b) || !c.sameSource(a, b) {
		return false
	}
	pa, pb := pointOf(&a.Figure), pointOf(&b.Figure)
	return pa > 0 && pb > 0 && pa != pb && plausiblePair(a, b)
}

// earlierState: the text gives x as an earlier state than y ("from 8",
// "26 on Wednesday" beside a count of the publication day).
func earlierState(x, y *store.FigureRow) bool {
	if y.AsOf == "PAST_REF" {
		return false
	}
	if x.AsOf == "PAST_REF" {
		return true
	}
	if assumedAsOf(&x.Figure, x.Published) {
		return false
	}
	_, xt, ok1 := TimeRange(&x.Figure, x.Published)
	yf, _, ok2 := TimeRange(&y.Figure, y.Published)
	return ok1 && ok2 && xt.Before(yf)
}

// absDays is how many days apart two dates are.
func absDays(a, b document.Date) int {
	d := a.Time().Sub(b.Time())
	if d < 0 {
		d = -d
	}
	return int(d / (24 * time.Hour))
}

// knownType: the source is not one the extractor found but could not
// tell the kind of (government, NGO, activists…).
func knownType(f *store.FigureRow) bool {
	return strings.TrimSpace(string(f.SourceType)) != extract.SourceUnknown
}

// samePlace: a figure whose own clause names a city or region (the 80
// dead in Cairo's hospitals, 150,000 in the capital's area) counts part of
// the country its subject is filed under; set against a count of the
// country, or of another city, it is part against whole. The capital stays
// on the country's subject (national counts are announced there), but
// is a place of its own here.
func samePlace(a, b *extract.Figure) bool {
	return localPlace(a) == localPlace(b)
}

// localPlace is the sub-national place a figure's own clause names, ""
// when it names none (or a country).
func localPlace(f *extract.Figure) string {
	if !statedPlace(f) {
		return ""
	}
	p := places(string(f.Location))
	c := places(string(f.Country))
	if p == "" || c == "" || strings.EqualFold(p, c) || allCountries(p) {
		return "" // a country, or a place whose country is unknown
	}
	return strings.ToLower(p)
}

// accountKind groups bases into the kinds of account a source gives: what
// it says (official, reported, claimed), its statistics, its estimates,
// its plans. Two figures of one source and one kind in one article are one
// account updated (a live page's 611 then 639 injured), not two.
func accountKind(f *extract.Figure) string {
	switch b := strings.ToLower(string(f.Basis)); b {
	case extract.BasisStats, extract.BasisEstimate:
		return b
	case extract.BasisPlanned, extract.BasisProjected:
		return extract.BasisPlanned
	}
	return ""
}

// grew reports a count that a later report puts higher: between two
// reports of a running count (deaths, injuries, cases, an estimate of a
// flow) published on different days, a higher figure in the later one is
// the count rising (more bodies found, more cases confirmed, a flow
// re-estimated), not a second account of the same state. Only a later figure
// below the earlier one, or two figures of one day, disagree. One exception:
// two tolls of one incident that a day apart differ threefold or more are
// two accounts of it (activists' "more than 200" against the government's
// 37), however the reports are ordered.
func grew(a, b *store.FigureRow) bool {
	if a.Published.IsZero() || b.Published.IsZero() {
		return false
	}
	// Reports of one day are ordered by the days their texts give ("up to
	// 86 yesterday" against 103 today): a count stated for an earlier day
	// is the earlier state of the count.
	da, db := a.Published, b.Published
	if da == db {
		if !statedDay(a) && !statedDay(b) || a.When == b.When || a.When.IsZero() || b.When.IsZero() {
			return false
		}
		da, db = a.When, b.When
	} else if (statedDay(a) || statedDay(b)) && a.When != b.When && !a.When.IsZero() && !b.When.IsZero() {
		// So are reports of different days: a timeline's "on 25 April it
		// suspected 60 deaths", printed a week later, is older than a
		// count of 27 April, whatever the publication days.
		da, db = a.When, b.When
	}
	switch string(a.Event) {
	case extract.EventDeployed, extract.EventProtesting, extract.EventPopulation, extract.EventInNeed:
		// A garrison, a crowd, a population: stocks that rise and fall,
		// so a higher figure days later is not simply the count growing.
		return false
	}
	if t, _ := foldThing(normWords(string(a.Unit))); t == "troops" {
		return false
	}
	early, late := a, b
	if db.String() < da.String() {
		early, late = b, a
	}
	_, ehi, _ := Interval(&early.Figure)
	llo, _, _ := Interval(&late.Figure)
	if llo <= ehi {
		return false
	}
	if scopeOf(&a.Figure) == extract.ScopeIncident && scopeOf(&b.Figure) == extract.ScopeIncident {
		if ev, lv := pointOf(&early.Figure), pointOf(&late.Figure); ev > 0 && lv >= incidentSpread*ev &&
			absDays(da, db) <= 1 {
			return false
		}
	}
	return true
}

// statedDay: the figure's as-of is a day its text or its statement gives
// (not the publication day filled in).
func statedDay(f *store.FigureRow) bool {
	if assumedAsOf(&f.Figure, f.Published) {
		return false
	}
	from, to, ok := parseAsOf(string(f.AsOf))
	return ok && from.Equal(to)
}

// relayedSameDay reports two news outlets relaying a running count on one
// day: a wire's early-morning toll and a broadcaster's afternoon one are
// the count at two hours, not two accounts of it. A news organisation is
// rarely the author of a toll (it reads the ministry's or the hospitals'),
// so two of them a day apart by publication only, less than threefold
// apart, disagree about the hour, not the dead; so does an outlet against
// a speaker the extractor could not place (an anchor in a transcript). Running counts only (a
// garrison or a crowd is no running count); an official against an
// independent source, or two authorities, still dispute.
func relayedSameDay(a, b *store.FigureRow) bool {
	if a.Published.IsZero() || a.Published != b.Published {
		return false
	}
	relay := func(t document.Str) bool { return t == extract.SourceMedia || t == extract.SourceUnknown }
	if !relay(a.SourceType) || !relay(b.SourceType) || a.SourceType != extract.SourceMedia && b.SourceType != extract.SourceMedia {
		return false
	}
	switch string(a.Event) {
	case extract.EventDeployed, extract.EventProtesting, extract.EventPopulation, extract.EventInNeed:
		return false
	}
	for _, f := range []*store.FigureRow{a, b} {
		if s := scopeOf(&f.Figure); s != "" && s != extract.ScopeCumulative {
			return false
		}
	}
	pa, pb := pointOf(&a.Figure), pointOf(&b.Figure)
	if pa <= 0 || pb <= 0 {
		return false
	}
	return math.Max(pa, pb) < incidentSpread*math.Min(pa, pb)
}

// sameHourGap reports two running counts of one day (reports published
// a day apart at most, both cumulative) whose exact values differ by less
// than the approximation tolerance: 25 and 26 deaths, 27 and 28 cases are
// one tally read at two hours, not two accounts of it. A bound or a range
// on either side is compared by its interval as usual.
func sameHourGap(a, b *store.FigureRow) bool {
	if a.Published.IsZero() || b.Published.IsZero() || absDays(a.Published, b.Published) > 1 {
		return false
	}
	for _, f := range []*store.FigureRow{a, b} {
		if scopeOf(&f.Figure) != extract.ScopeCumulative || f.Value == nil || f.Low != nil || f.High != nil || f.Approx != "" {
			return false
		}
	}
	switch string(a.Event) {
	case extract.EventKilled, extract.EventWounded, extract.EventCases, extract.EventMissing, extract.EventDetained:
	default:
		return false // a garrison, a crowd, an amount: no tally that only grows
	}
	va, vb := *a.Value, *b.Value
	return va > 0 && vb > 0 && math.Abs(va-vb) < ApproxTolerance*math.Max(va, vb)
}

// incidentSpread: how far apart two tolls of one incident reported a day
// apart must be to be two accounts of it rather than a rising count.
const incidentSpread = 3

// partitive reports a figure that counts part of a group its own words
// name ("28 of the dead birds", "two of them", "20 of whom were
// children", "ten of the 19 banks"): a subset, set against the group's
// count or another source's it is part against whole, not a second
// account.
func partitive(f *extract.Figure) bool {
	w := normWords(f.Text)
	for i := 0; i+2 < len(w); i++ {
		if w[i+1] != "of" || !countWord(w[i]) {
			continue
		}
		switch w[i+2] {
		case "the", "them", "those", "these", "whom", "which":
			return true
		}
	}
	return false
}

// countWord: a token that writes a number ("28", "1,200", "ten").
func countWord(s string) bool {
	if s == "" {
		return false
	}
	if s[0] >= '0' && s[0] <= '9' {
		return true
	}
	switch s {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"dozen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "half":
		return true
	}
	return false
}

// increment reports a figure that counts what was added ("three more
// deaths", "another nine cases", "4,000 more troops", "two new cases"): set
// against a total it is neither a second account of it nor its revision.
func increment(f *extract.Figure) bool {
	w := normWords(f.Text)
	for i, x := range w {
		switch x {
		case "more":
			if i+1 < len(w) && w[i+1] == "than" {
				continue // "more than 200": a bound, not an addition
			}
			return true
		case "another", "additional", "new", "other", "extra", "further":
			return true
		}
	}
	return false
}

// Strength ranks a discrepancy: an official against an independent count
// first, then by the relative gap between the two intervals, then by how
// many independent reports stand behind the two sides. Planned-vs-count
// pairs rank below every discrepancy.
func Strength(kind string, a, b *store.FigureRow, reports int) float64 {
	alo, ahi, _ := Interval(&a.Figure)
	blo, bhi, _ := Interval(&b.Figure)
	if alo > blo {
		alo, ahi, blo, bhi = blo, bhi, alo, ahi
	}
	// The gap counts most between a fifth and five times apart: closer is
	// a quibble, much further apart is more often two different counts.
	gap := 0.5
	if ahi > 0 && !math.IsInf(ahi, 1) {
		r := blo / ahi
		switch {
		case r < 1.2:
			gap = (r - 1) / 0.2
		case r <= 5:
			gap = 1
		default:
			gap = math.Max(0, 1-math.Log10(r/5))
		}
	}
	score := 2 + gap + 0.25*math.Log2(1+float64(max(reports, 1)))
	ta, tb := string(a.SourceType), string(b.SourceType)
	if officialTypes[ta] && independentTypes[tb] || officialTypes[tb] && independentTypes[ta] {
		score++
	} else if (ta == "" || tb == "") && strings.EqualFold(string(a.Basis), extract.BasisOfficial) != strings.EqualFold(string(b.Basis), extract.BasisOfficial) {
		score += 0.5
	}
	if !knownType(a) || !knownType(b) {
		score-- // who the source is, the extractor could not tell
	}
	switch kind {
	case store.DisputePlanned:
		score -= 2
	case store.DisputeRevision:
		score = gap
	}
	return score
}

func rangeText(lo, hi float64) string {
	// Ten significant digits: a tolerance applied to a value (110,000 ×
	// 1.1) shows as 121000, not 121000.00000000001.
	f := func(v float64) string {
		r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 10, 64), 64)
		return strconv.FormatFloat(r, 'f', -1, 64)
	}
	switch {
	case lo == hi:
		return f(lo)
	case math.IsInf(hi, 1):
		return "[" + f(lo) + ", ∞)"
	default:
		return "[" + f(lo) + ", " + f(hi) + "]"
	}
}

// breakdownParts finds the figures that are items of a breakdown: in one
// sentence, two or more figures of the subject that add up to another of
// its figures ("three new cases, one in the north-east and two in London";
// "95,000 barrels a day, 70,000 from the larger leak and 25,000 from the
// smaller"). Each item counts a part of the whole (a place, a leak, a
// group the extractor could not tell apart), so it is set against nothing.
func breakdownParts(figs []store.FigureRow) map[int64]bool {
	type key struct {
		art  store.ArticleID
		sent document.Span
	}
	bySentence := map[key][]*store.FigureRow{}
	for i := range figs {
		f := &figs[i]
		if f.Sentence == (document.Span{}) || f.Value == nil || f.Low != nil || f.High != nil || *f.Value <= 0 {
			continue
		}
		k := key{f.Article, f.Sentence}
		bySentence[k] = append(bySentence[k], f)
	}
	parts := map[int64]bool{}
	for _, fs := range bySentence {
		// Items of an addition: "three more cases - two in London and
		// one in the north-east". A smaller count after an increment in
		// its sentence is a part of what was added, neither a total nor
		// a second account of one.
		sort.Slice(fs, func(i, j int) bool { return fs[i].Span.Start < fs[j].Span.Start })
		for i, inc := range fs {
			if !increment(&inc.Figure) {
				continue
			}
			for _, f := range fs[i+1:] {
				if !increment(&f.Figure) && *f.Value < *inc.Value {
					parts[f.ID] = true
				}
			}
		}
		if len(fs) < 3 || len(fs) > maxBreakdown {
			continue
		}
		for w, whole := range fs {
			// Subsets of the others, two items or more, that sum to the whole.
			var others []*store.FigureRow
			for i, f := range fs {
				if i != w {
					others = append(others, f)
				}
			}
			for mask := 1; mask < 1<<len(others); mask++ {
				n, sum := 0, 0.0
				for i, f := range others {
					if mask&(1<<i) != 0 {
						n++
						sum += *f.Value
					}
				}
				if n < 2 || math.Abs(sum-*whole.Value) > 1e-9*math.Max(1, sum) {
					continue
				}
				for i, f := range others {
					if mask&(1<<i) != 0 {
						parts[f.ID] = true
					}
				}
			}
		}
	}
	return parts
}

// earlierStages finds the figures a sentence gives as earlier stages of a
// count: three or more figures of the subject, rising in the order written
// and not adding up ("first they said 1,000 barrels, then 5,000, now we are
// up to 100,000"; "the toll rose from 20 to 45 and then to 80"). All but
// the last are what was said or counted before: set against another
// report's current figure they are history, not a second account.
func earlierStages(figs []store.FigureRow, parts map[int64]bool) map[int64]bool {
	type key struct {
		art  store.ArticleID
		sent document.Span
	}
	bySentence := map[key][]*store.FigureRow{}
	for i := range figs {
		f := &figs[i]
		if f.Sentence == (document.Span{}) || parts[f.ID] || f.Negated {
			continue
		}
		if _, _, ok := Interval(&f.Figure); !ok {
			continue
		}
		k := key{f.Article, f.Sentence}
		bySentence[k] = append(bySentence[k], f)
	}
	stages := map[int64]bool{}
	for _, fs := range bySentence {
		if len(fs) < 3 {
			continue
		}
		sort.Slice(fs, func(i, j int) bool { return fs[i].Span.Start < fs[j].Span.Start })
		rising := true
		for i := 1; i < len(fs) && rising; i++ {
			rising = pointOf(&fs[i].Figure) > pointOf(&fs[i-1].Figure)
		}
		if !rising {
			continue
		}
		for _, f := range fs[:len(fs)-1] {
			stages[f.ID] = true
		}
	}
	return stages
}

// maxBreakdown bounds the figures of one sentence searched for a
// breakdown (the subsets double with each).
const maxBreakdown = 10

// Package ledger derives the claim ledger from extracted facts: subjects
// (what is counted, whose, where), near-duplicate groups (MinHash + LSH),
// discrepancies between figures, and links from denials and confirmations to
// the claims they target. It is plain Go over plain structs so that every
// store computes the same ledger.
package ledger

import (
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// Subject is the normalized (holder, counted thing, location) of a figure.
type Subject struct {
	Key      string
	Label    string
	Holder   string
	Thing    string
	Location string
}

// normWords lowercases s, drops dots inside abbreviations ("U.S." → "us")
// and splits it into words of letters, digits, '%', '$', '-' and '\”.
func normWords(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r == '.':
			// abbreviation dots vanish; a sentence dot ends nothing useful here
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '%', r == '$', r == '-', r == '\'' && b.Len() > 0, r >= 0x80 && isLetter(r):
			b.WriteRune(toLower(r))
		case r == '’' && b.Len() > 0:
			b.WriteByte('\'')
		default:
			flush()
		}
	}
	flush()
	// Possessive 's belongs to the word before it.
	for i, w := range out {
		out[i] = strings.TrimSuffix(w, "'s")
		out[i] = strings.TrimSuffix(out[i], "'")
	}
	return out
}

func isLetter(r rune) bool { return strings.ToLower(string(r)) != strings.ToUpper(string(r)) }

func toLower(r rune) rune {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return []rune(strings.ToLower(string(r)))[0]
}

var dropWords = map[string]bool{"the": true, "a": true, "an": true, "in": true, "of": true, "some": true}

// Place folds a place or holder name: countries (names, abbreviations,
// demonyms) to one display form; anything else is returned trimmed, with
// leading articles dropped.
func Place(s string) string {
	w := normWords(s)
	for len(w) > 0 && dropWords[w[0]] {
		w = w[1:]
	}
	if len(w) == 0 {
		return ""
	}
	if c, ok := countries[strings.Join(w, " ")]; ok {
		return c
	}
	// Keep the original casing of the remaining words.
	t := strings.TrimSpace(s)
	for _, p := range []string{"the ", "The ", "in ", "In "} {
		t = strings.TrimPrefix(t, p)
	}
	return strings.TrimRight(t, ".,;: ")
}

// places folds a location that may list several places ("Iraq and Syria",
// "Syria, Iraq") into sorted display names joined by " and ".
func places(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	s = strings.NewReplacer(" and ", ",", " & ", ",", ";", ",", "/", ",").Replace(s)
	var out []string
	seen := map[string]bool{}
	for _, p := range strings.Split(s, ",") {
		p = Place(p)
		if p == "" || seen[strings.ToLower(p)] {
			continue
		}
		seen[strings.ToLower(p)] = true
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return strings.ToLower(out[i]) < strings.ToLower(out[j]) })
	return strings.Join(out, " and ")
}

// foldThing folds the counted-thing words; head is the matched noun phrase
// (1–3 words at the end) and rest the words before it.
func foldThing(w []string) (thing string, rest []string) {
	for n := 3; n >= 1; n-- {
		if len(w) < n {
			continue
		}
		h := strings.Join(w[len(w)-n:], " ")
		if militaryNouns[h] {
			return "troops", w[:len(w)-n]
		}
		if t, ok := thingFold[h]; ok {
			return t, w[:len(w)-n]
		}
	}
	if len(w) == 0 {
		return "", nil
	}
	return w[len(w)-1], w[:len(w)-1]
}

// SubjectOf returns the subject of a figure, or a zero Subject when the
// figure does not say what it counts (no counted noun, or a measure such as
// a percentage, a currency or a distance) or neither whose nor where.
//
// A figure that carries a Measure (what happened to what is counted:
// "people killed", "refugees", "troops deployed") is filed by measure and
// place: the holder counts only for deployments ("US troops · Iraq"), and
// displaced people are placed where they are, with where they fled from
// ("refugees · Turkey (from Syria)"). A negated figure ("no one was
// killed") is never a count and has no subject.
func SubjectOf(f *extract.Figure) Subject {
	if f.Negated {
		return Subject{}
	}
	if m := strings.ToLower(strings.Join(strings.Fields(string(f.Measure)), " ")); m != "" {
		return measureSubject(f, m)
	}
	if isMeasure(string(f.Unit)) {
		return Subject{} // a percentage or an amount of money: of what is unknown
	}
	holder := Place(string(f.Holder))
	words := normWords(string(f.Unit))
	thing, rest := foldThing(words)
	if thing == "" {
		return Subject{}
	}
	// Words before the head noun may name the holder ("US troops",
	// "ISIS fighters"); other modifiers ("additional", "military") go.
	if holder == "" && len(rest) > 0 {
		for n := len(rest); n >= 1 && holder == ""; n-- {
			for i := 0; i+n <= len(rest); i++ {
				if c, ok := countries[strings.Join(rest[i:i+n], " ")]; ok {
					holder = c
					break
				}
			}
		}
		if holder == "" {
			if h := capitalizedPrefix(string(f.Unit)); h != "" {
				holder = h
			}
		}
	}
	loc := places(string(f.Location))
	if f.Country != "" && !allCountries(loc) {
		// A city or region: the subject is placed in its country.
		loc = places(string(f.Country))
	}
	if holder == "" && loc == "" {
		return Subject{} // "troops" alone, whose and where unknown, groups nothing
	}
	s := Subject{Holder: holder, Thing: thing, Location: loc}
	s.Key = strings.ToLower(holder) + "|" + thing + "|" + strings.ToLower(loc)
	s.Label = strings.TrimSpace(holder + " " + thing)
	if loc != "" {
		s.Label += " · " + loc
	}
	return s
}

// capitalizedPrefix returns the leading capitalized words of a unit phrase
// that are not the head noun ("ISIS fighters" → "ISIS").
func capitalizedPrefix(unit string) string {
	f := strings.Fields(unit)
	if len(f) < 2 {
		return ""
	}
	n := 0
	for n < len(f)-1 && f[n] != "" && f[n][0] >= 'A' && f[n][0] <= 'Z' {
		n++
	}
	if n == 0 {
		return ""
	}
	return strings.Join(f[:n], " ")
}

// queryTokens folds free words into the tokens subjects are made of:
// countries to their display names, personnel nouns to "troops", counted
// nouns to their folded forms.
func queryTokens(q string) []string {
	w := normWords(q)
	var out []string
	for i := 0; i < len(w); {
		matched := false
		for n := 4; n >= 1; n-- {
			if i+n > len(w) {
				continue
			}
			p := strings.Join(w[i:i+n], " ")
			if c, ok := countries[p]; ok {
				out = append(out, normWords(c)...)
			} else if militaryNouns[p] {
				out = append(out, "troops")
			} else if t, ok := thingFold[p]; ok {
				out = append(out, strings.ToLower(t))
			} else if n == 1 && !dropWords[p] && p != "·" {
				out = append(out, p)
			} else {
				continue
			}
			i += n
			matched = true
			break
		}
		if !matched {
			i++
		}
	}
	return out
}

// MatchSubject resolves a loose subject query against subjects: an exact key
// or label wins; otherwise every folded query word must occur in the
// subject's holder, thing or location, and the subject with the fewest other
// words (then the most figures) wins. ok is false when nothing matches.
// Alternatives lists the other subjects that also matched.
func MatchSubject(q string, subjects []store.Subject) (best store.Subject, alternatives []store.Subject, ok bool) {
	lq := strings.ToLower(strings.TrimSpace(q))
	if lq == "" {
		return store.Subject{}, nil, false
	}
	for _, s := range subjects {
		if s.Key == lq || strings.ToLower(s.Label) == lq {
			return s, nil, true
		}
	}
	qt := queryTokens(q)
	if len(qt) == 0 {
		return store.Subject{}, nil, false
	}
	type cand struct {
		s     store.Subject
		extra int
	}
	var cs []cand
	for _, s := range subjects {
		st := queryTokens(s.Holder + " " + s.Thing + " " + s.Location)
		set := map[string]bool{}
		for _, t := range st {
			set[t] = true
		}
		all := true
		for _, t := range qt {
			if !set[t] {
				all = false
				break
			}
		}
		if all {
			cs = append(cs, cand{s, len(set) - len(qt)})
		}
	}
	if len(cs) == 0 {
		return store.Subject{}, nil, false
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].extra != cs[j].extra {
			return cs[i].extra < cs[j].extra
		}
		return cs[i].s.Figures > cs[j].s.Figures
	})
	for _, c := range cs[1:] {
		alternatives = append(alternatives, c.s)
	}
	return cs[0].s, alternatives, true
}

// allCountries reports whether every place in a folded location is a
// country (or the location is empty).
func allCountries(loc string) bool {
	if loc == "" {
		return false
	}
	for _, p := range strings.Split(loc, " and ") {
		if _, ok := countries[strings.ToLower(p)]; !ok {
			return false
		}
	}
	return true
}

// measures are units that say how a thing is measured, not what is counted.
var measures = map[string]bool{
	"%": true, "percent": true, "per cent": true, "percentage points": true, "points": true, "pct": true,
	"km": true, "kilometres": true, "kilometers": true, "miles": true, "mi": true, "m": true, "metres": true,
	"meters": true, "kg": true, "kilograms": true, "tonnes": true, "tons": true, "lb": true, "pounds": true,
	"barrels": true, "bpd": true, "mph": true, "km/h": true, "hectares": true, "acres": true, "sq km": true,
	"degrees": true, "years": true, "months": true, "days": true, "hours": true, "minutes": true, "seconds": true,
	"dollars": true, "euros": true, "pence": true, "cents": true, "cent": true, "p": true, "yen": true, "yuan": true, "rupees": true,
	"$": true, "£": true, "€": true, "¥": true, "times": true, "fold": true, "bn": true, "m.": true,
}

// isMeasure reports whether unit is a measure or a currency (a three-letter
// code such as USD or GBP).
func isMeasure(unit string) bool {
	u := strings.TrimSpace(unit)
	if u == "" {
		return false
	}
	if len(u) == 3 && u[0] >= 'A' && u[0] <= 'Z' && u[1] >= 'A' && u[1] <= 'Z' && u[2] >= 'A' && u[2] <= 'Z' && countries[strings.ToLower(u)] == "" && u != "ISIS" {
		return true
	}
	return measures[strings.ToLower(u)]
}

// measureSubject files a figure with a Measure; see SubjectOf.
func measureSubject(f *extract.Figure, measure string) Subject {
	if !countable(f, measure) {
		return Subject{}
	}
	loc := placeOf(string(f.Location), string(f.Country))
	if sub := places(string(f.Location)); sub != "" && !allCountries(sub) && !capitals[strings.ToLower(sub)] && loc != "" && loc != sub && statedPlace(f) {
		// A city or region named with the figure ("12 injured in
		// Alexandria", "two cases in Texas") counts there, not the whole
		// country: it has a subject of its own.
		loc = sub + ", " + loc
	}
	from := ""
	if to := places(string(f.To)); to != "" {
		from, loc = loc, to
		if from == loc {
			from = ""
		}
	}
	holder := ""
	thing := measure
	if string(f.Event) == extract.EventDeployed || strings.HasSuffix(measure, " deployed") {
		// Whose troops matters: US and Iraqi troops in Iraq are two counts.
		holder = Place(string(f.Holder))
		if c := strings.TrimSpace(strings.ToLower(string(f.Counted))); c != "" && militaryNouns[c] {
			thing = "troops"
		} else if strings.HasSuffix(measure, " deployed") {
			thing = strings.TrimSuffix(measure, " deployed")
			if militaryNouns[thing] {
				thing = "troops"
			}
		}
	}
	if loc == "" && holder == "" {
		return Subject{} // a count of nowhere and nobody groups nothing
	}
	where := loc
	if from != "" {
		where += " (from " + from + ")"
	}
	s := Subject{Holder: holder, Thing: thing, Location: where}
	s.Key = strings.ToLower(holder) + "|" + thing + "|" + strings.ToLower(where)
	s.Label = strings.TrimSpace(holder + " " + thing)
	if where != "" {
		s.Label += " · " + where
	}
	return s
}

// placeOf folds a figure's place to its country when the place is a city
// or region inside a known country.
func placeOf(location, country string) string {
	loc := places(location)
	if country != "" && !allCountries(loc) {
		loc = places(country)
	}
	return loc
}

// Inferred reports whether a figure's place was inferred from its
// paragraph, the dateline or the article rather than read in its sentence:
// such figures join their subject, marked.
func Inferred(f *extract.Figure) bool {
	switch string(f.LocationBasis) {
	case extract.BasisParagraph, extract.BasisDateline, extract.BasisArticle:
		return true
	}
	return false
}

// statedPlace: the figure's place is written in its own clause or sentence.
func statedPlace(f *extract.Figure) bool {
	switch string(f.LocationBasis) {
	case extract.BasisStated, extract.BasisSentence:
		return true
	}
	return false
}

// countable reports whether a figure's measure names something a reader
// follows over time. A sum of money named only by its currency ("$2bn",
// "£300m") is aid, a fortune, a market loss or a budget: unrelated
// amounts, never one count. A bare noun with no event is a count of
// whatever the sentence is about: units and dimensions ("30 inches", "60
// miles", "4 points"), and people of no stated fate ("two men", "5,000
// people" in a square, on a Facebook page, in jail decades ago) file
// unrelated counts together. Such figures stay on their article; they
// join no subject and no timeline.
func countable(f *extract.Figure, measure string) bool {
	ev := strings.TrimSpace(string(f.Event))
	words := normWords(measure)
	if len(words) == 0 {
		return false
	}
	if ev == extract.EventMoney {
		// Money is a subject only when the measure says what it pays for
		// ("dollars of aid pledged"), not by its currency alone.
		for _, w := range words {
			if !isMeasure(w) && !currencyWords[w] {
				return true
			}
		}
		return false
	}
	if ev != "" {
		// A share or a span of a count ("71% of cases", "killed 20 years
		// ago") is not the count; only amounts of stuff come in units.
		return ev == extract.EventAmount || !isMeasure(string(f.Unit))
	}
	m := strings.Join(words, " ")
	if unitWords[m] || isMeasure(m) || genericPeople[m] {
		return false
	}
	if c := normWords(string(f.Counted)); len(words) > max(len(c), 1) {
		// The measure says what befell them ("people rescued") or what
		// it measures ("barrels of oil a day").
		return true
	}
	// A bare noun is a count only when it names what conflicts count
	// (troops, fighters, refugees, cases …): "two sides", "three police
	// stations", "65 children there" are whatever the sentence is about.
	thing, _ := foldThing(words)
	return specificThings[thing] || militaryNouns[thing]
}

// currencyWords are the names of money measures that say nothing of what
// the money is.
var currencyWords = map[string]bool{"dollars": true, "dollar": true, "usd": true, "euros": true, "euro": true, "pounds": true,
	"pound": true, "sterling": true, "pence": true, "cents": true, "yen": true, "yuan": true, "rupees": true, "francs": true,
	"bn": true, "billion": true, "million": true, "m": true, "trillion": true, "$": true, "£": true, "€": true, "us": true}

// unitWords are dimensions and scales: a figure in them measures a thing,
// it does not count one.
var unitWords = map[string]bool{"feet": true, "foot": true, "ft": true, "inches": true, "inch": true, "yards": true, "cm": true,
	"mm": true, "centimetres": true, "centimeters": true, "millimetres": true, "millimeters": true, "°": true, "degrees": true,
	"square kilometres": true, "square kilometers": true, "square miles": true, "square feet": true, "square metres": true,
	"mph": true, "knots": true, "magnitude": true, "points": true, "times": true, "fold": true, "percent": true}

// genericPeople are nouns for people that say nothing of who they are or
// what befell them.
var genericPeople = map[string]bool{"people": true, "persons": true, "person": true, "individuals": true, "men": true,
	"women": true, "others": true, "folks": true, "guys": true, "those": true, "ones": true}

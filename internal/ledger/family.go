package ledger

import (
	"strings"

	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// familyKey is who a figure rests on for the question "are these two
// accounts independent?": SourceKey, except that a country's authorities
// are one family. A government, its ministries, its ministers, its
// president and prime minister, its army and its state media speak for one
// state: the health ministry's toll against the prime minister's, or the
// interior minister's against "the government's", is that state's count
// restated or revised, never a second, independent account of it.
// SourceKey itself stays the source as named (pair signatures and reviews
// key on it).
func familyKey(f *store.FigureRow) string {
	if c := authorityCountry(f); c != "" {
		return "s:authorities of " + strings.ToLower(c)
	}
	return SourceKey(f)
}

// authorityCountry is the country whose state a figure's source speaks
// for, "" when the source is not a state authority or the country is not
// known. A government or military source speaks for the country its name
// gives ("Turkish government", "US military", "Haiti's interior
// minister"); a name that gives none ("the Prime Minister", "the
// Pentagon", a minister named by name) speaks for the country holding
// what is counted ("US troops"), else for the figure's own country. An
// unnamed official counts only when the name gives the country ("Haitian
// officials"; "officials" alone may be the UN's).
func authorityCountry(f *store.FigureRow) string {
	if c, ok := strings.CutPrefix(string(f.SourceFamily), "government of "); ok && c != "" {
		// Extraction saw the state in the name or in the speaker's role
		// ("Mexican Health Minister Jose Ruiz"), which the name alone no
		// longer shows.
		return Place(c)
	}
	t := string(f.SourceType)
	state := t == extract.SourceGovernment || t == extract.SourceMilitary
	if !state && t != extract.SourceAnonymousOfficial {
		return ""
	}
	own := Place(string(f.Country))
	if c := namedCountry(string(f.Source), own); c != "" {
		return c
	}
	if !state || strings.TrimSpace(string(f.Source)) == "" {
		return ""
	}
	if h := Place(string(f.Holder)); isCountry(h) {
		return h
	}
	if strings.Contains(own, " and ") {
		return "" // a figure of several countries
	}
	return own
}

// namedCountry is the country a source's name gives by a name or demonym
// of the folding table, or by a demonym of own (the figure's country):
// "Haitian government" of Haiti. "" when it gives none.
func namedCountry(name, own string) string {
	w := normWords(name)
	ownw := strings.Join(normWords(own), " ")
	for i := range w {
		for n := min(3, len(w)-i); n >= 1; n-- {
			p := strings.Join(w[i:i+n], " ")
			if c, ok := countries[p]; ok {
				return c
			}
			if ownw != "" && (p == ownw || n == 1 && demonym(p, ownw)) {
				return own
			}
		}
	}
	return ""
}

// isCountry reports a display name of the folding table's countries.
func isCountry(s string) bool {
	if s == "" {
		return false
	}
	c, ok := countries[strings.ToLower(s)]
	return ok && c == s
}

// foreignHealthCount reports a count of cases or casualties that another
// country's health authority gives, filed under a country only by
// inference (the article's, not the clause's): a health ministry counts
// its own country's sick and dead ("the Argentine health ministry reported
// seven deaths" on a page about Mexico is Argentina's toll), so it is no
// account of the country it was filed under.
func foreignHealthCount(f *store.FigureRow) bool {
	if statedPlace(&f.Figure) {
		return false
	}
	switch string(f.Event) {
	case extract.EventCases, extract.EventKilled, extract.EventWounded, extract.EventMissing:
	default:
		return false
	}
	health := false
	for _, w := range normWords(string(f.Source)) {
		if w == "health" {
			health = true
		}
	}
	if !health {
		return false
	}
	own := Place(string(f.Country))
	c := namedCountry(string(f.Source), own)
	return c != "" && own != "" && !strings.EqualFold(c, own)
}

// compiledTally reports an intergovernmental body's tally of a country's
// cases or dead (its count, not its own estimate) set against that
// country's authorities' count reported within a day: the body compiles
// its tally from those authorities' reports (a WHO count of a country's
// confirmed cases lags the health ministry's by days), so the two are one
// count at two moments, not two accounts of it.
func compiledTally(a, b *store.FigureRow) bool {
	if a.Published.IsZero() || b.Published.IsZero() || absDays(a.Published, b.Published) > 1 {
		return false
	}
	switch string(a.Event) {
	case extract.EventCases, extract.EventKilled:
	default:
		return false
	}
	for _, p := range [][2]*store.FigureRow{{a, b}, {b, a}} {
		igo, state := p[0], p[1]
		if string(igo.SourceType) != extract.SourceIntergovernmental || strings.EqualFold(string(igo.Basis), extract.BasisEstimate) {
			continue
		}
		if c := authorityCountry(state); c != "" && strings.EqualFold(c, Place(string(igo.Country))) {
			return true
		}
	}
	return false
}

package extract

import (
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/entity"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// leaderPlace re-places a figure that only inference placed (its
// paragraph, the dateline, the article's main country) when its own
// sentence names the ruler of another country instead of the country:
// "after weeks of protests in which more than 100 people died, Ben Ali
// fled" counts Tunisia's dead, even in a story about Egypt. A sentence
// naming rulers of several countries, a ruler who is the figure's own
// source ("Mubarak said …") or a deployment or displacement (whose place
// has rules of its own) keeps the inferred place.
func (c *figureCtx) leaderPlace(f *Figure, sStart, sEnd int) {
	switch string(f.LocationBasis) {
	case BasisParagraph, BasisDateline, BasisArticle:
	default:
		return
	}
	if f.Event == EventDeployed || f.Event == EventDisplaced || sStart >= sEnd || sEnd > len(c.a.Tokens) {
		return
	}
	sent := c.text[c.a.Tokens[sStart].Start:c.a.Tokens[sEnd-1].End]
	cs := entity.LeaderCountries(sent)
	if len(cs) != 1 || strings.EqualFold(cs[0], string(f.Country)) {
		return
	}
	if src := string(f.Source); src != "" && len(entity.LeaderCountries(src)) > 0 {
		return
	}
	if c.formerAllegiance(sStart, sEnd) {
		return
	}
	f.Location, f.Country, f.LocationBasis = document.Str(cs[0]), document.Str(cs[0]), BasisSentence
}

// formerAllegiance reports a sentence whose every ruler is named for
// people's past allegiance ("former Saddam Hussein loyalists", "Saddam's
// former officers", "Gaddafi-era officials"): it says who the people
// were, not where what the sentence counts happened.
func (c *figureCtx) formerAllegiance(sStart, sEnd int) bool {
	seen := false
	for k := sStart; k < sEnd; k++ {
		t := c.a.Tokens[k]
		if t.Flags&segment.Cap == 0 {
			continue
		}
		n := 0 // tokens of the ruler's name starting at k
		for m := k; m < sEnd && m < k+4; m++ {
			if len(entity.LeaderCountries(c.text[t.Start:c.a.Tokens[m].End])) > 0 {
				n = m - k + 1
				break
			}
		}
		if n == 0 {
			continue
		}
		seen = true
		j := k + n
		if c.low(j) == "'s" || c.low(j) == "’s" {
			j++
		}
		past := c.low(k-1) == "former" || c.low(k-1) == "-" && c.low(k-2) == "ex"
		switch c.low(j) {
		case "former", "loyalists", "loyalist", "era", "-":
			past = past || c.low(j) != "-" || c.low(j+1) == "era"
		}
		if !past {
			return false
		}
		k = j
	}
	return seen
}

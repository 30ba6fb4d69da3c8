package extract

import (
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/entity"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/annotate/timex"
	"github.com/claimtrack/claimtrack/internal/document"
)

// Where a figure holds. A place written with the figure wins; then a place
// the sentence is set in ("In Homs, activists said …"), the paragraph's, the
// dateline's and last the article's main country — each with its basis, so
// a reader can tell a stated place from an inferred one. An organisation's
// seat ("London-based") and a named building are never a figure's place.

// place sets f's Location, Country, LocationBasis and To. holderCountry is
// the country of a nationality modifying the counted noun ("Syrian
// refugees"), cFrom/cTo the figure's clause.
func (c *figureCtx) place(f *Figure, holderCountry string, after, qStart, cFrom, cTo, sStart, sEnd int) {
	if c.dimension(f) {
		return // "a six-inch tube", "1.5m high": the size of a thing is nowhere
	}
	loc, country := "", ""
	// "Worldwide, the number of cases has soared to 13,400": the opening
	// adverb counts the sentence's figures over the world unless a place is
	// written with them; "the number" does not then borrow the place of
	// the figure before.
	w := c.low(sStart)
	opensWorld := w == "worldwide" || w == "globally"
	if f.Location != "" && !opensWorld { // from "the number of X in PLACE"
		loc = string(f.Location)
		if c.prev != nil && f.Location == c.prev.Location && c.prev.Sentence != f.Sentence {
			// "… four in Scotland. The tally in London has reached 13":
			// a tally carried from the figure before keeps its counted
			// thing, but a place its own clause writes is its place.
			if l, ctry := c.locationBefore(cFrom, qStart); l != "" {
				loc, country = l, ctry
			}
		}
	}
	basis := ""
	if loc == "" {
		// "in Nigeria (27 percent) and the United States (26 percent)": a
		// figure in brackets belongs to the place right before them.
		loc, country = c.bracketedAfterPlace(qStart)
	}
	if loc == "" {
		// "Chile, which has seen 5,000 cases", "in Mexico where there
		// have been 1,626 cases": the relative clause's head.
		loc, country = c.relativeHead(cFrom, qStart)
	}
	if loc == "" {
		loc, country = c.locationAfter(after, cTo)
	}
	if loc == "" {
		// "91 confirmed cases in 10 US states": a count of one country's
		// states or provinces lies in that country.
		loc, country = c.statesOf(after, cTo)
	}
	if loc == "" && after < cTo && c.low(after) == "of" && !c.identityNoun(after-1) {
		// "two districts of Kobane", "5,000 residents of Homs": the place
		// the counted things are part of; not "citizens of France"
		if l, ctry, ok := c.placeAt(after+1, cTo); ok {
			loc, country = l, ctry
		}
	}
	// "Swine flu began in Mexico and has spread to 74 countries, infecting
	// 27,700 people": a place before a spread over many countries is not
	// the total's.
	multi := f.Event != EventDisplaced && c.multiCountry(f, cFrom, cTo)
	if loc == "" && !multi {
		loc, country = c.locationBefore(cFrom, qStart)
	}
	if loc == "" && opensWorld {
		loc = "World"
	}
	if loc == "" {
		loc, country = c.worldwide(cFrom, cTo)
	}
	// Some figures hold nowhere unless a place is written with them: a
	// reward offered, an online audience. The story's places are not theirs.
	placeless := c.placeless(f, qStart, cFrom, cTo)
	if loc == "" && f.Event != EventDeployed && !multi && !placeless && !c.donation(f, cFrom, cTo) && !c.paidBefore(cFrom, qStart) {
		// A country that deploys forces holds them; one that gives money
		// gives it elsewhere: neither is the figure's place.
		loc, country = c.clauseSubjectPlace(cFrom, qStart)
		if loc == "" && cFrom > sStart && c.sharedSubject(cFrom) {
			// "Her country has seen 5,186 cases and reported seven
			// deaths": the second verb's subject opens the sentence.
			loc, country = c.clauseSubjectPlace(sStart, qStart)
		}
	}
	if loc == "" && f.Event != EventDisplaced && f.Event != EventDeployed {
		// "2m barrels will have gushed into the Gulf": where a spill went
		// is where it is; people who fled into a country are placed below.
		loc, country = c.destinationAfter(after, cTo, "into")
	}
	if loc == "" && f.Event == EventDeployed {
		// "Saudi Arabia has sent 1,000 troops to Bahrain": where they go.
		loc, country = c.destination(after, cTo)
	}
	if loc != "" {
		basis = BasisStated
	}
	event := string(f.Event)
	if loc == "" && multi {
		// "787 infections in 17 countries": a total over many countries
		// holds in none of them.
		return
	}
	fled := false
	if event == EventDisplaced && loc == "" {
		// "150,000 people have fled Libya", "… fled from Homs to Lebanon":
		// the place they fled is written; where they went is To.
		if from, ctry := c.fledFrom(after, cTo); from != "" {
			loc, country, basis, fled = from, ctry, BasisStated, true
			if to, _ := c.destination(after, cTo); to != "" && to != from {
				f.To = document.Str(to)
			}
		}
	}
	if event == EventDisplaced && loc == "" {
		// "70,000 people have fled to Lebanon": where they are now.
		if to, _ := c.destination(after, cTo); to != "" {
			f.To = document.Str(to)
			if origin := c.origin; origin != "" && origin != to {
				loc, country, basis = origin, origin, BasisParagraph
			} else if mc := c.mainCountry(); mc != "" && mc != to {
				loc, country, basis = mc, mc, BasisArticle
			}
		}
	}
	if event == EventDisplaced && f.To == "" {
		// Refugees are where they are ("in Turkey"); they come from where
		// their nationality says ("Syrian refugees") or the article is about.
		if loc != "" && !fled && holderCountry != "" && holderCountry != country && holderCountry != loc {
			// not "42 Americans have been evacuated from Egypt": the
			// place they left is where they were counted
			f.To = document.Str(loc)
			loc, country = holderCountry, holderCountry
		} else if loc != "" && string(f.Counted) == "refugees" {
			if mc := c.mainCountry(); mc != "" && mc != country && mc != loc {
				f.To = document.Str(loc)
				loc, country, basis = mc, mc, BasisArticle
			}
		}
	}
	if loc == "" && holderCountry != "" && !c.donation(f, cFrom, cTo) && (event == EventProtesting || event == EventDisplaced || event == EventCases || holderCountry == c.mainCountry()) {
		// "Egyptian protesters", "Haitian dead": the nationality places
		// them; "60 Britons" abroad are placed where the story is.
		loc, country, basis = holderCountry, holderCountry, BasisStated
	}
	if loc == "" && !c.historical(f) && !placeless && c.donation(f, cFrom, cTo) {
		// Money given is placed where the story is, not among its givers.
		if mc := c.mainCountry(); mc != "" {
			loc, country, basis = mc, mc, BasisArticle
		}
	}
	if loc == "" && !placeless {
		// Readers place every figure where the article is set, money and
		// shares too, and a figure from the past as well ("in 2005 an
		// explosion at its Texas refinery killed 15" on a BP story is
		// America's; measured against the hand annotation).
		if l, ctry := c.locativeIn(sStart, sEnd, f.Span); l != "" {
			loc, country, basis = l, ctry, BasisSentence
		} else if l, ctry := c.territory(sStart, sEnd); l != "" {
			// "Islamic State, which massacred 700 tribesmen, controls
			// much of eastern Syria": the group's deeds lie in the land
			// the sentence says it holds
			loc, country, basis = l, ctry, BasisSentence
		} else if l, ctry := c.visited(sStart, sEnd); l != "" {
			// "a Mexican boy who was visiting Texas": where he was
			loc, country, basis = l, ctry, BasisSentence
		} else if l, ctry := c.localTown(sStart, sEnd); l != "" {
			// "… damaged in Leogane, the UN said. According to the local
			// police, 5,000 people have been killed": the town just named
			loc, country, basis = l, ctry, BasisParagraph
		} else if hc := c.homeVictims(f, holderCountry, after); hc != "" {
			// "the group also executed 1,700 Iraqi soldiers" in a story
			// about Lebanon: the soldiers fell at home
			loc, country, basis = hc, hc, BasisStated
		} else if l, ctry, at := c.paragraphPlace(f.Span.Start); l != "" {
			loc, country, basis = l, ctry, BasisParagraph
			if si := c.a.SentenceAt(f.Span.Start); si >= 0 && at >= c.a.Sentences[si].Start {
				basis = BasisSentence // a place named in the figure's own sentence
			}
		} else if l, ctry := c.recentPlace(f.Span.Start); l != "" {
			// A page about several countries ("Now to the United
			// States. … 27,717 cases"): the country its last lines
			// named, not the page's most named.
			loc, country, basis = l, ctry, BasisParagraph
		} else if l, ctry := c.datelinePlace(); l != "" && (ctry == c.mainCountry() || c.mainCountry() == "") {
			// A dateline is where the reporter files from ("BEIRUT —" on a
			// Syria story): it places a figure only when the article is
			// about that country.
			loc, country, basis = l, ctry, BasisDateline
		} else if mc := c.mainCountry(); mc != "" {
			loc, country, basis = mc, mc, BasisArticle
		} else if mp := c.mainPlace(); mp != "" {
			loc, country, basis = mp, c.mainSea, BasisArticle // "the Gulf of Mexico": a place no country holds
		}
	}
	if basis != BasisStated && !placeless {
		// "the U.S. military has struck 70 targets" on a story the US
		// leads: the strikes land where the article says they do
		// ("airstrikes in northern Iraq"), not in the striker's country.
		if striker := c.sentenceAttacker(sStart, sEnd); striker != "" && (loc == "" || country == striker) {
			if l, ctry := c.strikePlace(f.Span.Start); l != "" && ctry != striker {
				loc, country, basis = l, ctry, BasisParagraph
			}
		}
	}
	if basis != BasisStated && event == EventDeployed && country != "" && (country == holderCountry || string(f.Holder) == country) {
		// A country's own forces are not placed in it by inference; the
		// story's country, when another, is where they were sent ("the
		// number of US troops would rise to 9,000" on a Haiti story).
		mc := c.mainCountry()
		if mc == "" || mc == country {
			return
		}
		loc, country, basis = mc, mc, BasisArticle
	}
	if loc == "" {
		return
	}
	if country == "" {
		country = c.countryOf(loc)
	}
	if country == "" && loc != "World" && !geoName(loc) && !continentName(loc) && !strings.Contains(loc, " and ") {
		// A town the gazetteer does not know ("near the oil town of
		// Brega") lies, as a reader assumes, in the country the story is
		// about; a sea or a region keeps no country.
		country = c.mainCountry()
	}
	if event == EventDisplaced && f.To != "" && country != "" {
		c.origin = country
		if f.Measure != "refugees" && string(f.To) != country && c.countryOf(string(f.To)) != country {
			f.Measure = "refugees" // people who fled abroad
		}
	}
	f.Location, f.Country, f.LocationBasis = document.Str(loc), document.Str(country), document.Str(basis)
}

// locativeIn finds a place introduced by a locative preposition anywhere in
// the sentence, nearest to the figure: "In Homs, activists said …".
func (c *figureCtx) locativeIn(sStart, sEnd int, fig document.Span) (string, string) {
	best, bestCountry, bestDist := "", "", -1
	for k := sStart; k < sEnd; k++ {
		t := c.a.Tokens[k]
		if t.Kind != segment.Word || !locPrep(c.lowTok(t)) {
			continue
		}
		loc, country, ok := c.placeAt(k+1, sEnd)
		if !ok || c.afterOtherFigure(k, fig) || c.superlativeScope(k) || c.originPhrase(k) || c.otherClauseAfter(k, fig) || c.contrastBefore(k, fig) ||
			c.speakerPlace(k, fig) || c.seatAfter(k) {
			continue // "…, seven in California": another figure's place; "our correspondent in Baghdad says"
		}
		d := fig.Start - t.Start
		if d < 0 {
			d = -d
		}
		if bestDist < 0 || d < bestDist {
			best, bestCountry, bestDist = loc, country, d
		}
	}
	return best, bestCountry
}

// paragraphPlace is the last locative place named in the figure's paragraph
// before it, else the paragraph's first place with a known country, with
// the offset where it is named.
func (c *figureCtx) paragraphPlace(pos int) (string, string, int) {
	start := c.paragraphStart(pos)
	if start >= pos {
		return "", "", 0
	}
	i, _ := c.a.TokenRange(document.Span{Start: start, End: start})
	j, _ := c.a.TokenRange(document.Span{Start: pos, End: pos})
	// Bounded: a one-paragraph article must not make this quadratic.
	for k := c.locPrepBefore(j); k >= i && k >= j-400; k = c.locPrepBefore(k) {
		if c.originPhrase(k) || c.contrastBefore(k, document.Span{Start: pos, End: pos}) || c.superlativeScope(k) || c.speakerPlace(k, document.Span{Start: pos, End: pos}) || c.seatAfter(k) {
			continue
		}
		if loc, country, ok := c.placeAt(k+1, j); ok {
			return loc, country, c.a.Tokens[k].Start
		}
	}
	// Else the paragraph's last place named before the figure, as a reader
	// takes "Argentine officials … Her country has seen 5,186 cases".
	// Only the sentence before the figure's: a long run-on paragraph
	// (a live page, a comment thread) says nothing beyond that.
	if si := c.a.SentenceAt(pos); si > 0 && c.a.Sentences[si-1].Start > start {
		start = c.a.Sentences[si-1].Start
	}
	if loc, country, at := c.lastMentionIn(start, pos); loc != "" {
		return loc, country, at
	}
	return "", "", 0
}

// lastMentionIn is the last place or nationality named in [start, pos)
// that says where things are: not a destination, an organisation's seat or
// nationality, a speaker, a striker, a payer or who a person is.
func (c *figureCtx) lastMentionIn(start, pos int) (string, string, int) {
	loc, country, at, _ := c.mentionsIn(start, pos, 1)
	return loc, country, at
}

// mentionsIn is lastMentionIn that also counts the distinct countries
// named so in [start, pos), looking no further once it has seen limit.
func (c *figureCtx) mentionsIn(start, pos, limit int) (string, string, int, int) {
	loc, country, at := "", "", 0
	seen := map[string]bool{}
	es := c.entitiesIn(document.Span{Start: start, End: pos})
	for k := len(es) - 1; k >= 0 && len(seen) < limit; k-- {
		e := &es[k]
		if e.Type == entity.Place {
			// not where people went ("fled to Tunisia and Egypt")
			ti, _ := c.a.TokenRange(e.Span)
			if p := c.low(ti - 1); destPrep(p) && !c.topicShift(ti-1) || p == "and" && (destPrep(c.low(ti-3)) || c.originPhrase(ti-3)) || c.originPhrase(ti-1) || c.contrastBefore(ti, document.Span{Start: pos, End: pos}) ||
				locPrep(p) && c.superlativeScope(ti-1) { // "the most in South America"
				continue
			}
		}
		if dl := c.a.Doc.Dateline; e.Span.Start >= dl.Start && e.Span.End <= dl.End && !dl.IsZero() {
			continue // the dateline is where the reporter is, weighed after the paragraph
		}
		if (e.Type == entity.NORP || e.Type == entity.Place && e.Country != "" && strings.EqualFold(placeName(e, c.text), e.Country)) && c.identityNationality(e) {
			// "a French hostage", "British aid workers", "US journalists":
			// who they are, not where
			continue
		}
		if (e.Type == entity.Place || e.Type == entity.NORP) && e.Country != "" && !c.orgSeat(e) && !c.orgNationality(e) && !c.stateBody(e) && !c.a.SkipFacts(e.Span) &&
			!c.foreignAttacker(e) && !c.capitalSpeaker(e) && !c.borderSide(e) && !c.payer(e) && !c.agentBy(e) && !c.travelledFrom(e) && !c.foreignBody(e) && !c.foreignSeat(e) && !c.residentOf(e) { // "in a U.S. airstrike": the striker; "Washington said": a speaker
			if len(seen) == 0 {
				loc, country, at = placeName(e, c.text), e.Country, e.Span.Start
				if e.Type == entity.NORP {
					loc = e.Country
				}
			}
			seen[e.Country] = true
		}
	}
	return loc, country, at, len(seen)
}

// bracketedAfterPlace returns the place named right before the bracket that
// opens at the figure's token qStart (or one hedge word before it).
func (c *figureCtx) bracketedAfterPlace(qStart int) (string, string) {
	k := qStart - 1
	if k >= 0 && fillerWord(c.low(k)) {
		k-- // "Syria (about 12,000)"
	}
	if k < 1 || c.a.Tokens[k].Kind != segment.Punct || c.text[c.a.Tokens[k].Start] != '(' {
		return "", ""
	}
	e := c.entityAt(c.a.Tokens[k-1].Start)
	if e == nil || e.Type != entity.Place || e.Span.End != c.a.Tokens[k-1].End || c.orgSeat(e) {
		return "", ""
	}
	return placeName(e, c.text), e.Country
}

// identityNationality reports a nationality that says who a person is or
// who made a thing rather than where something happened: it modifies a noun
// for people who are often foreigners where the story is ("an American
// hostage", "two British aid workers", "a Canadian-Israeli woman") or for
// hardware ("two French turboprop aircraft", "Russian jets"). Officials,
// forces and governments of a nationality still place a figure in their
// country.
func (c *figureCtx) identityNationality(e *entity.Entity) bool {
	i, j := c.a.TokenRange(e.Span)
	if e.Type == entity.NORP && j < len(c.a.Tokens) {
		// A nationality standing for a person: "an Iraqi named …", "the
		// fourth American to die", "Three other Americans, …", "Britons
		// who …": who they are, not where.
		t := c.a.Tokens[j]
		switch w := c.lowTok(t); {
		case t.Kind == segment.Punct && w != "-" && w != "–" && w != "/" && w != "'s" && w != "’s",
			w == "to" || w == "who" || w == "named" || w == "called" || w == "was" || w == "were" || w == "is" || w == "are" || w == "has" || w == "had" || w == "have":
			p := c.low(i - 1)
			return p == "a" || p == "an" || p == "another" || ordinalWord(p) || strings.HasSuffix(e.Span.Of(c.text), "s")
		}
	}
	if i > 0 && e.Type == entity.NORP && strings.HasSuffix(e.Span.Of(c.text), "s") && (c.a.Tokens[i-1].Kind == segment.Number || c.quantityEndsAt(c.a.Tokens[i-1].End)) {
		// "four Britons and two Canadians were killed": who the dead
		// were; not "11 Iraqi police officers"
		return true
	}
	for k, n := j, 0; n < 3 && k < len(c.a.Tokens); k++ {
		t := c.a.Tokens[k]
		if t.Kind == segment.Punct && c.text[t.Start] == '-' {
			continue
		}
		if t.Kind == segment.Number && t.Flags&segment.SpaceBefore == 0 && k > j {
			continue // a model's number: "French ATR-42 turboprop aircraft"
		}
		n++
		if t.Kind != segment.Word {
			return false
		}
		switch c.lowTok(t) {
		case "hostage", "hostages", "captive", "captives", "journalist", "journalists", "photojournalist", "photographer",
			"reporter", "reporters", "correspondent", "citizen", "citizens", "national", "nationals", "aid", "tourist",
			"tourists", "teacher", "teachers", "engineer", "engineers", "volunteer", "volunteers", "woman", "women", "man",
			"men", "girl", "boy", "nurse", "nurses", "doctor", "doctors", "missionary", "missionaries", "contractor",
			"contractors", "expatriate", "expatriates", "passport", "student", "students", "worker", "workers", "labourers",
			"laborers", "pilgrims", "sailors", "seamen", "crew", "fishermen", "diplomat", "diplomats", "employees",
			"businessman", "businessmen", "priest", "priests", "nuns", "monks", "jihadist", "jihadists", "jihadis",
			"aircraft", "jets", "planes", "warplanes", "helicopters", "drones", "weapons", "arms", "missiles", "rifles",
			"turboprop", "made", "built", "manufactured":
			return true
		}
		if c.entityAt(t.Start) == nil && t.Flags&segment.Cap == 0 && !npModifier(c.lowTok(t)) && c.lowTok(t) != "freelance" && c.lowTok(t) != "female" && c.lowTok(t) != "male" && c.lowTok(t) != "young" &&
			!(n == 1 && k+1 < len(c.a.Tokens) && c.a.Tokens[k+1].Kind == segment.Word) { // "Indian construction workers": one noun modifier
			return false
		}
	}
	return false
}

// ordinalWord reports the ordinals a story counts people with: "the fourth
// American".
func ordinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "last", "other":
		return true
	}
	return false
}

// paragraphStart returns the offset of the paragraph holding pos: text
// after the last line break before it.
func (c *figureCtx) paragraphStart(pos int) int {
	if c.paras == nil {
		c.paras = []int{0}
		for i := 0; i < len(c.text); i++ {
			if c.text[i] == '\n' {
				c.paras = append(c.paras, i+1)
			}
		}
	}
	i := sort.SearchInts(c.paras, pos+1) - 1
	if i < 0 {
		return 0
	}
	return c.paras[i]
}

// datelinePlace is the place of the article's dateline ("KABUL —").
func (c *figureCtx) datelinePlace() (string, string) {
	dl := c.a.Doc.Dateline
	if dl.IsZero() {
		return "", ""
	}
	// The city as a whole name first: an upper-case "NEW YORK" may be typed
	// as "YORK" alone.
	name := dl.Of(c.text)
	if i := strings.IndexAny(name, ",(—–-"); i > 0 {
		name = name[:i]
	}
	name = titleCase(strings.TrimSpace(name))
	if t, _, country, ok := entity.Lookup(name); ok && t == entity.Place && country != "" {
		return name, country
	}
	for _, e := range c.entitiesIn(dl) {
		if e.Type == entity.Place {
			return placeName(&e, c.text), e.Country
		}
	}
	return "", ""
}

// topicShift reports "to" at token k that turns a page to a place, not a
// destination: "Now to the United States.", "Turning to Mexico, …".
func (c *figureCtx) topicShift(k int) bool {
	if c.low(k) != "to" {
		return false
	}
	switch c.low(k - 1) {
	case "now", "turning", "turn", "over", "back", "moving", "move":
		si := c.a.SentenceAt(c.a.Tokens[k].Start)
		return si >= 0 && c.a.Tokens[k-1].Start-c.a.Sentences[si].Start < 12
	}
	return false
}

// recentPlace is, on a story about several countries (multiStory), the
// place named last in the three lines before the figure's sentence, unless
// its line runs through more than two countries, else "". A story about one country places its figures there instead.
func (c *figureCtx) recentPlace(pos int) (string, string) {
	if !c.multiStory() {
		return "", ""
	}
	end := pos
	if si := c.a.SentenceAt(pos); si >= 0 {
		end = c.a.Sentences[si].Start
	}
	start := c.paragraphStart(end)
	for n := 0; n < 3 && start > 0; n++ {
		start = c.paragraphStart(start - 1)
	}
	// Lines that run through a list of countries ("in Afghanistan,
	// Somalia and Iraq as well as Syria") point at none of them.
	loc, country, at := c.lastMentionIn(start, end)
	if country == "" {
		return "", ""
	}
	if _, _, _, n := c.mentionsIn(c.paragraphStart(at), min(end, c.paragraphEnd(at)), 3); n > 2 {
		return "", ""
	}
	return loc, country
}

// multiStory reports an article about several countries: none stands out
// (mainCountry is ""), or, on a long page, three share the mentions.
func (c *figureCtx) multiStory() bool {
	c.mainCountry()
	if c.mainLoc != "" {
		return false // a sea the story is about
	}
	// A long page (a live page, a blog of the day) on which three
	// countries each take a tenth of the mentions and the first has not
	// three times the second's goes through them in turn.
	return c.main == "" && c.mainSecond > 0 || len(c.a.Sentences) >= 100 && c.mainMany >= 3 && c.mainN < 3*c.mainSecond
}

// titleCase writes an upper-case name in title case: "NEW YORK" → "New York".
func titleCase(s string) string {
	b := []byte(s)
	start := true
	for i, ch := range b {
		switch {
		case ch >= 'A' && ch <= 'Z':
			if !start {
				b[i] = ch + 'a' - 'A'
			}
			start = false
		case ch >= 'a' && ch <= 'z':
			start = false
		default:
			start = true
		}
	}
	return string(b)
}

// mainCountry is the country the article is about: the one its places and
// nationalities name most, provided it stands out (at least two mentions,
// a third of all, and clearly ahead of the next: a story about spread to
// many countries has none). The headline, the dateline and the first
// paragraph count double. A nationality of an organisation ("Japan's
// Mitsui", "the Swiss drilling giant") says nothing of where the story is.
func (c *figureCtx) mainCountry() string {
	if c.mainDone {
		return c.main
	}
	c.mainDone = true
	counts := map[string]int{}
	var attackers map[string]int
	total := 0
	lead := c.leadEnd()
	for i := range c.a.Entities {
		e := &c.a.Entities[i]
		if (e.Type != entity.Place && e.Type != entity.NORP) || e.Country == "" || c.orgSeat(e) || c.orgNationality(e) || c.a.SkipFacts(e.Span) {
			continue
		}
		if c.capitalSpeaker(e) || c.borderSide(e) || c.inName(e) || c.negatedPlace(e) {
			continue // "Washington said …", "the border with Cameroon", "Rapid-UK", "never been to Syria": not where the story is
		}
		if c.attacker(e) {
			// "US airstrikes on …": not where the story is, unless the
			// story's own country strikes at home ("Syrian government
			// airstrikes hit a town" on a Syria story), counted below.
			if attackers == nil {
				attackers = map[string]int{}
			}
			attackers[e.Country]++
			continue
		}
		// A place written as where things happen ("in Haiti") says more
		// about the story than a modifier ("UK aid") or a nationality
		// ("Britons"); so does where aid goes ("aid to Haiti"), but not
		// where people fled ("fled across the border to Tunisia").
		w := 2
		if c.homeArrest(e) {
			w = 6 // "the Lebanese army detained …": as telling as "in Lebanon"
		} else if e.Type == entity.NORP || c.attributive(e) || c.hometown(e) {
			w = 1
		} else if p := c.prepBefore(e); (locPrep(p) && !c.aimedAt(e) || p == "from" && c.leftFrom(e)) && !c.originPhrase(c.tokenBefore(e)) || (p == "to" || p == "into") && !c.afterFlight(e) {
			w = 6
			if c.pastSentence(e) {
				// "In 2005 he was arrested in Iraq", "Born in 1971, he
				// studied in Baghdad": a life or a history the story
				// recalls, not where it happens now.
				w = 2
			}
		} else if dl := c.a.Doc.Dateline; !dl.IsZero() && e.Span.Start >= dl.Start && e.Span.End <= dl.End {
			w = 1 // where the reporter files from ("BEIRUT —" on a Syria story)
		}
		if e.Span.Start < lead {
			w *= 2
		}
		counts[e.Country] += w
		total += w
	}
	// A headline kept apart from the text (a "Title:" header, an HTML
	// title) names what the story is about.
	if title := string(c.a.Doc.Title); title != "" && !strings.HasPrefix(strings.TrimSpace(c.text), title) {
		toks := segment.Tokenize(title, nil)
		for _, e := range entity.Find(title, toks, []document.Span{{Start: 0, End: len(title)}}, nil) {
			if (e.Type == entity.Place || e.Type == entity.NORP) && e.Country != "" {
				w := 6
				if e.Type == entity.NORP {
					w = 3
				}
				counts[e.Country] += w
				total += w
			}
		}
	}
	best, n, second := "", 0, 0
	for k, v := range counts {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	for k, v := range counts {
		if k != best && v > second {
			second = v
		}
	}
	// The leading country's own strikes are at home: they only
	// confirm it.
	n += attackers[best]
	total += attackers[best]
	c.mainN, c.mainSecond = n, second
	for _, v := range counts {
		if 10*v >= total {
			c.mainMany++
		}
	}
	if n >= 4 && 3*n >= total && n > second {
		c.main = best
	} else if total == 0 || second == 0 {
		// A short story may name its country only through its armed
		// groups ("Boko Haram fighters attacked …"), its leaders
		// ("President Hadi said …") or once as an adjective ("Yemeni
		// officials said …"): when these name one country alone, it is
		// the story's.
		if one := c.onlyCountry(counts, lead); one != "" {
			c.main = one
		}
	}
	// A place outside any country (a sea, a region) that the article names
	// more than its countries is where the story is; so is the only place
	// an article names.
	if pn, pw := c.placeCounts(lead); pw > n && (pw >= 4 || pw >= 2 && total == 0) {
		// The sea's figures are reported for a country the article names
		// nearly as much as the sea, as a reader takes a spill in the Gulf
		// of Mexico on a story set in Louisiana and Washington as the
		// United States'; a country named in passing is not the sea's.
		c.main, c.mainLoc = "", pn
		if 2*n >= pw {
			c.mainSea = best
		}
	}
	return c.main
}

// prepBefore is the preposition that introduces a place, over "the" and a
// direction ("in the Gulf of Mexico", "in northern Syria"), or "".
func (c *figureCtx) prepBefore(e *entity.Entity) string {
	i, _ := c.a.TokenRange(e.Span)
	if i >= 2 && c.low(i-1) == "of" && (settlementNoun(c.low(i-2)) || c.low(i-2) == "capital") {
		// "in the embattled Syrian town of Kobani", "near the border
		// town of Rafah": the preposition governs the whole phrase.
		k := i - 3
		for n := 0; k >= 0 && n < 4; n++ {
			w := c.low(k)
			if e2 := c.entityAt(c.a.Tokens[k].Start); e2 != nil && (e2.Type == entity.NORP || e2.Type == entity.Place) {
				k = c.tokenBefore(e2)
				continue
			}
			if w == "the" || w == "-" || placeAdjective(w) || directionWord(w) || strings.HasSuffix(w, "ern") || townModifier(w) {
				k-- // "embattled", "border", "oil", "rebel-held"
				continue
			}
			break
		}
		if k >= 0 {
			return c.low(k)
		}
		return ""
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := c.low(k)
		if k >= 2 && c.low(k-1) == "-" && c.a.Tokens[k-1].Flags&segment.SpaceBefore == 0 && placeAdjective("x-"+w) {
			k -= 2 // "in quake-hit Haiti", "in war-torn Yemen"
			continue
		}
		if w != "the" && !strings.HasSuffix(w, "ern") && w != "capital" && !placeAdjective(w) {
			return w
		}
	}
	return ""
}

// lastTownBefore is the town the article last named before pos, within a
// few paragraphs, for "the town" or "the city" written without a name ("a
// doctor in the town said …" after "the Syrian town of Kobani"): a place
// below a country, not a region, a seat or the dateline.
func (c *figureCtx) lastTownBefore(pos int) (string, string, bool) {
	es := c.entitiesIn(document.Span{Start: max(0, pos-3000), End: pos})
	dl := c.a.Doc.Dateline
	for k := len(es) - 1; k >= 0; k-- {
		e := &es[k]
		if e.Type != entity.Place || e.Country == "" || c.a.SkipFacts(e.Span) || !dl.IsZero() && e.Span.Start >= dl.Start && e.Span.End <= dl.End {
			continue
		}
		name := placeName(e, c.text)
		if strings.EqualFold(name, e.Country) || isAbbrev(e.Span.Of(c.text)) || geoName(name) || continentName(name) || c.orgSeat(e) || c.capitalSpeaker(e) || c.residentOf(e) {
			continue
		}
		return name, e.Country, true
	}
	return "", "", false
}

// inName reports a place glued by a hyphen to a capitalised word that is
// no place itself: "the rescue agency Rapid-UK" names an organisation,
// not a place ("the Syria-Turkey border" is left to borderSide).
func (c *figureCtx) inName(e *entity.Entity) bool {
	i, _ := c.a.TokenRange(e.Span)
	if i < 2 || c.low(i-1) != "-" || c.a.Tokens[i-1].Flags&segment.SpaceBefore != 0 || c.a.Tokens[i].Flags&segment.SpaceBefore != 0 {
		return false
	}
	t := c.a.Tokens[i-2]
	if t.Kind != segment.Word || t.Flags&segment.Cap == 0 {
		return false
	}
	prev := c.entityAt(t.Start)
	return prev == nil || prev.Type != entity.Place && prev.Type != entity.NORP
}

// hometown reports a place named as where a person is from or lives: "a
// telecoms engineer from Farnborough", "Rescuer Anthony Thomas, from
// Devon", "who lives in Bovey Tracey". Like a nationality, it says who
// the person is, not where the story is.
func (c *figureCtx) hometown(e *entity.Entity) bool {
	if c.residentOf(e) {
		return true
	}
	i, _ := c.a.TokenRange(e.Span)
	k := i - 1
	if c.low(k) == "the" {
		k--
	}
	switch c.low(k) {
	case "from":
		p := k - 1
		if c.low(p) == "," {
			p--
			if p >= 0 {
				// "Anthony Thomas, from Devon": a name, not a place
				pe := c.entityAt(c.a.Tokens[p].Start)
				if pe != nil && pe.Type == entity.Person || pe == nil && c.a.Tokens[p].Kind == segment.Word && c.a.Tokens[p].Flags&segment.Cap != 0 {
					return true
				}
			}
		}
		return p >= 0 && townsPerson(c.low(p))
	case "in":
		switch c.low(k - 1) {
		case "lives", "live", "lived", "living", "born", "raised", "grew":
			return true
		}
		if k > 0 {
			// "from Farnborough in Hampshire"
			if pe := c.entityAt(c.a.Tokens[k-1].Start); pe != nil && pe.Type == entity.Place && pe.Span.End == c.a.Tokens[k-1].End && c.hometown(pe) {
				return true
			}
		}
		return c.low(k-1) == "up" && c.low(k-2) == "grew"
	}
	return false
}

// residentOf reports a place that modifies a word for one person who
// lives there: "former Sydney resident Ali Kader", "a Toronto native". It says where
// the person is from; what the sentence counts happened elsewhere.
func (c *figureCtx) residentOf(e *entity.Entity) bool {
	_, j := c.a.TokenRange(e.Span)
	switch c.low(j) {
	case "resident", "native":
		// one person's home; "Louisiana residents" are the people of a
		// place the story is about
		return c.a.Tokens[j].Start == e.Span.End+1
	}
	return false
}

// townsPerson reports nouns for a person or people a story meets, whose
// home town says who they are: "an engineer from Farnborough".
func townsPerson(w string) bool {
	switch w {
	case "man", "woman", "men", "women", "boy", "girl", "family", "families", "couple", "mother", "father", "son",
		"daughter", "wife", "husband", "student", "students", "resident", "residents", "native", "volunteer",
		"volunteers", "pensioner", "grandmother", "grandfather", "tourist", "tourists", "holidaymaker", "holidaymakers",
		"pupils", "nurse", "nurses", "doctor", "doctors", "rescuer", "rescuers", "firefighter", "firefighters",
		"engineer", "engineers", "worker", "workers", "teacher", "teachers", "officer", "officers", "decorator",
		"painter", "player", "singer", "fan", "fans", "businessman", "businesswoman", "mum", "dad":
		return true
	}
	return false
}

// townModifier reports words that describe a town between an article and
// "town of": "the border town of Rafah", "the besieged city of Homs".
func townModifier(w string) bool {
	switch w {
	case "border", "oil", "port", "frontier", "strategic", "key", "besieged", "small", "coastal", "mountain", "desert",
		"ancient", "historic", "rebel", "government", "industrial", "holy", "provincial", "largest", "second", "third":
		return true
	}
	return strings.HasSuffix(w, "-held") || strings.HasSuffix(w, "-controlled")
}

// attributive reports a country's name used as a modifier before a noun,
// as a nationality is: "U.S. officials", "US weaponry", "U.S.-led
// coalition". It says who acts, not where the story is, and weighs as a
// nationality does.
func (c *figureCtx) attributive(e *entity.Entity) bool {
	name := e.Span.Of(c.text)
	if e.Type != entity.Place || e.Country == "" || !(strings.EqualFold(name, e.Country) || isAbbrev(name)) {
		return false
	}
	_, j := c.a.TokenRange(e.Span)
	if j+1 >= len(c.a.Tokens) {
		return false
	}
	t := c.a.Tokens[j]
	if t.Start != e.Span.End && !(t.Start == e.Span.End+1 && c.text[e.Span.End] == ' ') {
		return false
	}
	if t.Kind == segment.Punct && c.text[t.Start] == '-' && t.Flags&segment.SpaceBefore == 0 {
		switch c.low(j + 1) {
		case "led", "backed", "trained", "supplied", "made", "funded", "brokered":
			return true // "U.S.-led", "Iran-backed"
		}
		return false
	}
	if t.Kind != segment.Word || t.Flags&segment.Cap != 0 {
		return false
	}
	w := c.lowTok(t)
	if countNoun(w) && w != "people" && w != "civilians" && w != "residents" && w != "refugees" && w != "cases" && w != "deaths" && w != "dead" && w != "killed" ||
		w == "military" || w == "government" || w == "officials" || w == "official" || w == "embassy" || w == "envoy" || w == "diplomats" ||
		w == "weaponry" || w == "weapons" || w == "warplanes" || w == "aid" || w == "army" || w == "navy" || w == "administration" || w == "intelligence" ||
		w == "rescuers" || w == "rescue" || w == "firefighters" || w == "firefighting" || w == "charities" || w == "charity" || w == "donors" ||
		w == "teams" || w == "team" || w == "volunteers" || w == "experts" || w == "authorities" || w == "agencies" || w == "taxpayers" {
		return true
	}
	return false
}

// afterFlight reports a place that people fled to: "fled across the border
// to Tunisia".
func (c *figureCtx) afterFlight(e *entity.Entity) bool {
	i, _ := c.a.TokenRange(e.Span)
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch c.low(k) {
		case "fled", "flee", "fleeing", "flees", "escaped", "escaping", "crossed", "crossing", "streamed", "poured", "evacuated":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// tokenBefore is the index of the token before entity e.
func (c *figureCtx) tokenBefore(e *entity.Entity) int {
	i, _ := c.a.TokenRange(e.Span)
	return i - 1
}

// leadEnd is the offset where the article's lead ends: its headline and
// first paragraph, blank lines skipped.
func (c *figureCtx) leadEnd() int {
	end := c.paragraphEnd(0)
	for p := 0; p < 2 && end < len(c.text); {
		next := c.paragraphEnd(end + 1)
		if strings.TrimSpace(c.text[end+1:next]) != "" {
			p++
		}
		end = next
		if p == 1 {
			break
		}
	}
	return end
}

// orgNationality reports a place or nationality that names an
// organisation's country, not where anything happens: "Japan's Mitsui",
// "US Southcom", "the Swiss drilling giant Transocean", "the British
// company".
func (c *figureCtx) orgNationality(e *entity.Entity) bool {
	_, j := c.a.TokenRange(e.Span)
	if c.low(j) == "'s" || c.low(j) == "’s" || c.low(j) == "'" && c.low(j+1) == "s" {
		j++
		if c.low(j) == "s" {
			j++
		}
		if j < len(c.a.Tokens) {
			t := c.a.Tokens[j]
			o := c.entityAt(t.Start)
			if o != nil && o.Type == entity.Org {
				return true
			}
			// "Japan's Takahara Trading": a name the entity layer does
			// not know after a possessive country is most often a
			// company; a person or a title ("Syria's President") is not.
			name := e.Span.Of(c.text)
			isCountry := strings.EqualFold(name, e.Country) || isAbbrev(name)
			return isCountry && o == nil && t.Kind == segment.Word && t.Flags&segment.Cap != 0 && !entity.IsTitleWord(c.text[t.Start:t.End])
		}
		return false
	}
	if j < len(c.a.Tokens) && c.a.Tokens[j].Start == e.Span.End+1 {
		if o := c.entityAt(c.a.Tokens[j].Start); o != nil && o.Type == entity.Org {
			return true // "US Southcom"
		}
	}
	for k := j; k < j+3 && k < len(c.a.Tokens); k++ {
		w := c.low(k)
		if armedGroupWord(w) {
			// "a Somali terrorist group", "the Somali terror network":
			// an armed group's nationality says where it fights, as a
			// people's does, not where a company is registered
			return false
		}
		if companyNoun(w) {
			return true
		}
		if c.a.Tokens[k].Kind != segment.Word || c.a.Tokens[k].Flags&segment.Cap != 0 || functionWord(w) {
			return false
		}
	}
	return false
}

// stateBody reports a country named right before a name the entity layer
// does not know, which is most often one of its bodies: "the commander of
// US Southcom says …". Where that body's officer speaks from is not where
// the figure he gives holds. A title ("US President"), a place word ("US
// Gulf") or a plural ("US Marines") is not such a name. (The article's main
// country still counts such mentions: a country's bodies say where the
// story is.)
func (c *figureCtx) stateBody(e *entity.Entity) bool {
	_, j := c.a.TokenRange(e.Span)
	name := e.Span.Of(c.text)
	if j+1 >= len(c.a.Tokens) || c.a.Tokens[j].Start != e.Span.End+1 || !(strings.EqualFold(name, e.Country) || isAbbrev(name)) {
		return false
	}
	t := c.a.Tokens[j]
	if c.entityAt(t.Start) != nil || t.Kind != segment.Word || t.Flags&segment.Cap == 0 {
		return false
	}
	w := c.lowTok(t)
	if entity.IsTitleWord(c.text[t.Start:t.End]) || geoName(w) || continentName(w) || strings.HasSuffix(w, "s") || npModifier(w) || countNoun(w) {
		return false
	}
	n := c.a.Tokens[j+1]
	switch c.low(j + 1) {
	case ",", ".", ")", "says", "said":
		return true
	}
	return n.Kind == segment.Word && n.Flags&segment.Cap == 0 && !functionWord(c.low(j+1)) || c.low(j+1) == "of"
}

// armedAgent reports nouns for armed men who strike: where they come from
// ("gunmen from Syria") is not where they strike.
func armedAgent(w string) bool {
	switch w {
	case "gunmen", "gunman", "militants", "militant", "fighters", "jihadists", "jihadis", "insurgents", "rebels",
		"attackers", "assailants", "extremists", "infiltrators", "raiders", "bombers":
		return true
	}
	return false
}

// crossingVerb reports verbs of armed men crossing over from elsewhere.
func crossingVerb(w string) bool {
	switch w {
	case "crossed", "infiltrated", "sneaked", "slipped", "stormed", "swept", "poured":
		return true
	}
	return false
}

// armedGroupWord reports words that make a group an armed one.
func armedGroupWord(w string) bool {
	switch w {
	case "terrorist", "terror", "militant", "jihadist", "jihadi", "islamist", "insurgent", "rebel", "extremist",
		"separatist", "armed", "guerrilla", "guerilla":
		return true
	}
	return false
}

// companyNoun reports nouns for a business: its nationality is not a place.
func companyNoun(w string) bool {
	switch w {
	case "company", "companies", "firm", "firms", "giant", "group", "corporation", "conglomerate", "multinational",
		"insurer", "lender", "carrier", "airline", "operator", "partner", "partners", "equities", "shareholders", "investors",
		// an outlet's nationality is where it publishes: "the Algerian news site"
		"newspaper", "newspapers", "daily", "tabloid", "broadcaster", "channel", "television", "tv", "radio", "website",
		"site", "magazine", "outlet", "outlets", "network", "media":
		return true
	}
	return false
}

// mainPlace is the article's main place when it lies in no country ("the
// Gulf of Mexico"), "" otherwise. mainCountry computes it.
func (c *figureCtx) mainPlace() string {
	c.mainCountry()
	return c.mainLoc
}

// placeCounts returns the most named place that has no country, with its
// weight counted as mainCountry counts countries.
func (c *figureCtx) placeCounts(lead int) (string, int) {
	counts := map[string]int{}
	for i := range c.a.Entities {
		e := &c.a.Entities[i]
		if e.Type != entity.Place || e.Country != "" || c.a.SkipFacts(e.Span) {
			continue
		}
		name := c.longForm(e)
		if !geoName(name) {
			continue // only seas, coasts, rivers and regions: an unknown name may be a company
		}
		w := 2
		if p := c.prepBefore(e); locPrep(p) || p == "to" || p == "into" {
			w = 6
		}
		if e.Span.Start < lead {
			w *= 2
		}
		counts[name] += w
	}
	best, n := "", 0
	for k, v := range counts {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best, n
}

// longForm is a place's fullest name in the article: "the Gulf" after "the
// Gulf of Mexico" is that gulf.
func (c *figureCtx) longForm(e *entity.Entity) string {
	name := e.Span.Of(c.text)
	c.placeIndex()
	if l := c.longNames[strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")]; len(l) > len(name) {
		return l
	}
	return name
}

// paragraphEnd returns the offset of the line break ending the paragraph
// that holds pos, or len(text).
func (c *figureCtx) paragraphEnd(pos int) int {
	if pos >= len(c.text) {
		return len(c.text)
	}
	if i := strings.IndexByte(c.text[pos:], '\n'); i >= 0 {
		return pos + i
	}
	return len(c.text)
}

// orgSeat reports a place used as an organisation's seat: "London-based",
// "Geneva-headquartered".
func (c *figureCtx) orgSeat(e *entity.Entity) bool {
	if i, _ := c.a.TokenRange(e.Span); c.low(i-1) == "in" {
		if w := c.low(i - 2); w == "based" || w == "headquartered" {
			return true // "the Observatory, based in London"
		}
	}
	rest := c.text[e.Span.End:min(len(c.text), e.Span.End+16)]
	rest = strings.ToLower(strings.TrimLeft(rest, "-– "))
	return (strings.HasPrefix(c.text[e.Span.End:], "-") || strings.HasPrefix(c.text[e.Span.End:], "–")) &&
		(strings.HasPrefix(rest, "based") || strings.HasPrefix(rest, "headquartered"))
}

// facilityNoun reports the last word of a named building or institution
// ("Central Misrata Hospital", "Tahrir Square" is a place, so not here).
func facilityNoun(w string) bool {
	switch w {
	case "hospital", "hotel", "stadium", "university", "school", "college", "airport", "prison", "jail", "mosque",
		"church", "cathedral", "palace", "embassy", "building", "tower", "centre", "center", "clinic", "ministry",
		"base", "barracks", "camp", "port", "station", "market", "bank", "court", "institute", "museum", "hall",
		"headquarters", "compound", "chamber", "room", "mall":
		return true
	}
	return false
}

// entitiesIn returns the entities inside span.
func (c *figureCtx) entitiesIn(span document.Span) []entity.Entity {
	es := c.a.Entities
	i := sort.Search(len(es), func(i int) bool { return es[i].Span.Start >= span.Start })
	j := i
	for j < len(es) && es[j].Span.End <= span.End {
		j++
	}
	return es[i:j]
}

// timesIn returns the time expressions inside tokens [from, to).
func (c *figureCtx) timesIn(from, to int) []timex.Expr {
	if from >= to || from >= len(c.a.Tokens) {
		return nil
	}
	start, end := c.a.Tokens[from].Start, c.a.Tokens[min(to, len(c.a.Tokens))-1].End
	ts := c.a.Times
	i := sort.Search(len(ts), func(i int) bool { return ts[i].Span.Start >= start })
	j := i
	for j < len(ts) && ts[j].Span.End <= end {
		j++
	}
	return ts[i:j]
}

// historical reports a figure dated before the article's year, or to an
// undated past: the article's places say nothing about where it happened.
func (c *figureCtx) historical(f *Figure) bool {
	if f.AsOf == "PAST_REF" {
		return true
	}
	pubs := c.pubString()
	return f.AsOfBasis == BasisStated && pubs != "" && len(f.AsOf) >= 4 && string(f.AsOf[:4]) < pubs[:4]
}

// worldwide reports a clause that counts across the world ("1,490 people
// around the world", "killed 50 million worldwide").
func (c *figureCtx) worldwide(from, to int) (string, string) {
	for k := from; k < to; k++ {
		switch c.low(k) {
		case "worldwide", "globally":
			return "World", ""
		case "global":
			// "the global number of confirmed cases", not "a global
			// pandemic" or "global warming"
			switch c.low(k + 1) {
			case "number", "total", "toll", "tally", "count", "figure", "cases", "deaths", "caseload", "death":
				return "World", ""
			}
		case "world":
			switch c.low(k - 1) {
			case "the", "world's":
				if p := c.low(k - 2); (p == "around" || p == "across" || p == "in" || p == "throughout" || p == "of" && c.low(k-3) == "regions") && !c.rankBefore(k-2) {
					return "World", ""
				}
			}
		}
	}
	return "", ""
}

// clauseSubjectPlace is a country or place that opens the figure's clause as
// its subject or a possessive: "Mexico has confirmed 19 deaths", "Haiti's
// government says …".
func (c *figureCtx) clauseSubjectPlace(from, qStart int) (string, string) {
	for k := from; k < qStart && k < from+3; k++ {
		t := c.a.Tokens[k]
		if t.Kind != segment.Word {
			continue
		}
		e := c.entityAt(t.Start)
		if e == nil {
			if w := c.lowTok(t); w == "the" || w == "in" || w == "and" {
				continue // "…, and Chile, which has seen 5,000 cases"
			}
			if w := c.lowTok(t); (w == "her" || w == "his") && c.low(k+1) == "country" {
				// "Her country has seen 5,186 cases" after "Chilean
				// President Michelle Bachelet": the leader's country.
				if ctry := c.leaderCountryBefore(t.Start); ctry != "" {
					return ctry, ctry
				}
			}
			return "", ""
		}
		if (e.Type != entity.Place && e.Type != entity.NORP) || c.orgSeat(e) || e.Country == "" || c.orgNationality(e) || c.foreignAttacker(e) || c.capitalSpeaker(e) || c.foreignBody(e) {
			// "The US military has bombed 90 targets": not in the US;
			// "Washington said …"; "The US army believes there are
			// 200,000 dead" on a Haiti story: a foreign body speaks
			return "", ""
		}
		if e.Type == entity.NORP {
			return e.Country, e.Country // "The Mexican government raised the toll …"
		}
		return placeName(e, c.text), e.Country
	}
	return "", ""
}

// sharedSubject reports a clause at token from that opens with "and" and a
// verb, sharing the sentence's subject: "… and reported seven deaths".
func (c *figureCtx) sharedSubject(from int) bool {
	k := from
	if c.low(k) == "," || c.low(k) == "-" || c.low(k) == "–" {
		k++
	}
	if c.low(k) != "and" {
		if c.low(k-1) != "and" {
			return false
		}
		k--
	}
	w := c.low(k + 1)
	return w == "has" || w == "have" || w == "had" || strings.HasSuffix(w, "ed") && c.a.Tokens[k+1].Flags&segment.Cap == 0
}

// leaderCountryBefore is the country of the last person introduced by a
// nationality and a title in the three sentences before pos ("Chilean
// President Michelle Bachelet", "the Argentine health minister"), or "".
func (c *figureCtx) leaderCountryBefore(pos int) string {
	si := c.a.SentenceAt(pos)
	if si < 0 {
		return ""
	}
	from := c.a.Sentences[max(0, si-3)].Start
	es := c.entitiesIn(document.Span{Start: from, End: pos})
	for k := len(es) - 1; k >= 0; k-- {
		e := &es[k]
		if e.Type != entity.NORP || e.Country == "" {
			continue
		}
		_, j := c.a.TokenRange(e.Span)
		for m := j; m < j+3 && m < len(c.a.Tokens); m++ {
			t := c.a.Tokens[m]
			if t.Kind != segment.Word {
				break
			}
			if entity.IsTitleWord(c.text[t.Start:t.End]) || c.lowTok(t) == "minister" || c.lowTok(t) == "president" {
				return e.Country
			}
		}
	}
	return ""
}

// apposedCountry refines the country of place e by a place set beside it
// after a comma: "Rastan, Homs province" (a town the gazetteer does not
// know), "Tripoli, Lebanon" or "Tripoli, in the north of Lebanon" (a name
// several countries have). A list ("Homs, Hama and Idlib") changes nothing.
func (c *figureCtx) apposedCountry(e *entity.Entity, country string, limit int) string {
	if name := e.Span.Of(c.text); e.Country != "" && (strings.EqualFold(name, e.Country) || isAbbrev(name)) {
		return country // a country is its own
	}
	j, _ := c.a.TokenRange(document.Span{Start: e.Span.End, End: e.Span.End})
	if c.low(j) != "," {
		return country
	}
	for k := j + 1; k < limit && k < j+6; k++ {
		t := c.a.Tokens[k]
		if t.Kind != segment.Word {
			return country
		}
		if e2 := c.entityAt(t.Start); e2 != nil {
			if e2.Type != entity.Place || e2.Country == "" {
				return country
			}
			if n2 := e2.Span.Of(c.text); country == "" || (strings.EqualFold(n2, e2.Country) || isAbbrev(n2)) && e2.Country != country {
				return e2.Country
			}
			return country
		}
		switch w := c.lowTok(t); w {
		case "in", "the", "of", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
			"north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "central":
		default:
			return country
		}
	}
	return country
}

// settlementNoun reports nouns that name a kind of place before "of":
// "the oil town of Brega".
func settlementNoun(w string) bool {
	switch w {
	case "city", "town", "village", "province", "district", "governorate", "region", "suburb", "neighbourhood", "neighborhood":
		return true
	}
	return false
}

// originPhrase reports a locative preposition at token k inside a phrase
// of where something came from: "came from a base in North Carolina".
func (c *figureCtx) originPhrase(k int) bool {
	if c.low(k) == "from" && (armedAgent(c.low(k-1)) || crossingVerb(c.low(k-1))) {
		// "gunmen from Syria killed 10 soldiers", "militants who
		// crossed from Syria": where the attackers came from, not where
		// they struck
		return true
	}
	if !facilityNoun(c.low(k - 1)) {
		return false
	}
	for j := k - 2; j >= k-3 && j >= 1; j-- {
		if c.low(j) == "from" {
			switch c.low(j - 1) {
			case "came", "come", "comes", "flew", "flown", "arrived", "arrive", "left", "departed", "returned", "travelled", "traveled", "sailed":
				return true
			}
			return false
		}
	}
	return false
}

// dimension reports a figure that gives the size of a thing: a compound
// ("a six-inch tube", "a 125-tonne dome"), a measure followed by "high",
// "long" or "in diameter", or the bracketed conversion of one of these.
func (c *figureCtx) dimension(f *Figure) bool {
	switch f.Unit {
	case "in", "cm", "mm", "m", "ft", "t":
	default:
		return false
	}
	if hyphenUnit(f.Span.Of(c.text)) || f.Unit != "m" && f.Unit != "t" && gluedUnitNoun(f.Span.Of(c.text)) {
		return true
	}
	i, j := c.a.TokenRange(f.Span)
	k := j
	if c.low(k) == ")" {
		k++
	} else if c.low(k) == "(" {
		for k < j+6 && c.low(k) != ")" {
			k++ // "1.5m (5 feet) high"
		}
		k++
	}
	switch c.low(k) {
	case "high", "wide", "long", "tall", "thick", "diameter":
		return true
	case "in":
		if c.low(k+1) == "diameter" {
			return true
		}
	}
	if c.low(i-1) == "(" && i >= 3 {
		// "a six-inch (15cm) tube"
		prev := c.a.Tokens[i-2]
		return hyphenUnit(c.text[prev.Start:prev.End]) || c.low(i-3) == "-"
	}
	return false
}

// gluedUnitNoun reports a figure written as a number glued to its unit
// and then the thing it measures ("2ft bombs", "a 30cm blade"): a size
// used as a modifier, like "a six-inch tube". (Callers leave out "m" and
// "t", which are also millions and tonnes: "53m hogs".)
func gluedUnitNoun(s string) bool {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == ',') {
		i++
	}
	if i == 0 || i == len(s) || s[i] < 'a' || s[i] > 'z' {
		return false
	}
	sp := strings.IndexByte(s[i:], ' ')
	if sp <= 0 || i+sp+1 >= len(s) {
		return false
	}
	next := s[i+sp+1:]
	if k := strings.IndexByte(next, ' '); k >= 0 {
		next = next[:k]
	}
	return !functionWord(strings.ToLower(next)) // not "30ft to 200ft"
}

// hyphenUnit reports a number joined to its unit by a hyphen, an adjective
// of size ("six-inch", "125-tonne"), not a range ("5-6m").
func hyphenUnit(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '-' && (s[i+1] >= 'a' && s[i+1] <= 'z' || s[i+1] >= 'A' && s[i+1] <= 'Z') {
			return true
		}
	}
	return false
}

// donation reports money given, pledged or raised: the givers' country
// ("Britons have donated £23m", "the UK has pledged $10m") is not where the
// money goes.
func (c *figureCtx) donation(f *Figure, from, to int) bool {
	if f.Event != EventMoney {
		return false
	}
	for k := from; k < to; k++ {
		w := c.low(k)
		switch {
		case strings.HasPrefix(w, "donat"), strings.HasPrefix(w, "pledg"), strings.HasPrefix(w, "contribut"), strings.HasPrefix(w, "devot"),
			w == "aid", w == "appeal", w == "funding", w == "raised", w == "gave", w == "give", w == "given", w == "giving",
			// a ransom is paid to captors where the story is, not in the payer's country
			w == "ransom", w == "ransoms":
			return true
		case w == "paid", w == "pay", w == "pays", w == "paying":
			if c.forRelease(from, to) {
				return true // "France had paid $13m for the release of four hostages"
			}
		}
	}
	return false
}

// forRelease reports a clause about freeing captives: a payment in it is a
// ransom, not a purchase ("paid a vet £300 in Norfolk" stays where it was).
func (c *figureCtx) forRelease(from, to int) bool {
	for k := from; k < to; k++ {
		switch c.low(k) {
		case "release", "released", "freed", "freedom", "hostage", "hostages", "captive", "captives", "kidnappers", "captors":
			return true
		}
	}
	return false
}

// multiCountry reports a figure that counts countries or is totalled over a
// number of them: "38 countries have reported 8,453 cases", "787
// infections in 17 countries", "some 100 countries and territories".
func (c *figureCtx) multiCountry(f *Figure, from, to int) bool {
	if f.Counted == "countries" || f.Counted == "nations" {
		return true
	}
	for k := from + 1; k < to; k++ {
		if w := c.low(k); w == "countries" || w == "nations" {
			if j := k - 1; c.a.Tokens[j].Kind == segment.Number || c.quantityEndsAt(c.a.Tokens[j].End) || c.low(j) == "other" {
				return true // "in 17 countries", "other countries have reported 300 cases"
			}
		}
	}
	// Only near the figure: "25 … were killed in Borno and five civilians
	// elsewhere" places the 25.
	i, j := c.a.TokenRange(f.Span)
	return c.elsewhere(max(from, i-8), min(to, j+8))
}

// elsewhere reports a clause that counts away from the story's place:
// "300 cases elsewhere", "2,000 cases outside Mexico", "the rest of the
// world". The story's country is not the figure's.
func (c *figureCtx) elsewhere(from, to int) bool {
	for k := from; k < to; k++ {
		switch c.low(k) {
		case "elsewhere":
			n := k + 1
			if c.low(n) == "," {
				n++ // "Elsewhere, in Cameroon, …" names where
			}
			if w := c.low(n); w != "in" && w != "across" && w != "within" && w != "on" {
				return true // not "elsewhere in the region": still the story's
			}
		case "outside":
			if e := c.entityAt(c.a.Tokens[min(k+1, len(c.a.Tokens)-1)].Start); e != nil && e.Type == entity.Place {
				return true
			}
		case "rest":
			if c.low(k+1) == "of" && (c.low(k+2) == "the" && c.low(k+3) == "world" || c.low(k+2) == "world") {
				return true
			}
		}
	}
	return false
}

// relativeHead is the place a relative clause holding the figure hangs on:
// "…, and Chile, which has seen 5,000 cases", "in Mexico where there have
// been 1,626 cases".
func (c *figureCtx) relativeHead(from, qStart int) (string, string) {
	for k := qStart - 1; k > from; k-- {
		switch c.low(k) {
		case "which", "where", "who":
		default:
			continue
		}
		j := k - 1
		if c.low(j) == "," {
			j--
		} else if c.low(k) != "where" {
			return "", ""
		}
		if j < 0 {
			return "", ""
		}
		e := c.entityAt(c.a.Tokens[j].Start)
		if e == nil || e.Type != entity.Place || e.Span.End != c.a.Tokens[j].End || c.orgSeat(e) {
			return "", ""
		}
		if e.Country == "" {
			if name := c.longForm(e); geoName(name) {
				return name, ""
			}
			return "", "" // an untyped name may be a company: "Mitsui, which has a stake"
		}
		return placeName(e, c.text), e.Country
	}
	return "", ""
}

// afterOtherFigure reports a preposition at token k that follows another
// quantity within two tokens: the place belongs to that figure.
// otherClauseAfter reports a locative at token k that follows the figure
// in a later clause of the sentence ("200 schoolgirls were kidnapped, and
// talks were due to continue in neighbouring Chad"; "… freed soon – but
// Reuters, citing two sources in Chad"): that clause's place, not the
// figure's. A place before the figure ("In Homs, activists said …") still
// sets the scene.
func (c *figureCtx) otherClauseAfter(k int, fig document.Span) bool {
	_, j := c.a.TokenRange(fig)
	for m := j; m < k; m++ {
		// A bare hyphen is left out: tokenized text spaces the one of
		// "44%-owned in the UK".
		if t := c.a.Tokens[m]; c.clauseBreak(m) && !(t.Kind == segment.Punct && t.End-t.Start == 1 && c.text[t.Start] == '-') {
			return true
		}
	}
	return false
}

// contrastBefore reports a locative at token k in a clause before the
// figure that a contrast or a semicolon closes ("… could be released in
// neighbouring Chad – but Reuters, citing two sources, said …"): the place
// of what the other clause says. "In Homs, activists said …" still sets
// the scene.
func (c *figureCtx) contrastBefore(k int, fig document.Span) bool {
	i, _ := c.a.TokenRange(fig)
	if si := c.a.SentenceAt(fig.Start); si < 0 || c.a.Tokens[k].Start < c.a.Sentences[si].Start {
		return false // another sentence: the paragraph's place
	}
	for m := k + 1; m < i; m++ {
		t := c.a.Tokens[m]
		if t.Kind == segment.Punct && c.text[t.Start] == ';' {
			return true
		}
		if t.Kind == segment.Word {
			switch c.lowTok(t) {
			case "but", "while", "whereas", "although", "though", "however":
				return true
			}
		}
	}
	return false
}

func (c *figureCtx) afterOtherFigure(k int, fig document.Span) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		t := c.a.Tokens[j]
		if t.End <= fig.End && t.Start >= fig.Start {
			return false
		}
		if t.Kind == segment.Number || c.quantityEndsAt(t.End) {
			return true
		}
	}
	return false
}

// fledFrom finds the place people fled, written as the object of the
// verb or after "from" within the clause after token i: "have fled Libya",
// "fled from Homs", "fleeing the fighting in Aleppo" is left to the
// locative rules.
func (c *figureCtx) fledFrom(i, limit int) (string, string) {
	for k := i; k < limit && k < i+8; k++ {
		switch c.low(k) {
		case "fled", "flee", "flees", "fleeing", "escaped", "escaping", "left", "leaving", "evacuated":
		default:
			continue
		}
		j := k + 1
		if c.low(j) == "from" {
			j++
		}
		if j >= limit {
			return "", ""
		}
		if e := c.entityAt(c.a.Tokens[j].Start); e == nil || e.Type != entity.Place {
			if c.low(j) != "the" {
				return "", "" // "fled their homes", "fled to Chad"
			}
		}
		if loc, country, ok := c.placeAt(j, limit); ok {
			return loc, country
		}
		return "", ""
	}
	return "", ""
}

// destinationAfter finds "PREP PLACE" after token i in the clause.
func (c *figureCtx) destinationAfter(i, limit int, prep string) (string, string) {
	for k := i; k < limit && k < i+8; k++ {
		if c.low(k) != prep {
			continue
		}
		if loc, country, ok := c.placeAt(k+1, limit); ok {
			return loc, country
		}
	}
	return "", ""
}

// destination finds "to PLACE" or "into PLACE" after token i in the clause:
// where displaced people went.
func (c *figureCtx) destination(i, limit int) (string, string) {
	for k := i; k < limit && k < i+8; k++ {
		w := c.low(k)
		if w != "to" && w != "into" {
			continue
		}
		if loc, country, ok := c.placeAt(k+1, limit); ok {
			return loc, country
		}
	}
	return "", ""
}

// geoName reports a place name made with a geographic word: "Gulf of
// Mexico", "Red Sea", "Sinai Peninsula", "Swat Valley".
func geoName(name string) bool {
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "gulf", "sea", "ocean", "bay", "strait", "straits", "coast", "river", "valley", "islands", "island",
			"peninsula", "region", "desert", "lake", "mountains", "basin", "delta", "channel", "sound", "plain", "strip", "bank":
			return true
		}
	}
	return false
}

// superlativeScope reports a preposition at token k that sets the scope of
// a comparison, not where a thing is: "the poorest nation in the
// Americas", "the most in South America".
func (c *figureCtx) superlativeScope(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch w := c.low(j); w {
		case "most", "least":
			return c.low(j-1) != "at" // not "at least 90 arrests in Cairo"
		case "largest", "biggest", "highest", "lowest", "worst", "best", "poorest", "richest",
			"deadliest", "greatest", "smallest", "longest", "heaviest", "busiest", "strongest", "weakest":
			return true
		case ".", ";", ",":
			return false
		}
	}
	return false
}

// rankBefore reports a rank or a superlative shortly before token k, in
// the same clause: "the No. 1 expert in the world", "the best airline in
// the world" compare, they do not count across the world.
func (c *figureCtx) rankBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		switch w := c.low(j); w {
		case ".", ";", ",":
			if w == "." && c.low(j-1) == "no" {
				continue // "No. 1"
			}
			return false
		case "top", "leading", "best", "worst", "largest", "biggest", "most", "greatest", "richest", "poorest":
			return true
		case "no", "no.":
			if j+1 < len(c.a.Tokens) && (c.a.Tokens[j+1].Kind == segment.Number || c.low(j+1) == ".") {
				return true
			}
		}
	}
	return false
}

// continentName reports a name of a continent or a part of one: it lies
// in no single country.
func continentName(name string) bool {
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "america", "americas", "africa", "europe", "asia", "caribbean", "middle", "east", "arctic", "antarctica",
			"oceania", "balkans", "sahel", "maghreb", "levant", "gulf", "world":
			return true
		}
	}
	return false
}

// destPrep reports prepositions of a destination: the place a thing goes
// to is not where the paragraph's figures hold.
func destPrep(w string) bool {
	switch w {
	case "to", "into", "toward", "towards", "for":
		return true
	}
	return false
}

// placeless reports a figure that holds in no place unless one is written
// with it, so the sentence's, the paragraph's and the article's places are
// not inferred for it: an online audience ("3 million tweets", "57,000
// users had retweeted", "80,000 followers", "shared 700,000 times": the
// internet is nowhere) and a
// reward or bounty offered for a wanted person (offered by a government
// for a man who may be anywhere).
func (c *figureCtx) placeless(f *Figure, qStart, cFrom, cTo int) bool {
	switch lower(string(f.Counted)) {
	case "tweets", "retweets", "followers", "likes", "views", "subscribers", "users", "posts", "hits", "downloads":
		return true
	}
	if f.Counted == "times" {
		for k := cFrom; k < cTo; k++ {
			switch c.low(k) {
			case "shared", "viewed", "watched", "retweeted", "liked", "downloaded", "played", "clicked":
				return true // "shared more than 700,000 times": online, nowhere
			}
		}
	}
	if c.kinship(f, qStart) {
		return true
	}
	if f.Event != EventMoney {
		return false
	}
	for k := max(cFrom, qStart-4); k < cTo && k < qStart+8; k++ {
		switch c.low(k) {
		case "reward", "rewards", "bounty", "bounties":
			return true
		case "information":
			if c.low(k-1) == "for" && k > qStart {
				return true // "$5m for information leading to his capture"
			}
		}
	}
	return false
}

// homeVictims is the country of a nationality that modifies people hurt,
// killed or held who serve or live at home ("1,700 Iraqi soldiers",
// "12 Pakistani policemen", "40 Syrian civilians"), when the story is
// about another country: another group's killings the story recalls
// happened in the victims' country, not the story's. A country whose
// forces the article shows striking abroad ("U.S. airstrikes") may have
// its soldiers anywhere, and people often abroad (hostages, workers,
// journalists) are not counted here.
func (c *figureCtx) homeVictims(f *Figure, holderCountry string, after int) string {
	switch f.Event {
	case EventKilled, EventWounded, EventDetained, EventMissing:
	default:
		return ""
	}
	counted := lower(string(f.Counted))
	atHome := false // a people or a body that is where it belongs
	if holderCountry == "" && c.low(after) == "of" && (counted == "members" || counted == "people") {
		// "700 members of a Syrian tribe", "12 members of the Iraqi army"
		k := after + 1
		if w := c.low(k); w == "a" || w == "an" || w == "the" {
			k++
		}
		if e := c.entityAt(c.a.Tokens[min(k, len(c.a.Tokens)-1)].Start); e != nil && e.Type == entity.NORP && e.Country != "" {
			switch c.low(k + 1) {
			case "tribe", "tribes", "clan", "army", "military", "police", "security", "forces", "community", "minority":
				holderCountry, atHome = e.Country, true
			}
		}
	}
	if holderCountry == "" {
		// "Cameroon's army said 12 soldiers were killed": a state's own
		// forces speak of their own men
		holderCountry = c.forcesSpeaker(f.Span.Start)
	}
	if holderCountry == "" {
		return ""
	}
	switch counted {
	case "soldiers", "soldier", "troops", "policemen", "police", "police officers", "policeman", "security forces",
		"civilians", "villagers", "tribesmen", "border guards", "guards", "conscripts", "recruits", "servicemen":
		atHome = true
	}
	if !atHome {
		return ""
	}
	if mc := c.mainCountry(); mc == "" || mc == holderCountry {
		return ""
	}
	for i := range c.a.Entities {
		e := &c.a.Entities[i]
		if e.Country == holderCountry && (e.Type == entity.Place || e.Type == entity.NORP) && c.attacker(e) {
			return ""
		}
	}
	return holderCountry
}

// forcesSpeaker is the country of a state's forces or security body that
// speaks in the sentence before pos ("Cameroon's army said …", "the
// Lebanese military said …", "Nigeria's defence ministry said …"), or "".
func (c *figureCtx) forcesSpeaker(pos int) string {
	si := c.a.SentenceAt(pos)
	if si < 0 {
		return ""
	}
	i, _ := c.a.TokenRange(c.a.Sentences[si])
	j, _ := c.a.TokenRange(document.Span{Start: pos, End: pos})
	country := ""
	for k := i; k < j; k++ {
		w := c.low(k)
		if country != "" && (sayVerb(w) || tellVerb(w)) {
			return country
		}
		if country != "" || c.a.Tokens[k].Kind != segment.Word {
			continue
		}
		e := c.entityAt(c.a.Tokens[k].Start)
		if e == nil || e.Country == "" || e.Type != entity.NORP && e.Type != entity.Place {
			continue
		}
		_, m := c.a.TokenRange(e.Span)
		if c.low(m) == "'s" || c.low(m) == "’s" {
			m++
		}
		switch c.low(m) {
		case "army", "military", "forces", "police", "defence", "defense", "interior", "security":
			country = e.Country
		}
	}
	return ""
}

// kinship reports a count that says what a person's family is ("one of
// five children", "has three wives", "is believed to have two wives",
// "a father of four", "married three times"): it describes who someone
// is, not something that happened where the story is (the hand
// annotation leaves a leader's wives unplaced). Family members who act or
// suffer ("his two brothers were charged") are not this.
func (c *figureCtx) kinship(f *Figure, qStart int) bool {
	if f.Event != "" {
		return false
	}
	counted := lower(string(f.Counted))
	if counted == "times" {
		return c.low(qStart-1) == "married" || c.low(qStart-2) == "married" && c.low(qStart-1) == "been"
	}
	if !kinNoun(counted) {
		return false
	}
	if counted == "wives" || counted == "wife" {
		return true
	}
	if c.low(qStart-1) == "of" {
		// "one of five children", "a father of four"
		switch c.low(qStart - 2) {
		case "one", "eldest", "oldest", "youngest", "father", "mother", "parents", "parent":
			return true
		}
		return false
	}
	k := qStart - 1
	for k >= 0 && fillerWord(c.low(k)) {
		k--
	}
	switch c.low(k) {
	case "has", "have", "had", "having":
		return true
	}
	return false
}

// kinNoun reports nouns for members of a family.
func kinNoun(w string) bool {
	switch w {
	case "wives", "wife", "children", "child", "kids", "siblings", "sons", "daughters", "brothers", "sisters",
		"grandchildren", "stepchildren":
		return true
	}
	return false
}

// attacker reports a country or nationality named as the side that
// strikes: "US airstrikes", "a U.S. drone strike", "the US military has
// bombed …", "American fighter jets conducted 14 air strikes", "the U.S.
// has been hitting …". Where a side's strikes land is not its own country.
// A passive ("Haiti was hit by …", "Iraq hit by bombings") names the
// target, which is a place. Callers keep the article's own country
// striking at home ("Syrian government airstrikes" on a Syria story).
func (c *figureCtx) attacker(e *entity.Entity) bool {
	_, j := c.a.TokenRange(e.Span)
	if w := c.low(j); w == "'s" || w == "’s" {
		j++ // "America's airstrikes"
	}
	military := false
	for k, n := j, 0; k < len(c.a.Tokens) && n < 5; k++ {
		t := c.a.Tokens[k]
		if t.Kind == segment.Punct {
			if ch := c.text[t.Start]; (ch == '-' || ch == '/') && t.Flags&segment.SpaceBefore == 0 {
				continue // "US-led", "US/Arab"
			}
			return false
		}
		if t.Kind != segment.Word {
			return false
		}
		n++
		w := c.lowTok(t)
		if attackWord(w) {
			return c.low(k+1) != "by" // "Iraq hit by bombings": the target
		}
		if military {
			// "the U.S. military and Arab partner nations responded … by
			// carrying out eight air strikes" strikes further on; "Iraqi
			// forces said …" only speaks.
			return !reportingVerb(w) && c.attackInClause(k, k+12)
		}
		switch w {
		case "is", "are", "was", "were", "be", "been", "being":
			if !strings.HasSuffix(c.low(k+1), "ing") {
				return false // "Haiti was hit": the target
			}
			continue // "the U.S. has been hitting …"
		case "military", "forces", "force", "navy", "naval", "army", "coalition", "command", "troops", "defense", "defence":
			military = true
			continue
		case "led", "air", "government", "has", "have", "had", "and", "its", "allies", "allied", "partner", "partners",
			"fighter", "special", "also", "then", "later", "drone", "regime", "central", "department", "officials",
			"planes", "aircraft", "helicopters", "pilots": // "American planes and drones are flying 60 flights"
			continue
		}
		if e2 := c.entityAt(t.Start); e2 != nil && (e2.Type == entity.NORP || e2.Type == entity.Place || e2.Type == entity.Org) {
			continue // "the U.S. military and Arab partner nations", "US Central Command"
		}
		return false
	}
	return false
}

// attackInClause reports a word of striking in tokens [from, to) before
// the clause ends.
func (c *figureCtx) attackInClause(from, to int) bool {
	for k := from; k < to && k < len(c.a.Tokens); k++ {
		if c.clauseBreak(k) {
			return false
		}
		if attackWord(c.low(k)) {
			return c.low(k+1) != "by"
		}
	}
	return false
}

// attackWord reports words for striking: nouns for strikes and the arms
// that deliver them, and verbs of striking.
func attackWord(w string) bool {
	switch w {
	case "airstrike", "airstrikes", "air-strikes", "strike", "strikes", "struck", "raid", "raids", "raided", "bombing",
		"bombings", "bombed", "bombs", "bombarded", "bombardment", "shelling", "shelled", "missile", "missiles", "warplanes",
		"warplane", "jets", "bombers", "drones", "hit", "hitting", "hits", "targeted", "targeting", "launched",
		"launching", "conducted", "conducting", "carried", "carrying", "fired", "firing", "pounded", "pounding",
		"attacked", "attacking", "mounted", "mounting", "flown", "flew", "flying",
		// supplies dropped from the air land where they are aimed, as strikes do
		"airdropped", "air-dropped", "airdrop", "airdrops", "airdropping":
		return true
	}
	return false
}

// foreignAttacker reports an attacker named by a country: its strikes land
// where they are aimed, which is written elsewhere (strikePlace). The
// article's own country striking at home is found again by inference.
func (c *figureCtx) foreignAttacker(e *entity.Entity) bool {
	return e.Country != "" && c.attacker(e)
}

// sentenceAttacker is the country of an attacker named in the sentence of
// tokens [from, to), or "".
func (c *figureCtx) sentenceAttacker(from, to int) string {
	if from >= to {
		return ""
	}
	for _, e := range c.entitiesIn(document.Span{Start: c.a.Tokens[from].Start, End: c.a.Tokens[to-1].End}) {
		if (e.Type == entity.Place || e.Type == entity.NORP) && c.foreignAttacker(&e) {
			return e.Country
		}
	}
	return ""
}

// strikePlace is where the article last says strikes landed before pos:
// a place after a word of striking ("airstrikes in northern Iraq", "air
// strikes on Kobani", "bombed targets near Mosul"), with its country.
// Bounded to the 2,000 tokens before pos.
func (c *figureCtx) strikePlace(pos int) (string, string) {
	j, _ := c.a.TokenRange(document.Span{Start: pos, End: pos})
	for k := j - 1; k >= 0 && k >= j-2000; k-- {
		if !attackWord(c.low(k)) {
			continue
		}
		for m := k + 1; m < len(c.a.Tokens) && m <= k+4; m++ {
			w := c.low(m)
			if locPrep(w) || w == "on" || w == "against" || w == "over" {
				if loc, country, ok := c.placeAt(m+1, min(len(c.a.Tokens), m+6)); ok {
					return loc, country
				}
				break
			}
			if c.a.Tokens[m].Kind != segment.Word || reportingVerb(w) {
				break
			}
		}
	}
	return "", ""
}

// capitalSpeaker reports a city standing for its government as the
// subject of a reporting verb: "Washington said …", "Moscow says …". The
// government speaks of things elsewhere; a country ("Mexico has
// confirmed 19 deaths") still counts at home.
func (c *figureCtx) capitalSpeaker(e *entity.Entity) bool {
	if e.Type != entity.Place || e.Country == "" || strings.EqualFold(placeName(e, c.text), e.Country) || isAbbrev(e.Span.Of(c.text)) {
		return false
	}
	i, j := c.a.TokenRange(e.Span)
	if p := c.low(i - 1); (locPrep(p) || p == "from") && !c.speakerPlace(i-1, e.Span) {
		// "officials in New York said …": where they are; not "our
		// correspondent in Beirut says …"
		return false
	}
	return reportingVerb(c.low(j)) || c.low(j) == "has" && reportingVerb(c.low(j+1))
}

// borderSide reports a country named as the far side of a border: "the
// border with Jordan", "the Turkish border", "the U.S.-Mexico border". A
// figure at a border is on the side the story is about, which inference
// finds; the neighbour is not its place.
func (c *figureCtx) borderSide(e *entity.Entity) bool {
	i, j := c.a.TokenRange(e.Span)
	if i >= 2 && c.low(i-1) == "with" && borderWord(c.low(i-2)) {
		return true // "along its border with Jordan"
	}
	for k, n := j, 0; k < len(c.a.Tokens) && n < 3; k++ {
		t := c.a.Tokens[k]
		if t.Kind == segment.Punct {
			if ch := c.text[t.Start]; (ch == '-' || ch == '/' || strings.HasPrefix(c.text[t.Start:], "–")) && t.Flags&segment.SpaceBefore == 0 {
				continue // "U.S.-Mexico border", "Syria–Turkey border"
			}
			return false
		}
		if t.Kind != segment.Word {
			return false
		}
		n++
		if borderWord(c.lowTok(t)) {
			return true
		}
		if e2 := c.entityAt(t.Start); e2 == nil || (e2.Type != entity.Place && e2.Type != entity.NORP) {
			return false
		}
	}
	return false
}

// borderWord reports words for a border between countries.
func borderWord(w string) bool {
	return w == "border" || w == "borders" || w == "frontier" || w == "border's" || w == "boundary"
}

// directionWord reports words of a compass part of a place: "Eastern"
// in "Eastern China's Shandong province" is no place of its own.
func directionWord(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
		"northwest", "southeast", "southwest", "northeastern",
		"northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
		"north-eastern", "north-western", "south-eastern", "south-western", "upper", "lower":
		return true
	}
	return false
}

// notPlaceName reports a capitalized word the entity layer could not type
// that still names no place after a locative preposition: a title ("in the
// Speaker's chair"), an acronym (most often a party or an agency: "in the
// NDP caucus room"), or a word capitalized by a headline ("Found Dead at
// Age 34").
func (c *figureCtx) notPlaceName(k int) bool {
	t := c.a.Tokens[k]
	w := c.text[t.Start:t.End]
	if entity.IsTitleWord(w) {
		return true
	}
	if t.Flags&(segment.AllCaps|segment.Acronym) != 0 && t.End-t.Start <= 5 {
		return true
	}
	if n := k + 1; n < len(c.a.Tokens) && c.a.Tokens[n].Kind == segment.Number {
		return true // "at Age 34", "in Area 51": a label and its number
	}
	return false
}

// paidBefore reports a payment between the clause's start and the figure:
// "France had paid $13 million for the release of four hostages" names
// the payer, not where the hostages were held.
func (c *figureCtx) paidBefore(from, qStart int) bool {
	for k := from; k < qStart; k++ {
		switch c.low(k) {
		case "paid", "pay", "pays", "paying", "ransom", "ransoms":
			return true
		}
	}
	return false
}

// payer reports a country that pays or supplies, as the subject of such a
// verb within a few words: "France had paid …", "Spain is said to have
// paid …", "Britain has been supplying the Kurds with weapons". What it
// gives goes elsewhere.
func (c *figureCtx) payer(e *entity.Entity) bool {
	_, j := c.a.TokenRange(e.Span)
	for k := j; k < len(c.a.Tokens) && k < j+6; k++ {
		if c.a.Tokens[k].Kind != segment.Word {
			return false
		}
		switch c.low(k) {
		case "paid", "pay", "pays", "paying", "supplying", "supplied", "supplies", "supply", "delivering", "delivered",
			"delivers", "providing", "provided", "provides", "shipped", "shipping", "donated", "donating", "pledged",
			"airdropped", "dropped":
			return true
		}
	}
	return false
}

// onlyCountry is the one country an article names through its places,
// nationalities (not those saying who a person is: "an American tourist"),
// organisations that act where they are based (armed groups, parties,
// agencies) and rulers, when it names no other and at least twice (a
// mention in the lead counts double); else "". counts holds the places'
// and nationalities' weights from mainCountry.
func (c *figureCtx) onlyCountry(counts map[string]int, lead int) string {
	seen := map[string]int{}
	for k, v := range counts {
		seen[k] += v
	}
	for i := range c.a.Entities {
		e := &c.a.Entities[i]
		if e.Country == "" || c.a.SkipFacts(e.Span) {
			continue
		}
		switch e.Type {
		case entity.Org:
		case entity.NORP:
			if !c.orgNationality(e) && c.identityNationality(e) {
				return "" // "an American tourist": who someone is, maybe far from home
			}
			continue // counted already
		default:
			continue
		}
		w := 1
		if e.Span.Start < lead {
			w = 2
		}
		seen[e.Country] += w
	}
	for _, sp := range c.a.Sentences {
		for _, ctry := range entity.LeaderCountries(sp.Of(c.text)) {
			w := 1
			if sp.Start < lead {
				w = 2
			}
			seen[ctry] += w
		}
	}
	if len(seen) != 1 {
		return ""
	}
	for k, v := range seen {
		if v >= 2 {
			return k
		}
	}
	return ""
}

// agentBy reports a country other than the story's named as the agent
// after "by": "rebels backed by Tehran", "clashes supported by Saudi
// Arabia" name who acts, from abroad, not where the figure holds.
func (c *figureCtx) agentBy(e *entity.Entity) bool {
	i, _ := c.a.TokenRange(e.Span)
	p := c.low(i - 1)
	if p == "the" {
		p = c.low(i - 2)
	}
	return p == "by" && e.Country != c.mainCountry() // not "an operation by Yemen's armed forces" on a Yemen story
}

// travelledFrom reports a place a person came back or over from: "who had
// recently returned from Mexico", "after arriving from Cancun". The trip's
// start is not where the people are counted nor what the story is about.
func (c *figureCtx) travelledFrom(e *entity.Entity) bool {
	i, _ := c.a.TokenRange(e.Span)
	k := i - 1
	if c.low(k) == "the" {
		k--
	}
	if c.low(k) != "from" {
		return false
	}
	k--
	if adverb(c.low(k)) || c.low(k) == "just" {
		k-- // "returned recently from"
	}
	switch c.low(k) {
	case "returned", "returning", "return", "returns", "arrived", "arriving", "arrives", "travelled", "traveled",
		"travelling", "traveling", "flew", "flown", "flying", "back", "came", "coming", "holiday", "holidays", "trip", "visit":
		return true
	}
	return false
}

// foreignBody reports a country other than the story's named before one of
// its bodies or officials, the subject of the clause: "The US army
// believes there are 200,000 dead" on a story about Haiti. The body
// speaks or acts from abroad; the story's own government ("The Mexican
// government raised the toll") is at home.
func (c *figureCtx) foreignBody(e *entity.Entity) bool {
	if e.Country == "" {
		return false
	}
	_, j := c.a.TokenRange(e.Span)
	if w := c.low(j); w == "'s" || w == "’s" {
		j++
	}
	switch c.low(j) {
	case "army", "military", "navy", "embassy", "ambassador", "envoy", "diplomats", "marines", "coast":
		// not "Iraqi officials said 11 police officers were poisoned" on
		// a Syria story: a country's officials speak of home
	default:
		return false
	}
	mc := c.mainCountry()
	return mc != "" && mc != e.Country
}

// speakerPlace reports a locative at token k that says where the speaker
// of the figure's sentence is, not where the figure holds: a reporter's
// post ("The BBC's correspondent in Baghdad says IS has three planes") or
// a place inside an attribution after the figure ("…, said Daveed Ross,
// a director at a think-tank in Washington").
func (c *figureCtx) speakerPlace(k int, fig document.Span) bool {
	switch c.low(k - 1) {
	case "correspondent", "correspondents", "reporter", "reporters", "journalist", "journalists", "editor", "analyst",
		"analysts", "bureau", "producer", "presenter", "anchor":
		return true
	}
	_, j := c.a.TokenRange(fig)
	for m := j; m < k; m++ {
		if w := c.low(m); (sayVerb(w) || tellVerb(w)) && !c.contentFollows(m) || w == "according" {
			return true
		}
	}
	return false
}

// foreignSeat reports a place that says where a speaker sits, named in
// the speaker's noun phrase before its reporting verb: "officials in
// Moscow said …", "the foreign ministry in Tehran has said …". A foreign
// government speaks of things elsewhere; only a seat in another country
// than the story's is left out ("officials in Nigeria said" on a Nigeria
// story still place it), and a place opening the sentence ("In Homs,
// activists said …") sets the scene.
func (c *figureCtx) foreignSeat(e *entity.Entity) bool {
	if e.Type != entity.Place || e.Country == "" {
		return false
	}
	i, j := c.a.TokenRange(e.Span)
	p := i - 1
	if c.low(p) == "the" {
		p--
	}
	if p < 1 || !locPrep(c.low(p)) {
		return false
	}
	h := c.a.Tokens[p-1]
	if h.Kind != segment.Word || functionWord(c.lowTok(h)) || sayVerb(c.lowTok(h)) || c.a.SentenceAt(h.Start) != c.a.SentenceAt(e.Span.Start) {
		return false
	}
	m := j
	if c.low(m) == "," {
		m++
	}
	switch c.low(m) {
	case "has", "have", "had":
		m++
	}
	if w := c.low(m); !sayVerb(w) && !tellVerb(w) {
		return false
	}
	mc := c.mainCountry()
	return mc != "" && mc != e.Country
}

// seatAfter reports a foreign speaker's seat (foreignSeat) named right
// after the locative preposition at token k.
func (c *figureCtx) seatAfter(k int) bool {
	if k+1 >= len(c.a.Tokens) {
		return false
	}
	n := k + 1
	if c.low(n) == "the" && n+1 < len(c.a.Tokens) {
		n++
	}
	e := c.entityAt(c.a.Tokens[n].Start)
	return e != nil && c.foreignSeat(e)
}

// contentFollows reports a reporting verb at token k that opens what is
// said rather than closing an attribution: in "the 1,250 sailors the
// ministry says are stationed in Veldmark" the place is the sailors', not
// the ministry's; in "…, said a director at a think-tank in Washington" it
// is the speaker's.
func (c *figureCtx) contentFollows(k int) bool {
	switch c.low(k + 1) {
	case "are", "is", "were", "was", "have", "has", "had", "will", "would", "could", "can", "may", "might",
		"that", "remain", "remains", "remained", "stand", "stands", "died", "fled", "live", "lived":
		return true
	}
	return false
}

// identityNoun reports a noun at token k for people counted by the country
// they belong to, not where they are: "citizens of France".
func (c *figureCtx) identityNoun(k int) bool {
	switch c.low(k) {
	case "citizens", "citizen", "nationals", "national", "natives", "native", "subjects", "passport", "passports":
		return true
	}
	return false
}

// leftFrom reports a country after "from" that people or things left as
// the story tells it: "fled from Syria", "evacuated from Haiti",
// "reporting from Beirut". Any other "from" says where someone or
// something comes from ("DNA from Baghdadi from Iraq", "a man from
// Iraq"): who or what, weighed as a plain mention, not where the story
// is. A trip's start (travelledFrom) is neither.
func (c *figureCtx) leftFrom(e *entity.Entity) bool {
	i, _ := c.a.TokenRange(e.Span)
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if c.low(k) != "from" {
			continue
		}
		j := k - 1
		if adverb(c.low(j)) {
			j-- // "fled hastily from"
		}
		switch c.low(j) {
		case "fled", "flee", "flees", "fleeing", "escaped", "escape", "escaping", "evacuated", "evacuate", "evacuating",
			"rescued", "pulled", "withdrew", "withdrawn", "withdrawing", "withdraw", "expelled", "deported", "driven",
			"displaced", "airlifted", "reported", "reporting", "reports", "writes", "writing", "wrote", "away":
			return true
		}
		return false
	}
	return false
}

// aimedAt reports a country after "at" that is the target of words, not a
// place: "lashed out at Israel", "took a swipe at Washington", "angry at
// Turkey". Rockets "fired at Israel" still land there.
func (c *figureCtx) aimedAt(e *entity.Entity) bool {
	k := c.tokenBefore(e)
	if c.low(k) == "the" {
		k--
	}
	if c.low(k) != "at" {
		return false
	}
	switch c.low(k - 1) {
	case "out", "swipe", "swipes", "jab", "dig", "angry", "anger", "furious", "outrage", "criticism", "fury", "blame", "finger", "pointed", "pointing":
		return true
	}
	return false
}

// negatedPlace reports a place the text says someone was not in or never
// went to: "she has never been to Syria", "he had not set foot in
// Lebanon", "never visited Iraq". It is no place of the story. Only a
// denied presence counts: "did not stop the protests in Egypt" still
// places the protests.
func (c *figureCtx) negatedPlace(e *entity.Entity) bool {
	i, _ := c.a.TokenRange(e.Span)
	k := i - 1
	if c.low(k) == "the" {
		k--
	}
	switch c.low(k) {
	case "to", "in", "inside":
		k--
	}
	presence := false
	for n := 0; n < 3 && k >= 0; n, k = n+1, k-1 {
		switch c.low(k) {
		case "been", "gone", "go", "went", "travelled", "traveled", "visited", "visit", "set", "foot", "returned", "return":
			presence = true
			continue
		case "ever", "even", "yet":
			continue
		case "never", "not", "n't":
			return presence
		}
		return false
	}
	return false
}

// pastSentence reports a place in a sentence dated to an earlier year than
// the article's ("in 2005 he was arrested by US forces in Iraq", "six
// years ago she married"): the story recalls a past there. A year that
// starts what still runs ("since 2011", "the war that began in 2011") does
// not make it past.
func (c *figureCtx) pastSentence(e *entity.Entity) bool {
	pubs := c.pubString()
	si := c.a.SentenceAt(e.Span.Start)
	if len(pubs) < 4 || si < 0 {
		return false
	}
	sp := c.a.Sentences[si]
	ts := c.a.Times
	for k := sort.Search(len(ts), func(k int) bool { return ts[k].Span.Start >= sp.Start }); k < len(ts) && ts[k].Span.End <= sp.End; k++ {
		t := ts[k]
		if t.Type != "DATE" || len(t.Value) < 4 || t.Value[:4] >= pubs[:4] || t.Value[0] < '0' || t.Value[0] > '9' {
			continue
		}
		if t.Prep == "since" || t.Mod == "ON_OR_AFTER" || t.Mod == "AFTER" {
			continue
		}
		start := t.Span.Start
		if t.Prep != "" {
			start = t.PrepSpan.Start
		}
		if ti, _ := c.a.TokenRange(document.Span{Start: start, End: start + 1}); ti > 0 {
			switch c.low(ti - 1) {
			case "began", "begun", "started", "erupted", "out", "launched":
				continue
			}
		}
		return true
	}
	return false
}

// homeArrest reports a country's own police, army or authorities named as
// detaining or holding people: "the Lebanese army detained a woman",
// "Turkish authorities are holding two men", "Kenya's police arrested 12".
// A state arrests at home; the story is there as surely as when the text
// writes "in Lebanon".
func (c *figureCtx) homeArrest(e *entity.Entity) bool {
	_, j := c.a.TokenRange(e.Span)
	if c.low(j) == "'s" || c.low(j) == "’s" {
		j++
	}
	n := 0
	for ; n < 2 && j < len(c.a.Tokens); n, j = n+1, j+1 {
		switch c.low(j) {
		case "army", "authorities", "police", "security", "forces", "officials", "intelligence", "interior", "ministry", "services", "troops", "soldiers":
			continue
		}
		break
	}
	if n == 0 && e.Type != entity.Place {
		return false // "Lebanese detained …": people, not the state
	}
	for k := j; k < j+4 && k < len(c.a.Tokens); k++ {
		switch c.low(k) {
		case "detained", "arrested", "holding", "detaining", "arresting":
			return true
		case "is", "are", "was", "were", "has", "have", "had", "says", "said", "say":
			continue // "the authorities are holding"
		}
		return false
	}
	return false
}

// statesOf reads "in 10 US states" or "in three Mexican provinces" after
// the figure: the country whose parts are counted, or "".
func (c *figureCtx) statesOf(after, limit int) (string, string) {
	for k := after; k < limit && k < after+6; k++ {
		if c.a.Tokens[k].Kind != segment.Word {
			return "", "" // "91 cases, in 10 US states" is another clause
		}
		if !locPrep(c.low(k)) {
			continue // over "of swine flu"
		}
		j := k + 1
		if c.a.Tokens[min(j, len(c.a.Tokens)-1)].Kind == segment.Number || spelledNumber(c.low(j)) {
			j++
		} else {
			return "", ""
		}
		if j >= limit {
			return "", ""
		}
		e := c.entityAt(c.a.Tokens[j].Start)
		if e == nil || e.Country == "" || e.Type != entity.NORP && e.Type != entity.Place {
			return "", ""
		}
		_, end := c.a.TokenRange(e.Span)
		switch c.low(end) {
		case "states", "provinces", "regions", "counties", "districts", "cities", "towns", "governorates":
			return e.Country, e.Country
		}
		return "", ""
	}
	return "", ""
}

// visited finds a place a person in the sentence was visiting or staying
// in ("a Mexican boy who was visiting Texas", "a tourist staying in
// Cancun"): where the person was when counted, over a nationality.
func (c *figureCtx) visited(sStart, sEnd int) (string, string) {
	for k := sStart; k+1 < sEnd; k++ {
		switch c.low(k) {
		case "visiting", "touring":
		default:
			continue
		}
		if e := c.entityAt(c.a.Tokens[k+1].Start); e != nil && e.Type == entity.Place && e.Country != "" {
			return placeName(e, c.text), e.Country
		}
	}
	return "", ""
}

// localTown is the town named in the one or two sentences before a
// figure whose sentence cites the place's own people as "local" ("the
// local police", "local officials"): that town, not the story's country. A town is a place below a country, with its
// country known.
func (c *figureCtx) localTown(sStart, sEnd int) (string, string) {
	local := false
	for k := sStart; k+1 < sEnd; k++ {
		if c.low(k) == "local" && localSource(c.low(k+1)) {
			local = true // "the local police", not "local communities"
			break
		}
	}
	si := c.a.SentenceAt(c.a.Tokens[sStart].Start)
	if !local || si < 1 {
		return "", ""
	}
	from := c.a.Sentences[max(0, si-2)].Start
	es := c.entitiesIn(document.Span{Start: from, End: c.a.Tokens[sStart].Start})
	for k := len(es) - 1; k >= 0; k-- {
		e := &es[k]
		if e.Type != entity.Place || e.Country == "" || c.a.SkipFacts(e.Span) {
			continue
		}
		name := placeName(e, c.text)
		if strings.EqualFold(name, e.Country) || isAbbrev(e.Span.Of(c.text)) || geoName(name) || continentName(name) || c.orgSeat(e) || c.capitalSpeaker(e) || c.residentOf(e) || c.hometown(e) {
			return "", "" // the last place named is a country or no town: nothing to narrow
		}
		if p := c.prepBefore(e); !locPrep(p) {
			continue // "beyond Port-au-Prince", "west of Port-au-Prince": not where it happened
		}
		if _, j := c.a.TokenRange(e.Span); geoName(c.low(j)) || c.low(j) == "river" {
			return "", "" // "in the Mississippi river": a river, no town
		}
		return name, e.Country
	}
	return "", ""
}

// localSource reports a noun that "local" makes the people or bodies of the
// place just named: "the local police", "local officials".
func localSource(w string) bool {
	switch w {
	case "police", "officials", "official", "authorities", "authority", "hospital", "hospitals", "doctors", "mayor",
		"council", "government", "leaders", "residents", "people", "media", "sources", "officers", "journalists":
		return true
	}
	return false
}

// territory finds the land a sentence says someone holds: "controls much
// of eastern Syria", "has seized large parts of northern Iraq", "overran
// Mosul". It is "" when the verb is followed by anything but such a
// stretch of land ("held 20 hostages").
func (c *figureCtx) territory(sStart, sEnd int) (string, string) {
	for k := sStart; k+1 < sEnd; k++ {
		switch c.low(k) {
		case "controls", "control", "controlled", "controlling", "holds", "seized", "captured", "overran", "overrun":
		default:
			continue
		}
		for j, n := k+1, 0; j < sEnd && n < 5; j, n = j+1, n+1 {
			if e := c.entityAt(c.a.Tokens[j].Start); e != nil {
				if e.Type != entity.Place || e.Country == "" || e.Span.Start != c.a.Tokens[j].Start {
					break
				}
				return placeName(e, c.text), e.Country
			}
			w := c.low(j)
			if w == "much" || w == "most" || w == "parts" || w == "part" || w == "swathes" || w == "swaths" || w == "large" || w == "vast" ||
				w == "of" || w == "the" || w == "areas" || w == "territory" || w == "its" || strings.HasSuffix(w, "ern") || directionWord(w) {
				continue
			}
			break
		}
	}
	return "", ""
}

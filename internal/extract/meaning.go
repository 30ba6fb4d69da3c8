package extract

import (
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/quantity"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// What a figure counts: the event that happened to the counted thing
// (killed, displaced, deployed …), the counted kind folded to a canonical
// plural, the measure label subjects are built from, and the stretch of
// events it covers (a running total, one incident, a period, a rate). The
// rules read a small window of the figure's own clause — the noun it counts,
// the verb after it, a trigger before it — never the rest of the sentence,
// so that "37 killed, 300 homeless" gives two measures.

// Window sizes, in tokens, around the number's noun phrase.
const (
	eventBefore = 7
	eventAfter  = 9
)

// Where meaning found a figure's event: nowhere, a verb or predicate after
// the counted noun, something before the number, the noun itself, or a
// default for its kind (troops are present, a group counted again keeps
// its status).
const (
	evNone = iota
	evVerbAfter
	evBefore
	evNoun
	evDefault
)

// listEvent gives the event of the figure just added (the last of out),
// read from a verb after it, to the counts listed before it as one
// subject: "Nine rebels, four soldiers and two civilians were killed".
// Only counts whose event is missing or a default take it.
func (c *figureCtx) listEvent(out []Figure) {
	j := len(out) - 1
	f := &out[j]
	if c.evFrom != evVerbAfter || !listable(string(f.Event)) || f.Negated {
		return
	}
	for m := j - 1; m >= 0 && m >= j-8; m-- {
		p := &out[m]
		if p.Sentence != f.Sentence || !c.weak[m] || p.Event == EventMoney || p.Event == EventAmount ||
			quantity.IsCurrency(string(p.Unit)) || unitName(string(p.Unit)) != "" || !c.listed(p.Span.End, out[m+1].Span.Start) {
			return
		}
		p.Event = f.Event
		if p.Counted == "" {
			p.Counted = "people"
		}
		p.Measure = document.Str(measureOf(string(f.Event), string(p.Counted), string(p.Unit), "", p.Scope == ScopeRate, ""))
		if p.Scope == "" {
			p.Scope = f.Scope
		}
		c.weak[m] = false
	}
}

// listable reports events a verb after a list gives to every count in it.
func listable(e string) bool {
	switch e {
	case EventKilled, EventWounded, EventDetained, EventMissing, EventDisplaced:
		return true
	}
	return false
}

// listed reports that bytes [from, to) between two counts hold only a
// list's commas and "and", with hedges: "seven attackers, three soldiers
// and two civilians".
func (c *figureCtx) listed(from, to int) bool {
	if to < from {
		return false
	}
	i, _ := c.a.TokenRange(document.Span{Start: from, End: from})
	seen := false
	for k := i; k < len(c.a.Tokens) && c.a.Tokens[k].Start < to; k++ {
		t := c.a.Tokens[k]
		if t.Kind == segment.Punct && c.text[t.Start] == ',' {
			seen = true
			continue
		}
		switch c.lowTok(t) {
		case "and":
			seen = true
		case "at", "least", "about", "some", "nearly", "almost", "more", "than", "over", "around", "another", "up", "to":
		default:
			return false
		}
	}
	return seen
}

// clause returns the token bounds [from, to) of the clause around tokens
// [qStart, qEnd) inside the sentence [sStart, sEnd): it stops at ";", ":",
// a dash between spaces, and at a comma or word that starts a contrasting
// clause ("…, while activists put the toll at 200").
func (c *figureCtx) clause(qStart, qEnd, sStart, sEnd int) (int, int) {
	from := qStart
	for k := qStart - 1; k >= sStart; k-- {
		if c.clauseBreak(k) {
			break
		}
		from = k
	}
	to := qEnd
	for k := qEnd; k < sEnd; k++ {
		if c.clauseBreak(k) {
			break
		}
		to = k + 1
	}
	return from, to
}

// clauseBreak reports a token that separates clauses that may carry
// different figures or sources.
func (c *figureCtx) clauseBreak(k int) bool {
	t := c.a.Tokens[k]
	switch t.Kind {
	case segment.Punct:
		switch c.text[t.Start] {
		case ';', ':':
			return true
		case ',':
			switch c.low(k + 1) {
			case "and", "while", "but", "whereas", "as":
				return true // "…, the agency said, and officials warned …"
			}
		case '-':
			return t.End-t.Start > 1 || t.Flags&segment.SpaceBefore != 0
		}
		if strings.HasPrefix(c.text[t.Start:], "—") || strings.HasPrefix(c.text[t.Start:], "–") {
			return true
		}
	case segment.Word:
		switch c.lowTok(t) {
		case "while", "whereas", "but", "although", "though", "however":
			return c.lowTok(t) != "but" || c.low(k-1) != "all" && c.low(k-1) != "none" // "all but 10 of them": except, no new clause
		case "that":
			return reportingVerb(c.low(k-1)) || c.low(k-1) == "warned" // "officials warned that …"
		}
	}
	return false
}

// eventOfNoun maps a counted noun that itself says what happened ("deaths",
// "refugees", "protesters") to its event.
func eventOfNoun(w string) string {
	switch w {
	case "dead", "deaths", "death", "killed", "fatalities", "lives", "martyrs", "martyr":
		return EventKilled
	case "injured", "wounded", "injuries", "injury", "hurt":
		return EventWounded
	case "missing":
		return EventMissing
	case "detainees", "detainee", "arrests", "arrested", "detained", "prisoners", "prisoner", "hostages", "hostage",
		"captives", "abductees", "kidnappings", "abductions":
		return EventDetained // "15 kidnappings this year": counted as events (testdata/gold)
	case "refugees", "refugee", "evacuees", "displaced", "homeless", "asylum-seekers":
		return EventDisplaced
	case "protesters", "protestors", "demonstrators", "marchers", "protesters'":
		return EventProtesting
	case "cases", "infections", "infected":
		return EventCases
	case "inhabitants", "population":
		return EventPopulation
	case "barrels", "tonnes", "tons", "gallons", "litres", "liters", "cubic", "bpd":
		return EventAmount
	}
	return ""
}

// takeForm reports the forms of "take" ("took to the streets", "have taken
// to the streets").
func takeForm(w string) bool {
	switch w {
	case "take", "takes", "took", "taken", "taking":
		return true
	}
	return false
}

// eventAfterWord maps a verb or adjective after the counted noun ("50 people
// were killed", "300,000 left homeless", "2 million need aid").
func eventAfterWord(w string) string {
	switch w {
	case "killed", "died", "dead", "perished", "drowned", "massacred", "executed", "slain", "murdered", "die", "buried",
		"martyred", "slaughtered", "butchered", "gunned", "assassinated", "dying", "beheaded", "decapitated", "hanged",
		"lynched", "crucified":
		return EventKilled
	case "injured", "wounded", "hurt", "maimed", "poisoned", "sickened", "gassed", "burned", "burnt", "scalded":
		return EventWounded // "11 police officers were poisoned by chlorine"; "burned to death" is read first
	case "missing", "unaccounted", "disappeared", "vanished", "stolen":
		return EventMissing // "stolen" is said of things: "11 jets have been stolen"
	case "arrested", "detained", "held", "captured", "jailed", "imprisoned", "abducted", "kidnapped", "rounded", "taken",
		"seized", "incarcerated", "hostage", "captive", "custody", "captivity", "caught", "nabbed", "apprehended",
		"freed", "released": // people freed were held (testdata/gold: released hostages are detained)
		return EventDetained
	case "fled", "displaced", "evacuated", "homeless", "uprooted", "fleeing", "flee", "crossed", "sheltering", "relocated",
		"resettled", "expelled", "deported":
		return EventDisplaced
	case "need", "needing", "needed", "require", "requiring", "lack", "lacking", "depend", "rely", "starving":
		return EventInNeed
	case "protested", "demonstrated", "marched", "rallied", "protesting", "demonstrating", "marching", "gathered", "chanting", "chanted":
		return EventProtesting
	case "infected", "contracted", "sick", "ill", "diagnosed", "positive":
		return EventCases // not "hospitalised": those in hospital are a part of the cases, see stateWord
	case "live", "lived", "living", "inhabit", "reside", "populate":
		return EventPopulation
	case "stationed", "deployed", "serving", "arrived", "based", "posted", "withdrawn", "withdrew", "sent",
		"massed", "massing", "redeployed", "pulled", "dispatched", "positioned", "surrounded", "encircled":
		return EventDeployed
	}
	return ""
}

// eventBeforeWord maps a trigger before the number ("killing 30", "the death
// toll rose to 230,000", "a country of 20 million", "sent 3,500 troops").
func eventBeforeWord(w string) string {
	switch w {
	case "killed", "killing", "kills", "kill", "toll", "massacred", "executed", "claimed", "buried", "martyred",
		"slaughtered", "slaughtering", "massacring", "executing", "murdered", "murdering", "beheaded", "beheading",
		"beheads", "behead", "decapitated", "hanged", "lynched":
		return EventKilled
	case "massacre", "murder", "murders", "slaughter", "execution", "executions", "death", "killings", "burial", "funerals",
		"funeral", "beheadings":
		return EventKilled // "the massacre of 40 people": only with "of", see eventBefore
	case "abduction", "abductions", "kidnappings", "capture", "detention", "arrest":
		return EventDetained // "the abduction of 219 girls": only with "of"
	case "disappearance", "disappearances":
		return EventMissing
	case "exodus", "evacuation", "displacement":
		return EventDisplaced // "the exodus of 200,000 people"
	case "injuring", "wounding", "injured", "wounded", "injure", "poisoned", "poisoning", "sickened", "burned", "burning",
		"assault", "assaulted", "assaulting", "maimed", "maiming":
		return EventWounded // "burned two soldiers", "used his car to assault two soldiers"
	case "arrested", "arresting", "detained", "detaining", "jailed", "captured", "capturing", "rounded", "holding", "freed", "released",
		"abducted", "kidnapped", "seized", "imprisoned", "apprehended", "nabbed", "kidnapping", "abducting", "snatched",
		"snatching", "seizing", "kidnap", "abduct", "freeing", "releasing", "release":
		return EventDetained // "raided a school, kidnapping 276 girls"; "the release of 27 hostages"
	case "displaced", "displacing", "evacuated", "evacuating", "uprooted", "sheltering", "housing", "hosts", "hosting", "homeless":
		return EventDisplaced
	case "population", "inhabitants", "home":
		return EventPopulation
	case "deploy", "deployed", "deploying", "send", "sent", "sending", "station", "stationed", "keep", "kept", "keeping",
		"withdraw", "withdrawing", "withdrew", "dispatch", "dispatched", "dispatching", "troop", "garrison", "has", "have", "maintains":
		return EventDeployed
	case "infecting", "infected", "infects", "cases", "infections":
		return EventCases
	case "deaths", "fatalities":
		return EventKilled
	case "refugees":
		return EventDisplaced
	case "arrests":
		return EventDetained
	case "feed", "feeding", "help", "helping", "aid", "assist", "assisting", "reach", "reaching":
		return EventInNeed
	case "stole", "stolen", "stealing", "steal":
		return EventMissing // "stole seven tanks": things taken are missing (testdata/gold)
	}
	return ""
}

// stateWord maps participles that say what became of people without being
// one of the events ("3 million affected", "122 rescued") to the word the
// measure uses.
func stateWord(w string) string {
	switch w {
	case "affected":
		return "affected"
	case "defected", "deserted":
		return "defected" // soldiers who changed sides: no event of the list
	case "rescued", "saved":
		return "rescued"
	case "trapped":
		return "trapped"
	case "beaten", "tortured":
		return w // "10 journalists were beaten": harm that is neither killed nor wounded
	case "treated":
		return "treated"
	case "hospitalised", "hospitalized":
		return "hospitalised" // "20 people have been hospitalised with flu": not the count of cases
	}
	return ""
}

// mannerAdverb reports an adverb of degree or manner between an auxiliary
// and its participle ("badly", "seriously", "critically").
func mannerAdverb(w string) bool {
	switch w {
	case "only", "early", "family", "july", "italy", "rally", "ally":
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// auxWord reports words that may stand between a counted noun and its verb
// ("50 people have reportedly been killed").
func auxWord(w string) bool {
	switch w {
	case "have", "has", "had", "been", "were", "was", "are", "is", "be", "being", "reportedly", "already", "now",
		"so", "far", "also", "all", "confirmed", "reported", "believed", "thought", "feared", "said", "to", "left",
		"made", "still", "who", "that", "which", "may", "might", "could", "would", "will", "remain", "remained",
		"remains", "just", "since", "then", "mostly", "many", "more", "later", "apparently", "either",
		"currently", "allegedly", "presumed", "likely", "probably", "officially", "in", "urgent", "desperate", "of",
		"immediate", "urgently", "desperately", "are'", "got", "get", "been'", "went", "gone", "go", "internally",
		"forcibly", "temporarily", "permanently", "reported'", "newly", "tested", "forced", "driven", "formerly", "previously",
		"once":
		return true
	}
	return false
}

// personnelKind folds the military and security nouns into the measure
// "troops"; the counted field keeps the word the text used.
func personnelKind(w string) bool { return personnelNoun(w) || w == "fighters" || w == "militiamen" }

// countedOf folds a counted noun to its canonical plural kind: "deaths",
// "dead", "injured" count people; "persons" are people.
func countedOf(w string) string {
	w = lower(w)
	switch w {
	case "dead", "deaths", "death", "killed", "fatalities", "lives", "injured", "wounded",
		"injuries", "casualties", "victims", "missing", "homeless", "displaced", "evacuees", "persons", "person",
		"people", "individuals", "detainees", "detainee", "arrests", "arrested", "detained", "inhabitants",
		"residents", "infected", "survivors", "souls", "population", "martyrs", "martyr":
		return "people"
	case "civilian":
		return "civilians"
	case "child":
		return "children"
	case "soldier":
		return "soldiers"
	case "troop", "force", "forces":
		return "troops"
	case "protestors", "demonstrators", "marchers":
		return "protesters"
	case "policemen", "police", "policeman":
		return "police"
	case "officer":
		return "officers"
	case "refugee", "asylum-seekers":
		return "refugees"
	case "prisoner":
		return "prisoners"
	case "rebel":
		return "rebels"
	case "fighter":
		return "fighters"
	case "marine", "marines":
		return "marines"
	case "infections":
		return "cases"
	case "tons":
		return "tonnes"
	case "corpses", "body":
		return "bodies"
	case "bpd":
		return "barrels"
	}
	return w
}

// meaning sets f's Event, Counted, Measure, Scope, Since and Negated from the
// figure's clause [cFrom, cTo). head is the counted noun's token (or -1),
// f.Unit the counted thing or unit already found.
func (c *figureCtx) meaning(f *Figure, q *quantity.Quantity, head, npEnd, qStart, qEnd, cFrom, cTo int) {
	unit := string(f.Unit)
	event := ""
	switch {
	case quantity.IsCurrency(unit):
		event = EventMoney
	case amountUnit(unit) != "":
		event = EventAmount
	}
	noun := ""
	if head >= 0 {
		noun = c.low(head)
	} else if u := amountUnit(unit); u != "" {
		noun = u
	} else if unit != "" && !quantity.IsCurrency(unit) {
		noun = lower(unit)
	}
	if unit == "people" && head >= 0 && !countNoun(noun) {
		noun = "people" // "100 Australians"
	}
	if found, buried := c.remainsOf(noun, qStart, max(qEnd, npEnd), cFrom, cTo); found && event == "" {
		if q.Value < 1000 || c.discoveredIn(cFrom, cTo) {
			c.remains(f, noun, buried, qStart, qEnd, cFrom, cTo)
			return
		}
		// "50,000 bodies had already been collected", "the authorities
		// have buried 40,000 bodies": thousands of dead gathered by the
		// authorities are a disaster's running toll, not a grave found.
		if remainsNoun(noun) {
			noun = "people"
		}
		event = EventKilled
	}
	if event == "" {
		event = eventOfNoun(noun)
	}
	nounEvent := event // what the counted noun alone says ("hostages")
	from := evNone
	if event != "" {
		from = evNoun
	}
	// A status named by the noun yields to a harm shared with the figure
	// before: "killed two hostages and three captives". Nouns that are the
	// count itself ("cases", "deaths") keep their own event.
	statusNoun := nounEvent == EventDetained || nounEvent == EventDisplaced || nounEvent == EventProtesting
	// The verb after the noun phrase: "50 people were killed".
	after := max(qEnd, npEnd)
	negated := false
	state := ""
	pp := false       // inside a prepositional phrase after the noun
	involved := false // "people involved in the relief effort"
	spoke := false    // the counted people speak: "two fighters quoted by the radio"
	aux := false      // an auxiliary or relative before the verb: "were killed", "who were held"
	preVerb := event
	// "Foley, one of five children, had been captured": the count is a set
	// its subject belongs to, in an aside; the verb after it is the
	// subject's.
	memberAside := c.low(qStart-1) == "of" && c.low(qStart-2) == "one" && c.low(qStart-3) == "," && c.low(after) == ","
	// "Ten of the 19 banks would need more capital": the count is the
	// whole a part is taken from; the verb after it is the part's.
	memberAside = memberAside || c.wholeOfPart(qStart)
	if !memberAside && (event == "" || event == EventProtesting || event == EventDisplaced || event == EventDetained) {
		// "two demonstrators were killed", "20 refugees drowned": what
		// happened to them outranks what they are.
		for k, n := after, 0; k < cTo && n < eventAfter; k, n = k+1, n+1 {
			t := c.a.Tokens[k]
			if t.Kind == segment.Number {
				break
			}
			if t.Kind != segment.Word {
				if t.Kind == segment.Punct && c.text[t.Start] == ',' && n == 0 {
					if j := c.asideEnd(k+1, cTo); j > 0 {
						k, n = j, -1 // "300 people, according to HRW, were killed"
						continue
					}
				}
				if t.Kind == segment.Punct && c.text[t.Start] == ',' && n > 0 {
					break
				}
				continue
			}
			w := c.lowTok(t)
			if w == "not" || w == "n't" || w == "never" {
				negated = true
				continue
			}
			if w == "of" && k == after && (c.low(k+1) == "them" || c.low(k+1) == "those") {
				k++ // "25 of them were released"
				continue
			}
			if reportingVerb(w) || w == "quoted" {
				spoke = true // "two soldiers, A and B, said": speakers, not forces present
			}
			if w == "involved" && event == "" && !assailantNoun(noun) {
				// "1,700 people involved in the effort": people at work
				// on the scene, unless it is a protest they are in.
				if c.protestWithin(k+1, cTo) {
					event = EventProtesting
				} else {
					event, involved = EventDeployed, true
				}
				break
			}
			if takeForm(w) && k+3 < cTo && c.low(k+1) == "to" && c.low(k+3) == "streets" {
				event = EventProtesting // "35,000 people have taken to the streets": not "taken" into custody
				break
			}
			if (w == "took" || w == "taking" || w == "take") && c.low(k+1) == "part" || w == "joined" || w == "joining" {
				if c.protestWithin(k+1, cTo) {
					event = EventProtesting // "100 people took part in the demonstration"
					break
				}
			}
			if (w == "found" || w == "discovered" || w == "lying") && c.low(k+1) == "dead" {
				event = EventKilled // "30 people were found dead": a toll, unlike "30 bodies were found"
				break
			}
			if (w == "pulled" || w == "dug" || w == "found") && (c.low(k+1) == "alive" || c.low(k+1) == "out" && c.low(k+2) == "alive") && event == "" {
				state = "rescued" // "130 people have been pulled alive from the rubble"
				break
			}
			if (w == "sought" || w == "seeking" || w == "seek" || takeForm(w) || w == "found" || w == "finding") && (c.low(k+1) == "refuge" || c.low(k+1) == "shelter" || c.low(k+1) == "sanctuary") {
				event = EventDisplaced // "3,000 families have sought refuge in the mountains"
				break
			}
			if event == "" && hospitalVerb(w) && c.placeNounWithin(k+1, cTo, hospitalNoun) {
				event = EventWounded // "11 officers were rushed to hospital": taken there hurt, not into custody
				break
			}
			if (w == "in" || w == "into") && hospitalNoun(c.low(k+1)) && k == after && event == "" && state == "" {
				state = "hospitalised" // "45 patients in hospital": neither cases nor wounded by itself
				break
			}
			if w == "behind" && c.low(k+1) == "bars" {
				event = EventDetained // "1,200 activists remain behind bars"
				break
			}
			if w == "caught" && c.low(k+1) == "on" {
				break // "three women caught on camera": filmed, not held
			}
			if (w == "tortured" || w == "beaten" || w == "shot" || w == "stabbed" || w == "stoned" || w == "burned" || w == "burnt" ||
				w == "poisoned" || w == "gassed") && c.low(k+1) == "to" && c.low(k+2) == "death" {
				event = EventKilled // "were tortured to death"
				break
			}
			if w == "times" && k == after-1 {
				break
			}
			if e := eventAfterWord(w); e != "" {
				if (e == EventKilled || e == EventWounded || e == EventDetained) && !aux && c.objectAt(k+1, cTo) {
					break // "two gunmen killed three police": the count did it, nothing was done to it
				}
				if w == "crossed" && (personnelKind(noun) || noun == "militants" || noun == "gunmen" || noun == "insurgents" ||
					noun == "terrorists" || noun == "jihadists" || noun == "extremists" || noun == "suspects") {
					break // "four militants had crossed the border": where they went, not people fleeing
				}
				if e == EventPopulation && c.placeNounWithin(k+1, cTo, campNoun) {
					e = EventDisplaced // "90,000 people living in camps"
				}
				// "refugees arrived" stays displaced; "20 refugees were
				// killed" becomes killed.
				if e != EventDeployed || event == "" {
					event = e
				}
				break
			}
			if (w == "shot" || w == "gunned") && (c.low(k+1) == "dead" || c.low(k+1) == "down") {
				event = EventKilled // "14 protesters were shot dead"
				break
			}
			if w == "be" || w == "are" || w == "is" || w == "were" || w == "was" || w == "been" {
				// "three Americans are believed to be captives": a
				// predicate noun that names a status.
				if e := eventOfNoun(c.low(k + 1)); e == EventDetained || e == EventDisplaced {
					event = e
					break
				}
			}
			if asNoun(w) && c.low(k+1) == "as" && c.low(k+2) == "having" {
				if e := eventAfterWord(c.low(k + 3)); e != "" {
					event = e // "20,000 people are registered as having disappeared"
					break
				}
			}
			if asNoun(w) && c.low(k+1) == "as" {
				// "25,000 people have registered as refugees"
				if e := eventOfNoun(c.low(k + 2)); e != "" {
					event = e
					if countedOf(c.low(k+2)) == "refugees" {
						state = "refugees"
					}
					break
				}
			}
			if w == "lost" && k+2 < cTo && (c.low(k+2) == "lives" || c.low(k+1) == "their" && c.low(k+2) == "lives") {
				event = EventKilled
				break
			}
			if st := stateWord(w); st != "" && event == "" && state == "" {
				state = st
			}
			if w == "from" && (c.low(k+1) == "homes" || (c.low(k+1) == "their" || c.low(k+1) == "his" || c.low(k+1) == "her") && c.low(k+2) == "homes") {
				event = EventDisplaced // "forced 100 families from their homes"
				break
			}
			if locPrep(w) || w == "from" || w == "of" && k == after || w == "for" && c.capAt(k+1) {
				pp = true // "1,490 people around the world have contracted"
				continue
			}
			if pp && (t.Flags&segment.Cap != 0 || w == "the" || w == "world" || w == "country" || ofModifier(w) ||
				w == "and" && c.capAt(k+1)) {
				if n > 2 {
					n-- // a long name does not use up the words left for the verb
				}
				continue // "120 members of the security forces were killed", "11 jets of Libyan Airlines and Afriqiyah Airways are missing"
			}
			if pp && (c.capAt(k+1) || c.capAt(k+2) && c.a.Tokens[k+1].Kind == segment.Word || c.hyphenAt(k+1)) && !auxWord(w) && eventAfterWord(w) == "" {
				continue // "11 jets from state-owned carriers Libyan Airlines … went missing": the words before a name
			}
			if aux && mannerAdverb(w) {
				continue // "have been badly affected", "were seriously injured"
			}
			if !auxWord(w) && !countNoun(w) && !npModifier(w) {
				break
			}
			if auxWord(w) && w != "already" && w != "also" && w != "reportedly" && w != "allegedly" && w != "apparently" {
				aux = true
			}
		}
	}
	if event != preVerb {
		from = evVerbAfter
	}
	if statusNoun && from == evNoun {
		from = evDefault // "hostages" may yet be killed: "three hostages and two guards were killed"
	}
	// A trigger before the number: "killing at least 30", "the death toll
	// rose to 230,000", "a country of 20 million". A verb that governs the
	// number outranks what its noun says ("arrested 400 protesters").
	if event == "" || state == "" && event != EventMoney && event != EventAmount {
		if e, verb := c.eventBefore(qStart, cFrom, noun); e != "" && (event == "" || verb && e != EventDeployed && e != EventInNeed) {
			event, from = e, evBefore
		}
	}
	if event == "" && state == "" && head < 0 {
		if event = c.numberOfEvent(cFrom, qStart); event != "" {
			from = evBefore
		}
	}
	open := event == "" || event == nounEvent && statusNoun
	if p := c.prev; open && state == "" && p != nil && harmEvent(string(p.Event)) && (c.partOf(qStart) || c.ofThem(qEnd) && unit != "%") &&
		(p.Sentence == f.Sentence || c.sentenceBefore(p.Sentence, f.Sentence) && c.opensSentence(cFrom)) {
		// "killed 12 people, including 3 children", "At least 30 were
		// killed. Among them were 12 children", "… Five of them were
		// soldiers": a part of the toll before.
		event, from = string(p.Event), evBefore
	}
	if p := c.prev; (event == "" || event == nounEvent && statusNoun) && state == "" && p != nil && p.Sentence == f.Sentence && harmEvent(string(p.Event)) && c.coordinated(p.Span.End, qStart) &&
		f.Unit != "" && c.low(qEnd) != "of" && unitName(string(f.Unit)) == "" && !quantity.IsCurrency(string(f.Unit)) {
		event, from = string(p.Event), evBefore // "killed two Danish hostages and three Dutch hostages", "killed 12 soldiers, 3 police and 40 civilians"
	}
	if event == "" && state == "" {
		if e := c.groupEvent(qStart, cFrom); e != "" {
			event, from = e, evBefore // "the dead included 12 children", "among the wounded were 30 police"
		}
	}
	if event == "" && state == "" && head >= 0 {
		if event = c.participleEvent(qEnd, head); event != "" { // "200 kidnapped schoolgirls", "40 wounded soldiers"
			from = evNoun
		}
	}
	if event == "" && state == "" && !negated && !spoke && !memberAside && c.personCount(noun, head) {
		// "four men with ties to the group were arrested", "500 women and
		// girls aged 10 to 60 have been abducted", "three Americans,
		// reporters A and B and aid worker C, were beheaded": the verb of
		// a long subject, past its modifiers.
		if event = c.distantVerb(after, cTo); event != "" {
			from = evVerbAfter
		} else if event = c.companionOf(qStart, cFrom); event != "" {
			from = evBefore // "was captured in Tripoli with two colleagues"
		} else if event = c.objectRelative(after, cTo); event != "" {
			from = evVerbAfter // "the 200 schoolgirls that the group kidnapped"
		}
	}
	carried := "" // the counted kind a bare number takes from the count it continues
	if event == "" && state == "" && head < 0 && !negated && (unit == "" || c.personCount(lower(unit), -1)) {
		// "how many girls are still held — some say 215, some say 219";
		// "Some say 215 people died. Others say 219."
		if event, carried = c.continuedCount(f, qStart, qEnd, cFrom, cTo); event != "" {
			from = evBefore
		}
	}
	if event == "" && state == "" && head >= 0 && q.Low == q.High {
		if event = c.sameGroupEvent(q.Value, noun); event != "" { // "the 200 girls" after "200 girls were abducted"
			from = evDefault
		}
	}
	if event == "" && state == "" && (personnelKind(noun) || c.military(noun, head, qEnd, npEnd)) && !spoke &&
		c.forcesPresent(noun, qStart, after) {
		// "503 troops in Syria": a count of forces present; not the
		// soldiers who speak ("two fighters quoted by the radio said").
		event, from = EventDeployed, evDefault
	}
	if (event == EventDetained || event == "") && aircraftNoun(noun) && (c.tookControlOf(qStart, cFrom) || c.takenIn(max(cFrom, qStart-3), min(cTo, after+3))) {
		// "11 aircraft taken from the airport", "took control of a dozen
		// jetliners": gone from their owners (testdata/gold); jets seized
		// or captured in battle are no event.
		event = EventMissing
	}
	if event == EventDetained && (equipmentNoun(noun) || seizedThing(noun)) {
		event, from = "", evNone // "64 villages seized": things are taken, not detained
	}
	if (event == EventWounded || event == EventKilled) && (seizedThing(noun) || unitName(unit) != "" || lengthUnit(unit) || unit == "°") {
		event, from = "", evNone // "gangs burned four trucks", "burned at 300 degrees": things are not hurt
	}
	if event == EventDeployed && !involved && !personnelKind(noun) && !equipmentNoun(noun) && noun != "" && noun != "staff" && noun != "workers" && noun != "personnel" {
		event, from = "", evNone
	}
	if event == "" {
		from = evNone
	}
	c.evFrom = from
	f.Event = document.Str(event)
	f.Negated = negated

	counted := countedOf(noun)
	switch {
	case quantity.IsCurrency(unit):
		counted = currencyName(unit)
	case unitName(unit) != "" || lengthUnit(unit) || areaUnit(unit):
		counted = c.writtenUnit(q, unitName(unit))
	case event == EventAmount && amountUnit(unit) != "":
		counted = c.writtenUnit(q, counted) // "160 tons of chlorine"
	case unit == "%":
		counted = "percent"
	case unit == "pp":
		counted = "percentage points"
	case event == EventCases:
		counted = "cases" // "13,000 people infected" are cases of the disease
	}
	if (counted == "" || counted == "people") && carried != "" {
		counted = carried // "Others say 219": the kind counted before
	}
	if counted == "" && event != "" && event != EventMoney && event != EventAmount && unit == "" {
		counted = "people" // "the death toll rose to 230,000"
	}
	f.Counted = document.Str(counted)
	f.Scope, f.Since = c.scope(f, qStart, qEnd, cFrom, cTo)
	if event == EventKilled || event == EventCases {
		f.Certainty = document.Str(c.certainty(qStart, qEnd, cFrom, cTo))
		if f.Certainty == "" {
			f.Certainty = document.Str(c.certaintyOfCount(qStart, f.Sentence))
		}
	}
	if f.Approx == "" && harmEvent(event) && c.floor(qStart, after, cFrom, cTo, event) {
		// "302 deaths, a number the group called conservative", "7,000
		// victims have been buried": a floor of the count, not its size.
		f.Approx = "at least"
	}
	substance := c.substance(after, cTo)
	if p := c.prev; substance == "" && event == EventAmount && p != nil && p.Sentence == f.Sentence && p.Event == EventAmount {
		// "35,000 barrels of oil (1.5 million gallons)": a conversion
		// counts the same substance.
		if _, of, ok := strings.Cut(string(p.Measure), " of "); ok {
			substance = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(of, " capacity"), " a day"), " recovered")
		}
	}
	f.Measure = document.Str(measureOf(event, counted, unit, state, f.Scope == ScopeRate, substance))
	if full := c.fullCounted(head, unit, noun, counted); full != counted {
		// "police officers", "aid workers", "Americans": the counted kind
		// as written; the measure follows unless it names a force.
		f.Counted = document.Str(full)
		kind := full
		if counted == "personnel" {
			kind = "troops" // "17 military personnel were wounded": troops wounded
		}
		if m := string(f.Measure); m == counted || strings.HasPrefix(m, counted+" ") {
			f.Measure = document.Str(kind + m[len(counted):])
		}
	}
	if m := c.extentMeasure(q, unit, qStart, cFrom, cTo); m != "" && event == "" {
		f.Measure = document.Str(m)
	}
	if event == EventAmount && c.capacity(qStart) {
		// "increase capacity to 53,000 barrels a day from the current limit
		// of 28,000": what a system can handle, not what flows or spills.
		f.Measure = document.Str(string(f.Measure) + " capacity")
		return
	}
	if event == EventAmount && c.produced(qStart, cFrom) {
		// "the rig was to produce 8,000 barrels a day", "output of 2 million
		// barrels a day": what a well yields, not what leaks from it.
		f.Measure = document.Str(qualifyMeasure(string(f.Measure), "produced"))
		return
	}
	if event == EventAmount && c.recovered(qStart, cFrom, cTo) {
		// Oil collected or skimmed is not oil spilled: "collecting 15,000
		// barrels a day" is no flow-rate estimate.
		f.Measure = document.Str(qualifyMeasure(string(f.Measure), "recovered"))
	}
}

// qualifyMeasure names what happened to an amount, keeping a rate last:
// "barrels of oil a day" + "recovered" is "barrels of oil recovered a day".
func qualifyMeasure(m, how string) string {
	if base, ok := strings.CutSuffix(m, " a day"); ok {
		return base + " " + how + " a day"
	}
	return m + " " + how
}

// remains fills the meaning of a count of the dead found or buried: no
// event, the counted noun as written ("bodies", or "people" in "the
// bodies of 28 people"), measure "bodies found" or "bodies buried".
func (c *figureCtx) remains(f *Figure, noun string, buried bool, qStart, qEnd, cFrom, cTo int) {
	scope, since := c.scope(f, qStart, qEnd, cFrom, cTo)
	c.evFrom = evNone
	f.Event, f.Negated = "", false
	counted := countedOf(noun)
	if counted == "" {
		counted = "bodies"
	}
	f.Counted = document.Str(counted)
	f.Scope, f.Since = scope, since
	f.Measure = "bodies found"
	if buried {
		f.Measure = "bodies buried"
	}
}

// objectAt reports that token k starts the object of a verb before it: a
// number, a determiner or pronoun, or a name ("killed three police",
// "murdered a man", "abducted Ann Roe"), not a preposition or a time
// ("killed in the raid", "killed Monday").
func (c *figureCtx) objectAt(k, limit int) bool {
	if k >= limit || k >= len(c.a.Tokens) {
		return false
	}
	t := c.a.Tokens[k]
	if t.Kind == segment.Number {
		return !c.timeStartsAt(t.Start)
	}
	if t.Kind != segment.Word {
		return false
	}
	switch c.lowTok(t) {
	case "a", "an", "his", "her", "their", "its", "him", "them", "us", "me", "dozens", "hundreds", "thousands",
		"scores", "several", "many", "some", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	case "at":
		return c.low(k+1) == "least" || c.low(k+1) == "most"
	case "the":
		return !c.timeStartsAt(c.a.Tokens[k+1].Start) // "killed the soldiers", not "killed the next day"
	}
	return t.Flags&segment.Cap != 0 && !c.timeStartsAt(t.Start) && c.entityAt(t.Start) != nil
}

// timeStartsAt reports a time expression starting at byte off.
func (c *figureCtx) timeStartsAt(off int) bool {
	ts := c.a.Times
	i := sort.Search(len(ts), func(i int) bool { return ts[i].Span.Start >= off })
	return i < len(ts) && ts[i].Span.Start == off
}

// forcesPresent reports a count of personnel that is a force present by
// default: troops and soldiers are, but a group's "members" only when they
// are members of armed or security forces ("120 members of the security
// forces"), and fighters or militiamen only with a verb that places them
// ("2,000 fighters were stationed"): "seven al-Shabab members attacked",
// "around 2,000 fighters in the town" count a group, not a deployment.
//
// Soldiers listed among named people ("the videos of A, B, 22 Syrian
// soldiers and C") are counted as victims or subjects, not as a force.
func (c *figureCtx) forcesPresent(noun string, qStart, after int) bool {
	if w := c.low(qStart - 1); (w == "," || w == "and") && c.capAt(qStart-2) && (c.low(after) == "and" || c.low(after) == "," || w == "and") {
		return false
	}
	switch noun {
	case "fighters", "militiamen":
		return false
	case "members":
		if c.low(after) != "of" {
			return false
		}
		for k := after + 1; k < after+5 && k < len(c.a.Tokens); k++ {
			switch c.low(k) {
			case "forces", "force", "army", "military", "police", "troops", "navy", "guard":
				return true
			}
		}
		return false
	}
	return true
}

// aircraftNoun reports aircraft, which militias take from airports: once
// taken they are missing to their owners.
func aircraftNoun(w string) bool {
	switch w {
	case "aircraft", "planes", "airplanes", "aeroplanes", "airliners", "jetliners", "jets", "helicopters", "warplanes":
		return true
	}
	return false
}

// tookControlOf reports "took control of" or "took possession of" before
// the number at qStart.
func (c *figureCtx) tookControlOf(qStart, cFrom int) bool {
	k := qStart - 1
	for k > cFrom && fillerWord(c.low(k)) && c.low(k) != "of" {
		k--
	}
	return c.low(k) == "of" && (c.low(k-1) == "control" || c.low(k-1) == "possession") &&
		(takeForm(c.low(k-2)) || c.low(k-2) == "seized" || c.low(k-2) == "gained")
}

// takenIn reports a form of "take" in tokens [from, to) next to the count,
// not "take part" or "take place".
func (c *figureCtx) takenIn(from, to int) bool {
	for k := from; k < to; k++ {
		if takeForm(c.low(k)) && c.low(k+1) != "part" && c.low(k+1) != "place" {
			return true
		}
	}
	return false
}

// assailantNoun reports nouns for those who attack: "three gunmen could be
// involved" are suspects, not people at work on the scene.
func assailantNoun(w string) bool {
	switch w {
	case "gunmen", "gunman", "attackers", "assailants", "militants", "suspects", "shooters", "insurgents", "terrorists",
		"bombers", "hijackers", "kidnappers", "men":
		return true
	}
	return false
}

// fullCounted is the counted kind as the text names it: a noun that
// modifies the head ("police officers", "aid workers", "air strikes", "war
// correspondents") stays with it, and people of a nationality keep their
// name ("Americans", "Iraqis") rather than folding to "people".
func (c *figureCtx) fullCounted(head int, unit, noun, counted string) string {
	if head < 0 || counted == "" || counted != countedOf(c.low(head)) && noun != "people" {
		return counted // "three aid workers tested positive" count cases
	}
	if unit == "people" && noun == "people" && c.low(head) != "people" && c.capAt(head) {
		return c.tokText(head)
	}
	switch c.low(head - 1) {
	case "police", "aid", "air", "war", "rescue", "relief", "health", "border", "prison", "medical", "military":
		if c.low(head-1) == "military" && !personnelKind(c.low(head)) {
			return counted // "military jets" are jets
		}
		if c.a.Tokens[head-1].Flags&segment.Cap != 0 || c.hyphenAt(head-2) {
			return counted // "Border Police officers", a name; "state-run health workers" keeps its head
		}
		if counted == "police" || counted == "troops" {
			return counted
		}
		return c.low(head-1) + " " + counted
	}
	return counted
}

// writtenUnit is the counted unit as the text writes it ("kilometers",
// "square miles", "tons"): the gold keeps the writer's unit, so a reader
// can find it; abbreviations are spelt out ("ft" → "feet"). A unit glued to its number by a hyphen ("a 16-foot
// crater") or not made of words takes the canonical plural fallback.
func (c *figureCtx) writtenUnit(q *quantity.Quantity, fallback string) string {
	if q.UnitSpan.IsZero() || q.UnitSpan.End > len(c.text) {
		return fallback
	}
	w := lower(c.text[q.UnitSpan.Start:q.UnitSpan.End])
	if len(w) <= 3 || strings.HasPrefix(w, "sq ") || q.UnitSpan.Start > 0 && c.text[q.UnitSpan.Start-1] == '-' {
		return fallback // "ft", "km", "bpd": an abbreviation is spelt out
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != ' ' {
			return fallback
		}
	}
	if !strings.HasSuffix(w, "s") && len(w) > 3 && (q.Value != 1 || fallback == "") {
		return fallback // "40 mile": a singular written after a plural count is a modifier's form
	}
	return w
}

// lengthUnit and areaUnit report units of extent.
func lengthUnit(u string) bool {
	switch u {
	case "km", "m", "mi", "ft", "yd", "nmi":
		return true
	}
	return false
}

func areaUnit(u string) bool {
	switch u {
	case "km2", "mi2", "m2", "ft2", "ha", "acre":
		return true
	}
	return false
}

// extentMeasure names what a length or an area measures: "area" for an
// area, "distance" for a length between places ("50 miles north of the
// capital", "150 yards away", "within 60 miles of Baghdad"), "depth" for a
// length down ("5,000 feet below the surface"); a conversion in brackets
// ("132 miles (212 kilometers)") measures what the figure before it does.
// Other lengths keep their unit as measure.
func (c *figureCtx) extentMeasure(q *quantity.Quantity, unit string, qStart, cFrom, cTo int) string {
	if areaUnit(unit) {
		return "area"
	}
	if !lengthUnit(unit) {
		return ""
	}
	if p := c.prev; p != nil && c.low(qStart-1) == "(" && p.Span.End <= q.Span.Start {
		if m := string(p.Measure); m == "distance" || m == "depth" {
			return m
		}
	}
	switch c.low(qStart - 1) {
	case "within":
		return "distance"
	case "of":
		if c.low(qStart-2) == "depth" || c.low(qStart-2) == "depths" {
			return "depth"
		}
	}
	_, k := c.a.TokenRange(q.Span)
	for n := 0; k < cTo && n < 6; k, n = k+1, n+1 {
		switch w := c.low(k); w {
		case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
			"north-west", "south-east", "south-west", "away", "from", "off", "outside", "inland", "offshore":
			return "distance"
		case "of":
			if c.capAt(k + 1) {
				return "distance" // "60 miles of Baghdad"
			}
		case "deep", "below", "beneath", "underwater", "underground", "down":
			return "depth"
		}
		// Only a bracketed conversion may stand before the cue: "50
		// miles (80 km) north of".
		if t := c.a.Tokens[k]; t.Kind == segment.Word && n > 0 && c.low(k-1) != "(" && c.a.Tokens[k-1].Kind != segment.Number {
			break
		}
	}
	return ""
}

// fillerWord reports words that may stand between a verb and the number it
// governs: "killed at least 30", "claimed the lives of some 200".
func fillerWord(w string) bool {
	switch w {
	case "at", "least", "most", "more", "than", "about", "around", "some", "nearly", "almost", "over", "up", "to",
		"as", "many", "an", "estimated", "the", "lives", "of", "another", "a", "further", "roughly", "approximately",
		"just", "under", "fewer", "less", "only", "all", "its", "their", "his", "her", "reportedly":
		return true
	}
	return false
}

// nounTrigger reports trigger nouns that may stand several words before
// their number, with verbs between ("the toll has now risen to 230,000").
func nounTrigger(w string) bool {
	switch w {
	case "toll", "population", "inhabitants", "deaths", "cases", "infections", "fatalities", "refugees", "arrests":
		return true
	}
	return false
}

// eventBefore finds the event named by a trigger before the number at
// token qStart, within the clause from cFrom. noun is the counted noun.
func (c *figureCtx) eventBefore(qStart, cFrom int, noun string) (event string, verb bool) {
	onlyFillers, linked := true, true
	// "cases of swine flu rise to 5,186", "the toll in Homs stands at 83":
	// a linking verb right before the number ties it to a trigger noun
	// further back, over the noun's own modifiers.
	if c.linkedBefore(qStart) {
		for k, n := qStart-1, 0; k >= cFrom && n < 14; k, n = k-1, n+1 {
			if durationNoun(c.low(k+1)) && (c.a.Tokens[k].Kind == segment.Number || c.quantityEndsAt(c.a.Tokens[k].End)) {
				continue // "the toll from two days of fighting rose to 83"
			}
			if c.a.Tokens[k].Kind == segment.Number || c.quantityEndsAt(c.a.Tokens[k].End) && k < qStart-1 {
				break
			}
			if w := c.low(k); nounTrigger(w) {
				return eventBeforeWord(w), false
			}
		}
	}
	if e := c.afterNamedVictim(qStart, cFrom); e != "" {
		return e, true
	}
	for k, n := qStart-1, 0; k >= cFrom && n < eventBefore; k, n = k-1, n+1 {
		t := c.a.Tokens[k]
		if t.Kind == segment.Number {
			return "", false
		}
		if t.Kind != segment.Word {
			if t.Kind == segment.Punct && c.text[t.Start] == ',' {
				return "", false
			}
			continue
		}
		w := c.lowTok(t)
		e := eventBeforeWord(w)
		if (w == "dead" || w == "down") && (c.low(k-1) == "shot" || c.low(k-1) == "gunned") {
			e = EventKilled // "troops shot dead 14 protesters"
		}
		if (w == "ran" || w == "run" || w == "running" || w == "runs") && c.low(k+1) == "over" && peopleNoun(noun) {
			e = EventWounded // "ran over two soldiers" ("over" read as a hedge of the number)
		}
		if (w == "lost" || w == "lose" || w == "losing") && peopleNoun(noun) {
			e = EventKilled // "we lost four of our members", not "lost 4,000 jobs"
		}
		switch {
		case e == "":
			if (w == "country" || w == "nation" || w == "city" || w == "capital" || w == "town") && c.low(k+1) == "of" && k+2 == qStart {
				return EventPopulation, false
			}
			if w == "with" && (noun == "residents" || noun == "inhabitants" || noun == "people") && populatedNoun(c.low(k-1)) {
				return EventPopulation, false // "a border city with 40,000 residents"
			}
		case nounTrigger(w):
			if linked {
				return e, false // "deaths hit 17", "the toll rose to 230,000"
			}
			e = ""
		case !onlyFillers:
			e = "" // a verb governs its number only across fillers
		case e == EventDeployed && !(personnelKind(noun) || noun == "staff" || noun == "workers"):
			e = "" // "has 13 children" is no deployment
		case e == EventInNeed && !(noun == "people" || noun == "families" || noun == "children" || noun == "survivors"):
			e = ""
		case w == "claimed" && c.low(k+1) != "the":
			e = ""
		case w == "home" && c.low(k+1) != "to":
			e = ""
		case harmNoun(w) && c.low(k+1) != "of":
			e = "" // "the massacre of 40", not "a massacre, 40 …"
		}
		if e != "" {
			return e, true
		}
		if !fillerWord(w) {
			onlyFillers = false
		}
		if !fillerWord(w) && !linkWord(w) && !auxWord(w) {
			linked = false // "cases in 30 states": the noun is not this number's
		}
	}
	return "", false
}

// sentenceBefore reports that sentence span p is the one right before f.
func (c *figureCtx) sentenceBefore(p, f document.Span) bool {
	si := c.a.SentenceAt(f.Start)
	return si > 0 && c.a.Sentences[si-1] == p
}

// opensSentence reports a clause that starts its sentence.
func (c *figureCtx) opensSentence(cFrom int) bool {
	si := c.a.SentenceAt(c.a.Tokens[cFrom].Start)
	if si < 0 {
		return false
	}
	s, _ := c.a.TokenRange(c.a.Sentences[si])
	return s == cFrom
}

// groupEvent reads the event of a group that names its members before the
// number: "the dead included 12 children", "among the wounded were 30
// police", "those killed were 4 soldiers". Victims and casualties take the
// event of the article's last toll ("Among the victims were 11 children"
// after "the blast killed 40").
func (c *figureCtx) groupEvent(qStart, cFrom int) string {
	for k, n := qStart-1, 0; k >= cFrom && n < 6; k, n = k-1, n+1 {
		switch c.low(k) {
		case "included", "include", "includes", "including", "were", "was", "are", "among":
		default:
			continue
		}
		// The group is named before the verb ("the dead included") or
		// after "among" ("among the dead were").
		j := k - 1
		if c.low(j) == "," {
			j-- // "captives, including"
		}
		if c.low(k) == "among" {
			j = k + 1
			if c.low(j) == "the" || c.low(j) == "those" {
				j++
			}
		} else if c.low(j) == "killed" || c.low(j) == "wounded" || c.low(j) == "injured" {
			if w := c.low(j - 1); w != "those" && w != "people" && w != "the" {
				return "" // "police killed 12 …" is a verb, not a group
			}
		}
		switch w := c.low(j); w {
		case "dead", "killed", "fatalities", "deceased", "slain":
			return EventKilled
		case "wounded", "injured":
			return EventWounded
		case "missing":
			return EventMissing
		case "detained", "arrested", "detainees", "abducted", "kidnapped":
			return EventDetained
		case "victims", "casualties", "captives", "hostages", "people", "civilians", "prisoners", "men", "women", "children":
			if w != "victims" && w != "casualties" || c.low(k) == "including" {
				// "beheaded captives, including two journalists": the
				// verb before the group says what happened to its members.
				if e := eventBeforeWord(c.low(j - 1)); c.low(k) == "including" && strings.HasSuffix(c.low(j-1), "ed") &&
					(e == EventKilled || e == EventWounded || e == EventDetained) {
					return e
				}
				if w != "victims" && w != "casualties" {
					if i := j - 1; c.low(k) == "including" {
						// "the killings of other hostages, including four
						// Westerners": the harm done to the group.
						for ; i > j-4 && c.low(i) != "of"; i-- {
						}
						if c.low(i) == "of" && harmNoun(c.low(i-1)) {
							return eventBeforeWord(c.low(i - 1))
						}
					}
					if e := eventOfNoun(w); e == EventDetained && c.low(k) == "including" {
						return e // "holds captives, including two journalists"
					}
					return ""
				}
			}
			for i := len(c.done) - 1; i >= 0 && i >= len(c.done)-8; i-- {
				if e := string(c.done[i].Event); e == EventKilled || e == EventWounded {
					return e
				}
			}
			return ""
		}
		return ""
	}
	return ""
}

// partOf reports a number introduced as a part of the figure before it:
// "including 3 children", "among them 5 women", "of whom 20 were soldiers".
// wholeOfPart reports a number that counts the whole of a partitive: a
// count, "of the", then the number ("Ten of the 19 banks"). ("three out of
// 40 miners" is one figure, read by the quantity recognizer.)
func (c *figureCtx) wholeOfPart(q int) bool {
	if q < 3 || c.low(q-1) != "the" || c.low(q-2) != "of" {
		return false
	}
	if c.a.Tokens[q-3].Kind == segment.Number {
		return true
	}
	_, ok := quantity.ParseNumber(c.low(q - 3))
	return ok
}

func (c *figureCtx) partOf(q int) bool {
	for k := q - 1; k >= 0 && k >= q-3; k-- {
		switch c.low(k) {
		case "including", "includes", "included", "among":
			return true
		case "but":
			return c.low(k-1) == "all" // "66 journalists, all but 10 of them Syrian"
		case "whom":
			return c.low(k-1) == "of" || c.low(k-1) == "among"
		case "them", "those", "at", "least", "about", "some", "nearly", "almost", "more", "than", "over", "around", "were", "was", "are":
			continue // "among them were 12 children"
		}
		return false
	}
	return false
}

// afterNamedVictim reads the verb of a named victim the count is joined to:
// "killed Ambassador John Roe and three other Americans", "abducted Ann Lee
// and two colleagues".
func (c *figureCtx) afterNamedVictim(qStart, cFrom int) string {
	k := qStart - 1
	if c.low(k) != "and" || !c.capAt(k-1) {
		return ""
	}
	k--
	for n := 0; k >= cFrom && n < 6 && (c.capAt(k) || c.low(k) == "."); k, n = k-1, n+1 {
	}
	if c.low(k) == "," || !c.capAt(k) && !functionWord(c.low(k)) && !strings.HasSuffix(c.low(k), "ed") {
		// "the murders of US journalists A and B, aid worker C and two
		// British aid workers": a list of named victims after a harm
		// noun with "of".
		for n := 0; k > cFrom && n < 24; k, n = k-1, n+1 {
			w := c.low(k)
			if w == "of" {
				if harmNoun(c.low(k - 1)) {
					return eventBeforeWord(c.low(k - 1))
				}
				return ""
			}
			if c.a.Tokens[k].Kind == segment.Number || w != "," && w != "and" && !c.capAt(k) &&
				(functionWord(w) || strings.HasSuffix(w, "ed") || c.a.Tokens[k].Kind != segment.Word) {
				return ""
			}
		}
		return ""
	}
	if !strings.HasSuffix(c.low(k), "ed") && !strings.HasSuffix(c.low(k), "ing") {
		return ""
	}
	switch e := eventBeforeWord(c.low(k)); e {
	case EventKilled, EventWounded, EventDetained:
		return e
	}
	return ""
}

// ofThem reports "of them", "of those" or "of whom" right after the number
// ending at token qEnd: "Five of them were soldiers".
func (c *figureCtx) ofThem(qEnd int) bool {
	w := c.low(qEnd + 1)
	return c.low(qEnd) == "of" && (w == "them" || w == "those" || w == "whom")
}

// ofModifier reports words of the "of" phrase that names whose members or
// units are counted: "members of the security forces", "of the armed
// opposition".
func ofModifier(w string) bool {
	switch w {
	case "security", "armed", "government", "regime", "rebel", "opposition", "army", "military", "police", "their",
		"his", "her", "its", "same", "forces", "force", "troops", "elite", "special", "presidential", "republican":
		return true
	}
	return false
}

// asideEnd returns the comma that closes an aside starting at token from
// ("according to rights groups,", "40 of them students,", "activists
// said,"), or -1 when none does within a few words.
func (c *figureCtx) asideEnd(from, limit int) int {
	if from >= limit || from >= len(c.a.Tokens) {
		return -1 // the comma ends the clause: no aside follows
	}
	opener := c.low(from) == "according" && c.low(from+1) == "to" ||
		c.a.Tokens[from].Kind == segment.Number && c.low(from+1) == "of" && (c.low(from+2) == "them" || c.low(from+2) == "whom")
	for k := from; k < from+5 && k+1 < limit && !opener; k++ {
		// "66 journalists, all but 10 of them Syrian, have been killed"
		opener = c.low(k) == "of" && (c.low(k+1) == "them" || c.low(k+1) == "whom") && k > from
	}
	list := c.low(from) == "including" || c.low(from) == "among" && c.low(from+1) == "them"
	switch c.low(from) {
	case "mostly", "mainly", "largely", "many", "most", "some", "all", "nearly", "almost", "half":
		list = true // "50 people, mostly police, have been arrested": an aside that ends before the verb
	}
	names := c.capAt(from) // "Two hostages, Ann Roe and Bo Lee, were killed": an apposition of names
	for k := from; k < limit && k < from+16; k++ {
		t := c.a.Tokens[k]
		if names && k > from && t.Kind == segment.Word && !c.capAt(k) && c.lowTok(t) != "and" && c.lowTok(t) != "al" {
			names = false
		}
		if t.Kind == segment.Punct && c.text[t.Start] == ',' && names && k > from {
			return k
		}
		if t.Kind == segment.Punct && c.text[t.Start] == ',' {
			if list {
				// "1.2 million Iraqis, including Turkmens, Arabs and
				// Christians, to flee": the list ends at the comma
				// before the verb.
				if w := c.low(k + 1); k+1 < limit && (auxWord(w) && w != "of" && w != "in" && w != "all" && w != "many" && w != "more" || eventAfterWord(w) != "") {
					return k
				}
				continue
			}
			if opener {
				return k
			}
			return -1
		}
		if k >= from+10 && !list {
			break
		}
		if t.Kind == segment.Word && reportingVerb(c.lowTok(t)) && k > from {
			opener = true // "50 people, activists said, were killed"
		}
	}
	return -1
}

// seizedThing reports things that are seized or taken, never detained:
// "11 aircraft taken from the airport", "64 villages seized".
func seizedThing(w string) bool {
	switch w {
	case "aircraft", "planes", "airplanes", "aeroplanes", "airliners", "caches", "weapons", "rifles", "missiles",
		"rockets", "villages", "towns", "cities", "bases", "ships", "boats", "cars", "trucks", "homes", "houses",
		"buildings", "oilfields", "wells", "barrels", "tonnes", "tons", "documents", "computers", "phones",
		"videos", "images", "photos", "pictures", "statements", "reports", "recordings", "messages", "tapes", "names",
		"results", "figures", "books", "files", "times", "tweets", "funds", "details", "letters":
		return true
	}
	return false
}

// peopleNoun reports a counted noun for people or fighters (not jobs,
// money or things): "members", "soldiers", "comrades", "civilians".
func peopleNoun(w string) bool {
	switch w {
	case "members", "comrades", "men", "women", "children", "civilians", "colleagues", "brothers", "officers",
		"policemen", "guards", "militants", "insurgents", "rebels", "fighters", "troops", "soldiers":
		return true
	}
	return countedOf(w) == "people" && w != "arrests" && w != "injuries"
}

// coordinated reports a number joined to the figure before it by "and" or a
// comma alone: "killed two reporters and three aid workers" (tokens
// [prevEnd, q) hold only the conjunction and hedges).
func (c *figureCtx) coordinated(prevEnd, q int) bool {
	i, _ := c.a.TokenRange(document.Span{Start: prevEnd, End: prevEnd})
	conj := false
	for k := i; k < q; k++ {
		t := c.a.Tokens[k]
		if t.Kind == segment.Punct && c.text[t.Start] == ',' {
			conj = true // "killed 12 soldiers, 3 police and 40 civilians"
			continue
		}
		switch w := c.lowTok(t); w {
		case "and", "plus", "as", "well":
			conj = conj || w == "and" || w == "plus"
		case "at", "least", "about", "some", "nearly", "almost", "more", "than", "over", "around", "another":
		default:
			return false
		}
	}
	return conj
}

// participleEvent finds a participle before the counted noun that says what
// happened to it ("200 kidnapped schoolgirls", "30 wounded soldiers",
// "the 1.2 million displaced Iraqis"); tokens [qEnd, head).
func (c *figureCtx) participleEvent(qEnd, head int) string {
	for k := qEnd; k < head; k++ {
		switch c.low(k) {
		case "kidnapped", "abducted", "detained", "arrested", "jailed", "imprisoned", "captured", "captive", "kidnap",
			"kidnapping", "abduction":
			return EventDetained // "11 kidnap victims"
		case "wounded", "injured":
			return EventWounded
		case "killed", "dead", "slain", "murdered":
			return EventKilled
		case "displaced", "uprooted", "evacuated", "homeless":
			return EventDisplaced
		case "missing", "stolen":
			return EventMissing // "11 stolen commercial jets"
		}
	}
	return ""
}

// protestWithin reports a protest noun within a few words after token k:
// "took part in the demonstration", "joined the protests".
func (c *figureCtx) protestWithin(k, limit int) bool {
	for j := k; j < limit && j < k+5; j++ {
		switch c.low(j) {
		case "demonstration", "demonstrations", "protest", "protests", "rally", "rallies", "march", "marches", "sit-in",
			"uprising", "demonstrators", "protesters", "protestors", "crowd", "crowds", "strike":
			return true
		}
	}
	return false
}

// sameGroupEvent returns the lasting status (held, missing, displaced) of an
// earlier figure of the article counting the same number of the same kind:
// "200 girls were abducted … the 200 girls have been moved" counts the
// captives again, without a verb. A toll is not a status: "the 40 men" after
// "40 men were killed" is no new figure, and is left alone.
func (c *figureCtx) sameGroupEvent(v float64, noun string) string {
	kind := countedOf(noun)
	// The last 256 figures: a group is counted again within its story, and
	// the bound keeps a huge article's extraction linear.
	for i := len(c.done) - 1; i >= 0 && i >= len(c.done)-256; i-- {
		f := &c.done[i]
		if f.Value == nil || *f.Value != v || f.Negated || string(f.Counted) != kind {
			continue
		}
		switch e := string(f.Event); e {
		case EventDetained, EventMissing, EventDisplaced:
			return e
		}
	}
	return ""
}

// hospitalVerb reports verbs that bring people to a hospital ("were rushed
// to hospital", "taken to hospitals", "admitted to a military hospital").
func hospitalVerb(w string) bool {
	switch w {
	case "rushed", "taken", "brought", "admitted", "airlifted", "evacuated", "transported", "ferried", "carried",
		"hospitalised", "hospitalized", "treated", "receiving", "being":
		return true
	}
	return false
}

func hospitalNoun(w string) bool {
	return w == "hospital" || w == "hospitals" || w == "clinic" || w == "clinics" || w == "infirmary"
}

// campNoun reports where displaced people live: "living in camps", "living
// in tents".
func campNoun(w string) bool {
	switch w {
	case "camps", "camp", "tents", "shelters", "settlements":
		return true
	}
	return false
}

// placeNounWithin reports a noun matching is within a short prepositional
// phrase from token k: "to a government hospital", "in makeshift camps".
func (c *figureCtx) placeNounWithin(k, limit int, is func(string) bool) bool {
	switch c.low(k) {
	case "to", "in", "at", "into", "inside":
	default:
		return false
	}
	for j := k + 1; j < limit && j < k+5; j++ {
		w := c.low(j)
		if is(w) {
			return true
		}
		if c.a.Tokens[j].Kind != segment.Word || w == "and" || w == "or" || eventAfterWord(w) != "" {
			return false
		}
	}
	return false
}

// hyphenAt reports a hyphen joining two words at token k ("state-owned").
func (c *figureCtx) hyphenAt(k int) bool { return hyphenJoins(c.a.Tokens, c.text, k) }

// hyphenJoins reports a hyphen at token k glued to the tokens on both
// sides: "state-owned", "laboratory-confirmed".
func hyphenJoins(toks []segment.Token, text string, k int) bool {
	if k <= 0 || k+1 >= len(toks) {
		return false
	}
	t := toks[k]
	return t.Kind == segment.Punct && text[t.Start] == '-' && t.End-t.Start == 1 && t.Flags&segment.SpaceBefore == 0 &&
		toks[k+1].Flags&segment.SpaceBefore == 0
}

// capAt reports a capitalized word at token k.
func (c *figureCtx) capAt(k int) bool {
	return k >= 0 && k < len(c.a.Tokens) && c.a.Tokens[k].Kind == segment.Word && c.a.Tokens[k].Flags&segment.Cap != 0
}

// asNoun reports verbs that file people under a noun with "as": "registered
// as refugees", "listed as missing".
func asNoun(w string) bool {
	switch w {
	case "registered", "listed", "counted", "classified", "recorded", "confirmed", "declared", "reported":
		return true
	}
	return false
}

// harmNoun reports nouns of killing that name their victims with "of":
// "the massacre of 40 people", "the bodies of 25 men".
func harmNoun(w string) bool {
	switch w {
	case "massacre", "murder", "murders", "slaughter", "execution", "executions", "death", "killings", "burial",
		"funerals", "funeral", "beheading", "beheadings", "abduction", "abductions", "kidnappings", "capture", "detention",
		"arrest", "disappearance", "disappearances", "exodus", "evacuation", "displacement":
		return true
	}
	return false
}

// populatedNoun reports places that have a population.
func populatedNoun(w string) bool {
	switch w {
	case "city", "town", "village", "country", "nation", "capital", "district", "province", "region", "island", "state",
		"enclave", "camp", "port":
		return true
	}
	return false
}

// discoveredIn reports a verb of discovery in the clause: bodies found,
// unearthed or exhumed are evidence of a crime, whatever their number.
func (c *figureCtx) discoveredIn(from, to int) bool {
	for k := from; k < to; k++ {
		switch c.low(k) {
		case "found", "discovered", "unearthed", "exhumed", "dug", "uncovered", "located":
			return true
		}
	}
	return false
}

// remainsNoun reports nouns for the dead found rather than killed: bodies
// dug out of a grave are not a toll (testdata/gold: event null, measure
// "bodies found"), since nobody has said when or how those people died.
func remainsNoun(w string) bool {
	return w == "bodies" || w == "corpses" || w == "remains" || w == "body"
}

// remainsOf reports a count of the dead found, named by its noun ("28
// bodies", "15 charred corpses") or by "the bodies of 28 people", "the
// remains of nine"; buried says the text buries them rather than finds
// them.
func (c *figureCtx) remainsOf(noun string, qStart, after, cFrom, cTo int) (found, buried bool) {
	if !remainsNoun(noun) {
		if w := c.low(after); w == "who" || w == "that" || w == "whose" {
			return false, false // "the bodies of 40 students who went missing": their own verb says what they are
		}
		k := qStart - 1
		for k >= cFrom && fillerWord(c.low(k)) && c.low(k) != "of" {
			k--
		}
		if c.low(k) != "of" || !remainsNoun(c.low(k-1)) {
			return false, false // "the bodies of 28"; not "the death of 300"
		}
	}
	for k := cFrom; k < cTo; k++ {
		switch c.low(k) {
		case "buried", "burying", "bury", "reburied", "interred":
			return true, true
		}
	}
	return true, false
}

// equipmentNoun reports military hardware counted where it stands ("30 tanks
// on the road to Hama"): present or deployed, like troops.
func equipmentNoun(w string) bool {
	switch w {
	case "tanks", "tank", "vehicles", "helicopters", "warships", "jets", "warplanes", "gunboats", "armoured", "armored",
		"bulldozers", "checkpoints":
		return true
	}
	return false
}

// military reports hardware counted as present: "40 tanks", "30 armoured
// vehicles", but not "four water tanks" or "tanks of fuel".
func (c *figureCtx) military(noun string, head, qEnd, npEnd int) bool {
	if !equipmentNoun(noun) || head < 0 || c.low(max(qEnd, npEnd)) == "of" {
		return false
	}
	if head == qEnd {
		// "40 tanks": armour is military by itself; "3 vehicles", "two
		// jets" may be anyone's.
		return noun != "vehicles" && noun != "jets" && noun != "bulldozers" && noun != "checkpoints"
	}
	switch c.low(head - 1) {
	case "armoured", "armored", "military", "army", "battle", "combat", "attack", "helicopter", "troop", "personnel":
		return true
	}
	return false
}

// numberOfEvent reads the event from the modifiers of "the number of X"
// before the number: "the number of homeless people rose to 1.5 million",
// "the number of displaced has reached 200,000".
func (c *figureCtx) numberOfEvent(cFrom, qStart int) string {
	for k := cFrom; k+2 < qStart; k++ {
		if w := c.low(k); (w != "number" && w != "numbers" && w != "count" && w != "tally") || c.low(k+1) != "of" {
			continue
		}
		for j := k + 2; j < min(k+6, qStart); j++ {
			w := c.low(j)
			if e := eventOfNoun(w); e != "" && e != EventAmount {
				return e
			}
			if e := eventAfterWord(w); e != "" && e != EventInNeed && e != EventPopulation && e != EventDeployed {
				return e
			}
		}
	}
	return ""
}

// linkedBefore reports a linking verb phrase right before the number at
// token q: "rose to", "stands at", "hit", "reached".
func (c *figureCtx) linkedBefore(q int) bool {
	w1, w2 := c.low(q-1), c.low(q-2)
	if (w1 == "to" || w1 == "at") && q >= 3 {
		// A time between the verb and its number: "the toll stood last
		// night at 404", "cases rose on Monday to 83".
		if k := c.beforeTimeEndingAt(q - 2); k >= 0 {
			w2 = c.low(k)
		}
	}
	switch w1 {
	case "hit", "hits", "reached", "reaches", "topped", "passed", "surpassed", "exceeded", "totalled", "totaled", "numbered":
		return true
	case "to", "at":
		switch w2 {
		case "rise", "rose", "risen", "rises", "climbed", "climb", "jumped", "increased", "grown", "grew", "soared", "stands",
			"stood", "stand", "up", "put", "puts", "placed", "estimated", "revised", "raised", "mounted":
			return true
		}
	}
	return false
}

// beforeTimeEndingAt returns the token before the time expression that
// ends with token k, and before its preposition ("on Monday"), or -1 when
// no time expression ends there.
func (c *figureCtx) beforeTimeEndingAt(k int) int {
	if k < 0 || k >= len(c.a.Tokens) {
		return -1
	}
	end := c.a.Tokens[k].End
	ts := c.a.Times
	i := sort.Search(len(ts), func(i int) bool { return ts[i].Span.End >= end })
	if i == len(ts) || ts[i].Span.End != end {
		return -1
	}
	j := k
	for j >= 0 && c.a.Tokens[j].Start >= ts[i].Span.Start {
		j--
	}
	switch c.low(j) {
	case "on", "by", "as", "late", "early":
		j--
	}
	return j
}

// linkWord reports words that tie a trigger noun to its value: "deaths
// hit 17", "cases rose to 5,186", "the toll stood at 37".
func linkWord(w string) bool {
	switch w {
	case "to", "at", "of", "hit", "hits", "reached", "reach", "reaches", "stood", "stands", "is", "was", "were", "are",
		"now", "rose", "risen", "rises", "climbed", "jumped", "soared", "increased", "passed", "topped", "surpassed",
		"exceeded", "numbered", "totalled", "totaled", "total", "put", "puts", "confirmed", "death", "official", "new",
		"has", "had", "have", "been", "number", "the", "stand", "-":
		return true
	}
	return false
}

// currencyName is the measure of an amount of money: the currency's plural
// name ("dollars"), or its code when it has no common English name here.
func currencyName(code string) string {
	switch code {
	case "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "ZWD", "LRD", "TWD":
		return "dollars"
	case "GBP", "EGP", "LBP", "SYP", "SDG":
		return "pounds"
	case "EUR":
		return "euros"
	case "JPY":
		return "yen"
	case "CNY":
		return "yuan"
	case "INR", "PKR", "LKR", "NPR":
		return "rupees"
	case "RUB":
		return "roubles"
	case "CHF":
		return "francs"
	case "MXN", "ARS", "CLP", "COP", "PHP", "UYU":
		return "pesos"
	case "GBX", "cent":
		return "pence"
	}
	return code
}

// unitName spells out a unit of measure for the counted field ("ft" →
// "feet").
func unitName(u string) string {
	switch u {
	case "ft":
		return "feet"
	case "m":
		return "metres"
	case "km":
		return "kilometres"
	case "mi":
		return "miles"
	case "cm":
		return "centimetres"
	case "in":
		return "inches"
	case "kg":
		return "kilograms"
	case "lb":
		return "pounds"
	case "t":
		return "tonnes"
	case "l":
		return "litres"
	case "gal":
		return "gallons"
	case "bbl":
		return "barrels"
	case "ha":
		return "hectares"
	case "sq km", "km2":
		return "square kilometres"
	case "°C", "°F":
		return "degrees"
	}
	return ""
}

// amountUnit maps a unit of volume or mass to the plural the measure uses.
func amountUnit(u string) string {
	switch u {
	case "bbl":
		return "barrels"
	case "gal":
		return "gallons"
	case "l":
		return "litres"
	case "t":
		return "tonnes"
	case "kg":
		return "kilograms"
	case "m3":
		return "cubic metres"
	}
	return ""
}

// recovered reports a verb of capture in the clause: the amount was taken
// out, not released.
func (c *figureCtx) recovered(qStart, from, to int) bool {
	// The verb nearest the figure says what its oil does: "collecting
	// 15,000 barrels a day of the oil leaking" is recovered; "19,000
	// barrels a day was leaking before they managed to contain the spill"
	// is the flow.
	rec, flow := -1, -1
	for k := from; k < to; k++ {
		w := c.low(k)
		d := k - qStart
		if d < 0 {
			d = -d
		}
		switch {
		case recoveryWord(w):
			if rec < 0 || d < rec {
				rec = d
			}
		case flowWord(w):
			if flow < 0 || d < flow {
				flow = d
			}
		}
	}
	if rec >= 0 {
		return flow < 0 || rec < flow
	}
	// "a fifth of the oil - around 800,000 barrels - was captured": the
	// figure's clause ends at the aside's dash; its verb follows it.
	if to < len(c.a.Tokens) && isDash(c.low(to)) {
		for k := to + 1; k < len(c.a.Tokens) && k <= to+3; k++ {
			switch c.low(k) {
			case "was", "were", "is", "are", "been", "being", "has", "have", "had":
				continue
			case "collected", "captured", "siphoned", "recovered", "skimmed", "contained", "funnelled", "funneled":
				return true
			}
			break
		}
	}
	return false
}

// recoveryWord: a verb of oil taken out of the sea or the well's stream.
func recoveryWord(w string) bool {
	switch w {
	case "collect", "collects", "collected", "collecting", "capture", "captures", "captured", "capturing",
		"siphon", "siphoned", "siphoning", "recover", "recovered", "recovering", "skim", "skimmed", "skimming",
		"contain", "contained", "containing", "funnel", "funnelled", "funneled", "funnelling", "funneling",
		// "containment efforts saved about 800,000 barrels": kept out of the sea.
		"save", "saves", "saved", "saving":
		return true
	}
	return false
}

// flowWord: a word of oil escaping — what a leak's flow rate measures.
func flowWord(w string) bool {
	switch w {
	case "leak", "leaks", "leaked", "leaking", "spill", "spilled", "spilling", "spewing", "gushing", "flow", "flowing":
		return true
	}
	return false
}

// isDash reports a dash token that opens or closes an aside.
func isDash(w string) bool { return w == "-" || w == "–" || w == "—" || w == "--" }

// capacity reports a count introduced as a capacity or limit ("capacity
// to 53,000 barrels", "the current limit of 28,000").
func (c *figureCtx) capacity(qStart int) bool {
	for k := qStart - 1; k >= 0 && k >= qStart-3; k-- {
		switch c.low(k) {
		case "capacity", "capacities", "limit", "limits":
			return true
		case "to", "of", "about", "around", "some", "nearly", "up", "roughly":
			continue
		}
		return false
	}
	return false
}

// substance reads "of oil" after an amount ("5,000 barrels of oil a day").
func (c *figureCtx) substance(k, limit int) string {
	if k+1 < limit && c.low(k) == "of" && c.a.Tokens[k+1].Kind == segment.Word {
		w := c.low(k + 1)
		if w == "crude" && k+2 < limit {
			return "oil"
		}
		if !functionWord(w) {
			return w
		}
	}
	return ""
}

// measureOf builds the canonical measure label from event and counted kind.
func measureOf(event, counted, unit, state string, rate bool, substance string) string {
	if counted == "kidnappings" || counted == "abductions" || counted == "arrests" {
		return counted // the count of events is its own measure
	}
	if event == "" && state == "" && (counted == "shots" || counted == "gunshots" || counted == "rounds") {
		return "shots fired" // "as many as 30 shots were fired", "I heard four shots"
	}
	switch event {
	case EventMoney:
		return currencyName(unit)
	case EventAmount:
		m := counted
		if m == "" {
			m = unit
		}
		if substance == "" && m == "barrels" {
			substance = "oil" // a barrel is the oil trade's unit
		}
		if substance != "" {
			m += " of " + substance
		}
		if rate {
			m += " a day"
		}
		return m
	case EventPopulation:
		return "population"
	case EventCases:
		return "cases"
	case EventProtesting:
		return "protesters"
	case EventInNeed:
		return counted + " in need"
	case EventDeployed:
		if personnelKind(counted) || counted == "troops" || counted == "marines" {
			return "troops deployed"
		}
		return counted + " deployed"
	case EventDisplaced:
		if counted == "refugees" || state == "refugees" {
			return "refugees"
		}
		return counted + " displaced"
	case "":
		if counted == "" || counted == "percent" || counted == "percentage points" {
			return ""
		}
		if state != "" {
			return counted + " " + state // "people affected", "people rescued"
		}
		return counted
	}
	if counted == "" {
		counted = "people"
	}
	return counted + " " + event
}

// scope decides whether the figure is a running total, one incident, a
// period or a rate, from words in its clause.
func (c *figureCtx) scope(f *Figure, qStart, qEnd, cFrom, cTo int) (document.Str, document.Str) {
	var since document.Str
	for _, t := range c.timesIn(cFrom, cTo) {
		if dateValue(t.Value) && c.sinceTime(t, cFrom) {
			since = document.Str(t.Value)
		}
	}
	if since != "" {
		return ScopeCumulative, since
	}
	scope := ""
	for k := cFrom; k < cTo; k++ {
		t := c.a.Tokens[k]
		if t.Kind != segment.Word {
			continue
		}
		w := c.lowTok(t)
		next := c.low(k + 1)
		switch w {
		case "day", "week", "month", "year", "hour", "daily", "weekly", "annually", "annual":
			prev := c.low(k - 1)
			if prev == "-" {
				prev = c.low(k - 2) // "barrels-a-day"
			}
			if w == "daily" && f.Event == EventAmount {
				return ScopeRate, "" // "the daily spill estimate of 5,000 barrels"
			}
			near := k > qStart && k <= qEnd+5
			switch next {
			case "after", "before", "later", "earlier", "ago":
				continue // "$5m a week after the storm": when, not how often
			}
			if near && (prev == "a" || prev == "per" || prev == "each" || prev == "every") || w == "daily" && near {
				return ScopeRate, ""
			}
			if k > qStart && (prev == "per" || prev == "each" || prev == "every") && !durationNoun(c.low(k-2)) {
				return ScopeRate, "" // "1,000 barrels of oil are still gushing from the site into the sea each day"
			}
		case "bpd":
			return ScopeRate, ""
		case "far", "date", "total", "overall", "altogether", "cumulative":
			if w == "far" && c.low(k-1) != "so" || w == "date" && c.low(k-1) != "to" {
				continue
			}
			if w == "total" && (next == "of" || c.low(k-1) == "in" || k < qStart && c.low(k-1) == "the") || w != "total" {
				if scope == "" {
					scope = ScopeCumulative
				}
			}
		case "risen", "rose", "climbed", "reached", "surpassed", "passed", "topped", "increased", "mounted":
			if k < qStart && scope == "" {
				scope = ScopeCumulative
			}
		case "attack", "attacks", "blast", "explosion", "bombing", "bombings", "clashes", "clash", "crash", "massacre",
			"ambush", "raid", "shooting", "shelling", "strike", "airstrike", "fire", "collision", "stampede", "incident", "crackdown",
			"assault", "stormed", "offensive", "bombardment", "battle", "explosions", "blasts", "ambushed", "shot":
			if scope == "" || scope == ScopePeriod {
				scope = ScopeIncident
			}
		case "have", "has":
			// "50 people have been killed": a running total.
			if k > qStart && k <= qEnd+4 && harmEvent(string(f.Event)) && (next == "been" || next == "died") && scope == "" {
				scope = ScopeCumulative
			}
		}
	}
	if scope != "" {
		return document.Str(scope), ""
	}
	// "110 new cases", "three more deaths": the increment of a period.
	for k := max(cFrom, qStart-2); k < min(cTo, qEnd+2); k++ {
		switch c.low(k) {
		case "new", "more", "further", "another", "additional":
			if c.low(k) == "more" && c.low(k+1) == "than" {
				continue // "more than 120 deaths": a bound, not an increment
			}
			if harmEvent(string(f.Event)) {
				return ScopePeriod, ""
			}
		}
	}
	if f.Event == EventCases {
		return ScopeCumulative, "" // a disease's case count is a running total unless said otherwise
	}
	if f.Event == EventMoney && c.perUnit(qEnd, cTo) {
		return ScopeRate, "" // "$84 a barrel", "fines of up to $4,300 for each spilt barrel"
	}
	if p := c.prev; f.Event == EventAmount && p != nil && p.Sentence == f.Sentence && p.Scope == ScopeRate && p.Unit == f.Unit {
		return ScopeRate, "" // "95,000 barrels a day, with 70,000 barrels from the largest leak"
	}
	for _, t := range c.timesIn(cFrom, cTo) {
		if !dateValue(t.Value) || c.nearCue(t, cFrom, cTo) || c.otherVerb(t, f.Span) {
			continue // "the UN said in May": when it was said
		}
		switch t.Prep {
		case "in", "during", "over", "throughout", "last", "this", "":
			if len(t.Value) < 10 || strings.Contains(t.Span.Of(c.text), "last") || strings.Contains(t.Span.Of(c.text), "past") {
				return ScopePeriod, ""
			}
		case "on":
			return ScopeIncident, ""
		}
	}
	return document.Str(c.aspectScope(f, qStart, qEnd, cFrom, cTo)), ""
}

// perUnit reports a price after a sum: "a barrel", "per share", "for each
// spilt barrel" (tokens from qEnd, within the clause).
func (c *figureCtx) perUnit(qEnd, cTo int) bool {
	k := qEnd
	if c.low(k) == "for" && c.low(k+1) == "each" || c.low(k) == "for" && c.low(k+1) == "every" {
		k++
	}
	switch c.low(k) {
	case "a", "an", "per", "each", "every":
	default:
		return false
	}
	for j := k + 1; j < cTo && j <= k+3; j++ {
		if c.a.Tokens[j].Kind != segment.Word {
			return false
		}
		if w := c.low(j); !functionWord(w) && !durationNoun(w) && w != "year" {
			return true
		}
	}
	return false
}

// certainty reads whether a count of deaths or cases is confirmed ("have
// confirmed 20 deaths", "20 confirmed cases", "laboratory-confirmed",
// "have counted 9,000 dead") or
// suspected ("83 suspected deaths", "13 probable cases", "experts suspect
// it has killed 100", "deaths were suspected"), from words near the number
// in its clause [cFrom, cTo); "" when neither is said.
func (c *figureCtx) certainty(qStart, qEnd, cFrom, cTo int) string {
	got := ""
	// Back across the clause's start too: "confirmed that 20 people had
	// died" puts the verb before the complement clause; not past the
	// sentence's end.
	from := qStart
	for from > max(0, qStart-6) && !c.sentenceStop(from-1) {
		from--
	}
	for k := from; k < min(cTo, qEnd+5); k++ {
		if c.a.Tokens[k].Kind != segment.Word {
			continue
		}
		w := c.low(k)
		if i := strings.LastIndexByte(w, '-'); i >= 0 {
			w = w[i+1:] // "laboratory-confirmed"
		}
		switch w {
		case "suspected", "suspect", "suspects", "probable", "possible", "presumed", "unconfirmed":
			return CertaintySuspected // a suspected count is never a confirmed one
		case "investigated", "tested", "investigation", "testing":
			if p := c.low(k - 1); p == "being" || p == "under" {
				return CertaintySuspected // "17 others being investigated": not yet cases
			}
		case "confirmed", "confirm", "confirms", "verified", "counted":
			if c.low(k-1) != "not" && c.low(k-1) != "un" {
				got = CertaintyConfirmed
			}
		}
	}
	return got
}

// sentenceStop reports a token that ends a sentence or a line.
func (c *figureCtx) sentenceStop(k int) bool {
	t := c.a.Tokens[k]
	if t.Kind == segment.Punct {
		switch c.text[t.Start] {
		case '.', ';', '!', '?', ':':
			return true
		}
	}
	return k > 0 && strings.Contains(c.text[c.a.Tokens[k-1].End:t.Start], "\n")
}

// aspectScope reads the scope of a figure whose clause [cFrom, cTo) has no
// word for it from the verb's aspect: a perfect counts up to now ("130,000
// people have been relocated", "Britons have donated £23m", "the toll
// stands at 83"): cumulative; a simple past of harm, arrest or protest
// tells one event ("at least 27 people were wounded", "50 people
// demonstrated in Ismailiya"): incident — unless the harm befell people
// in a movement or a war that went on for days ("killed in protests",
// "during the uprising"): the count of it so far.
func (c *figureCtx) aspectScope(f *Figure, qStart, qEnd, cFrom, cTo int) string {
	if f.Event == EventPopulation {
		return "" // "a country of 23 million people, has been in turmoil"
	}
	if f.Event == EventInNeed || f.Event == EventDisplaced {
		return ScopeCumulative // "three million people are in need of aid": a state that lasts
	}
	past, unrest := false, false
	for k := cFrom; k < cTo; k++ {
		if c.a.Tokens[k].Kind != segment.Word {
			continue
		}
		w := c.low(k)
		switch w {
		case "protests", "demonstrations", "unrest", "uprising", "revolt", "revolution", "insurgency", "war", "conflict":
			// "31 people were killed in protests", "died during the
			// uprising": a movement or a war that went on for days, counted
			// so far — not one clash.
			if p := c.low(k - 1); p == "in" || p == "during" || p == "the" || p == "throughout" {
				unrest = true
			}
		case "has", "have", "had", "'ve":
			// The perfect must govern the figure: its object ("have
			// donated £23m") or its subject ("130,000 people have been
			// relocated"), not another clause's verb.
			if (k < qStart-4 || k > qEnd+5) && (f.Event == EventMoney || f.Event == "" || f.Unit == "%") {
				continue // a stake, a price or a sum of another clause's verb
			}
			for m := k + 1; m < min(cTo, k+4); m++ {
				if participle(c.low(m)) {
					return ScopeCumulative
				}
				if m < qStart && c.quantityAt(c.a.Tokens[m].Start) {
					break
				}
			}
		case "toll", "tally":
			return ScopeCumulative
		case "stands", "stood":
			if harmEvent(string(f.Event)) {
				return ScopeCumulative // "the toll stands at 83"
			}
		case "were", "was", "died", "killed", "wounded", "injured", "arrested", "detained", "demonstrated", "marched",
			"protested", "gathered", "rallied", "shot", "fled", "kidnapped", "abducted":
			past = true
		}
	}
	switch f.Event {
	case EventKilled, EventWounded, EventDetained, EventMissing, EventProtesting:
		if past && unrest && f.Event != EventProtesting {
			return ScopeCumulative
		}
		if past {
			return ScopeIncident
		}
	}
	return ""
}

// participle reports the past participles a perfect is built with.
func participle(w string) bool {
	switch w {
	case "been", "seen", "left", "lost", "spent", "fled", "made", "taken", "grown", "risen", "fallen", "hit", "sent",
		"held", "given", "brought", "put", "reached", "topped", "raised", "recorded", "reported", "confirmed", "died":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed")
}

// harmEvent reports events whose counts run up over time.
func harmEvent(e string) bool {
	switch e {
	case EventKilled, EventWounded, EventMissing, EventDetained, EventDisplaced, EventCases, EventInNeed:
		return true
	}
	return false
}

// dateValue reports a TIMEX3 calendar value: YYYY, YYYY-MM or YYYY-MM-DD.
func dateValue(v string) bool {
	if len(v) != 4 && len(v) != 7 && len(v) != 10 {
		return false
	}
	for i := 0; i < len(v); i++ {
		ch := v[i]
		if i == 4 || i == 7 {
			if ch != '-' {
				return false
			}
			continue
		}
		if ch < '0' || ch > '9' {
			return false
		}
	}
	return true
}

// personCount reports a count of people: a noun for people or fighters, a
// group of them ("girls", "suspects", "journalists") or a plural of a
// nationality ("Americans", "Britons").
func (c *figureCtx) personCount(noun string, head int) bool {
	if peopleNoun(noun) || countedOf(noun) == "people" && noun != "" {
		return true
	}
	switch noun {
	case "girls", "boys", "schoolgirls", "schoolboys", "students", "pupils", "suspects", "immigrants", "migrants",
		"journalists", "reporters", "workers", "hostages", "captives", "prisoners", "others", "villagers", "teachers",
		"doctors", "nurses", "nuns", "priests", "pilgrims", "tourists", "sailors", "fishermen", "farmers", "miners",
		"activists", "protesters", "demonstrators", "refugees", "passengers", "crew", "relatives", "friends",
		"employees", "staff", "volunteers", "jihadists", "gunmen", "terrorists", "extremists", "citizens", "nationals",
		"foreigners", "westerners", "soldiers", "police", "policemen", "officers", "troops", "marines", "contractors",
		"travellers", "travelers", "sons", "daughters", "wives", "husbands", "brothers", "sisters", "guards", "monks":
		return true
	}
	return head >= 0 && c.capAt(head) && strings.HasSuffix(noun, "s") && len(noun) > 4
}

// distantVerb finds the verb of a count's clause past a long subject: a
// prepositional phrase, an age range, a coordinated noun or an apposition
// of names may stand between the count [.., from) and its verb. Only a
// passive or perfect verb group counts ("were arrested", "have been
// abducted", "remain missing"); the first finite verb ends the search, and
// a number, a relative or subordinating word or a reporting verb means the
// verb belongs to another clause ("four men who said they were arrested").
func (c *figureCtx) distantVerb(from, to int) string {
	limit := min(to, from+24)
	aged := -10 // token of the last "aged": "aged 10 to 60" holds numbers of the subject
	for k := from; k < limit; k++ {
		t := c.a.Tokens[k]
		if t.Kind == segment.Number {
			if k-aged <= 4 {
				continue
			}
			return ""
		}
		if t.Kind != segment.Word {
			if t.Kind == segment.Punct && strings.ContainsRune("().!?", rune(c.text[t.Start])) {
				return ""
			}
			continue
		}
		w := c.lowTok(t)
		switch w {
		case "aged", "ages", "age", "between":
			aged = k
			continue
		case "who", "whom", "whose", "which", "that", "where", "when", "while", "after", "before", "because", "if",
			"since", "but", "or", "than", "as", "until", "unless", "whether", "including", "not", "never", "no",
			"he", "she", "it", "they", "we", "i", "you", "there":
			return "" // another clause or another subject

		case "and":
			if !c.joinsPeople(k+1, limit) {
				return "" // "attacked two villages and residents were killed": another subject
			}
			continue
		}
		if reportingVerb(w) {
			return ""
		}
		switch w {
		case "were", "was", "are", "is", "have", "has", "had", "remain", "remains", "remained":
		default:
			continue
		}
		if c.capAt(k) {
			return "" // "the group Raqqa Is Being Slaughtered Silently": a name, not a verb
		}
		j := k + 1
		for ; j < limit && j < k+5; j++ {
			switch c.low(j) {
			case "been", "being", "reportedly", "allegedly", "also", "all", "now", "still", "since", "later", "apparently",
				"subsequently", "then", "already", "just", "recently", "each":
				continue
			}
			break
		}
		v := c.low(j)
		if v == "picked" && c.low(j+1) == "up" {
			return EventDetained // "two suspects were picked up"
		}
		if (v == "shot" || v == "gunned") && (c.low(j+1) == "dead" || c.low(j+1) == "down") {
			return EventKilled
		}
		switch e := eventAfterWord(v); e {
		case EventKilled, EventWounded, EventMissing, EventDetained:
			return e
		case EventDisplaced:
			if v != "crossed" { // "had crossed the border" says where, not that they fled
				return e
			}
		}
		return ""
	}
	return ""
}

// joinsPeople reports that the word at k, after "and", goes on the
// subject ("women and girls", "A and B", "and aid worker C") rather than
// starting a verb phrase ("and fled", "and then").
func (c *figureCtx) joinsPeople(k, limit int) bool {
	if k >= limit || c.a.Tokens[k].Kind != segment.Word {
		return false
	}
	w := c.low(k)
	if c.capAt(k) || c.personCount(w, -1) {
		return true
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !functionWord(w) || w == "a" || w == "an" || w == "the" ||
		w == "his" || w == "her" || w == "their" || w == "its"
}

// companionOf reads the event of the people a count goes with: "he was
// captured in Tripoli with two colleagues", "she was detained along with
// three of her children", "killed together with 12 others". The verb is a
// passive participle a few words before "with", in the same clause.
func (c *figureCtx) companionOf(qStart, cFrom int) string {
	k := qStart - 1
	if c.low(k) != "with" {
		return ""
	}
	k--
	if w := c.low(k); w == "along" || w == "together" {
		k--
	}
	for n := 0; k >= cFrom && n < 8; k, n = k-1, n+1 {
		t := c.a.Tokens[k]
		if t.Kind == segment.Number {
			return ""
		}
		if t.Kind != segment.Word {
			continue
		}
		w := c.lowTok(t)
		if reportingVerb(w) || w == "who" || w == "which" || w == "that" || w == "and" || strings.HasSuffix(w, "ing") {
			return "" // "arrested five men and five women traveling with 33 children": the verb is the travellers' own
		}
		e := eventAfterWord(w)
		if e == "" || !strings.HasSuffix(w, "ed") && w != "held" && w != "taken" && w != "slain" {
			continue
		}
		switch c.low(k - 1) {
		case "was", "were", "been", "had", "reportedly", "allegedly", "later", "being":
		default:
			if !strings.HasSuffix(c.low(k-1), "ly") {
				return ""
			}
		}
		switch e {
		case EventKilled, EventWounded, EventMissing, EventDetained:
			return e
		}
		return ""
	}
	return ""
}

// continuedCount reads the event and counted kind of a bare number that
// gives one side's answer to a count named just before: after "how many
// girls are still in captivity" in its sentence ("— some say 215, some say
// 219"), or after a count in the sentence before when its own clause is no
// more than an attribution ("Some say 215 people died. Others say 219.").
func (c *figureCtx) continuedCount(f *Figure, qStart, qEnd, cFrom, cTo int) (string, string) {
	if !c.bareAnswer(qStart, qEnd, cFrom, cTo) {
		return "", ""
	}
	sFrom, _ := c.a.TokenRange(f.Sentence)
	for k := qStart - 2; k >= sFrom && k >= qStart-40; k-- {
		if c.low(k) != "how" || c.low(k+1) != "many" {
			continue
		}
		j, noun := k+2, ""
		for n := 0; n < 3 && c.a.Tokens[min(j, len(c.a.Tokens)-1)].Kind == segment.Word && !auxWord(c.low(j)); n, j = n+1, j+1 {
			noun = c.low(j) // "how many girls", "how many Syrian soldiers"
		}
		for n := 0; n < 5 && (auxWord(c.low(j)) || c.low(j) == "still"); n, j = n+1, j+1 {
			if c.low(j) == "in" {
				break
			}
		}
		if c.low(j) == "in" || c.low(j) == "under" {
			j++ // "in captivity", "in custody"
		}
		e := eventAfterWord(c.low(j))
		if !harmEvent(e) {
			return "", ""
		}
		counted := countedOf(noun)
		if noun == "" || !c.personCount(noun, -1) {
			counted = "people"
		}
		return e, counted
	}
	p := c.prev
	if p == nil || !harmEvent(string(p.Event)) || p.Negated || !c.opensSentence(cFrom) ||
		!(p.Sentence == f.Sentence || c.sentenceBefore(p.Sentence, f.Sentence)) {
		return "", ""
	}
	return string(p.Event), string(p.Counted)
}

// bareAnswer reports a number [qStart, qEnd) whose clause is no more than a
// short attribution and the number: "some say 215", "Others put it at
// 219", "the ministry says 40".
func (c *figureCtx) bareAnswer(qStart, qEnd, cFrom, cTo int) bool {
	for k := qStart - 1; k > cFrom; k-- {
		if t := c.a.Tokens[k]; t.Kind == segment.Punct && c.text[t.Start] == ',' {
			cFrom = k + 1 // "some say 215, some say 219": the answer after the comma
			break
		}
	}
	said := false
	for k := cFrom; k < qStart; k++ {
		t := c.a.Tokens[k]
		if t.Kind == segment.Number {
			return false
		}
		if t.Kind != segment.Word {
			continue
		}
		w := c.lowTok(t)
		if said {
			switch w {
			case "it", "at", "the", "figure", "number", "toll", "is", "was", "as", "high", "low", "only", "just":
				continue // "put it at", "put the figure as high as"
			}
			return false
		}
		if reportingVerb(w) || w == "say" || w == "estimate" || w == "estimates" || w == "count" || w == "claim" || w == "claims" {
			said = true
			continue
		}
		if qStart-k > 6 {
			return false
		}
	}
	if !said {
		return false
	}
	for k := qEnd; k < cTo; k++ {
		t := c.a.Tokens[k]
		if t.Kind == segment.Punct {
			return true // "some say 215, some say 219"
		}
		if t.Kind == segment.Word || t.Kind == segment.Number {
			return false
		}
	}
	return true
}

// certaintyOfCount reads the certainty named with the count a number
// updates, further back than certainty looks: "raised the number of
// confirmed deaths from swine flu from 8 to 12", "the tally of suspected
// cases rose to 1,614".
func (c *figureCtx) certaintyOfCount(qStart int, sentence document.Span) string {
	sFrom, _ := c.a.TokenRange(sentence)
	changed := false // a change verb between: "suspected cases … had risen to 1,614"
	for k := qStart - 1; k >= sFrom && k >= qStart-16; k-- {
		t := c.a.Tokens[k]
		if t.Kind == segment.Punct && c.text[t.Start] == ',' {
			return ""
		}
		switch w := c.low(k); w {
		case "risen", "rose", "rise", "rising", "climbed", "reached", "jumped", "increased", "grown", "grew", "stood", "stands":
			changed = true
			continue
		case "confirmed", "suspected", "probable", "possible", "unconfirmed":
			// The subject of the change names the count's certainty:
			// "suspected swine flu cases in his country had risen to".
			if changed && c.countNounWithin(k+1, 3) {
				if w == "confirmed" {
					return CertaintyConfirmed
				}
				return CertaintySuspected
			}
			continue
		case "number", "tally", "count", "toll", "total":
		default:
			continue
		}
		if c.low(k+1) != "of" {
			continue
		}
		switch w := c.low(k + 2); {
		case w == "confirmed" || strings.HasSuffix(w, "-confirmed"):
			return CertaintyConfirmed
		case w == "suspected" || w == "probable" || w == "possible" || w == "unconfirmed":
			return CertaintySuspected
		}
		return ""
	}
	return ""
}

// countNounWithin reports "cases", "deaths" or "infections" among the n
// tokens from k.
func (c *figureCtx) countNounWithin(k, n int) bool {
	for i := k; i < k+n && i < len(c.a.Tokens); i++ {
		switch c.low(i) {
		case "cases", "deaths", "infections", "fatalities":
			return true
		}
	}
	return false
}

// floor reports a count the text gives as a lower bound of the toll: one
// its source calls conservative or a minimum ("302 deaths, a number the
// group called conservative", "a conservative estimate of 300"), or the
// dead already buried ("7,000 victims have been buried"), which the toll
// can only exceed. after is the token after the count's noun phrase.
func (c *figureCtx) floor(qStart, after, cFrom, cTo int, event string) bool {
	for k := max(cFrom, qStart-4); k < qStart; k++ {
		if c.lowerBound(k) {
			return true // "a conservative estimate of 300", "conservatively put at"
		}
	}
	sEnd := after
	for sEnd < len(c.a.Tokens) && sEnd < after+14 && !c.sentenceStop(sEnd) {
		sEnd++
	}
	for k := after; k < sEnd; k++ {
		t := c.a.Tokens[k]
		if t.Kind == segment.Number {
			return false // another count's words
		}
		w := c.low(k)
		if c.lowerBound(k) {
			return true // "…, a number the group called conservative"
		}
		if event == EventKilled && w == "buried" && k < after+5 {
			grave := false
			for j := k + 1; j < k+5 && j < len(c.a.Tokens); j++ {
				switch c.low(j) {
				case "grave", "graves", "cemetery", "cemeteries", "burial", "pits", "pit":
					grave = true // "buried in mass graves"; not people buried alive in rubble
				}
			}
			if !grave {
				return false
			}
			for j := after; j < k; j++ {
				if !auxWord(c.low(j)) && c.a.Tokens[j].Kind == segment.Word {
					return false
				}
			}
			return true
		}
	}
	return false
}

// lowerBound reports token k saying that a count is a minimum: "a
// conservative estimate", "conservatively", "called conservative", "is
// conservative", "at a minimum" — not "the conservative party".
func (c *figureCtx) lowerBound(k int) bool {
	switch c.low(k) {
	case "conservatively":
		return true
	case "conservative":
		switch c.low(k + 1) {
		case "estimate", "estimates", "figure", "figures", "count", "tally", "toll", "number", "side":
			return true
		}
		switch c.low(k - 1) {
		case "called", "calls", "call", "described", "considered", "is", "was", "be", "being", "very", "deliberately":
			return true
		case "as":
			switch c.low(k - 2) {
			case "described", "regarded", "seen", "considered", "characterised", "characterized":
				return true // "described as conservative"
			}
		}
	case "minimum":
		return c.low(k-1) == "a" && c.low(k-2) == "at"
	}
	return false
}

// produced reports an amount that a well, a field or a country produces: a
// word of production a few words before the number in its clause ("was
// to produce 8,000 barrels a day", "an output of 2 million barrels").
func (c *figureCtx) produced(qStart, cFrom int) bool {
	for k := qStart - 1; k >= cFrom && k >= qStart-5; k-- {
		switch c.low(k) {
		case "produce", "produces", "produced", "producing", "production", "output", "outputs", "yield", "yields":
			return c.low(k-1) != "being" // "the volume being produced" by a leaking well is its flow
		}
		if flowWord(c.low(k)) {
			return false
		}
	}
	return false
}

// objectRelative reads a relative clause whose verb is done to the count:
// "the 200 schoolgirls that the group kidnapped in April", "the 12
// activists whom police arrested". The clause's subject is a few words,
// its verb a past participle of harm or capture with no object after it.
func (c *figureCtx) objectRelative(after, to int) string {
	switch c.low(after) {
	case "that", "whom", "who", "which":
	default:
		return ""
	}
	k := after + 1
	for n := 0; k < to && n < 5; k, n = k+1, n+1 {
		w := c.low(k)
		if c.a.Tokens[k].Kind != segment.Word || c.a.Tokens[k].Kind == segment.Number {
			return ""
		}
		if strings.HasSuffix(w, "ed") || w == "had" || w == "has" || w == "have" {
			break
		}
		if functionWord(w) && w != "the" && w != "its" && w != "their" && w != "it" && w != "they" && w != "he" && w != "she" && w != "we" {
			return "" // "who were …", "that had …": a subject relative, read elsewhere
		}
	}
	if k == after+1 {
		return "" // no subject: "that killed", a subject relative
	}
	if w := c.low(k); w == "had" || w == "has" || w == "have" {
		k++
	}
	w := c.low(k)
	if !strings.HasSuffix(w, "ed") {
		return ""
	}
	e := eventBeforeWord(w)
	switch e {
	case EventKilled, EventWounded, EventDetained:
	default:
		return ""
	}
	if c.objectAt(k+1, to) {
		return "" // "the 20 men that the army said killed three police": an object after the verb
	}
	return e
}

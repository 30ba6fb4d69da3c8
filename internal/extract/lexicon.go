package extract

import "strings"

// Word lists used by the figure extractor. They are facts about English news
// prose, kept as switch statements so lookups cost no allocation.

// countNoun reports whether w (lower case) is a noun for things that news
// counts: people, forces, casualties, objects. It also returns the
// singular-insensitive canonical kind used to group figures.
func countNoun(w string) bool {
	switch w {
	case "troops", "troop", "forces", "force", "soldiers", "soldier", "marines", "marine", "sailors", "sailor",
		"airmen", "personnel", "servicemen", "servicemembers", "members", "peacekeepers", "peacekeeper",
		"reservists", "reservist", "advisers", "advisors", "contractors", "commandos", "paratroopers",
		"fighters", "fighter", "militants", "militant", "insurgents", "rebels", "rebel", "jihadists",
		"combatants", "militiamen", "gunmen", "recruits", "guards", "officers", "police", "policemen", "agents",
		"people", "persons", "civilians", "residents", "refugees", "migrants", "asylum-seekers", "children",
		"women", "men", "students", "workers", "employees", "staff", "jobs", "patients", "voters", "votes",
		"seats", "members'", "protesters", "demonstrators", "prisoners", "detainees", "hostages", "families",
		"deaths", "dead", "killed", "casualties", "lives", "injuries", "injured", "wounded", "victims", "fatalities",
		"arrests", "cases", "infections", "tests", "doses", "vaccinations", "beds", "homes", "houses", "buildings",
		"helicopters", "aircraft", "planes", "jets", "drones", "tanks", "vehicles", "ships", "vessels", "warships",
		"missiles", "rockets", "bombs", "shells", "weapons", "rifles", "bases", "sites", "camps", "villages",
		"towns", "cities", "countries", "nations", "states", "companies", "firms", "banks", "schools", "hospitals",
		"users", "customers", "subscribers", "viewers", "visitors", "tourists", "passengers", "flights",
		"barrels", "tonnes", "tons", "units", "copies", "shares", "games", "goals", "matches", "points", "runs",
		"wickets", "titles", "medals", "songs", "albums", "films", "books", "episodes", "crew", "miles", "kilometres", "kilometers", "km", "metres", "meters",
		"feet", "acres", "hectares", "emails", "letters", "documents", "pages", "messages", "posts", "accounts",
		"strikes", "airstrikes", "attacks", "raids", "operations", "missions", "incidents", "crimes", "offences",
		"complaints", "applications", "claims", "lawsuits", "charges", "counts", "convictions", "sentences",
		"stores", "shops", "outlets", "plants", "factories", "products", "cars", "trucks", "trains", "buses":
		return true
	}
	return false
}

// pluralNoun reports a lower-case word that looks like a plural noun: the
// counted thing of a number we have no list entry for ("pupils", "wells").
// Durations are time, not counts, and common verbs in -s are not nouns.
func pluralNoun(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") ||
		strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false
	}
	switch w {
	case "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "nights", "mornings",
		"says", "does", "goes", "comes", "makes", "takes", "gets", "seems", "means", "remains", "stands", "rises", "falls",
		"includes", "kills", "shows", "gives", "puts", "runs", "sets", "needs", "wants", "looks", "holds", "leads",
		"lives", "stays", "plans", "aims", "hopes", "expects", "fears", "warns", "adds", "asks", "tells", "knows",
		"percents", "others", "perhaps", "always", "sometimes", "afterwards", "towards", "besides", "whereas",
		"thus", "ones", "yes", "hers", "ours", "yours", "theirs", "its", "this", "these", "those", "series",
		"news", "species", "has", "was", "as", "less", "unless", "across":
		return false
	}
	return true
}

// durationNoun reports units of time: a number of them is a duration.
func durationNoun(w string) bool {
	switch w {
	case "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute",
		"seconds", "second", "decades", "decade", "centuries", "century", "nights", "night":
		return true
	}
	return false
}

// personnelNoun reports whether w names military or security personnel; used
// to fold "forces", "service members" and "Marines" into one kind.
func personnelNoun(w string) bool {
	switch w {
	case "troops", "troop", "forces", "force", "soldiers", "soldier", "marines", "marine", "sailors", "sailor",
		"airmen", "personnel", "servicemen", "servicemembers", "members", "peacekeepers", "peacekeeper",
		"reservists", "commandos", "paratroopers", "advisers", "advisors":
		return true
	}
	return false
}

// functionWord reports words that end a noun phrase after a number.
func functionWord(w string) bool {
	switch w {
	case "in", "on", "at", "of", "to", "from", "for", "by", "with", "into", "across", "inside", "near", "over",
		"under", "since", "during", "after", "before", "between", "and", "or", "but", "that", "which", "who",
		"whom", "whose", "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would",
		"could", "can", "may", "might", "must", "shall", "should", "do", "does", "did", "as", "than", "per",
		"each", "a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "it", "they",
		"he", "she", "we", "there", "here", "when", "where", "while", "if", "so", "not", "no", "said", "says",
		"told", "say", "currently", "now", "still", "already", "also", "just", "only", "about", "around":
		return true
	}
	return false
}

// npModifier reports lower-case words that can stand between a number and
// its counted noun ("1,000 military forces", "5,000 remaining fighters").
func npModifier(w string) bool {
	switch w {
	case "military", "additional", "extra", "more", "remaining", "foreign", "american", "active-duty", "active",
		"combat", "ground", "special", "operations", "operation", "armed", "regular", "elite", "coalition",
		"allied", "local", "government", "opposition", "rebel", "security", "police", "civilian", "new", "other",
		"young", "old", "full-time", "part-time", "permanent", "temporary", "front-line", "frontline", "army",
		"naval", "navy", "air", "marine", "service", "registered", "confirmed", "suspected", "reported",
		"estimated", "known", "total", "militia", "jihadist", "islamist", "kurdish", "arab", "western",
		"uniformed", "u.s.", "us", "uk", "un", "nato", "isis", "isil", "deployed", "stationed", "fewer", "more's":
		return true
	}
	return false
}

// planVerb reports verbs and modals that make a figure a plan or
// intention rather than a count ("would keep 1,000 forces").
func planVerb(w string) bool {
	switch w {
	case "keep", "keeping", "send", "sending", "deploy", "deploying", "station", "stationing", "withdraw",
		"withdrawing", "pull", "cut", "cutting", "reduce", "reducing", "add", "adding", "plan", "plans",
		"planned", "planning", "intend", "intends", "intended", "pledge", "pledged", "pledges", "will", "would",
		"propose", "proposed", "proposes", "aim", "aims", "target", "targets", "expected", "expects", "leave",
		"leaving", "retain", "retaining", "remain", "stay", "hire", "hiring", "build", "create", "recruit":
		return true
	}
	return false
}

// projectionVerb reports verbs of growth that, under a modal, make a figure a
// projection ("could reach 10,000", "is expected to rise to 500").
func projectionVerb(w string) bool {
	switch w {
	case "reach", "rise", "climb", "exceed", "top", "increase", "grow", "double", "hit", "surpass", "soar", "jump", "fall", "drop", "be":
		return true
	}
	return false
}

// changeVerb reports verbs of a revision or change between two values.
func changeVerb(w string) bool {
	switch w {
	case "increased", "increase", "increases", "rose", "risen", "rise", "rises", "raised", "raises", "revised",
		"climbed", "jumped", "grew", "grown", "soared", "fell", "fallen", "dropped", "declined", "cut", "lowered",
		"reduced", "shrunk", "shrank", "doubled", "went", "gone", "up", "down", "changed", "moved", "upped":
		return true
	}
	return false
}

// statsWord reports words that mark a figure as coming from statistics.
func statsWord(w string) bool {
	switch w {
	case "statistics", "statistic", "stats", "data", "census", "survey", "figures", "tally", "tallies",
		"records", "database", "quarterly", "annual", "monthly", "report's":
		return true
	}
	return false
}

// officialWord reports words that mark a figure as officially acknowledged.
func officialWord(w string) bool {
	switch w {
	case "officially", "acknowledged", "acknowledges", "acknowledge", "announced", "announces", "confirmed",
		"confirms", "official", "declared", "disclosed", "published":
		return true
	}
	return false
}

// estimateWord reports words that mark a figure as an estimate.
func estimateWord(w string) bool {
	switch w {
	case "estimated", "estimate", "estimates", "believed", "thought", "projected", "projection", "forecast",
		"predicted", "guess", "reckoned", "likely":
		return true
	}
	return false
}

// reportWord reports words that mark a figure as reported by media.
func reportWord(w string) bool {
	switch w {
	case "reported", "reportedly", "report", "reports":
		return true
	}
	return false
}

// officialBody reports words that name a public authority in an
// organization's name ("Defense Ministry", "interior ministry", "Pentagon"):
// its own figures are official.
func officialBody(w string) bool {
	switch w {
	case "ministry", "department", "pentagon", "government", "army", "navy", "police", "office", "agency",
		"commission", "council", "embassy", "command", "military", "administration", "authority", "authorities",
		"white", "kremlin", "parliament", "congress", "senate", "court", "bureau", "nations", "nato", "un",
		"who", "imf", "secretariat", "cabinet", "presidency", "prosecutor", "prosecutors":
		return true
	}
	return false
}

// estimateVerb reports verbs of "X puts the number at N" that give a figure
// on X's own account.
func estimateVerb(w string) bool {
	switch w {
	case "put", "puts", "putting", "estimates", "estimated", "places", "placed", "counts", "counted",
		"reckons", "tallies", "tallied", "numbers":
		return true
	}
	return false
}

// locPrep reports prepositions that introduce a figure's location.
func locPrep(w string) bool {
	switch w {
	case "in", "inside", "across", "at", "throughout", "within", "near", "around":
		return true
	}
	return false
}

// holderVerb reports verbs whose subject holds the counted thing ("the U.S.
// has 503 troops", "the United States would keep 1,000 forces").
func holderVerb(w string) bool {
	switch w {
	case "has", "have", "had", "keep", "keeps", "kept", "keeping", "deploy", "deploys", "deployed", "deploying",
		"maintain", "maintains", "maintained", "station", "stations", "stationed", "send", "sends", "sent",
		"sending", "lost", "loses", "lose", "employs", "employ", "employed", "fields", "field", "retain", "retains":
		return true
	}
	return false
}

// lower returns s in lower case, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// phraseFinder finds which of a list of phrases hasPhrase would find first
// in list order, without trying every phrase on the text: at each word
// start it tries only the phrases that begin with the next two bytes.
// Typing a speaker tried ~60 phrases with strings.Index each, twice. Built
// once from a package list and then only read.
type phraseFinder struct {
	phrases []string
	byStart map[uint16][]int32 // first two bytes → phrase indexes, ascending
	short   []int32            // phrases under two bytes: tried one by one
}

func newPhraseFinder(n int, phrase func(i int) string) *phraseFinder {
	f := &phraseFinder{phrases: make([]string, n), byStart: make(map[uint16][]int32)}
	for i := range n {
		p := phrase(i)
		f.phrases[i] = p
		if len(p) < 2 {
			f.short = append(f.short, int32(i))
			continue
		}
		k := uint16(p[0])<<8 | uint16(p[1])
		f.byStart[k] = append(f.byStart[k], int32(i))
	}
	return f
}

// first returns the index of the first phrase in list order for which
// hasPhrase(low, phrase) holds (a phrase starting right after a space), or
// -1.
func (f *phraseFinder) first(low string) int {
	best := len(f.phrases)
	for _, i := range f.short {
		if hasPhrase(low, f.phrases[i]) {
			best = int(i)
			break
		}
	}
	for q := 1; q+1 < len(low); q++ {
		if low[q-1] != ' ' {
			continue
		}
		for _, i := range f.byStart[uint16(low[q])<<8|uint16(low[q+1])] {
			if int(i) >= best {
				break
			}
			if strings.HasPrefix(low[q:], f.phrases[i]) {
				best = int(i)
				break
			}
		}
	}
	if best == len(f.phrases) {
		return -1
	}
	return best
}

// sourcePhraseFinder finds sourcePhrases.
var sourcePhraseFinder = newPhraseFinder(len(sourcePhrases), func(i int) string { return sourcePhrases[i].phrase })

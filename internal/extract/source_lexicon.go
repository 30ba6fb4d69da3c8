package extract

import (
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/entity"
)

// Facts about who speaks in conflict reporting: canonical names of
// frequently cited bodies and people with their spelling variants, and the
// words that say what kind of authority a source is.

// sourceAliases maps a lower-cased name or spelling variant to its canonical
// form.
var sourceAliases = map[string]string{
	"un":                                  "United Nations",
	"u.n.":                                "United Nations",
	"united nations":                      "United Nations",
	"world health organization":           "World Health Organization",
	"world health organisation":           "World Health Organization",
	"sohr":                                "Syrian Observatory for Human Rights",
	"syrian observatory for human rights": "Syrian Observatory for Human Rights",
	"syrian observatory":                  "Syrian Observatory for Human Rights",
	"hrw":                                 "Human Rights Watch",
	"amnesty":                             "Amnesty International",
	"icrc":                                "International Committee of the Red Cross",
	"unhcr":                               "UNHCR",
	"un refugee agency":                   "UNHCR",
	"u.n. refugee agency":                 "UNHCR",
	"united nations refugee agency":       "UNHCR",
	"unicef":                              "UNICEF",
	"msf":                                 "Médecins Sans Frontières",
	"doctors without borders":             "Médecins Sans Frontières",
	"lcc":                                 "Local Coordination Committees",
	"lccs":                                "Local Coordination Committees",
	"wsj":                                 "Wall Street Journal",
	"nyt":                                 "New York Times",
	"ap":                                  "Associated Press",
	"afp":                                 "AFP", // as reports and annotators write it, like MENA and SANA
	"agence france presse":                "AFP",
	"agence france-presse":                "AFP",
	"eu":                                  "European Union",
	"brotherhood":                         "Muslim Brotherhood",
	"e.u.":                                "European Union",
	// state news agencies by their full names
	"middle east news agency":           "MENA",
	"syrian arab news agency":           "SANA",
	"jamahiriya news agency":            "JANA",
	"libyan news agency":                "JANA",
	"saba news agency":                  "Saba",
	"islamic republic news agency":      "IRNA",
	"bahrain news agency":               "BNA",
	"saudi press agency":                "SPA",
	"kuwait news agency":                "KUNA",
	"qatar news agency":                 "QNA",
	"emirates news agency":              "WAM",
	"tunis afrique presse":              "TAP",
	"jordan news agency":                "Petra",
	"iraqi news agency":                 "INA",
	"anadolu agency":                    "Anadolu",
	"xinhua news agency":                "Xinhua",
	"new china news agency":             "Xinhua",
	"local coordination committees":     "Local Coordination Committees",
	"the local coordination committees": "Local Coordination Committees",
}

// stateAgencies are the state news agencies of countries, by the country's
// name as the entity gazetteer gives it: "Egypt's official news agency" is
// MENA, "Syria's state news agency" SANA.
var stateAgencies = map[string]string{
	"Egypt": "MENA", "Syria": "SANA", "Libya": "JANA", "Yemen": "Saba", "Iran": "IRNA", "Bahrain": "BNA",
	"Saudi Arabia": "SPA", "Kuwait": "KUNA", "Qatar": "QNA", "United Arab Emirates": "WAM", "Tunisia": "TAP",
	"Jordan": "Petra", "Iraq": "INA", "Turkey": "Anadolu", "China": "Xinhua",
}

// stateAgency names the news agency a description stands for: a country's
// state, official or national news agency ("Egypt's official news agency",
// "the Syrian state news agency") → its acronym; "" otherwise. A
// description naming any other body ("Reuters news agency") is left.
func stateAgency(name string) string {
	low := strings.ToLower(name)
	if !strings.Contains(low, "news agency") && !strings.Contains(low, "press agency") {
		return ""
	}
	country := ""
	for _, w := range strings.Fields(name) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,"), "'s"), "’s")
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		switch strings.ToLower(w) {
		case "news", "agency", "press", "state", "official", "state-run", "national", "government":
			continue
		}
		t, norm, ctry, ok := entity.Lookup(w)
		if !ok || t != entity.NORP && t != entity.Place {
			return "" // another name: "Reuters news agency"
		}
		if ctry == "" {
			ctry = norm
		}
		country = ctry
	}
	return stateAgencies[country]
}

// aliasWords folds spelling variants of single name words ("Gadhafi",
// "Qadhafi" → "Gaddafi") wherever they occur in a name.
var aliasWords = map[string]string{
	"gadhafi": "Gaddafi", "qadhafi": "Gaddafi", "qaddafi": "Gaddafi", "kadhafi": "Gaddafi", "gadafi": "Gaddafi",
	"kaddafi": "Gaddafi", "qadafi": "Gaddafi", "kadafi": "Gaddafi", "gaddafi": "Gaddafi",
	"moammar": "Muammar", "moamer": "Muammar", "muammar": "Muammar", "mu'ammar": "Muammar",
}

// canonicalSource folds a source name to its canonical form: a leading
// article goes, known aliases and spelling variants are replaced.
func canonicalNameOf(name string) string {
	name = strings.TrimSpace(strings.ReplaceAll(name, "\u00ad", "")) // soft hyphens: "Global­Post"
	if n := strings.TrimSuffix(name, "."); n != name && acronymEnd(n) {
		name = n // "according to the UN." at a sentence's end
	}
	for _, art := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		name = strings.TrimPrefix(name, art)
	}
	if name == "" {
		return ""
	}
	if c, ok := sourceAliases[strings.ToLower(name)]; ok {
		// "WHO" is the organization, "who" is not a name
		if strings.ToLower(name) != "who" {
			return c
		}
	}
	if name == "WHO" {
		return "World Health Organization"
	}
	if a := stateAgency(name); a != "" {
		return a
	}
	if strings.IndexByte(name, ' ') < 0 && !strings.ContainsAny(name, "GgQqKkMm") {
		return name
	}
	words := strings.Fields(name)
	changed := false
	for i, w := range words {
		if c, ok := aliasWords[strings.ToLower(w)]; ok && c != w {
			words[i], changed = c, true
		}
	}
	if changed {
		return strings.Join(words, " ")
	}
	return name
}

// acronymEnd reports a name ending in an acronym of capitals with no
// stops ("UN", "the BBC"), whose sentence's full stop may cling to it.
func acronymEnd(name string) bool {
	w := name[strings.LastIndexByte(name, ' ')+1:]
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// sourcePhrases are multi-word names whose type their words would get wrong
// ("Free Syrian Army" is no army of a state).
var sourcePhrases = []struct{ phrase, typ string }{
	// armed groups outside any state: their names hold words of other
	// kinds ("Islamic State", "a Boko Haram spokesman", "an al-Shabaab
	// commander") but they are none of government, military or opposition
	{"islamic state", SourceUnknown},
	{"boko haram", SourceUnknown},
	{"al-shabaab", SourceUnknown},
	{"al-shabab", SourceUnknown},
	{"al shabaab", SourceUnknown},
	{"shabaab", SourceUnknown},
	{"al-qaeda", SourceUnknown},
	{"al qaeda", SourceUnknown},
	{"al-qaida", SourceUnknown},
	{"al qaida", SourceUnknown},
	{"qaeda", SourceUnknown},
	{"nusra", SourceUnknown},
	{"taliban", SourceUnknown},
	{"isis", SourceUnknown},
	{"isil", SourceUnknown},
	{"daesh", SourceUnknown},
	{"hezbollah", SourceUnknown},
	// a country's envoy to the UN speaks for the country
	{"ambassador to the un", SourceGovernment},
	{"ambassador to the united nations", SourceGovernment},
	{"un ambassador", SourceGovernment},
	{"u.n. ambassador", SourceGovernment},
	// legislators' committees: a committee chairman is no company's
	{"intelligence committee", SourceGovernment},
	{"armed services", SourceGovernment},
	{"committee chairman", SourceGovernment},
	{"committee chair", SourceGovernment},
	{"foreign affairs committee", SourceGovernment},
	{"foreign relations committee", SourceGovernment},
	{"republican guard", SourceMilitary},
	// commands and task forces of armed forces
	{"central command", SourceMilitary},
	{"africa command", SourceMilitary},
	{"task force", SourceMilitary},
	{"special forces", SourceMilitary},
	// monitors of a conflict, whatever else they call themselves ("an
	// activist group that monitors the conflict")
	{"monitoring group", SourceNGO},
	{"group monitoring", SourceNGO},
	{"that monitors", SourceNGO},
	{"which monitors", SourceNGO},
	// local authorities: civil defence and emergency services are no army,
	// a defence ministry is a government's
	{"emergency service", SourceGovernment},
	{"rescue service", SourceGovernment},
	{"ambulance service", SourceGovernment},
	{"fire service", SourceGovernment},
	{"fire department", SourceGovernment},
	{"civil defen", SourceGovernment},
	{"defence ministry", SourceGovernment},
	{"defense ministry", SourceGovernment},
	{"ministry of defen", SourceGovernment},
	{"defence minister", SourceGovernment},
	{"defense minister", SourceGovernment},
	{"school of", SourceExpert}, // "the Harvard School of Public Health"
	{"free syrian army", SourceActivists},
	{"local coordination committees", SourceActivists},
	{"coordination committees", SourceActivists},
	{"syrian national council", SourceActivists},
	{"national transitional council", SourceActivists},
	{"muslim brotherhood", SourceActivists},
	{"revolutionary council", SourceActivists},
	{"organization for migration", SourceIntergovernmental},
	{"organisation for migration", SourceIntergovernmental},
	{"world food programme", SourceIntergovernmental},
	{"world food program", SourceIntergovernmental},
	{"human rights", SourceNGO},
	{"rights group", SourceNGO},
	{"rights activist", SourceNGO},
	{"aid agenc", SourceNGO},
	{"aid group", SourceNGO},
	{"aid worker", SourceNGO},
	{"red cross", SourceNGO},
	{"red crescent", SourceNGO},
	{"without borders", SourceNGO},
	{"save the children", SourceNGO},
	{"world health", SourceIntergovernmental},
	{"north atlantic treaty", SourceIntergovernmental},
	{"international atomic", SourceIntergovernmental},
	{"united nations", SourceIntergovernmental},
	{"security council", SourceIntergovernmental},
	{"european union", SourceIntergovernmental},
	{"arab league", SourceIntergovernmental},
	{"african union", SourceIntergovernmental},
	{"world bank", SourceIntergovernmental},
	{"world food programme", SourceIntergovernmental},
	{"world food program", SourceIntergovernmental},
	{"state department", SourceGovernment},
	{"senior vice", SourceCompany},
	{"executive vice", SourceCompany},
	{"downing street", SourceGovernment},
	{"coast guard", SourceMilitary},
	{"national guard", SourceMilitary},
	{"revolutionary guard", SourceMilitary},
	{"committee to protect", SourceNGO},
	{"emergency committee", SourceNGO},
	{"disease control", SourceGovernment},
	{"white house", SourceGovernment},
	{"state media", SourceMedia},
	{"state television", SourceMedia},
	{"state tv", SourceMedia},
	{"news agency", SourceMedia},
	{"associated press", SourceMedia},
	{"joint chiefs", SourceMilitary},
	{"air force", SourceMilitary},
	{"security forces", SourceMilitary},
}

// sourceWord gives the type a single word of a source's name or role
// implies, or "". Words are lower case.
func sourceWord(w string) string {
	switch w {
	case "un", "u.n.", "unicef", "unhcr", "ocha", "unrwa", "wfp", "imf", "nato", "eu", "iaea", "opec",
		"un's", "u.n.'s", "nations", "intergovernmental":
		return SourceIntergovernmental
	case "ngo", "ngos", "amnesty", "icrc", "msf", "oxfam", "observatory", "watchdog", "charity", "charities",
		"humanitarian", "hrw", "monitor", "monitors", "sohr", "monitoring":
		return SourceNGO
	case "activist", "activists", "opposition", "rebel", "rebels", "protester", "protesters", "protestors",
		"demonstrators", "dissident", "dissidents", "revolutionaries", "lcc", "lccs",
		"organisers", "organizers", "brotherhood":
		return SourceActivists
	case "militant", "militants", "militia", "militias", "fighters", "insurgents", "insurgent", "jihadist",
		"jihadists", "gunmen", "extremists", "kidnappers", "captors":
		// armed groups: the kind the annotators give them is unknown
		return SourceUnknown
	case "newspaper", "newspapers", "journal", "times", "post", "news", "tv", "television",
		"broadcaster", "reuters", "afp", "ap", "bbc", "cnn", "jazeera", "sana", "mena", "guardian", "radio",
		"magazine", "daily", "channel", "tribune", "herald", "press", "wsj", "nyt", "xinhua", "tass",
		"interfax", "media", "reporter", "reporters", "correspondent", "journalist", "journalists",
		"courier", "telegraph", "gazette", "article", "outlet":
		return SourceMedia
	case "inc", "inc.", "corp", "corp.", "corporation", "company", "companies", "plc", "ltd", "llc", "bp",
		"bank", "firm", "airline", "airlines", "exxon", "transocean", "halliburton", "shell", "chevron",
		"executive", "ceo", "chairman", "shareholders", "consultancy", "insurer", "lender", "conglomerate":
		return SourceCompany
	case "army", "military", "pentagon", "general", "gen.", "gen", "commander", "commanders", "colonel",
		"col.", "navy", "troops", "soldiers", "forces", "marines", "centcom", "brigade", "battalion",
		"officer", "officers", "admiral", "lieutenant", "major", "sergeant", "coalition", "defence",
		"defense", "militar", "lt", "lt.", "col", "maj", "maj.", "capt", "capt.", "sgt", "sgt.", "brig", "brig.",
		"corporal", "captain", "guard", "adm", "adm.", "command", "africom", "peshmerga":
		return SourceMilitary
	case "ministry", "minister", "ministers", "government", "president", "presidency", "premier", "cabinet",
		"kremlin", "embassy", "ambassador", "governor", "mayor", "authorities", "authority", "police",
		"regime", "administration", "spokesman", "spokeswoman", "spokesperson", "secretary", "parliament",
		"senator", "congressman", "lawmaker", "lawmakers", "prosecutor", "prosecutors", "official", "officials",
		"interior", "department", "state", "king", "prime", "diplomat", "diplomats", "consulate", "council",
		"health", "agency", "agency's", "office", "gov", "gov.", "governments", "federal", "congressional", "congress",
		"senate", "ministries", "ministers'", "mayor's", "municipal", "governorate", "mp", "mps", "legislator",
		"legislators", "parliamentarian", "parliamentarians", "senators", "congressmen", "aide", "aides",
		"rep.", "sen.", "congresswoman", "congresswomen", "republican", "republicans", "democrat", "democrats",
		"fbi", "cia", "mi5", "mi6", "rcmp", "dhs":
		return SourceGovernment
	case "scientist", "scientists", "expert", "experts", "analyst", "analysts", "professor", "researcher",
		"researchers", "economist", "economists", "academic", "academics", "university", "institute",
		"scholar", "scholars", "doctor", "doctors", "physician", "physicians", "epidemiologist", "engineer",
		"engineers", "think", "laboratory", "historian", "strategist", "strategists", "stockbroker", "stockbrokers",
		"seismologist", "virologist", "statistician", "demographer", "lecturer", "universities", "medic", "medics",
		"paramedic", "paramedics", "surgeon", "surgeons", "nurse", "nurses", "medical":
		return SourceExpert
	case "letter", "report", "document", "documents", "memo", "cable", "study", "survey", "data",
		"statistics", "figures", "records", "census", "communique", "statement", "estimate", "estimates",
		"tally", "count", "list", "database", "filing", "papers", "leaked":
		return SourceDocument
	}
	return ""
}

// sourceTypeOrder ranks the word types: when a name holds words of several
// types, the earliest in this order wins ("UN refugee agency" is
// intergovernmental, "army spokesman" military, "health ministry
// statistics" government).
var sourceTypeOrder = []string{SourceIntergovernmental, SourceNGO, SourceActivists, SourceUnknown, SourceMedia,
	SourceCompany, SourceMilitary, SourceGovernment, SourceExpert, SourceDocument}

// sourceType says what kind of authority a source is, from its name, its
// role ("Interior Minister"), the speaker type of the statement and whether
// it is unnamed.
// hasPhrase reports phrase in low at a word start (low is padded with
// spaces), without building " "+phrase for every lookup.
func hasPhrase(low, phrase string) bool {
	for i := 0; i < len(low); {
		j := strings.Index(low[i:], phrase)
		if j < 0 {
			return false
		}
		if i+j > 0 && low[i+j-1] == ' ' {
			return true
		}
		i += j + 1
	}
	return false
}

func sourceTypeOf(name, role, speakerType string, anon bool) string {
	if name == "" {
		return ""
	}
	// "a letter seen by Reuters" is a document
	for _, sep := range []string{" seen by ", " obtained by ", " reviewed by "} {
		if i := strings.Index(name, sep); i > 0 {
			name = name[:i]
		}
	}
	low := " " + strings.ToLower(name) + " "
	// "a source involved in talks with the militants", "a person familiar
	// with the army's plans": the participle's object is not the source
	for _, cut := range []string{" involved in ", " involved with ", " familiar with ", " close to ", " briefed on "} {
		if i := strings.Index(low, cut); i > 0 {
			low = low[:i+1]
		}
	}
	if envoyToUN(low) {
		return SourceGovernment // "Iraq's UN ambassador" speaks for Iraq
	}
	if unName(low) {
		return SourceIntergovernmental // "the UN's human rights office" is the UN's
	}
	if outletNames[strings.TrimSpace(strings.TrimPrefix(low, " the "))] {
		return SourceMedia // "the Mirror", "Vanguard": an outlet by its bare name
	}
	if i := sourcePhraseFinder.first(low); i >= 0 {
		return sourcePhrases[i].typ
	}
	if whoName(name) {
		return SourceIntergovernmental // "WHO", not "officials who spoke"
	}
	if governmentSeats[strings.TrimSpace(low)] {
		return SourceGovernment // "Washington said …": the capital speaks for its government
	}
	if plainDocument(low) {
		return SourceDocument // "official figures": a document whose author is not named
	}
	if t := typeOfWords(low); t != "" {
		if anon && (t == SourceGovernment || t == SourceMilitary) && !isNamedBody(name) {
			return SourceAnonymousOfficial
		}
		return t
	}
	if anon {
		switch {
		case strings.Contains(low, "source") || strings.Contains(low, "official") || strings.Contains(low, "aide") ||
			strings.Contains(low, "diplomat"):
			return SourceAnonymousOfficial
		}
		return SourceUnknown
	}
	if role != "" {
		lr := " " + strings.ToLower(role) + " "
		// "Secretary X, in an interview with Fox News": where one spoke is
		// no part of one's role
		for _, cut := range []string{" in an interview", " in a interview", " speaking to ", " speaking with ", " told "} {
			if i := strings.Index(lr, cut); i > 0 {
				lr = lr[:i+1]
			}
		}
		if envoyToUN(lr) {
			return SourceGovernment
		}
		if t, ok := representedType(lr); ok {
			return t // "a spokesman for the group": the group's kind
		}
		if unName(lr) {
			return SourceIntergovernmental // "UN High Commissioner for Human Rights"
		}
		if i := sourcePhraseFinder.first(lr); i >= 0 {
			return sourcePhrases[i].typ
		}
		if t := typeOfWords(lr); t != "" {
			return t
		}
		if nationLeader(role) {
			return SourceGovernment // "Libyan leader", "Syria's ruler"
		}
	}
	if pressReports(low) {
		return SourceMedia // "reports from the scene", "local reports": the press's
	}
	switch speakerType {
	case SpeakerPublication:
		return SourceMedia
	case SpeakerDocument:
		return SourceDocument
	}
	if stateLeader(name) {
		return SourceGovernment
	}
	return SourceUnknown
}

// stateLeaders are heads of government news names without a title once
// introduced, beyond the rulers the entity gazetteer knows
// (entity.LeaderCountries: Gaddafi, Assad, Saleh, Mubarak …), which it
// leaves out for placing figures; as sources they are government all the same.
var stateLeaders = map[string]bool{
	"maliki": true, "al-maliki": true, "karzai": true, "ahmadinejad": true, "rouhani": true, "khamenei": true,
	"erdogan": true,
}

// stateLeader reports a person's name whose surname is a head of state's:
// "Muammar Gaddafi", "Bashar al-Assad", "Ali Abdullah Saleh".
func stateLeader(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	return stateLeaders[ws[len(ws)-1]] || len(entity.LeaderCountries(name)) > 0
}

// typeOfWords is the best-ranked type among the words of s.
func typeOfWords(s string) string {
	best := len(sourceTypeOrder)
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '-' || r == '(' || r == ')' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		t := sourceWord(w)
		if t == "" {
			continue
		}
		for i, o := range sourceTypeOrder[:best] {
			if o == t {
				best = i
				break
			}
		}
	}
	if best == len(sourceTypeOrder) {
		return ""
	}
	return sourceTypeOrder[best]
}

// isNamedBody reports a name with a capitalized word other than a title
// ("Interior Ministry", "Pentagon"): a body speaking, not an unnamed person.
func isNamedBody(name string) bool {
	for i, w := range strings.Fields(name) {
		if w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		switch strings.ToLower(strings.Trim(w, ".,")) {
		case "a", "an", "the", "us", "u.s.", "senior", "top", "american", "syrian", "iraqi", "british", "israeli",
			"official", "officials", "source", "sources", "two", "three", "four", "several", "some", "many", "other",
			"western", "arab", "foreign", "local", "government", "military", "security", "hospital", "health", "police":
			continue
		}
		if i == 0 && strings.HasSuffix(strings.ToLower(name), "s") && !strings.Contains(name[len(w):], " ") {
			continue
		}
		// a nationality or a country's name tells whose officials, not which body
		if t, _, _, ok := entity.Lookup(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")); ok && (t == entity.NORP || t == entity.Place) {
			continue
		}
		return true
	}
	return false
}

// unName reports a name of the UN or one of its bodies (low is lower case,
// padded with spaces).
func unName(low string) bool {
	for _, w := range []string{" un ", " un's ", " u.n. ", " u.n.'s ", " united nations ", " united nations' ", " unhcr ", " unicef ",
		" ocha ", " unrwa ", " un-"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// envoyToUN reports a country's ambassador to the UN ("Iraq's UN
// ambassador", "the US ambassador to the United Nations"): the UN has
// envoys, not ambassadors, so the ambassador is a government's (low is
// lower case, padded with spaces).
func envoyToUN(low string) bool {
	return (strings.Contains(low, " ambassador ") || strings.Contains(low, " ambassador's ")) && unName(low)
}

// outletNames are news outlets often cited by a bare name that holds no
// media word ("the Mirror said", "according to Vanguard"), lower case.
var outletNames = map[string]bool{
	"mirror": true, "sunday mirror": true, "daily mirror": true, "mail": true, "mail on sunday": true, "independent": true,
	"sun": true, "observer": true, "economist": true, "politico": true, "buzzfeed": true, "rudaw": true,
	"vanguard": true, "punch": true, "thisday": true, "this day": true, "leadership": true, "al-sabaah": true,
	"al sabaah": true, "sabaah": true, "al-sumaria": true, "alsumaria": true, "npr": true, "nbc": true, "abc": true,
	"cbs": true, "msnbc": true, "fox": true, "sky": true, "itv": true, "dw": true, "deutsche welle": true,
	"al arabiya": true, "al-arabiya": true, "bloomberg": true, "time": true, "newsweek": true, "vice": true,
	"huffington": true, "mashable": true, "vocativ": true, "le monde": true, "le figaro": true, "der spiegel": true,
	"spiegel": true, "haaretz": true, "ynet": true, "dawn": true, "al-akhbar": true, "asharq al-awsat": true,
}

// whoName reports a name holding the World Health Organization's acronym
// "WHO", in capitals: the lower-case "who" is a pronoun.
func whoName(name string) bool {
	if !strings.Contains(name, "WHO") {
		return false
	}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '\'' || r == '’' }) {
		if w == "WHO" {
			return true
		}
	}
	return false
}

// nationLeader reports a role that leads a country: a leader's word with a
// nationality or a country's name ("Libyan leader", "Yemen's strongman").
// A movement's leader ("opposition leader", "rebel leader") is typed by the
// movement's word before this is asked.
func nationLeader(role string) bool {
	leader, nation := false, false
	for _, w := range strings.Fields(role) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,"), "'s"), "’s")
		switch strings.ToLower(w) {
		case "leader", "ruler", "strongman", "dictator", "monarch", "autocrat", "head of state":
			leader = true
			continue
		}
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			if t, _, _, ok := entity.Lookup(w); ok && (t == entity.NORP || t == entity.Place) {
				nation = true
			}
		}
	}
	return leader && nation
}

// plainDocument reports a document noun with only generic adjectives
// before it ("official figures", "the latest statistics"): the document
// names no author, so "official" does not make it a government's (low is
// lower case, padded with spaces).
func plainDocument(low string) bool {
	ws := strings.Fields(low)
	if len(ws) < 2 || sourceWord(ws[len(ws)-1]) != SourceDocument {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		switch w {
		case "the", "official", "latest", "new", "preliminary", "provisional", "final", "initial", "recent", "unofficial", "available":
		default:
			return false
		}
	}
	return true
}

// representedType is the kind of the body a spokesperson's role names
// ("a spokesman for the group", "a spokeswoman for the rights group",
// "spokesman of the Nigerian army"): the body's kind, not a government's,
// which "spokesman" alone would give. A bare "the group" or "the
// militants" is an armed group or a movement, whose kind is unknown. ok is
// false when the role names no represented body.
func representedType(lr string) (string, bool) {
	for _, sp := range []string{" spokesman ", " spokeswoman ", " spokesperson ", " representative "} {
		i := strings.Index(lr, sp)
		if i < 0 {
			continue
		}
		rest := lr[i+len(sp):]
		var body string
		for _, p := range []string{"for ", "of "} {
			if strings.HasPrefix(rest, p) {
				body = " " + rest[len(p):]
			}
		}
		if body == "" {
			return "", false
		}
		if j := strings.IndexAny(body, ",;("); j > 0 {
			body = body[:j] + " "
		}
		if k := sourcePhraseFinder.first(body); k >= 0 {
			return sourcePhrases[k].typ, true
		}
		if unName(body) {
			return SourceIntergovernmental, true
		}
		if t := typeOfWords(body); t != "" {
			return t, true
		}
		for _, w := range strings.Fields(body) {
			switch w {
			case "group", "group's", "groups", "movement", "organisation", "organization", "faction", "network":
				return SourceUnknown, true
			}
		}
		return "", false
	}
	return "", false
}

// governmentSeats are capitals that news uses for their governments when
// they speak ("Washington said", "Moscow denied", "Abuja announced"). Only
// a speaker that is the bare name is typed so.
var governmentSeats = map[string]bool{
	"washington": true, "moscow": true, "beijing": true, "tehran": true, "damascus": true, "baghdad": true,
	"kabul": true, "islamabad": true, "abuja": true, "ankara": true, "cairo": true, "tripoli": true,
	"sanaa": true, "riyadh": true, "london": true, "paris": true, "berlin": true, "tokyo": true, "kiev": true,
	"kyiv": true, "jerusalem": true, "ottawa": true, "canberra": true, "new delhi": true, "beirut": true,
	"amman": true, "mogadishu": true, "nairobi": true, "khartoum": true, "pyongyang": true, "seoul": true,
	"havana": true, "caracas": true, "doha": true, "rome": true, "madrid": true, "tunis": true, "algiers": true,
	"rabat": true, "addis ababa": true, "kampala": true, "juba": true, "bamako": true, "niamey": true,
	"n'djamena": true, "yaounde": true, "kinshasa": true, "tel aviv": true, "manila": true, "jakarta": true,
	"bangkok": true, "hanoi": true, "taipei": true, "dhaka": true, "colombo": true, "kathmandu": true,
	"tbilisi": true, "baku": true, "yerevan": true, "minsk": true, "warsaw": true, "athens": true,
	"port-au-prince": true, "mexico city": true, "bogota": true, "brasilia": true, "buenos aires": true,
	"lima": true, "santiago": true,
}

// pressReports reports a source that is reports by nobody named ("reports
// from the scene", "local reports", "unconfirmed reports"): the press's
// word. low is lowered and padded with spaces.
func pressReports(low string) bool {
	ws := strings.Fields(low)
	for len(ws) > 0 {
		switch ws[0] {
		case "the", "local", "unconfirmed", "initial", "early", "earlier", "later", "some", "several", "news", "press":
			ws = ws[1:]
			continue
		}
		break
	}
	return len(ws) > 1 && ws[0] == "reports" && (ws[1] == "from" || ws[1] == "in")
}

// sourceFamily is the state a government source speaks for, as "government
// of <country>", when its name or its speaker's role says which country
// ("Mexican government", "Mexico's health ministry", "Mexican Health
// Minister" before a name) or, for a body named by its kind alone ("the
// health ministry"), the figure's country; else "". A government's ministries, ministers,
// spokesmen and named officials are one family; other kinds of source
// have none.
func sourceFamily(typ, name, role, country string) string {
	switch typ {
	case SourceGovernment, SourceAnonymousOfficial:
	default:
		return ""
	}
	if governmentSeats[strings.ToLower(strings.TrimSpace(name))] {
		if t, _, country, ok := entity.Lookup(name); ok && t == entity.Place && country != "" {
			return "government of " + country // "Washington said"
		}
	}
	for _, text := range []string{name, role} {
		if c := stateOf(text); c != "" {
			return "government of " + c
		}
	}
	// "the health ministry", "the government": a body of the state the
	// figure is in, when it names no other
	if typ == SourceGovernment && country != "" && stateBody(name) {
		return "government of " + country
	}
	return ""
}

// stateBody reports a government body named by its kind alone ("the
// government", "the health ministry", "the Interior Ministry", "the
// presidency"), with no country and no person's name.
func stateBody(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	switch ws[len(ws)-1] {
	case "government", "ministry", "presidency", "cabinet", "administration", "regime":
		return true
	}
	return false
}

// stateOf is the country whose nationality adjective or name opens a
// government body's or office's name ("Mexican", "Mexico's", "the
// Nigerian", "US"), else "". Only the words before the body's head count:
// "the ambassador to Mexico" is not Mexico's.
func stateOf(text string) string {
	ws := strings.Fields(text)
	for len(ws) > 0 {
		switch strings.ToLower(ws[0]) {
		case "the", "a", "an", "former", "acting", "deputy", "senior", "top":
			ws = ws[1:]
			continue
		}
		break
	}
	for n := min(3, len(ws)); n >= 1; n-- {
		if n == len(ws) {
			continue // a bare country is no body ("Nigeria" is folded elsewhere)
		}
		p := strings.TrimSuffix(strings.TrimSuffix(strings.Join(ws[:n], " "), "'s"), "’s")
		t, norm, country, ok := entity.Lookup(p)
		if !ok || country == "" || t != entity.Place && t != entity.NORP || t == entity.Place && norm != country {
			continue // a city's officials ("Detroit officials") are no state's
		}
		if rest := strings.ToLower(strings.Join(ws[n:], " ")); typeOfWords(" "+rest+" ") == SourceGovernment {
			return country
		}
	}
	return ""
}

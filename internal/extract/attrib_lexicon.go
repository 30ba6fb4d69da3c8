package extract

import (
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
)

// Facts about English attribution: reporting verbs with their inflections,
// the words that make up a speaker description, and the nouns that mark a
// speaker as a document, a publication, an organization or an unnamed
// source. All tables are package-level and immutable after initialization.

// Cue classes.
const (
	cueSay      uint8 = iota + 1 // said, stated, claimed: content is a clause or a quote
	cueTell                      // told, informed, assured: an addressee comes before the content
	cueDescribe                  // described … as, called … a: the object is characterized
	cueDeny                      // denied, refuted, rejected, dismissed: the object is the target
	cueConfirm                   // confirmed, acknowledged, verified
	cueQuestion                  // questioned, doubted
	cueShow                      // showed, indicated (documents and data)
	cueRead                      // "read the letter" (inverted only)
	cueThink                     // believes, thinks, wants: attitudes (PolNeAR counts them)
	cueAct                       // criticized, urged, endorsed: speech acts and attitudes toward an object
)

// attrCue describes one word form of a reporting verb.
type attrCue struct {
	cls  uint8
	ing  bool // present participle: "saying", "adding"
	past bool // past participle form, may be passive: "was confirmed"
	base bool // bare infinitive: "to say"
	s3   bool // third person singular: "says"
}

// attrCueForms lists reporting verbs as "base 3sg past participle [past-participle]".
var attrCueForms = []struct {
	forms string
	cls   uint8
}{
	{"say says said saying", cueSay},
	{"add adds added adding", cueSay},
	{"state states stated stating", cueSay},
	{"announce announces announced announcing", cueSay},
	{"claim claims claimed claiming", cueSay},
	{"insist insists insisted insisting", cueSay},
	{"stress stresses stressed stressing", cueSay},
	{"warn warns warned warning", cueSay},
	{"write writes wrote writing written", cueSay},
	{"report reports reported reporting", cueSay},
	{"note notes noted noting", cueSay},
	{"argue argues argued arguing", cueSay},
	{"explain explains explained explaining", cueSay},
	{"declare declares declared declaring", cueSay},
	{"tweet tweets tweeted tweeting", cueSay},
	{"suggest suggests suggested suggesting", cueSay},
	{"reveal reveals revealed revealing", cueSay},
	{"predict predicts predicted predicting", cueSay},
	{"promise promises promised promising", cueSay},
	{"vow vows vowed vowing", cueSay},
	{"pledge pledges pledged pledging", cueSay},
	{"assert asserts asserted asserting", cueSay},
	{"maintain maintains maintained maintaining", cueSay},
	{"contend contends contended contending", cueSay},
	{"emphasize emphasizes emphasized emphasizing", cueSay},
	{"emphasise emphasises emphasised emphasising", cueSay},
	{"recall recalls recalled recalling", cueSay},
	{"respond responds responded responding", cueSay},
	{"reply replies replied replying", cueSay},
	{"continue continues continued continuing", cueSay},
	{"conclude concludes concluded concluding", cueSay},
	{"accuse accuses accused accusing", cueSay},
	{"allege alleges alleged alleging", cueSay},
	{"charge charges charged charging", cueSay},
	{"complain complains complained complaining", cueSay},
	{"concede concedes conceded conceding", cueSay},
	{"admit admits admitted admitting", cueConfirm},
	{"acknowledge acknowledges acknowledged acknowledging", cueConfirm},
	{"confirm confirms confirmed confirming", cueConfirm},
	{"verify verifies verified verifying", cueConfirm},
	{"deny denies denied denying", cueDeny},
	{"refute refutes refuted refuting", cueDeny},
	{"reject rejects rejected rejecting", cueDeny},
	{"dismiss dismisses dismissed dismissing", cueDeny},
	{"dispute disputes disputed disputing", cueDeny},
	{"rebut rebuts rebutted rebutting", cueDeny},
	{"disagree disagrees disagreed disagreeing", cueDeny},
	{"contradict contradicts contradicted contradicting", cueDeny},
	{"play plays played playing", cueDeny},    // only "played down" (analyze)
	{"point points pointed pointing", cueSay}, // only "pointed out"
	{"downplay downplays downplayed downplaying", cueDeny},
	{"question questions questioned questioning", cueQuestion},
	{"doubt doubts doubted doubting", cueQuestion},
	{"tell tells told telling", cueTell},
	{"inform informs informed informing", cueTell},
	{"assure assures assured assuring", cueTell},
	{"remind reminds reminded reminding", cueTell},
	{"ask asks asked asking", cueTell},
	{"describe describes described describing", cueDescribe},
	{"call calls called calling", cueDescribe},
	{"show shows showed showing shown", cueShow},
	{"indicate indicates indicated indicating", cueShow},
	{"find finds found finding", cueShow},
	{"read reads read reading", cueRead},
	{"believe believes believed believing", cueThink},
	{"think thinks thought thinking", cueThink},
	{"hope hopes hoped hoping", cueThink},
	{"fear fears feared fearing", cueThink},
	{"expect expects expected expecting", cueThink},
}

// attrActVerbs are regular verbs of speech acts and attitudes whose object
// or complement is what is attributed ("Trump criticized the deal"); their
// forms are generated by attrInflect.
const attrActVerbs = `support endorse criticize want cite urge propose refuse defend oppose agree praise mention
attack discuss denounce consider blast blame express challenge condemn decry mock reiterate echo
highlight answer recognize invoke tout recount compare accept unveil thank portray estimate encourage
eviscerate joke lament threaten welcome recommend promote applaud remark quote imply shout bemoan assail
articulate chant signal rebuke realize champion celebrate boast caution deride label lambaste hail credit
congratulate speculate proclaim voice yell worry wonder demand comment suspect guess envision imagine
acknowledge observe testify lash praise concede criticise urge request vow assure
seem appear decline talk post view favor repeat learn determine
retweet nominate sound complain predict insist suggest fault dismiss scoff brag argue tease plead
question reject downplay insinuate acknowledge disavow distance disagree dispute pledge recommend weigh`

// attrActIrregular lists verbs whose forms are not regular, as "base 3sg past ing [participle]".
var attrActIrregular = []string{
	"know knows knew knowing",
	"understand understands understood understanding",
	"feel feels felt feeling",
	"seek seeks sought seeking",
	"slam slams slammed slamming",
	"knock knocks knocked knocking",
	"offer offers offered offering",
	"fault faults faulted faulting",
	"hint hints hinted hinting",
	"plead pleads pleaded pleading",
	"forecast forecasts forecast forecasting",
	"swear swears swore swearing sworn",
	"see sees saw seeing",
	"forget forgets forgot forgetting forgotten",
	"admit admits admitted admitting",
	"regret regrets regretted regretting",
	"refer refers referred referring",
	"plan plans planned planning",
	"prefer prefers preferred preferring",
	"dub dubs dubbed dubbing",
	"rebut rebuts rebutted rebutting",
}

// attrInflect returns "base 3sg past ing" for a regular verb.
func attrInflect(v string) string {
	n := len(v)
	last := v[n-1]
	s3, past, ing := v+"s", v+"ed", v+"ing"
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
		s3 = v + "es"
	case last == 'y' && n > 1 && !strings.ContainsRune("aeiou", rune(v[n-2])):
		s3, past = v[:n-1]+"ies", v[:n-1]+"ied"
	}
	if last == 'e' {
		past = v + "d"
		if !strings.HasSuffix(v, "ee") {
			ing = v[:n-1] + "ing"
		}
	}
	return v + " " + s3 + " " + past + " " + ing
}

// attrCueTable maps a lower-case word form to its cue description. It is
// read once per word token: segment.Lexicon turns away most absent words by
// their first byte, last byte and length without hashing.
var attrCueTable = segment.LexiconOf(func() map[string]attrCue {
	m := make(map[string]attrCue, len(attrCueForms)*4)
	all := attrCueForms[:len(attrCueForms):len(attrCueForms)]
	for _, f := range attrActIrregular {
		all = append(all, struct {
			forms string
			cls   uint8
		}{f, cueAct})
	}
	for _, v := range strings.Fields(attrActVerbs) {
		all = append(all, struct {
			forms string
			cls   uint8
		}{attrInflect(v), cueAct})
	}
	for _, e := range all {
		if _, dup := m[strings.Fields(e.forms)[0]]; dup && e.cls == cueAct {
			continue // a verb already listed with a more specific class
		}
		f := strings.Fields(e.forms)
		for i, w := range f {
			c := attrCue{cls: e.cls}
			switch i {
			case 0:
				c.base = true
			case 2, 4:
				c.past = true
			case 1:
				c.s3 = true
			case 3:
				c.ing = true
			}
			if old, ok := m[w]; ok { // "read" is base and past
				c.base = c.base || old.base
				c.past = c.past || old.past
			}
			m[w] = c
		}
	}
	return m
}())

// attrAux reports words that may stand between a subject and its reporting
// verb and belong to the cue ("has said", "also told", "was refuting").
func attrAux(w string) bool {
	switch w {
	case "has", "have", "had", "also", "will", "would", "did", "does", "do", "is", "was", "were", "are",
		"been", "be", "reportedly", "later", "then", "again", "previously", "publicly", "privately",
		"repeatedly", "officially", "recently", "earlier", "further", "flatly", "quickly", "not", "didn't",
		"doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "didn’t", "doesn’t", "don’t", "won’t",
		"once", "never", "often", "now", "still", "just", "first", "separately", "initially", "can", "could", "may", "might", "should", "must":
		return true
	}
	return false
}

// attrBe reports forms of "to be" that make a past participle passive.
func attrBe(w string) bool {
	switch w {
	case "is", "was", "were", "are", "been", "be", "being":
		return true
	}
	return false
}

// attrDet reports determiners and quantifiers that open a noun phrase.
func attrDet(w string) bool {
	switch w {
	case "the", "a", "an", "another", "one", "two", "three", "some", "several", "many", "most", "other",
		"his", "her", "its", "their", "our", "this", "these", "those", "both":
		return true
	}
	return false
}

// attrPronoun classifies subject pronouns: 'p' person, 'n' neuter, 'g'
// plural, 's' the speaker or audience themselves (I, we, you).
func attrPronoun(w string) byte {
	switch w {
	case "he", "she":
		return 'p'
	case "it":
		return 'n'
	case "they":
		return 'g'
	case "i", "we", "you":
		return 's'
	}
	return 0
}

// attrClauseWord reports words that cannot be inside a subject noun phrase
// to the left of a cue: they start or join clauses.
func attrClauseWord(w string) bool {
	switch w {
	case "and", "but", "or", "because", "while", "when", "if", "since", "although", "though", "so", "that",
		"which", "who", "whom", "where", "after", "before", "as", "has", "have", "had", "is", "was", "were",
		"are", "will", "would", "could", "should", "can", "may", "might", "must", "not", "also", "however",
		"yet", "than", "then", "whether", "said", "says", "told", "there", "what", "how", "why", "until",
		"unless", "meanwhile", "instead", "thus", "therefore", "do", "does", "did", "be", "been":
		return true
	}
	return false
}

// attrNPStop reports words that end a noun phrase scanned rightwards from a
// cue ("said Gen. Joseph Dunford in a statement").
func attrNPStop(w string) bool {
	switch w {
	case "in", "on", "at", "during", "when", "after", "before", "while", "to", "that", "who", "which",
		"because", "as", "last", "this", "earlier", "later", "on tuesday", "and", "but", "told", "said",
		"says", "according", "since", "if", "about", "into", "than", "via", "through", "adding", "saying",
		"is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "should", "can", "may",
		"might", "whose", "where", "recently", "yesterday", "today", "tonight", "monday", "tuesday",
		"wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
		"june", "july", "august", "september", "october", "november", "december", "published", "released",
		"over", "under", "not", "it", "he", "she", "they", "there", "also", "then", "now", "had been":
		return true
	}
	return false
}

// attrNPPrep reports prepositions allowed inside a speaker description
// ("an official with the coalition", "Secretary of Defense").
func attrNPPrep(w string) bool {
	switch w {
	case "of", "for", "with", "from", "at", "in", "by", "on", "against", "close", "familiar", "seen":
		return true
	}
	return false
}

// attrTitle reports titles and ranks that come before a name and are not
// part of it.
func attrTitle(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "gen", "general",
		"lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "adm",
		"admiral", "cmdr", "commander", "brig", "brigadier", "cpl", "corporal", "pvt", "private", "spc",
		"president", "vice", "secretary", "minister", "prime", "premier", "chancellor", "senator", "sen",
		"rep", "representative", "gov", "governor", "mayor", "judge", "justice", "chief", "chairman", "boss",
		"chairwoman", "chair", "director", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
		"king", "queen", "prince", "princess", "sheikh", "pope", "rev", "reverend", "father", "bishop",
		"cardinal", "rabbi", "imam", "ayatollah", "deputy", "acting", "former", "special", "senior", "top",
		"army", "navy", "marine", "corps", "air", "force", "defense", "defence", "state", "foreign", "interior",
		"us", "u.s.", "uk", "u.k.", "un", "u.n.", "attorney", "speaker", "leader", "ceo", "chef", "coach",
		"sheriff", "officer", "commissioner", "congressman", "congresswoman", "candidate", "nominee", "mp",
		"staff", "joint", "chiefs", "lawmaker", "executive", "head", "house", "white", "senate", "republican",
		"democrat", "democratic", "gop", "sec", "supt", "inspector", "detective", "constable", "assemblyman",
		"assemblywoman", "councilman", "councilwoman", "treasurer", "ex", "first", "economist", "analyst":
		return true
	}
	return false
}

// attrAnonHead reports head nouns of unnamed sources: a speaker described
// only by such a noun, with no name, is anonymous.
func attrAnonHead(w string) bool {
	switch w {
	case "official", "officials", "source", "sources", "officer", "officers", "diplomat", "diplomats",
		"aide", "aides", "insider", "insiders", "person", "people", "spokesman", "spokeswoman",
		"spokesperson", "representative", "representatives", "staffer", "staffers", "adviser", "advisers", "advisor", "advisors", "someone",
		"individual", "individuals", "employee", "employees", "member", "members", "lawmakers", "lawmaker",
		"analysts", "investigators", "investigator", "residents", "witnesses", "witness", "commander",
		"commanders", "administration", "operative", "operatives", "associate", "associates", "ally", "allies",
		"activists", "rescuers", "correspondents", "experts", "scientists", "doctors", "demonstrators",
		"protesters", "organizers", "organisers", "voters", "villagers", "survivors", "refugees", "medics",
		"observers", "monitors", "journalists", "eyewitnesses", "critics", "economists", "researchers",
		"hostage", "hostages", "captive", "captives", "detainee", "detainees", "prisoner", "prisoners":
		return true
	}
	return false
}

// attrAnonWord reports words that mark a statement as made on condition of
// anonymity when they occur in the speaker's description or sentence.
func attrAnonWord(w string) bool {
	switch w {
	case "anonymous", "anonymity", "anonymously", "unnamed", "unidentified", "undisclosed", "unauthorized":
		return true
	}
	return false
}

// attrDocHead reports nouns for documents that "say", "show" or are "read".
func attrDocHead(w string) bool {
	switch w {
	case "letter", "letters", "report", "reports", "statement", "memo", "memorandum", "document", "documents",
		"study", "survey", "poll", "polls", "data", "analysis", "email", "emails", "filing", "filings",
		"records", "record", "figures", "statistics", "cable", "draft", "assessment", "review", "complaint",
		"lawsuit", "indictment", "order", "note", "message", "transcript", "release", "footage", "video",
		"photos", "tweet", "post", "research", "paper", "estimate", "estimates", "count", "census", "audit",
		"documentation", "file", "files", "papers", "agreement", "plan", "proposal", "bill", "law", "website",
		"tally", "tallies", "toll", "numbers", "autopsy", "autopsies", "investigation", "inquiry",
		"database", "databases", "registry", "log", "logs", "logbook", "manifest", "dossier":
		return true
	}
	return false
}

// attrPubHead reports nouns for published news pieces; "the article"
// resolves to the outlet named nearby.
func attrPubHead(w string) bool {
	switch w {
	case "article", "story", "newspaper", "paper", "outlet", "magazine", "daily", "broadcaster", "network",
		"report", "reports", "agency", "channel", "website", "tabloid", "station", "television", "tv", "radio":
		return true
	}
	return false
}

// attrOutletWord reports capitalized words that mark a news outlet's name.
func attrOutletWord(w string) bool {
	switch w {
	case "times", "post", "journal", "news", "reuters", "afp", "ap", "associated", "press", "cnn", "bbc",
		"nbc", "cbs", "abc", "fox", "msnbc", "npr", "guardian", "telegraph", "tribune", "herald", "gazette",
		"bloomberg", "politico", "axios", "economist", "independent", "observer", "chronicle", "daily",
		"mail", "express", "mirror", "sun", "standard", "inquirer", "globe", "examiner", "breitbart",
		"huffpost", "huffington", "buzzfeed", "vox", "slate", "atlantic", "newsweek", "time", "forbes",
		"yorker", "jazeera", "rudaw", "kurdistan24", "xinhua", "tass", "interfax", "dpa", "ansa", "efe",
		"kyodo", "yonhap", "sana", "irna", "mena", "petra", "wafa", "kuna", "anadolu", "fars", "tasnim", "mehr",
		"arabiya", "ria", "sputnik", "tv", "television", "radio", "agency", "wsj",
		"nyt", "usa", "hill", "intercept", "wire", "networks", "cnbc", "euronews", "france24", "courier",
		"star", "bulletin", "dispatch", "monitor", "register", "gazette's", "pravda", "izvestia", "spiegel",
		"monde", "figaro", "haaretz", "yomiuri", "asahi", "hindu", "dawn", "nation":
		return true
	}
	return false
}

// attrOrgWord reports words that mark an organization as a speaker.
func attrOrgWord(w string) bool {
	switch w {
	case "ministry", "department", "pentagon", "coalition", "government", "army", "military", "party",
		"committee", "council", "agency", "office", "administration", "company", "corporation", "inc",
		"ltd", "group", "organization", "organisation", "union", "commission", "campaign", "court",
		"police", "forces", "command", "authority", "authorities", "bank", "board", "senate", "congress",
		"parliament", "assembly", "kremlin", "white", "embassy", "foundation", "institute", "university",
		"association", "federation", "alliance", "nato", "un", "cabinet", "presidency", "service", "bureau",
		"center", "centre", "team", "movement", "front", "network", "club", "firm", "fund", "regime", "state",
		"directorate", "secretariat", "mission", "staff", "spokesperson's", "troops", "house", "unit", "navy",
		"brotherhood", "observatory", "crescent", "cross", "international", "watch", "committees", "brigade",
		"brigades", "battalion", "corps", "programme", "program", "society", "ministries":
		return true
	}
	return false
}

// attrSayLike reports verbs that, as present participles after a comma,
// attach a second content to the sentence's speaker ("…, adding that …").
func attrSayLike(c attrCue) bool {
	return c.ing && c.cls != cueThink && c.cls != cueRead && c.cls != cueShow
}

// attrPrep reports prepositions: a verb form right after one is a noun
// ("after reports claimed").
func attrPrep(w string) bool {
	switch w {
	case "of", "for", "with", "from", "by", "against", "at", "in", "on", "to", "after", "before", "about",
		"over", "under", "into", "despite", "amid", "following", "per", "like", "than", "as":
		return true
	}
	return false
}

// attrTimeWord reports time adverbials that may stand between a subject and
// its cue ("Trump on Friday said").
func attrTimeWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
		"tonight", "morning", "afternoon", "evening", "night", "last", "earlier", "later", "recently", "on":
		return true
	}
	return false
}

// attrCommonBase reports reporting verbs common enough in the plural present
// ("officials say") to be taken as cues after a bare noun.
func attrCommonBase(w string) bool {
	switch w {
	case "say", "tell", "claim", "insist", "argue", "believe", "think", "warn", "want", "note", "report",
		"estimate", "agree", "expect", "fear", "hope", "worry", "contend", "suggest", "acknowledge", "deny",
		"predict", "write", "show", "find", "allege", "complain", "caution", "fault", "accuse", "blame",
		"criticize", "support", "oppose", "urge", "question", "doubt", "dispute", "reject", "confirm", "add":
		return true
	}
	return false
}

// attrMonth reports month names.
func attrMonth(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "week", "month", "year":
		return true
	}
	return false
}

// attrSubordinator reports words that open a fronted adverbial clause.
func attrSubordinator(w string) bool {
	switch w {
	case "when", "if", "although", "though", "while", "as", "because", "since", "unless", "once", "whether",
		"even", "despite", "through", "with", "without", "for", "after", "before", "until", "speaking",
		"asked", "yet", "still", "ultimately", "likely", "meanwhile", "however", "instead", "now", "then":
		return true
	}
	return false
}

// attrLabelWord reports line labels that are not speakers ("Update:",
// "Photo:").
func attrLabelWord(w string) bool {
	switch w {
	case "note", "update", "updated", "editor", "editors", "photo", "photos", "video", "source", "sources",
		"related", "read", "watch", "listen", "correction", "disclosure", "follow", "also", "warning",
		"breaking", "exclusive", "caption", "credit", "image", "images", "advertisement", "subscribe", "share",
		"tags", "topics", "by", "date", "title", "published", "posted", "more", "see", "q", "a", "live",
		"analysis", "opinion", "editorial", "comment", "review", "transcript", "audio", "map", "chart", "graphic",
		"latest", "name", "age", "city", "job", "location", "time", "place", "when", "where", "why", "what", "how",
		"in", "is", "win", "wins", "photograph", "photographs", "picture", "pictures", "illustration", "footage", "pic":
		return true
	}
	return false
}

// attrQuant reports quantifiers that open a subject ("half said", "most
// say", "about four in 10 voters said").
func attrQuant(w string) bool {
	switch w {
	case "half", "most", "many", "few", "more", "fewer", "about", "nearly", "almost", "only", "just", "over",
		"roughly", "around", "majority", "majorities", "all", "none", "each", "every", "everyone", "nobody",
		"somebody", "someone", "others", "six", "seven", "eight", "nine", "ten", "four", "five", "twenty":
		return true
	}
	return false
}

// attrNounModifier reports determiners and adjectives that modify a noun
// after them rather than name anyone: a verb form that is also a plural noun
// after one is that noun ("such comments", "initial reports", "other
// estimates").
func attrNounModifier(w string) bool {
	switch w {
	case "such", "other", "some", "several", "many", "most", "these", "those", "both", "all", "initial", "early",
		"earlier", "latest", "recent", "previous", "new", "further", "first", "conflicting", "unconfirmed":
		return true
	}
	return false
}

// attrNounPlural reports third-person verb forms that are more often plural
// nouns ("attacks", "states", "questions").
func attrNounPlural(w string) bool {
	switch w {
	case "states", "attacks", "questions", "comments", "remarks", "offers", "challenges", "supports", "calls",
		"demands", "concerns", "plans", "worries", "fears", "hopes", "doubts", "reports", "claims", "notes",
		"shows", "finds", "records", "counts", "estimates", "threats", "promises", "pledges", "complaints",
		"charges", "quotes", "labels", "credits", "backs", "echoes", "answers", "requests", "signals",
		"voices", "jokes", "proposals", "reads", "thanks", "welcomes", "blasts", "slams", "praises",
		"responds", "replies", "accepts", "results", "lists", "wants", "observes", "guesses", "tweets", "posts",
		"statements", "denials", "mentions", "recalls", "cites", "votes", "urges", "needs", "advocates", "views",
		"shares", "points", "rules", "means", "emails", "speaks", "findings":
		return true
	}
	return false
}

// attrArticle reports articles and possessives: a verb form right after one
// is a noun ("the report", "his claims").
func attrArticle(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "another":
		return true
	}
	return false
}

// attrTimeNoun reports nouns of fronted time adverbials ("Hours later",
// "This year").
func attrTimeNoun(w string) bool {
	switch w {
	case "year", "years", "day", "days", "hour", "hours", "minute", "minutes", "month", "months", "week", "weeks",
		"morning", "night", "evening", "afternoon", "ago", "later", "earlier", "moments", "time", "decades",
		"yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// attrCuePrefix marks the first two letters of every cue form, so that most
// words are ruled out before the lexicon lookup.
var attrCuePrefix = func() (t [26 * 26]bool) {
	attrCueTable.Each(func(w string, _ attrCue) {
		if len(w) >= 2 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'a' && w[1] <= 'z' {
			t[int(w[0]-'a')*26+int(w[1]-'a')] = true
		}
	})
	return
}()

// attrMaybeCue reports whether w may be a cue form (w is lower case).
func attrMaybeCue(w string) bool {
	if len(w) < 2 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' {
		return false
	}
	return attrCuePrefix[int(w[0]-'a')*26+int(w[1]-'a')]
}

// attrWeakForm reports verb forms that are rarely reporting verbs in news
// prose (mostly nouns or other senses: "the states", "terror attacks", "I
// saw", "found guilty"); they are not taken as cues. Measured on the
// PolNeAR train split: each was right less than a third of the time.
func attrWeakForm(w string) bool {
	switch w {
	case "attacks", "state", "states", "report", "comment", "consider", "continuing", "feels", "maintains",
		"maintained", "maintain", "appear", "find", "favors", "responding", "seeing", "supporting", "planned",
		"saw", "support", "call", "endorse", "talk", "offer":
		return true
	}
	return false
}

// attrMannerAdverb reports an adverb of manner that may stand between a
// subject and its reporting verb: "strenuously denied", "categorically
// rejected".
func attrMannerAdverb(w string) bool {
	switch w {
	case "strenuously", "strongly", "categorically", "vehemently", "firmly", "emphatically", "angrily", "swiftly",
		"flatly", "quickly", "immediately", "promptly", "consistently", "adamantly", "vigorously", "robustly",
		"hotly", "roundly", "sharply", "steadfastly", "strenously", "indignantly", "implicitly", "explicitly":
		return true
	}
	return false
}

// attrPointForm reports forms of "point", a cue only in "pointed out"
// ("As Reuters pointed out, …"); "pointed to" and "pointed a gun" are not.
func attrPointForm(w string) bool {
	switch w {
	case "point", "points", "pointed", "pointing":
		return true
	}
	return false
}

// attrPlayForm reports forms of "play", a cue only in "played down".
func attrPlayForm(w string) bool {
	return w == "play" || w == "plays" || w == "played" || w == "playing"
}

// attrClaimNoun reports nouns for what is said or believed, which reject,
// dismiss, dispute and refute take when they deny: "rejected the claims",
// "dismissed the report", "disputed the figures".
func attrClaimNoun(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "claim", "report", "allegation", "accusation", "charge", "suggestion", "notion", "idea", "speculation",
		"rumor", "rumour", "talk", "criticism", "comment", "remark", "statement", "account", "figure", "estimate",
		"finding", "characterisation", "characterization", "fear", "concern", "assertion", "story", "storie",
		"version", "conclusion", "assessment", "view", "theory", "premise", "possibility", "prospect", "toll",
		"number", "data", "evidence", "analysi", "interpretation", "description", "portrayal", "depiction",
		"comparison", "insinuation", "warning", "prediction", "forecast", "assumption", "argument", "suspicion",
		"contention", "impression", "perception", "picture", "narrative", "propaganda", "lie", "assurance",
		"explanation", "verdict", "testimony", "evaluation", "projection", "calculation", "count", "tallie",
		"tally", "statistic", "assertation", "article", "coverage", "rhetoric", "message", "reasoning", "logic",
		"link", "connection", "involvement", "responsibility", "wrongdoing", "role", "knowledge", "existence",
		"accuracy", "authenticity", "validity", "truth", "credibility", "basis", "motive", "attempt", "mistake",
		"failure", "complicity", "blame", "guilt", "negligence", "thesis", "hypothesi", "belief", "perspective",
		"depictions", "word", "line", "point", "fact":
		return true
	}
	return false
}

// attrActNoun reports nouns for acts, offers and people that reject and
// dismiss take when they refuse or fire, not deny.
func attrActNoun(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "request", "invitation", "offer", "bid", "proposal", "appeal", "application", "talk", "negotiation",
		"dialogue", "dialog", "deal", "plan", "call", "demand", "ultimatum", "resolution", "motion", "government",
		"cabinet", "minister", "executive", "staff", "employee", "worker", "official", "use", "advice",
		"recommendation", "candidate", "nomination", "settlement", "compromise", "ceasefire", "truce",
		"initiative", "amendment", "bill", "measure", "legislation", "budget", "package", "ad", "aid", "help":
		return true
	}
	return false
}

// attrWithheld reports nouns for what is refused or withheld: "denied a
// visa", "denied access", "denied bail" are no denials.
func attrWithheld(w string) bool {
	switch w {
	case "request", "requests", "access", "entry", "visa", "visas", "bail", "permission", "seat", "seats", "fund",
		"funds", "funding", "aid", "right", "rights", "opportunity", "opportunities", "justice", "treatment",
		"care", "passage", "application", "asylum", "service", "services", "membership", "chance", "food",
		"water", "medicine", "license", "licence", "permit", "parole", "admission", "boarding", "landing",
		"invitation", "invitations", "offer", "offers", "bid", "bids", "appeal", "appeals", "proposal",
		"proposals", "talks", "calls", "demands", "demand", "government", "cabinet", "use", "advice",
		"recommendation", "recommendations", "ad", "ads":
		return true
	}
	return false
}

// attrPeopleNoun reports nouns for unnamed people who speak as a group or
// as one of many: "witnesses", "activists", "a rescue worker", "one man".
// They are anonymous sources, not persons.
func attrPeopleNoun(w string) bool {
	switch w {
	case "activist", "activists", "rescuer", "rescuers", "correspondent", "correspondents", "expert", "experts",
		"scientist", "scientists", "doctor", "doctors", "demonstrator", "demonstrators", "protester", "protesters",
		"protestor", "protestors", "organizer", "organizers", "organiser", "organisers", "voter", "voters",
		"respondent", "respondents", "villager", "villagers", "survivor", "survivors", "refugee", "refugees",
		"relative", "relatives", "neighbour", "neighbours", "neighbor", "neighbors", "worker", "workers", "medic",
		"medics", "monitor", "monitors", "observer", "observers", "local", "locals", "man", "woman", "men",
		"women", "journalist", "journalists", "blogger", "bloggers", "critic", "critics", "opponent", "opponents",
		"supporter", "supporters", "economist", "economists", "researcher", "researchers", "trader", "traders",
		"managers", "campaigner", "campaigners", "farmer", "farmers", "fishermen", "eyewitness", "eyewitnesses",
		"mourner", "mourners", "soldier", "soldiers", "rebel", "rebels", "fighter", "fighters", "defector",
		"defectors", "detainee", "detainees", "prisoner", "prisoners", "student", "students", "nurse", "nurses",
		"physician", "physicians", "engineer", "engineers", "experts'", "dissident", "dissidents", "citizen",
		"citizens", "inhabitant", "inhabitants", "forecasters", "forecaster", "pollsters", "others", "anyone":
		return true
	}
	return false
}

// attrCompanyNoun reports nouns a text uses to refer back to a company it
// has named: "the company", "the oil giant", "the lender".
func attrCompanyNoun(w string) bool {
	switch w {
	case "company", "firm", "giant", "corporation", "carrier", "lender", "insurer", "manufacturer", "producer",
		"operator", "contractor", "retailer", "airline", "conglomerate", "multinational", "supermajor", "driller",
		"bank", "group's", "major", "maker", "supplier":
		return true
	}
	return false
}

// attrRoleHas reports whether a person's role fits a title description's
// head: "chief executive" fits "the BP boss" and "the BP chief".
func attrRoleHas(role, head string) bool {
	if attrHasWord(role, head) {
		return true
	}
	switch head {
	case "boss", "chief", "head":
		return attrHasWord(role, "executive") || attrHasWord(role, "ceo") || attrHasWord(role, "chief") ||
			attrHasWord(role, "head") || attrHasWord(role, "boss")
	}
	return false
}

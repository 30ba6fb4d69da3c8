package ledger

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// Judge is a stance model: does text support, deny, merely observe, or not
// concern claim? internal/stance provides one; nil means lexical evidence only.
type Judge interface {
	Judge(claim, text string) (stance string, confidence float64)
}

// Stances a Judge returns.
const (
	JudgeSupports  = "supports"
	JudgeDenies    = "denies"
	JudgeObserves  = "observes"
	JudgeUnrelated = "unrelated"
)

// LinkFrom is a denying or confirming statement looking for its target.
type LinkFrom struct {
	Statement *extract.Statement
	Article   int64
	Group     int64
	Published document.Date
	// Target is the text of the statement's target (what it denies), and
	// Content its own words; Sentence the sentence it stands in.
	Target, Content, Sentence string
}

// LinkCandidate is a claim (statement) or report (figure) that a denial or
// confirmation may be about.
type LinkCandidate struct {
	Kind      string // "statement" | "figure"
	ID        int64
	Article   int64
	Group     int64
	Published document.Date
	Outlet    string // outlet of the candidate's article
	Speaker   string // statement speaker, or figure source
	Text      string // statement content, or the figure's sentence
	Value     *float64
	Subject   Subject
	Stance    string // statements: their stance
	// Sentence is the candidate's sentence in its article (zero when not
	// known): where it stands relative to a denial in the same article.
	Sentence document.Span
	// Cue is a statement's reporting verb as written ("alleged"), empty
	// for figures: an anaphoric denial ("rejected the allegation") names
	// the kind of speech it answers.
	Cue string
}

// LinkThreshold is the confidence a link needs to be kept; MaxLinks caps
// the links kept per denial or confirmation.
const (
	LinkThreshold = 0.5
	MaxLinks      = 5
)

// Weights of the link features.
const (
	wSameArticle = 0.20
	wSource      = 0.35
	wText        = 0.40
	wValue       = 0.25
	wSubject     = 0.15
	wTimeNear    = 0.10
	// minTextSim is the text similarity that counts as content evidence
	// for a statement target; minShared the distinct content words a
	// candidate must share with the target and content for any text
	// evidence (one shared word, "politics" or "death", is chance).
	minTextSim = 0.3
	minShared  = 2
	// crossTextSim: across articles, the similarity two shared words need.
	crossTextSim = 0.75
	// copyOverlap: a candidate in another article sharing this much of
	// the denial's sentence is a copy of the denial, not what it denies.
	copyOverlap = 0.8
	wJudge      = 0.20
	penaltyFar  = 0.20
	// In the denial's own article: the sentence just before it (where "X
	// dismissed those comments" finds the comments), the few before it,
	// and a claim far from it or after it.
	wPrevious    = 0.30
	wNear        = 0.10
	penaltyAfar  = 0.15
	nearBytes    = 400 // about two sentences of news prose
	previousGap  = 3   // bytes between two adjacent sentences
	anaphorWords = 1   // a target with at most this many content words points back ("those comments")
	// wSpeechKind: an anaphoric denial's noun names the candidate's act
	// ("rejected the allegation" → "… alleged that …"); with "near" it
	// reaches a claim two sentences back.
	wSpeechKind = 0.20
)

var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "to": true, "in": true, "on": true,
	"at": true, "by": true, "for": true, "with": true, "from": true, "that": true, "this": true, "these": true,
	"those": true, "it": true, "its": true, "is": true, "are": true, "was": true, "were": true, "be": true,
	"been": true, "being": true, "has": true, "have": true, "had": true, "will": true, "would": true,
	"could": true, "should": true, "can": true, "may": true, "might": true, "said": true, "says": true,
	"say": true, "not": true, "no": true, "as": true, "but": true, "if": true, "than": true, "their": true,
	"they": true, "them": true, "he": true, "she": true, "his": true, "her": true, "we": true, "our": true,
	"you": true, "i": true, "there": true, "which": true, "who": true, "what": true, "about": true,
	"report": true, "reports": true, "reported": true, "media": true, "article": true, "claim": true,
	"claims": true, "claimed": true, "statement": true, "also": true, "into": true, "out": true, "up": true,
}

// ContentWords returns the folded content words of s (stop words dropped,
// plural -s stripped, numbers kept without separators).
func ContentWords(s string) []string {
	w := normWords(s)
	out := w[:0]
	for _, x := range w {
		x = strings.Trim(x, "-'")
		if x == "" || stopWords[x] {
			continue
		}
		if n := numberWord(x); n != "" {
			out = append(out, n)
			continue
		}
		if len(x) > 3 && strings.HasSuffix(x, "s") && !strings.HasSuffix(x, "ss") {
			x = x[:len(x)-1]
		}
		out = append(out, x)
	}
	return out
}

// numberWord normalizes "1,000" (split by normWords as "1" "000") is not
// joined here; digits-only words are returned as they are.
func numberWord(x string) string {
	for i := 0; i < len(x); i++ {
		if x[i] < '0' || x[i] > '9' {
			return ""
		}
	}
	return x
}

// numbersIn returns the numeric values written in s ("1,000", "5,262",
// "2.5").
func numbersIn(s string) []float64 {
	var out []float64
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i
		var b []byte
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || (s[j] == ',' || s[j] == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
			if s[j] != ',' {
				b = append(b, s[j])
			}
			j++
		}
		if v, err := strconv.ParseFloat(string(b), 64); err == nil {
			out = append(out, v)
		}
		i = j
	}
	return out
}

// Outlets returns the folded names of news organisations mentioned in s.
func Outlets(s string) []string {
	w := normWords(s)
	var out []string
	for i := 0; i < len(w); i++ {
		for n := 5; n >= 1; n-- {
			if i+n > len(w) {
				continue
			}
			if o, ok := outletAliases[strings.Join(w[i:i+n], " ")]; ok {
				out = append(out, o)
				i += n - 1
				break
			}
		}
	}
	return out
}

// foldName folds a speaker or outlet name for comparison.
func foldName(s string) string {
	w := normWords(s)
	for len(w) > 0 && dropWords[w[0]] {
		w = w[1:]
	}
	j := strings.Join(w, " ")
	if o, ok := outletAliases[j]; ok {
		return o
	}
	return j
}

// overlap is |a∩b| / min(|a|,|b|) over word sets.
func overlap(a, b []string) float64 {
	n, na, nb := common(a, b)
	if n == 0 {
		return 0
	}
	return float64(n) / math.Min(float64(na), float64(nb))
}

// common counts the distinct words a and b share, and the distinct words
// of each.
func common(a, b []string) (n, na, nb int) {
	set := make(map[string]bool, len(a))
	for _, x := range a {
		set[x] = true
	}
	seen := make(map[string]bool, len(b))
	for _, x := range b {
		if set[x] && !seen[x] {
			n++
		}
		seen[x] = true
	}
	return n, len(set), len(seen)
}

// ScoreLink scores how likely the denial or confirmation from is about
// candidate c, and names the evidence. judge may be nil.
func ScoreLink(from *LinkFrom, c *LinkCandidate, judge Judge) (conf float64, reasons []string) {
	return NewLinkScorer(from, judge).Score(c)
}

// LinkScorer scores candidates for one denial or confirmation; what depends
// only on the denial is computed once.
type LinkScorer struct {
	from  *LinkFrom
	judge Judge
	named []string // outlets the target names
	// sentenceNamed: outlets named elsewhere in the denial's sentence, when
	// the target names none.
	sentenceNamed []string
	sentence      []string // content words of the denial's sentence
	specific      []string // words without genericWords
	words         []string // content words of target and content
	numbers       []float64
	tokens        map[string]bool // subject tokens of target and content
	// anaphor: the target names no claim of its own ("those comments",
	// "it", "the idea"): what it denies is in the sentences before it.
	anaphor bool
	// kindCues: for an anaphoric target, the reporting verbs (prefixes)
	// of the speech its noun names ("the allegation": alleged, accused).
	kindCues []string
}

// NewLinkScorer prepares scoring for from; judge may be nil.
func NewLinkScorer(from *LinkFrom, judge Judge) *LinkScorer {
	about := from.Target + " " + from.Content
	ls := &LinkScorer{from: from, judge: judge, words: ContentWords(about), numbers: numbersIn(about), tokens: map[string]bool{}}
	// Named source: "a report by The Wall Street Journal" meets claims
	// sourced to the WSJ or published by it. Only the target names it: an
	// outlet elsewhere in the sentence is the one relaying the denial
	// ("…, MENA reported"; "ElBaradei said on CNN").
	ls.sentence = ContentWords(from.Sentence)
	ls.named = Outlets(from.Target)
	if len(ls.named) == 0 && from.Target != "" {
		// The claim may stand in the denial's own sentence with its source
		// ("denied plans to leave after reports, a letter seen by Reuters
		// showed"): there the sentence's outlet names a speaker of the
		// same article, never an article's publisher.
		ls.sentenceNamed = Outlets(from.Sentence)
	}
	for _, t := range queryTokens(about) {
		ls.tokens[t] = true
	}
	ls.specific = specificWords(ls.words)
	ls.anaphor = len(specificWords(ContentWords(from.Target))) <= anaphorWords && len(specificWords(ContentWords(from.Content))) <= anaphorWords
	if ls.anaphor {
		ls.kindCues = speechKindCues(from.Target)
	}
	return ls
}

// speechKinds: the noun of an anaphoric denial names the act it answers —
// "rejected the allegation" answers what someone alleged, "disputed the
// findings" what a report found — so a statement with such a verb a
// sentence or two before is what is denied. Values are verb prefixes;
// "said" is every statement's verb and names no kind.
var speechKinds = map[string][]string{
	"allegation": {"alleg", "accus", "charg"}, "accusation": {"accus", "alleg", "charg", "blam"},
	"charge": {"charg", "accus", "alleg"}, "claim": {"claim", "alleg", "accus", "insist", "argu", "assert"},
	"report": {"report", "found"}, "finding": {"found", "conclud", "report"},
	"suggestion": {"suggest", "hint"}, "speculation": {"speculat", "suggest", "report"},
	"rumour": {"report"}, "rumor": {"report"},
	"criticism": {"critici", "accus", "blam"}, "comment": {"comment", "remark"},
	"remark": {"remark"}, "assertion": {"assert", "insist"},
}

// speechKindCues returns the verb prefixes of the last speech noun of
// target ("Anadarko's claims" → claim), or nil.
func speechKindCues(target string) []string {
	var cues []string
	for _, w := range normWords(target) {
		w = strings.TrimSuffix(w, "'s")
		if c, ok := speechKinds[w]; ok {
			cues = c
		} else if c, ok := speechKinds[strings.TrimSuffix(w, "s")]; ok {
			cues = c
		}
	}
	return cues
}

// kindMatch tells whether a statement's cue is one of the speech acts an
// anaphoric denial's noun names.
func (ls *LinkScorer) kindMatch(cue string) bool {
	cue = strings.ToLower(cue)
	for _, p := range ls.kindCues {
		if strings.HasPrefix(cue, p) {
			return true
		}
	}
	return false
}

// genericWords are content words that name a kind of speech, not what it
// says: "denied the claims", "dismissed those comments".
var genericWords = map[string]bool{
	"comment": true, "remark": true, "idea": true, "notion": true, "suggestion": true, "allegation": true,
	"accusation": true, "charge": true, "rumour": true, "rumor": true, "speculation": true, "story": true,
	"storie": true, "talk": true, "account": true, "assertion": true, "view": true, "true": true, "false": true,
	"wrong": true, "untrue": true, "incorrect": true, "reports": true, "news": true, "thing": true, "any": true,
	"all": true, "ever": true, "never": true, "something": true, "anything": true, "everything": true,
	"nothing": true, "one": true, "later": true, "earlier": true, "repeatedly": true, "strongly": true,
	"flatly": true, "strenuously": true, "categorically": true, "firmly": true, "suggestions": true,
}

// specificWords drops genericWords.
func specificWords(w []string) []string {
	out := w[:0:0]
	for _, x := range w {
		if !genericWords[x] {
			out = append(out, x)
		}
	}
	return out
}

// roleWords name a person's place in a body, not the body: "council
// spokesman" speaks for the council.
var roleWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokesmen": true,
	"official": true, "officials": true, "source": true, "sources": true, "representative": true, "lawyer": true,
	"lawyers": true, "aide": true, "aides": true, "staff": true, "staffer": true, "staffers": true, "head": true,
	"chief": true, "member": true, "members": true, "the": true, "a": true, "an": true, "of": true, "for": true,
	"at": true, "from": true, "senior": true, "two": true, "three": true, "some": true, "several": true}

// sameBody reports whether two speakers are one body: one's words, role
// words aside, are all among the other's ("council spokesman" and
// "Cardiff council"; "BP" and "a BP spokesman"; not "US officials" and
// "Iraqi officials").
func sameBody(a, b string) bool {
	if foldName(a) == foldName(b) {
		return a != "" || b != ""
	}
	core := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range normWords(s) {
			if !roleWords[w] {
				m[w] = true
			}
		}
		return m
	}
	x, y := core(a), core(b)
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	for w := range x {
		if !y[w] {
			return false
		}
	}
	return true
}

// hasWord reports whether w occurs in s as a whole word, ignoring case.
func hasWord(s, w string) bool {
	lw := strings.ToLower(w)
	for _, x := range normWords(s) {
		if x == lw {
			return true
		}
	}
	return false
}

// position tells where a candidate of the denial's own article stands:
// in its sentence, in the sentence just before, a sentence or two before,
// a sentence or two before or after, or elsewhere.
func position(denial, cand document.Span) string {
	switch {
	case denial.IsZero() || cand.IsZero():
		return ""
	case cand == denial:
		return "same-sentence"
	case cand.End <= denial.Start && denial.Start-cand.End <= previousGap:
		return "previous"
	case cand.End <= denial.Start && denial.Start-cand.End <= nearBytes,
		// The claim often follows its denial: "X refuted a report by the
		// Journal. The paper said …".
		cand.Start >= denial.End && cand.Start-denial.End <= nearBytes:
		return "near"
	}
	return "far"
}

// Score scores one candidate; see ScoreLink.
func (ls *LinkScorer) Score(c *LinkCandidate) (conf float64, reasons []string) {
	from := ls.from
	st := from.Statement
	if c.Kind == "statement" && c.Stance != "" && c.Stance != extract.Asserts {
		return 0, nil
	}
	if st.Speaker != "" && sameBody(c.Speaker, string(st.Speaker)) {
		return 0, nil // a speaker does not deny, or confirm, their own claim or figure
	}
	same := c.Article == from.Article
	pos := ""
	if same {
		conf += wSameArticle
		reasons = append(reasons, "same-article")
		switch pos = position(st.Sentence, c.Sentence); pos {
		case "previous":
			conf += wPrevious
			reasons = append(reasons, "previous-sentence")
		case "near":
			conf += wNear
			reasons = append(reasons, "near")
		case "far":
			conf -= penaltyAfar
		}
	}
	sourceMatch := false
	if len(ls.named) > 0 {
		sp, ou := foldName(c.Speaker), foldName(c.Outlet)
		if same {
			ou = "" // the article's own outlet is not a source it names
		}
		// A claim's speaker or publisher, never a mere mention: an outlet
		// named in a claim may be the one told ("confirmed … via e-mail
		// to CNN"), or a reader's comment about it.
		for _, n := range ls.named {
			if n == sp || n == ou || strings.Contains(sp, n) {
				sourceMatch = true
				break
			}
		}
	}
	if !sourceMatch && same {
		sp := foldName(c.Speaker)
		for _, n := range ls.sentenceNamed {
			if n == sp || strings.Contains(sp, n) {
				sourceMatch = true
				break
			}
		}
	}
	if !sourceMatch {
		if named, proper := namesSpeaker(from.Target, c.Speaker); named && (proper || c.Article == from.Article) {
			sourceMatch = true
		}
	}
	if sourceMatch {
		conf += wSource
		reasons = append(reasons, "source")
	}
	cw := ContentWords(c.Text)
	if same && st.Cue != "" && hasWord(c.Text, string(st.Cue)) &&
		(pos == "same-sentence" || overlap(ls.sentence, cw) >= copyOverlap) {
		// The statement that carries the denial ("HRW has confirmed 300
		// deaths, said an activist"), or the same line printed again
		// (a headline's summary), is not what it denies or confirms.
		return 0, nil
	}
	if pos == "same-sentence" && st.Stance == extract.Confirms && !sourceMatch {
		// What a confirmation's own sentence counts is what it states
		// ("staff confirmed more than 120 deaths"), not a claim it backs.
		return 0, nil
	}
	if !same && overlap(ls.sentence, cw) >= copyOverlap {
		return 0, nil // another outlet's copy of the denial itself ("…, MENA reported")
	}
	sim := 0.0
	if n, _, _ := common(ls.specific, cw); n >= minShared {
		sim = overlap(ls.words, cw)
		// Across articles two shared words are chance unless they are most
		// of the shorter text ("curfews in parts of the country" is not
		// "defied a government curfew" in another report).
		if !same && n < minShared+1 && sim < crossTextSim {
			sim = 0
		} else {
			conf += wText * sim
			reasons = append(reasons, "text")
		}
	}
	valueMatch := false
	if c.Value != nil {
		for _, v := range ls.numbers {
			if v == *c.Value {
				conf += wValue
				reasons = append(reasons, "value")
				valueMatch = true
				break
			}
		}
	}
	// Content evidence is required: a denial of a figure quotes its number
	// or names its source; a denial of a statement shares its words or
	// names its speaker. Being near is not enough.
	if c.Kind == "figure" && !valueMatch && !sourceMatch {
		return 0, nil
	}
	// A target that only points back ("dismissed those comments") has
	// its content in the sentences just before it.
	pointsBack := ls.anaphor && (pos == "previous" || pos == "near")
	if pointsBack && c.Kind == "statement" && c.Sentence.End <= st.Sentence.Start && ls.kindMatch(c.Cue) {
		conf += wSpeechKind
		reasons = append(reasons, "speech-kind")
	}
	if c.Kind != "figure" && sim < minTextSim && !sourceMatch && !pointsBack {
		return 0, nil
	}
	if c.Subject.Thing != "" {
		hit := ls.tokens[c.Subject.Thing]
		if c.Subject.Location != "" {
			for _, t := range queryTokens(c.Subject.Location) {
				hit = hit && ls.tokens[t]
			}
		}
		if hit {
			conf += wSubject
			reasons = append(reasons, "subject")
		}
	}
	if !same && !from.Published.IsZero() && !c.Published.IsZero() {
		d := math.Abs(from.Published.Time().Sub(c.Published.Time()).Hours() / 24)
		switch {
		case d <= 7:
			conf += wTimeNear
			reasons = append(reasons, "time")
		case d > 365:
			conf -= penaltyFar
		}
	}
	// The stance model is consulted only for candidates that could pass.
	if ls.judge != nil && c.Text != "" && conf+wJudge >= LinkThreshold {
		s, jc := ls.judge.Judge(c.Text, from.Sentence)
		if (s == JudgeDenies && st.Stance == extract.Denies) || (s == JudgeSupports && st.Stance == extract.Confirms) {
			conf += wJudge * jc
			reasons = append(reasons, "stance-model")
		}
	}
	return math.Max(0, math.Min(1, conf)), reasons
}

// OutletNames returns every name (lowercase) that folds to the same outlet
// as name, for searching stored speakers and sources.
func OutletNames(name string) []string {
	c := foldName(name)
	var out []string
	for k, v := range outletAliases {
		if v == c {
			out = append(out, k)
		}
	}
	if len(out) == 0 && c != "" {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// functionWords never identify a speaker.
var functionWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "by": true, "in": true, "on": true,
	"to": true, "for": true, "from": true, "with": true, "that": true, "this": true, "seen": true, "said": true,
	"told": true, "says": true, "and": true, "who": true, "which": true, "its": true, "their": true, "his": true, "her": true}

// namesSpeaker reports whether target names the candidate's speaker as
// the source of what it denies: a word of the speaker (4+ letters, not a
// function word; plural folded) in a source position of the target — a
// possessive ("Esper's remarks"), after "by" or "from" before any "that"
// ("a comment by Hillary Clinton that …", "the leaked letter from the
// military"), or a document the speaker is ("the leaked letter" names
// "letter seen by Reuters"). A name inside the proposition denied is what
// the claim is about, not who made it: "denies that Mubarak is stepping
// down" names no claim of Mubarak's. proper is true when the word is
// capitalized in the speaker (a name, not a common noun such as "report"),
// which is what a match across articles needs.
func namesSpeaker(target, speaker string) (named, proper bool) {
	if target == "" || speaker == "" {
		return false, false
	}
	src := sourceWords(target)
	capital := map[string]bool{}
	for _, f := range strings.Fields(speaker) {
		if f[0] >= 'A' && f[0] <= 'Z' {
			for _, w := range normWords(f) {
				capital[w] = true
			}
		}
	}
	for _, w := range normWords(speaker) {
		if len(w) < 4 || functionWords[w] {
			continue
		}
		if src[w] || src[strings.TrimSuffix(w, "s")] {
			named = true
			if capital[w] {
				return true, true
			}
		}
	}
	return named, false
}

// documentNouns name a text that can itself be a claim's speaker.
var documentNouns = map[string]bool{"letter": true, "report": true, "memo": true, "statement": true, "document": true,
	"study": true, "survey": true, "draft": true, "communique": true, "leaflet": true, "video": true, "email": true,
	"cable": true, "paper": true, "dossier": true, "assessment": true, "analysis": true, "estimate": true, "poll": true}

// sourceWords returns the words of target (folded as normWords, plural
// -s also stripped) that stand where a source is named: possessives, the
// words after "by" or "from" up to a "that", and document nouns.
func sourceWords(target string) map[string]bool {
	out := map[string]bool{}
	add := func(w string) {
		out[w] = true
		out[strings.TrimSuffix(w, "s")] = true
	}
	after := false // after "by"/"from", before "that"
	for _, f := range strings.Fields(target) {
		possessive := strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "’s") || strings.HasSuffix(f, "s'")
		for _, w := range normWords(f) {
			switch {
			case w == "that" || w == "whether" || w == "which":
				after = false
			case w == "by" || w == "from":
				after = true
			case after || possessive || documentNouns[strings.TrimSuffix(w, "s")]:
				add(w)
			}
		}
	}
	return out
}

// ScoredLink is a candidate that cleared LinkThreshold, with its score.
type ScoredLink struct {
	Candidate  LinkCandidate
	Confidence float64
	Reasons    []string
}

// BestLinks scores cands against a denial or confirmation and keeps the
// best MaxLinks at or above LinkThreshold, highest first. self is the
// statement's own id: it never links to itself.
func BestLinks(from *LinkFrom, judge Judge, cands []LinkCandidate, self int64) []ScoredLink {
	scorer := NewLinkScorer(from, judge)
	var best []ScoredLink
	for i := range cands {
		c := &cands[i]
		if c.Kind == "statement" && c.ID == self {
			continue
		}
		if conf, reasons := scorer.Score(c); conf >= LinkThreshold {
			best = append(best, ScoredLink{*c, conf, reasons})
		}
	}
	sort.SliceStable(best, func(i, j int) bool { return best[i].Confidence > best[j].Confidence })
	if len(best) > MaxLinks {
		best = best[:MaxLinks]
	}
	return best
}

package extract

import (
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/entity"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// On whose authority a figure stands: the attribution that governs its clause.

// attribute sets the figure's source: the attribution that governs its
// clause, never a speaker of another sentence. In order: "X puts the toll
// at N"; the innermost statement whose content holds the figure (a quote's
// speaker, "X said that …", "…, activists said", "according to X"); a
// denied report holding it; "according to X" elsewhere in the sentence; an
// official's acknowledgement; a statement of the same sentence. A chain
// ("the newspaper, citing unnamed officials, reported …") gives the
// officials as the source, anonymous, via the newspaper.
func (c *figureCtx) attribute(f *Figure, sStart, sEnd int) {
	defer c.sourceKind(f)
	defer c.settleSource(f)
	if src, ok := c.putsNumberAt(f, sStart); ok {
		if src != "" {
			f.Source = document.Str(canonicalSource(src))
		}
		return
	}
	if src := c.possessor(f); src != "" {
		f.Source = document.Str(canonicalSource(src))
		return
	}
	if c.backgroundRelative(f, sStart) {
		// "The gunman, who had run down two soldiers, was known to police,
		// the minister said": the count describes, nobody reports it
		c.sources().unclaimed = f.Span
		return
	}
	if st, via := c.governing(f); st != nil {
		c.fromStatement(f, st)
		if via == nil && !mediaSpeaker(st) {
			via = c.carrier(st)
		}
		if via != nil && f.Via == "" && f.Source != "" && canonicalSource(string(via.Speaker)) != string(f.Source) {
			f.Via = document.Str(canonicalSource(string(via.Speaker)))
		}
		return
	}
	if st := c.relativeSayer(f); st != nil {
		c.fromStatement(f, st)
		return
	}
	// "according to quarterly Pentagon statistics", "the Pentagon has
	// officially acknowledged".
	for k := sStart; k < sEnd; k++ {
		w := c.low(k) // ASCII-lowered: the words sought are ASCII
		if w == "according" && k+1 < sEnd && c.low(k+1) == "to" {
			if c.inPhraseAfter(k+2, f) {
				return // "according to the accounts of three survivors": the count is of the sources
			}
			if n := c.issuedDoc(c.spanOf(k+2, sEnd)); n >= 0 {
				if src, anon := c.issuer(n); src != "" {
					f.Source, f.Anonymous = document.Str(src), anon
					return
				}
			}
			if src := c.nameIn(k+2, c.relativeEnd(k+2, sEnd)); src != "" {
				f.Source = document.Str(canonicalSource(src))
				return
			}
		}
	}
	for k := sStart; k < sEnd; k++ {
		if !officialWord(c.low(k)) || c.newClauseBetween(k, f) || countAdjective(c.low(k), c.low(k+1), c.low(k+2)) {
			continue // "Laboratory confirmed cases stand at …": an adjective, no one's acknowledgement
		}
		// the subject of the acknowledging verb, in its own clause
		for j := k - 1; j >= sStart && j >= k-8; j-- {
			if t := c.a.Tokens[j]; t.Kind == segment.Punct && c.text[t.Start] != '-' || t.Kind == segment.Quote {
				break
			}
			if e := c.entityAt(c.a.Tokens[j].Start); e != nil && (e.Type == entity.Org || e.Type == entity.Person) {
				f.Source = document.Str(canonicalSource(holderName(e, c.text)))
				return
			}
		}
	}
	// A statement in the same sentence speaks for it ("…, the official said").
	lo, hi := c.stmtWindow(f.Span.Start)
	for i := lo; i < hi; i++ {
		s := &c.stmts[i]
		// only a postposed cue ("…, the official said", "…, Nile News said,
		// most of them …"), or a cue whose content was cut after the figure
		// ("X said 35 people were injured and that …"); a preposed one whose
		// content does not hold the figure speaks of something else
		postposed := s.CueSpan.Start >= f.Span.End && (s.ContentSpan.IsZero() || s.ContentSpan.End <= s.CueSpan.Start || c.commaBefore(s.SpeakerSpan)) &&
			c.near(f.Span.End, s.CueSpan.Start, postposedReach)
		between := !s.CueSpan.IsZero() && s.CueSpan.End <= f.Span.Start && f.Span.End <= s.ContentSpan.Start
		if s.Sentence == f.Sentence && s.Speaker != "" && s.Stance != Denies && !intentCue(s.Cue) && !c.voidCue(s) && !c.tollTaken(s, f) && !c.deedObject(s, f) && (postposed || between || c.parenthetical(s, f)) &&
			!s.SpeakerSpan.Overlaps(f.Span) && !numericSpeaker(string(s.Speaker)) && !bareSpeaker(string(s.Speaker)) && c.plausibleSpeaker(s) && !inApposition(s, f) {
			c.fromStatement(f, s)
			return
		}
	}
}

// inPhraseAfter reports a figure inside the phrase that starts at token k
// and runs to the clause's end ("according to the accounts of [three]
// survivors").
func (c *figureCtx) inPhraseAfter(k int, f *Figure) bool {
	fi, _ := c.a.TokenRange(f.Span)
	if fi < k {
		return false
	}
	for j := k; j < fi; j++ {
		if t := c.a.Tokens[j]; t.Kind == segment.Punct && c.text[t.Start] != '-' || t.Kind == segment.Quote {
			return false
		}
	}
	return true
}

// parenthetical reports a statement whose cue is set off by commas in the
// middle of the sentence, before the figure ("Gunmen stormed the village,
// residents said, killing 12 people"): it speaks for the whole sentence.
func (c *figureCtx) parenthetical(s *Statement, f *Figure) bool {
	if s.CueSpan.IsZero() || s.SpeakerSpan.IsZero() || s.CueSpan.End > f.Span.Start || !c.commaBefore(s.SpeakerSpan) ||
		s.ContentSpan.IsZero() || s.ContentSpan.End > s.SpeakerSpan.Start {
		return false
	}
	_, ce := c.a.TokenRange(s.CueSpan)
	// the cue may carry a short adverbial ("said on Friday,")
	for k := ce; k < len(c.a.Tokens) && k < ce+4; k++ {
		if c.tokText(k) == "," {
			fi, _ := c.a.TokenRange(f.Span)
			return fi > k
		}
		if c.a.Tokens[k].Kind != segment.Word && c.a.Tokens[k].Kind != segment.Number {
			return false
		}
	}
	return false
}

// commaBefore reports a span right after a comma: a parenthetical
// attribution (", Nile News said,").
func (c *figureCtx) commaBefore(sp document.Span) bool {
	if sp.IsZero() {
		return false
	}
	i, _ := c.a.TokenRange(sp)
	return i > 0 && c.tokText(i-1) == ","
}

// numericSpeaker reports a "speaker" that is a share of respondents ("44
// percent said", "Nearly half of all Democrats blame"): a poll's figure,
// not a source.
func numericSpeaker(name string) bool {
	l := strings.ToLower(name)
	return l != "" && (strings.ContainsAny(l, "0123456789") || strings.Contains(l, "percent") || strings.Contains(l, "half") ||
		strings.Contains(l, "majority") || strings.Contains(l, "third") || strings.Contains(l, "quarter"))
}

// bareSpeaker reports an unresolved pronoun ("as you said"): no authority
// for a figure the statement does not hold.
func bareSpeaker(name string) bool {
	l := strings.ToLower(name)
	switch l {
	case "you", "i", "we", "they", "he", "she", "it":
		return true
	}
	return noneSpeaker(l)
}

// noneSpeaker reports a subject that denies anyone says it ("No
// government agency confirms …", "Nobody has verified …", "None of the
// officials said …"): no one's word, so no source.
func noneSpeaker(l string) bool {
	for _, p := range []string{"no ", "none ", "nobody", "no one", "no-one", "neither ", "not one ", "not a single "} {
		if strings.HasPrefix(l, p) && !(len(l) > len(p) && l[len(p)] >= '0' && l[len(p)] <= '9') || l == strings.TrimSpace(p) {
			return true // but "No 10 Downing Street" speaks
		}
	}
	return false
}

// possessor reads a figure owned by its author: "BP's 5,000 barrels-a-day
// estimate", "the ministry's count of 1,200", "BP's estimate of 5,000".
func (c *figureCtx) possessor(f *Figure) string {
	i, j := c.a.TokenRange(f.Span)
	poss := func(k int) string { // the name before "'s" at token k
		if w := c.tokText(k); w != "'s" && w != "’s" || k == 0 {
			return ""
		}
		t := c.a.Tokens[k-1]
		if t.Kind != segment.Word || t.Flags&(segment.Cap|segment.AllCaps) == 0 && !attrOrgWord(lower(t.Text(c.text))) {
			return "" // a name, or a body: "the army's estimate"
		}
		if e := c.entityAt(t.Start); e != nil && (e.Type == entity.Org || e.Type == entity.Person) {
			return holderName(e, c.text)
		}
		if e := c.entityAt(t.Start); e != nil {
			return "" // a place's or nationality's figure is its count, not its word
		}
		return t.Text(c.text)
	}
	// "X's estimate of N", "X's own count of N"
	if k := i - 1; k >= 2 && lower(c.tokText(k)) == "of" && estimateNoun(lower(c.tokText(k-1))) {
		for m := k - 2; m >= 0 && m >= k-4; m-- {
			if n := poss(m); n != "" {
				return n
			}
		}
	}
	// "X's N barrels-a-day estimate"
	if n := poss(i - 1); n != "" {
		for k := j; k < len(c.a.Tokens) && k < j+8; k++ {
			if c.a.Tokens[k].Kind == segment.Punct && c.text[c.a.Tokens[k].Start] != '-' {
				break
			}
			if estimateNoun(lower(c.tokText(k))) {
				return n
			}
		}
	}
	return ""
}

// estimateNoun reports nouns of a figure given on someone's account.
func estimateNoun(w string) bool {
	switch w {
	case "estimate", "estimates", "figure", "figures", "count", "tally", "toll", "claim", "forecast", "projection", "calculation", "assessment":
		return true
	}
	return false
}

// stmtNear bounds how many statements before a figure may hold it: a
// statement's content reaches a paragraph at most, and a paragraph holds a
// handful of statements.
const stmtNear = 48

// stmtWindow returns the statements [lo, hi) near a figure at pos: up to
// stmtNear that start at or before it (only these can hold it: a
// statement's span covers its content and target) and a few after it (a
// postposed "…, the official said" of the same sentence).
func (c *figureCtx) stmtWindow(pos int) (int, int) {
	st := c.stmts
	i := sort.Search(len(st), func(i int) bool { return st[i].Span.Start > pos })
	return max(0, i-stmtNear), min(len(st), i+stmtNear/4)
}

// governing returns the innermost statement whose content holds the figure,
// or whose denied target does; nil if none. Statements whose cue is an
// intention ("the army was planning to deploy 2,000 tanks") are not
// attributions of the figure.
func (c *figureCtx) governing(f *Figure) (st, via *Statement) {
	lo, hi := c.stmtWindow(f.Span.Start)
	at := document.Span{Start: f.Span.Start, End: f.Span.Start + 1}
	var best, acc, void *Statement
	bestLen, accLen := 0, 0
	for i := lo; i < hi && c.stmts[i].Span.Start <= f.Span.Start; i++ {
		s := &c.stmts[i]
		sp := s.ContentSpan
		if !sp.Contains(at) {
			sp = s.TargetSpan
			if sp.IsZero() || !sp.Contains(at) {
				continue
			}
		}
		if c.voidCue(s) && void == nil {
			void = s
		}
		if intentCue(s.Cue) || c.voidCue(s) || s.SpeakerSpan.Overlaps(f.Span) || numericSpeaker(string(s.Speaker)) || c.tollTaken(s, f) || c.clauseAfterObject(s, f) || c.deedObject(s, f) {
			continue // "Almost 50 countries have confirmed …": the figure is no one's word
		}
		if !c.plausibleSpeaker(s) || inApposition(s, f) {
			continue // "the man had told his rescuers …": an outer speaker may govern
		}
		// an indirect statement governs its own sentence only
		if !s.Direct && !s.Sentence.Contains(at) && !(s.Sentence.IsZero()) {
			continue
		}
		// "…, according to X" governs the whole clause, an inner verb's
		// subject included ("Her country reported seven deaths, according
		// to the health ministry")
		if strings.EqualFold(string(s.Cue), "according to") {
			if acc == nil || sp.End-sp.Start < accLen {
				acc, accLen = s, sp.End-sp.Start
			}
		}
		if n := sp.End - sp.Start; best == nil || n < bestLen {
			best, bestLen = s, n
		}
	}
	if acc != nil && best != nil && best != acc && possessivePronounDoc(string(acc.Speaker)) && !best.SpeakerSpan.IsZero() && (best.SpeakerType == SpeakerPerson || c.plausibleSpeaker(best)) {
		// "X claims that … 40 have returned, according to his remarks": the
		// remarks are the claimant's own
		return best, nil
	}
	if acc != nil {
		if best != nil && best != acc && (namedAuthority(best) || best.Anonymous) && mediaSpeaker(acc) && !mediaSpeaker(best) {
			// "Egypt's health ministry reported three deaths, according to
			// state television": the ministry's count, carried by the
			// broadcaster.
			return best, acc
		}
		if best != nil && best != acc && mediaSpeaker(best) && !mediaSpeaker(acc) && best.ContentSpan.Contains(at) {
			// "According to unnamed security sources, the Daily Post said
			// four …": the sources, carried by the paper
			return acc, best
		}
		return acc, nil
	}
	if best == nil && void != nil {
		// "Washington said the U.S. military and partner nations responded
		// … by carrying out eight air strikes": the void cue cut the outer
		// statement's content at its subject; the outer speaker governs
		for i := lo; i < hi; i++ {
			o := &c.stmts[i]
			if o != void && o.Sentence == void.Sentence && !o.ContentSpan.IsZero() && o.CueSpan.End <= void.SpeakerSpan.Start &&
				o.ContentSpan.Start <= void.SpeakerSpan.Start && c.joinsTo(o.ContentSpan.End, void.SpeakerSpan.Start) &&
				!intentCue(o.Cue) && !c.voidCue(o) && c.plausibleSpeaker(o) && !c.deedObject(o, f) && !c.tollTaken(o, f) {
				return o, nil
			}
		}
	}
	return best, nil
}

// possessivePronounDoc reports a source that is a pronoun's document ("his
// remarks", "her statement", "their report"): it names no one new.
func possessivePronounDoc(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) != 2 {
		return false
	}
	switch f[0] {
	case "his", "her", "their", "its":
		return attrDocHead(f[1]) || f[1] == "remarks" || f[1] == "comments" || f[1] == "words" || f[1] == "testimony" || f[1] == "account"
	}
	return false
}

// tollTaken reports "claimed" meaning "took" ("the fighting has claimed
// more than 800 lives"): the figure is the cue's object, a toll, and its
// subject (violence, a war, a flood) states nothing.
func (c *figureCtx) tollTaken(s *Statement, f *Figure) bool {
	if !strings.HasPrefix(strings.ToLower(lastField(string(s.Cue))), "claim") || s.CueSpan.IsZero() || s.CueSpan.End > f.Span.Start {
		return false
	}
	// the cue's object: "claimed [more than 1,400] lives", and any figure
	// coordinated after it ("…, and caused 1.2 million to flee")
	_, ce := c.a.TokenRange(s.CueSpan)
	for k := ce; k < len(c.a.Tokens) && k < ce+6; k++ {
		switch lower(c.tokText(k)) {
		case "lives", "life", "victims":
			return true
		}
		if c.a.Tokens[k].Kind == segment.Punct && c.text[c.a.Tokens[k].Start] != ',' {
			break
		}
	}
	return false
}

// relativeSayer finds the statement of a relative clause on the figure's
// noun: "four attacks that army officers say have taken place", "12
// raids which the rebels say were carried out by jets" — the figure is
// what the relative clause's speakers say.
func (c *figureCtx) relativeSayer(f *Figure) *Statement {
	_, j := c.a.TokenRange(f.Span)
	if j >= len(c.a.Tokens) {
		return nil
	}
	if w := c.low(j); w != "that" && w != "which" {
		return nil
	}
	lo, hi := c.stmtWindow(f.Span.Start)
	for i := lo; i < hi; i++ {
		s := &c.stmts[i]
		if s.SpeakerSpan.IsZero() || s.Sentence != f.Sentence || s.Stance == Denies || intentCue(s.Cue) {
			continue
		}
		if k, _ := c.a.TokenRange(s.SpeakerSpan); k == j+1 && c.plausibleSpeaker(s) && sayVerb(lower(lastField(string(s.Cue)))) {
			return s
		}
	}
	return nil
}

// backgroundRelative reports a figure inside a relative clause ("who had
// run down two soldiers", "a struggle in which two rounds were fired",
// "a man who was one of 43 missing workers"): background the sentence
// gives about someone or something, no one's report (gold READMEs). A
// relative clause that itself reports ("which said 40 had died") is its
// speaker's (relativeSayer).
func (c *figureCtx) backgroundRelative(f *Figure, sStart int) bool {
	fi, _ := c.a.TokenRange(f.Span)
	for j := fi - 1; j > sStart && j >= fi-12; j-- {
		t := c.a.Tokens[j]
		if t.Kind == segment.Quote || t.Kind == segment.Punct && c.text[t.Start] != '-' {
			return false // the clause closed, or the figure is in a quote
		}
		switch c.low(j) {
		case "who", "which", "whom", "whose":
		case "where":
			if c.tokText(j-1) != "," {
				return false // "said where 40 died", "asked where": no relative
			}
		case "said", "says", "told", "according":
			return false
		default:
			continue
		}
		p := c.a.Tokens[j-1]
		if p.Kind != segment.Word && !(p.Kind == segment.Punct && c.text[p.Start] == ',') {
			return false
		}
		if c.low(j) == "which" && p.Kind == segment.Word && !relativePrep(c.low(j-1)) {
			return false // "condemned the crime which killed 300": the object, what is reported
		}
		if _, sEnd := c.a.TokenRange(f.Sentence); c.attributedAfter(fi, sEnd) {
			return false // "Mexico, which has recorded 113 deaths, according to the WHO"
		}
		lo, hi := c.stmtWindow(f.Span.Start)
		for i := lo; i < hi; i++ {
			if s := &c.stmts[i]; s.Sentence == f.Sentence && !s.CueSpan.IsZero() && s.CueSpan.Start > t.Start && s.CueSpan.Start < f.Span.Start {
				return false // "which estimated 40 had died": the relative reports
			}
		}
		return true
	}
	return false
}

// relativePrep reports a preposition that opens a relative clause ("in
// which", "during which").
func relativePrep(w string) bool {
	switch w {
	case "in", "during", "on", "at", "by", "from", "of", "through", "after", "under", "with", "for", "to", "among", "since":
		return true
	}
	return false
}

// attributedAfter reports "according to" right after the clause that holds
// token fi ends ("…, which has recorded 113 deaths, according to the WHO"):
// it speaks for that clause.
func (c *figureCtx) attributedAfter(fi, sEnd int) bool {
	k := fi + 1
	for k < sEnd && c.tokText(k) != "," {
		k++
	}
	if k+2 >= sEnd {
		return false
	}
	// only "according to": a postposed "X said" speaks for the main
	// clause ("…, who was one of 43 missing workers, the prosecutor said")
	return c.low(k+1) == "according" && c.low(k+2) == "to"
}

// newClauseBetween reports a coordinated clause ("and there", "but they")
// between token k and the figure: a verb at k does not reach the figure.
func (c *figureCtx) newClauseBetween(k int, f *Figure) bool {
	fi, _ := c.a.TokenRange(f.Span)
	for j := k + 1; j+1 < fi; j++ {
		if w := lower(c.tokText(j)); (w == "and" || w == "but") && newClauseSubject(lower(c.tokText(j+1))) {
			return true
		}
	}
	return false
}

// newClauseSubject reports a word that opens a new clause after "and":
// "there" or a subject pronoun.
func newClauseSubject(w string) bool {
	switch w {
	case "there", "it", "they", "he", "she", "we":
		return true
	}
	return false
}

// clauseAfterObject reports a figure in a clause coordinated after a cue's
// noun object ("X has not confirmed the truce and there have been six
// attacks"): a verb that takes a thing, not a report, speaks only of its
// object. A say or tell verb's content goes on through "and".
func (c *figureCtx) clauseAfterObject(s *Statement, f *Figure) bool {
	if s.CueSpan.IsZero() || s.ContentSpan.IsZero() {
		return false
	}
	v := lower(lastField(string(s.Cue)))
	if sayVerb(v) || tellVerb(v) || strings.HasPrefix(v, "report") || strings.HasPrefix(v, "accord") || s.Direct {
		return false
	}
	i, _ := c.a.TokenRange(s.ContentSpan)
	fi, _ := c.a.TokenRange(f.Span)
	if i >= fi || lower(c.tokText(i)) == "that" {
		return false
	}
	for k := i + 1; k+1 < fi; k++ {
		if w := lower(c.tokText(k)); w == "and" || w == "but" {
			if newClauseSubject(lower(c.tokText(k + 1))) {
				return true
			}
		}
	}
	return false
}

// namedAuthority reports a statement whose speaker is a named person or an
// institution ("Egypt's health ministry"), not a description such as "her
// country".
func namedAuthority(s *Statement) bool {
	sp := string(s.Speaker)
	if sp == "" || s.Anonymous || sp[0] < 'A' || sp[0] > 'Z' && !strings.Contains(sp, "'s ") {
		return strings.Contains(strings.ToLower(sp), "ministry") || strings.Contains(strings.ToLower(sp), "government")
	}
	switch s.SpeakerType {
	case SpeakerPerson, SpeakerOrg:
		return !strings.HasPrefix(sp, "Her ") && !strings.HasPrefix(sp, "His ") && !strings.HasPrefix(sp, "Its ") && !strings.HasPrefix(sp, "Their ")
	}
	return false
}

// carrier finds the outlet whose report holds statement st: "Al Jazeera
// reported that western intelligence reports had warned of 11 …" — the
// reports, via Al Jazeera. Nil when no outlet's statement holds st's cue.
func (c *figureCtx) carrier(st *Statement) *Statement {
	if st.CueSpan.IsZero() {
		return nil
	}
	lo, hi := c.stmtWindow(st.CueSpan.Start)
	for i := lo; i < hi; i++ {
		o := &c.stmts[i]
		if o == st || o.Sentence != st.Sentence || !mediaSpeaker(o) || o.Stance == Denies || !c.plausibleSpeaker(o) {
			continue
		}
		if o.ContentSpan.Contains(st.CueSpan) && o.ContentSpan.Contains(st.SpeakerSpan) {
			return o
		}
	}
	return nil
}

// mediaSpeaker reports a statement made by a news outlet or broadcaster.
func mediaSpeaker(s *Statement) bool {
	if s.SpeakerType == SpeakerPublication || s.SourceType == SourceMedia {
		return true
	}
	l := strings.ToLower(string(s.Speaker))
	for _, w := range []string{"television", "tv", "radio", "news agency", "newspaper", "broadcaster", "state media", "news"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// deedObject reports a figure in the noun object of a verb of doing
// ("The State Department has offered a $7 million reward", "Police have
// found mass graves containing 15 bodies", "Qatar paid $20 million"): the
// subject did something with what is counted, it does not report it. A
// document's finding ("the survey found 60 percent …") and a that-clause
// ("investigators found that 300 …") stay reports.
func (c *figureCtx) deedObject(s *Statement, f *Figure) bool {
	if s.CueSpan.IsZero() || s.CueSpan.End > f.Span.Start || s.SpeakerType == SpeakerDocument || s.SpeakerType == SpeakerPublication {
		return false
	}
	w := strings.ToLower(lastField(string(s.Cue)))
	_, ce := c.a.TokenRange(s.CueSpan)
	switch {
	case w == "found", w == "find", w == "finds", strings.HasPrefix(w, "offer"), w == "paid", w == "pay", w == "pays",
		strings.HasPrefix(w, "devot"), strings.HasPrefix(w, "donat"), strings.HasPrefix(w, "spen"),
		strings.HasPrefix(w, "allocat"), strings.HasPrefix(w, "earmark"), strings.HasPrefix(w, "attack"):
		// "militants attacked the town and captured 20 soldiers": a deed
	case (strings.HasPrefix(w, "agree") || strings.HasPrefix(w, "promis") || strings.HasPrefix(w, "pledg") ||
		strings.HasPrefix(w, "vow") || strings.HasPrefix(w, "threat")) && ce < len(c.a.Tokens) && c.low(ce) == "to":
		// "the government agreed to release 150 prisoners": a commitment
	default:
		return false
	}
	fi, _ := c.a.TokenRange(f.Span)
	for k := ce; k < fi; k++ {
		switch c.low(k) {
		case "that", "how", "what", "whether":
			return false // a finding reported: "found that …"
		}
		if t := c.a.Tokens[k]; t.Kind == segment.Quote || t.Kind == segment.Punct && c.text[t.Start] != ',' && !strings.ContainsRune("$-()", rune(c.text[t.Start])) {
			return false
		}
	}
	return true
}

// voidCue reports a statement that states nothing of what its clause
// holds: a negated cue ("U.S. agencies have not confirmed the theft of two
// aircraft", "could not verify") or "respond" meaning "act" ("responded to
// the assault by carrying out eight air strikes"). It yields to an outer
// speaker ("The officials said U.S. agencies have not confirmed …").
func (c *figureCtx) voidCue(s *Statement) bool {
	for _, w := range strings.Fields(strings.ToLower(string(s.Cue))) {
		switch w {
		case "not", "never", "cannot", "can't", "couldn't", "didn't", "don't", "doesn't", "haven't", "hasn't", "won't", "wouldn't":
			return s.Stance != Denies
		}
	}
	if strings.HasPrefix(strings.ToLower(lastField(string(s.Cue))), "respond") && !s.CueSpan.IsZero() {
		_, k := c.a.TokenRange(s.CueSpan)
		switch c.low(k) {
		case "to", "by", "with":
			return true
		}
	}
	return false
}

// joinsTo reports byte offset a reaching b across nothing but a
// coordination ("the U.S. military [and] partner nations").
func (c *figureCtx) joinsTo(a, b int) bool {
	if a >= b {
		return true
	}
	if b-a > 6 {
		return false
	}
	switch strings.TrimSpace(c.text[a:b]) {
	case "", "and", "or", ",":
		return true
	}
	return false
}

// intentCue reports cues of intention or refusal: their subject plans or
// declines something, it does not state a figure.
func intentCue(cue document.Str) bool {
	for _, w := range strings.Fields(strings.ToLower(string(cue))) {
		switch {
		case strings.HasPrefix(w, "plan"), strings.HasPrefix(w, "intend"), strings.HasPrefix(w, "want"),
			strings.HasPrefix(w, "hope"), strings.HasPrefix(w, "aim"), strings.HasPrefix(w, "declin"),
			strings.HasPrefix(w, "refus"), strings.HasPrefix(w, "prepar"), strings.HasPrefix(w, "seek"),
			strings.HasPrefix(w, "demand"):
			return true
		}
	}
	return false
}

// fromStatement takes the figure's source from statement st: its speaker,
// or for a figure inside a denial the report denied; then follows a chain
// to the source cited by a publication.
func (c *figureCtx) fromStatement(f *Figure, st *Statement) {
	at := document.Span{Start: f.Span.Start, End: f.Span.Start + 1}
	inTarget := !st.TargetSpan.IsZero() && st.TargetSpan.Contains(at)
	if (st.Stance == Denies || st.Stance == Questions) && st.Target != "" || inTarget && !st.ContentSpan.Contains(at) {
		// A figure inside a denial is the figure denied; its source is
		// the denied report ("a media report that said …"), not the denier.
		if !st.TargetSpan.IsZero() && st.TargetSpan.Contains(at) || st.Stance == Denies {
			f.Source, f.Anonymous = document.Str(c.reportName(st.TargetSpan, string(st.Target))), false
			if !reportLike(string(f.Source)) || bareClaimNoun(string(f.Source)) {
				// "The army denied that 30 civilians had died": a claim
				// denied with no report named has no source here; so has
				// one named by its noun alone ("Reports that 12 guards had
				// deserted were untrue"): nobody is said to have made it
				f.Source = ""
				c.sources().unclaimed = f.Span
			}
			return
		}
	}
	f.Source, f.Anonymous = document.Str(canonicalSource(string(st.Speaker))), st.Anonymous
	if strings.EqualFold(string(st.Cue), "according to") {
		// "According to the announcement, …": the body that made it
		if n := c.issuedDoc(st.SpeakerSpan); n >= 0 {
			if src, anon := c.issuer(n); src != "" {
				f.Source, f.Anonymous = document.Str(src), anon
				return
			}
		}
	}
	if org := c.resolveDescription(string(st.Speaker), st.Span.Start); org != string(st.Speaker) {
		f.Source, f.Anonymous = document.Str(canonicalSource(org)), false // "the investment bank analysts"
	}
	if org := c.staffOf(st); org != "" {
		f.Source, f.Anonymous = document.Str(org), false
	}
	if role := string(st.SpeakerRole); st.Anonymous && memberRole(role) && strings.HasSuffix(string(f.Source), " "+role) {
		// "a researcher for the group" (Human Rights Watch researcher):
		// the figure is the organization's, like its analysts' or staff's
		if org := strings.TrimSuffix(string(f.Source), " "+role); org[0] >= 'A' && org[0] <= 'Z' {
			f.Source, f.Anonymous = document.Str(org), false
		}
	}
	c.chain(f, st)
}

// attrClauseOpener reports words that open a clause after a noun phrase:
// its relative or content clause.
func attrClauseOpener(w string) bool {
	switch w {
	case "that", "which", "who", "saying", "claiming", ",":
		return true
	}
	return false
}

// reportName is the name of a denied report: its author when the target
// says who ("a report by The Wall Street Journal"), else the report noun
// phrase without its relative clause ("a media report that said …" →
// "media report").
func (c *figureCtx) reportName(sp document.Span, target string) string {
	if !sp.IsZero() {
		i, j := c.a.TokenRange(sp)
		for k := i; k+1 < j; k++ {
			if w := lower(c.tokText(k)); w == "by" || w == "from" && k > i && reportLike(c.tokText(k-1)) {
				e := k + 1
				for e < j && !attrClauseOpener(lower(c.tokText(e))) {
					e++ // "a claim from a congressman that …": the author only
				}
				if n := c.nameIn(k+1, e); n != "" {
					return canonicalSource(n)
				}
			}
			switch lower(c.tokText(k)) {
			case "that", "which", "saying", "claiming", ",":
				j = k
			}
		}
		if j > i {
			target = strings.TrimSpace(c.text[c.a.Tokens[i].Start:c.a.Tokens[j-1].End])
		}
	}
	for _, art := range []string{"the ", "The ", "an ", "An ", "a ", "A ", "this ", "This ", "that ", "That "} {
		target = strings.TrimPrefix(target, art)
	}
	return target
}

// chain follows an attribution chain from statement st: a publication or
// any speaker "citing" someone ("Citing unnamed US officials, the newspaper
// reported …"), a document "seen by" an agency, a source that "told" an
// outlet. The cited party becomes the source and the teller the via.
func (c *figureCtx) chain(f *Figure, st *Statement) {
	src := string(f.Source)
	// "a letter seen by Reuters"
	for _, sep := range []string{" seen by ", " obtained by ", " reviewed by "} {
		if i := strings.Index(src, sep); i > 0 {
			f.Source = document.Str(canonicalSource(src[:i]))
			f.Via = document.Str(canonicalSource(src[i+len(sep):]))
			return
		}
	}
	sStart, sEnd := c.a.TokenRange(st.Sentence)
	if st.Sentence.IsZero() {
		return
	}
	// "the officials quoted by Gertz said …": the officials, via Gertz
	if by, anon := c.quotedBy(st, sStart); by != "" {
		f.Via = document.Str(canonicalSource(src))
		f.Source, f.Anonymous = document.Str(canonicalSource(by)), anon
		return
	}
	// "according to the latest figures from the WHO": the figures' author
	if st.SpeakerType == SpeakerDocument && !st.SpeakerSpan.IsZero() {
		_, k := c.a.TokenRange(st.SpeakerSpan)
		if w := lower(c.tokText(k)); k+1 < sEnd && (w == "from" || w == "by" || w == "of") {
			if t := c.a.Tokens[k+1]; t.Flags&(segment.Cap|segment.AllCaps) != 0 || lower(c.tokText(k+1)) == "the" {
				if n := c.nameIn(k+1, sEnd); n != "" && n[0] >= 'A' && n[0] <= 'Z' {
					f.Source = document.Str(canonicalSource(n))
					return
				}
			}
		}
	}
	// "AFP reported Shekau as saying that …", "the paper quoted a senior
	// official as saying …": the one quoted, via the teller
	if !st.CueSpan.IsZero() {
		_, ce := c.a.TokenRange(st.CueSpan)
		fi, _ := c.a.TokenRange(f.Span)
		for k := ce + 1; k+1 < sEnd && k < ce+8 && k < fi; k++ {
			if lower(c.tokText(k)) != "as" {
				continue
			}
			switch lower(c.tokText(k + 1)) {
			case "saying", "stating", "telling", "claiming", "confirming":
			default:
				continue
			}
			if name := c.nameIn(ce, k); name != "" {
				f.Via = document.Str(canonicalSource(src))
				f.Source, f.Anonymous = document.Str(canonicalSource(name)), attrAnonHeadIn(name)
				return
			}
		}
	}
	// "citing X" outside the content
	for k := sStart; k+1 < sEnd; k++ {
		if lower(c.tokText(k)) != "citing" || st.ContentSpan.Contains(document.Span{Start: c.a.Tokens[k].Start, End: c.a.Tokens[k].End}) {
			continue
		}
		cited, anon := c.citedAt(k+1, sEnd)
		if cited == "" {
			continue
		}
		if c.inCited(f, k+1, sEnd) {
			return // "citing two senior officials": the count is the citer's word
		}
		f.Via = document.Str(canonicalSource(src))
		f.Source, f.Anonymous = document.Str(cited), anon || f.Anonymous && attrAnonHeadIn(cited)
		return
	}
	// "X told the Daily Courier that …": the outlet is the via
	if !st.CueSpan.IsZero() {
		_, ce := c.a.TokenRange(st.CueSpan)
		k := ce
		if k < sEnd && lower(c.tokText(k)) == "the" {
			k++
		}
		if k < sEnd && strings.Contains(strings.ToLower(string(st.Cue)), "told") {
			if out := c.outletAt(k, sEnd); out != "" {
				f.Via = document.Str(canonicalSource(out))
			}
		}
	}
	// "according to an Iraqi health official who told Kurdish paper
	// Rudaw": the outlet the speaker told carries the figure
	if !st.SpeakerSpan.IsZero() && f.Via == "" {
		_, se := c.a.TokenRange(st.SpeakerSpan)
		if se+2 < sEnd && c.low(se) == "who" && c.low(se+1) == "told" {
			if out := c.toldOutlet(se+2, sEnd); out != "" {
				f.Via = document.Str(canonicalSource(out))
			}
		}
	}
}

// toldOutlet reads the outlet after "told" at token k: a name with an
// outlet word ("the Daily Courier", "CNN") or a name after a described
// outlet noun ("Kurdish paper Rudaw", "the newspaper Al-Hayat"), or "".
func (c *figureCtx) toldOutlet(k, end int) string {
	if c.low(k) == "the" {
		k++
	}
	if out := c.outletAt(k, end); out != "" {
		return out
	}
	for j := k; j < end && j < k+3; j++ {
		switch c.low(j) {
		case "paper", "newspaper", "daily", "broadcaster", "channel", "station", "website", "magazine", "weekly", "outlet":
		default:
			if t := c.a.Tokens[j]; t.Kind != segment.Word {
				return ""
			}
			continue
		}
		e := j + 1
		for e < end && e < j+5 && c.a.Tokens[e].Kind == segment.Word && c.a.Tokens[e].Flags&(segment.Cap|segment.AllCaps) != 0 {
			e++
		}
		if e > j+1 {
			return c.text[c.a.Tokens[j+1].Start:c.a.Tokens[e-1].End]
		}
		return ""
	}
	return ""
}

// inCited reports a figure inside the cited phrase that starts at token k
// ("citing two senior government sources").
func (c *figureCtx) inCited(f *Figure, k, end int) bool {
	fi, _ := c.a.TokenRange(f.Span)
	if fi < k || fi >= k+4 {
		return false
	}
	for j := k; j < fi && j < end; j++ {
		if c.a.Tokens[j].Kind != segment.Word {
			return false
		}
	}
	return true
}

// quotedBy reads a speaker phrase "the officials quoted by Gertz" (also
// "cited by", "interviewed by"): the statement's speaker is the reporter;
// it returns the people quoted (before the participle) and whether they
// are unnamed, or "".
func (c *figureCtx) quotedBy(st *Statement, sStart int) (string, bool) {
	if st.SpeakerSpan.IsZero() {
		return "", false
	}
	i, _ := c.a.TokenRange(st.SpeakerSpan)
	if lower(c.tokText(i)) == "by" {
		i++ // the speaker's span may hold the "by"
	}
	if i < sStart+3 || lower(c.tokText(i-1)) != "by" {
		return "", false
	}
	switch lower(c.tokText(i - 2)) {
	case "quoted", "cited", "interviewed", "contacted":
	default:
		return "", false
	}
	end := i - 2
	start := end
	for start > sStart && start > end-4 && c.a.Tokens[start-1].Kind == segment.Word {
		w := lower(c.tokText(start - 1))
		if w == "the" || w == "a" || w == "an" || w == "two" || w == "three" || w == "several" || w == "some" {
			break
		}
		start--
	}
	if start == end {
		return "", false
	}
	name := c.text[c.a.Tokens[start].Start:c.a.Tokens[end-1].End]
	return name, attrAnonHeadIn(name)
}

// citedAt reads the party cited after "citing": "unnamed US officials",
// "a senior official", "the Syrian Observatory for Human Rights". It
// returns its name and whether it is unnamed.
func (c *figureCtx) citedAt(k, end int) (string, bool) {
	start := k
	stop := k
	anon := false
	for j := k; j < end && j < k+8; j++ {
		t := c.a.Tokens[j]
		if t.Kind != segment.Word && !(t.Kind == segment.Punct && c.text[t.Start] == '.') {
			break
		}
		w := lower(t.Text(c.text))
		if w == "that" || w == "as" || w == "who" || w == "in" || w == "on" || w == "and" || w == "saying" {
			break
		}
		if attrAnonWord(w) {
			anon = true
			if j == start {
				start = j + 1
			}
			stop = j + 1
			continue
		}
		stop = j + 1
	}
	// a full stop after a word is the sentence's end, not an acronym's
	// ("citing security officials." but "citing the U.N.")
	for stop > start && c.text[c.a.Tokens[stop-1].Start] == '.' && stop-2 >= start && len(c.tokText(stop-2)) > 1 {
		stop--
	}
	if stop <= start {
		return "", false
	}
	name := strings.TrimSpace(c.text[c.a.Tokens[start].Start:c.a.Tokens[stop-1].End])
	for _, art := range []string{"the ", "The ", "a ", "A ", "an ", "An ", "several ", "two ", "three "} {
		name = strings.TrimPrefix(name, art)
	}
	// drop anonymity words inside ("US anonymous officials" → "US officials")
	var keep []string
	for _, w := range strings.Fields(name) {
		if !attrAnonWord(strings.ToLower(w)) {
			keep = append(keep, w)
		}
	}
	name = strings.Join(keep, " ")
	if !anon && attrAnonHeadIn(name) && !isNamedBody(name) {
		anon = true
	}
	return canonicalSource(name), anon
}

// attrAnonHeadIn reports a name whose last word is an unnamed-source noun
// ("officials", "a source").
func attrAnonHeadIn(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 0 && attrAnonHead(f[len(f)-1])
}

// outletAt reads a news outlet's name starting at token k ("Daily
// Courier", "WSJ"), or "".
func (c *figureCtx) outletAt(k, end int) string {
	j := k
	outlet := false
	for j < end && j < k+5 {
		t := c.a.Tokens[j]
		if t.Kind != segment.Word || t.Flags&(segment.Cap|segment.AllCaps) == 0 || c.inTime(document.Span{Start: t.Start, End: t.End}) {
			break // "told CNN Thursday"
		}
		if attrOutletWord(lower(t.Text(c.text))) {
			outlet = true
		}
		j++
	}
	if !outlet || j == k {
		return ""
	}
	return c.text[c.a.Tokens[k].Start:c.a.Tokens[j-1].End]
}

// sourceKind sets the figure's source type from its source.
func (c *figureCtx) sourceKind(f *Figure) {
	if f.Source == "" {
		return
	}
	role, typ := "", ""
	lo, hi := c.stmtWindow(f.Span.Start)
	for i := lo; i < hi; i++ {
		// speakers are canonical already (sourceNames)
		if c.stmts[i].Speaker == f.Source {
			role, typ = string(c.stmts[i].SpeakerRole), string(c.stmts[i].SpeakerType)
			break
		}
	}
	if t, ok := c.sources().studyType[string(f.Source)]; ok {
		f.SourceType = document.Str(t) // a poll is its owner's
		return
	}
	defer func() {
		f.SourceFamily = document.Str(sourceFamily(string(f.SourceType), string(f.Source), role, string(f.Country)))
	}()
	t := sourceType(string(f.Source), role, typ, f.Anonymous)
	if _, rep := representedType(" " + strings.ToLower(role) + " "); t == SourceUnknown && !f.Anonymous && !rep {
		// "Wereley also said …": the type his first mention gave ("a
		// professor of mechanical engineering")
		if k := c.knownType(string(f.Source)); k != "" {
			t = k
		}
	}
	f.SourceType = document.Str(t)
}

// putsNumberAt handles "X puts the number at N" and "X estimates the number
// at N": the figure is X's own, whatever statement the sentence is in. It
// also sets the basis: statistics when X is statistics, else an estimate.
func (c *figureCtx) putsNumberAt(f *Figure, sStart int) (string, bool) {
	i, _ := c.a.TokenRange(f.Span)
	k := i - 1
	// back over "at" and "the number/figure/total/toll"
	if k < sStart || lower(c.tokText(k)) != "at" {
		return "", false
	}
	k--
	// back over "the (death) toll", "the number of police killed"
	for k >= sStart && k >= i-9 && !estimateVerb(lower(c.tokText(k))) {
		if c.a.Tokens[k].Kind != segment.Word {
			return "", false
		}
		k--
	}
	if k < sStart || !estimateVerb(lower(c.tokText(k))) {
		return "", false
	}
	// The subject: back to the clause start, over an inserted ", however,".
	end := k
	start := k
	for j := k - 1; j >= sStart; j-- {
		t := c.a.Tokens[j]
		if t.Kind == segment.Punct && c.text[t.Start] == ',' {
			prev := lower(c.tokText(j - 1))
			if prev == "however" || prev == "meanwhile" || prev == "too" || prev == "instead" {
				j -= 2 // skip ", however"
				if j >= sStart && c.a.Tokens[j].Kind == segment.Punct {
					continue
				}
				j++
				continue
			}
			// "The Local Coordination Committees, an activist network, put …":
			// skip the appositive back to the name
			if start == end {
				skipped := false
				for j2 := j - 1; j2 >= sStart && j2 >= j-10; j2-- {
					if t2 := c.a.Tokens[j2]; t2.Kind == segment.Punct && c.text[t2.Start] == ',' {
						if attrArticle(lower(c.tokText(j2 + 1))) {
							j, skipped = j2, true
						}
						break
					}
				}
				if skipped {
					continue
				}
			}
			break
		}
		if t.Kind == segment.Punct || t.Kind == segment.Quote {
			break
		}
		switch lower(t.Text(c.text)) {
		case "while", "whereas", "but", "and", "although", "though":
			j = sStart - 1
			continue
		}
		start = j
	}
	if start == end {
		return "", true
	}
	src := c.nameIn(start, end)
	f.Anonymous = false
	// "an estimate announced by US officials put …", "a toll compiled by
	// the Observatory puts …": the figure is the estimate's author's
	for k := start; k+1 < end; k++ {
		if c.low(k) != "by" {
			continue
		}
		if by, anon := c.citedAt(k+1, end); by != "" && (anon || c.isSourceName(by) || describedType(by) != "") {
			src, f.Anonymous = by, anon
		}
		break
	}
	switch {
	case strings.Contains(strings.ToLower(src), "statistic") || strings.Contains(strings.ToLower(src), "data"):
		f.Basis = BasisStats
	default:
		f.Basis = BasisEstimate
	}
	return src, true
}

// nameIn returns the first organization or person named in tokens [k, end)
// before the clause ends, or the plain phrase up to the clause's end.
func (c *figureCtx) nameIn(k, end int) string {
	start := -1
	stop := k
	for j := k; j < end; j++ {
		t := c.a.Tokens[j]
		if j > k && strings.IndexByte(c.text[c.a.Tokens[j-1].End:t.Start], '\n') >= 0 {
			break // a name never runs over a line break
		}
		if c.text[t.Start:t.End] == "\u00ad" {
			continue // a soft hyphen inside a word: "Global­Post"
		}
		if t.Kind == segment.Punct && c.text[t.Start] != '-' || t.Kind == segment.Quote {
			break
		}
		softJoined := j > k && c.text[c.a.Tokens[j-1].Start:c.a.Tokens[j-1].End] == "\u00ad"
		if e := c.entityAt(t.Start); e != nil && (e.Type == entity.Org || e.Type == entity.Person) && !softJoined {
			return holderName(e, c.text)
		}
		if start < 0 {
			start = j
		}
		stop = j + 1
	}
	if start < 0 {
		return ""
	}
	s := strings.TrimSpace(c.text[c.a.Tokens[start].Start:c.a.Tokens[stop-1].End])
	for _, art := range []string{"the ", "The ", "an ", "An ", "a ", "A "} {
		s = strings.TrimPrefix(s, art)
	}
	return s
}

// relativeEnd returns where the noun phrase at token k ends before a
// relative clause or a participle's phrase ("according to a lawyer who
// shared the audio with CNN", "a study written by X"): a name after that
// point is not the one the phrase names.
func (c *figureCtx) relativeEnd(k, end int) int {
	for j := k + 1; j < end; j++ {
		switch w := c.low(j); w {
		case "who", "which", "that", "whose", "where":
			return j
		default:
			if c.a.Tokens[j].Flags&(segment.Cap|segment.AllCaps) == 0 && len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")) &&
				c.a.Tokens[j-1].Kind == segment.Word && c.a.Tokens[j-1].Flags&(segment.Cap|segment.AllCaps) == 0 {
				return j // "a study written …", "an autopsy performed …"
			}
		}
	}
	return end
}

// isOfficialBody reports a source that is a public authority by its name.
func (c *figureCtx) isOfficialBody(src string) bool {
	for _, w := range strings.Fields(strings.ToLower(src)) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,"), "'s"), "’s")
		if officialBody(w) {
			return true
		}
	}
	return false
}

// settleSource finishes the source found for a figure: a country speaking
// is its government ("Australia has reported …" → "Australian
// government").
func (c *figureCtx) settleSource(f *Figure) {
	defer func() {
		if noneSpeaker(strings.ToLower(string(f.Source))) {
			f.Source, f.Anonymous, f.Via = "", false, "" // "No government agency confirms …"
		}
	}()
	if f.Source == "" {
		if c.sources().unclaimed == f.Span {
			return // a claim denied with nobody named making it (fromStatement)
		}
		if sub, anon := c.postposedSource(f); sub != "" {
			f.Source, f.Anonymous = document.Str(sub), anon
			return
		}
		if sub, anon := c.subjectSource(f); sub != "" {
			f.Source, f.Anonymous = document.Str(sub), anon
			return
		}
		if st := c.studySource(f); st != "" {
			f.Source, f.Anonymous = document.Str(st), false
			return
		}
		if who := c.colonSpeaker(f); who != "" {
			f.Source = document.Str(canonicalSource(who))
		}
		return
	}
	if bareDocSource(string(f.Source)) {
		f.Source, f.Anonymous = "", false // "according to estimates": nobody named
		return
	}
	if g := countrySource(string(f.Source)); g != "" {
		f.Source = document.Str(g)
		return
	}
	f.Source = document.Str(c.studyName(string(f.Source)))
}

// colonSpeaker returns the person whose words a quote is when a sentence
// about that person introduces it with a colon and no cue ("X, a lighting
// designer, was walking past when the shots were fired: “It couldn't have
// been more than 20 feet.”"): the person the sentence opens with, or "".
func (c *figureCtx) colonSpeaker(f *Figure) string {
	para := c.paragraphStart(f.Span.Start)
	open := -1
	for i := f.Span.Start - 1; i >= para; i-- {
		switch c.text[i] {
		case '"':
			open = i
		case 0x9c: // the last byte of “ (E2 80 9C)
			if i >= 2 && c.text[i-2:i+1] == "“" {
				open = i - 2
			}
		case 0x9d: // ” closes a quote before the figure: not inside one
			if i >= 2 && c.text[i-2:i+1] == "”" {
				return ""
			}
		}
		if open >= 0 {
			break
		}
	}
	if open < 0 || strings.Count(c.text[para:open], "\"")%2 != 0 {
		return "" // a straight mark that closes an earlier quote
	}
	before := strings.TrimRight(c.text[para:open], " ")
	if !strings.HasSuffix(before, ":") {
		return ""
	}
	colon := para + len(before) - 1
	ss := c.a.Sentences
	si := sort.Search(len(ss), func(i int) bool { return ss[i].End > colon })
	if si >= len(ss) || ss[si].Start > colon {
		return ""
	}
	e := c.entityAt(ss[si].Start)
	if e == nil || e.Type != entity.Person || e.Span.Start != ss[si].Start {
		return ""
	}
	// the person is the subject: a verb or an apposition follows the name
	return holderName(e, c.text)
}

// bareDocSource reports a source that is only a plural document noun with
// no author ("according to estimates", "reports say"): the article's word.
func bareDocSource(src string) bool {
	if src == "" || strings.ContainsAny(src, " ") || src[0] < 'a' || src[0] > 'z' || !strings.HasSuffix(src, "s") {
		return false
	}
	return attrDocHead(src) || estimateNoun(src)
}

// inApposition reports a figure between a speaker and its cue: it
// describes the speaker ("Leon Cooperman, co-founder of a $4 billion hedge
// fund, said …"), it is not the speaker's claim.
func inApposition(s *Statement, f *Figure) bool {
	return !s.SpeakerSpan.IsZero() && !s.CueSpan.IsZero() && s.SpeakerSpan.End <= f.Span.Start && f.Span.End <= s.CueSpan.Start
}

// postposedReach bounds the tokens between a figure and a postposed cue
// that speaks for it ("…, activists said"): further on, in a run-on
// sentence of captions and bullets, the cue speaks of something else.
const postposedReach = 40

// near reports at most n tokens between offsets from and to.
func (c *figureCtx) near(from, to, n int) bool {
	i, _ := c.a.TokenRange(document.Span{Start: from, End: from})
	j, _ := c.a.TokenRange(document.Span{Start: to, End: to})
	return j-i <= n
}

// authorityVerb reports verbs by which a subject gives, counts, revises,
// asks for or plans the figure in their object ("The ministry has
// recorded 1,200 deaths", "The UN launched an appeal for $562m", "The
// company plans to handle 80,000 barrels"): the subject is its source.
func authorityVerb(w string) bool {
	switch w {
	case "reported", "reports", "announced", "announces", "announce", "estimated", "estimates", "recorded", "records",
		"registered", "registers", "documented", "documents", "counted", "counts", "confirmed", "confirms", "revised",
		"revises", "raised", "raises", "increased", "increases", "lowered", "lowers", "issued", "issues", "released",
		"releases", "published", "publishes", "launched", "launches", "appealed", "appeals", "pledged", "pledges",
		"promised", "promises", "plans", "planned", "planning", "wants", "wanted", "hopes", "hoped", "aims", "intends",
		"expects", "forecast", "forecasts", "predicted", "predicts", "projected", "projects", "declared", "reckon",
		"reckons", "calculated", "calculates", "tallied", "requested", "requests", "sought", "seeks", "listed", "lists":
		return true
	}
	return false
}

// releasedThings reports a release-like verb at token k whose object is
// a count of things let go or put out ("ISIS released two videos showing
// …", "the army released 150 prisoners"): the actor's deed, which it
// states nothing about; "released figures showing 300 deaths" is a
// statement, its object no number.
func (c *figureCtx) releasedThings(k int) bool {
	switch c.low(k) {
	case "released", "releases", "published", "publishes", "issued", "issues", "launched", "launches":
	default:
		return false
	}
	for j := k + 1; j <= k+4 && j < len(c.a.Tokens); j++ {
		if c.a.Tokens[j].Kind == segment.Number || spelledNumber(c.low(j)) {
			return true
		}
		switch c.low(j) {
		case "a", "an", "about", "some", "at", "least", "more", "than", "nearly", "almost", "around", "another", "over":
			continue
		}
		return false
	}
	return false
}

// spelledNumber reports a number word up to twenty ("two", "dozen").
func spelledNumber(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
		"fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "dozen", "dozens", "hundreds":
		return true
	}
	return false
}

// countAdjective reports a participle that qualifies the count noun after
// it, in a subject whose own verb follows: "confirmed cases stand at
// 4,322", "suspected deaths rose to 83" — not a verb with its object
// ("officials confirmed cases in three schools").
func countAdjective(w, next, after string) bool {
	switch w {
	case "confirmed", "suspected", "probable": // not "reported": "officials reported deaths rose to 40"
	default:
		return false
	}
	switch next {
	case "cases", "deaths", "infections", "fatalities", "patients", "victims", "casualties":
	default:
		return false
	}
	switch after {
	case "stand", "stands", "stood", "rose", "rise", "rises", "risen", "total", "totals", "totalled", "totaled",
		"reached", "reach", "reaches", "hit", "hits", "number", "numbered", "climbed", "jumped", "increased",
		"fell", "dropped", "now", "topped", "passed", "exceeded", "doubled", "tripled":
		return true
	}
	return false
}

// clauseFiller reports words between a subject and its verb: auxiliaries
// and adverbs ("has now", "also", "on Tuesday").
func clauseFiller(w string) bool {
	switch w {
	case "has", "have", "had", "will", "would", "is", "was", "are", "were", "also", "now", "already", "earlier", "later",
		"today", "yesterday", "then", "further", "since", "so", "far", "officially", "separately", "previously", "initially":
		return true
	}
	return false
}

// subjectSource finds the authority that is the subject of an
// authorityVerb governing the figure in its clause, or "". The subject
// must be an authority: a named person or organization, a country (its
// government), or a body or group of a known kind ("US scientists", "the
// company" resolved to the company named before).
func (c *figureCtx) subjectSource(f *Figure) (string, bool) {
	si := c.a.SentenceAt(f.Span.Start)
	if si < 0 {
		return "", false
	}
	sStart, _ := c.a.TokenRange(c.a.Sentences[si])
	qStart, _ := c.a.TokenRange(f.Span)
	verb := -1
	for k := qStart - 1; k >= sStart && k >= qStart-16; k-- {
		t := c.a.Tokens[k]
		if t.Kind == segment.Quote {
			return "", false
		}
		if t.Kind == segment.Punct {
			switch c.text[t.Start] {
			case '-', '(', ')', '$':
				continue
			}
			return "", false // the verb must govern the figure's own clause
		}
		w := c.low(k)
		if w == "that" && !sayVerb(c.low(k-1)) && !authorityVerb(c.low(k-1)) && !c.toldWhom(k) {
			return "", false // another clause; "said that", "tell CNN that" lead on to the verb
		}
		if w == "which" || w == "who" {
			return "", false
		}
		if (w == "and" || w == "but") && newClauseSubject(c.low(k+1)) {
			return "", false // "… confirmed the truce and there have been six attacks"
		}
		if authorityVerb(w) || sayVerb(w) || tellVerb(w) {
			if c.hyphenAt(k-1) || countAdjective(w, c.low(k+1), c.low(k+2)) {
				continue // "laboratory-confirmed cases", "Laboratory confirmed cases stand at": adjectives
			}
			switch c.low(k - 1) {
			case "the", "a", "an", "of", "more", "newly", "its", "their", "his", "her", "all", "other", "any", "no",
				"some", "with", "and", "or", "first", "new":
				continue // "the number of confirmed deaths", "an estimated 1,000": an adjective
			}
			verb = k
			break
		}
	}
	if verb < 0 || c.releasedThings(verb) {
		return "", false
	}
	end := verb
	for end > sStart && clauseFiller(c.low(end-1)) {
		end--
	}
	start := end
	for start > sStart {
		t := c.a.Tokens[start-1]
		if t.Kind == segment.Punct && c.text[t.Start] != '-' && c.text[t.Start] != '.' && c.text[t.Start] != '\'' || t.Kind == segment.Quote {
			break
		}
		if t.Kind == segment.Word && (c.inTime(document.Span{Start: t.Start, End: t.End}) || authorityVerb(c.lowTok(t)) || clauseJoin(c.lowTok(t))) {
			break // "Last week the WHO declared …", "… and officials said"
		}
		start--
	}
	if start >= end || end-start > 8 {
		return "", false
	}
	return c.authorityIn(start, end, f.Span.Start)
}

// authorityIn names the authority that tokens [start, end) are, or "": a
// person or organization, a country (its government), a description of an
// organization named before pos, or a body or group of a known kind.
func (c *figureCtx) authorityIn(start, end, pos int) (string, bool) {
	// "officials who spoke on condition of anonymity": the relative
	// clause tells the anonymity, the head is the source
	anon := false
	for k := start + 1; k < end; k++ {
		if w := c.low(k); w == "who" || w == "which" || w == "that" {
			for j := k; j < end; j++ {
				if attrAnonWord(c.low(j)) {
					anon = true
				}
			}
			end = k
			break
		}
	}
	if start >= end {
		return "", false
	}
	for k := start; k < end; k++ {
		if e := c.entityAt(c.a.Tokens[k].Start); e != nil && (e.Type == entity.Org || e.Type == entity.Person) {
			if e.Span.End <= c.a.Tokens[end-1].End && (e.Type == entity.Person || e.Span.End == c.a.Tokens[end-1].End) {
				return canonicalSource(holderName(e, c.text)), false
			}
		}
	}
	phrase := strings.TrimSpace(c.text[c.a.Tokens[start].Start:c.a.Tokens[end-1].End])
	phrase = canonicalSource(phrase)
	if g := countrySource(phrase); g != "" {
		return g, false
	}
	if r := c.resolveDescription(phrase, pos); r != phrase {
		return r, false
	}
	if descriptionKind(phrase) != nil {
		return "", false
	}
	if head := headBeforePrep(phrase); attrAnonHeadIn(head) && !isNamedBody(head) {
		return phrase, true // "officials", "Western diplomats", "hospital officials in Alexandria"
	}
	switch t := describedType(phrase); t {
	case "", SourceDocument, SourceUnknown:
		return "", false
	}
	return phrase, anon
}

// postposedSource reads an attribution closing the figure's sentence that
// the statement scanner left: "…, the UN estimates.", "…, the Disasters
// Emergency Committee (DEC) has said." It returns the authority, or "".
func (c *figureCtx) postposedSource(f *Figure) (string, bool) {
	si := c.a.SentenceAt(f.Span.Start)
	if si < 0 {
		return "", false
	}
	sStart, sEnd := c.a.TokenRange(c.a.Sentences[si])
	_, qEnd := c.a.TokenRange(f.Span)
	k := sEnd - 1
	for k > qEnd && c.a.Tokens[k].Kind != segment.Word {
		k-- // the full stop
	}
	for k > qEnd && c.inTime(document.Span{Start: c.a.Tokens[k].Start, End: c.a.Tokens[k].End}) {
		k-- // "on Tuesday"
	}
	if k > qEnd && (c.low(k-1) == "on" || c.low(k-1) == "last") && k-1 > qEnd {
		k -= 2
	}
	switch c.low(k) {
	case "said", "says", "estimates", "estimated", "reported", "reports", "added", "adds", "believes", "believe", "say":
	default:
		return "", false
	}
	end := k
	for end > qEnd && (c.low(end-1) == "has" || c.low(end-1) == "have" || c.low(end-1) == "had" || c.low(end-1) == "also") {
		end--
	}
	// the subject back to the comma that closes the figure's clause; an
	// acronym in brackets after the name goes
	start := end
	for start > qEnd {
		t := c.a.Tokens[start-1]
		if t.Kind == segment.Punct && c.text[t.Start] == ',' {
			break
		}
		if t.Kind == segment.Quote || t.Kind == segment.Punct && strings.IndexByte("-().'", c.text[t.Start]) < 0 {
			return "", false
		}
		start--
	}
	if start <= qEnd || start >= end || end-start > 10 || c.tokText(start-1) != "," {
		return "", false
	}
	if c.tokText(end-1) == ")" {
		for j := end - 1; j > start; j-- {
			if c.tokText(j) == "(" {
				end = j
				break
			}
		}
	}
	_ = sStart
	return c.authorityIn(start, end, f.Span.Start)
}

// staffOf reads the organization of unnamed staff who speak ("analysts at
// Barclays Capital", "researchers from Human Rights Watch", "officials at
// the Interior Ministry"): the named body is the source. It returns "" for
// other speakers.
func (c *figureCtx) staffOf(st *Statement) (org string) {
	if st.SpeakerSpan.IsZero() {
		return ""
	}
	staff := strings.ToLower(lastField(string(st.Speaker)))
	switch staff {
	case "analysts", "analyst", "economists", "economist", "researchers", "researcher", "experts", "expert",
		"officials", "official", "scientists", "staff", "staffers", "spokesman", "spokeswoman", "spokesperson":
	default:
		return ""
	}
	defer func() {
		// an organization the text does not type is of its staff's kind
		if org != "" && describedType(org) == "" && c.knownType(org) == "" {
			if t := sourceWord(staff); t != "" {
				c.sources().types[org] = t
			}
		}
	}()
	i, k := c.a.TokenRange(st.SpeakerSpan)
	// the preposition: inside the speaker's span ("Analysts at Barclays
	// Capital") or right after it
	for m := i + 1; m < k; m++ {
		if w := c.low(m); w == "at" || w == "from" || w == "with" || w == "of" || w == "for" {
			k = m
			break
		}
	}
	switch c.low(k) {
	case "at", "from", "with", "of", "for":
	default:
		return ""
	}
	j := k + 1
	if c.low(j) == "the" {
		j++
	}
	if j >= len(c.a.Tokens) {
		return ""
	}
	if e := c.entityAt(c.a.Tokens[j].Start); e != nil && e.Type == entity.Org {
		return canonicalSource(holderName(e, c.text))
	}
	// a name the recognizer left: its capitalized words
	e := j
	for e < len(c.a.Tokens) && e < j+5 && c.a.Tokens[e].Kind == segment.Word && c.a.Tokens[e].Flags&(segment.Cap|segment.AllCaps) != 0 {
		e++
	}
	if e > j {
		if name := c.text[c.a.Tokens[j].Start:c.a.Tokens[e-1].End]; c.isSourceName(name) || describedType(name) != "" {
			return canonicalSource(name)
		}
	}
	return ""
}

func lastField(s string) string {
	s = strings.TrimSpace(s)
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// sayVerb and tellVerb are the plainest reporting verbs: the statement
// scanner reads most of them; subjectSource reads those it left ("…, and
// hospital officials in Alexandria tell CNN that at least 31 …").
func sayVerb(w string) bool {
	return w == "said" || w == "says" || w == "say"
}

func tellVerb(w string) bool {
	return w == "told" || w == "tell" || w == "tells"
}

// clauseJoin reports words that join clauses: a subject does not reach
// back over them.
func clauseJoin(w string) bool {
	switch w {
	case "and", "but", "while", "whereas", "as", "after", "when", "because", "although", "though", "since", "where":
		return true
	}
	return false
}

// headBeforePrep cuts a phrase before its first preposition ("hospital
// officials in Alexandria" → "hospital officials").
func headBeforePrep(phrase string) string {
	for _, p := range []string{" in ", " at ", " from ", " of ", " with "} {
		if i := strings.Index(phrase, p); i > 0 {
			phrase = phrase[:i]
		}
	}
	return phrase
}

// toldWhom reports "tell(s)/told [the] Outlet Name" right before token k.
func (c *figureCtx) toldWhom(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if tellVerb(c.low(j)) {
			return true
		}
		if t := c.a.Tokens[j]; t.Kind != segment.Word || t.Flags&(segment.Cap|segment.AllCaps) == 0 && c.low(j) != "the" && c.low(j) != "reporters" {
			return false
		}
	}
	return false
}

// bareClaimNoun reports a report named by its noun alone, with at most a
// determiner or a word of time ("Reports", "such claims", "earlier
// reports"), not by author or medium ("media reports", "a Reuters report").
func bareClaimNoun(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return false
	}
	for i, w := range ws {
		w = strings.Trim(w, ".,'\"’")
		if i < len(ws)-1 {
			switch w {
			case "the", "these", "those", "this", "that", "such", "earlier", "previous", "recent", "initial", "some", "any", "all", "a":
				continue
			}
			return false
		}
		return attrClaimNoun(w)
	}
	return false
}

// reportLike reports a denied target read as a report: a name, or a noun
// phrase headed by a report or claim noun ("media report", "claims"), not
// a bare clause ("30 civilians had died").
func reportLike(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return false
	}
	if name[0] >= 'A' && name[0] <= 'Z' && len(ws) <= 6 {
		return true
	}
	for _, w := range ws {
		w = strings.ToLower(strings.Trim(w, ".,'\"’"))
		if attrClaimNoun(w) || attrDocHead(w) || attrPubHead(w) {
			return len(ws) <= 8
		}
	}
	return false
}

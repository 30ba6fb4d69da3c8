package extract

import (
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/entity"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// What an article tells about its sources beyond one sentence: the kind of
// authority a person is (the role given at the first mention), and which
// names are names at all.

// sourceMemo is built once per article, on first use; what it tells of a
// name is looked up when first asked and kept.
type sourceMemo struct {
	// types maps a canonical source name to the kind of authority the
	// article makes it ("Steve Wereley" → expert from "a professor of
	// mechanical engineering"), or "" when it says none.
	types map[string]string
	// isName caches isSourceName.
	isName map[string]bool
	// studies maps a poll or survey noun ("poll") to the study the article
	// reports ("Washington Post-ABC News poll"), and studyType that
	// study's kind of authority (its owner's).
	studies   map[string]string
	studyType map[string]string
	// studyFirst is the offset of the first mention of each study noun;
	// studySent marks the sentences that report a poll's answers.
	studyFirst map[string]int
	studySent  map[int]bool
	// unclaimed is the last figure found inside a claim denied with no
	// claimant named: the fallbacks must not give it the denier.
	unclaimed document.Span
}

func (c *figureCtx) sources() *sourceMemo {
	if c.memo != nil {
		return c.memo
	}
	m := &sourceMemo{types: map[string]string{}, isName: map[string]bool{},
		studies: map[string]string{}, studyType: map[string]string{}, studyFirst: map[string]int{}, studySent: map[int]bool{}}
	for i := range c.stmts {
		s := &c.stmts[i]
		if s.Anonymous || s.SourceType == "" || s.SourceType == SourceUnknown {
			continue
		}
		if _, ok := m.types[string(s.Speaker)]; !ok {
			m.types[string(s.Speaker)] = string(s.SourceType)
		}
	}
	c.memo = m
	c.findStudies(m)
	return m
}

// entityType is the kind of authority the article's mentions of name make
// it: a person's title or role at a mention ("a professor of mechanical
// engineering", "Gov."), a relative clause ("who heads the Observatory"),
// an organization's own name; a bare surname is the full name's.
func (c *figureCtx) entityType(name string) (typ string, found bool) {
	surname := strings.IndexByte(name, ' ') < 0
	for i := range c.a.Entities {
		e := &c.a.Entities[i]
		if e.Type != entity.Person && e.Type != entity.Org {
			continue
		}
		hn := holderName(e, c.text)
		if hn != name && e.Span.Of(c.text) != name &&
			!(surname && e.Type == entity.Person && strings.HasSuffix(hn, name) && strings.HasSuffix(hn[:len(hn)-len(name)], " ")) {
			continue
		}
		found = true
		desc := strings.TrimSpace(e.Title + " " + e.Role)
		if e.Type == entity.Org {
			desc = hn
		} else if desc == "" {
			desc = c.headsWhat(e)
		}
		if t := describedType(desc); t != "" {
			return t, true
		}
	}
	return "", found
}

// headsWhat reads the body a person leads from a relative clause after
// the name ("Rami Abdel Rahman, who heads the Observatory"), or "".
func (c *figureCtx) headsWhat(e *entity.Entity) string {
	_, k := c.a.TokenRange(e.Span)
	if c.tokText(k) != "," || c.low(k+1) != "who" {
		return ""
	}
	switch c.low(k + 2) {
	case "heads", "headed", "leads", "led", "runs", "ran", "directs", "chairs", "founded", "represents", "commands":
	default:
		return ""
	}
	d, _ := c.clauseText(k+3, len(c.a.Tokens))
	return d
}

// describedType is the kind of authority a description names ("a
// professor of mechanical engineering at Purdue University" → expert), or
// "".
func describedType(desc string) string {
	if desc == "" {
		return ""
	}
	low := " " + strings.ToLower(desc) + " "
	if t, ok := representedType(low); ok {
		return t // "a spokesman for the group"
	}
	if i := sourcePhraseFinder.first(low); i >= 0 {
		return sourcePhrases[i].typ
	}
	if whoName(desc) {
		return SourceIntergovernmental
	}
	return typeOfWords(low)
}

// knownType is the kind of authority the article makes name, or "".
func (c *figureCtx) knownType(name string) string {
	m := c.sources()
	if t, ok := m.types[name]; ok {
		return t
	}
	t, found := c.entityType(name)
	m.types[name] = t
	if found {
		m.isName[name] = true
	}
	return t
}

// plausibleSpeaker reports a statement whose speaker can be a figure's
// source: a kind of authority, an unnamed source, or a name of the
// article. A misread subject ("the new charge knocked …", "the man had
// told his rescuers …", "Worldwide, …") is none.
func (c *figureCtx) plausibleSpeaker(s *Statement) bool {
	name := string(s.Speaker)
	switch {
	case name == "" || bareSpeaker(name):
		return false
	case s.Anonymous || s.SpeakerType == SpeakerAnonymous:
		return true
	case s.SourceType != "" && s.SourceType != SourceUnknown:
		return true
	case descriptionKind(name) != nil:
		return c.resolveDescription(name, s.Span.Start) != name
	case peopleName(name):
		return true // "The Kurds report receiving 40 machine guns"
	}
	return c.isSourceName(name)
}

// peopleName reports a people or a nation named in the plural ("Kurds",
// "Yazidis", "Syrians"): a group that speaks through its leaders.
func peopleName(name string) bool {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "The "), "the ")
	if strings.IndexByte(name, ' ') >= 0 || !strings.HasSuffix(name, "s") {
		return false
	}
	for _, n := range []string{name, strings.TrimSuffix(name, "s")} {
		if t, _, _, ok := entity.Lookup(n); ok && t == entity.NORP {
			return true
		}
	}
	return false
}

// isSourceName reports a name of a person or organization: one the article
// names as such, one the gazetteer knows, or several capitalized words.
func (c *figureCtx) isSourceName(name string) bool {
	m := c.sources()
	if v, ok := m.isName[name]; ok {
		return v
	}
	v := c.sourceNameUncached(name)
	m.isName[name] = v
	return v
}

func (c *figureCtx) sourceNameUncached(name string) bool {
	if c.knownType(name) != "" {
		return true
	}
	if _, found := c.entityType(name); found {
		return true
	}
	if t, _, _, ok := entity.Lookup(name); ok && (t == entity.Org || t == entity.Person || t == entity.Place) {
		return true
	}
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if w[0] < 'A' || w[0] > 'Z' {
			switch w {
			case "of", "for", "and", "the", "on", "to", "de", "al", "el", "bin", "van", "von":
				continue
			}
			if arabicParticle(w) {
				continue // "al-Badri", "el-Sisi", "bin-Laden"
			}
			return false
		}
	}
	return true
}

// arabicParticle reports a name part joined to its particle: "al-Badri",
// "el-Hadi", "abu-Bakr".
func arabicParticle(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "ash-", "as-", "at-", "ar-", "bin-", "ibn-", "abu-", "abd-"} {
		if len(w) > len(p) && strings.HasPrefix(w, p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			return true
		}
	}
	return false
}

// countrySource names the government of a country given as a source
// ("Australia has reported five new cases" → "Australian government"), or
// returns "" when name is no country.
func countrySource(name string) string {
	if t, _, _, ok := entity.Lookup(name); !ok || t != entity.Place {
		return ""
	}
	d := entity.Demonym(name)
	switch {
	case d == "":
		return ""
	case isAbbrev(name):
		return name + " government" // "US government", "UK government"
	}
	return d + " government"
}

// studyNoun reports nouns of a poll or survey of people: the figures after
// it in the article are its answers.
func studyNoun(w string) bool {
	switch w {
	case "poll", "survey", "study":
		return true
	}
	return false
}

// respondentWord reports words of a poll's answers ("44 percent said",
// "approval", "the margin of sampling error").
func respondentWord(w string) bool {
	switch w {
	case "respondents", "respondent", "approval", "approve", "approving", "disapprove", "favored", "favoured",
		"oppose", "opposed", "supported", "blame", "sampling", "margin", "surveyed", "polled", "asked", "percentages":
		return true
	}
	return false
}

// findStudies finds the polls and surveys an article reports, with the
// fullest name it gives each ("a new Washington Post-ABC News poll", "the
// survey, which was commissioned by RSM McGladrey, a financial services
// consultancy"), and the sentences that report their answers.
func (c *figureCtx) findStudies(m *sourceMemo) {
	toks := c.a.Tokens
	for k := range toks {
		w := c.low(k)
		if !studyNoun(w) {
			continue
		}
		if _, ok := m.studyFirst[w]; !ok {
			m.studyFirst[w] = toks[k].Start
		}
		if si := c.a.SentenceAt(toks[k].Start); si >= 0 {
			m.studySent[si] = true
		}
		if _, ok := m.studies[w]; ok {
			continue
		}
		if owner, typ := c.studyOwner(k); owner != "" {
			name := owner + " " + w
			m.studies[w] = name
			if typ == "" {
				typ = describedType(owner)
			}
			if typ != "" {
				m.studyType[name] = typ
			}
		}
	}
	if len(m.studyFirst) == 0 {
		return
	}
	for i := range c.stmts {
		if numericSpeaker(string(c.stmts[i].Speaker)) { // "a quarter of all voters said"
			if si := c.a.SentenceAt(c.stmts[i].CueSpan.Start); si >= 0 {
				m.studySent[si] = true
			}
		}
	}
	for si, sp := range c.a.Sentences {
		i, j := c.a.TokenRange(sp)
		for k := i; k < j; k++ {
			w := c.low(k)
			if respondentWord(w) || (w == "percent" || w == "%") && c.low(k+1) == "said" {
				m.studySent[si] = true
				break
			}
		}
	}
}

// studyOwner reads who made the study whose noun is token k: capitalized
// words before it ("Washington Post-ABC News poll"), a possessor ("Gallup's
// poll"), or "by X" after it ("commissioned by RSM McGladrey"). The type is
// that of a description in apposition to the owner ("…, a financial
// services consultancy"), else "".
func (c *figureCtx) studyOwner(k int) (string, string) {
	toks := c.a.Tokens
	start := k
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := toks[j]
		if t.Kind == segment.Word && t.Flags&(segment.Cap|segment.AllCaps) != 0 && !c.sentenceStart(j) {
			start = j
			continue
		}
		if t.Kind == segment.Number && j > 0 && c.a.Tokens[j-1].Flags&(segment.Cap|segment.AllCaps) != 0 {
			continue // "Channel 9 poll"
		}
		if t.Kind == segment.Punct && c.text[t.Start] == '-' && j > 0 && toks[j-1].End == t.Start {
			continue
		}
		if w := c.low(j); w == "'s" || w == "’s" {
			continue
		}
		break
	}
	if start < k {
		owner := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(c.text[toks[start].Start:toks[k-1].End]), "'s"), "’s")
		return owner, ""
	}
	si := c.a.SentenceAt(toks[k].Start)
	if si < 0 {
		return "", ""
	}
	_, sEnd := c.a.TokenRange(c.a.Sentences[si])
	for j := k + 1; j < sEnd && j <= k+6; j++ {
		if c.low(j) != "by" {
			continue
		}
		name := c.nameIn(j+1, sEnd)
		if name == "" || name[0] < 'A' || name[0] > 'Z' {
			return "", ""
		}
		// the appositive after the owner's name
		for e := j + 1; e < sEnd-2; e++ {
			if c.tokText(e) == "," {
				if attrArticle(c.low(e + 1)) {
					d, _ := c.clauseText(e+2, sEnd)
					return name, describedType(d)
				}
				break
			}
		}
		return name, ""
	}
	return "", ""
}

// clauseText is the text of tokens [k, end) up to the next punctuation.
func (c *figureCtx) clauseText(k, end int) (string, int) {
	j := k
	for j < end && c.a.Tokens[j].Kind == segment.Word {
		j++
	}
	if j == k {
		return "", k
	}
	return c.text[c.a.Tokens[k].Start:c.a.Tokens[j-1].End], j
}

// sentenceStart reports token k first in its sentence: its capital says
// nothing.
func (c *figureCtx) sentenceStart(k int) bool {
	si := c.a.SentenceAt(c.a.Tokens[k].Start)
	return si >= 0 && c.a.Sentences[si].Start == c.a.Tokens[k].Start
}

// studySource gives a figure with no other source the poll or survey whose
// answers it reports: in a sentence that names the study ("In the poll, 60
// percent …", "The survey of 102 managers …") or reports answers ("Eighteen
// percent favored looser oversight"), after the study is first named.
// Other figures of the article are not the poll's.
func (c *figureCtx) studySource(f *Figure) string {
	m := c.sources()
	if len(m.studyFirst) == 0 {
		return ""
	}
	si := c.a.SentenceAt(f.Span.Start)
	share := f.Unit == "%" || strings.Contains(string(f.Unit), "percent") || strings.Contains(string(f.Unit), "point")
	if si < 0 || !m.studySent[si] && !(si > 0 && m.studySent[si-1] && share) {
		return ""
	}
	best, at := "", -1
	for w, first := range m.studyFirst {
		if first > f.Span.End || first < at {
			continue
		}
		if !share && !c.sentenceHas(si, w) {
			continue // a count in a poll's article is the poll's only where it names it
		}
		best, at = w, first
	}
	if best == "" {
		return ""
	}
	if name, ok := m.studies[best]; ok {
		return name
	}
	return best
}

// sentenceHas reports sentence si holding the lower-case word w.
func (c *figureCtx) sentenceHas(si int, w string) bool {
	i, j := c.a.TokenRange(c.a.Sentences[si])
	for k := i; k < j; k++ {
		if c.low(k) == w {
			return true
		}
	}
	return false
}

// studyName gives a source that is a bare study noun ("survey", "new
// poll") the study's full name in the article.
func (c *figureCtx) studyName(src string) string {
	l := strings.ToLower(src)
	for _, adj := range []string{"new ", "latest ", "recent ", "the "} {
		l = strings.TrimPrefix(l, adj)
	}
	if !studyNoun(l) {
		// "new Washington Post-ABC News poll": the adjective goes
		for _, adj := range []string{"new ", "latest ", "recent "} {
			if strings.HasPrefix(src, adj) && len(src) > len(adj) && src[len(adj)] >= 'A' && src[len(adj)] <= 'Z' {
				return src[len(adj):]
			}
		}
		return src
	}
	if name, ok := c.sources().studies[l]; ok {
		return name
	}
	return src
}

// descriptionKind returns the kinds of organization a description names
// ("the energy giant", "the British-based monitor", "the charity"), or nil
// when name is no description.
func descriptionKind(name string) []string {
	if name == "" || name[0] >= 'A' && name[0] <= 'Z' && !strings.HasPrefix(name, "The ") && !strings.Contains(name, "-based") {
		return nil // a name, not a description (no allocation for the common case)
	}
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) > 0 && (ws[0] == "the" || ws[0] == "a" || ws[0] == "an") {
		ws = ws[1:]
	}
	// "a group monitoring the war", "an organisation that monitors the
	// conflict": the description ends where its modifier begins
	for k := 1; k < len(ws); k++ {
		if w := ws[k]; w == "that" || w == "which" || len(w) > 5 && strings.HasSuffix(w, "ing") {
			ws = ws[:k]
			break
		}
	}
	if len(ws) == 0 || len(ws) > 3 || name != strings.ToLower(name) && !strings.HasPrefix(name, "The ") && !strings.Contains(name, "-based") {
		return nil
	}
	if len(ws) > 1 {
		switch ws[len(ws)-1] {
		case "analysts", "economists", "researchers", "experts", "officials", "spokesman", "spokeswoman", "staff":
			ws = ws[:len(ws)-1] // "the investment bank analysts": the bank's
		}
	}
	switch ws[len(ws)-1] {
	case "giant", "company", "firm", "operator", "insurer", "lender", "carrier", "airline", "bank", "conglomerate", "multinational":
		return []string{SourceCompany}
	case "charity", "group", "organisation", "organization", "monitor", "watchdog", "network", "observatory", "ngo":
		return []string{SourceNGO, SourceActivists}
	case "agency", "body":
		return []string{SourceIntergovernmental, SourceGovernment, SourceNGO, SourceMedia}
	case "ministry", "department":
		return []string{SourceGovernment}
	case "broadcaster", "channel", "newspaper", "paper", "daily", "network's":
		return []string{SourceMedia}
	}
	return nil
}

// resolveDescription gives a description of an organization ("the energy
// giant", "the charity") the name of the organization of that kind the
// article named last before pos, or returns name as it is.
func (c *figureCtx) resolveDescription(name string, pos int) string {
	kinds := descriptionKind(name)
	if kinds == nil {
		return name
	}
	es := c.a.Entities
	untyped := ""
	for i := sort.Search(len(es), func(i int) bool { return es[i].Span.Start >= pos }) - 1; i >= 0; i-- {
		e := &es[i]
		if e.Span.Start >= pos || e.Type != entity.Org {
			continue
		}
		if pos-e.Span.Start > 4000 {
			break // a few paragraphs at most
		}
		org := canonicalSource(holderName(e, c.text))
		t := describedType(org)
		if t == "" {
			t = c.knownType(org)
		}
		if t == "" && untyped == "" && kinds[0] != SourceMedia && kinds[0] != SourceGovernment {
			untyped = org // an organization the text does not type: "Oxfam", "Tearfund"
		}
		for _, k := range kinds {
			if t == k {
				return org // one of the kind described comes first
			}
		}
	}
	if untyped != "" {
		return untyped
	}
	// none before: a lead that describes the body before naming it ("…, a
	// group monitoring the war said. … The Syrian Observatory for Human
	// Rights said …"); only one of the kind described, named soon after
	for i := sort.Search(len(es), func(i int) bool { return es[i].Span.Start >= pos }); i < len(es); i++ {
		e := &es[i]
		if e.Span.Start-pos > 4000 {
			break
		}
		if e.Type != entity.Org {
			continue
		}
		org := canonicalSource(holderName(e, c.text))
		t := describedType(org)
		if t == "" {
			t = c.knownType(org)
		}
		if t != "" && t == kinds[0] {
			return org
		}
	}
	return name
}

package extract

import (
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/entity"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// Speaker resolution. Each attribution's source phrase is classified and
// normalized:
//   - a person's name loses its titles ("Gen. Joseph Dunford" → "Joseph
//     Dunford", role "Gen."), and a bare surname takes the full name seen
//     earlier ("Dunford");
//   - pronouns take the most recent compatible speaker: he/she a person or a
//     singular unnamed source, it a document, publication or organization,
//     they a plural source or an organization;
//   - definite descriptions ("the official", "the letter", "the article")
//     take the most recent speaker with the same head noun, "the article" /
//     "the report" the news outlet named nearby; a title description with no
//     earlier match ("the top US general") takes the next named person
//     whose title contains the head within the following sentences;
//   - a speaker with no name whose head is a source noun ("officials", "a
//     source", "a senior administration official") is anonymous, and so is
//     every statement whose sentence says the speaker was anonymous or cites
//     anonymous sources ("Citing anonymous officials, the article reported");
//     a publication that reported through anonymous sources keeps that flag
//     for its later statements.

type attrMention struct {
	name, role, typ string
	head            string
	anon            bool
	plural          bool
	named           bool
	weak            bool // no name, title, body or source noun: "looters", "things", "45 percent"
	pending         bool // a title description waiting for a later name
	sent            int
}

type attrPerson struct {
	name, last, role string
	pos              int // where the text first names them (-1: not known)
}

// attrPersons are the full names seen so far, indexed by name and by
// lower-cased surname so that each look-up is constant time.
type attrPersons struct {
	list   []attrPerson
	byName map[string]int
	byLast map[string]int // first person with this surname
}

// attrBack bounds how far back (in attributions) a definite description
// looks for its antecedent.
const attrBack = 60

func (s *attrScan) resolve() []Statement {
	n := len(s.raw)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return s.rawPos(order[x]) < s.rawPos(order[y]) })
	ments := make([]attrMention, n)
	done := make([]int, 0, n) // raw indexes resolved so far, in text order
	persons := &attrPersons{byName: map[string]int{}, byLast: map[string]int{}}
	for _, e := range s.a.Entities {
		if e.Type == entity.Person && strings.IndexByte(e.Norm, ' ') > 0 {
			// "Adm. Mike Mullen, the chairman of the Joint Chiefs": title and role
			persons.addAt(e.Norm, attrJoinRole(e.Title, attrStripThe(e.Role), ""), e.Span.Start)
		}
	}
	s.pubAnon = map[string]bool{}
	for _, k := range order {
		r := &s.raw[k]
		var m attrMention
		if r.inherit >= 0 {
			m = ments[r.inherit]
		} else {
			linked := s.joinNameLinks(r)
			m = s.mention(r, ments, done, persons)
			if linked != "" && m.name != "" && strings.Contains(linked, m.name) {
				// the entity layer knows only a part ("Protect Journalists")
				m.name, m.named = linked, true
			}
			if org, role := s.groupMember(r); role != "" {
				// "a researcher for the group", "the group's spokesman": an
				// unnamed member of the organization named before, never
				// another organization's spokesman quoted earlier
				name := attrStripThe(s.span(r.src[0], r.src[1]).Of(s.text))
				if org != "" {
					name = org + " " + role
				}
				m.name, m.role, m.anon, m.named = name, role, true, false
				if m.typ == SpeakerOrg || m.typ == SpeakerPerson || m.typ == "" {
					m.typ = SpeakerAnonymous
				}
			}
		}
		m.sent = r.sent
		if m.typ != SpeakerPublication || !m.anon {
			if s.sentenceAnon(r) {
				m.anon = true
			}
		}
		ments[k] = m
		if m.typ == SpeakerPublication && m.anon {
			s.pubAnon[m.name] = true
		}
		done = append(done, k)
	}
	// cataphora: "…, the top US general told reporters. "…," General Mark Milley said"
	for x, k := range done {
		m := &ments[k]
		if !m.pending {
			continue
		}
		for _, k2 := range done[x+1:] {
			o := ments[k2]
			if o.sent > m.sent+2 {
				break
			}
			if o.typ == SpeakerPerson && o.named && (m.head == "" || attrHasWord(o.role, m.head) || o.sent <= m.sent+1) {
				role := m.name
				m.name, m.named, m.pending = o.name, true, false
				if role == "" {
					role = o.role
				}
				m.role = role
				break
			}
		}
	}
	out := make([]Statement, 0, n)
	for k := range s.raw {
		r := &s.raw[k]
		m := ments[k]
		if m.weak && (r.cls == cueAct || r.cls == cueThink) {
			// an attitude or act of something that is no source: "looters
			// attacked", "things seemed", "45 percent supported"
			continue
		}
		st := Statement{
			Speaker:     document.Str(m.name),
			SpeakerRole: document.Str(m.role),
			SpeakerType: document.Str(m.typ),
			Anonymous:   m.anon,
			ContentSpan: r.content,
			Content:     r.content.Of(s.text),
			Direct:      r.direct,
		}
		if r.inherit < 0 && r.src[1] > r.src[0] {
			st.SpeakerSpan = s.span(r.src[0], r.src[1])
		}
		if r.cue[1] > r.cue[0] {
			st.CueSpan = s.span(r.cue[0], r.cue[1])
			st.Cue = document.Str(st.CueSpan.Of(s.text))
		}
		st.Span = attrHull(attrHull(st.SpeakerSpan, st.CueSpan), st.ContentSpan)
		if r.sent >= 0 && r.sent < len(s.sentSp) {
			st.Sentence = s.sentSp[r.sent]
		}
		s.stance(r, &st)
		out = append(out, st)
	}
	return out
}

func attrHull(a, b document.Span) document.Span {
	if a.IsZero() {
		return b
	}
	if b.IsZero() {
		return a
	}
	if b.Start < a.Start {
		a.Start = b.Start
	}
	if b.End > a.End {
		a.End = b.End
	}
	return a
}

func (ps *attrPersons) add(name, role string) { ps.addAt(name, role, -1) }

// addAt adds a person first named at pos.
func (ps *attrPersons) addAt(name, role string, pos int) {
	last := name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		last = name[i+1:]
	}
	if i, ok := ps.byName[name]; ok {
		if ps.list[i].role == "" {
			ps.list[i].role = role
		}
		if ps.list[i].pos < 0 {
			ps.list[i].pos = pos
		}
		return
	}
	ps.byName[name] = len(ps.list)
	keys := []string{strings.ToLower(last)}
	// "al-Assad" is "Mr Assad" too
	for _, pre := range []string{"al-", "el-", " al ", "bin "} {
		if k := strings.ToLower(last); strings.HasPrefix(k, pre) && len(k) > len(pre)+1 {
			keys = append(keys, k[len(pre):])
		}
	}
	for _, k := range keys {
		if _, ok := ps.byLast[k]; !ok {
			ps.byLast[k] = len(ps.list)
		}
	}
	ps.list = append(ps.list, attrPerson{name: name, last: last, role: role, pos: pos})
}

// byRole returns the person named last before pos whose role fits the
// title description desc with head noun head ("the envoy" → "UN envoy Kofi
// Annan", "the chairman of the Joint Chiefs" → Mike Mullen): the head must
// be in the role, and so must the description's other name words ("the
// Libyan leader" is not the Syrian one).
func (ps *attrPersons) byRole(desc, head string, pos int) (attrPerson, bool) {
	var best attrPerson
	found := false
	for _, p := range ps.list {
		if p.pos < 0 || p.pos >= pos || p.role == "" || !attrRoleHas(p.role, head) || found && p.pos < best.pos {
			continue
		}
		if roleFits(desc, head, p.role, true) {
			best, found = p, true
		}
	}
	return best, found
}

// roleFits reports whether a title description ("the Libyan leader", "the
// information minister") fits a person's role: its name words and its
// modifiers must be in the role — "the information minister" is not
// "Defense Minister Ehud Barak", "the Libyan leader" not the Syrian one.
// Words that do not tell one office from another ("the", "former", "top")
// need not be. names says whether capitalized words must be too: a
// speaker just named may be "the BP boss" without BP in his role, but a
// person only mentioned must match by name ("the Libyan leader").
func roleFits(desc, head, role string, names bool) bool {
	lr := strings.ToLower(role)
	for _, w := range strings.Fields(desc) {
		w = strings.Trim(w, ".,'’")
		lw := strings.ToLower(w)
		if w == "" || lw == head || roleNeutral(lw) || !names && w[0] >= 'A' && w[0] <= 'Z' {
			continue
		}
		if !attrHasWord(role, lw) && !strings.Contains(lr, lw) {
			return false
		}
	}
	return true
}

// roleNeutral: words of a title description that do not name the office.
func roleNeutral(w string) bool {
	switch w {
	case "the", "a", "an", "former", "then", "new", "top", "senior", "country's", "nation's", "its", "his", "her",
		"their", "same", "embattled", "veteran", "powerful", "current", "outgoing", "incoming", "acting", "local",
		"regional", "state's", "city's", "group's", "party's", "army's", "government's", "company's", "firm's":
		return true
	}
	return false
}

// bySurname returns the first full name seen with surname last.
func (ps *attrPersons) bySurname(last string) (attrPerson, bool) {
	i, ok := ps.byLast[strings.ToLower(last)]
	if !ok {
		return attrPerson{}, false
	}
	return ps.list[i], true
}

// sentenceAnon reports whether the sentence of r, outside its content, says
// the source is anonymous ("who spoke on condition of anonymity", "citing
// unnamed officials"). The sentence's cue words are listed once, so each
// question costs a binary search, not a walk over the sentence.
func (s *attrScan) sentenceAnon(r *attrRaw) bool {
	if r.sent < 0 || r.sent >= len(s.sentTok) {
		return false
	}
	if s.anonCache == nil {
		s.anonCache = map[int]*attrAnonWords{}
	}
	aw := s.anonCache[r.sent]
	if aw == nil {
		aw = &attrAnonWords{}
		for k := s.sentTok[r.sent][0]; k < s.sentTok[r.sent][1]; k++ {
			if s.toks[k].Kind != segment.Word {
				continue
			}
			switch w := s.w(k); {
			case attrAnonWord(w):
				aw.anon = append(aw.anon, s.toks[k].Start)
			case w == "citing":
				aw.citing = append(aw.citing, s.toks[k].Start)
			case w == "officials" || w == "sources" || w == "source" || w == "people":
				aw.src = append(aw.src, s.toks[k].Start)
			}
		}
		s.anonCache[r.sent] = aw
	}
	c := r.content
	outside := func(pos int) bool { return pos < c.Start || pos >= c.End }
	if n := len(aw.anon); n > 0 && (outside(aw.anon[0]) || outside(aw.anon[n-1])) {
		return true
	}
	// the first "citing" outside the content, then a source noun after it, outside too
	ci := -1
	if len(aw.citing) > 0 && aw.citing[0] < c.Start {
		ci = aw.citing[0]
	} else if x := sort.SearchInts(aw.citing, c.End); x < len(aw.citing) {
		ci = aw.citing[x]
	}
	if ci < 0 {
		return false
	}
	x := sort.SearchInts(aw.src, ci+1)
	if x < len(aw.src) && outside(aw.src[x]) {
		return true
	}
	n := len(aw.src)
	return n > 0 && aw.src[n-1] > ci && aw.src[n-1] >= c.End
}

// attrAnonWords are the start offsets, in one sentence, of the words that
// make a source anonymous.
type attrAnonWords struct{ anon, citing, src []int }

// mention classifies and normalizes the source phrase of r.
func (s *attrScan) mention(r *attrRaw, ments []attrMention, done []int, persons *attrPersons) attrMention {
	i, j := r.src[0], r.src[1]
	var m attrMention
	if i >= j {
		return m
	}
	if r.ante[1] > r.ante[0] && !(j-i > 1 || j-i == 1 && !s.is(i, "who") && !s.is(i, "which") && !s.is(i, "that")) {
		// "who" names its antecedent; a passive's agent does not ("…
		// journalists, which were confirmed by U.S. officials")
		i, j = r.ante[0], r.ante[1]
	}
	text := s.text
	if j-i == 1 {
		if p := attrPronoun(s.w(i)); p != 0 {
			return s.pronoun(p, i, ments, done, persons)
		}
	}
	i0 := i
	det := ""
	if s.isWord(i) && !s.isCap(i) && attrDet(s.w(i)) || s.is(i, "the") {
		det = s.w(i)
		i0 = i + 1
	}
	if i0 >= j {
		return m
	}
	// "a number of residents", "a group of witnesses": the people are the
	// speakers, not the quantity
	if s.is(i0, "a") && i0+1 < j {
		if q := i0 + 1; s.is(q, "number") || s.is(q, "group") || s.is(q, "handful") {
			i0 = q
		}
	}
	if (s.is(i0, "number") || s.is(i0, "group") || s.is(i0, "handful")) && i0+2 < j && s.is(i0+1, "of") && s.isWord(i0+2) && !s.isCap(i0+2) {
		i, i0, det = i0+2, i0+2, ""
	}
	// a headline glued to the next sentence: "Tear gas fired at Cairo
	// protesters Witnesses": the speaker is the capitalized source noun
	if l := j - 1; l-i0 >= 3 && s.isCap(l) && (attrAnonHead(s.w(l)) || attrPeopleNoun(s.w(l))) && s.isWord(l-1) &&
		!s.isCap(l-1) && !attrDet(s.w(l-1)) && !attrPrep(s.w(l-1)) {
		i, i0, det = l, l, ""
	}
	headEnd := j
	for k := i0 + 1; k < j; k++ {
		switch s.w(k) {
		case "of", "for", "with", "from", "by", "against", "at", "in", "on", "seen", "familiar", "close", "who", "to",
			"which", "that", ",", "(", "involved", "briefed":
			headEnd = k
		}
		if s.participleAfterHead(k) {
			headEnd = k // "hostages held by the group", "people fleeing the town"
		}
		if headEnd != j {
			break
		}
	}
	h := headEnd - 1
	for h > i0 && !s.isWord(h) {
		h--
	}
	head := s.w(h)
	// "Officials said", "Rebels in Misrata said": a common noun capitalized
	// only because it opens the sentence
	opens := h == i0 && r.sent >= 0 && r.sent < len(s.sentTok) && (h == s.sentTok[r.sent][0] || h > 0 && s.isOpen(h-1))
	// "Reports from the scene in X said": a document noun capitalized
	// only because it opens the sentence, with attachments after it
	headCap := s.isCap(h) && !(h == i0 && ((h+1 == j || opens && h+1 == headEnd && s.participleAfterHead(headEnd)) && attrAnonHead(head) || opens && attrPeopleNoun(head) && !attrAnonHead(head) ||
		opens && headEnd < j && attrDocHead(head)))
	full := s.span(i, j).Of(text)
	noDet := s.span(i0, j).Of(text)
	m.head = head
	m.plural = len(head) > 3 && head[len(head)-1] == 's' && !strings.HasSuffix(head, "ss")
	roleText := ""
	if r.role[1] > r.role[0] && !s.is(r.role[0], "who") && !s.is(r.role[0], "which") {
		roleText = s.span(r.role[0], r.role[1]).Of(text)
	}
	if r.role[1] > r.role[0] {
		for k := r.role[0]; k < r.role[1]; k++ {
			if attrAnonWord(s.w(k)) {
				m.anon = true
			}
		}
	}
	for k := i; k < j; k++ {
		if attrAnonWord(s.w(k)) {
			m.anon = true
		}
	}
	definite := det == "the" || det == "this" || det == "that"

	// entity layer first, unless the phrase names an outlet or organization
	outlet := false
	orgWord := false
	for k := i0; k < j; k++ {
		if s.isCap(k) {
			// "Agency" is an outlet's only as a news or press agency: not
			// "the International Atomic Energy Agency"
			if attrOutletWord(s.w(k)) && (s.w(k) != "agency" || k > i0 && (s.is(k-1, "news") || s.is(k-1, "press"))) {
				outlet = true
			}
			if attrOrgWord(s.w(k)) {
				orgWord = true
			}
		}
	}
	// "The BBC's Jim Muir in Beirut", "CNN's Arwa Damon": a correspondent
	// speaks, a person of the outlet
	if outlet {
		for k := i0 + 1; k+1 < j; k++ {
			if !s.is(k, "'s") && !s.is(k, "’s") {
				continue
			}
			if e, ok := s.entityIn(s.span(k+1, j)); ok && e.Type == entity.Person && e.Span.Start == s.toks[k+1].Start && strings.IndexByte(e.Norm, ' ') > 0 {
				m.typ, m.named, m.name = SpeakerPerson, true, e.Norm
				m.role = attrJoinRole(s.span(i0, k).Of(text)+" correspondent", roleText, "")
				persons.add(m.name, m.role)
				return m
			}
			break
		}
	}
	// the head noun decides against the entity layer: "the Commission on
	// Presidential Debates" is an organization even if a person is found in it
	hw := headEnd - 1
	for hw > i0 && !s.isWord(hw) {
		hw--
	}
	headOrg := s.isCap(hw) && attrOrgWord(s.w(hw))
	// "witnesses in Damasak", "residents in Gava": people located by a
	// place the entity layer may misread as a name; the people speak
	located := headEnd < j && s.is(headEnd, "in") && !headCap && (attrAnonHead(head) || attrPeopleNoun(head)) ||
		headEnd < j && !headCap && attrDocHead(head) && !s.is(headEnd, "by") && !s.is(headEnd, "of") // "reports from the scene in X": X is where, not who
	// "A senior aide to President X, Y, told …": the appositive names the
	// aide; X only says whose aide
	if e, ok := s.entityIn(s.span(i, j)); ok && !headCap && r.role[1] > r.role[0] && !e.Span.Contains(s.span(h, h+1)) &&
		(headEnd < j && e.Span.Start >= s.toks[headEnd].Start || e.Span.End <= s.toks[h].Start && (attrTitle(head) || attrAnonHead(head))) {
		if am, ok := s.appositive(r, head, false, noDet, roleText, persons); ok {
			return am
		}
	}
	e, ok := s.entityIn(s.span(i, j))
	if ok && e.Type == entity.Person {
		// "Hunter's spokesman Joe Kasper": the possessor says whose; the
		// person named after the title speaks
		if _, ek := s.a.TokenRange(e.Span); ek+1 < j && (s.is(ek, "'s") || s.is(ek, "’s") || s.is(ek-1, "'s") || s.is(ek-1, "’s")) {
			if e2, ok2 := s.entityIn(s.span(ek+1, j)); ok2 && e2.Type == entity.Person && e2.Span.Start > e.Span.End {
				e = e2
			}
		}
	}
	if ok && !outlet && !headOrg && !(located && e.Span.Start >= s.toks[headEnd].Start) {
		single := j-i0 == 1 && s.toks[i0].Flags&segment.AllCaps != 0 // "the MPAA" is no person
		switch {
		case e.Type == entity.Person && !single:
			m.typ, m.named = SpeakerPerson, true
			m.name = e.Norm
			if m.name == "" {
				m.name = e.Span.Of(text)
			}
			if tail := hyphenTail(text, e.Span.End); tail != "" && strings.HasSuffix(m.name, e.Span.Of(text)[strings.LastIndexByte(e.Span.Of(text), ' ')+1:]) {
				m.name += tail // "Ban Ki-moon", which the entity layer cut at the hyphen
			}
			title := e.Title
			if s.toks[i0].Start < e.Span.Start {
				// the whole title as written before the name: "Police Chief"
				title = strings.TrimSpace(document.Span{Start: s.toks[i0].Start, End: e.Span.Start}.Of(text))
				if e.Title != "" && !strings.Contains(title, e.Title) {
					title = attrJoinRole(title, e.Title, "")
				}
			}
			m.role = attrJoinRole(title, e.Role, roleText)
			if strings.IndexByte(m.name, ' ') < 0 {
				if p, ok := persons.bySurname(m.name); ok {
					m.name = p.name
					if m.role == "" {
						m.role = p.role
					}
				} else if m.role == "" && e.Span.Start == s.toks[i0].Start {
					// one word, no title, no full name anywhere: a body
					// ("Anadarko", "Halliburton"); people come with full names
					m.typ = SpeakerOrg
					return m
				}
			}
			persons.add(m.name, m.role)
			return m
		case e.Type == entity.Org:
			// the organization must be the phrase's head: not "the Chairman
			// of the Joint Chiefs of Staff"
			if e.Span.Contains(s.span(h, h+1)) && headCap {
				m.typ, m.named = SpeakerOrg, true
				m.name = e.Norm
				if m.name == "" {
					m.name = attrStripThe(e.Span.Of(text))
				}
				if s.nameRunsOn(headEnd, j) && e.Span.End <= s.toks[headEnd].Start {
					// "the Committee to Protect Journalists", which the
					// entity layer cut at "to"
					m.name = noDet
				}
				if adj := s.norpBefore(i0, e); adj != "" && armedOrForce(m.name) && !strings.HasPrefix(m.name, adj) {
					// "the Pakistani Taliban", "the Afghan army": the
					// nationality is part of the group's name, not a
					// company's country
					m.name = adj + " " + m.name
				}
				if !outlet {
					return m
				}
			}
		}
	}
	if headCap && outlet && !m.anon {
		m.typ, m.named = SpeakerPublication, true
		m.name = attrStripThe(full)
		if k := j; !s.isCap(i0) {
			// "the state news agency SANA": the name after the description
			for k > i0 && s.isCap(k-1) {
				k--
			}
			if k < j {
				m.name = s.span(k, j).Of(text)
			}
		} else {
			// "State news agency SANA" opening a sentence: the name after
			// the description's head
			for k := j - 1; k > i0; k-- {
				if w := s.w(k - 1); (w == "agency" || w == "television" || w == "tv") && s.toks[k].Flags&segment.AllCaps != 0 {
					m.name = s.span(k, j).Of(text)
					break
				}
			}
		}
		m.anon = s.pubWasAnon(m.name, ments, done)
		return m
	}
	if !headCap && (attrPubHead(head) || attrDocHead(head)) {
		// "the article", "a report by The Wall Street Journal"
		if pub := s.outletIn(i0, j); pub != "" && attrPubHead(head) {
			m.typ, m.named, m.name = SpeakerPublication, true, pub
			m.anon = m.anon || s.pubWasAnon(pub, ments, done)
			return m
		}
		if definite && attrPubHead(head) {
			pub := s.pieceIntroBefore(i, head)
			if pub == "" {
				pub = s.outletBefore(i)
			}
			if pub != "" {
				m.typ, m.named, m.name = SpeakerPublication, true, pub
				m.anon = m.anon || s.pubWasAnon(pub, ments, done)
				return m
			}
		}
		if attrPubHead(head) && s.newsHead(i0, h) {
			// "Egypt's official MENA news agency", "the state news agency
			// SANA", "Syrian state television": a publication, named by its
			// acronym when it has one
			m.typ, m.named, m.name = SpeakerPublication, true, noDet
			for k := i0; k < j; k++ {
				if s.isWord(k) && s.toks[k].Flags&segment.AllCaps != 0 && s.toks[k].End-s.toks[k].Start >= 3 {
					m.name = s.span(k, k+1).Of(text)
					break
				}
			}
			m.anon = m.anon || s.pubWasAnon(m.name, ments, done)
			return m
		}
		if attrCountHead(head) {
			// "a tally by the Observatory", "an AFP tally", "UN figures":
			// a count speaks with its author's voice
			if am, ok := s.countAuthor(i0, h, headEnd, j); ok {
				am.head = head
				return am
			}
		}
		if attrDocHead(head) {
			m.typ = SpeakerDocument
			m.name = noDet
			if definite || det == "it" {
				for x := len(done) - 1; x >= 0 && x >= len(done)-attrBack; x-- {
					o := ments[done[x]]
					if o.typ == SpeakerDocument && o.head == head {
						o.sent = m.sent
						return o
					}
				}
			}
			return m
		}
	}
	// "The UN High Commissioner for Human Rights, Navi Pillay, said": a
	// capitalized title is no name when an appositive gives one
	if headCap && attrTitle(head) && !attrOrgWord(head) {
		if am, ok := s.appositive(r, head, false, noDet, roleText, persons); ok {
			return am
		}
	}
	// a name: the last run of capitalized words before the head's attachments
	ne := headEnd
	nb := ne
	for nb > i0 && (s.isCap(nb-1) || s.is(nb-1, ".") && nb-1 > i0 && s.isCap(nb-2) || s.is(nb-1, "-")) {
		nb--
	}
	// a title word is skipped, unless it is the head and names a body: "the UN", "the Army"
	for nb < ne && (!s.isCap(nb) || attrTitle(s.w(nb)) && !(nb == ne-1 && attrOrgWord(s.w(nb))) ||
		s.is(nb+1, ".") && s.toks[nb].End-s.toks[nb].Start > 1 && attrTitle(s.w(nb))) {
		nb++
		for nb < ne && s.is(nb, ".") {
			nb++
		}
	}
	if headCap && nb < ne && s.placeIn(s.span(nb, ne)) {
		// a country or city speaks through its government: "the United States"
		m.typ, m.named, m.name = SpeakerOrg, true, attrStripThe(full)
		return m
	}
	if headCap && nb < ne {
		if headOrg || orgWord && ne-nb == 1 || ne-nb == 1 && s.toks[nb].Flags&segment.AllCaps != 0 && s.toks[nb].Kind == segment.Word {
			m.typ, m.named, m.name = SpeakerOrg, true, attrStripThe(full)
			if e, ok := s.entityIn(s.span(i, j)); ok && e.Norm != "" && !(s.nameRunsOn(headEnd, j) && e.Span.End <= s.toks[headEnd].Start) {
				m.name = e.Norm // not "Committee" of "the Committee to Protect Journalists"
			}
			return m
		}
		// keep the last two name words (three with an initial or suffix)
		words := 0
		st := ne
		for k := ne - 1; k >= nb; k-- {
			if s.isWord(k) {
				words++
				w := s.w(k)
				if words > 2 && !(len(w) == 1 || w == "jr" || w == "sr" || w == "iii" || w == "ii" || w == "iv") &&
					!(s.is(k+1, ".") && s.toks[k].End-s.toks[k].Start == 1) {
					break
				}
			}
			st = k
		}
		m.typ, m.named = SpeakerPerson, true
		m.name = s.span(st, ne).Of(text)
		title := ""
		if st > i0 {
			title = strings.TrimSpace(s.span(i0, st).Of(text))
		}
		if j > ne {
			roleText = attrJoinRole(s.span(ne, j).Of(text), roleText, "")
		}
		m.role = attrJoinRole(title, roleText, "")
		if ne-st == 1 {
			if p, ok := persons.bySurname(m.name); ok {
				m.name = p.name
				if m.role == "" {
					m.role = p.role
				}
			} else if st == i0 && roleText == "" {
				// one unknown capitalized word, no title, no full name of
				// that person anywhere: news introduces people by their full
				// names, so this is a body ("Anadarko", "Halliburton")
				m.typ = SpeakerOrg
				return m
			}
		}
		if strings.IndexByte(m.name, ' ') > 0 {
			persons.add(m.name, m.role)
		}
		return m
	}
	// "a Gadhafi spokesman, Moussa Ibrahim, said": the appositive names him
	if am, ok := s.appositive(r, head, headCap, noDet, roleText, persons); ok {
		return am
	}
	// no name
	switch {
	case attrAnonHead(head) && !(headCap && orgWord):
		m.typ, m.anon = SpeakerAnonymous, true
		if definite {
			for x := len(done) - 1; x >= 0 && x >= len(done)-attrBack; x-- {
				o := ments[done[x]]
				// "the source" after "security sources in the capital":
				// one of the group named before
				if o.anon && (o.head == head || j-i0 == 1 && o.head == head+"s") {
					return o
				}
			}
		}
		m.name = attrCutRelative(noDet)
		if j-i0 > 1 {
			m.role = full
		}
		return m
	case attrTitle(head) && !attrOrgWord(head):
		// "the minister … , Adel Haddad": a title waits for its name.
		// "The army" is a body, not a title ("Army General"): it never
		// takes a name from a later sentence.
		m.typ = SpeakerPerson
		m.name = noDet
		if definite {
			for x := len(done) - 1; x >= 0 && x >= len(done)-attrBack; x-- {
				o := ments[done[x]]
				if o.typ == SpeakerPerson && o.named && attrRoleHas(o.role, head) && roleFits(noDet, head, o.role, false) {
					return o
				}
			}
			// a person the text named with this role, not yet as a speaker
			if p, ok := persons.byRole(noDet, head, s.toks[i].Start); ok {
				m.name, m.role, m.named = p.name, p.role, true
				return m
			}
			m.pending = true
		} else if headCap {
			m.pending = true
		}
		return m
	case definite && !headCap && attrCompanyNoun(head):
		// "the company", "the oil giant": the company named last
		m.typ, m.name = SpeakerOrg, noDet
		if name, ok := s.lastCompany(i, m.sent, ments, done); ok {
			m.name, m.named = name, true
		}
		return m
	case attrOrgWord(head) || headCap:
		m.typ = SpeakerOrg
		m.name = attrStripThe(full)
		if definite && !headCap {
			for x := len(done) - 1; x >= 0 && x >= len(done)-attrBack; x-- {
				o := ments[done[x]]
				// "the ministry" is the ministry named before; "the foreign
				// ministry" is not "the interior ministry"
				if o.typ == SpeakerOrg && strings.Contains(strings.ToLower(o.name), strings.ToLower(noDet)) {
					return o
				}
			}
			m.name = noDet
		}
		return m
	}
	m.name = full
	switch {
	case strings.HasSuffix(head, "s") && attrOrgWord(strings.TrimSuffix(head, "s")):
		m.typ = SpeakerOrg // "human rights groups"
	case attrPeopleNoun(head) || m.plural || attrQuant(s.w(i)) || s.toks[i].Kind == segment.Number:
		// unnamed people: "rescuers", "one man", "61 percent", "many"
		m.typ, m.anon = SpeakerAnonymous, true
		m.weak = true
	default:
		m.typ = SpeakerPerson
		m.weak = true
	}
	return m
}

// pronoun resolves a subject pronoun at token ti to the latest compatible
// speaker, unless a later sentence is about someone else: "Colonel Ahmed
// Hassan is accused of … He denies …" is Hassan, although the last speaker
// was another person. He/she look at the first person named in the two
// sentences before; it, with no document, outlet or organization speaker
// before it, takes the last organization named in its own sentence or the
// one before ("A spokesman at BP said …, but it denied …").
func (s *attrScan) pronoun(p byte, ti int, ments []attrMention, done []int, persons *attrPersons) attrMention {
	t := s.toks[ti]
	var best attrMention
	found := false
	for x := len(done) - 1; x >= 0 && x >= len(done)-40 && !found; x-- {
		o := ments[done[x]]
		if o.name == "" || attrTimePhrase(o.name) || bareSpeaker(o.name) || numericSpeaker(o.name) {
			continue // an unresolved "we" is no antecedent of "he", nor a count ("10 terror suspects")
		}
		switch p {
		case 'p':
			found = o.typ == SpeakerPerson || o.typ == SpeakerAnonymous && !o.plural
		case 'n':
			found = o.typ == SpeakerDocument || o.typ == SpeakerPublication || o.typ == SpeakerOrg
		case 'g':
			found = o.plural || o.typ == SpeakerOrg
		}
		if found {
			best = o
		}
	}
	if p == 'g' {
		// "The police officers, all from one clan, were guarding a post.
		// After an exchange of fire, they said, …": a group of people
		// opening this sentence or the one before is nearer than a speaker
		// found earlier
		if m, ok := s.groupLead(ti, ments, done, persons); ok && (!found || best.sent < m.sent) {
			return m
		}
	}
	if p == 'n' {
		// "The last report by U.N. inspectors was released in 2004. It
		// states that …": a document opening the sentence before is nearer
		// than any body named earlier
		if m, ok := s.docLead(ti, ments, done, persons); ok {
			return m
		}
	}
	if p == 'p' || p == 'n' {
		sent := s.sentOf(ti)
		if e, es, ok := s.pronounEntity(p, ti, sent); ok && (!found || p == 'p' && best.sent < es) {
			m := attrMention{typ: SpeakerPerson, named: true, name: e.Norm}
			if m.name == "" {
				m.name = attrStripThe(e.Span.Of(s.text))
			}
			if p == 'n' {
				m.typ = SpeakerOrg
				return m
			}
			if strings.IndexByte(m.name, ' ') < 0 {
				pp, ok := persons.bySurname(m.name)
				if !ok {
					goto speaker
				}
				m.name, m.role = pp.name, pp.role
			} else if i, ok := persons.byName[m.name]; ok {
				m.role = persons.list[i].role
			}
			return m
		}
	}
speaker:
	if found {
		return best
	}
	m := attrMention{name: s.text[t.Start:t.End], typ: SpeakerPerson}
	if p == 'n' {
		m.typ = SpeakerOrg
	}
	return m
}

// groupLead reads the subject opening the sentence of token ti (before
// it) or the sentence before, when it is a plural group of people ("The
// police officers", "Residents of the town"): the antecedent of "they".
func (s *attrScan) groupLead(ti int, ments []attrMention, done []int, persons *attrPersons) (attrMention, bool) {
	sent := s.sentOf(ti)
	for x := sent; x >= 0 && x >= sent-1; x-- {
		b, e := s.sentTok[x][0], s.sentTok[x][1]
		if x == sent {
			e = ti
		}
		i, j := s.leadNP(b, e)
		if j <= i || j-i > 6 || i == ti {
			continue
		}
		h := j - 1
		for k := i + 1; k < j; k++ {
			if attrPrep(s.w(k)) || s.is(k, ",") {
				h = k - 1
				break
			}
		}
		head := s.w(h)
		if !s.isWord(h) || s.isCap(h) && h != i || !(attrPeopleNoun(head) || attrAnonHead(head)) || len(head) < 4 || head[len(head)-1] != 's' {
			continue
		}
		r := attrRaw{src: [2]int{i, j}, sent: x, bound: -1, inherit: -1}
		m := s.mention(&r, ments, done, persons)
		if m.name == "" || bareSpeaker(m.name) {
			continue
		}
		m.sent, m.plural = x, true
		return m, true
	}
	return attrMention{}, false
}

// docLead reads the subject opening the sentence before token ti's when
// it is a document by its author ("The last major report by U.N.
// inspectors"): the antecedent of "it states".
func (s *attrScan) docLead(ti int, ments []attrMention, done []int, persons *attrPersons) (attrMention, bool) {
	sent := s.sentOf(ti)
	if sent < 1 || s.sentTok[sent][0] != ti && !(ti > 0 && s.sentTok[sent][0] == ti-1 && s.toks[ti-1].Kind != segment.Word) {
		return attrMention{}, false // "It" opens its sentence
	}
	b, e := s.sentTok[sent-1][0], s.sentTok[sent-1][1]
	by := -1
	for k := b + 1; k+1 < e && k < b+6; k++ {
		if !s.isWord(k) {
			break
		}
		if attrDocHead(s.w(k)) && (s.is(k+1, "by") || s.is(k+1, "from")) {
			by = k + 1
			break
		}
	}
	if by < 0 || by+1 >= e || !s.isCap(by+1) && !s.is(by+1, "the") {
		return attrMention{}, false
	}
	j := e
	// the author: a capitalized run, with the lower-case head it may take
	// ("U.N. inspectors", "the Dunmore Institute")
	k := by + 1
	if s.is(k, "the") {
		k++
	}
	for k < j && (s.isCap(k) || s.is(k, ".")) {
		k++
	}
	if w := s.wAt(k); k < j && k > by+1 && s.isWord(k) && (attrAnonHead(w) || attrPeopleNoun(w) || len(w) > 4 && strings.HasSuffix(w, "ors")) {
		// "U.N. inspectors": the people of the body wrote it, as named
		return attrMention{name: attrStripThe(s.span(by+1, k+1).Of(s.text)), typ: SpeakerOrg, named: true, sent: sent - 1}, true
	}
	r := attrRaw{src: [2]int{by + 1, k}, sent: sent - 1, bound: -1, inherit: -1}
	m := s.mention(&r, ments, done, persons)
	if m.name == "" || bareSpeaker(m.name) {
		return attrMention{}, false
	}
	m.sent = sent - 1
	return m, true
}

// pronounEntity finds the entity a pronoun at token ti of sentence sent may
// stand for (see pronoun) and the sentence it is in.
func (s *attrScan) pronounEntity(p byte, ti, sent int) (entity.Entity, int, bool) {
	ents := s.a.Entities
	start := s.toks[ti].Start
	n := sort.Search(len(ents), func(i int) bool { return ents[i].Span.Start >= start })
	lo := sent - 2
	if p == 'n' {
		lo = sent - 1
	}
	if lo < 0 {
		lo = 0
	}
	// the quote this pronoun's cue closes (`…,' he said`): a person named
	// in it is spoken of, not speaking ("'Dulaimi is not his wife. She has
	// been married three times,' he said")
	own := -1
	for k := ti - 1; k >= 0 && k >= ti-3; k-- {
		if q := s.qOf[k]; q >= 0 {
			if s.quotes[q].close <= k {
				own = int(q)
			}
			break
		}
	}
	var hit entity.Entity
	hitSent := -1
	for k := n - 1; k >= 0; k-- {
		e := ents[k]
		et, _ := s.a.TokenRange(e.Span)
		es := s.sentOf(et)
		if es < lo || hitSent >= 0 && es < hitSent {
			break
		}
		if own >= 0 && int(s.qOf[et]) == own {
			continue
		}
		switch {
		case p == 'p' && e.Type == entity.Person && es < sent:
			hit, hitSent = e, es // keep going left: the first person of that sentence
		case p == 'n' && e.Type == entity.Org:
			return e, es, true
		}
	}
	return hit, hitSent, hitSent >= 0
}

// attrTimePhrase reports a phrase made only of time words ("Last month"),
// which a loose subject reading can take for a speaker.
func attrTimePhrase(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	for _, w := range ws {
		if !attrTimeWord(w) && !attrMonth(w) && w != "this" && w != "next" && w != "the" {
			return false
		}
	}
	return len(ws) > 0
}

// entityIn returns an entity overlapping sp, preferring persons.
func (s *attrScan) entityIn(sp document.Span) (entity.Entity, bool) {
	es := s.a.Entities
	k := sort.Search(len(es), func(i int) bool { return es[i].Span.End > sp.Start })
	var best entity.Entity
	found := false
	for ; k < len(es) && es[k].Span.Start < sp.End; k++ {
		e := es[k]
		if e.Type == entity.Person || e.Type == entity.Org {
			if !found || e.Type == entity.Person && best.Type != entity.Person {
				best, found = e, true
			}
		}
	}
	return best, found
}

// outletIn returns a news outlet's name inside tokens [i, j) ("a report by
// The Wall Street Journal"), or "".
func (s *attrScan) outletIn(i, j int) string {
	for k := i; k < j; k++ {
		if s.isCap(k) && attrOutletWord(s.w(k)) {
			a, b := k, k+1
			for a > i && (s.isCap(a-1) || s.is(a-1, "the") && s.isCap(a)) {
				a--
				if s.is(a, "the") {
					break
				}
			}
			for b < j && s.isCap(b) {
				b++
			}
			return attrStripThe(s.span(a, b).Of(s.text))
		}
	}
	return ""
}

// pieceIntroBefore finds where "the report" (head) was introduced: the
// latest "a report in the Free Beacon", "the article by …", "a story from
// …" before token i, whose capitalized name is the outlet even when no
// outlet word marks it. An outlet named later in passing ("the Tass news
// agency once called him …") is not the report's.
func (s *attrScan) pieceIntroBefore(i int, head string) string {
	for k := i - 2; k >= 0 && k >= i-400; k-- {
		if s.w(k) != head || s.qOf[k] >= 0 || !(s.is(k+1, "in") || s.is(k+1, "by") || s.is(k+1, "from")) {
			continue
		}
		a := k + 2
		if a < len(s.toks) && s.is(a, "the") {
			a++
		}
		b := a
		for b < len(s.toks) && s.isCap(b) {
			b++
		}
		if b > a {
			return s.span(a, b).Of(s.text)
		}
	}
	return ""
}

// outletBefore finds the latest outlet name in the text before token i.
func (s *attrScan) outletBefore(i int) string {
	for k := i - 1; k >= 0 && k >= i-400; k-- {
		if s.isCap(k) && attrOutletWord(s.w(k)) && s.qOf[k] < 0 {
			a, b := k, k+1
			for a > 0 && s.isCap(a-1) && !s.isEnd(a-2) {
				a--
			}
			for b < len(s.toks) && s.isCap(b) {
				b++
			}
			// a sentence-initial capital is not part of the name
			if a == k && b == k+1 && s.toks[k].Flags&segment.AllCaps == 0 && (k == 0 || s.isEnd(k-1)) {
				continue
			}
			return attrStripThe(s.span(a, b).Of(s.text))
		}
	}
	return ""
}

// pubWasAnon reports whether an earlier statement of publication name was
// sourced anonymously.
func (s *attrScan) pubWasAnon(name string, ments []attrMention, done []int) bool {
	return s.pubAnon[name]
}

// attrHasWord reports whether role has the word w (lower case): "UN
// spokeswoman" has "un", "Tunisian president" has not.
func attrHasWord(role, w string) bool {
	for _, x := range strings.FieldsFunc(strings.ToLower(role), func(r rune) bool { return r == ' ' || r == ',' || r == '-' }) {
		if x == w || strings.TrimSuffix(strings.TrimSuffix(x, "'s"), "’s") == w {
			return true
		}
	}
	return false
}

func attrStripThe(x string) string {
	if len(x) > 4 && (x[:4] == "the " || x[:4] == "The ") {
		return x[4:]
	}
	return x
}

// attrCutRelative drops a trailing relative clause or participle from a
// description: "official who spoke …" → "official".
func attrCutRelative(x string) string {
	for _, sep := range []string{" who ", " which ", " that ", ", "} {
		if i := strings.Index(x, sep); i > 0 {
			x = x[:i]
		}
	}
	return x
}

func attrJoinRole(a, b, c string) string {
	out := ""
	for _, x := range [3]string{a, b, c} {
		x = strings.TrimSpace(strings.Trim(x, ", "))
		if x == "" || strings.Contains(out, x) {
			continue
		}
		if out != "" {
			out += ", "
		}
		out += x
	}
	return out
}

// participleAfterHead reports token k as a participle that post-modifies
// a people or document noun before it ("hostages held by the group",
// "witnesses speaking by phone", "two autopsies performed on the victim"): the head is the noun, not the
// participle's object.
func (s *attrScan) participleAfterHead(k int) bool {
	if k < 1 || !s.isWord(k) || s.isCap(k) {
		return false
	}
	prev := s.w(k - 1)
	if !attrAnonHead(prev) && !attrPeopleNoun(prev) && !attrDocHead(prev) {
		return false
	}
	w := s.w(k)
	switch w {
	case "held", "freed", "released", "kidnapped", "taken", "seized", "captured", "based", "stationed", "trapped",
		"displaced", "wounded", "injured", "interviewed", "quoted", "cited", "contacted", "reached",
		"performed", "conducted", "carried", "published", "obtained", "seen", "compiled", "issued":
		return true
	}
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// norpBefore returns the nationality adjective that runs from token i0 up
// to entity e ("Pakistani" in "the Pakistani Taliban"), or "".
func (s *attrScan) norpBefore(i0 int, e entity.Entity) string {
	ei, _ := s.a.TokenRange(e.Span)
	if ei != i0+1 || !s.isCap(i0) {
		return ""
	}
	sp := s.span(i0, ei)
	es := s.a.Entities
	k := sort.Search(len(es), func(i int) bool { return es[i].Span.End > sp.Start })
	for ; k < len(es) && es[k].Span.Start < sp.End; k++ {
		if es[k].Type == entity.NORP && es[k].Span.Contains(sp) {
			return sp.Of(s.text)
		}
	}
	return ""
}

// armedOrForce reports an armed group outside any state ("Taliban",
// "Boko Haram") or a state's armed or security force ("Army", "Police"):
// bodies a nationality adjective names, not locates.
func armedOrForce(name string) bool {
	low := " " + strings.ToLower(name) + " "
	if i := sourcePhraseFinder.first(low); i >= 0 && sourcePhrases[i].typ == SourceUnknown {
		return true
	}
	return typeOfWords(low) == SourceMilitary
}

// placeIn reports whether a place or nationality entity covers sp.
func (s *attrScan) placeIn(sp document.Span) bool {
	es := s.a.Entities
	k := sort.Search(len(es), func(i int) bool { return es[i].Span.End > sp.Start })
	for ; k < len(es) && es[k].Span.Start < sp.End; k++ {
		if (es[k].Type == entity.Place || es[k].Type == entity.NORP) && es[k].Span.Contains(sp) {
			return true
		}
	}
	return false
}

// lastCompany finds the company a description before token i stands for:
// the later of the last organization speaker and the last organization
// named in the three sentences before, public bodies left out.
func (s *attrScan) lastCompany(i, sent int, ments []attrMention, done []int) (string, bool) {
	spk, spkSent := "", -1
	for x := len(done) - 1; x >= 0 && x >= len(done)-attrBack; x-- {
		o := ments[done[x]]
		if o.sent < sent-3 {
			break
		}
		if o.typ == SpeakerOrg && o.named && !attrPublicBody(o.name) && !gazPlace(o.name) {
			spk, spkSent = o.name, o.sent
			break
		}
	}
	cur := s.sentOf(i)
	ents := s.a.Entities
	start := s.toks[i].Start
	n := sort.Search(len(ents), func(k int) bool { return ents[k].Span.Start >= start })
	for k := n - 1; k >= 0; k-- {
		e := ents[k]
		et, _ := s.a.TokenRange(e.Span)
		es := s.sentOf(et)
		if es < cur-3 || es <= spkSent {
			break
		}
		if e.Type != entity.Org {
			continue
		}
		name := e.Norm
		if name == "" {
			name = attrStripThe(e.Span.Of(s.text))
		}
		if !attrPublicBody(name) && !gazPlace(name) {
			return name, true
		}
	}
	return spk, spk != ""
}

// gazPlace reports a name the gazetteer knows as a place ("California"
// read as an organization in "Redwood City, California"): no company.
func gazPlace(name string) bool {
	t, _, _, ok := entity.Lookup(name)
	return ok && t == entity.Place
}

// attrPublicBody reports names of governments, ministries, courts and other
// public bodies, which "the company" never stands for.
func attrPublicBody(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 || len(ws) == 1 && (attrPeopleNoun(ws[0]) || attrAnonHead(ws[0])) {
		return true // "Rebels", "Officials": no company
	}
	switch ws[len(ws)-1] {
	case "ministry", "department", "government", "agency", "council", "commission", "committee", "army",
		"police", "court", "parliament", "congress", "senate", "house", "office", "administration", "military",
		"forces", "nations", "organization", "organisation", "authority", "authorities", "guard", "service",
		"navy", "presidency", "cabinet", "embassy", "union", "assembly", "regime", "party", "bureau":
		return true
	}
	return false
}

// newsHead reports a description of a news organization ending at head
// token h: "news agency", "press agency", "state television", "the
// broadcaster", "the station".
func (s *attrScan) newsHead(i0, h int) bool {
	switch s.w(h) {
	case "agency":
		return h > i0 && (s.is(h-1, "news") || s.is(h-1, "press"))
	case "broadcaster", "newspaper", "station", "channel", "television", "tv", "radio", "daily", "tabloid":
		return true
	}
	return false
}

// appositiveName reads the name an appositive gives to a speaker described
// without one: "The chairman of the Joint Chiefs, Adm Mike Mullen, said"
// (a person, whatever the entity layer made of the title without its
// stop), "The country's main opposition party, the Muslim Brotherhood,
// said", "One manufacturer, GlaxoSmithKline, said" (an organization). The
// appositive is tokens [ri, re), rs past its titles; head is the
// description's head noun. Only a whole appositive of capitalized name
// words counts: "a spokesman, speaking on condition of anonymity" names no
// one.
func (s *attrScan) appositiveName(ri, rs, re int, head string, headCap bool, desc string) (attrMention, bool) {
	var m attrMention
	if headCap || re-ri > 8 {
		return m, false // the described speaker is a name already
	}
	// the organization's name: "the Muslim Brotherhood", "GlaxoSmithKline PLC",
	// "the Syrian Observatory for Human Rights"
	orgDesc := attrOrgWord(head) || attrCompanyNoun(head) || head == "manufacturer" || head == "monitor" ||
		head == "network" || head == "watchdog" || head == "charity" || head == "broadcaster" || head == "outlet"
	personDesc := !orgDesc && (attrTitle(head) || attrAnonHead(head) || attrPeopleNoun(head) || head == "man" || head == "woman")
	if !orgDesc && !personDesc {
		return m, false
	}
	k := ri
	if s.is(k, "the") {
		k++
	}
	if orgDesc {
		// capitalized words, joined by "of", "for", "to", "and" inside
		last := -1
		outlet := false
		for x := k; x < re; x++ {
			switch {
			case s.isCap(x):
				last = x
				if attrOutletWord(s.w(x)) {
					outlet = true
				}
			case s.isWord(x) && (s.is(x, "of") || s.is(x, "for") || s.is(x, "to") || s.is(x, "and")) && x > k:
			case s.is(x, "-") || s.is(x, "&") || s.is(x, "."):
			default:
				return m, false
			}
		}
		if last != re-1 || k >= re || s.placeIn(s.span(k, re)) {
			return m, false
		}
		m.typ, m.named, m.name, m.role = SpeakerOrg, true, s.span(k, re).Of(s.text), desc
		if e, ok := s.entityIn(s.span(k, re)); ok && e.Type == entity.Org && e.Span == s.span(k, re) && e.Norm != "" {
			m.name = e.Norm
		}
		if outlet {
			m.typ = SpeakerPublication
		}
		return m, true
	}
	// a person's name: two to four capitalized words after any titles
	// ("Adm Mike Mullen" → "Mike Mullen"), no body's word among them
	k = rs
	words := 0
	for x := k; x < re; x++ {
		switch {
		case s.isCap(x) && s.isWord(x):
			if attrOrgWord(s.w(x)) || attrOutletWord(s.w(x)) {
				return m, false
			}
			words++
		case s.is(x, "-") || s.is(x, ".") && x > k && s.toks[x-1].End-s.toks[x-1].Start == 1:
		case s.isWord(x) && x > k && s.is(x-1, "-"): // "Ban Ki-moon"
		case s.isWord(x) && (s.w(x) == "al" || s.w(x) == "bin" || s.w(x) == "el" || s.w(x) == "abu" || s.w(x) == "de"):
		default:
			return m, false
		}
	}
	if words < 2 || words > 4 || s.placeIn(s.span(k, re)) {
		return m, false
	}
	m.typ, m.named, m.name = SpeakerPerson, true, s.span(k, re).Of(s.text)
	m.role = desc
	if rs > ri {
		m.role = attrJoinRole(strings.TrimSpace(s.span(ri, rs).Of(s.text)), desc, "")
	}
	return m, true
}

// appositive reads the speaker an appositive names for the described
// source phrase of r ("a Gadhafi spokesman, Moussa Ibrahim, said"); ok is
// false when there is none.
func (s *attrScan) appositive(r *attrRaw, head string, headCap bool, noDet, roleText string, persons *attrPersons) (m attrMention, ok bool) {
	if r.role[1] > r.role[0] && roleText != "" {
		// a title may come first: "the UK ambassador, Sir Nigel Sheinwald"
		rs := r.role[0]
		for rs < r.role[1]-1 && s.isCap(rs) && attrTitle(s.w(rs)) {
			rs++
		}
		if e, ok := s.entityIn(s.span(r.role[0], r.role[1])); ok && e.Type == entity.Person &&
			(e.Span.Start == s.toks[r.role[0]].Start || e.Span.Start == s.toks[rs].Start) && strings.IndexByte(e.Norm, ' ') > 0 {
			m.typ, m.named, m.anon, m.head = SpeakerPerson, true, false, head
			m.name = stripTitles(e.Norm)
			m.role = strings.TrimSpace(noDet)
			persons.add(m.name, m.role)
			return m, true
		}
		if am, ok := s.appositiveName(r.role[0], rs, r.role[1], head, headCap, noDet); ok {
			if am.typ == SpeakerPerson {
				if p, ok := persons.bySurname(lastField(am.name)); ok && strings.IndexByte(am.name, ' ') < 0 {
					am.name = p.name
				}
				persons.add(am.name, am.role)
			}
			am.head, am.plural = head, false
			return am, true
		}
	}
	return m, false
}

// hyphenTail returns a lower-case part glued to a name by a hyphen at
// offset end ("-moon" of "Ban Ki-moon"), or "".
func hyphenTail(text string, end int) string {
	if end+2 > len(text) || text[end] != '-' || text[end+1] < 'a' || text[end+1] > 'z' {
		return ""
	}
	k := end + 1
	for k < len(text) && text[k] >= 'a' && text[k] <= 'z' {
		k++
	}
	return text[end:k]
}

// attrCountHead reports nouns of a count someone keeps: its author is the
// source ("according to a tally by the Observatory", "UN figures show").
func attrCountHead(w string) bool {
	switch w {
	case "tally", "tallies", "count", "counts", "toll", "figures", "statistics", "data", "estimate", "estimates", "numbers":
		return true
	}
	return false
}

// countAuthor names the author of a count whose head noun is token h of
// the phrase [i0, j): after it ("a tally by the Syrian Observatory for
// Human Rights", "figures from the WHO") or before it ("an AFP tally", "the
// Observatory's count", "the latest UN figures"). Only a name counts:
// "government figures" stay a document.
func (s *attrScan) countAuthor(i0, h, headEnd, j int) (attrMention, bool) {
	var m attrMention
	nameAt := func(a, b int) bool { // tokens [a, b) are one name
		if a >= b || !s.isCap(a) || s.placeIn(s.span(a, b)) && b-a == 1 && s.toks[a].Flags&segment.AllCaps == 0 {
			return false
		}
		m.named, m.typ, m.name = true, SpeakerOrg, s.span(a, b).Of(s.text)
		if e, ok := s.entityIn(s.span(a, b)); ok && e.Span.Start >= s.toks[a].Start && e.Span.End <= s.toks[b-1].End {
			if e.Type == entity.Person && e.Span == s.span(a, b) {
				m.typ = SpeakerPerson
			}
			if e.Norm != "" && e.Span == s.span(a, b) {
				m.name = e.Norm
			}
		}
		for k := a; k < b; k++ {
			if attrOutletWord(s.w(k)) {
				m.typ = SpeakerPublication
			}
		}
		return true
	}
	if headEnd < j && (s.is(headEnd, "by") || s.is(headEnd, "from") || s.is(headEnd, "of")) {
		k := headEnd + 1
		if s.is(k, "the") {
			k++
		}
		e := k
		for e < j && (s.isCap(e) || e > k && (s.is(e, "of") || s.is(e, "for") || s.is(e, "to") || s.is(e, "and") || s.is(e, "-")) && e+1 < j && s.isCap(e+1)) {
			e++
		}
		if e == j || e > k && (s.is(e, ",") || s.is(e, "(")) {
			return m, nameAt(k, e)
		}
		return m, false
	}
	// before the head: the last run of capitalized words, "'s" dropped
	e := h
	if e-1 > i0 && (s.is(e-1, "'s") || s.is(e-1, "’s")) {
		e--
	}
	b := e
	for b > i0 && (s.isCap(b-1) || s.is(b-1, "-") && b-2 >= i0 && s.isCap(b-2)) {
		b--
	}
	if b == e {
		return m, false
	}
	return m, nameAt(b, e)
}

// stripTitles drops title words written without their stop before a name
// ("Brig Gen Omar Haddad" → "Omar Haddad"), keeping two words at least.
func stripTitles(name string) string {
	ws := strings.Fields(name)
	k := 0
	for k < len(ws)-2 && attrTitle(strings.ToLower(strings.TrimSuffix(ws[k], "."))) {
		k++
	}
	return strings.Join(ws[k:], " ")
}

// nameRunsOn reports tokens [k, j) that continue a name after its head:
// "to Protect Journalists", "for Human Rights", "of the Interior".
func (s *attrScan) nameRunsOn(k, j int) bool {
	if k >= j || !(s.is(k, "to") || s.is(k, "for") || s.is(k, "of")) {
		return false
	}
	caps := 0
	for x := k + 1; x < j; x++ {
		switch {
		case s.isCap(x):
			caps++
		case s.is(x, "the") || s.is(x, "and") || s.is(x, "of") || s.is(x, "for") || s.is(x, "-"):
		default:
			return false
		}
	}
	return caps > 0 && s.isCap(j-1)
}

// docParticiple reports participles that say how a document came about
// ("an autopsy performed …", "a study commissioned …"), after which its
// author is not named: "by" is left to the chain.
func docParticiple(w string) bool {
	switch w {
	case "performed", "carried", "conducted", "commissioned", "requested", "ordered", "done", "paid", "written", "filed", "compiled":
		return true
	}
	return false
}

// orgLinkHead reports the head words of organization names that run on
// through "to" ("Committee to Protect Journalists", "Campaign to End …").
func orgLinkHead(w string) bool {
	switch w {
	case "committee", "campaign", "coalition", "council", "movement", "foundation", "society", "alliance",
		"network", "commission", "centre", "center", "association", "union", "project", "fund", "initiative":
		return true
	}
	return false
}

// joinNameLinks widens a speaker cut inside an organization's name: at
// "to" after a head word ("According to the Committee" + "to Protect
// Journalists", "the New York-based Committee to" + "Protect Journalists
// estimated") and at a soft hyphen the tokenizer split a word at
// ("Global­Post"). It returns the whole name when it joined one at "to",
// else "".
func (s *attrScan) joinNameLinks(r *attrRaw) string {
	i, j := r.src[0], r.src[1]
	if j <= i {
		return ""
	}
	linked := ""
	// "Committee to Protect Journalists" around or inside the speaker, not
	// past the cue
	for k := i - 1; k <= j && k+1 < len(s.toks); k++ {
		if k < 1 || !s.is(k, "to") || !orgLinkHead(s.w(k-1)) || !s.isCap(k-1) || !s.isCap(k+1) {
			continue
		}
		start, end := k-1, k+1
		for start > 0 && s.isCap(start-1) && !s.is(start-1, "the") {
			start-- // "Arab Committee to …"
		}
		for end < len(s.toks) && s.isCap(end) && (r.cue[0] <= k || end < r.cue[0]) {
			end++
		}
		i, j = min(i, start), max(j, end)
		linked = s.span(start, end).Of(s.text)
		break
	}
	// a name never runs over a line break: "according to the UN." with the
	// next paragraph's caption after it when no sentence ended at "UN."
	for k := i + 1; k < j; k++ {
		if strings.IndexByte(s.text[s.toks[k-1].End:s.toks[k].Start], '\n') >= 0 {
			j = k
			break
		}
	}
	// "an autopsy performed at the behest of Brown's family": the document
	// speaks; whom it was done for is no author
	for k := i + 1; k < j; k++ {
		if attrDocHead(s.w(k-1)) && docParticiple(s.w(k)) {
			j = k
			break
		}
	}
	// soft hyphens: "Global" + U+00AD + "Post"
	for j+1 < len(s.toks) && s.text[s.toks[j].Start:s.toks[j].End] == "\u00ad" && s.isWord(j+1) &&
		s.toks[j].End == s.toks[j+1].Start && s.toks[j-1].End == s.toks[j].Start {
		j += 2
	}
	r.src = [2]int{i, j}
	return linked
}

// groupNoun reports nouns by which an article refers back to an
// organization it named ("the group", "the charity").
func groupNoun(w string) bool {
	switch w {
	case "group", "group's", "organisation", "organisation's", "organization", "organization's", "charity", "charity's",
		"watchdog", "watchdog's", "monitor", "monitor's", "movement", "movement's", "network", "network's",
		"coalition", "coalition's", "committee", "committee's":
		return true
	}
	return false
}

// memberRole reports the nouns of an organization's unnamed member who
// speaks for it.
func memberRole(w string) bool {
	switch w {
	case "spokesman", "spokeswoman", "spokesperson", "researcher", "representative", "official", "director",
		"head", "chief", "leader", "analyst", "investigator", "member", "officer", "coordinator":
		return true
	}
	return false
}

// groupMember reads a speaker who is an unnamed member of an organization
// the article named before: "a researcher for the group", "the group's
// spokesman", "a spokeswoman for the charity". It returns the
// organization's name (or "" when none is named in the paragraph before)
// and the member's role; the role is "" when the speaker is no such
// member.
func (s *attrScan) groupMember(r *attrRaw) (string, string) {
	i, j := r.src[0], r.src[1]
	if j-i < 3 || j-i > 6 {
		return "", ""
	}
	role := ""
	switch {
	case s.is(i, "the") && groupNoun(s.w(i+1)) && (s.is(i+2, "'s") || s.is(i+2, "’s")) && j == i+4 && memberRole(s.w(i+3)):
		role = s.w(i + 3) // "the group" "'s" "spokesman"
	case s.is(i, "the") && groupNoun(s.w(i+1)) && strings.HasSuffix(s.w(i+1), "'s") && j == i+3 && memberRole(s.w(i+2)):
		role = s.w(i + 2)
	case groupNoun(s.w(j-1)) && s.is(j-2, "the"):
		// "a researcher for the group": role, preposition, "the", noun
		k := i
		if s.is(k, "a") || s.is(k, "an") || s.is(k, "the") {
			k++
		}
		if k+4 == j && memberRole(s.w(k)) && (s.is(k+1, "for") || s.is(k+1, "of") || s.is(k+1, "with") || s.is(k+1, "at")) &&
			s.is(k+2, "the") && groupNoun(s.w(k+3)) {
			role = s.w(k)
		}
	}
	if role == "" {
		return "", ""
	}
	// the organization named last before, in this paragraph or the few
	// sentences before it
	start := s.toks[i].Start
	es := s.a.Entities
	for k := sort.Search(len(es), func(x int) bool { return es[x].Span.Start >= start }) - 1; k >= 0; k-- {
		e := &es[k]
		if start-e.Span.End > 600 || strings.Contains(s.text[e.Span.End:start], "\n\n") {
			break // not past its paragraph
		}
		if e.Type != entity.Org {
			continue
		}
		name := canonicalSource(holderName(e, s.text))
		if t := sourceType(name, "", "", false); t == SourceMedia || t == SourceGovernment || t == SourceMilitary {
			continue // "Reuters", "the ministry": no group
		}
		return name, role
	}
	return "", role
}

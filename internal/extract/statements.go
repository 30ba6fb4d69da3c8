package extract

import (
	"sort"

	"github.com/claimtrack/claimtrack/internal/annotate"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// Statements finds attributions in a: speaker, cue, content and stance.
//
// It works from tokens alone (entities, when present, only refine speaker
// names and types). Steps:
//  1. pair quotation marks into quote regions (which may span sentences);
//  2. in every sentence, take each reporting verb outside quotes (attrib_lexicon.go)
//     and read the syntax around it: a subject to its left ("X said that …"),
//     an inverted subject after it ("…," said X), a postposed attribution
//     after a comma or a closing quote ("…, X said"), "according to X",
//     appositives ("X, a spokesman, said"), relative subjects ("a report that
//     said"), passives with an agent ("was confirmed by X"), participles that
//     share the sentence's speaker ("…, adding that …") and coordination
//     ("… but insisted …");
//  3. a quote paragraph with no cue continues the previous speaker;
//  4. speakers are resolved (attrib_resolve.go) and stance is read (stance_rules.go).
func Statements(a *annotate.Annotation) []Statement {
	if a == nil || a.Doc == nil || len(a.Tokens) == 0 {
		return []Statement{}
	}
	s := newAttrScan(a)
	s.findQuotes()
	for si := range s.sentTok {
		r := s.sentTok[si]
		s.sentence(si, r[0], r[1])
	}
	s.trimContents()
	s.continuations()
	out := s.resolve()
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

// attrScan is the per-document state of the attribution scanner.
type attrScan struct {
	a       *annotate.Annotation
	text    string
	lt      string // ASCII-lower-cased copy of text: same byte offsets
	toks    []segment.Token
	sentTok [][2]int // token range of each sentence
	sentSp  []document.Span
	qOf     []int32 // quote region of each token (marks included), -1 if none
	quotes  []attrQuote
	raw     []attrRaw
}

type attrQuote struct {
	open, close int
	used        bool
}

// attrRaw is an attribution found by the scanner, before speaker resolution.
type attrRaw struct {
	src, cue, role, obj [2]int // token ranges [i,j); empty when i == j
	content             document.Span
	direct              bool
	sent                int
	cls                 uint8
	passive             bool
	postposed           bool
	bound               int // boundary token before a postposed attribution, -1
	inherit             int // index in raw of the attribution whose speaker this one shares, -1
	cont                bool
}

func newAttrScan(a *annotate.Annotation) *attrScan {
	text := a.Doc.Text
	b := make([]byte, len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	s := &attrScan{a: a, text: text, lt: string(b), toks: a.Tokens}
	s.qOf = make([]int32, len(s.toks))
	for i := range s.qOf {
		s.qOf[i] = -1
	}
	// token range of each sentence, by a linear walk
	s.sentTok = make([][2]int, 0, len(a.Sentences))
	k := 0
	for _, sp := range a.Sentences {
		for k < len(s.toks) && s.toks[k].Start < sp.Start {
			k++
		}
		i := k
		for k < len(s.toks) && s.toks[k].End <= sp.End {
			k++
		}
		if k > i {
			s.sentTok = append(s.sentTok, [2]int{i, k})
			s.sentSp = append(s.sentSp, sp)
		}
	}
	return s
}

// w returns the lower-cased text of token i.
func (s *attrScan) w(i int) string { t := s.toks[i]; return s.lt[t.Start:t.End] }

// is reports whether token i is the punctuation or word x (lower case).
func (s *attrScan) is(i int, x string) bool {
	return i >= 0 && i < len(s.toks) && s.w(i) == x
}

func (s *attrScan) isWord(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == segment.Word
}

func (s *attrScan) isCap(i int) bool {
	return s.isWord(i) && s.toks[i].Flags&segment.Cap != 0
}

// isDoubleQuote reports whether token i is a double quotation mark.
func (s *attrScan) isDoubleQuote(i int) bool {
	t := s.toks[i]
	if t.Kind != segment.Quote {
		return false
	}
	switch s.text[t.Start:t.End] {
	case `"`, "“", "”", "„", "«", "»":
		return true
	}
	return false
}

func (s *attrScan) isClose(i int) bool {
	return i >= 0 && i < len(s.toks) && s.qOf[i] >= 0 && s.quotes[s.qOf[i]].close == i
}

func (s *attrScan) isOpen(i int) bool {
	return i >= 0 && i < len(s.toks) && s.qOf[i] >= 0 && s.quotes[s.qOf[i]].open == i
}

// findQuotes pairs double quotation marks. A quote left open at a paragraph
// break is dropped unless the next paragraph reopens it (the newspaper
// convention for quotes running over paragraphs keeps the region per
// paragraph).
func (s *attrScan) findQuotes() {
	open := -1
	for i := range s.toks {
		if !s.isDoubleQuote(i) {
			if open >= 0 && s.toks[i].Flags&segment.ParaBefore != 0 {
				open = -1
			}
			continue
		}
		t := s.toks[i]
		isOpen := t.Flags&segment.Open != 0
		if open >= 0 && t.Flags&(segment.ParaBefore|segment.NewlineBefore) != 0 && isOpen {
			open = -1
		}
		if open < 0 {
			if isOpen {
				open = i
			}
			continue
		}
		if isOpen && s.text[t.Start:t.End] == "“" {
			open = i // a new curly opening quote: the previous one was stray
			continue
		}
		if i-open < 2 {
			open = -1
			continue
		}
		id := int32(len(s.quotes))
		s.quotes = append(s.quotes, attrQuote{open: open, close: i})
		for k := open; k <= i; k++ {
			s.qOf[k] = id
		}
		open = -1
	}
}

// quoteInterior is the byte span inside quote q, without the marks and a
// trailing comma.
func (s *attrScan) quoteInterior(q int) document.Span {
	r := s.quotes[q]
	i, j := r.open+1, r.close-1
	for j > i && s.toks[j].Kind == segment.Punct && (s.is(j, ",") || s.is(j, ";") || s.is(j, ":")) {
		j--
	}
	if j < i {
		return document.Span{}
	}
	return document.Span{Start: s.toks[i].Start, End: s.toks[j].End}
}

func (s *attrScan) isPunct(i int, set string) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != segment.Punct {
		return false
	}
	w := s.w(i)
	for k := 0; k < len(set); {
		// set is a list of punctuation separated by spaces
		e := k
		for e < len(set) && set[e] != ' ' {
			e++
		}
		if set[k:e] == w {
			return true
		}
		k = e + 1
	}
	return false
}

// isBoundary reports tokens that delimit a subject to the left of a cue.
func (s *attrScan) isBoundary(i int) bool {
	if s.qOf[i] >= 0 {
		return true
	}
	t := s.toks[i]
	if t.Kind == segment.Quote {
		return true
	}
	return s.isPunct(i, ", ; : — – ( ) [ ] --")
}

// isEnd reports sentence-final punctuation.
func (s *attrScan) isEnd(i int) bool { return s.isPunct(i, ". ! ? ...") }

// contentStart skips a dateline at the start of a sentence.
func (s *attrScan) contentStart(b, lim int) int {
	dl := s.a.Doc.Dateline
	if dl.End > 0 {
		for b < lim && s.toks[b].Start < dl.End {
			b++
		}
	}
	return b
}

func (s *attrScan) span(i, j int) document.Span {
	if j <= i {
		return document.Span{}
	}
	return document.Span{Start: s.toks[i].Start, End: s.toks[j-1].End}
}

// sentence scans sentence si, tokens [b, e), for cues.
func (s *attrScan) sentence(si, b, e int) {
	for c := b; c < e; c++ {
		if s.qOf[c] >= 0 || s.toks[c].Kind != segment.Word {
			continue
		}
		w := s.w(c)
		if w == "according" && s.is(c+1, "to") && c+2 < e {
			if r, ok := s.according(si, b, e, c); ok {
				s.raw = append(s.raw, r)
				c++
			}
			continue
		}
		cue, ok := attrCueLex[w]
		if !ok {
			continue
		}
		if r, ok := s.analyze(si, b, e, c, cue); ok {
			s.raw = append(s.raw, r)
			if r.cue[1]-1 > c {
				c = r.cue[1] - 1
			}
		}
	}
}

// lastInSentence returns the index of the latest attribution of sentence si
// whose cue lies before token c, or -1.
func (s *attrScan) lastInSentence(si, c int) int {
	for k := len(s.raw) - 1; k >= 0; k-- {
		if s.raw[k].sent != si {
			return -1
		}
		if s.raw[k].cue[1] <= c {
			return k
		}
	}
	return -1
}

// analyze reads the attribution around cue token c.
func (s *attrScan) analyze(si, b, e, c int, cue attrCue) (attrRaw, bool) {
	r := attrRaw{sent: si, cls: cue.cls, bound: -1, inherit: -1}
	cs, ce := c, c+1
	if s.nounUse(b, c, cue) {
		return r, false
	}
	if cue.base && !cue.past {
		// bare forms: "officials say", "did not say" are fine; "to say" only
		// after "declined"/"refused"
		if s.is(c-1, "to") {
			if !(s.is(c-2, "declined") || s.is(c-2, "refused") || s.is(c-2, "declines") || s.is(c-2, "refuses")) {
				return r, false
			}
			cs = c - 2
		}
	}
	if cue.cls == cueRead {
		// only inverted: `," read the letter`
		if !(s.isClose(c-1) || s.is(c-1, ",") && s.isClose(c-2)) || cue.ing {
			return r, false
		}
	}
	progressive := false
	for cs-1 >= b && s.qOf[cs-1] < 0 && s.isWord(cs-1) && attrAux(s.w(cs-1)) {
		cs--
		if attrBe(s.w(cs)) {
			if cue.past {
				r.passive = true
			}
			if cue.ing {
				progressive = true
			}
		}
	}
	// "said in a statement"
	if cue.cls == cueSay && s.is(ce, "in") && ce+2 < e && (s.is(ce+2, "statement") || s.is(ce+3, "statement")) {
		switch s.w(ce + 1) {
		case "a", "his", "her", "its", "their", "the":
			if s.is(ce+2, "statement") {
				ce += 3
			}
		}
	}
	if (cue.cls == cueDescribe) && (s.is(ce, "for") || s.is(ce, "on")) {
		ce++ // "called for", "called on"
		r.cls = cueSay
	}
	if cue.cls == cueThink && r.passive {
		return r, false // "is expected to"
	}
	r.cue = [2]int{cs, ce}

	// participle sharing the sentence's speaker: ", adding that …"
	if cue.ing && !progressive {
		if !attrSayLike(cue) || !(s.is(cs-1, ",") || s.is(cs-1, "—") || s.is(cs-1, "and")) {
			return r, false
		}
		if k := s.lastInSentence(si, cs); k >= 0 {
			r.inherit = k
		} else {
			i, j := s.leadNP(b, cs-1)
			if i == j {
				return r, false
			}
			r.src = [2]int{i, j}
		}
		return s.preposed(r, ce, e)
	}
	// coordination: "… but insisted …"
	if (s.is(cs-1, "and") || s.is(cs-1, "but")) && !cue.ing {
		if k := s.lastInSentence(si, cs); k >= 0 && !s.raw[k].postposed {
			r.inherit = k
			return s.preposed(r, ce, e)
		}
	}

	// subject to the left
	L := cs - 1
	for L >= b && !s.isBoundary(L) {
		L--
	}
	i, j, rel := s.trimSubject(L+1, cs)
	if rel && i == j {
		return r, false
	}
	if r.passive && i == j && s.is(L, ",") && L == cs-1 {
		// "X, which was addressed to …, was confirmed by Y": X before the relative clause
		P := L - 1
		for P >= b && !s.isBoundary(P) {
			P--
		}
		if P >= b && s.is(P, ",") && (s.is(P+1, "which") || s.is(P+1, "who")) {
			k := P
			for k > b && P-k < 5 && s.isWord(k-1) {
				k--
			}
			i, j = k, P
		}
	}
	inverted := false
	if i == j && L >= b && s.is(L, ",") && L == cs-1 {
		// appositive: "X, the spokesman, said" / "X, who …, said"
		P := L - 1
		for P >= b && !s.isBoundary(P) {
			P--
		}
		if P >= b && s.is(P, ",") && L-P-1 >= 1 && L-P-1 <= 16 {
			B := P - 1
			for B >= b && !s.isBoundary(B) {
				B--
			}
			bi, bj, _ := s.trimSubject(B+1, P)
			if bj > bi && bj-bi <= 8 && (s.isCap(bi) || attrDet(s.w(bi)) || attrPronoun(s.w(bi)) != 0) {
				i, j = bi, bj
				r.role = [2]int{P + 1, L}
				L = B
			}
		}
	}
	if i == j && !r.passive {
		// inverted: `…," said X` / `…, said X`
		if L < b || L != cs-1 || !(s.is(L, ",") || s.isClose(L) || s.isPunct(L, "— –")) {
			return r, false
		}
		i, j = s.rightNP(ce)
		if i == j {
			return r, false
		}
		inverted = true
	}
	if i == j && r.passive {
		return r, false
	}
	if !inverted && r.passive {
		// "was confirmed … by X": the agent is the speaker, the subject the target
		for k := ce; k < e && k < ce+10; k++ {
			if s.toks[k].Kind == segment.Punct || s.qOf[k] >= 0 {
				break
			}
			if s.is(k, "by") {
				ai, aj := s.rightNP(k + 1)
				if aj > ai {
					r.obj = [2]int{i, j}
					r.src = [2]int{ai, aj}
					r.content = s.span(i, j)
					r.cue = [2]int{cs, ce}
					return r, true
				}
				break
			}
		}
		if cue.cls == cueConfirm || cue.cls == cueDeny || cue.cls == cueShow {
			return r, false
		}
	}
	r.src = [2]int{i, j}
	p := ce
	if inverted {
		p = j
	}
	// objects
	switch r.cls {
	case cueTell:
		if k := s.findThat(p, e, 10); k >= 0 {
			r.obj = [2]int{p, k}
			p = k
		} else {
			oi, oj := s.rightNP(p)
			r.obj = [2]int{oi, oj}
			p = oj
		}
	case cueDescribe:
		if s.w(c)[0] == 'd' { // described … as …
			k := p
			for k < e && k < p+40 && !s.is(k, "as") {
				k++
			}
			if k >= e || !s.is(k, "as") {
				return r, false
			}
			r.obj = [2]int{p, k}
			p = k + 1
		}
	case cueDeny, cueConfirm, cueQuestion:
		if !s.is(p, "that") && !s.isOpen(p) && !s.is(p, ":") {
			oi, oj := s.objNP(p, e)
			r.obj = [2]int{oi, oj}
		}
	}
	// postposed attribution: the content is before the boundary
	if L >= b && L > s.contentStart(b, e) && (s.is(L, ",") || s.isClose(L) || s.isPunct(L, "— –")) && s.restIsAdjunct(p, e) {
		r.postposed = true
		r.bound = L
		if s.isClose(L) {
			r.content = s.quoteInterior(int(s.qOf[L]))
			r.direct = true
			s.quotes[s.qOf[L]].used = true
		} else if s.is(L, ",") && s.isClose(L-1) {
			r.content = s.quoteInterior(int(s.qOf[L-1]))
			r.direct = true
			s.quotes[s.qOf[L-1]].used = true
		} else {
			st := s.contentStart(b, e)
			// a quote opening the sentence and closing before the boundary
			r.content = s.span(st, L)
		}
		if r.content.IsZero() {
			return r, false
		}
		return r, true
	}
	if r.obj[1] > r.obj[0] && (r.cls == cueDeny || r.cls == cueConfirm || r.cls == cueQuestion) {
		if rr, ok := s.preposed(r, r.obj[0], e); ok {
			return rr, true
		}
		r.content = s.span(r.obj[0], r.obj[1])
		return r, true
	}
	if r.cls == cueRead || r.cls == cueShow && inverted {
		return r, false
	}
	return s.preposed(r, p, e)
}

// preposed sets the content of an attribution whose content follows the cue
// at token p: a quote, or the reported clause up to the end of the sentence.
func (s *attrScan) preposed(r attrRaw, p, e int) (attrRaw, bool) {
	if s.is(p, ":") || s.is(p, ",") && s.isOpen(p+1) {
		p++
	}
	if s.isOpen(p) {
		q := int(s.qOf[p])
		r.content = s.quoteInterior(q)
		r.direct = true
		s.quotes[q].used = true
		return r, !r.content.IsZero()
	}
	if !s.is(p, "that") && r.cls != cueDescribe {
		if k := s.findThat(p, e, 12); k >= 0 {
			p = k
		}
	}
	if s.is(p, "that") {
		p++
	}
	end := e - 1
	for end >= p && (s.isEnd(end) || s.isPunct(end, ", ; :")) {
		end--
	}
	if end < p || p >= e {
		return r, false
	}
	if s.isOpen(p) && s.isClose(end) && s.qOf[p] == s.qOf[end] {
		q := int(s.qOf[p])
		r.content = s.quoteInterior(q)
		r.direct = true
		s.quotes[q].used = true
		return r, true
	}
	// a content that is only a quote opening inside the sentence and running on
	r.content = document.Span{Start: s.toks[p].Start, End: s.toks[end].End}
	return r, true
}

// findThat returns the index of a complementizer "that" within max tokens of
// p with no punctuation or quote in between, or -1.
func (s *attrScan) findThat(p, e, max int) int {
	for k := p; k < e && k < p+max; k++ {
		if s.toks[k].Kind != segment.Word && s.toks[k].Kind != segment.Number {
			return -1
		}
		if s.is(k, "that") {
			return k
		}
		if _, ok := attrCueLex[s.w(k)]; ok && k > p {
			return -1
		}
	}
	return -1
}

// restIsAdjunct reports whether what follows a cue at p is no content: the
// end of the sentence, a comma, or an adverbial ("on Tuesday", "in a
// statement", "when asked").
func (s *attrScan) restIsAdjunct(p, e int) bool {
	if p >= e || s.isEnd(p) || s.isPunct(p, ", ; ) —") || s.isClose(p) {
		return true
	}
	if s.toks[p].Kind != segment.Word {
		return false
	}
	switch s.w(p) {
	case "in", "on", "at", "during", "when", "after", "before", "while", "to", "last", "this", "earlier",
		"later", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "recently", "previously", "afterward", "afterwards", "late", "early", "from",
		"via", "by", "through", "over", "as", "of", "about", "without", "with", "citing", "referring",
		"adding", "noting", "and":
		// but not "…, X said on Tuesday that …"
		return s.findThat(p, e, 12) < 0
	}
	return false
}

// trimSubject narrows the tokens [i, j) left of a cue to its subject noun
// phrase. rel is true when the phrase ends in a relative pronoun ("a report
// that said"); the subject is then the noun phrase before it.
func (s *attrScan) trimSubject(i, j int) (int, int, bool) {
	rel := false
	if j > i && (s.is(j-1, "that") || s.is(j-1, "which") || s.is(j-1, "who")) {
		j--
		rel = true
	}
	for k := j - 1; k >= i; k-- {
		t := s.toks[k]
		if t.Kind == segment.Number {
			if k+1 < j && !rel {
				i = k + 1
				break
			}
			if k == j-1 {
				return j, j, rel
			}
			continue
		}
		if t.Kind != segment.Word {
			if t.Kind == segment.Punct && (s.is(k, ".") || s.is(k, "-") || s.is(k, "'")) && k > i {
				continue
			}
			i = k + 1
			break
		}
		if attrClauseWord(s.w(k)) {
			i = k + 1
			break
		}
	}
	// a determiner after a non-preposition word opens a new noun phrase
	for k := i + 1; k < j; k++ {
		w := s.w(k)
		if (w == "the" || w == "a" || w == "an") && s.isWord(k-1) && !attrNPPrep(s.w(k-1)) && !attrDet(s.w(k-1)) {
			i = k
		}
	}
	if rel && j-i > 6 {
		// the relative's antecedent: from the last determiner
		for k := j - 1; k >= i; k-- {
			if attrDet(s.w(k)) {
				i = k
				break
			}
		}
	}
	if j-i > 12 || j > i && !s.isWord(i) {
		return j, j, rel
	}
	// a subject starts with a capital, a determiner or a pronoun, or is a
	// bare plural ("officials", "sources")
	if j > i {
		w := s.w(i)
		if !s.isCap(i) && !attrDet(w) && attrPronoun(w) == 0 && !(j-i <= 3 && (attrAnonHead(s.w(j-1)) || attrDocHead(s.w(j-1)))) {
			return j, j, rel
		}
	}
	return i, j, rel
}

// rightNP reads a speaker noun phrase starting at p: determiners, titles,
// names and descriptions, with "of/for/with/from/by/against" attachments,
// stopping at adverbials and clause words.
func (s *attrScan) rightNP(p int) (int, int) {
	k := p
	n := len(s.toks)
	for k < n && k-p < 14 {
		t := s.toks[k]
		if s.qOf[k] >= 0 {
			break
		}
		if t.Kind == segment.Punct {
			// "Gen." / "H." inside a name
			if s.is(k, ".") && k > p && s.isCap(k-1) && s.toks[k-1].End-s.toks[k-1].Start <= 4 && s.isCap(k+1) && t.Flags&segment.SpaceBefore == 0 {
				k++
				continue
			}
			if s.is(k, "-") && t.Flags&segment.SpaceBefore == 0 && k > p {
				k++
				continue
			}
			break
		}
		if t.Kind == segment.Word {
			w := s.w(k)
			if w == "'s" || w == "’s" {
				k++
				continue
			}
			switch w {
			case "of", "for", "with", "from", "by", "against":
				if k > p && (s.isCap(k+1) || s.isWord(k+1) && attrDet(s.w(k+1))) {
					k++
					continue
				}
				goto done
			}
			if attrNPStop(w) && !(k == p && attrDet(w)) {
				goto done
			}
			if t.Flags&segment.Cap == 0 && k > p && s.isCap(k-1) && len(w) > 2 && w[len(w)-2:] == "ed" {
				goto done // "The Wall Street Journal published"
			}
			k++
			continue
		}
		if t.Kind == segment.Number && k == p {
			k++
			continue
		}
		break
	}
done:
	for k > p && (s.isWord(k-1) && (attrDet(s.w(k-1)) || attrNPPrep(s.w(k-1))) || s.toks[k-1].Kind == segment.Punct) {
		k--
	}
	return p, k
}

// objNP reads the object of a deny/confirm verb: a noun phrase with its
// attachments, up to a clause boundary.
func (s *attrScan) objNP(p, e int) (int, int) {
	k := p
	for k < e && k-p < 30 {
		t := s.toks[k]
		if s.qOf[k] >= 0 && !s.isOpen(k) {
			break
		}
		if t.Kind == segment.Punct && !s.is(k, "-") && !s.is(k, "'") {
			break
		}
		if t.Kind == segment.Word {
			switch s.w(k) {
			case "as", "because", "after", "while", "when", "and", "but", "saying", "adding", "since", "published",
				"released", "on", "in":
				if k > p {
					goto done
				}
			}
		}
		k++
	}
done:
	for k > p && (s.isWord(k-1) && (attrDet(s.w(k-1)) || attrNPPrep(s.w(k-1))) || s.toks[k-1].Kind == segment.Punct) {
		k--
	}
	return p, k
}

// leadNP returns the subject at the start of a sentence: the first noun
// phrase before lim.
func (s *attrScan) leadNP(b, lim int) (int, int) {
	b = s.contentStart(b, lim)
	for b < lim && s.toks[b].Kind != segment.Word {
		b++
	}
	if b >= lim {
		return b, b
	}
	w := s.w(b)
	if p := attrPronoun(w); p != 0 {
		return b, b + 1
	}
	if !s.isCap(b) && !attrDet(w) {
		return b, b
	}
	i, j := s.rightNP(b)
	if s.isCap(b) {
		// a name: its capitalized run only ("Dunford struck …")
		k := b
		for k < j && (s.isCap(k) || s.is(k, ".") || s.is(k, "-")) {
			k++
		}
		j = k
	} else if j-i > 5 {
		j = i + 5
	}
	// a subject is followed by its verb, not by a lower-case noun run
	k := j
	if k > lim {
		k = lim
	}
	return i, k
}

// according reads "…, according to X" and "According to X, …".
func (s *attrScan) according(si, b, e, c int) (attrRaw, bool) {
	r := attrRaw{sent: si, cls: cueSay, bound: -1, inherit: -1, cue: [2]int{c, c + 2}}
	i, j := s.rightNP(c + 2)
	if i == j {
		return r, false
	}
	r.src = [2]int{i, j}
	st := s.contentStart(b, e)
	switch {
	case s.is(c-1, ",") && c-1 > st:
		r.postposed = true
		r.bound = c - 1
		if s.isClose(c - 2) {
			r.content = s.quoteInterior(int(s.qOf[c-2]))
			r.direct = true
		} else {
			r.content = s.span(st, c-1)
		}
	case c <= st+1:
		k := j
		for k < e && !s.is(k, ",") {
			k++
		}
		return s.preposed(r, k+1, e)
	default:
		if c <= st {
			return r, false
		}
		r.postposed = true
		r.bound = c
		r.content = s.span(st, c)
	}
	return r, !r.content.IsZero()
}

// trimContents ends a reported clause where a later postposed attribution of
// the same sentence begins ("X stated that …, a letter seen by Y showed").
func (s *attrScan) trimContents() {
	for k := range s.raw {
		r := &s.raw[k]
		// "described a report that said X as …": the report's content ends with the object
		for m := range s.raw {
			o := s.raw[m]
			if m != k && o.sent == r.sent && o.cls == cueDescribe && o.obj[1] > o.obj[0] && r.src[0] >= o.obj[0] && r.src[1] <= o.obj[1] {
				if e := s.toks[o.obj[1]-1].End; e < r.content.End && e > r.content.Start {
					r.content.End = e
				}
			}
		}
		if r.postposed || r.direct {
			continue
		}
		for m := k + 1; m < len(s.raw) && s.raw[m].sent == r.sent; m++ {
			o := s.raw[m]
			if !o.postposed || o.bound < 0 {
				continue
			}
			bs := s.toks[o.bound].Start
			if bs > r.content.Start && bs < r.content.End {
				pe := o.bound - 1
				if pe >= 0 && s.toks[pe].End > r.content.Start {
					r.content.End = s.toks[pe].End
				}
			}
		}
	}
}

// continuations turns a quote paragraph with no cue into a statement of the
// previous speaker.
func (s *attrScan) continuations() {
	for q := range s.quotes {
		qq := s.quotes[q]
		if qq.used || qq.close-qq.open < 4 {
			continue
		}
		t := s.toks[qq.open]
		if qq.open != 0 && t.Flags&segment.NewlineBefore == 0 {
			continue
		}
		// the quote must fill its paragraph
		nx := qq.close + 1
		if nx < len(s.toks) && s.toks[nx].Flags&segment.NewlineBefore == 0 && !(s.isEnd(nx) && (nx+1 == len(s.toks) || s.toks[nx+1].Flags&segment.NewlineBefore != 0)) {
			continue
		}
		prev := -1
		for k := range s.raw {
			pos := s.toks[s.raw[k].cue[0]].Start
			if s.raw[k].cont {
				pos = s.raw[k].content.Start
			}
			if pos < t.Start && (prev < 0 || pos >= s.rawPos(prev)) {
				prev = k
			}
		}
		if prev < 0 {
			continue
		}
		si := 0
		for si < len(s.sentTok) && s.sentTok[si][1] <= qq.open {
			si++
		}
		s.raw = append(s.raw, attrRaw{content: s.quoteInterior(q), direct: true, sent: si, bound: -1,
			inherit: prev, cont: true, cls: cueSay})
		s.quotes[q].used = true
	}
}

// rawPos is the text position of attribution k, for ordering.
func (s *attrScan) rawPos(k int) int {
	if s.raw[k].cont {
		return s.raw[k].content.Start
	}
	return s.toks[s.raw[k].cue[0]].Start
}

// nounUse reports whether the cue word at c is used as a noun or adjective
// ("a media report", "the reported cases", "United States", "a positive
// note") rather than as a reporting verb.
func (s *attrScan) nounUse(b, c int, cue attrCue) bool {
	if s.isCap(c) && c > s.contentStart(b, c+1) && !s.isOpen(c-1) {
		return true
	}
	prev := ""
	if c-1 >= b && s.isWord(c-1) {
		prev = s.w(c - 1)
	}
	if c-1 >= b && s.toks[c-1].Kind == segment.Number {
		return true
	}
	if prev != "" && (attrDet(prev) || prev == "'s" || prev == "’s" || attrPrep(prev) && !cue.ing && !(cue.base && prev == "to")) {
		return true
	}
	// a verb form followed by another finite cue is a noun subject: "reports claimed"
	if cue.s3 || cue.base {
		if nc, ok := attrCueLex[s.wAt(c+1)]; ok && (nc.past || nc.s3) && !nc.base {
			return true
		}
	}
	if cue.base && !cue.past {
		switch {
		case prev == "":
			return true
		case attrPronoun(prev) == 's' || prev == "they":
		case attrAux(prev) || prev == "to":
		case len(prev) > 3 && prev[len(prev)-1] == 's' && !s.isCap(c-1):
		case s.isCap(c - 1):
			// "Republicans say", "Officials say"; a singular name cannot take a base form
			if !(len(prev) > 3 && prev[len(prev)-1] == 's') {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// wAt is w(i) or "" when i is out of range.
func (s *attrScan) wAt(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.w(i)
}

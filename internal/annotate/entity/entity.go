// Package entity finds named entities — people with their titles and roles,
// organizations, places (normalized to a country where possible) and
// nationality adjectives — as spans over the text.
//
// The recognizer is a single left-to-right pass over the tokens of each
// sentence. Only capitalized tokens (and the few lower-case words that start
// a known name, such as "al-Qaeda") open a candidate run; a run is a maximal
// sequence of capitalized words joined by name connectors ("of", "al",
// "bin", hyphens, initials). Each run is cut into pieces by longest match
// against static gazetteers (countries with aliases and demonyms, a few
// thousand places mapped to their country, organizations and news outlets,
// titles and ranks), then interpreted:
//
//   - a title followed by name words is a person; the words before the title
//     that name a country or an organization ("US Army General") belong to
//     the Title, and the person's Span covers the name only;
//   - a given name followed by capitalized words is a person;
//   - unknown capitalized stretches are typed by their last word (org and
//     place suffixes), by what precedes them (a place after "in", "near"),
//     by a following reporting verb (a speaker), by earlier mentions in the
//     same document (surnames of people already seen, acronyms defined in
//     parentheses), and by defaults;
//   - sentence-initial words and headline-style lines are treated carefully
//     so that "However", "Several" or a capitalized headline are not names.
//
// Everything is table lookup on substrings of the text: no regular
// expressions, no allocation per token and no per-document maps (document
// memory is a small fixed array).
package entity

import (
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// Type is the class of an entity.
type Type string

// Entity types. They map onto CoNLL's PER/ORG/LOC/MISC for evaluation.
const (
	Person Type = "PERSON"
	Org    Type = "ORG"
	Place  Type = "PLACE" // countries, regions, cities, sites
	NORP   Type = "NORP"  // nationalities and groups used as adjectives: "Iraqi", "Kurdish"
	Misc   Type = "MISC"  // events, operations, other names
)

// Entity is one mention.
type Entity struct {
	Span document.Span
	Type Type
	// Norm is the canonical form: a person's name without title, an
	// organization's full name ("Syrian Democratic Forces" for "SDF"), a
	// country for a place or nationality ("Syria" for "Raqqa"), or "".
	Norm string
	// Country is the country a place lies in or a nationality refers to.
	Country string
	// Title is a person's title or rank as written before the name ("Gen.",
	// "Defense Secretary", "US Army General").
	Title string
	// Role is an appositive role after the name ("chairman of the Joint
	// Chiefs of Staff"), with its span.
	Role     string
	RoleSpan document.Span
}

// Find appends the entities of text to dst, in text order, without overlap.
// Country names and aliases ("US", "U.S.", "Britain") are Place even when
// used as modifiers ("US troops"), as in CoNLL; demonyms ("American",
// "Iraqi") are NORP. Both carry Country. A person's Span covers the name
// without its title ("Mark Milley" in "US Army General Mark Milley").
func Find(text string, toks []segment.Token, sents []document.Span, dst []Entity) []Entity {
	s := scanner{text: text, toks: toks, dst: dst, lastEnd: -1}
	ti := 0
	for _, sp := range sents {
		g := ti
		for ti < len(toks) && toks[ti].Start < sp.Start {
			ti++
		}
		if ti > g {
			s.sentence(g, ti)
		}
		j := ti
		for j < len(toks) && toks[j].Start < sp.End {
			j++
		}
		if j > ti {
			s.sentence(ti, j)
		}
		ti = j
	}
	if ti < len(toks) {
		s.sentence(ti, len(toks))
	}
	return s.dst
}

const (
	maxPieces = 24
	maxMemory = 64
)

type pieceKind uint8

const (
	pName  pieceKind = iota + 1 // capitalized word not in a gazetteer
	pGaz                        // gazetteer entity
	pTitle                      // title or rank
	pStop                       // capitalized function word at the start of a run
	pConn                       // connector inside a run
)

type piece struct {
	a, b  int // token range [a, b)
	kind  pieceKind
	flags uint32 // lexicon flags of a single-word piece
	e     gazEntry
}

type memPerson struct{ last, full string }

type memAcr struct {
	acr string
	e   gazEntry
}

type scanner struct {
	text    string
	toks    []segment.Token
	dst     []Entity
	lastEnd int

	persons [maxMemory]memPerson
	np      int
	acrs    [maxMemory / 2]memAcr
	na      int

	sentA  int // first token of the current sentence
	pieces [maxPieces]piece
	buf    [192]byte
	feats  [maxFeatures]uint32
	// lexc caches lex entries by token index (direct-mapped, index+1 so
	// that the zero value is empty): a run asks about the same few tokens
	// several times.
	lexc [32]struct {
		i  int
		li lexInfo
	}

	// collect, when set (training only), receives the features of every
	// stretch the model would type, and the stretch is left untyped.
	collect func(feats []uint32, sp document.Span, rule Type)
}

func (s *scanner) word(i int) string { return s.text[s.toks[i].Start:s.toks[i].End] }

// lexOf returns the lexicon entry of token i's text.
func (s *scanner) lexOf(i int) lexInfo {
	c := &s.lexc[i&(len(s.lexc)-1)]
	if c.i != i+1 {
		c.i, c.li = i+1, lex.At(s.word(i))
	}
	return c.li
}

func (s *scanner) isWord(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == segment.Word
}

func (s *scanner) isCap(i int) bool {
	return s.isWord(i) && s.toks[i].Flags&segment.Cap != 0
}

// emit appends e unless it would overlap or precede an earlier entity.
func (s *scanner) emit(e Entity) int {
	if e.Span.Start < s.lastEnd || e.Span.End <= e.Span.Start {
		return -1
	}
	s.dst = append(s.dst, e)
	s.lastEnd = e.Span.End
	return len(s.dst) - 1
}

// key writes the lookup key of tokens [i, j) into the buffer: token texts
// joined by single spaces where the text has white space. With fold, words
// are title-cased ("SOUTHWEST ASIA" → "Southwest Asia").
func (s *scanner) key(i, j int, fold bool) ([]byte, bool) {
	b := s.buf[:0]
	for k := i; k < j; k++ {
		t := s.toks[k]
		if k > i && t.Flags&segment.SpaceBefore != 0 {
			if len(b) >= len(s.buf) {
				return nil, false
			}
			b = append(b, ' ')
		}
		if len(b)+t.End-t.Start > len(s.buf) {
			return nil, false
		}
		w := s.text[t.Start:t.End]
		if !fold {
			b = append(b, w...)
			continue
		}
		for x := 0; x < len(w); x++ {
			c := w[x]
			if x > 0 && c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
	}
	return b, true
}

// gazAt returns the longest gazetteer phrase starting at token i and ending
// before lim.
func (s *scanner) gazAt(i, lim int) (int, gazEntry) {
	t := s.toks[i]
	if t.Kind != segment.Word && t.Kind != segment.Number {
		return 0, gazEntry{}
	}
	li := s.lexOf(i)
	maxN := int(li.maxGaz)
	fold := false
	if maxN == 0 && t.Flags&segment.AllCaps != 0 && t.End-t.Start >= 4 {
		if b, ok := s.key(i, i+1, true); ok {
			li = lex.AtBytes(b)
			maxN = int(li.maxGaz)
			fold = true
		}
	}
	if maxN > lim-i {
		maxN = lim - i
	}
	for n := maxN; n >= 1; n-- {
		if fold && n > 1 && s.toks[i+n-1].Flags&segment.AllCaps == 0 {
			continue
		}
		if n == 1 && !fold {
			// one word as written: its text is the key, no copy (key
			// refuses a word longer than its buffer: so does this)
			if w := s.word(i); len(w) <= len(s.buf) {
				if e, ok := gaz.Get(w); ok {
					return n, e
				}
			}
			continue
		}
		b, ok := s.key(i, i+n, fold)
		if !ok {
			continue
		}
		if e, ok := gaz.GetBytes(b); ok {
			return n, e
		}
	}
	return 0, gazEntry{}
}

// flagsOf returns the lexicon flags of token i.
func (s *scanner) flagsOf(i int) uint32 {
	if i < 0 || i >= len(s.toks) {
		return 0
	}
	return s.lexOf(i).flags
}

// lowerFlags returns the lexicon flags of token i with its first letter
// lower-cased ("Chairman" → "chairman").
func (s *scanner) lowerFlags(i int) uint32 {
	if !s.isWord(i) {
		return 0
	}
	w := s.word(i)
	if len(w) == 0 || len(w) > len(s.buf) || w[0] < 'A' || w[0] > 'Z' {
		return lex.At(w).flags
	}
	b := append(s.buf[:0], w...)
	b[0] += 'a' - 'A'
	return lex.AtBytes(b).flags
}

// initial reports whether token i starts a sentence or a line or follows an
// opening quote or bracket, where capitalization says little.
func (s *scanner) initial(i, sentStart int) bool {
	if i <= sentStart || s.toks[i].Flags&segment.NewlineBefore != 0 {
		return true
	}
	p := s.toks[i-1]
	switch p.Kind {
	case segment.Quote:
		return p.Flags&segment.Open != 0 || i-1 == sentStart
	case segment.Punct:
		switch s.text[p.Start] {
		case '(', '[', ':', '.', '!', '?', ';':
			return true
		case '-':
			return p.Flags&segment.SpaceBefore != 0
		}
		if p.End-p.Start == 3 && (s.text[p.Start:p.End] == "—" || s.text[p.Start:p.End] == "–") {
			return true
		}
	}
	return false
}

// headline reports whether the sentence is written in title case or capitals
// (a headline or a caption), where capitalization does not mark names.
func (s *scanner) headline(a, b int) bool {
	capw, low := 0, 0
	for k := range s.toks[a:b] {
		t := &s.toks[a+k]
		if t.Kind != segment.Word || t.End-t.Start < 4 {
			continue
		}
		if t.Flags&segment.Cap != 0 {
			capw++
		} else {
			low++
		}
	}
	return capw >= 3 && low*3 < capw
}

func (s *scanner) sentence(a, b int) {
	s.sentA = a
	head := s.headline(a, b)
	for i := a; i < b; {
		t := &s.toks[i]
		if t.Kind == segment.Word || t.Kind == segment.Number {
			if t.Flags&segment.Cap != 0 || t.Kind == segment.Number || gazStart.Has(s.text[t.Start:t.End]) {
				i = s.run(i, a, b, head)
				continue
			}
		}
		i++
	}
}

// segmentRun cuts the run starting at token i into pieces and returns their
// number and the token index after the run.
func (s *scanner) segmentRun(i, b int) (int, int) {
	m := 0
	k := i
	for k < b && m < maxPieces {
		t := s.toks[k]
		if t.Kind == segment.Word || t.Kind == segment.Number {
			n, e := s.gazAt(k, b)
			if n > 0 && e.typ != titleType && n == 1 && s.lexOf(k).flags&fGiven != 0 && s.isCap(k+1) {
				// "Jordan Peterson": a given name before an unknown word.
				if n2, _ := s.gazAt(k+1, b); n2 == 0 && s.lexOf(k+1).flags&(fStop|fCalendar) == 0 {
					n = 0
				}
			}
			if n == 1 && e.typ == titleType && m > 0 && s.pieces[m-1].kind == pName && s.pieces[m-1].flags&fGiven != 0 && !(k+1 < b && s.isCap(k+1)) {
				// "Tim Bishop", "Larry King": a one-word title right after a
				// given name, with no name after it, is the surname.
				n = 0
			}
			if n > 0 {
				kind := pGaz
				if e.typ == titleType {
					kind = pTitle
				}
				s.pieces[m] = piece{a: k, b: k + n, kind: kind, e: e}
				m++
				k += n
				continue
			}
			if t.Kind == segment.Number || t.Flags&segment.Cap == 0 {
				// lower-case word: a connector continues the run when a
				// capitalized word follows.
				if m > 0 && t.Kind == segment.Word && s.lexOf(k).flags&fConnector != 0 && s.word(k) != "and" {
					nx := k + 1
					if nx < b && s.word(k) != "the" && s.isWord(nx) && s.word(nx) == "the" {
						nx++
					}
					if nx+1 < b && nx == k+1 && s.toks[nx].Kind == segment.Punct && s.text[s.toks[nx].Start] == '-' && s.toks[nx].Flags&segment.SpaceBefore == 0 && s.toks[nx+1].Flags&segment.SpaceBefore == 0 && s.isCap(nx+1) {
						nx++ // "al-Maliki"
					}
					if nx < b && s.isCap(nx) {
						s.pieces[m] = piece{a: k, b: nx, kind: pConn}
						m++
						k = nx
						continue
					}
				}
				break
			}
			f := s.lexOf(k).flags
			if f&fCalendar != 0 {
				break
			}
			end := k + 1
			// an initial: "H." glued to its period
			if t.End-t.Start == 1 && end < b && s.toks[end].Kind == segment.Punct && s.text[s.toks[end].Start] == '.' && s.toks[end].End-s.toks[end].Start == 1 && s.toks[end].Flags&segment.SpaceBefore == 0 {
				end++
			}
			kind := pName
			if f&fStop != 0 && (m == 0 || s.pieces[m-1].kind == pStop) {
				kind = pStop
			} else if f&fGiven == 0 && end < b && s.isCap(end) && s.lexOf(end).flags&fGiven != 0 && s.lowerFlags(k)&fRole != 0 {
				// a capitalized role word before a given name is a title:
				// "Treasurer Peter Costello", "Economist Jane Doe"
				kind = pTitle
			}
			s.pieces[m] = piece{a: k, b: end, kind: kind, flags: f}
			m++
			k = end
			continue
		}
		// punctuation: a hyphen glued on both sides joins capitalized words.
		if m > 0 && t.Kind == segment.Punct && s.text[t.Start] == '-' && t.End-t.Start == 1 && t.Flags&segment.SpaceBefore == 0 && k+1 < b && s.toks[k+1].Flags&segment.SpaceBefore == 0 && (s.isCap(k+1) || s.lexOf(k+1).maxGaz > 0) {
			s.pieces[m] = piece{a: k, b: k + 1, kind: pConn}
			m++
			k++
			continue
		}
		if m > 0 && t.Kind == segment.Symbol && s.text[t.Start] == '&' && s.isCap(k+1) {
			s.pieces[m] = piece{a: k, b: k + 1, kind: pConn}
			m++
			k++
			continue
		}
		break
	}
	for m > 0 && s.pieces[m-1].kind == pConn {
		m--
	}
	if m == 0 {
		return 0, i + 1
	}
	return m, s.pieces[m-1].b
}

// run interprets the run starting at token i and returns the index after it.
func (s *scanner) run(i, sentStart, b int, head bool) int {
	m, j := s.segmentRun(i, b)
	if m == 0 {
		return j
	}
	ps := s.pieces[:m]
	lastPerson := -1
	lastPersonEnd := -1
	for p := 0; p < m; {
		pc := ps[p]
		switch pc.kind {
		case pStop, pConn:
			p++
		case pTitle:
			q, e := s.titled(ps, p, head)
			if e >= 0 {
				lastPerson, lastPersonEnd = e, ps[q-1].b
			}
			p = q
		case pGaz:
			p = s.gazPiece(ps, p)
		case pName:
			q, e := s.stretch(ps, p, sentStart, b, j, head)
			if e >= 0 && s.dst[e].Type == Person {
				lastPerson, lastPersonEnd = e, ps[q-1].b
			}
			p = q
		default:
			p++
		}
	}
	// an acronym in parentheses after an organization: "(SDF)"
	if n := len(s.dst); n > 0 && j+2 < len(s.toks) && s.text[s.toks[j].Start] == '(' && s.toks[j+1].Kind == segment.Word && s.toks[j+1].Flags&segment.AllCaps != 0 && s.text[s.toks[j+2].Start] == ')' {
		prev := s.dst[n-1]
		if prev.Span.End == s.toks[j-1].End && (prev.Type == Org || prev.Type == Misc || prev.Type == Place) {
			acr := s.word(j + 1)
			norm := prev.Norm
			if norm == "" {
				norm = prev.Span.Of(s.text)
			}
			ge := gazEntry{typ: prev.Type, norm: norm, country: prev.Country}
			if s.na < len(s.acrs) {
				s.acrs[s.na] = memAcr{acr, ge}
				s.na++
			}
			s.emit(Entity{Span: document.Span{Start: s.toks[j+1].Start, End: s.toks[j+1].End}, Type: prev.Type, Norm: norm, Country: prev.Country})
			return j + 3
		}
	}
	if lastPerson >= 0 && lastPersonEnd == j {
		s.role(&s.dst[lastPerson], j, b)
	}
	return j
}

// gazPiece emits a gazetteer entity, merged with following unknown words
// into an organization ("Iraqi Defense Ministry", "US Army") or a named
// thing ("Munich Security Conference") when the last word says so.
func (s *scanner) gazPiece(ps []piece, p int) int {
	pc := ps[p]
	if pc.b-pc.a == 1 && pc.e.typ != Org && s.np > 0 && (p+1 == len(ps) || ps[p+1].kind != pName) {
		// "Austin" after "Lloyd Austin": a remembered surname wins over a
		// place of the same name.
		if full, ok := s.recall(s.word(pc.a)); ok {
			s.emit(Entity{Span: document.Span{Start: s.toks[pc.a].Start, End: s.toks[pc.a].End}, Type: Person, Norm: full})
			return p + 1
		}
	}
	q := p + 1
	for q < len(ps) && ps[q].kind == pName && ps[q].flags&fGiven == 0 {
		q++
	}
	if q > p+1 && (pc.e.typ == Place || pc.e.typ == NORP || pc.e.typ == Org) {
		last := ps[q-1].flags
		typ := Type("")
		switch {
		case last&fOrgSuffix != 0:
			typ = Org
		case last&fMiscSuffix != 0:
			typ = Misc
		case last&fPlaceSuffix != 0 && pc.e.typ == Place:
			typ = Place
		}
		if typ != "" && !(q < len(ps) && ps[q].kind == pTitle) || typ != "" && q == p+2 {
			sp := document.Span{Start: s.toks[pc.a].Start, End: s.toks[ps[q-1].b-1].End}
			norm := s.norm(sp)
			if typ == Place {
				norm = pc.e.norm
			}
			s.emit(Entity{Span: sp, Type: typ, Norm: norm, Country: pc.e.country})
			return q
		}
	}
	s.emit(Entity{Span: document.Span{Start: s.toks[pc.a].Start, End: s.toks[pc.b-1].End}, Type: pc.e.typ, Norm: pc.e.norm, Country: pc.e.country})
	return p + 1
}

// norm returns the text of sp with runs of white space collapsed to one
// space. It allocates only when the text has other white space than single
// spaces.
func (s *scanner) norm(sp document.Span) string {
	t := s.text[sp.Start:sp.End]
	clean := true
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '\n' || c == '\t' || c == '\r' || c == ' ' && i+1 < len(t) && t[i+1] == ' ' {
			clean = false
			break
		}
	}
	if clean {
		return t
	}
	b := make([]byte, 0, len(t))
	sp2 := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '\n' || c == '\t' || c == '\r' || c == ' ' {
			sp2 = true
			continue
		}
		if sp2 && len(b) > 0 {
			b = append(b, ' ')
		}
		sp2 = false
		b = append(b, c)
	}
	return string(b)
}

// isNamePiece reports whether a piece can be part of a person's name.
func isNamePiece(pc piece) bool {
	return pc.kind == pName && pc.flags&(fOrgSuffix|fMiscSuffix) == 0
}

// titled interprets a title at piece p: when name words follow, it emits a
// person with the title; otherwise it skips the title.
func (s *scanner) titled(ps []piece, p int, head bool) (int, int) {
	// the title may start earlier with places, nationalities or
	// organizations: "US Army General", "Iraqi Prime Minister".
	ts := p
	for ts > 0 && (ps[ts-1].kind == pGaz || ps[ts-1].kind == pName && (ps[ts-1].flags&(fOrgSuffix|fOrgHead) != 0 || isDeptWord(s.word(ps[ts-1].a)))) {
		ts--
	}
	te := p + 1 // title pieces [p, te)
	for te < len(ps) && (ps[te].kind == pTitle || ps[te].kind == pName && isDeptWord(s.word(ps[te].a)) && te+1 < len(ps) && ps[te+1].kind == pTitle) {
		te++
	}
	ns := te // name pieces [ns, ne)
	var inner [8]int
	ni := 0
	if te < len(ps) && ps[te].kind == pConn && (s.word(ps[te].a) == "for" || s.word(ps[te].a) == "of") {
		// "Special Representative for Syria Engagement James Jeffrey":
		// the name starts at a given name, or is the last two words.
		end := te + 1
		for end < len(ps) && ps[end].kind != pTitle && ps[end].kind != pStop {
			end++
		}
		g := -1
		for x := te + 1; x < end; x++ {
			if ps[x].kind == pName && ps[x].flags&fGiven != 0 {
				ok := true
				for y := x; y < end; y++ {
					if !isNamePiece(ps[y]) {
						ok = false
					}
				}
				if ok {
					g = x
					break
				}
			}
		}
		if g < 0 {
			tail := end
			for tail > te+1 && isNamePiece(ps[tail-1]) {
				tail--
			}
			if end-tail >= 2 && tail > te+1 {
				g = end - 2
			}
		}
		if g < 0 {
			return te, -1
		}
		for x := te + 1; x < g && ni < len(inner); x++ {
			if ps[x].kind == pGaz {
				inner[ni] = x
				ni++
			}
		}
		ns = g
	}
	ne := ns
	for ne < len(ps) && ne-ns < 5 {
		pc := ps[ne]
		if isNamePiece(pc) && (pc.flags&fStop == 0 || ne > ns) {
			ne++
			continue
		}
		if pc.kind == pConn && ne > ns && ne+1 < len(ps) && isNamePiece(ps[ne+1]) && s.word(pc.a) != "of" && s.word(pc.a) != "for" && s.word(pc.a) != "the" {
			ne++
			continue
		}
		if pc.kind == pGaz && pc.b-pc.a == 1 && pc.e.typ != NORP && (ne > ns || ne+1 < len(ps) && isNamePiece(ps[ne+1])) {
			// surnames that are also places: "George Washington"
			ne++
			continue
		}
		break
	}
	if ne == ns {
		return te, -1
	}
	for x := 0; x < ni; x++ {
		pc := ps[inner[x]]
		s.emit(Entity{Span: document.Span{Start: s.toks[pc.a].Start, End: s.toks[pc.b-1].End}, Type: pc.e.typ, Norm: pc.e.norm, Country: pc.e.country})
	}
	titleSpan := document.Span{Start: s.toks[ps[ts].a].Start, End: s.toks[ps[ns-1].b-1].End}
	e := s.person(ps, ns, ne)
	if e >= 0 {
		// "former President": lower-case modifiers before the title
		k := ps[ts].a
		for k-1 >= s.sentA && s.isWord(k-1) && isTitleModifier(s.word(k-1)) {
			k--
		}
		titleSpan.Start = s.toks[k].Start
		s.dst[e].Title = s.norm(titleSpan)
	}
	return ne, e
}

// person emits the person named by pieces [ns, ne) and remembers the name.
func (s *scanner) person(ps []piece, ns, ne int) int {
	sp := document.Span{Start: s.toks[ps[ns].a].Start, End: s.toks[ps[ne-1].b-1].End}
	full := s.norm(sp)
	e := s.emit(Entity{Span: sp, Type: Person, Norm: full})
	if e < 0 {
		return -1
	}
	// remember the surname (the last word that is not a suffix)
	l := ne - 1
	for l > ns && ps[l].flags&fNameSuffix != 0 {
		l--
	}
	if ne-ns >= 2 && s.np < len(s.persons) {
		s.persons[s.np] = memPerson{last: s.word(ps[l].a), full: full}
		s.np++
	}
	return e
}

// recall returns the full name of a person seen earlier whose surname or
// full name is w.
func (s *scanner) recall(w string) (string, bool) {
	for i := s.np - 1; i >= 0; i-- {
		if s.persons[i].last == w || s.persons[i].full == w {
			return s.persons[i].full, true
		}
	}
	return "", false
}

// stretch types a sequence of unknown capitalized words starting at piece p.
func (s *scanner) stretch(ps []piece, p, sentStart, sentEnd, runEnd int, head bool) (int, int) {
	q := p + 1
	given := ps[p].flags&fGiven != 0
	innerCountry := "" // "Reserve Bank of Australia"
	for q < len(ps) {
		pc := ps[q]
		if pc.kind == pName {
			q++
			continue
		}
		if pc.kind == pConn && q+1 < len(ps) && ps[q+1].kind == pName {
			switch s.word(pc.a) {
			case "of", "for", "the":
				// "Bank of ...", "Bureau of ...", but "Cara Diemont of
				// Dimension Data" is a person and an organization.
				const heads = fOrgHead | fOrgSuffix | fPlacePrefix | fMiscPrefix | fMiscSuffix
				if ps[q-1].flags&heads == 0 && ps[p].flags&heads == 0 {
					break
				}
				q++
				continue
			default:
				q++
				continue
			}
			break
		}
		// "Bank of England", "University of Baghdad"
		if pc.kind == pConn && q+1 < len(ps) && ps[q+1].kind == pGaz && ps[q+1].e.typ != titleType && (ps[p].flags|ps[q-1].flags)&fOrgHead != 0 {
			innerCountry = ps[q+1].e.country
			q += 2
			continue
		}
		// "George Washington": a one-word place after a given name
		if given && pc.kind == pGaz && pc.b-pc.a == 1 && pc.e.typ != NORP && q == p+1 {
			q++
			continue
		}
		break
	}
	first, last := ps[p], ps[q-1]
	words := 0
	hasConn := false
	allCaps := true
	for x := p; x < q; x++ {
		if ps[x].kind == pConn {
			switch s.word(ps[x].a) {
			case "of", "for", "the", "&":
				hasConn = true // "Bank of ...", not a person's particle
			}
		} else {
			words++
		}
		if s.toks[ps[x].a].Flags&segment.AllCaps == 0 && ps[x].kind != pConn {
			allCaps = false
		}
	}
	// a function word or a common-noun ending inside the stretch says it is
	// not a person's name ("Reporters Without Borders", "Geological Survey")
	common := false
	for x := p; x < q && !common; x++ {
		if ps[x].kind == pName && (x > p && ps[x].flags&fStop != 0 || ps[x].flags&fGiven == 0 && commonEnding(s.word(ps[x].a))) {
			common = true
		}
	}
	sp := document.Span{Start: s.toks[first.a].Start, End: s.toks[last.b-1].End}
	atEnd := last.b == runEnd
	next := last.b
	init := s.initial(first.a, sentStart)
	typ := Type("")
	norm := ""
	country := ""
	decided := true // by a strong rule
	switch {
	case words == 1 && s.recallInto(s.word(first.a), &norm):
		typ = Person
	case words == 1 && allCaps && s.recallAcr(s.word(first.a), &typ, &norm, &country):
	case first.flags&fOrgHead != 0 && hasConn, words >= 2 && last.flags&fOrgSuffix != 0:
		typ = Org
	case words >= 2 && last.flags&fMiscSuffix != 0:
		typ = Misc
	case words >= 2 && first.flags&fMiscPrefix != 0:
		typ = Misc
	case words >= 2 && (first.flags&fPlacePrefix != 0 || last.flags&fPlaceSuffix != 0):
		typ = Place
	case given && words >= 2 && words <= 4:
		typ = Person
	case atEnd && words <= 4 && !hasConn && !(init && words == 1) && !common && s.isWord(next) && s.flagsOf(next)&fReport != 0:
		typ = Person
	case head:
		// headline: unknown capitalized words say nothing
	default:
		decided = false
	}
	switch {
	case decided || head:
	case words == 1 && allCaps && s.toks[first.a].End-s.toks[first.a].Start <= 6 && s.toks[first.a].Flags&segment.Digit == 0 && first.flags&fCommonCaps == 0:
		if !(init && s.toks[first.a].Flags&segment.NewlineBefore != 0) {
			typ = Org
		}
	case init && words == 1:
		// a capitalized common word starting the sentence
	case first.a > 0 && s.isWord(first.a-1) && s.flagsOf(first.a-1)&fLocPrep != 0 && words <= 3:
		typ = Place
	case words >= 2:
		typ = Person
		if common {
			typ = ""
		} else if hasConn {
			typ = Misc
		}
	default:
		// a lone unknown capitalized word: too ambiguous to type
	}
	if !decided && !head {
		// the learned model types what the weak rules above guessed
		if s.collect != nil {
			f := s.stretchFeatures(ps, p, q, sentStart, sentEnd, init, head, common, hasConn, allCaps)
			s.collect(append([]uint32(nil), f...), sp, typ) // a copy: s stays on the stack
			typ = ""
		} else if model != nil {
			typ = modelTypes[model.predict(s.stretchFeatures(ps, p, q, sentStart, sentEnd, init, head, common, hasConn, allCaps))]
		}
	}
	if typ == "" {
		return q, -1
	}
	if typ == Org && q < len(ps) && ps[q].kind == pGaz && ps[q].e.typ == Place && ps[q].b-ps[q].a == 1 {
		switch s.word(last.a) {
		case "Force", "Team", "Group", "Command":
			// "Task Force Iraq": a unit named after a place
			q++
			sp.End = s.toks[ps[q-1].b-1].End
			norm = ""
		}
	}
	if typ == Person {
		if norm == "" {
			e := s.person(ps, p, q)
			if e >= 0 {
				s.lowerTitle(e, ps[p].a)
			}
			return q, e
		}
		e := s.emit(Entity{Span: sp, Type: Person, Norm: norm})
		return q, e
	}
	if norm == "" && typ != Place {
		norm = s.norm(sp)
	}
	if country == "" {
		country = innerCountry
	}
	return q, s.emit(Entity{Span: sp, Type: typ, Norm: norm, Country: country})
}

func (s *scanner) recallInto(w string, norm *string) bool {
	full, ok := s.recall(w)
	if ok {
		*norm = full
	}
	return ok
}

func (s *scanner) recallAcr(w string, typ *Type, norm, country *string) bool {
	for i := s.na - 1; i >= 0; i-- {
		if s.acrs[i].acr == w {
			*typ, *norm, *country = s.acrs[i].e.typ, s.acrs[i].e.norm, s.acrs[i].e.country
			return true
		}
	}
	return false
}

// role attaches an appositive role after a person's name: ", chairman of the
// Joint Chiefs of Staff," or ", the commanding general of Task Force Iraq".
func (s *scanner) role(e *Entity, j, b int) {
	if j+1 >= b || s.toks[j].Kind != segment.Punct || s.text[s.toks[j].Start] != ',' {
		return
	}
	k := j + 1
	ok := false
	for x := k; x < b && x < k+3; x++ {
		if !s.isWord(x) {
			break
		}
		if s.lowerFlags(x)&fRole != 0 {
			ok = true
			break
		}
		switch s.word(x) {
		case "a", "an", "the", "A", "An", "The":
			continue
		}
		if s.toks[x].Flags&segment.Cap != 0 {
			// "US Army chief of staff": capitalized modifiers
			continue
		}
		break
	}
	if !ok {
		return
	}
	end := k
	for x := k; x < b && x < k+24; x++ {
		t := s.toks[x]
		if t.Kind == segment.Quote || t.Kind == segment.Punct && (s.text[t.Start] == ',' || s.text[t.Start] == '.' || s.text[t.Start] == ';' || s.text[t.Start] == ')' || s.text[t.Start] == '(' || s.text[t.Start] == ':') {
			break
		}
		if t.Kind == segment.Punct && t.End-t.Start == 3 && (s.text[t.Start:t.End] == "—" || s.text[t.Start:t.End] == "–") {
			break
		}
		if t.Kind == segment.Word && (s.word(x) == "who" || s.word(x) == "which" || s.flagsOf(x)&fReport != 0) {
			break
		}
		end = x + 1
	}
	if end == k {
		return
	}
	e.RoleSpan = document.Span{Start: s.toks[k].Start, End: s.toks[end-1].End}
	e.Role = s.norm(e.RoleSpan)
}

// commonEnding reports words whose ending marks a common noun or adjective
// rather than a name ("Geological", "Station", "Independence").
func commonEnding(w string) bool {
	n := len(w)
	if n < 6 {
		return false
	}
	for _, suf := range [...]string{"ical", "tion", "sion", "ment", "ity", "ence", "ance", "ness", "ship", "ism", "ists", "ive", "ory", "ure", "ous", "ful", "less", "ities", "ments", "tions", "ants", "ents"} {
		if n > len(suf)+2 && w[n-len(suf):] == suf {
			return true
		}
	}
	return false
}

// isTitleModifier reports lower-case words that belong to a title before a
// name: "former President", "acting Defense Secretary".
func isTitleModifier(w string) bool {
	switch w {
	case "former", "then", "acting", "late", "retired", "outgoing", "incoming", "interim", "deputy", "senior", "top", "ex":
		return true
	}
	return false
}

// lowerTitle sets the title of person e written in lower case before the
// name at token i: "Pentagon spokesman Jonathan Hoffman", "State Department
// spokesman", "defense analyst".
func (s *scanner) lowerTitle(e, i int) {
	k := i - 1
	if k < s.sentA || !s.isWord(k) || s.toks[k].Flags&segment.Cap != 0 || s.flagsOf(k)&fRole == 0 || isTitleModifier(s.word(k)) {
		return
	}
	end := s.toks[k].End
	for k-1 >= s.sentA {
		j := k - 1
		t := s.toks[j]
		if t.Kind != segment.Word {
			break
		}
		w := s.word(j)
		if t.Flags&segment.Cap != 0 {
			if li := s.lexOf(j); li.flags&fStop != 0 && li.maxGaz == 0 {
				break
			}
		} else if s.flagsOf(j)&fRole == 0 && !isRoleModifier(w) {
			break
		}
		k = j
	}
	s.dst[e].Title = s.norm(document.Span{Start: s.toks[k].Start, End: end})
}

// isRoleModifier reports lower-case words that qualify a role before a name:
// "defense analyst", "press secretary", "campaign manager".
func isRoleModifier(w string) bool {
	switch w {
	case "defense", "defence", "security", "military", "political", "foreign", "intelligence", "press", "policy", "energy", "oil", "market", "financial", "legal", "health", "news", "campaign", "party", "government", "company", "army", "navy", "police", "union", "team", "club", "state", "economic", "research", "investment", "communications", "public":
		return true
	}
	return false
}

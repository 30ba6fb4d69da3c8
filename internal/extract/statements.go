package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/claimtrack/claimtrack/internal/annotate"
	"github.com/claimtrack/claimtrack/internal/annotate/entity"
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
//  3. line layouts: a speaker label opening a line ("PENCE: …") and a quote
//     signed with a dash (`“…” ― Name`); a quote paragraph with no cue
//     continues the previous speaker;
//  4. speakers are resolved (attrib_resolve.go) and stance is read (stance_rules.go).
//
// SpeakerSpan is the mention in this attribution ("he", "who", "the
// official"); it is null when the speaker is shared with an earlier
// attribution ("…, adding that …", "… but insisted …") or continued from the
// previous paragraph. Speaker is always the resolved name. Nested
// attributions ("X said that reports claimed …") are all returned.
func Statements(a *annotate.Annotation) []Statement {
	if a == nil || a.Doc == nil || len(a.Tokens) == 0 {
		return []Statement{}
	}
	s := newAttrScan(a)
	s.findQuotes()
	for si := range s.sentTok {
		r := s.sentTok[si]
		// a line break ends an attribution's reach, whatever the sentence splitter said
		b := r[0]
		for k := r[0] + 1; k <= r[1]; k++ {
			if k == r[1] || s.toks[k].Flags&segment.NewlineBefore != 0 {
				s.sentence(si, b, k)
				b = k
			}
		}
	}
	s.trimContents()
	s.lineAttributions()
	s.openQuoteRuns()
	s.continuations()
	out := s.resolve()
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	out = dropNonStatements(out)
	// reader comments, captions and site boilerplate state nothing for the ledger
	keep := out[:0]
	for _, st := range out {
		at := st.CueSpan
		if at.IsZero() {
			at = document.Span{Start: st.ContentSpan.Start, End: st.ContentSpan.Start + 1}
		}
		if !a.SkipFacts(at) {
			keep = append(keep, st)
		}
	}
	out = keep
	sourceNames(out)
	return out
}

// groupDescription reports an organization named only by a description:
// "group", "British-based group", "monitoring group", "rights organisation".
func groupDescription(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	switch strings.ToLower(ws[len(ws)-1]) {
	case "group", "organisation", "organization", "monitor", "watchdog", "network", "body", "charity", "movement",
		"alliance", "agency", "coalition", "bloc":
	default:
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if w[0] >= 'A' && w[0] <= 'Z' && !strings.HasSuffix(w, "-based") {
			return false // "Crisis Group" is a name
		}
	}
	return true
}

// dropNonStatements removes attributions that state nothing: a negative
// quantifier as speaker ("no one denies that …" is no denial by anyone) and
// an intention inside another statement's content ("a report that said the
// United States is planning to keep 1,000 forces": the plan is the report's
// claim, not a statement by the United States). out is sorted by start.
func dropNonStatements(out []Statement) []Statement {
	keep := out[:0]
	var open document.Span // the content reaching furthest right so far
	for _, st := range out {
		nested := !open.IsZero() && open.Contains(st.Span)
		if !st.ContentSpan.IsZero() && st.ContentSpan.End > open.End {
			open = st.ContentSpan
		}
		switch strings.ToLower(string(st.Speaker)) {
		case "no one", "no-one", "nobody", "none", "not one", "few", "no official", "no officials":
			continue
		}
		if nested && intentCue(st.Cue) {
			continue
		}
		keep = append(keep, st)
	}
	return keep
}

// sourceNames folds speakers' names to canonical ones ("UN" → "United
// Nations", "Gadhafi" → "Gaddafi"), lets a short form refer back to the long
// name already given in the article ("the Observatory" after "the Syrian
// Observatory for Human Rights"), and sets each statement's source type.
func sourceNames(out []Statement) {
	long := map[string]string{} // a capitalized word of a long name → that name, first seen
	personType := map[string]string{}
	lastOrg, lastOrgAt := "", 0
	for i := range out {
		st := &out[i]
		name := canonicalSource(string(st.Speaker))
		typ := string(st.SpeakerType)
		// "independent experts testifying": a description without its participle
		if name != "" && name[0] >= 'a' && name[0] <= 'z' && strings.HasSuffix(strings.TrimRightFunc(name, unicode.IsSpace), "ing") {
			// (the cheap tests first: most names are capitalized; the last
			// field ends in "ing" only if the name without its trailing
			// space does)
			if ws := strings.Fields(name); len(ws) > 1 && strings.HasSuffix(ws[len(ws)-1], "ing") {
				name = strings.Join(ws[:len(ws)-1], " ")
			}
		}
		// "the group", "the British-based group": the organization named last
		if typ == SpeakerOrg && lastOrg != "" && i-lastOrgAt <= 6 && groupDescription(name) {
			name = lastOrg
		}
		if typ == SpeakerOrg || typ == SpeakerPublication {
			if ws := strings.Fields(name); len(ws) == 1 {
				if l, ok := long[strings.ToLower(ws[0])]; ok {
					name = l
				}
			} else {
				for _, w := range ws {
					if len(w) > 3 && w[0] >= 'A' && w[0] <= 'Z' {
						if _, ok := long[strings.ToLower(w)]; !ok {
							long[strings.ToLower(w)] = name
						}
					}
				}
			}
		}
		if typ == SpeakerPerson && strings.Count(name, " ") >= 2 && name[0] >= 'A' && name[0] <= 'Z' {
			// "Adm Mike Mullen": a title without its stop goes to the role
			if n := stripTitles(name); n != name {
				if st.SpeakerRole == "" {
					st.SpeakerRole = document.Str(strings.TrimSpace(strings.TrimSuffix(name, n)))
				}
				name = n
			}
		}
		st.Speaker = document.Str(name)
		st.SourceType = document.Str(sourceType(name, string(st.SpeakerRole), typ, st.Anonymous))
		if typ == SpeakerOrg && strings.Count(name, " ") > 0 && name[0] >= 'A' && name[0] <= 'Z' {
			lastOrg, lastOrgAt = name, i
		}
		// a person keeps the type a fuller mention gave ("Mr Assad" after
		// "President Bashar al-Assad")
		if typ == SpeakerPerson {
			if st.SourceType == SourceUnknown {
				if t, ok := personType[name]; ok {
					st.SourceType = document.Str(t)
				}
			} else if _, ok := personType[name]; !ok {
				personType[name] = string(st.SourceType)
			}
		}
	}
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
	// openEnded are the opening marks of quotes left open at their
	// paragraph's end (the quote runs on into the next paragraph)
	openEnded []int
	pubAnon   map[string]bool // publications that cited anonymous sources, by name
	// anonymity cues of each sentence, listed on first use
	anonCache map[int]*attrAnonWords
}

type attrQuote struct {
	open, close int // first token of the opening mark, last of the closing one
	in0, in1    int // interior tokens [in0, in1)
	used        bool
}

// attrRaw is an attribution found by the scanner, before speaker resolution.
type attrRaw struct {
	src, cue, role, obj [2]int // token ranges [i,j); empty when i == j
	ante                [2]int // antecedent of a relative-pronoun source
	content             document.Span
	direct              bool
	sent                int
	cls                 uint8
	passive             bool
	postposed           bool
	bound               int // boundary token before a postposed attribution, -1
	inherit             int // index in raw of the attribution whose speaker this one shares, -1
	cont                bool
	objAs               bool // the object is followed by a characterization: "dismissed X as …"
}

func newAttrScan(a *annotate.Annotation) *attrScan {
	text := a.Doc.Text
	// lower-case only the words that start with a capital or are all
	// capitals; the text between them is copied as it is, straight into
	// the string's only copy
	var lt strings.Builder
	lt.Grow(len(text))
	done := 0
	for _, t := range a.Tokens {
		if t.Flags&(segment.Cap|segment.AllCaps) == 0 || t.End <= done {
			continue // (tokens rise and do not overlap: never the latter)
		}
		if t.End-t.Start == 3 && text[t.Start:t.End] == "WHO" {
			continue // the World Health Organization, never the pronoun "who"
		}
		lt.WriteString(text[done:max(done, t.Start)])
		// the word lowered in a buffer and written at once (WriteByte
		// is a call a byte)
		var buf [64]byte
		for w := text[max(done, t.Start):t.End]; len(w) > 0; {
			n := copy(buf[:], w)
			lowerASCII(buf[:n])
			lt.Write(buf[:n])
			w = w[n:]
		}
		done = t.End
	}
	lt.WriteString(text[done:])
	s := &attrScan{a: a, text: text, lt: lt.String(), toks: a.Tokens}
	s.qOf = make([]int32, len(s.toks))
	for i := range s.qOf {
		s.qOf[i] = -1
	}
	// token range of each sentence, by a linear walk
	s.sentTok = make([][2]int, 0, len(a.Sentences))
	s.sentSp = make([]document.Span, 0, len(a.Sentences))
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

// quoteMark returns the number of tokens of a double quotation mark at i:
// one for " “ ” „ « », two for the typewriter pairs ” and “; 0 if none.
func (s *attrScan) quoteMark(i int) int {
	if s.isDoubleQuote(i) {
		return 1
	}
	t := s.toks[i]
	if t.Kind != segment.Quote || i+1 >= len(s.toks) {
		return 0
	}
	n := s.toks[i+1]
	if n.Kind == segment.Quote && n.Start == t.End {
		a, b := s.text[t.Start:t.End], s.text[n.Start:n.End]
		if a == b && (a == "'" || a == "`" || a == "’" || a == "‘") {
			return 2
		}
		if a == "`" && b == "`" || a == "‘" && b == "‘" || a == "’" && b == "’" {
			return 2
		}
	}
	return 0
}

// findQuotes pairs double quotation marks. A quote left open at a paragraph
// break is dropped (the newspaper convention reopens a quote running over
// paragraphs, so each paragraph keeps its own region).
func (s *attrScan) findQuotes() {
	open, openLen := -1, 0
	for i := 0; i < len(s.toks); i++ {
		ml := 0
		if s.toks[i].Kind == segment.Quote { // (quoteMark is 0 for any other token)
			ml = s.quoteMark(i)
		}
		if ml == 0 {
			if open >= 0 && s.toks[i].Flags&segment.ParaBefore != 0 {
				s.openEnded = append(s.openEnded, open)
				open = -1
			}
			continue
		}
		t := s.toks[i]
		mark := s.text[t.Start:t.End]
		isOpen := t.Flags&segment.Open != 0 || mark == "`" || mark == "‘"
		if ml == 2 && s.text[t.Start:t.End] == "'" {
			// '' opens after a space or at a line start
			isOpen = i == 0 || t.Flags&segment.SpaceBefore != 0
		}
		if open >= 0 && t.Flags&(segment.ParaBefore|segment.NewlineBefore) != 0 && isOpen {
			s.openEnded = append(s.openEnded, open)
			open = -1
		}
		if open < 0 {
			if isOpen {
				open, openLen = i, ml
			}
			i += ml - 1
			continue
		}
		if isOpen && (mark == "“" || mark == "`" || mark == "‘") {
			open, openLen = i, ml // a new opening quote: the previous one was stray
			i += ml - 1
			continue
		}
		if i-(open+openLen) < 1 {
			open = -1
			i += ml - 1
			continue
		}
		id := int32(len(s.quotes))
		end := i + ml - 1
		s.quotes = append(s.quotes, attrQuote{open: open, close: end, in0: open + openLen, in1: i})
		for k := open; k <= end; k++ {
			s.qOf[k] = id
		}
		open = -1
		i = end
	}
	if open >= 0 {
		s.openEnded = append(s.openEnded, open)
	}
	s.findSingleQuotes()
}

// singleQuoteMax bounds the tokens of a single-quoted quote, so that
// stray marks in a long paragraph cost a bounded scan each.
const singleQuoteMax = 200

// findSingleQuotes pairs the single quotation marks of British-style
// quotes ('We held the bridge,' he said) that the double marks left: an
// opening mark at a word's start, closed by a mark right after a comma,
// full stop, question or exclamation mark, in the same paragraph. Only
// that closing form is taken, so apostrophes ("the girls' plight",
// "ISIS' hands") pair with nothing.
func (s *attrScan) findSingleQuotes() {
	single := func(i int, set string) bool {
		t := s.toks[i]
		return t.Kind == segment.Quote && s.qOf[i] < 0 && strings.Contains(set, s.text[t.Start:t.End])
	}
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].Kind != segment.Quote || !single(i, "'‘") || s.quoteMark(i) > 0 {
			continue
		}
		t, n := s.toks[i], s.toks[i+1]
		if i > 0 && t.Flags&(segment.SpaceBefore|segment.NewlineBefore) == 0 && !s.isPunct(i-1, ": (") || n.Start != t.End ||
			n.Kind != segment.Word && n.Kind != segment.Number {
			continue
		}
		for k := i + 2; k < len(s.toks) && k < i+singleQuoteMax; k++ {
			tk := s.toks[k]
			if tk.Flags&segment.ParaBefore != 0 || s.qOf[k] >= 0 {
				break
			}
			if !single(k, "'’") || !s.isPunct(k-1, ", . ? !") || s.toks[k-1].End != tk.Start {
				continue
			}
			if k+1 < len(s.toks) && s.toks[k+1].Flags&(segment.SpaceBefore|segment.NewlineBefore) == 0 && !s.isPunct(k+1, ", . ;") {
				break
			}
			if k-i < 5 {
				break
			}
			id := int32(len(s.quotes))
			s.quotes = append(s.quotes, attrQuote{open: i, close: k, in0: i + 1, in1: k})
			for x := i; x <= k; x++ {
				s.qOf[x] = id
			}
			i = k
			break
		}
	}
	sort.Slice(s.quotes, func(a, b int) bool { return s.quotes[a].open < s.quotes[b].open })
	for q := range s.quotes {
		for x := s.quotes[q].open; x <= s.quotes[q].close; x++ {
			s.qOf[x] = int32(q)
		}
	}
}

// openQuoteRuns continues a quote left open at its paragraph's end: the
// newspaper convention reopens it at the next paragraph ("“… .¶“… .”"),
// and a careless copy drops the marks of the paragraph after. The next
// paragraph is then the same speaker's, when it has no attribution of its
// own: reopened (and open again, on to the one after) or without any mark.
// A reopened quote that closes in its paragraph is left to continuations.
func (s *attrScan) openQuoteRuns() {
	if len(s.openEnded) == 0 {
		return
	}
	n0 := len(s.raw)
	// cue positions of the attributions found so far, in text order: all
	// of them (a run's speaker) and the speech ones (a paragraph's own)
	var cues, speech [][2]int // (cue token, raw index)
	for k := 0; k < n0; k++ {
		if r := &s.raw[k]; !r.cont && r.cue[1] > r.cue[0] {
			cues = append(cues, [2]int{r.cue[0], k})
			// an attitude or act verb inside the quote ("they attacked") is no attribution of its own
			if r.cls != cueAct && r.cls != cueThink {
				speech = append(speech, [2]int{r.cue[0], k})
			}
		}
	}
	byPos := func(a [][2]int) { sort.SliceStable(a, func(x, y int) bool { return a[x][0] < a[y][0] }) }
	byPos(cues)
	byPos(speech)
	// paragraph starts, once: a paragraph's first and last token by search
	starts := []int{0}
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k].Flags&segment.ParaBefore != 0 {
			starts = append(starts, k)
		}
	}
	para := func(k int) (int, int) {
		x := sort.Search(len(starts), func(x int) bool { return starts[x] > k }) - 1
		if x+1 < len(starts) {
			return starts[x], starts[x+1] - 1
		}
		return starts[x], len(s.toks) - 1
	}
	reopen := make(map[int]bool, len(s.openEnded))
	for _, o := range s.openEnded {
		reopen[o] = true
	}
	carry := map[int]int{} // opening mark of a reopened quote → the run's attribution
	for _, o := range s.openEnded {
		ps, pe := para(o)
		who, ok := carry[o]
		if !ok {
			// the latest cue of the paragraph at or before the opening mark
			who = -1
			if x := sort.Search(len(cues), func(x int) bool { return cues[x][0] > o }) - 1; x >= 0 && cues[x][0] >= ps {
				who = cues[x][1]
			}
		}
		qs := pe + 1
		if who < 0 || qs >= len(s.toks) {
			continue
		}
		_, qe := para(qs)
		if x := sort.Search(len(speech), func(x int) bool { return speech[x][0] >= qs }); x < len(speech) && speech[x][0] <= qe {
			continue // the paragraph has an attribution of its own
		}
		from := qs
		if q := s.qOf[qs]; q >= 0 && s.quotes[q].open == qs && !s.quotes[q].used && (s.quotes[q].close == qe || s.quotes[q].close+1 == qe && s.isEnd(qe)) {
			// reopened and closed: the run's last paragraph
			s.raw = append(s.raw, attrRaw{content: s.quoteInterior(int(q)), direct: true, sent: s.sentOf(qs), bound: -1,
				inherit: who, cont: true, cls: cueSay})
			s.quotes[q].used = true
			continue
		}
		switch {
		case s.quoteMark(qs) > 0 && s.qOf[qs] < 0 && reopen[qs]:
			from = qs + s.quoteMark(qs)
		default:
			marks := false
			for k := qs; k <= qe; k++ {
				if s.quoteMark(k) > 0 || s.qOf[k] >= 0 {
					marks = true
					break
				}
			}
			if marks {
				continue
			}
		}
		end := qe
		for end > from && (s.isEnd(end) || s.isPunct(end, ", ; :")) {
			end--
		}
		if end <= from {
			continue
		}
		s.raw = append(s.raw, attrRaw{content: s.span(from, end+1), direct: true, sent: s.sentOf(from), bound: -1,
			inherit: who, cont: true, cls: cueSay})
		if from > qs {
			carry[qs] = len(s.raw) - 1
		}
	}
}

// quoteInterior is the byte span inside quote q, without the marks and a
// trailing comma.
func (s *attrScan) quoteInterior(q int) document.Span {
	r := s.quotes[q]
	i, j := r.in0, r.in1-1
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
		t := s.toks[c]
		if s.qOf[c] >= 0 || t.Kind != segment.Word || t.End-t.Start < 3 || t.End-t.Start > 12 {
			continue
		}
		if t.Flags&segment.Cap != 0 && c > b && !s.isOpen(c-1) && s.w(c) != "according" && !s.headlineCue(c, e) {
			continue // a capitalized word inside a sentence is a name, not a cue
		}
		w := s.w(c)
		if w == "according" && s.is(c+1, "to") && c+2 < e {
			if r, ok := s.according(si, b, e, c); ok {
				s.raw = append(s.raw, r)
				c++
			}
			continue
		}
		if !attrMaybeCue(w) {
			continue
		}
		cue, ok := attrCueTable.Get(w)
		if !ok {
			continue
		}
		if c-1 > b && hyphenJoins(s.toks, s.text, c-1) {
			continue // "laboratory-confirmed cases", "state-reported": part of a compound, not a verb
		}
		if countAdjective(w, s.wAt(c+1), s.wAt(c+2)) {
			continue // "Laboratory confirmed cases stand at 4,322": the subject's adjective
		}
		if r, ok := s.analyze(si, b, e, c, cue); ok && s.deniable(&r, e) {
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
	if cue.past && c == s.contentStart(b, e) && s.is(c+1, "by") && (cue.cls == cueSay || cue.cls == cueConfirm) {
		// "Revealed by NBC's Tom Hale on Monday, nine shots are heard …": a
		// fronted participle's agent speaks for the clause after the comma
		if i, j := s.rightNP(c + 2); j > i {
			k := j
			for k < e && k < j+8 && !s.is(k, ",") {
				k++
			}
			if k < e && s.is(k, ",") {
				r.cue = [2]int{c, c + 1}
				r.src = [2]int{i, j}
				return s.preposed(r, k+1, e)
			}
		}
	}
	if attrPointForm(s.w(c)) {
		if !s.is(c+1, "out") {
			return r, false
		}
		ce = c + 2
	}
	if attrPlayForm(s.w(c)) {
		// "played down the reports": only with its particle
		if !s.is(c+1, "down") {
			return r, false
		}
		ce = c + 2
	}
	if cue.cls == cueShow && cue.ing {
		return r, false // "firms are finding themselves …"
	}
	if cue.cls == cueRead {
		// only inverted: `," read the letter`
		if !(s.isClose(c-1) || s.is(c-1, ",") && s.isClose(c-2)) || cue.ing {
			return r, false
		}
	}
	if cue.cls == cueDeny && cue.past && s.is(ce, "by") && s.is(cs-1, ",") && cs-2 >= b && s.isWord(cs-2) && attrClaimNoun(s.w(cs-2)) {
		// "claims, denied by BP, that it lobbied …": the agent denies the noun
		if ai, aj := s.rightNP(ce + 1); aj > ai {
			r.cue = [2]int{cs, ce}
			r.src = [2]int{ai, aj}
			r.obj = [2]int{cs - 2, cs - 1}
			r.content = s.span(cs-2, cs-1)
			r.passive = true
			return r, true
		}
	}
	progressive := false
	for cs-1 >= b && s.qOf[cs-1] < 0 && s.isWord(cs-1) && (attrAux(s.w(cs-1)) || attrMannerAdverb(s.w(cs-1)) ||
		s.is(cs-1, "and") && cs-2 >= b && attrMannerAdverb(s.wAt(cs-2))) {
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
	if (cue.cls == cueThink || cue.cls == cueAct) && r.passive && !s.agentAfter(ce, e) {
		return r, false // "is expected to", "was criticized"
	}
	r.cue = [2]int{cs, ce}

	// participle sharing the sentence's speaker: ", adding that …"
	if cue.ing && !progressive {
		if !attrSayLike(cue) || !(s.is(cs-1, ",") || s.isPunct(cs-1, "— – -") || s.is(cs-1, "and") || s.is(cs-1, "by") ||
			s.is(cs-1, "while") || s.is(cs-1, "when") || s.is(cs-1, "before") || s.is(cs-1, "after") ||
			s.isWord(cs-1) && attrDocHead(s.w(cs-1))) { // "by saying", "issued a statement saying"
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
		if i, j := s.leadNP(b, cs-1); j > i && (s.isCap(i) || attrPronoun(s.w(i)) != 0) {
			r.src = [2]int{i, j}
			return s.preposed(r, ce, e)
		}
	}

	// subject to the left
	L := s.leftBoundary(b, cs-1)
	if L < b && b > 0 && s.isClose(b-1) && cs-b <= 10 {
		L = b - 1 // `…?” Trump said` split after the question mark
	}
	i, j, rel := s.trimSubject(L+1, cs)
	if rel && i == j && j == L+1 && s.is(L, ",") && (s.is(j, "who") || s.is(j, "which")) {
		// "…, said Beck, who said …": the antecedent is before the comma
		B := s.leftBoundary(b, L-1)
		ai, aj, _ := s.trimSubject(B+1, L)
		if aj == ai || !s.isCap(ai) {
			// a name right before the comma: "backed by Ana Ruiz, who said"
			k := L
			for k-1 > B && (s.isCap(k-1) || s.is(k-1, ".") && s.isCap(k-2)) {
				k--
			}
			if k < L {
				ai, aj = k, L
			}
		}
		if aj > ai {
			r.ante = [2]int{ai, aj}
			i, j = L+1, L+2
			rel = false
		}
	}
	if rel && i == j {
		return r, false
	}
	if rel && j < cs && (s.is(j, "who") || s.is(j, "which") || s.is(j, "that")) {
		// "an architect who said …": the relative pronoun is the source
		// mention, its antecedent names the speaker
		r.ante = [2]int{i, j}
		i, j = j, j+1
	}
	if r.passive && i == j && s.is(L, ",") && L == cs-1 {
		// "X, which was addressed to …, was confirmed by Y": X before the relative clause
		P := s.leftBoundary(b, L-1)
		if P >= b && s.is(P, ",") && (s.is(P+1, "which") || s.is(P+1, "who")) {
			k := P
			for k > b && P-k < 5 && s.isWord(k-1) {
				k--
			}
			i, j = k, P
		}
	}
	inverted := false
	if i == j && L >= b && s.is(L, ",") && L == cs-1 && !s.invertedName(ce, e) {
		// appositives: "X, the spokesman, said" / "X, who …, said" /
		// "X, president of Y, which represents Z, said"
		// the subject is the leftmost segment that is a whole noun phrase
		// starting with a name, a determiner or a pronoun
		P := L
		for seg := 0; seg < 5; seg++ {
			B := s.leftBoundary(b, P-1)
			if P-B-1 < 1 || P-B-1 > 20 {
				break
			}
			bi, bj, _ := s.trimSubject(B+1, P)
			lead := s.wAt(B + 1)
			if bi-(B+1) <= 1 && bj == P && bj-bi <= 10 && (s.isCap(bi) || attrDet(s.w(bi)) || attrPronoun(s.w(bi)) != 0) &&
				!attrPrep(lead) && !attrSubordinator(lead) && !attrPrep(s.w(bi)) && !attrSubordinator(s.w(bi)) &&
				!(bj-bi == 1 && sentenceAdverb(s.w(bi))) {
				i, j = bi, bj
				r.role = [2]int{P + 1, L}
			} else if j > i && r.role[1] <= r.role[0] && j == L && s.isCap(i) {
				// "… came after a senior aide to President X, Y, told …":
				// the description ending the clause before the name is his role
				for k := P - 1; k > B+1 && k >= P-12; k-- {
					if (s.is(k, "a") || s.is(k, "an") || s.is(k, "the")) && (attrPrep(s.w(k-1)) || attrSubordinator(s.w(k-1))) {
						r.role = [2]int{k, P}
						break
					}
				}
			}
			if B >= b && s.is(B, ",") {
				P = B
				continue
			}
			break
		}
		if j > i {
			L = s.leftBoundary(b, i-1)
		}
	}
	if i == j && !r.passive {
		// inverted: `…," said X` / `…, said X`
		if L < b || L != cs-1 || !(s.is(L, ",") || s.isClose(L) || s.isPunct(L, "— –")) {
			return r, false
		}
		i, j = s.rightNP(ce)
		if i == j || !s.restIsAdjunct(j, e) && !s.is(j, ",") {
			return r, false
		}
		inverted = true
		// `…," said one man, Karim Haddad.`: the appositive names him
		if s.is(j, ",") {
			k := j + 1
			for k < e && k < j+8 && (s.isCap(k) || s.is(k, "-") || s.is(k, ".") && k > j+1 && s.isCap(k-1)) {
				k++
			}
			if k > j+2 && (k >= e || s.isEnd(k) || s.is(k, ",")) {
				r.role = [2]int{j + 1, k}
			} else if k == j+1 && s.isWord(k) && (s.is(k, "the") || s.is(k, "a") || s.is(k, "an")) {
				// `…," said Moussa Ibrahim, the government spokesman.`
				for k < e && k < j+20 && s.qOf[k] < 0 && (s.isWord(k) || s.is(k, "-") || s.is(k, "'s")) {
					k++
				}
				if k > j+2 && (k >= e || s.isEnd(k) || s.is(k, ",") && s.restIsAdjunct(k+1, e)) {
					r.role = [2]int{j + 1, k}
				}
			}
		}
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
		// a passive with no agent names no speaker: "it was said to be"
		return r, false
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
			// "told NBC's “Today” on Monday": a quoted programme title
			if s.isOpen(oj) {
				q := s.quotes[s.qOf[oj]]
				if q.close-q.open <= 8 {
					oj = q.close + 1
				}
			}
			r.obj = [2]int{oi, oj}
			p = oj
		}
	case cueDescribe:
		if s.w(c)[0] == 'd' { // described … as …
			k := p
			for k < e && k < p+40 && !s.is(k, "as") {
				k++
			}
			if k < e && s.is(k, "as") {
				r.obj = [2]int{p, k}
				p = k + 1
			} else {
				r.cls = cueAct // "described the scene": the object is the content
			}
		}
	case cueDeny, cueConfirm, cueQuestion:
		// "dismissed as “premature” a report that …": the characterization
		// comes first; the object follows it.
		as := false
		if s.is(p, "as") && p+1 < e {
			as = true
			if s.isOpen(p + 1) {
				p = s.quotes[s.qOf[p+1]].close + 1
			} else {
				p += 2
			}
		}
		if p < e && !s.is(p, "that") && !s.isOpen(p) && !s.is(p, ":") {
			oi, oj := s.objNP(p, e)
			r.obj = [2]int{oi, oj}
			r.objAs = as || s.is(oj, "as")
		} else if s.is(p, "that") && (p+1 >= e || s.isEnd(p+1) || s.isPunct(p+1, ", ;")) {
			r.obj = [2]int{p, p + 1} // "BP's spokesman denied that."
		}
	}
	// postposed attribution: the content is before the boundary
	afterQuote := false
	if q := s.quoteBefore(L); q >= 0 {
		// the quote opens the sentence (or began before it): `"…," she said …`
		// Its last mark decides: a comma hands over to the attribution; a
		// period ends the sentence, so what follows is a new one.
		o := s.quotes[q].open
		fin := s.quotes[q].in1 - 1
		afterQuote = (o < b || o <= s.contentStart(b, e)) && !s.is(fin, ".") && !s.is(L, ".")
		if afterQuote && !s.is(fin, ",") && !s.is(L, ",") && !s.restIsAdjunct(p, e) {
			afterQuote = false
		}
		if !afterQuote && s.is(fin, ".") && !s.is(L, ",") {
			L = -1 // no postposed reading
		}
	}
	introPP := false
	if L > b && s.is(L, ",") && !s.isClose(L-1) {
		// "During his years in office, Mr. Obama said, a majority …": a
		// fronted adverbial is not the content
		st := s.contentStart(b, e)
		w := s.wAt(st)
		introPP = L-st < 4 || L-st <= 10 && s.isWord(st) && e-p >= 5 &&
			(attrPrep(w) || attrSubordinator(w) || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly"))
	}
	if r.cls == cueAct || r.cls == cueThink {
		// attitude verbs take their content after them ("Khan pleaded with
		// them to reject …"), except after a quote
		introPP = introPP || !afterQuote
	}
	// "…, X said": the subject fills the gap between the boundary and the
	// cue; a subject found after trimming a clause ("…, who pleaded …
	// under a statute that Comey considered") is not a postposed one
	if !inverted && !afterQuote && r.role[1] == r.role[0] && L >= b && i > L+1 && !(i == L+2 && s.isWord(L+1) && attrClauseWord(s.w(L+1))) {
		introPP = true
	}
	if !introPP && (L >= b && L > s.contentStart(b, e) || L == b-1 && afterQuote) && (s.is(L, ",") || s.isClose(L) || s.isPunct(L, "— –")) &&
		(s.restIsAdjunct(p, e) || afterQuote && !s.is(p, "that") && !s.is(p, ":") && !s.isOpen(p)) {
		r.postposed = true
		r.bound = L
		if q := s.quoteBefore(L); q >= 0 && afterQuote {
			r.content = s.quoteInterior(q)
			r.direct = true
			s.quotes[q].used = true
		} else if L < b {
			return r, false
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
	if q := s.quoteAfterAdverbial(p, e); q >= 0 {
		p = q // `said of the clashes on Sunday, "…"`: the quote is the content
	}
	if s.is(p, ":") || s.is(p, ",") {
		p++ // "said: …", "as X has reported, …"
	}
	if e < len(s.toks) && s.isOpen(e) && s.is(e-1, ":") && e-p < 8 {
		p = e // "He told his audience, to applause:" and a quote paragraph
	}
	if s.isOpen(p) {
		q := int(s.qOf[p])
		r.content = s.quoteInterior(q)
		r.direct = true
		s.quotes[q].used = true
		return r, !r.content.IsZero()
	}
	if !s.is(p, "that") && r.cls != cueDescribe {
		if k := s.findThat(p, e, 12); k >= 0 && !s.clauseBefore(p, k) {
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
	if end-p < 4 && (s.is(p, "on") || s.is(p, "in") || s.is(p, "at") || s.is(p, "last")) {
		return r, false // "published on Sunday": only an adverbial follows
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

// quoteAfterAdverbial returns the opening mark of a quote that follows a
// short adverbial after a cue at p (`said of the clashes on Sunday,
// "…"`, `said on Monday: "…"`), or -1.
func (s *attrScan) quoteAfterAdverbial(p, e int) int {
	if p >= e || !s.isWord(p) {
		return -1
	}
	switch s.w(p) {
	case "of", "on", "in", "at", "about", "after", "during", "from", "late", "early", "earlier", "later", "yesterday", "today", "last", "this":
	default:
		return -1
	}
	for k := p + 1; k+1 < e && k < p+10; k++ {
		if (s.is(k, ",") || s.is(k, ":")) && s.isOpen(k+1) {
			return k + 1
		}
		if !s.isWord(k) && s.toks[k].Kind != segment.Number && !s.is(k, "-") && !s.is(k, ".") {
			return -1
		}
	}
	return -1
}

// agentAfter reports whether a passive cue at ce has a "by" agent.
func (s *attrScan) agentAfter(ce, e int) bool {
	for k := ce; k < e && k < ce+6; k++ {
		if s.is(k, "by") {
			return true
		}
		if s.toks[k].Kind != segment.Word {
			return false
		}
	}
	return false
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
		if attrCueTable.Has(s.w(k)) && k > p {
			return -1
		}
	}
	return -1
}

// restIsAdjunct reports whether what follows a cue at p is no content: the
// end of the sentence, a comma, or an adverbial ("on Tuesday", "in a
// statement", "when asked").
func (s *attrScan) restIsAdjunct(p, e int) bool {
	if s.is(p, ",") && s.isOpen(p+1) {
		return false // `X said, "…"`
	}
	if p >= e || s.isEnd(p) || s.isPunct(p, ", ; ) ( —") || s.isClose(p) {
		return true
	}
	if s.quoteAfterAdverbial(p, e) >= 0 {
		return false // `X said of the clashes on Sunday, "…"`
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
		// "to" is an adjunct before a noun phrase ("said to reporters"),
		// not before a verb ("hopes to offset")
		if s.is(p, "to") && !(s.isCap(p+1) || s.isWord(p+1) && (attrDet(s.w(p+1)) || attrPronoun(s.w(p+1)) != 0)) {
			return false
		}
		// but not "…, X said on Tuesday that …", and an adverbial is short:
		// long material after the cue is its content
		if s.findThat(p, e, 12) >= 0 {
			return false
		}
		for k := p; k < e; k++ {
			if s.isPunct(k, ", ; . ! ?") || s.isClose(k) {
				return true
			}
			if k-p >= 9 {
				return false
			}
		}
		return true
	}
	return false
}

// quoteBefore returns the quote closing at L (or at L-1 when L is a comma), or -1.
func (s *attrScan) quoteBefore(L int) int {
	if s.isClose(L) {
		return int(s.qOf[L])
	}
	if s.is(L, ",") && s.isClose(L-1) {
		return int(s.qOf[L-1])
	}
	return -1
}

// leftBoundary scans left from k to the token that delimits a subject,
// stepping over a parenthesis ("Rep. Gwen Moore (D-Wis.) said").
func (s *attrScan) leftBoundary(b, k int) int {
	for k >= b {
		if s.is(k, ")") {
			o := k - 1
			for o >= b && k-o < 10 && !s.is(o, "(") && !s.is(o, ")") {
				o--
			}
			if o >= b && s.is(o, "(") && o > b && s.isWord(o-1) {
				k = o - 1
				continue
			}
		}
		if s.isBoundary(k) {
			break
		}
		k--
	}
	return k
}

// trimSubject narrows the tokens [i, j) left of a cue to its subject noun
// phrase. rel is true when the phrase ends in a relative pronoun ("a report
// that said"); the subject is then the noun phrase before it.
func (s *attrScan) trimSubject(i, j int) (int, int, bool) {
	i, j, rel := s.trimSubjectOne(i, j)
	return s.coordSubject(i, j, rel)
}

// coordSubject widens a subject over a coordination of sources that starts
// the clause ("…, a military source and residents said", "Officials and
// aid workers say"): both conjuncts speak. The left conjunct must open the
// clause and end in a source noun or a name, so "killed five people and
// officials said" keeps "officials".
func (s *attrScan) coordSubject(i, j int, rel bool) (int, int, bool) {
	if rel || i >= j || i < 2 || !s.is(i-1, "and") {
		return i, j, rel
	}
	end := i - 1
	a := end
	for a > 0 && end-a < 4 && s.isWord(a-1) && !attrClauseWord(s.w(a-1)) && !attrPrep(s.w(a-1)) {
		a--
	}
	if a == end || a > 0 && !(s.toks[a-1].Kind == segment.Punct || s.toks[a-1].Kind == segment.Quote || s.isEnd(a-1) || attrSubordinator(s.w(a-1))) {
		return i, j, rel
	}
	last := s.w(end - 1)
	if !attrAnonHead(last) && !attrPeopleNoun(last) {
		return i, j, rel
	}
	first := s.w(a)
	if !attrDet(first) && !s.isCap(a) && !(end-a <= 2 && attrAnonHead(last)) {
		return i, j, rel
	}
	return a, j, rel
}

func (s *attrScan) trimSubjectOne(i, j int) (int, int, bool) {
	rel := false
	if j > i && (s.is(j-1, "that") || s.is(j-1, "which") || s.is(j-1, "who")) {
		j--
		rel = true
	}
	for k := j - 1; k >= i; k-- {
		t := s.toks[k]
		if s.is(k, ")") {
			// "Rep. Jo Bell (D., N.Y.) warned": the commas of a short
			// parenthesis after the name do not end the subject
			o := k - 1
			for o > i && k-o < 10 && !s.is(o, "(") && !s.is(o, ")") {
				o--
			}
			if o > i && s.is(o, "(") && s.isWord(o-1) {
				k = o
				continue
			}
		}
		if t.Kind == segment.Number {
			// a number belongs to the subject in "42% say", "four in 10
			// voters said"; one before a capital ends a date or a header
			if k+1 < j && !rel && (s.isCap(k+1) || s.toks[k+1].Kind == segment.Number) {
				i = k + 1
				break
			}
			continue
		}
		if t.Kind != segment.Word {
			// a spaced dash separates ("Abuja (AFP) - Nigeria claimed …")
			spacedDash := s.is(k, "-") && t.Flags&segment.SpaceBefore != 0 && k+1 < len(s.toks) && s.toks[k+1].Flags&segment.SpaceBefore != 0
			if t.Kind == segment.Punct && (s.is(k, ".") || s.is(k, "-") && !spacedDash || s.is(k, "'") || s.is(k, "(") || s.is(k, ")")) && k > i {
				continue
			}
			if t.Kind == segment.Symbol && s.is(k, "%") {
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
	// a fronted time adverbial without its comma is no part of the
	// subject: "This afternoon Ottawa Police posted", "Last week the agency
	// said"
	for k := i; k < j-1 && k < i+3; k++ {
		if attrTimeNoun(s.w(k)) && k > i && (s.is(i, "this") || s.is(i, "last") || s.is(i, "on") || s.is(i, "early") || s.is(i, "late")) &&
			(s.isCap(k+1) || attrDet(s.w(k+1))) {
			i = k + 1
			break
		}
	}
	// a time adverbial ends the subject: "his doctor Friday afternoon says"
	for k := i + 1; k < j; k++ {
		w := s.w(k)
		if attrTimeWord(w) && (w != "on" && w != "last" || attrTimeWord(s.wAt(k+1)) || attrMonth(s.wAt(k+1))) {
			j = k
			break
		}
	}
	// a determiner after a non-preposition word opens a new noun phrase
	for k := i + 1; k < j; k++ {
		w := s.w(k)
		if (w == "the" || w == "a" || w == "an") && (s.isWord(k-1) && !attrNPPrep(s.w(k-1)) && !attrDet(s.w(k-1)) || s.is(k-1, ")") || s.is(k-1, ".")) &&
			!s.participleOfNoun(i, k-1) {
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
	if j-i > 16 || j > i && !s.isWord(i) && s.toks[i].Kind != segment.Number {
		return j, j, rel
	}
	// a subject starts with a capital, a determiner, a pronoun, a number or
	// quantifier ("half said", "42% say"), or is a short bare plural
	// ("officials", "social scientists")
	if j > i {
		w := s.w(i)
		last := s.w(j - 1)
		plural := len(last) > 3 && last[len(last)-1] == 's' && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "ous")
		if attrPrep(w) && !(w == "at" && s.is(i+1, "least")) || attrSubordinator(w) && !attrQuant(w) {
			return j, j, rel // "At a press conference announced", but "At least two autopsies have concluded"
		}
		if !s.isCap(i) && !attrDet(w) && attrPronoun(w) == 0 && s.toks[i].Kind != segment.Number && !attrQuant(w) &&
			!(j-i <= 3 && (attrAnonHead(last) || attrDocHead(last) || plural)) && !s.bareSourceWithPP(i, j) {
			return j, j, rel
		}
	}
	return i, j, rel
}

// rightNP reads a speaker noun phrase starting at p: determiners, titles,
// names and descriptions, with "of/for/with/from/by/against" attachments,
// stopping at adverbials and clause words.
// participleOfNoun reports token k as a participle that post-modifies the
// noun before it in a subject opened by a determiner at i ("a group
// monitoring the war said") or by a bare people noun ("Residents fleeing
// the town said"): the participle's object is no new subject.
func (s *attrScan) participleOfNoun(i, k int) bool {
	bare := k-1 == i && (attrAnonHead(s.w(i)) || attrPeopleNoun(s.w(i))) // "Residents fleeing the town said"
	if k-1 < i || k-1 == i && !bare || !bare && !attrDet(s.w(i)) || !s.isWord(k-1) || s.isCap(k) {
		return false
	}
	w := s.w(k)
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !attrDet(s.w(k-1)) && !attrPrep(s.w(k-1))
}

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
			if (w == "a" || w == "an" || w == "the") && k > p && s.isWord(k-1) && !attrNPPrep(s.w(k-1)) && !attrDet(s.w(k-1)) {
				goto done // "according to three media outlets an undisclosed number of …": a new phrase
			}
			if k > p && docParticiple(w) && !s.isCap(k) {
				goto done // "a study written by X", "an autopsy performed at …": the head ends
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
				"released":
				if k > p {
					goto done
				}
			case "on", "in", "at", "last", "this":
				// "denied the report on Tuesday": a time adverbial ends the object
				if k > p && (attrTimeWord(s.wAt(k+1)) || s.toks[min(k+1, len(s.toks)-1)].Kind == segment.Number || attrMonth(s.wAt(k+1))) {
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
	// a fronted adverbial: "In an interview with CNN, Trump …", "Hours
	// later, Trump …"
	timeLead := false
	for k := b; k < lim && k < b+3; k++ {
		if attrTimeNoun(s.w(k)) {
			timeLead = true
		}
	}
	if b < lim && (attrPrep(s.w(b)) || attrSubordinator(s.w(b)) || timeLead) {
		for k := b + 1; k < lim && k < b+15; k++ {
			if s.is(k, ",") {
				b = k + 1
				break
			}
		}
	}
	// a dateline "WASHINGTON ―" or "PARIS, France —"
	for k := b; k < lim && k < b+5; k++ {
		if s.isPunct(k, "― — – --") {
			if s.toks[b].Flags&segment.AllCaps != 0 {
				b = k + 1
			}
			break
		}
	}
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
	if s.isCap(b) && !attrDet(w) {
		// a name: its capitalized run only ("Dunford struck …")
		k := b
		for k < j && (s.isCap(k) || s.is(k, ".") || s.is(k, "-") ||
			// "Opposition leader Burhan Ghalioun", "Rebel commander Ali Haddad"
			k > b && s.isWord(k) && attrTitle(s.w(k)) && k+1 < j && s.isCap(k+1)) {
			k++
		}
		// "Forensic audio expert Paul Ginsberg analyzed …": a descriptor
		// capitalized only because it opens the sentence, then a role and
		// the name; the subject runs to the name's end
		if e, ok := s.entityIn(s.span(b, min(j, b+6))); k == b+1 && ok && e.Type == entity.Person && e.Span.Start > s.toks[b].End {
			if _, ek := s.a.TokenRange(e.Span); ek <= j {
				k = ek
			}
		}
		j = k
	} else {
		if j-i > 5 {
			j = i + 5
		}
		// "The BP boss stonewalled criticism …": the subject ends at its verb
		for k := i + 2; k < j; k++ {
			w := s.w(k)
			if s.isWord(k) && !s.isCap(k) && strings.HasSuffix(w, "ed") && len(w) > 4 && s.isWord(k-1) &&
				!strings.HasSuffix(s.w(k-1), "ly") && !attrDet(s.w(k-1)) && !strings.HasSuffix(s.w(k-1), "ed") {
				j = k
				break
			}
		}
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
		if k >= e && j < e && (s.is(j, "there") || s.isWord(j) && attrDet(s.w(j))) {
			// "According to Iraqi media there have been two cases": the
			// comma left out, the clause starts where the source ends
			return s.preposed(r, j, e)
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
	if r.postposed && s.is(j, ",") && j+1 < e && (s.is(j+1, "a") || s.is(j+1, "an") || s.is(j+1, "the")) {
		// "…, according to Ben Tarrow, an intelligence analyst with the
		// Levantine Group": the appositive gives the role, as after "said X"
		k := j + 1
		for k < e && k < j+20 && s.qOf[k] < 0 && (s.isWord(k) || s.is(k, "-") || s.is(k, "'s")) {
			k++
		}
		if k > j+2 && (k >= e || s.isEnd(k) || s.is(k, ",")) {
			r.role = [2]int{j + 1, k}
		}
	}
	return r, !r.content.IsZero()
}

// attrNear bounds how many attributions of the same sentence, on each side,
// one attribution is compared with.
const attrNear = 32

// trimContents ends a reported clause where a later postposed attribution of
// the same sentence begins ("X stated that …, a letter seen by Y showed").
//
// The scanner appends attributions sentence by sentence, so those of one
// sentence are contiguous in s.raw: each is compared only with its own
// sentence's, which keeps this linear in the article's length.
func (s *attrScan) trimContents() {
	g0 := 0 // first attribution of r's sentence
	for k := range s.raw {
		r := &s.raw[k]
		if s.raw[g0].sent != r.sent {
			g0 = k
		}
		// A real sentence holds a handful of attributions; a run-on "sentence"
		// of megabytes (no stops) must not make this quadratic.
		lo := max(g0, k-attrNear)
		g1 := k + 1
		for g1 < len(s.raw) && g1 <= k+attrNear && s.raw[g1].sent == r.sent {
			g1++
		}
		// "X say they have confirmed …": the inner subject starts after
		// the outer cue, it does not run over it
		for m := lo; m < k; m++ {
			o := s.raw[m]
			if o.sent == r.sent && r.src[1] > r.src[0] && o.cue[1] > r.src[0] && o.cue[1] < r.src[1] {
				r.src[0] = o.cue[1]
				if s.is(r.src[0], "that") && r.src[0]+1 < r.src[1] {
					r.src[0]++
				}
			}
		}
		// "described a report that said X as …": the report's content ends with the object
		for m := lo; m < g1; m++ {
			o := s.raw[m]
			if m != k && o.sent == r.sent && o.cls == cueDescribe && o.obj[1] > o.obj[0] && r.src[0] >= o.obj[0] && r.src[1] <= o.obj[1] {
				if e := s.toks[o.obj[1]-1].End; e < r.content.End && e > r.content.Start {
					r.content.End = e
				}
			}
		}
		// "X, a Republican who described himself as Y, said …": the
		// content ends with the appositive
		for m := lo; m < g1; m++ {
			o := s.raw[m]
			if m != k && o.sent == r.sent && o.role[1] > o.role[0] && r.cue[0] >= o.role[0] && r.cue[0] < o.role[1] {
				if e := s.toks[o.role[1]-1].End; e < r.content.End && e > r.content.Start {
					r.content.End = e
				}
			}
		}
		if r.postposed || r.direct {
			continue
		}
		for m := k + 1; m < g1; m++ {
			o := s.raw[m]
			if !o.postposed || o.bound < 0 {
				// "…, saying …", "… and said …", "…, but he said …": a new
				// attribution joined by a comma or conjunction ends this content
				cut := o.cue[0]
				if o.inherit < 0 && o.src[1] > o.src[0] {
					cut = o.src[0]
				}
				if cut <= 0 || s.toks[cut].Start <= r.content.Start || s.toks[cut].Start >= r.content.End {
					continue
				}
				k2 := cut - 1
				joined := false
				for k2 >= 0 && (s.is(k2, "and") || s.is(k2, "but") || s.is(k2, ",") || s.is(k2, "—")) {
					joined = true
					k2--
				}
				if joined && k2 >= 0 && s.toks[k2].End > r.content.Start {
					r.content.End = s.toks[k2].End
				}
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
// previous speaker. Quotes and the attributions found so far are both
// walked in text order, once.
func (s *attrScan) continuations() {
	n0 := len(s.raw)
	order := make([]int, n0)
	for k := range order {
		order[k] = k
	}
	// by position, and among equal positions the later attribution last
	sort.SliceStable(order, func(x, y int) bool { return s.rawPos(order[x]) < s.rawPos(order[y]) })
	next := 0 // order[:next] lie before the current quote
	for q := range s.quotes {
		qq := s.quotes[q]
		if qq.used || qq.close-qq.open < 4 {
			continue
		}
		t := s.toks[qq.open]
		// a quote sentence right after a quoted statement, in its paragraph:
		// `"They killed 15," said Abu Omar. "Another 20 are missing."`
		inPara := qq.open != 0 && t.Flags&segment.NewlineBefore == 0
		if inPara && !(s.isEnd(qq.open-1) || s.isClose(qq.open-1) && s.isEnd(qq.open-2)) {
			continue
		}
		// the quote must fill its paragraph (its sentence, inside one)
		nx := qq.close + 1
		paraEnd := nx+1 == len(s.toks) || nx+1 < len(s.toks) && s.toks[nx+1].Flags&segment.NewlineBefore != 0
		if nx < len(s.toks) && s.toks[nx].Flags&segment.NewlineBefore == 0 && !(s.isEnd(nx) && (paraEnd || inPara)) &&
			!(inPara && s.isEnd(qq.close-1)) {
			continue
		}
		for next < n0 && s.rawPos(order[next]) < t.Start {
			next++
		}
		if inPara {
			// only a direct statement of the sentence just before continues
			k := -1
			if next > 0 {
				k = order[next-1]
			}
			if k < 0 || !s.raw[k].direct || s.raw[k].sent < 0 || s.raw[k].sent != s.sentOf(qq.open)-1 {
				continue
			}
		}
		prev := -1
		if next > 0 {
			prev = order[next-1] // the stable sort puts the latest found last among equals
		}
		// a continuation just added (an earlier quote paragraph) is later
		// than, or level with, anything found before it
		if last := len(s.raw) - 1; last >= n0 && (prev < 0 || s.rawPos(last) >= s.rawPos(prev)) {
			prev = last
		}
		if prev < 0 {
			continue
		}
		si := s.sentOf(qq.open)
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

// pluralSubject reports a plural noun that may be a subject before a verb
// ("Kurds", "residents", "officials"), not a possessive, a noun modifier
// that names a document ("news", "weapons" in "the weapons report") or a
// word ending in -ss.
func pluralSubject(w string) bool {
	switch w {
	case "people", "police", "media", "men", "women", "children":
		return true
	case "news", "weapons", "arms", "rights", "is", "was", "has", "this", "its", "his", "us", "as", "thus", "this's":
		return false
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// nounUse reports whether the cue word at c is used as a noun or adjective
// ("a media report", "the reported cases", "United States", "a positive
// note") rather than as a reporting verb.
func (s *attrScan) nounUse(b, c int, cue attrCue) bool {
	if attrWeakForm(s.w(c)) {
		// but "It states that …", "he maintains that …": a pronoun subject
		// and a content clause make it the verb
		if c-1 >= b && s.isWord(c-1) && attrPronoun(s.w(c-1)) != 0 && s.is(c+1, "that") {
			return false
		}
		// "The Kurds report receiving 40 guns", "aid workers report that
		// …": a plural subject right before "report", then a content clause
		// or a gerund of what they got or saw, makes it the verb
		return !(s.w(c) == "report" && c-1 >= b && s.isWord(c-1) && pluralSubject(s.w(c-1)) &&
			(s.is(c+1, "that") || c+1 < len(s.toks) && s.isWord(c+1) && strings.HasSuffix(s.w(c+1), "ing") && len(s.w(c+1)) > 5))
	}
	if s.isCap(c) && c > s.contentStart(b, c+1) && !s.isOpen(c-1) && !s.headlineCue(c, len(s.toks)) {
		return true
	}
	prev := ""
	if c-1 >= b && s.isWord(c-1) {
		prev = s.w(c - 1)
	}
	if c-1 >= b && s.toks[c-1].Kind == segment.Number && !((s.is(c-2, "in") || s.is(c-2, "of") || s.is(c-2, "out")) &&
		(s.toks[max(c-3, 0)].Kind == segment.Number || attrQuant(s.wAt(c-3)))) {
		return true // "the 2016 report"; but "six in 10 say"
	}
	if prev != "" && (attrArticle(prev) || prev == "'s" || prev == "’s" || attrPrep(prev) && !cue.ing && !(cue.base && prev == "to")) {
		return true
	}
	// "added to the mystery": an act on a thing, no speech
	if (s.w(c) == "added" || s.w(c) == "adds" || s.w(c) == "add" || s.w(c) == "adding") && s.is(c+1, "to") && attrDet(s.wAt(c+2)) {
		return true
	}
	// a reduced passive after a noun: "the man accused of running over two
	// soldiers", "a doctor once charged with kidnapping two reporters" —
	// a charge against the noun, not its speech
	if (s.w(c) == "accused" || s.w(c) == "charged" || s.w(c) == "suspected") && (s.is(c+1, "of") || s.is(c+1, "with")) && prev != "" {
		p := prev
		if (p == "once" || p == "also" || p == "later" || strings.HasSuffix(p, "ly")) && c-2 >= b && s.isWord(c-2) {
			p = s.w(c - 2) // "once charged with", "previously accused of"
		}
		if !attrAux(p) && attrPronoun(p) == 0 {
			return true
		}
	}
	// "appeared in a video", "appears on television": a presence, no speech
	switch s.w(c) {
	case "appears", "appeared", "appear", "appearing":
		switch s.wAt(c + 1) {
		case "in", "on", "at", "before", "with", "alongside", "outside", "inside":
			return true
		}
	}
	// an expletive subject: "It appears as though …", "it emerged that …" —
	// nobody speaks
	if prev == "it" {
		switch s.w(c) {
		case "appears", "appeared", "appear", "seems", "seemed", "emerged", "emerges":
			return true
		}
	}
	// a participle before its noun after a count or a time word: "the four
	// alleged terror suspects", "told CNN Wednesday suspected militants had …"
	if participleAdjective(s.w(c)) && (attrTimeWord(prev) && prev != "on" && prev != "last" || spelledCount(prev)) && c+1 < len(s.toks) &&
		s.isWord(c+1) && !s.isCap(c+1) && !attrDet(s.w(c+1)) && attrPronoun(s.w(c+1)) == 0 && !attrPrep(s.w(c+1)) && !s.is(c+1, "that") {
		return true
	}
	// a third-person form that is also a plural noun ("terror attacks",
	// "the states") needs a subject-like word before it; a capital opening
	// the sentence is no name when it is a modifier ("Such comments have",
	// "Initial reports that …")
	if cue.s3 && attrNounPlural(s.w(c)) && prev != "" && (!s.isCap(c-1) || attrNounModifier(prev)) && attrPronoun(prev) == 0 &&
		!attrAnonHead(prev) && !attrDocHead(prev) && !attrOrgWord(prev) && !attrAux(prev) {
		return true
	}
	// "continued" reports speech only before a quote, a colon or "that"
	if s.w(c) == "continued" || s.w(c) == "continues" || s.w(c) == "continue" {
		if !(s.isOpen(c+1) || s.is(c+1, ",") || s.is(c+1, ":") || s.is(c+1, "that") || c+1 < len(s.toks) && s.isEnd(c+1) || s.isClose(c-1) || s.is(c-1, ",")) {
			return true
		}
	}
	// a verb form followed by another finite cue is a noun subject: "reports claimed"
	if cue.s3 || cue.base {
		if nc, ok := attrCueTable.Get(s.wAt(c + 1)); ok && (nc.past || nc.s3) && !nc.base {
			return true
		}
	}
	if cue.base && !cue.past {
		switch {
		case prev == "" && c-1 >= b && (s.is(c-1, "%") || s.is(c-1, ",") && attrCommonBase(s.w(c))):
			// "42% say", "Others, however, say"
		case prev == "":
			return true
		case attrPronoun(prev) == 's' || prev == "they":
		case attrAux(prev) || prev == "to" || attrQuant(prev) || attrDet(prev):
			// "many say", "one in five say"
		case attrCommonBase(s.w(c)) && (len(prev) > 3 && prev[len(prev)-1] == 's' || s.isCap(c-1) || s.is(c+1, "that")):
			// "officials say", "supporters in Congress say"
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

// lineAttributions finds attributions that are laid out by lines rather
// than by a verb: a speaker label opening a line ("PENCE: Well, look …",
// headline "Poll: Voters …") and a quote signed with a dash at the end of a
// line (`“…” ― Carla Sanchez`).
func (s *attrScan) lineAttributions() {
	n := len(s.toks)
	// tokens already taken as a cue or source, marked once
	taken := make([]bool, n)
	for _, r := range s.raw {
		for _, rg := range [2][2]int{r.cue, r.src} {
			for k := rg[0]; k < rg[1]; k++ {
				taken[k] = true
			}
		}
	}
	for k := 0; k < n; k++ {
		if k != 0 && s.toks[k].Flags&segment.NewlineBefore == 0 {
			continue
		}
		// the line is [k, le)
		le := k + 1
		for le < n && s.toks[le].Flags&segment.NewlineBefore == 0 {
			le++
		}
		i := k
		if s.toks[i].Kind == segment.Quote && s.qOf[i] < 0 {
			i++ // transcript lines open with a quote mark that never closes
		}
		// NAME: content
		j := i
		for j < le && j-i < 3 && (s.isCap(j) || s.is(j, ".") && j > i) {
			j++
		}
		if j > i && j < le && s.is(j, ":") && le-j > 3 && !attrLabelWord(s.w(j-1)) && !attrDet(s.w(i)) && s.qOf[j] < 0 {
			c := j + 1
			end := le - 1
			for end > c && s.isPunct(end, ",") {
				end--
			}
			r := attrRaw{src: [2]int{i, j}, cue: [2]int{j, j + 1}, content: s.span(c, end+1), sent: s.sentOf(j),
				bound: -1, inherit: -1, cls: cueSay}
			if !r.content.IsZero() && !taken[j] {
				s.raw = append(s.raw, r)
				taken[j] = true
				for x := i; x < j; x++ {
					taken[x] = true
				}
			}
		}
		// “…” ― Name
		for q := k; q < le; q++ {
			if !s.isClose(q) || q+2 >= le || !s.isPunct(q+1, "― — – -") {
				continue
			}
			a := q + 2
			b := a
			for b < le && b-a < 5 && (s.isCap(b) || s.is(b, ".") && b > a) {
				b++
			}
			if b == a || b < le && !s.isEnd(b) && !s.is(b, ",") {
				continue
			}
			qi := int(s.qOf[q])
			if s.quotes[qi].used {
				continue
			}
			r := attrRaw{src: [2]int{a, b}, cue: [2]int{q + 1, q + 2}, content: s.quoteInterior(qi), direct: true,
				sent: s.sentOf(q), bound: -1, inherit: -1, cls: cueSay}
			if !r.content.IsZero() {
				s.quotes[qi].used = true
				s.raw = append(s.raw, r)
			}
		}
		k = le - 1
	}
}

// sentOf returns the sentence index of token k (or the last before it).
func (s *attrScan) sentOf(k int) int {
	i := sort.Search(len(s.sentTok), func(i int) bool { return s.sentTok[i][1] > k })
	if i >= len(s.sentTok) {
		i = len(s.sentTok) - 1
	}
	return i
}

// headlineCue reports a capitalized reporting verb in a title-case headline
// ("Former Pollster Says Clinton Is In Trouble", "…, Graham Says.").
func (s *attrScan) headlineCue(c, e int) bool {
	cue, ok := attrCueTable.Get(s.w(c))
	if !ok || !(cue.s3 || cue.past) || !(cue.cls == cueSay || cue.cls == cueTell || cue.cls == cueDeny || cue.cls == cueConfirm || cue.cls == cueShow) {
		return false
	}
	if !s.isCap(c - 1) {
		return false
	}
	// a title-case line: no long lower-case word before the cue on its line
	for k := c - 1; k >= 0 && c-k < 20; k-- {
		if s.isWord(k) && !s.isCap(k) && s.toks[k].End-s.toks[k].Start > 3 && s.w(k) != "’s" {
			return false
		}
		if k == 0 || s.toks[k].Flags&segment.NewlineBefore != 0 {
			break
		}
		if c-k == 19 {
			return false
		}
	}
	return c+1 >= e || s.isEnd(c+1) || s.isPunct(c+1, ": ,") || s.isCap(c+1) || s.isOpen(c+1)
}

// denialObject reports whether the object [oi, oj) of the denial verb at c
// is something that can be denied: a claim, a report, an accusation, a
// pronoun standing for one. "Rejected the invitation", "dismissed his
// government", "denied him a visa" are acts, not denials. Reject, dismiss,
// dispute and refute need a claim noun (or a characterization with "as");
// deny needs only that its object is not a thing withheld.
func (s *attrScan) denialObject(c, oi, oj int, as bool) bool {
	h, claim := -1, false
	for k := oi; k < oj; k++ {
		if !s.isWord(k) {
			if s.is(k, "'s") || s.is(k, "’s") || s.is(k, "'") || s.is(k, "-") {
				continue
			}
			break
		}
		w := s.w(k)
		if k > oi && (attrPrep(w) || w == "that" || w == "which" || w == "who" || w == "as" || w == "to" || w == "pending") {
			break // "denied bail pending trial"
		}
		if w != "talks" && attrClaimNoun(w) {
			claim = true
		}
		h = k
	}
	if h < 0 || claim {
		return true
	}
	head := s.w(h)
	if strings.HasPrefix(s.w(c), "den") {
		return !attrWithheld(head)
	}
	switch head {
	case "this", "that", "it", "these", "those", "them", "which", "all", "any", "everything", "anything", "both":
		return true
	case "him", "her", "me", "us":
		return false
	}
	return as && !attrActNoun(head) && !attrWithheld(head) && !s.isCap(h)
}

// clauseBefore reports a finite verb in [p, k): "said there was no evidence
// that …" keeps its clause; only adverbials ("said on Tuesday that") are
// skipped to reach "that".
func (s *attrScan) clauseBefore(p, k int) bool {
	for x := p; x < k; x++ {
		if !s.isWord(x) {
			continue
		}
		switch s.w(x) {
		case "was", "is", "were", "are", "had", "has", "have", "would", "will", "could", "can", "did", "does":
			return true
		}
	}
	return false
}

// deniable drops a denial verb whose object is no claim (denialObject): in
// every reading of the sentence, including coordination ("… and has
// dismissed its chief executive") and the passive ("the package was
// rejected by shareholders", whose subject is the object).
func (s *attrScan) deniable(r *attrRaw, e int) bool {
	if r.cls != cueDeny || r.cue[1] <= r.cue[0] {
		return true
	}
	c := r.cue[1] - 1 // "down" for "played down", which needs a claim too
	oi, oj, as := r.obj[0], r.obj[1], r.objAs
	if oj <= oi && !r.passive {
		p := r.cue[1]
		if p < e && !s.is(p, "that") && !s.isOpen(p) && !s.is(p, ":") && !s.is(p, "as") {
			oi, oj = s.objNP(p, e)
			as = s.is(oj, "as")
		}
	}
	if oj <= oi {
		return true
	}
	return s.denialObject(c, oi, oj, as)
}

// sentenceAdverb reports an adverb that opens a sentence and is set off by
// a comma ("Separately, X, said …"): never a speaker.
func sentenceAdverb(w string) bool {
	switch w {
	case "meanwhile", "however", "elsewhere", "earlier", "later", "also", "still", "instead", "moreover",
		"furthermore", "nonetheless", "nevertheless", "separately", "again", "yesterday", "today", "overnight",
		"additionally", "similarly", "finally", "previously", "initially", "subsequently", "currently", "recently",
		"reportedly", "ultimately", "notably", "specifically", "privately", "publicly", "officially", "locally":
		return true
	}
	return false // not every -ly word: "Kelly, a spokesman, said"
}

// bareSourceWithPP reports a bare plural source noun phrase with a place or
// group attached: "security sources in the country", "residents of the
// town" (a short head, then a preposition).
func (s *attrScan) bareSourceWithPP(i, j int) bool {
	for k := i + 1; k < j && k <= i+3; k++ {
		if s.is(k, "in") || s.is(k, "of") || s.is(k, "from") || s.is(k, "at") || s.is(k, "near") || s.is(k, "close") {
			h := s.w(k - 1)
			return attrAnonHead(h) && strings.HasSuffix(h, "s") && j-k <= 6
		}
	}
	return false
}

// invertedName reports a name right after the cue, set off by a comma or
// ending the sentence: "…, said Karim Haddad, a local MP." The clause
// before the comma is the content, not an appositive subject.
func (s *attrScan) invertedName(ce, e int) bool {
	if ce >= e || !s.isCap(ce) || s.qOf[ce] >= 0 || s.is(ce-1, "told") || s.is(ce-1, "tell") || s.is(ce-1, "tells") {
		return false // "…, X, a spokesman, told Al Jazeera": the name is the listener
	}
	i, j := s.rightNP(ce)
	if j <= i || !s.isCap(j-1) {
		return false
	}
	return j >= e || s.isEnd(j) || s.is(j, ",") && (s.is(j+1, "a") || s.is(j+1, "an") || s.is(j+1, "the"))
}

// participleAdjective reports reporting participles that also qualify a
// noun ("alleged attackers", "suspected militants").
func participleAdjective(w string) bool {
	switch w {
	case "alleged", "suspected", "purported", "reported", "confirmed", "estimated":
		return true
	}
	return false
}

// spelledCount reports a count written in words ("four", "dozens").
func spelledCount(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens",
		"hundreds", "thousands", "several", "many", "some":
		return true
	}
	return false
}

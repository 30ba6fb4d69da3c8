package segment

import (
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
)

// Sentences appends the sentence spans of text to dst, using its tokens, and
// returns it. Spans run from the first to the last token of a sentence, so
// they are trimmed of white space; they are ordered and do not overlap.
//
// The splitter is rule based and linear in the number of tokens:
//   - "?" and "!" end a sentence, and so does "." unless it closes a title
//     ("Gen.", "Mr."), an initial ("H."), an abbreviation before a number
//     ("No. 5", "Jan. 3") or an acronym ("U.S.", "a.m.") that is not followed
//     by a word that usually starts a sentence;
//   - closing quotes and brackets after the stop belong to the sentence; an
//     opening quote glued to the stop ("evacuate."Sir") starts the next one;
//   - a lower-case word after the stop, an ellipsis or a closing quote keeps
//     the sentence going ("'Why?' he asked", "... and then");
//   - a missing space after a full stop splits when a capitalised word
//     follows ("in Iraq.Several");
//   - a blank line always ends a sentence, and a single line break does
//     after a short headline-like line without final punctuation;
//   - a run-on sentence is cut after maxSentenceTokens tokens at the next
//     comma, semicolon or colon (hard at twice that).
func Sentences(text string, toks []Token, dst []document.Span) []document.Span {
	n := len(toks)
	start, lineStart := 0, 0
	for i := 0; i < n; {
		t := toks[i]
		if t.Flags&NewlineBefore != 0 {
			if i > start && (t.Flags&ParaBefore != 0 || breakAtNewline(text, toks, start, lineStart, i)) {
				dst = append(dst, document.Span{Start: toks[start].Start, End: toks[i-1].End})
				start = i
			}
			lineStart = i
		}
		if t.Kind == Word && t.Flags&(SpaceBefore|Cap) == Cap && i > start && toks[i-1].Kind == Word && toks[i-1].End == t.Start {
			// Words glued by the tokenizer's run-together split: "StateThe".
			dst = append(dst, document.Span{Start: toks[start].Start, End: toks[i-1].End})
			start = i
		}
		if isStopCandidate(text, t) {
			if end, ok := stopAt(text, toks, start, i); ok {
				dst = append(dst, document.Span{Start: toks[start].Start, End: toks[end-1].End})
				start = end
				i = end
				continue
			}
		}
		if n := i - start + 1; n >= maxSentenceTokens && (softBreak(text, t) || n >= 2*maxSentenceTokens) {
			// A run-on "sentence" (a list, a table, text without stops) is
			// cut at a comma or semicolon, or hard at twice the limit, so
			// that every later stage's per-sentence work stays bounded.
			dst = append(dst, document.Span{Start: toks[start].Start, End: t.End})
			start = i + 1
		}
		i++
	}
	if start < n {
		dst = append(dst, document.Span{Start: toks[start].Start, End: toks[n-1].End})
	}
	return dst
}

// maxSentenceTokens is where a sentence without a stop is cut. News
// sentences rarely pass 80 tokens; the limit only bounds run-on text.
const maxSentenceTokens = 300

// softBreak reports a comma, semicolon or colon: where a run-on sentence is cut.
func softBreak(text string, t Token) bool {
	if t.Kind != Punct {
		return false
	}
	c := text[t.Start]
	return c == ',' || c == ';' || c == ':'
}

// stop kinds
const (
	stopNone = iota
	stopFull
	stopStrong   // ? !
	stopEllipsis // ... …
)

func stopKind(text string, t Token) int {
	if t.Kind != Punct {
		return stopNone
	}
	switch c := text[t.Start]; c {
	case '.':
		if t.End-t.Start == 1 {
			return stopFull
		}
		return stopEllipsis
	case '?', '!':
		return stopStrong
	case 0xE2: // "…" U+2026, "‼" U+203C, "⁇" U+2047
		switch text[t.Start:t.End] {
		case "…":
			return stopEllipsis
		case "‼", "⁇", "⁈", "⁉":
			return stopStrong
		}
	case 0xEF: // fullwidth "？" "！" "。"
		switch text[t.Start:t.End] {
		case "？", "！":
			return stopStrong
		}
	case 0xE3:
		if text[t.Start:t.End] == "。" {
			return stopFull
		}
	}
	return stopNone
}

func isStopCandidate(text string, t Token) bool {
	switch t.Kind {
	case Punct:
		c := text[t.Start]
		return c == '.' || c == '?' || c == '!' || c >= 0xE2 && c <= 0xEF
	case Word:
		return t.Flags&Acronym != 0 && text[t.End-1] == '.'
	}
	return false
}

// isCloser reports whether a token glued after a stop still belongs to the
// sentence: a closing quote or bracket, or more stop punctuation.
func isCloser(text string, t Token) bool {
	if t.Flags&SpaceBefore != 0 {
		return false
	}
	switch t.Kind {
	case Quote:
		return t.Flags&Open == 0
	case Punct:
		switch text[t.Start] {
		case ')', ']', '}', '?', '!', '.':
			return true
		}
		return stopKind(text, t) != stopNone
	}
	return false
}

// stopAt decides whether the stop candidate toks[i] ends the sentence that
// began at toks[start]. It returns the index of the first token after the
// sentence (past closing quotes and brackets).
func stopAt(text string, toks []Token, start, i int) (int, bool) {
	n := len(toks)
	t := toks[i]
	j := i + 1
	for j < n && isCloser(text, toks[j]) {
		j++
	}
	if j == n {
		return j, true
	}
	next := toks[j]
	newline := next.Flags&NewlineBefore != 0
	glued := next.Flags&SpaceBefore == 0
	if !newline {
		switch next.Kind {
		case Word:
			if next.Flags&Cap == 0 && isLowerStart(text, next) {
				return j, false // "... and", "'Why?' he asked", "approx. five"
			}
		case Punct:
			switch text[next.Start] {
			case '(', '[', '-', 0xE2: // "(", "[", bullet or dash starting a line
				if glued {
					return j, false
				}
			default:
				return j, false // ",", ";", ":" after an abbreviation
			}
		}
	}

	if t.Kind == Word { // an acronym ending in a period: "U.S.", "a.m."
		if newline {
			return j, true
		}
		switch text[t.Start:t.End] {
		case "e.g.", "i.e.", "E.g.", "I.e.", "viz.", "cf.":
			return j, false
		}
		return j, startsSentenceAt(text, toks, j)
	}

	switch stopKind(text, t) {
	case stopStrong, stopEllipsis:
		return j, true
	case stopNone:
		return j, false
	}

	// A full stop.
	if i == start || t.Flags&SpaceBefore != 0 {
		return j, true
	}
	p := toks[i-1]
	if glued && !newline && j == i+1 {
		// No space after the stop: "Iraq.Several", "letter.It" split;
		// "example.com", "v1.2a", "Node.JS" do not.
		if next.Kind == Quote && next.Flags&Open != 0 {
			return j, p.Kind == Word || p.Kind == Number || p.Kind == Quote
		}
		return j, p.Kind == Word && p.End-p.Start >= 2 && next.Kind == Word &&
			next.Flags&Cap != 0 && next.Flags&AllCaps == 0 && next.End-next.Start >= 2
	}
	if p.Kind != Word {
		return j, true
	}
	w := text[p.Start:p.End]
	switch abbrevClass(w) {
	case abTitle:
		return j, false
	case abBeforeNumber:
		if next.Kind == Number && !newline {
			return j, false
		}
	case abNever:
		if !newline {
			return j, false
		}
	case abAmbiguous:
		if newline {
			return j, true
		}
		return j, startsSentenceAt(text, toks, j)
	}
	if len(w) == 1 && p.Flags&Cap != 0 { // an initial: "William H. Seely"
		if newline {
			return j, false
		}
		return j, startsSentenceAt(text, toks, j)
	}
	return j, true
}

// breakAtNewline decides whether a single line break before toks[i] ends
// the sentence: it does after a short headline-like line that has no final
// punctuation, when the next line starts like a sentence.
func breakAtNewline(text string, toks []Token, start, lineStart, i int) bool {
	p := toks[i-1]
	if stopKind(text, p) != stopNone {
		return false // the full-stop rules decided already
	}
	if lineStart != start || i-lineStart > 24 || p.End-toks[lineStart].Start > 200 {
		return false
	}
	switch p.Kind {
	case Punct:
		switch text[p.Start] {
		case ',', ';', '-', '(', '[', '/', '&':
			return false
		}
		if text[p.Start:p.End] == "—" || text[p.Start:p.End] == "–" {
			return false
		}
	case Word:
		if isConnective(text[p.Start:p.End]) {
			return false
		}
	case Quote:
		if p.Flags&Open != 0 {
			return false
		}
	}
	next := toks[i]
	switch next.Kind {
	case Word:
		return next.Flags&Cap != 0 || !isLowerStart(text, next)
	case Punct:
		return false
	}
	return true
}

func isLowerStart(text string, t Token) bool {
	c := text[t.Start]
	if c < 0x80 {
		return c >= 'a' && c <= 'z'
	}
	return t.Flags&Cap == 0
}

const (
	abNone = iota
	abTitle
	abBeforeNumber
	abNever
	abAmbiguous
)

// abbrevClass classifies a word seen before a full stop.
func abbrevClass(w string) int {
	switch w {
	// Titles and ranks: always followed by a name.
	case "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Rev", "Fr", "Hon", "Gen", "Lt", "Col", "Sgt",
		"Capt", "Cpt", "Maj", "Brig", "Adm", "Cmdr", "Cdr", "Cpl", "Pvt", "Pfc", "Spc", "Ens",
		"Sen", "Rep", "Reps", "Gov", "Supt", "Det", "Insp", "Amb", "Pres", "Sec",
		"Messrs", "Mme", "Mlle", "Msgr", "Sr", "Sra", "Gens", "Sens", "Atty", "Cmdt", "Comdr",
		"St", "Ste", "Mt", "Ft", "Pt", "Lieut", "Cllr", "Dep":
		return abTitle
	// Abbreviations before a number.
	case "No", "Nos", "no", "nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
		"Oct", "Nov", "Dec", "Art", "art", "Vol", "vol", "p", "pp", "Fig", "fig", "Ch", "ch",
		"Para", "para", "Nr", "nr", "Tel", "tel", "Ex", "Rs", "Ps", "Gr", "Kg", "Km":
		return abBeforeNumber
	// Never end a sentence unless a line break follows.
	case "vs", "v", "cf", "viz", "approx", "ca", "incl", "esp", "Vs", "resp", "al", "Ref", "ref":
		return abNever
	// Might end a sentence: decided by the next word.
	case "Inc", "Corp", "Co", "Ltd", "Jr", "Bros", "Plc", "plc", "LLC", "Ltda", "AG", "SA", "NV",
		"etc", "Ave", "Blvd", "Rd", "Sq", "Dept", "Univ", "Assn", "Intl", "Govt", "mln", "bln",
		"est", "Est", "U.S", "Calif", "Fla", "Wash", "Mass", "Penn", "Conn", "Ariz", "Colo",
		"Ill", "Ind", "Kan", "Ky", "La", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
		"Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wis", "Wyo", "Ala", "Ark",
		"Del", "Ga", "Gov't", "yr", "yrs", "hr", "hrs", "min", "mins", "sec", "secs", "oz", "lb", "lbs",
		"ft", "in", "mi", "cm", "mm", "km", "kg", "mg", "ml", "Mon", "Tue", "Tues", "Wed",
		"Thu", "Thur", "Thurs", "Fri", "Sat", "Sun":
		return abAmbiguous
	}
	return abNone
}

// startsSentenceAt is startsSentence for toks[j], also taking a
// capitalised adverb before a comma ("Initially, ...", "Separately, ...").
func startsSentenceAt(text string, toks []Token, j int) bool {
	t := toks[j]
	if startsSentence(text, t) {
		return true
	}
	w := text[t.Start:t.End]
	return t.Kind == Word && t.Flags&Cap != 0 && len(w) > 4 && strings.HasSuffix(w, "ly") &&
		j+1 < len(toks) && toks[j+1].Flags&SpaceBefore == 0 && text[toks[j+1].Start] == ','
}

// startsSentence reports whether t is a word that usually starts a sentence
// (a pronoun, article, conjunction, preposition or discourse adverb), used to
// decide ambiguous abbreviations: "in the U.S. The" splits, "U.S. Army"
// does not. Quotes and brackets that open count too.
func startsSentence(text string, t Token) bool {
	switch t.Kind {
	case Quote:
		return t.Flags&Open != 0
	case Word:
	default:
		return false
	}
	if t.Flags&Cap == 0 {
		return false
	}
	switch text[t.Start:t.End] {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So",
		"Yet", "In", "On", "At", "For", "From", "To", "With", "By", "As", "If", "When", "While",
		"After", "Before", "Since", "Although", "Though", "However", "Meanwhile", "This", "That",
		"These", "Those", "There", "Here", "Its", "His", "Her", "Their", "Our", "My", "Your",
		"What", "Who", "Why", "How", "Where", "Some", "Many", "Most", "Both", "Each", "All",
		"Not", "Also", "Still", "Now", "Then", "Earlier", "Later", "Under", "According", "During",
		"Despite", "Instead", "Nevertheless", "Moreover", "Furthermore", "Yesterday", "Today",
		"Tomorrow", "Last", "Next", "One", "Such", "Other", "Several", "Officials", "Asked",
		"Once", "Because", "Unlike", "Like", "Until", "Over", "About", "Among", "Only", "Even",
		"Nor", "Did", "Does", "Do", "Is", "Are", "Was", "Were", "Will", "Would", "Should",
		"Could", "Can", "Has", "Have", "Had", "Please", "Let", "Let's", "It's", "That's",
		"There's", "He's", "She's", "We're", "They're", "I'm", "Separately", "Elsewhere", "Overall":
		return true
	}
	return false
}

// isConnective reports whether a word at the end of a line shows that the
// sentence goes on (a wrapped line, not a headline).
func isConnective(w string) bool {
	switch w {
	case "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from",
		"with", "by", "as", "that", "which", "who", "whose", "whom", "is", "are", "was", "were",
		"be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "may",
		"might", "must", "than", "into", "onto", "about", "over", "under", "after", "before",
		"said", "says", "told", "his", "her", "its", "their", "our", "my", "your", "this",
		"these", "those", "not", "no", "nor", "so", "if", "when", "while", "where", "because",
		"per", "via", "A", "An", "The", "And", "Of", "To", "de", "da", "van", "von", "del":
		return true
	}
	return false
}

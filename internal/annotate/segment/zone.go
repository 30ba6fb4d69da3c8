package segment

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
)

// ZoneKind names a layout zone of an article that is not running body text.
type ZoneKind uint8

const (
	// ZoneHeadline is a first short line without final punctuation.
	ZoneHeadline ZoneKind = iota + 1
	// ZoneDateline is the "CITY, Region —" marker that opens the body.
	ZoneDateline
	// ZoneCaption is a photo caption or credit line.
	ZoneCaption
	// ZoneBoilerplate is site text: newsletter, sharing, copyright, comments.
	ZoneBoilerplate
)

var zoneNames = [...]string{"", "headline", "dateline", "caption", "boilerplate"}

// String returns the lower-case name of the kind.
func (k ZoneKind) String() string {
	if int(k) < len(zoneNames) {
		return zoneNames[k]
	}
	return fmt.Sprintf("zone(%d)", k)
}

// MarshalText writes the kind's name.
func (k ZoneKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a kind's name.
func (k *ZoneKind) UnmarshalText(b []byte) error {
	for i, n := range zoneNames {
		if i > 0 && n == string(b) {
			*k = ZoneKind(i)
			return nil
		}
	}
	return fmt.Errorf("unknown zone kind %q", b)
}

// Zone is a span of text with its layout kind.
type Zone struct {
	Span document.Span `json:"span"`
	Kind ZoneKind      `json:"kind"`
}

// SkipFacts reports whether s overlaps a caption or boilerplate zone, where
// the extractor should not look for facts.
//
// zones are ordered and, apart from a dateline inside a headline, do not
// overlap, so a binary search and a look at the few zones before it answer.
func SkipFacts(zones []Zone, s document.Span) bool {
	i := sort.Search(len(zones), func(i int) bool { return zones[i].Span.Start >= s.End })
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		z := zones[j]
		if (z.Kind == ZoneCaption || z.Kind == ZoneBoilerplate) && z.Span.Overlaps(s) {
			return true
		}
	}
	return false
}

// maxZoneLine is the longest line (in bytes) taken for a caption or
// boilerplate; longer lines are body text.
const maxZoneLine = 400

// Zones finds the headline, dateline, captions and boilerplate of text, in
// text order. It works on lines (token runs between line breaks) and is
// linear in the number of tokens. sents are the sentences of text; a
// headline must also be a sentence of its own.
func Zones(text string, toks []Token, sents []document.Span) []Zone {
	var zones []Zone
	n := len(toks)
	if n == 0 {
		return nil
	}
	// First line: headline?
	first := lineEnd(toks, 0)
	if first < n && isHeadlineLine(text, toks, 0, first) && !isCaptionLine(text, toks, 0, first) &&
		(len(sents) == 0 || sents[0].End == toks[first-1].End) {
		zones = append(zones, Zone{Span: lineSpan(toks, 0, first), Kind: ZoneHeadline})
	}
	if d := Dateline(text, toks); !d.IsZero() {
		zones = append(zones, Zone{Span: d, Kind: ZoneDateline})
	}
	// Trailing boilerplate block: lines from the end while they match.
	tail := n
	for tail > 0 {
		a := lineStartBefore(toks, tail)
		if !isBoilerplateLine(text, toks, a, tail, true) {
			break
		}
		tail = a
	}
	// A reader comment thread runs from its first comment to the end.
	if c := commentThread(text, toks); c < tail {
		tail = c
	}
	for a := 0; a < n; {
		b := lineEnd(toks, a)
		switch {
		case a >= tail || isBoilerplateLine(text, toks, a, b, false):
			zones = append(zones, Zone{Span: lineSpan(toks, a, b), Kind: ZoneBoilerplate})
		case isCaptionLine(text, toks, a, b):
			zones = append(zones, Zone{Span: lineSpan(toks, a, b), Kind: ZoneCaption})
		}
		a = b
	}
	sortZones(zones)
	return zones
}

// sortZones orders the few zones by start (insertion sort: they are nearly
// sorted and few).
func sortZones(z []Zone) {
	for i := 1; i < len(z); i++ {
		for j := i; j > 0 && z[j].Span.Start < z[j-1].Span.Start; j-- {
			z[j], z[j-1] = z[j-1], z[j]
		}
	}
}

// lineEnd returns the index of the first token of the line after the one
// starting at a.
func lineEnd(toks []Token, a int) int {
	b := a + 1
	for b < len(toks) && toks[b].Flags&NewlineBefore == 0 {
		b++
	}
	return b
}

// lineStartBefore returns the index of the first token of the line that
// ends just before token b.
func lineStartBefore(toks []Token, b int) int {
	a := b - 1
	for a > 0 && toks[a].Flags&NewlineBefore == 0 {
		a--
	}
	return a
}

func lineSpan(toks []Token, a, b int) document.Span {
	return document.Span{Start: toks[a].Start, End: toks[b-1].End}
}

// endsWithStop reports whether the line [a,b) ends in sentence-final
// punctuation, possibly followed by closing quotes or brackets.
func endsWithStop(text string, toks []Token, a, b int) bool {
	for k := b - 1; k >= a; k-- {
		t := toks[k]
		if stopKind(text, t) != stopNone {
			return true
		}
		if t.Kind == Word && t.Flags&Acronym != 0 && text[t.End-1] == '.' {
			return true
		}
		if (t.Kind == Quote && t.Flags&Open == 0) || (t.Kind == Punct && (text[t.Start] == ')' || text[t.Start] == ']')) {
			continue
		}
		return false
	}
	return false
}

func isHeadlineLine(text string, toks []Token, a, b int) bool {
	if b-a > 30 || toks[b-1].End-toks[a].Start > 250 {
		return false
	}
	if endsWithStop(text, toks, a, b) {
		return false
	}
	last := toks[b-1]
	if last.Kind == Punct {
		switch text[last.Start] {
		case ',', ';', '-', '(':
			return false
		}
	}
	return startsLikeHeadline(toks[a]) && !isDatelineAt(text, toks, a, b)
}

func startsLikeHeadline(t Token) bool {
	return t.Kind != Word || t.Flags&Cap != 0
}

// Dateline returns the span of the dateline that opens the body of text,
// "ERBIL, Kurdistan Region —", "WASHINGTON (Reuters) -" or "LONDON, March
// 3 (AP) —", from its first upper-case word to the dash included; or the
// zero span. The body starts at the first line that is not a headline or a
// caption.
func Dateline(text string, toks []Token) document.Span {
	sp, _ := DatelinePrefix(text, toks)
	return sp
}

// DatelinePrefix is Dateline over the tokens of a prefix of a text that
// ends with a line break. more reports that the search ran out of lines
// before it could decide, so that the text after the prefix may change
// the answer; otherwise the span is the whole text's. A reader looking
// for an article's dateline thus tokenizes its first lines only.
func DatelinePrefix(text string, toks []Token) (sp document.Span, more bool) {
	n := len(toks)
	a, lines := 0, 0
	for ; a < n && lines < 6 && toks[a].Start < 3000; lines++ {
		b := lineEnd(toks, a)
		if end := matchDateline(text, toks, a, b); end > a {
			return document.Span{Start: toks[a].Start, End: toks[end-1].End}, false
		}
		if !(lines == 0 && isHeadlineLine(text, toks, a, b)) && !isCaptionLine(text, toks, a, b) {
			return document.Span{}, false
		}
		a = b
	}
	return document.Span{}, a >= n && lines < 6
}

func isDatelineAt(text string, toks []Token, a, b int) bool {
	return matchDateline(text, toks, a, b) > a
}

// matchDateline matches a dateline at the start of the line [a,b) and
// returns the index after its dash, or a when there is none.
func matchDateline(text string, toks []Token, a, b int) int {
	first := toks[a]
	if first.Kind != Word || first.Flags&Cap == 0 || notPlace(text[first.Start:first.End]) {
		return a
	}
	// "ERBIL, ..." or a title-case place with an agency: "Washington (CNN) —".
	caps := isCapsWord(text, first)
	afterComma, paren, sawParen := false, false, false
	for k := a + 1; k < b && k < a+18; k++ {
		t := toks[k]
		s := text[t.Start:t.End]
		switch t.Kind {
		case Word:
			if isCapsWord(text, t) || (afterComma || paren || !caps && k < a+4) && t.Flags&Cap != 0 {
				continue
			}
			return a
		case Number:
			if !afterComma && !paren {
				return a
			}
			continue
		case Punct:
			switch s {
			case ",":
				afterComma = true
				continue
			case ".", "'", "’":
				continue
			case "(":
				paren, sawParen = true, true
				continue
			case ")":
				paren = false
				continue
			case "/":
				if paren {
					continue
				}
				return a
			case "-":
				if t.Flags&SpaceBefore == 0 && k+1 < b && toks[k+1].Flags&SpaceBefore == 0 {
					continue // "PUL-E"
				}
				fallthrough
			case "--", "—", "–", "―", "−":
				if paren || k+1 >= b || !caps && !sawParen || isCaptionLead(text, toks, k+1, b) {
					return a
				}
				return k + 1
			}
			return a
		case Quote:
			if s == "'" || s == "’" {
				continue
			}
		}
		return a
	}
	return a
}

// notPlace lists upper-case labels that open a line like a dateline but
// name no place ("EXCLUSIVE –", "UPDATE -").
func notPlace(w string) bool {
	switch w {
	case "EXCLUSIVE", "BREAKING", "UPDATE", "UPDATED", "ANALYSIS", "OPINION", "EDITORIAL", "COMMENTARY",
		"WATCH", "VIDEO", "PHOTOS", "PHOTO", "LIVE", "REVIEW", "INTERVIEW", "FACT", "CORRECTION", "NEWS",
		"URGENT", "FLASH", "ALERT", "SPECIAL", "EXPLAINER", "FEATURE", "PODCAST", "LISTEN", "READ",
		"NOTE", "EDITOR", "EDITORS", "SPONSORED", "ADVERTISEMENT", "PROMOTED", "OP", "MORE", "RELATED",
		"UPDATES", "DEVELOPING", "JUST", "TRENDING", "SCROLL", "FAQ", "TLDR", "PS", "BY":
		return true
	}
	return false
}

// isCapsWord: an upper-case word of two letters or more ("ERBIL", "U.S.").
func isCapsWord(text string, t Token) bool {
	return t.Kind == Word && t.Flags&AllCaps != 0
}

// isCaptionLead matches "MONTH DAY:" (upper-case month) at toks[k], the
// date part of a photo-agency caption "PLACE, COUNTRY - MARCH 29:".
func isCaptionLead(text string, toks []Token, k, b int) bool {
	if k+2 >= b || !isCapsWord(text, toks[k]) || !isMonthUpper(text[toks[k].Start:toks[k].End]) {
		return false
	}
	j := k + 1
	if j < b && toks[j].Kind == Punct && text[toks[j].Start] == '.' {
		j++
	}
	if j+1 >= b || toks[j].Kind != Number {
		return false
	}
	j++
	if toks[j].Kind == Punct && text[toks[j].Start] == ',' && j+2 < b && toks[j+1].Kind == Number {
		j += 2 // "MARCH 29, 2017:"
	}
	return toks[j].Kind == Punct && text[toks[j].Start] == ':'
}

func isMonthUpper(w string) bool {
	switch w {
	case "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
		"OCTOBER", "NOVEMBER", "DECEMBER", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG",
		"SEP", "SEPT", "OCT", "NOV", "DEC":
		return true
	}
	return false
}

// isCaptionLine reports whether the line [a,b) is a photo caption: an
// agency lead-in "PLACE, COUNTRY - MONTH DAY:", a credit ("(Photo: ...)",
// "Getty Images", "AP Photo"), or a short cut-off line ending in "…".
func isCaptionLine(text string, toks []Token, a, b int) bool {
	span := lineSpan(toks, a, b)
	if span.Len() > 1200 {
		return false
	}
	// Lead-in: caps words, a spaced dash, then "MONTH DAY:".
	if isCapsWord(text, toks[a]) {
		for k := a + 1; k < b && k < a+16; k++ {
			t := toks[k]
			if t.Kind == Punct && t.Flags&SpaceBefore != 0 {
				switch text[t.Start:t.End] {
				case "-", "--", "—", "–":
					if isCaptionLead(text, toks, k+1, b) {
						return true
					}
				}
			}
		}
	}
	if span.Len() <= maxZoneLine && hasCaptionWord(text, toks, a, b) && containsAnyFold(text[span.Start:span.End], &captionIndex) {
		return true
	}
	// A teaser or caption cut off mid-phrase: "... during a patrol
	// outside of …" (one sentence, the ellipsis after a function word).
	last := toks[b-1]
	if b-a < 4 || b-a > 100 || stopKind(text, last) != stopEllipsis || toks[b-2].Kind != Word ||
		!isConnective(text[toks[b-2].Start:toks[b-2].End]) {
		return false
	}
	for k := a; k < b-1; k++ {
		if stopKind(text, toks[k]) != stopNone {
			return false
		}
	}
	return true
}

// hasCaptionWord is a cheap token test before looking for caption marks:
// the line has a word that every mark contains.
func hasCaptionWord(text string, toks []Token, a, b int) bool {
	for k := a; k < b; k++ {
		t := toks[k]
		if t.Kind != Word || t.End-t.Start < 2 || t.End-t.Start > 12 {
			continue
		}
		switch text[t.Start:t.End] {
		case "Photo", "photo", "PHOTO", "Photos", "photos", "PHOTOS", "Photograph", "photograph", "PHOTOGRAPH",
			"Image", "image", "IMAGE", "Getty", "GETTY", "Credit", "credit", "CREDIT", "Picture", "picture",
			"PICTURE", "Pictured", "pictured", "Caption", "caption", "CAPTION", "Shutterstock", "shutterstock",
			"EPA", "AFP", "AP", "Reuters", "REUTERS", "File", "FILE":
			return true
		}
	}
	return false
}

// commentThread returns the first token of a reader comment thread: the
// line of the first comment stamp ("January 27, 2011 at 7:59 pm | Report
// abuse |", "… am | Reply") or the line after a thread heading ("Post a
// comment", "Comments (12)", "12 comments") in the second half of the
// article; len(toks) when there is none. One pass over the lines.
func commentThread(text string, toks []Token) int {
	n := len(toks)
	for a := 0; a < n; {
		b := lineEnd(toks, a)
		sp := lineSpan(toks, a, b)
		line := text[sp.Start:sp.End]
		// every mark below has a '|' or a ':'; most lines have neither
		bar := strings.IndexByte(line, '|')
		if bar >= 0 && (strings.Contains(line[bar:], "| Report abuse") || strings.Contains(line[max(bar-2, 0):], "m | Reply") ||
			strings.Contains(line[max(bar-2, 0):], "M | Reply")) || commentStamp(line) {
			return a
		}
		if sp.Start > len(text)/2 && sp.Len() < 40 && isThreadHeading(strings.ToLower(line)) {
			return b
		}
		a = b
	}
	return n
}

// commentStamp reports a reader comment's time stamp in line, in the two
// forms comment systems print without a "Report abuse" link: "January 27,
// 2011 at 7:59 pm | …" (a year, "at", a clock time, a bar) and "At 10:14 am
// on 28 May 2010, pzero wrote: …" (a clock time, "on", a day, "wrote:").
// Body text states times without either frame.
func commentStamp(line string) bool {
	for i := 1; i+3 < len(line); i++ {
		// jump to the next ':' (most lines have none)
		c := strings.IndexByte(line[i:len(line)-3], ':')
		if c < 0 {
			return false
		}
		i += c
		if !isDigitByte(line[i-1]) || !isDigitByte(line[i+1]) || !isDigitByte(line[i+2]) {
			continue
		}
		h := i - 1 // the hour's first digit
		if h > 0 && isDigitByte(line[h-1]) {
			h--
		}
		rest := line[i+3:]
		var ampm string
		for _, m := range [...]string{" am", " pm", " AM", " PM", " a.m.", " p.m."} {
			if strings.HasPrefix(rest, m) {
				ampm = m
				break
			}
		}
		if ampm == "" {
			continue
		}
		rest = rest[len(ampm):]
		before := line[:h]
		// "2011 at 7:59 pm |"
		if strings.HasPrefix(strings.TrimLeft(rest, " "), "|") && strings.HasSuffix(before, " at ") && len(before) >= 8 &&
			isDigitByte(before[len(before)-5]) && isDigitByte(before[len(before)-8]) {
			return true
		}
		// "At 10:14 am on 28 May 2010, pzero wrote:"
		if strings.HasSuffix(before, "At ") && strings.HasPrefix(rest, " on ") && len(rest) > 4 && isDigitByte(rest[4]) &&
			strings.Contains(rest, " wrote:") {
			return true
		}
	}
	return false
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isThreadHeading reports a short line that opens a comment thread.
func isThreadHeading(l string) bool {
	l = strings.TrimRight(l, " :.")
	switch l {
	case "comments", "reader comments", "post a comment", "leave a comment", "add your comment", "add a comment",
		"have your say", "join the conversation", "join the discussion", "your comments", "show comments":
		return true
	}
	if strings.HasPrefix(l, "comments (") || strings.HasSuffix(l, " comments") && len(l) < 16 &&
		l[0] >= '0' && l[0] <= '9' {
		return true
	}
	return false
}

var captionMarks = [...]string{
	"(photo", "photo:", "photograph:", "photo by ", "photo credit", "photos:", "image copyright",
	"image caption", "image:", "getty images", "ap photo", "afp photo", "reuters photo",
	"picture:", "pictured:", "file photo", "(credit:", "credit:", "/getty", "/afp)", "/reuters)",
	"/ap)", "shutterstock", "epa-efe", "(image", "caption:",
}

// boilerplate phrases that may start a line anywhere in the article
var boilerStarts = [...]string{
	"read more", "click here", "sign up", "subscribe to", "subscribe for", "follow us", "share this",
	"copyright", "©", "(c) 19", "(c) 20", "all rights reserved", "advertisement", "related:",
	"related articles", "related stories", "related coverage", "recommended for you", "you may also like",
	"more from ", "please let us know", "we use cookies", "terms of use", "terms of service",
	"privacy policy", "contact us", "report a correction", "get the latest", "join our",
	"like us on", "tap here", "download our app", "download the app", "get our newsletter",
	"sign in to", "log in to", "want to read more", "this story has been", "this article has been",
	"this article was originally", "this story was originally", "editor's note:", "skip to content",
	"back to top", "listen to this article", "story continues", "continue reading", "see also:",
	"also read:", "watch:", "more:", "top stories", "most read", "trending now", "comments",
	"leave a comment", "share on", "email this", "print this", "reporting by", "writing by",
	"editing by", "additional reporting by", "(reporting by", "(writing by", "(editing by", "newsletter",
	"(additional reporting", "--additional reporting", "twitter: @", "email:", "e-mail:",
	"related links", "related content", "related topics", "related internet links", "more on this story",
	"comments are moderated", "comments are closed", "comments on this", "post a comment", "add your comment",
	"the bbc is not responsible for", "we are not responsible for the content", "have your say",
	"share this with", "email a friend", "e-mail to a friend", "print sponsored by", "sponsored links",
	"get breaking news", "get alerts", "sign up for our", "enter your email",
}

// phrases that mark a line as boilerplate only in the trailing block
var boilerWeak = [...]string{
	"all rights reserved", "our newsletter", "the newsletter", "newsletters", "commenting",
	"comment policy", "your comments", "your feedback", "cookies", "subscribe now", "subscribe to",
	"subscribe for", "subscribe here", "copyright ©", "copyright (c)", "copyright 1", "copyright 2",
	"© ", "follow us", "sign up for", "sign up to", "sign up here", "click here", "terms of use",
	"terms of service", "privacy policy", "let us know", "share this", "contact us",
	"the views expressed", "reprinted with", "reprinted courtesy", "used with permission",
	"disclaimer:", "support our journalism", "; editing by", "on twitter @", "on twitter: @",
}

// isBoilerplateLine reports whether the line [a,b) is site text. Strong
// phrases must open a short line; in the trailing block (tail) a short
// line containing a weak phrase is enough.
func isBoilerplateLine(text string, toks []Token, a, b int, tail bool) bool {
	span := lineSpan(toks, a, b)
	if span.Len() > maxZoneLine {
		return false
	}
	line := text[span.Start:span.End]
	for _, p := range boilerStartIndex[lowerASCII(line[0])] {
		if hasPrefixFold(line, p) {
			// "Comments by the minister ..." is body text: the bare
			// word must stand alone or be followed by punctuation.
			if p == "comments" || p == "newsletter" || p == "watch:" || p == "more:" {
				if len(line) > len(p) && !tail && isWordByte(line[len(p)]) {
					continue
				}
				if p == "comments" && b-a > 4 && !tail {
					continue
				}
			}
			return true
		}
	}
	// "Follow Ann Lee on Twitter @annlee."
	if hasPrefixFold(line, "follow") && containsAnyFold(line, &socialIndex) {
		return true
	}
	if !tail || b-a > 40 {
		return false
	}
	return containsAnyFold(line, &boilerWeakIndex)
}

// foldIndex lists lower-case patterns by their first byte.
type foldIndex [256][]string

func indexFold(ps []string) (x foldIndex) {
	for _, p := range ps {
		x[p[0]] = append(x[p[0]], p)
	}
	return x
}

// Immutable pattern indexes, built once.
var (
	captionIndex     = indexFold(captionMarks[:])
	boilerStartIndex = indexFold(boilerStarts[:])
	boilerWeakIndex  = indexFold(boilerWeak[:])
	socialIndex      = indexFold([]string{"twitter", "facebook", "instagram", "@", "linkedin", "youtube", "tiktok", "mastodon", "bluesky"})
)

// containsAnyFold reports whether s contains one of the indexed patterns,
// ASCII case-insensitively, in one pass over s. A pattern that starts or
// ends with a letter must start or end a word ("reuters photo" is not in
// "Reuters photographer").
func containsAnyFold(s string, x *foldIndex) bool {
	for i := 0; i < len(s); i++ {
		for _, p := range x[lowerASCII(s[i])] {
			if len(s)-i < len(p) || !hasAtFold(s, i, p) {
				continue
			}
			if isLetterByte(p[0]) && i > 0 && isLetterByte(s[i-1]) {
				continue
			}
			if e := i + len(p); isLetterByte(p[len(p)-1]) && e < len(s) && isLetterByte(s[e]) {
				continue
			}
			return true
		}
	}
	return false
}

func hasAtFold(s string, i int, p string) bool {
	for j := 1; j < len(p); j++ {
		if lowerASCII(s[i+j]) != p[j] {
			return false
		}
	}
	return true
}

// hasPrefixFold: s starts with p, ASCII case-insensitively; p is lower case.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if lowerASCII(s[i]) != p[i] {
			return false
		}
	}
	if len(s) > len(p) && isLetterByte(p[len(p)-1]) && isLetterByte(s[len(p)]) {
		return false // "subscribers" is not "subscribe"
	}
	return true
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

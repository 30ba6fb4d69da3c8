package extract

import (
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// "According to the announcement, …": a definite announcement, statement
// or report refers back to the one a body made in the sentences before
// ("The army issued a statement on Monday. According to the statement, 35
// militants were killed."); the body is the figure's source.

// issuedNoun reports nouns of something a body issues.
func issuedNoun(w string) bool {
	switch w {
	case "announcement", "statement", "report", "communique", "communiqué", "declaration", "decision", "decree",
		"bulletin", "update", "briefing", "release":
		return true
	}
	return false
}

// issuerBack is how many sentences before an "according to the
// statement" its issuer may be named.
const issuerBack = 2

// issuerReach bounds the tokens read back for the issuer's verb.
const issuerReach = 200

// issuedDoc returns the token of a definite issued noun that the span sp
// is ("the announcement", "this statement"), or -1.
func (c *figureCtx) issuedDoc(sp document.Span) int {
	if sp.IsZero() {
		return -1
	}
	i, j := c.a.TokenRange(sp)
	if j-i < 1 || j-i > 3 {
		return -1
	}
	n := j - 1
	if !issuedNoun(c.low(n)) {
		return -1
	}
	// the determiner may sit just before the span
	for k := n - 1; k >= i-1 && k >= 0; k-- {
		switch c.low(k) {
		case "the", "this", "that":
			return n
		case "latest", "new", "official", "joint", "written":
			continue
		}
		return -1
	}
	return -1
}

// issuer names the body that made the document whose noun is token n: the
// speaker of the latest statement before it within issuerBack sentences,
// or the subject of an authority verb ("issued", "published",
// "announced") there. It returns "" when the text does not say.
func (c *figureCtx) issuer(n int) (string, bool) {
	pos := c.a.Tokens[n].Start
	si := c.a.SentenceAt(pos)
	if si < 0 {
		return "", false
	}
	lo := si - issuerBack
	if lo < 0 {
		lo = 0
	}
	from := c.a.Sentences[lo].Start
	// a statement made before, by an authority
	l, h := c.stmtWindow(pos)
	for i := h - 1; i >= l; i-- {
		s := &c.stmts[i]
		if s.SpeakerSpan.IsZero() || s.SpeakerSpan.Start >= pos || s.SpeakerSpan.Start < from || s.Speaker == "" {
			continue
		}
		if strings.EqualFold(string(s.Cue), "according to") || s.Stance == Denies || s.SpeakerType == SpeakerDocument ||
			bareSpeaker(string(s.Speaker)) || numericSpeaker(string(s.Speaker)) || !c.plausibleSpeaker(s) {
			continue
		}
		return canonicalSource(string(s.Speaker)), s.Anonymous
	}
	// the subject of an authority verb in the sentences before
	for k := n - 1; k >= 0 && k >= n-issuerReach && c.a.Tokens[k].Start >= from; k-- {
		if !authorityVerb(c.low(k)) && c.low(k) != "made" {
			continue
		}
		end := k
		for end > 0 && clauseFiller(c.low(end-1)) {
			end--
		}
		start := end
		for start > 0 && c.a.Tokens[start-1].Start >= from {
			t := c.a.Tokens[start-1]
			if t.Kind == segment.Punct && c.text[t.Start] != '-' && c.text[t.Start] != '.' && c.text[t.Start] != '\'' || t.Kind == segment.Quote {
				break
			}
			if t.Kind == segment.Word && (c.inTime(document.Span{Start: t.Start, End: t.End}) || clauseJoin(c.lowTok(t))) {
				break
			}
			start--
		}
		if start < end && end-start <= 8 {
			if src, anon := c.authorityIn(start, end, pos); src != "" {
				return src, anon
			}
		}
	}
	return "", false
}

// spanOf is the span of the phrase from token k to the first punctuation
// or quote before token end.
func (c *figureCtx) spanOf(k, end int) document.Span {
	j := k
	for j < end {
		if t := c.a.Tokens[j]; t.Kind == segment.Punct && c.text[t.Start] != '-' || t.Kind == segment.Quote {
			break
		}
		j++
	}
	if j == k {
		return document.Span{}
	}
	return document.Span{Start: c.a.Tokens[k].Start, End: c.a.Tokens[j-1].End}
}

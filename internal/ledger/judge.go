package ledger

import (
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
)

// refuteWords are general English cues that a sentence contradicts what it
// reports (used by LexicalJudge when no stance model is available).
var refuteWords = map[string]bool{
	"not": true, "no": true, "never": true, "deny": true, "denies": true, "denied": true, "denying": true,
	"false": true, "untrue": true, "incorrect": true, "wrong": true, "fake": true, "hoax": true, "refute": true,
	"refuted": true, "refutes": true, "reject": true, "rejected": true, "rejects": true, "baseless": true,
	"unfounded": true, "inaccurate": true, "misleading": true, "debunked": true, "dismissed": true, "isn't": true,
	"wasn't": true, "aren't": true, "weren't": true, "didn't": true, "doesn't": true, "won't": true, "nothing": true,
}

// LexicalJudge is a fallback Judge from word overlap and refutation cues:
// a sentence covering at least half of the claim's content words supports
// it, or denies it when it carries a refutation cue; a sentence covering
// less observes it; one sharing no content word is unrelated.
type LexicalJudge struct{}

// Judge implements Judge.
func (LexicalJudge) Judge(claim, text string) (string, float64) {
	cov := Coverage(claim, text)
	if cov == 0 {
		return JudgeUnrelated, 1
	}
	neg := false
	for _, w := range normWords(text) {
		if refuteWords[w] {
			neg = true
			break
		}
	}
	switch {
	case cov >= 0.5 && neg:
		return JudgeDenies, 0.5 + cov/2
	case cov >= 0.5:
		return JudgeSupports, 0.4 + cov/2
	default:
		return JudgeObserves, 0.5
	}
}

// Coverage is the share of claim's content words that occur in text.
func Coverage(claim, text string) float64 {
	cw := ContentWords(claim)
	if len(cw) == 0 {
		return 0
	}
	tw := map[string]bool{}
	for _, w := range ContentWords(text) {
		tw[w] = true
	}
	seen := map[string]bool{}
	n, d := 0, 0
	for _, w := range cw {
		if seen[w] {
			continue
		}
		seen[w] = true
		d++
		if tw[w] {
			n++
		}
	}
	return float64(n) / float64(d)
}

// SplitSentences is a plain fallback splitter for stored articles without
// sentence spans: it ends a sentence after '.', '!' or '?' followed by a
// space, and at line breaks.
func SplitSentences(text string) []document.Span {
	var out []document.Span
	st := 0
	emit := func(end int) {
		s, e := st, end
		for s < e && strings.ContainsRune(" \t\r\n", rune(text[s])) {
			s++
		}
		for e > s && strings.ContainsRune(" \t\r\n", rune(text[e-1])) {
			e--
		}
		if e > s {
			out = append(out, document.Span{Start: s, End: e})
		}
		st = end
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			emit(i + 1)
		case '.', '!', '?':
			if i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' {
				emit(i + 1)
			}
		}
	}
	emit(len(text))
	return out
}

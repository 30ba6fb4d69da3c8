package extract

import (
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// Stance of a statement toward a claim, read from the cue verb and from
// phrases in the content:
//   - the verb: deny/refute/reject/dismiss/dispute → denies (target: its
//     object, "a report by The Wall Street Journal"); confirm/acknowledge/
//     verify/admit → confirms (a passive "the authenticity of X was
//     confirmed by Y" targets its subject); question/doubt → questions;
//   - otherwise the content: "factually incorrect", "not true", "false",
//     "fake", "baseless", "no decision …", "no plans …", "no change",
//     "that's not what's happening", "nothing to do with", "not aware of any",
//     and re-characterizations "X was instead a poorly worded draft" → denies;
//     "is genuine", "authentic" → confirms; "unclear whether", "skeptical",
//     "cast doubt" → questions.
//
// The target of a phrase is what it negates: the noun phrase after "no"
// ("decision whatsoever to leave Iraq"), the subject of the copula before
// the phrase ("The leaked letter … was instead a poorly worded draft"), or
// the object of "described X as …".

const (
	stnDeny = iota + 1
	stnConfirm
	stnQuestion
)

// stnTarget says where a phrase's target is.
const (
	stnTgtNone    = iota
	stnTgtAfter   // the noun phrase after the phrase ("no decision …", "not aware of any …")
	stnTgtSubject // the subject before the copula ("X is false")
)

type stnPhrase struct {
	words  []string
	stance int
	target int
}

var stnPhraseList = []struct {
	p      string
	stance int
	target int
}{
	{"factually incorrect", stnDeny, stnTgtSubject},
	{"incorrect", stnDeny, stnTgtSubject},
	{"inaccurate", stnDeny, stnTgtSubject},
	{"not accurate", stnDeny, stnTgtSubject},
	{"false", stnDeny, stnTgtSubject},
	{"not true", stnDeny, stnTgtSubject},
	{"untrue", stnDeny, stnTgtSubject},
	{"no truth", stnDeny, stnTgtAfter},
	{"baseless", stnDeny, stnTgtSubject},
	{"unfounded", stnDeny, stnTgtSubject},
	{"groundless", stnDeny, stnTgtSubject},
	{"fabricated", stnDeny, stnTgtSubject},
	{"fake", stnDeny, stnTgtSubject},
	{"nonsense", stnDeny, stnTgtSubject},
	{"hoax", stnDeny, stnTgtSubject},
	{"misleading", stnDeny, stnTgtSubject},
	{"poorly worded", stnDeny, stnTgtSubject},
	{"was instead", stnDeny, stnTgtSubject},
	{"is instead", stnDeny, stnTgtSubject},
	{"not the case", stnDeny, stnTgtSubject},
	{"never happened", stnDeny, stnTgtSubject},
	{"no evidence that", stnDeny, stnTgtAfter},
	{"no evidence to", stnDeny, stnTgtAfter},
	{"no decision", stnDeny, stnTgtAfter},
	{"no plans", stnDeny, stnTgtAfter},
	{"no plan", stnDeny, stnTgtAfter},
	{"no intention", stnDeny, stnTgtAfter},
	{"no change", stnDeny, stnTgtAfter},
	{"no basis", stnDeny, stnTgtAfter},
	{"no such", stnDeny, stnTgtAfter},
	{"not what 's happening", stnDeny, stnTgtSubject},
	{"not what is happening", stnDeny, stnTgtSubject},
	{"nothing to do with", stnDeny, stnTgtAfter},
	{"not aware of any", stnDeny, stnTgtAfter},
	{"not aware of", stnDeny, stnTgtAfter},
	{"is genuine", stnConfirm, stnTgtSubject},
	{"was genuine", stnConfirm, stnTgtSubject},
	{"are genuine", stnConfirm, stnTgtSubject},
	{"is authentic", stnConfirm, stnTgtSubject},
	{"was authentic", stnConfirm, stnTgtSubject},
	{"are authentic", stnConfirm, stnTgtSubject},
	{"unclear whether", stnQuestion, stnTgtAfter},
	{"unclear if", stnQuestion, stnTgtAfter},
	{"not clear whether", stnQuestion, stnTgtAfter},
	{"skeptical", stnQuestion, stnTgtSubject},
	{"sceptical", stnQuestion, stnTgtSubject},
	{"cast doubt on", stnQuestion, stnTgtAfter},
	{"casts doubt on", stnQuestion, stnTgtAfter},
	{"doubtful", stnQuestion, stnTgtSubject},
	{"questionable", stnQuestion, stnTgtSubject},
}

// stnPhraseTable indexes the phrases by their first word (a segment.Lexicon:
// it is read once per word token).
var stnPhraseTable = segment.LexiconOf(func() map[string][]stnPhrase {
	m := make(map[string][]stnPhrase)
	for _, e := range stnPhraseList {
		w := strings.Fields(e.p)
		m[w[0]] = append(m[w[0]], stnPhrase{words: w, stance: e.stance, target: e.target})
	}
	return m
}())

// stnEq compares token k with a phrase word, treating ’s as 's.
func (s *attrScan) stnEq(k int, w string) bool {
	if k >= len(s.toks) {
		return false
	}
	x := s.w(k)
	if x == w {
		return true
	}
	return w == "'s" && x == "’s"
}

// stance sets st.Stance, Target and TargetSpan.
func (s *attrScan) stance(r *attrRaw, st *Statement) {
	st.Stance = Asserts
	stance := 0
	var target document.Span
	switch r.cls {
	case cueDeny:
		stance = stnDeny
	case cueConfirm:
		stance = stnConfirm
		if s.acknowledgesFact(r) {
			stance = 0 // "the ministry acknowledged that 45 soldiers died": its own assertion
		}
	case cueQuestion:
		stance = stnQuestion
	}
	if (stance == stnDeny || stance == stnConfirm) && s.cueNegated(r.cue) {
		// "could not confirm", "declined to confirm", "did not deny",
		// "never denied": the speaker takes no side on the claim.
		return
	}
	if stance != 0 && r.obj[1] > r.obj[0] {
		target = s.span(r.obj[0], r.obj[1])
	}
	if stance == 0 || target.IsZero() {
		ps, pt := s.stancePhrase(r.content)
		if stance == 0 {
			stance = ps
			if r.cls == cueDescribe && r.obj[1] > r.obj[0] && ps != 0 {
				target = s.span(r.obj[0], r.obj[1])
			} else {
				target = pt
			}
		} else if ps == stance {
			target = pt
		}
	}
	if stance != 0 && target.IsZero() && (r.cls == cueDeny || r.cls == cueConfirm) {
		target = r.content
	}
	switch stance {
	case stnDeny:
		st.Stance = Denies
	case stnConfirm:
		st.Stance = Confirms
	case stnQuestion:
		st.Stance = Questions
	default:
		return
	}
	if !target.IsZero() {
		st.TargetSpan = target
		st.Target = document.Str(target.Of(s.text))
	}
}

// cueNegated reports a negation or a refusal inside the cue's tokens:
// "not", "never", "n't", "cannot", or a cue opened by "declined",
// "refused", "unable" or "failed" ("declined to confirm").
func (s *attrScan) cueNegated(cue [2]int) bool {
	for k := cue[0]; k < cue[1] && k < len(s.toks); k++ {
		if s.toks[k].Kind != segment.Word {
			continue
		}
		switch w := s.w(k); w {
		case "not", "never", "cannot", "neither", "nor", "declined", "declines", "decline", "refused", "refuses",
			"refuse", "unable", "failed", "fails":
			return true
		default:
			if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
				return true
			}
		}
	}
	return false
}

// stancePhrase finds the first stance phrase inside content and its target.
func (s *attrScan) stancePhrase(content document.Span) (int, document.Span) {
	if content.IsZero() {
		return 0, document.Span{}
	}
	i, j := s.a.TokenRange(content)
	for k := i; k < j; k++ {
		if s.toks[k].Kind != segment.Word {
			continue
		}
		cands, ok := stnPhraseTable.Get(s.w(k))
		if !ok {
			continue
		}
		for _, p := range cands {
			n := len(p.words)
			if k+n > j {
				continue
			}
			match := true
			for x := 1; x < n; x++ {
				if !s.stnEq(k+x, p.words[x]) {
					match = false
					break
				}
			}
			if !match || s.stnBlocked(p, i, k, n, j) {
				continue
			}
			var t document.Span
			switch p.target {
			case stnTgtAfter:
				if p.words[0] == "no" {
					t = s.stanceAfter(k+1, j) // "no decision …": the decision
				} else {
					t = s.stanceAfter(k+n, j)
				}
			case stnTgtSubject:
				t = s.stanceSubject(i, k)
			}
			return p.stance, t
		}
	}
	return 0, document.Span{}
}

// stanceAfter is the noun phrase or clause after a phrase, up to a clause
// boundary. For "no decision whatsoever to leave Iraq" called at
// "decision" it covers "decision whatsoever to leave Iraq".
func (s *attrScan) stanceAfter(k, j int) document.Span {
	// "no decision" keeps the noun: start at the noun itself
	e := k
	for e < j && e-k < 14 {
		if s.toks[e].Kind == segment.Punct || s.toks[e].Kind == segment.Quote {
			break
		}
		switch s.w(e) {
		case "and", "but", "because", "while", "although", "though", "period", "after", "before", "when", "since",
			"until", "unless", "if", "despite", "amid":
			if e > k {
				goto done
			}
		}
		e++
	}
done:
	for e > k && s.isWord(e-1) && (attrDet(s.w(e-1)) || attrNPPrep(s.w(e-1))) {
		e--
	}
	return s.span(k, e)
}

// stanceSubject is the subject of the copula before token k in [i, k).
func (s *attrScan) stanceSubject(i, k int) document.Span {
	c := k - 1
	if s.isWord(k) && attrBe(s.w(k)) {
		c = k // the phrase starts with its copula: "was instead"
	}
	for c >= i && !(s.isWord(c) && (attrBe(s.w(c)) || s.w(c) == "'s" || s.w(c) == "’s")) {
		if s.toks[c].Kind == segment.Punct {
			return document.Span{}
		}
		c--
	}
	if c <= i {
		return document.Span{}
	}
	// skip an auxiliary before the copula: "has been"
	for c > i && s.isWord(c-1) && (attrAux(s.w(c-1)) || attrBe(s.w(c-1))) {
		c--
	}
	b := c - 1
	for b >= i && s.toks[b].Kind != segment.Punct {
		b--
	}
	b++
	if b >= c {
		return document.Span{}
	}
	// a pronoun subject says nothing about what is denied
	if c-b == 1 && (attrPronoun(s.w(b)) != 0 || s.w(b) == "that" || s.w(b) == "this") {
		return document.Span{}
	}
	return s.span(b, c)
}

// stnBlocked reports a stance phrase that does not reject a claim where it
// stands: "never happened" in a wish or a comparison ("make sure it never
// happened again", "as if the war never happened", "would rather it had
// never happened").
func (s *attrScan) stnBlocked(p stnPhrase, i, k, n, j int) bool {
	if p.words[0] != "never" {
		return false
	}
	if k+n < j && s.stnEq(k+n, "again") {
		return true
	}
	for b := k - 1; b >= i && b >= k-12; b-- {
		if s.toks[b].Kind == segment.Punct {
			break
		}
		switch s.w(b) {
		case "if", "sure", "ensure", "rather", "wish", "wished", "hope", "hoped", "hopes", "though":
			return true
		}
	}
	return false
}

// acknowledgesFact reports "acknowledge" with a fact for its content
// ("The ministry acknowledged that 45 soldiers had died"): the speaker
// asserts it, owning up to it, and confirms no one's claim. Acknowledging
// a report or claim ("acknowledged the report", "acknowledged reports
// that …") stays a confirmation.
func (s *attrScan) acknowledgesFact(r *attrRaw) bool {
	if r.cue[1] <= r.cue[0] || !strings.HasPrefix(s.w(r.cue[1]-1), "acknowledg") {
		return false
	}
	for k := r.cue[1]; k < r.cue[1]+4 && k < len(s.toks); k++ {
		switch s.w(k) {
		case "report", "reports", "claim", "claims", "account", "accounts", "allegation", "allegations":
			return false
		}
	}
	return true
}

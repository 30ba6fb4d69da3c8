package stance

import (
	"math"
)

// Feature layout: nDense dense features first, then 1<<hashBits hashed
// word/bigram features of the text's focus region.
const (
	hashBits = 17
	nHash    = 1 << hashBits
	idfBits  = 18
	idfScale = 16 // idf is stored as uint8(idf*idfScale)

	leadTokens  = 60 // words of a long text that count as its lead
	shortTokens = 60 // a text of at most this many words is "short" (headline, sentence)
	focusSents  = 5  // best-matching sentences of a long text used for hashed features
	nearWindow  = 4  // words between a negation/refutation and a claim term
)

// Dense feature indices.
const (
	fBias      = 0
	fCov       = 1
	fIdfCov    = 2
	fCos       = 3
	fLeadCov   = 4
	fBigramCov = 5
	fNumCov    = 6
	fClaimNum  = 7
	fCapCov    = 8
	fBestSent  = 9
	fLogLen    = 10
	fShort     = 11
	fIdfBins   = 12                        // 8 bins
	fCosBins   = fIdfBins + 8              // 8 bins
	fBestBins  = fCosBins + 8              // 8 bins
	fLexAll    = fBestBins + 8             // nLexClass+1 (last = question marks)
	fLexLead   = fLexAll + nLexClass + 1   // nLexClass+1
	fLexFocus  = fLexLead + nLexClass + 1  // nLexClass
	fNegNear   = fLexFocus + nLexClass + 1 // negation near a claim term
	fRefNear   = fNegNear + 1              // refutation near a claim term
	fClaimLex  = fRefNear + 1              // nLexClass+1
	fRefXCov   = fClaimLex + nLexClass + 1 // refutation × coverage
	fHedgeXCov = fRefXCov + 1              // hedge × coverage
	fQXCov     = fHedgeXCov + 1            // question in lead × coverage
	fNegXCov   = fQXCov + 1                // negation × coverage
	fTextCov   = fNegXCov + 1              // share of the text's content words that are claim terms
	fTextBins  = fTextCov + 1              // 8 bins
	fLexStart  = fTextBins + 8             // nLexClass: class among the first 3 words
	fNegXor    = fLexStart + nLexClass     // negation in exactly one of claim and text lead
	nDense     = fNegXor + 1
)

const dims = nDense + nHash

var binEdges = [8]float32{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8}
var cosEdges = [8]float32{0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5}

func bin(v float32, edges *[8]float32) int {
	b := 0
	for i := 1; i < len(edges); i++ {
		if v >= edges[i] {
			b = i
		}
	}
	return b
}

// Hash salts of the hashed feature families.
const (
	saltUni    = 0x756e69
	saltBi     = 0x626967
	saltOvl    = 0x6f766c // stands for any word that is also in the claim
	saltNum    = 0x6e756d
	saltLexBi  = 0x6c6578
	saltShort  = 0x73686f
	saltFirstW = 0x666972
	saltRaw    = 0x726177
	saltSkip   = 0x736b69
)

type claimTerm struct {
	h    uint64
	idf  float32
	num  bool
	cap  bool
	tf   int32
	last int32 // last sentence the term was seen in (-1 none)
}

// scratch holds every buffer feature extraction needs, reused across calls.
type scratch struct {
	buf    []byte
	ctoks  []tok
	toks   []tok
	terms  []claimTerm
	ctab   [256]int16 // claim term hash → index+1
	cbig   []uint64   // claim bigram hashes
	tkeys  []uint64   // text type table (open addressing)
	tcnt   []int32
	sscore []float32
	focus  []bool

	dense [nDense]float32
	idx   []int32
	val   []float32
	short bool
}

func (m *Model) idfOf(h uint64) float32 { return float32(m.idf[h&(1<<idfBits-1)]) / idfScale }

func (s *scratch) lookupClaim(h uint64) int32 {
	i := int(h & 255)
	for {
		v := s.ctab[i]
		if v == 0 {
			return -1
		}
		if s.terms[v-1].h == h {
			return int32(v - 1)
		}
		i = (i + 1) & 255
	}
}

func content(t *tok) bool { return t.num || t.lex&lexStop == 0 }

// extract computes the feature vector of (claim, text) into s.dense, s.idx
// and s.val. It allocates nothing once s has grown to the input sizes.
func (m *Model) extract(s *scratch, claim, text string) {
	clear(s.dense[:])
	s.idx, s.val = s.idx[:0], s.val[:0]
	d := &s.dense
	d[fBias] = 1

	// Claim terms.
	var cnq int
	s.ctoks, _, _, cnq, s.buf = tokenize(claim, s.ctoks, s.buf)
	s.terms = s.terms[:0]
	s.ctab = [256]int16{}
	s.cbig = s.cbig[:0]
	var claimNorm float32
	var prevH uint64
	hasPrev := false
	for i := range s.ctoks {
		t := &s.ctoks[i]
		for c := 0; c < nLexClass; c++ {
			if t.lex&(1<<c) != 0 {
				d[fClaimLex+c] = 1
			}
		}
		if !content(t) {
			continue
		}
		if hasPrev && len(s.cbig) < 64 {
			s.cbig = append(s.cbig, mix(prevH^t.h*31))
		}
		prevH, hasPrev = t.h, true
		if s.lookupClaim(t.h) >= 0 || len(s.terms) >= 200 {
			continue
		}
		idf := m.idfOf(t.h)
		s.terms = append(s.terms, claimTerm{h: t.h, idf: idf, num: t.num, cap: t.cap, last: -1})
		claimNorm += idf * idf
		j := int(t.h & 255)
		for s.ctab[j] != 0 {
			j = (j + 1) & 255
		}
		s.ctab[j] = int16(len(s.terms))
	}
	if cnq > 0 {
		d[fClaimLex+nLexClass] = 1
	}

	// Text.
	var nsent int32
	var qFirst bool
	var nq int
	s.toks, nsent, qFirst, nq, s.buf = tokenize(text, s.toks, s.buf)
	if cnq > 0 {
		// The claim itself asks or quotes a question: the text's question
		// marks likely repeat it.
		nq = max(0, nq-cnq)
		qFirst = qFirst && nq > 0
	}
	n := len(s.toks)
	s.short = n <= shortTokens
	if s.short {
		d[fShort] = 1
	}
	d[fLogLen] = float32(math.Log1p(float64(n))) / 8
	if cap(s.sscore) < int(nsent) {
		s.sscore = make([]float32, nsent)
		s.focus = make([]bool, nsent)
	}
	s.sscore = s.sscore[:nsent]
	s.focus = s.focus[:nsent]
	clear(s.sscore)
	clear(s.focus)

	// Type table for term frequencies.
	size := 64
	for size < 2*n {
		size <<= 1
	}
	if cap(s.tkeys) < size {
		s.tkeys = make([]uint64, size)
		s.tcnt = make([]int32, size)
	}
	s.tkeys = s.tkeys[:size]
	s.tcnt = s.tcnt[:size]
	clear(s.tcnt)
	mask := uint64(size - 1)

	var lexAll, lexLead [nLexClass]float32
	var leadIdf, nearNeg, nearRef, bigHits float32
	lastOvl, lastNeg, lastRef := -100, -100, -100
	var prevT uint64
	prevOK := false
	var prevSent int32 = -1
	var ovlTokens, contentTokens float32
	for i := range s.toks {
		t := &s.toks[i]
		lead := i < leadTokens && (t.sent < 2 || s.short)
		// Stance words the claim itself uses ("… is a hoax") say nothing
		// about the text's stance toward it.
		lex := t.lex
		if content(t) {
			t.ci = s.lookupClaim(t.h)
			if t.ci >= 0 {
				lex = 0
			}
		}
		for c := 0; c < nLexClass; c++ {
			if lex&(1<<c) != 0 {
				lexAll[c]++
				if lead {
					lexLead[c]++
				}
			}
		}
		if lex&lexNeg != 0 {
			if i-lastOvl <= nearWindow {
				nearNeg++
			}
			lastNeg = i
		}
		if lex&lexRefute != 0 {
			if i-lastOvl <= nearWindow {
				nearRef++
			}
			lastRef = i
		}
		if t.sent != prevSent {
			prevOK = false
			prevSent = t.sent
		}
		if i < 3 {
			for c := 0; c < nLexClass; c++ {
				if lex&(1<<c) != 0 {
					d[fLexStart+c] = 1
				}
			}
		}
		if !content(t) {
			continue
		}
		contentTokens++
		// type counts
		j := t.h & mask
		for s.tcnt[j] != 0 && s.tkeys[j] != t.h {
			j = (j + 1) & mask
		}
		s.tkeys[j] = t.h
		s.tcnt[j]++
		// bigram coverage
		if prevOK && len(s.cbig) > 0 {
			bh := mix(prevT ^ t.h*31)
			for k, b := range s.cbig {
				if b == bh {
					bigHits++
					s.cbig[k] = 0 // count each claim bigram once
					break
				}
			}
		}
		prevT, prevOK = t.h, true
		ci := t.ci
		if ci < 0 {
			continue
		}
		ct := &s.terms[ci]
		if ct.tf == 0 && lead {
			leadIdf += ct.idf
		}
		ct.tf++
		if ct.last != t.sent {
			ct.last = t.sent
			s.sscore[t.sent] += ct.idf
		}
		if i-lastNeg <= nearWindow {
			nearNeg++
		}
		if i-lastRef <= nearWindow {
			nearRef++
		}
		lastOvl = i
		ovlTokens++
	}
	// Text norm for the cosine.
	var textNorm float32
	for j, c := range s.tcnt {
		if c == 0 {
			continue
		}
		w := (1 + float32(math.Log(float64(c)))) * m.idfOf(s.tkeys[j])
		textNorm += w * w
	}
	var covered, idfCovered, dot, numAll, numHit, capAll, capHit float32
	for i := range s.terms {
		ct := &s.terms[i]
		if ct.num {
			numAll++
		}
		if ct.cap {
			capAll++
		}
		if ct.tf == 0 {
			continue
		}
		covered++
		idfCovered += ct.idf
		dot += ct.idf * ct.idf * (1 + float32(math.Log(float64(ct.tf))))
		if ct.num {
			numHit++
		}
		if ct.cap {
			capHit++
		}
	}
	if nt := float32(len(s.terms)); nt > 0 && claimNorm > 0 {
		var idfSum float32
		for i := range s.terms {
			idfSum += s.terms[i].idf
		}
		d[fCov] = covered / nt
		d[fIdfCov] = idfCovered / idfSum
		d[fLeadCov] = leadIdf / idfSum
		if textNorm > 0 {
			d[fCos] = dot / float32(math.Sqrt(float64(claimNorm)*float64(textNorm)))
		}
		var best float32
		for _, v := range s.sscore {
			if v > best {
				best = v
			}
		}
		d[fBestSent] = best / idfSum
		if len(s.cbig) > 0 {
			d[fBigramCov] = bigHits / float32(len(s.cbig))
		}
	}
	if numAll > 0 {
		d[fClaimNum] = 1
		d[fNumCov] = numHit / numAll
	}
	if capAll > 0 {
		d[fCapCov] = capHit / capAll
	}
	if contentTokens > 0 {
		d[fTextCov] = ovlTokens / contentTokens
	}
	d[fTextBins+bin(d[fTextCov], &binEdges)] = 1
	d[fIdfBins+bin(d[fIdfCov], &binEdges)] = 1
	d[fCosBins+bin(d[fCos], &cosEdges)] = 1
	d[fBestBins+bin(d[fBestSent], &binEdges)] = 1

	// Focus sentences: the lead plus the best-matching sentences.
	if s.short {
		for i := range s.focus {
			s.focus[i] = true
		}
	} else {
		for k := 0; k < focusSents; k++ {
			bi, bv := -1, float32(0)
			for i, v := range s.sscore {
				if !s.focus[i] && v > bv {
					bi, bv = i, v
				}
			}
			if bi < 0 {
				break
			}
			s.focus[bi] = true
		}
		if len(s.focus) > 0 {
			s.focus[0] = true
		}
	}
	var lexFocus [nLexClass]float32
	for c := 0; c < nLexClass; c++ {
		d[fLexAll+c] = float32(math.Log1p(float64(lexAll[c]))) / 2
		d[fLexLead+c] = min(lexLead[c], 3) / 3
	}
	d[fLexAll+nLexClass] = float32(math.Log1p(float64(nq))) / 2
	if qFirst {
		d[fLexLead+nLexClass] = 1
	}
	d[fNegNear] = float32(math.Log1p(float64(nearNeg))) / 2
	d[fRefNear] = float32(math.Log1p(float64(nearRef))) / 2

	// Hashed features over the focus region; words shared with the claim are
	// replaced by one symbol so the weights learn how a text talks about a
	// claim, not what the claim is about.
	nh := 0
	firstOvl := len(s.toks)
	for i := range s.toks {
		if s.toks[i].ci >= 0 {
			firstOvl = i
			break
		}
	}
	prevSent = -1
	var prev, prev2 uint64
	first := true
	for i := range s.toks {
		t := &s.toks[i]
		if !s.focus[t.sent] || t.pun && (!s.short || cnq > 0 && t.h == hQuestion) {
			continue
		}
		for c := 0; c < nLexClass && t.ci < 0; c++ {
			if t.lex&(1<<c) != 0 {
				lexFocus[c]++
			}
		}
		w := t.h
		switch {
		case t.ci >= 0:
			w = saltOvl
		case t.num:
			w = saltNum
		}
		if t.sent != prevSent {
			prev, prev2 = 0x3c733e, 0x3c733e // sentence start
			prevSent = t.sent
		}
		if first {
			s.addHash(mix(saltFirstW ^ w))
			first = false
			nh++
		}
		s.addHash(mix(saltUni ^ w))
		s.addHash(mix(saltBi ^ prev*0x9e3779b97f4a7c15 ^ w))
		nh += 2
		if s.short {
			s.addHash(mix(saltSkip ^ prev2*0x9e3779b97f4a7c15 ^ w))
			nh++
		}
		if lx := t.lex &^ lexStop; lx != 0 && t.ci < 0 && s.short {
			pos := uint64(0)
			if i > firstOvl {
				pos = 1
			}
			s.addHash(mix(saltLexBi ^ uint64(lx)<<8 ^ pos))
			nh++
		}
		if w != t.h && t.ci >= 0 {
			s.addHash(mix(saltRaw ^ t.h))
			nh++
		}
		prev2, prev = prev, w
	}
	if nh > 0 {
		// Hashed features are L2-normalized, then scaled up (a larger
		// effective learning rate for them; tuned on dev).
		g := 4.0
		if s.short {
			g = 2
		}
		scale := float32(g / math.Sqrt(float64(nh)))
		for i := range s.val {
			s.val[i] = scale
		}
	}
	for c := 0; c < nLexClass; c++ {
		d[fLexFocus+c] = float32(math.Log1p(float64(lexFocus[c]))) / 2
	}
	cov := d[fIdfCov]
	d[fRefXCov] = d[fLexFocus] * cov
	d[fHedgeXCov] = d[fLexFocus+1] * cov
	d[fQXCov] = d[fLexLead+nLexClass] * cov
	d[fNegXCov] = d[fNegNear] * cov
	if (d[fClaimLex+4] > 0) != (lexLead[4] > 0) {
		d[fNegXor] = 1
	}
}

func (s *scratch) addHash(h uint64) {
	s.idx = append(s.idx, int32(nDense+h&(nHash-1)))
	s.val = append(s.val, 1)
}

// Package annotate runs the annotation layers over a document: tokens,
// sentences, entities, time expressions and quantities, each a list of
// standoff spans over the document's text.
package annotate

import (
	"slices"

	"github.com/claimtrack/claimtrack/internal/annotate/entity"
	"github.com/claimtrack/claimtrack/internal/annotate/quantity"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/annotate/timex"
	"github.com/claimtrack/claimtrack/internal/document"
)

// Annotation holds every layer for one document. Slices are in text order.
type Annotation struct {
	Doc       *document.Document
	Tokens    []segment.Token
	Sentences []document.Span
	// Zones marks headline, dateline, captions and boilerplate: facts are
	// not taken from captions and boilerplate.
	Zones      []segment.Zone
	Entities   []entity.Entity
	Times      []timex.Expr
	Quantities []quantity.Quantity
	// startAt[b] is the index of the first token starting at or after
	// byte 4b (startIndex): TokenRange and TokenAt, asked for nearly every
	// span extraction looks at, start from it instead of a binary search.
	// Empty for an Annotation built by hand; then they search.
	startAt []int32
}

// Annotate runs all layers over doc. The reference date for time
// expressions is the publication date.
func Annotate(doc *document.Document) *Annotation { return AnnotateReusing(doc, nil) }

// AnnotateReusing is Annotate writing tokens, entities, times and
// quantities into the memory of reuse's slices (when reuse is not nil), for
// a loop over many documents: the caller promises that nothing holds on to
// those slices any more. Sentences and zones are always new.
func AnnotateReusing(doc *document.Document, reuse *Annotation) *Annotation {
	text := doc.Text
	a := &Annotation{Doc: doc}
	var toks []segment.Token
	var ents []entity.Entity
	var times []timex.Expr
	var qs []quantity.Quantity
	var starts []int32
	if reuse != nil {
		toks, ents, times, qs = reuse.Tokens[:0], reuse.Entities[:0], reuse.Times[:0], reuse.Quantities[:0]
		starts = reuse.startAt[:0]
	}
	if n := len(text)/4 + 16; cap(toks) < n {
		// News text has about one token per 4.3 bytes: a capacity that
		// seldom has to grow (growing copied a third of the tokens again).
		toks = make([]segment.Token, 0, n)
	}
	a.Tokens = segment.Tokenize(text, toks)
	a.startAt = startIndex(len(text), a.Tokens, starts)
	a.Sentences = segment.Sentences(text, a.Tokens, nil)
	a.Zones = segment.Zones(text, a.Tokens, a.Sentences)
	a.Entities = entity.Find(text, a.Tokens, a.Sentences, ents)
	a.Times = timex.Find(text, a.Tokens, doc.Published, times)
	a.Quantities = quantity.Find(text, a.Tokens, qs)
	return a
}

// Spare returns the layers of a whose memory AnnotateReusing may reuse for
// the next document, once nothing holds on to a's slices any more.
func (a *Annotation) Spare() *Annotation {
	return &Annotation{Tokens: a.Tokens, Entities: a.Entities, Times: a.Times, Quantities: a.Quantities, startAt: a.startAt}
}

// startIndex appends to dst, for every 4 bytes of a text of length n, the
// index of the first token starting at or after them: one int32 per 4
// bytes, about one per token, so a lookup lands at most 3 tokens short.
func startIndex(n int, toks []segment.Token, dst []int32) []int32 {
	if len(toks) >= 1<<31-1 {
		return nil // not indexable in int32: TokenRange searches
	}
	m := n>>2 + 1 // blocks 0 … n/4: every offset 0 … n has one
	dst = slices.Grow(dst[:0], m)[:m]
	b := 0
	for k, t := range toks {
		for ; b < m && b<<2 <= t.Start; b++ {
			dst[b] = int32(k) // token k is the first starting at or after 4b
		}
	}
	for ; b < m; b++ {
		dst[b] = int32(len(toks))
	}
	return dst
}

// firstStarting returns the index of the first token starting at or after
// byte pos.
func (a *Annotation) firstStarting(pos int) int {
	toks := a.Tokens
	if b := pos >> 2; pos >= 0 && b < len(a.startAt) {
		k := int(a.startAt[b])
		for k < len(toks) && toks[k].Start < pos {
			k++
		}
		return k
	}
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].Start >= pos {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// SkipFacts reports whether span lies in a caption or boilerplate zone.
func (a *Annotation) SkipFacts(span document.Span) bool { return segment.SkipFacts(a.Zones, span) }

// SentenceAt returns the index of the sentence containing byte pos, or -1.
func (a *Annotation) SentenceAt(pos int) int {
	ss := a.Sentences
	lo, hi := 0, len(ss) // first sentence ending after pos
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ss[m].End > pos {
			hi = m
		} else {
			lo = m + 1
		}
	}
	if lo < len(ss) && ss[lo].Start <= pos {
		return lo
	}
	return -1
}

// TokenRange returns the indexes [i, j) of the tokens inside span.
//
// Extraction asks this for nearly every span it looks at, so it is a
// look-up in startAt for i and, spans being short, a forward walk for j (tokens
// do not overlap, so their ends rise with their starts: the first token
// ending after span.End is never before i unless the span ends inside the
// token before i, where j = i either way).
func (a *Annotation) TokenRange(span document.Span) (int, int) {
	toks := a.Tokens
	lo := a.firstStarting(span.Start)
	hi := len(toks)
	i, j := lo, lo
	for lim := min(len(toks), i+16); j < lim && toks[j].End <= span.End; j++ {
	}
	if j == i+16 {
		hi = len(toks) // a long span: search the rest
		for lo = j; lo < hi; {
			m := int(uint(lo+hi) >> 1)
			if toks[m].End > span.End {
				hi = m
			} else {
				lo = m + 1
			}
		}
		j = lo
	}
	return i, j
}

// TokenAt returns the index of the token starting at or containing pos, or -1.
func (a *Annotation) TokenAt(pos int) int {
	toks := a.Tokens
	// The first token ending after pos: the one before the first starting
	// at or after pos when it reaches past pos, else that one.
	lo := a.firstStarting(pos)
	if lo > 0 && toks[lo-1].End > pos {
		lo--
	}
	if lo < len(toks) && toks[lo].Start <= pos {
		return lo
	}
	return -1
}

// Package annotate runs the annotation layers over a document: tokens,
// sentences, entities, time expressions and quantities, each a list of
// standoff spans over the document's text.
package annotate

import (
	"sort"

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
	if reuse != nil {
		toks, ents, times, qs = reuse.Tokens[:0], reuse.Entities[:0], reuse.Times[:0], reuse.Quantities[:0]
	}
	if n := len(text)/4 + 16; cap(toks) < n {
		// News text has about one token per 4.3 bytes: a capacity that
		// seldom has to grow (growing copied a third of the tokens again).
		toks = make([]segment.Token, 0, n)
	}
	a.Tokens = segment.Tokenize(text, toks)
	a.Sentences = segment.Sentences(text, a.Tokens, nil)
	a.Zones = segment.Zones(text, a.Tokens, a.Sentences)
	a.Entities = entity.Find(text, a.Tokens, a.Sentences, ents)
	a.Times = timex.Find(text, a.Tokens, doc.Published, times)
	a.Quantities = quantity.Find(text, a.Tokens, qs)
	return a
}

// SkipFacts reports whether span lies in a caption or boilerplate zone.
func (a *Annotation) SkipFacts(span document.Span) bool { return segment.SkipFacts(a.Zones, span) }

// SentenceAt returns the index of the sentence containing byte pos, or -1.
func (a *Annotation) SentenceAt(pos int) int {
	i := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > pos })
	if i < len(a.Sentences) && a.Sentences[i].Start <= pos {
		return i
	}
	return -1
}

// TokenRange returns the indexes [i, j) of the tokens inside span.
func (a *Annotation) TokenRange(span document.Span) (int, int) {
	i := sort.Search(len(a.Tokens), func(i int) bool { return a.Tokens[i].Start >= span.Start })
	j := sort.Search(len(a.Tokens), func(j int) bool { return a.Tokens[j].End > span.End })
	if j < i {
		j = i
	}
	return i, j
}

// TokenAt returns the index of the token starting at or containing pos, or -1.
func (a *Annotation) TokenAt(pos int) int {
	i := sort.Search(len(a.Tokens), func(i int) bool { return a.Tokens[i].End > pos })
	if i < len(a.Tokens) && a.Tokens[i].Start <= pos {
		return i
	}
	return -1
}

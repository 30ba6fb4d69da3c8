package extract

import (
	"context"

	"github.com/claimtrack/claimtrack/internal/annotate"
	"github.com/claimtrack/claimtrack/internal/document"
)

// Extract annotates doc and extracts its facts.
func Extract(doc *document.Document) *Result {
	a := annotate.Annotate(doc)
	return FromAnnotation(a)
}

// Extractor extracts from one article after another, reusing the memory
// of the annotation layers from one article to the next: for loops over
// many articles. A Result does not share memory with it. Not safe for
// concurrent use; the zero value is ready.
type Extractor struct {
	spare *annotate.Annotation // layers of the previous article, to reuse
}

// Extract annotates doc and extracts its facts, as Extract does.
func (x *Extractor) Extract(doc *document.Document) *Result {
	a := annotate.AnnotateReusing(doc, x.spare)
	r := FromAnnotation(a)
	x.spare = a.Spare()
	return r
}

// ExtractContext is Extract that stops between stages once ctx is done (a
// client gone, a shutdown), returning ctx's error.
func ExtractContext(ctx context.Context, doc *document.Document) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return fromAnnotation(ctx, annotate.Annotate(doc))
}

// FromAnnotation extracts facts from an annotated document.
func FromAnnotation(a *annotate.Annotation) *Result {
	r, _ := fromAnnotation(context.Background(), a)
	return r
}

func fromAnnotation(ctx context.Context, a *annotate.Annotation) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	text := a.Doc.Text
	r := &Result{Doc: a.Doc, Sentences: a.Sentences}
	if r.Sentences == nil {
		r.Sentences = []document.Span{}
	}
	r.Entities = make([]Entity, 0, len(a.Entities))
	for _, e := range a.Entities {
		r.Entities = append(r.Entities, Entity{Text: e.Span.Of(text), Type: string(e.Type), Span: e.Span,
			Norm: document.Str(e.Norm), Country: document.Str(e.Country), Title: document.Str(e.Title), Role: document.Str(e.Role)})
	}
	r.Times = make([]Time, 0, len(a.Times))
	for _, t := range a.Times {
		r.Times = append(r.Times, Time{Text: t.Span.Of(text), Type: t.Type, Value: document.Str(t.Value), Mod: document.Str(t.Mod), Span: t.Span})
	}
	r.Quantities = make([]Quantity, 0, len(a.Quantities))
	for _, q := range a.Quantities {
		out := Quantity{Text: q.Span.Of(text), Value: finite(q.Value), Approx: document.Str(q.Approx), Unit: document.Str(q.Unit), Span: q.Span}
		if q.Range {
			out.Low, out.High = finite(q.Low), finite(q.High)
		}
		r.Quantities = append(r.Quantities, out)
	}
	r.Statements = Statements(a)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.Figures = Figures(a, r.Statements)
	return r, nil
}

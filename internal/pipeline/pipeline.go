// Package pipeline is the one path from a document to stored facts:
// extract, then save in batches. The command line (`ingest`), the server
// (POST /api/v1/articles, the upload form) and the queue workers all run it,
// so all three get the same per-article size limit, the same context
// cancellation (checked between articles and between extraction stages) and
// the same panic safety (a panicking article is an error for that article,
// not the end of the run).
package pipeline

import (
	"context"
	"fmt"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// DefaultBatch is the number of articles committed in one transaction when
// Pipeline.Batch is not set.
const DefaultBatch = 64

// Saver is the part of store.Store the pipeline writes through; keeping the
// one call here means a change of the store's write interface touches one
// call site.
type Saver interface {
	SaveBatch(ctx context.Context, results []*extract.Result) ([]store.Saved, error)
}

// Item is one input: a document, or the error that stopped reading it.
type Item struct {
	Name string
	Doc  *document.Document
	Err  error
}

// Outcome is what became of one item. Index is the item's position in the
// order Run received it (from 0).
type Outcome struct {
	Index  int
	Name   string
	Result *extract.Result // nil when Err is set
	Saved  store.Saved     // valid when Err is nil
	Err    error
}

// SaveError is returned by Run when a batch could not be committed; the
// batch's items (by Index) are not stored, those reported before are.
type SaveError struct {
	Indexes []int
	Err     error
}

func (e *SaveError) Error() string {
	return fmt.Sprintf("saving %d articles: %v", len(e.Indexes), e.Err)
}

func (e *SaveError) Unwrap() error { return e.Err }

// Pipeline extracts documents and stores their facts.
type Pipeline struct {
	Store Saver
	// Batch is the number of articles per transaction (DefaultBatch when 0).
	Batch int
	// MaxBytes is the per-article size limit (document.MaxBytes when 0).
	MaxBytes int
	// Extract replaces extract.ExtractContext (tests use a cheap one).
	Extract func(context.Context, *document.Document) (*extract.Result, error)
	// Observe, when set, is told how long each successful extraction took.
	Observe func(time.Duration, *extract.Result)
}

// ExtractOne runs extraction on one document: it refuses a document over the
// size limit or when ctx is done, and turns a panic into an error for that
// document so that one bad article cannot stop the rest.
func (p *Pipeline) ExtractOne(ctx context.Context, doc *document.Document) (res *extract.Result, err error) {
	limit := p.MaxBytes
	if limit <= 0 {
		limit = document.MaxBytes
	}
	if len(doc.Text) > limit {
		return nil, fmt.Errorf("%d bytes of text, limit %d: %w", len(doc.Text), limit, document.ErrTooLarge)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("extract: internal error: %v", r)
		}
	}()
	ext := p.Extract
	if ext == nil {
		ext = extract.ExtractContext
	}
	t0 := time.Now()
	res, err = ext(ctx, doc)
	if err == nil && p.Observe != nil {
		p.Observe(time.Since(t0), res)
	}
	return res, err
}

// Run extracts the items received from in, in one goroutine, while this one
// saves them in batches; report is called, in order, with the outcomes of
// each committed batch, failed items included (an input error, a refused or
// panicking article). Run returns when in is closed and everything is
// saved, when a batch cannot be saved (a *SaveError), or when ctx is done:
// then the extraction in progress stops at its next stage, the batch in hand
// is still committed (it is small and every article in it is whole), and Run
// returns ctx's error. The caller closes in to end it; a sender that may
// outlive Run (Run returns early on a save error) must also select on a
// context it cancels when Run returns.
func (p *Pipeline) Run(ctx context.Context, in <-chan Item, report func([]Outcome)) error {
	batch := p.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}
	xctx, stop := context.WithCancel(ctx)
	defer stop()
	ch := make(chan Outcome, batch)
	go func() {
		defer close(ch)
		for i := 0; ; i++ {
			var it Item
			var ok bool
			select {
			case it, ok = <-in:
			case <-xctx.Done():
			}
			if !ok || xctx.Err() != nil {
				return
			}
			o := Outcome{Index: i, Name: it.Name, Err: it.Err}
			if o.Err == nil {
				o.Result, o.Err = p.ExtractOne(xctx, it.Doc)
				if o.Err != nil && it.Name != "" && xctx.Err() == nil {
					o.Err = fmt.Errorf("%s: %w", it.Name, o.Err)
				}
			}
			if xctx.Err() != nil {
				return // the article cut short is not reported
			}
			select {
			case ch <- o:
			case <-xctx.Done():
				return
			}
		}
	}()

	var pending []Outcome
	var results []*extract.Result
	flush := func(c context.Context) error {
		if len(pending) == 0 {
			return nil
		}
		if len(results) > 0 {
			saved, err := p.save(c, results)
			if err != nil {
				e := &SaveError{Err: err}
				for _, o := range pending {
					if o.Err == nil {
						e.Indexes = append(e.Indexes, o.Index)
					}
				}
				return e
			}
			k := 0
			for i := range pending {
				if pending[i].Err == nil {
					pending[i].Saved = saved[k]
					k++
				}
			}
		}
		report(pending)
		pending, results = pending[:0:0], results[:0:0]
		return nil
	}
	var err error
	for o := range ch {
		pending = append(pending, o)
		if o.Err == nil {
			results = append(results, o.Result)
		}
		if len(results) >= batch {
			if err = flush(ctx); err != nil {
				break
			}
		}
	}
	if err == nil {
		// Commit what was extracted before a cancellation too.
		err = flush(context.WithoutCancel(ctx))
	}
	stop()
	for range ch { // let the extractor finish its drain
	}
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// save is the pipeline's one write to the store.
func (p *Pipeline) save(ctx context.Context, results []*extract.Result) ([]store.Saved, error) {
	saved, err := p.Store.SaveBatch(ctx, results)
	if err != nil {
		return nil, err
	}
	if len(saved) != len(results) {
		return nil, fmt.Errorf("store saved %d of %d articles", len(saved), len(results))
	}
	return saved, nil
}

// Collect runs the pipeline over items already in memory (one request's
// articles, one fetched batch of messages) and returns every outcome in
// input order. On a save error it returns the outcomes reported before it.
func (p *Pipeline) Collect(ctx context.Context, items []Item) ([]Outcome, error) {
	in := make(chan Item, len(items))
	for _, it := range items {
		in <- it
	}
	close(in)
	out := make([]Outcome, 0, len(items))
	err := p.Run(ctx, in, func(b []Outcome) { out = append(out, b...) })
	return out, err
}

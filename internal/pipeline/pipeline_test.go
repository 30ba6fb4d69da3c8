package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// fakeStore records the batches it is asked to save.
type fakeStore struct {
	batches [][]string // texts per batch
	fail    error
}

func (f *fakeStore) SaveBatch(ctx context.Context, rs []*extract.Result) ([]store.Saved, error) {
	if f.fail != nil {
		return nil, f.fail
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var b []string
	out := make([]store.Saved, len(rs))
	for i, r := range rs {
		b = append(b, r.Doc.Text)
		out[i] = store.Saved{ID: store.ArticleID(len(f.batches)*100 + i + 1), Created: true, Version: 1}
	}
	f.batches = append(f.batches, b)
	return out, nil
}

func items(texts ...string) []Item {
	var out []Item
	for i, t := range texts {
		out = append(out, Item{Name: fmt.Sprintf("in%d", i), Doc: document.New(t)})
	}
	return out
}

// cheap extraction that panics on a text saying so.
func cheap(ctx context.Context, d *document.Document) (*extract.Result, error) {
	if strings.Contains(d.Text, "PANIC") {
		panic("boom")
	}
	return &extract.Result{Doc: d}, nil
}

func TestCollect(t *testing.T) {
	big := strings.Repeat("x", 101)
	in := items("one", "PANIC here", "two", big, "three")
	in = append(in, Item{Name: "unreadable", Err: errors.New("unreadable: bad input")})
	in = append(in, items("four")...)
	st := &fakeStore{}
	p := &Pipeline{Store: st, Batch: 2, MaxBytes: 100, Extract: cheap}
	out, err := p.Collect(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != len(in) {
		t.Fatalf("%d outcomes for %d items", len(out), len(in))
	}
	wantErr := []string{"", "in1: extract: internal error: boom", "", "in3: 101 bytes of text, limit 100: article exceeds the size limit", "", "unreadable: bad input", ""}
	for i, o := range out {
		if o.Index != i {
			t.Errorf("outcome %d has index %d", i, o.Index)
		}
		got := ""
		if o.Err != nil {
			got = o.Err.Error()
		}
		if got != wantErr[i] {
			t.Errorf("item %d: err %q, want %q", i, got, wantErr[i])
		}
		if o.Err == nil && (o.Saved.ID == 0 || o.Result == nil) {
			t.Errorf("item %d: not saved: %+v", i, o)
		}
	}
	if !errors.Is(out[3].Err, document.ErrTooLarge) {
		t.Errorf("size error does not wrap ErrTooLarge: %v", out[3].Err)
	}
	want := "[[one two] [three four]]"
	if got := fmt.Sprint(st.batches); got != want {
		t.Errorf("batches %s, want %s", got, want)
	}
}

func TestSaveError(t *testing.T) {
	st := &fakeStore{fail: errors.New("disk full")}
	p := &Pipeline{Store: st, Batch: 2, Extract: cheap}
	out, err := p.Collect(context.Background(), items("a", "b", "c"))
	var se *SaveError
	if !errors.As(err, &se) || fmt.Sprint(se.Indexes) != "[0 1]" || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err = %v, want a SaveError for items 0 and 1", err)
	}
	if len(out) != 0 {
		t.Errorf("outcomes reported for an unsaved batch: %+v", out)
	}
}

// A cancelled context stops extraction; what was extracted is committed.
func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st := &fakeStore{}
	n := 0
	p := &Pipeline{Store: st, Batch: 10, Extract: func(c context.Context, d *document.Document) (*extract.Result, error) {
		n++
		if n == 3 {
			cancel()
			return nil, c.Err()
		}
		return &extract.Result{Doc: d}, nil
	}}
	in := make(chan Item) // unbuffered, never closed: Run must still return
	go func() {
		for _, it := range items("a", "b", "c", "d", "e") {
			select {
			case in <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	var got []Outcome
	err := p.Run(ctx, in, func(b []Outcome) { got = append(got, b...) })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if len(got) != 2 || fmt.Sprint(st.batches) != "[[a b]]" {
		t.Errorf("got %d outcomes, batches %v; want a and b committed", len(got), st.batches)
	}
	if n != 3 {
		t.Errorf("%d extractions after cancel, want 3", n)
	}
}

// The real extractor honours a context that is already done.
func TestExtractOneCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	p := &Pipeline{}
	if _, err := p.ExtractOne(ctx, document.New("The ministry said 12 people died.")); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	res, err := p.ExtractOne(context.Background(), document.New("The ministry said 12 people died on Monday."))
	if err != nil || len(res.Sentences) != 1 {
		t.Fatalf("res %+v, err %v", res, err)
	}
}

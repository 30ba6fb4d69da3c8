package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// testSubjectCounters: the subject statistics a store keeps as counters,
// added to by each new article, equal a recount from the figures (Relink)
// after every kind of save: new articles in one batch and alone, a
// near-duplicate copy in another outlet (same dup group: no new
// independent report), a new version at a URL (its subjects recounted),
// the same text with corrected metadata, and a text saved again unchanged
// beside new ones.
func testSubjectCounters(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	rl, ok := s.(Relinker)
	if !ok {
		t.Fatalf("%T has no Relink", s)
	}
	withDoc := func(r *extract.Result, f func(d *document.Document)) *extract.Result {
		c := *r
		d := *r.Doc
		f(&d)
		c.Doc = &d
		return &c
	}
	base := make([]*extract.Result, 12)
	for i := range base {
		base[i] = withDoc(store.Synthetic(7, i%6), func(d *document.Document) { // every subject several times
			d.ID = fmt.Sprintf("a%d", i)
			d.URL = document.Str(fmt.Sprintf("https://example.org/%d", i))
		})
	}
	steps := []struct {
		name  string
		batch []*extract.Result
	}{
		{"new articles", base[:8]},
		{"one alone", base[8:9]},
		{"and another", base[9:10]},
		{"a copy of a story in another outlet", []*extract.Result{withDoc(base[0], func(d *document.Document) {
			d.ID, d.URL, d.Source = "copy0", "https://other.example/0", "Other Post"
		})}},
		{"a new version at a URL", []*extract.Result{withDoc(store.Synthetic(7, 40), func(d *document.Document) {
			d.ID, d.URL = "v2", "https://example.org/3"
		})}},
		{"a new version and new articles in one batch", []*extract.Result{base[10], withDoc(store.Synthetic(7, 41), func(d *document.Document) {
			d.ID, d.URL = "v3", "https://example.org/3"
		}), base[11]}},
		{"corrected metadata", []*extract.Result{withDoc(base[4], func(d *document.Document) {
			d.Published = document.NewDate(d.Published.Time().AddDate(0, 0, 9))
		})}},
		{"unchanged again, with a new one", []*extract.Result{base[5], withDoc(store.Synthetic(7, 2), func(d *document.Document) {
			d.ID, d.URL = "a2-again", "https://example.org/again"
		})}},
	}
	for _, st := range steps {
		if _, err := s.SaveBatch(ctx, st.batch); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		incremental, err := s.Subjects(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(incremental) == 0 {
			t.Fatalf("%s: no subjects", st.name)
		}
		if _, err := rl.Relink(ctx); err != nil {
			t.Fatal(err)
		}
		recount, err := s.Subjects(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if a, b := fmt.Sprintf("%+v", incremental), fmt.Sprintf("%+v", recount); a != b {
			t.Errorf("%s: counters differ from a recount:\ncounters %s\nrecount  %s", st.name, a, b)
		}
	}
}

package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// TestSubjectCountersMatchRecount: the subject statistics that new
// articles keep as counters equal a recount from the figures (Relink), after
// every kind of save: new articles, a near-duplicate copy (same group), a
// new version at a URL, the same text with corrected metadata, and a text
// saved again unchanged.
func TestSubjectCountersMatchRecount(t *testing.T) {
	ctx := context.Background()
	withDoc := func(r *extract.Result, f func(d *document.Document)) *extract.Result {
		c := *r
		d := *r.Doc
		f(&d)
		c.Doc = &d
		return &c
	}
	base := make([]*extract.Result, 12)
	for i := range base {
		base[i] = store.Synthetic(7, i%6) // every subject several times
		base[i] = withDoc(base[i], func(d *document.Document) {
			d.ID = fmt.Sprintf("a%d", i)
			d.URL = document.Str(fmt.Sprintf("https://example.org/%d", i))
		})
	}
	steps := []struct {
		name  string
		batch []*extract.Result
	}{
		{"new articles", base[:8]},
		{"more, two batches of one", base[8:9]},
		{"and one", base[9:10]},
		{"a copy of a story in another outlet", []*extract.Result{withDoc(base[0], func(d *document.Document) {
			d.ID, d.URL, d.Source = "copy0", "https://other.example/0", "Other Post"
		})}},
		{"a new version at a URL", []*extract.Result{withDoc(store.Synthetic(7, 40), func(d *document.Document) {
			d.ID, d.URL = "v2", "https://example.org/3"
		})}},
		{"corrected metadata", []*extract.Result{withDoc(base[4], func(d *document.Document) {
			d.Published = document.NewDate(d.Published.Time().AddDate(0, 0, 9))
		})}},
		{"unchanged again, with new ones", append([]*extract.Result{base[5]}, base[10:]...)},
	}
	db, err := Open(ctx, filepath.Join(t.TempDir(), "c.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, st := range steps {
		if _, err := db.SaveBatch(ctx, st.batch); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		incremental, err := db.Subjects(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(incremental) == 0 {
			t.Fatalf("%s: no subjects", st.name)
		}
		if _, err := db.Relink(ctx); err != nil {
			t.Fatal(err)
		}
		recount, err := db.Subjects(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if a, b := fmt.Sprintf("%+v", incremental), fmt.Sprintf("%+v", recount); a != b {
			t.Errorf("%s: counters differ from a recount:\ncounters %s\nrecount  %s", st.name, a, b)
		}
	}
}

// TestFigureCacheMatchesDatabase: pairs derived from cached subject
// figures (busy subjects, many batches, a version replacing an article
// mid-way) equal those derived from the database alone (Relink).
func TestFigureCacheMatchesDatabase(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "f.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.figs.min = 8 // cache the subjects of this small corpus
	const n, batch = 600, 40
	var rs []*extract.Result
	for i := range n {
		r := store.Synthetic(11, i)
		if i == 100 || i == 500 { // 500 is a new version of 100
			d := *r.Doc
			d.URL = "https://example.org/story"
			c := *r
			c.Doc = &d
			r = &c
		}
		rs = append(rs, r)
	}
	for i := 0; i < n; i += batch {
		if _, err := db.SaveBatch(ctx, rs[i:min(i+batch, n)]); err != nil {
			t.Fatal(err)
		}
	}
	var cached, memos int
	db.figs.mu.Lock()
	cached = len(db.figs.subj)
	for _, c := range db.figs.subj {
		if c.memo != nil {
			memos++
		}
	}
	db.figs.mu.Unlock()
	if cached == 0 || memos == 0 {
		t.Fatalf("%d subjects cached, %d with the ledger's pair memo: the test does not exercise the cache", cached, memos)
	}
	snap := func() string {
		rows, err := db.SQL().QueryContext(ctx, `SELECT sig, kind, a, b, day, score, reports FROM discrepancies ORDER BY sig`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var sig, kind, day string
			var a, b, reports int64
			var score float64
			if err := rows.Scan(&sig, &kind, &a, &b, &day, &score, &reports); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprint(sig, kind, a, b, day, score, reports))
		}
		subs, err := db.Subjects(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("%d pairs %q\nsubjects %+v", len(out), out, subs)
	}
	before := snap()
	if _, err := db.Relink(ctx); err != nil {
		t.Fatal(err)
	}
	if after := snap(); after != before {
		t.Errorf("cached ledger differs from the database's:\ncached %.2000s\nrelink %.2000s", before, after)
	}
}

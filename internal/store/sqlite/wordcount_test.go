package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// TestWordCountsMatchIndex: the rare words a link search picks with the
// kept counts of common words (word_docs) are those it picks reading the index, as
// the store grows and after a save that rewrites full-text rows.
func TestWordCountsMatchIndex(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "w.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const n, batch = 400, 50
	var rs []*extract.Result
	for i := range n {
		rs = append(rs, store.Synthetic(5, i))
	}
	check := func(step string) {
		var words []string
		if err := collect(ctx, db.db, &words, `SELECT term FROM claims_vocab ORDER BY cnt DESC, term LIMIT 80`); err != nil {
			t.Fatal(err)
		}
		sqltx, err := db.db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer sqltx.Rollback()
		tx := newTxc(sqltx)
		defer tx.Close()
		for i := 0; i+16 <= len(words); i += 4 {
			ws := words[i : i+16]
			got, err := rareTerms(ctx, tx, "claims_vocab", ws, rareKeep)
			if err != nil {
				t.Fatal(err)
			}
			want, err := rareTerms(ctx, db.db, "claims_vocab", ws, rareKeep)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("%s: words %v: with kept counts %v, from the index %v", step, ws, got, want)
			}
		}
	}
	for i := 0; i < n; i += batch {
		if _, err := db.SaveBatch(ctx, rs[i:i+batch]); err != nil {
			t.Fatal(err)
		}
		check(fmt.Sprintf("after %d articles", i+batch))
	}
	kept := 0
	db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM word_docs`).Scan(&kept)
	if kept == 0 {
		t.Fatal("no word count was kept: the test does not exercise the counts")
	}
	// The same text again under another outlet rewrites its full-text rows.
	d := *rs[3].Doc
	d.Source = "Another Outlet"
	r := *rs[3]
	r.Doc = &d
	if sv, err := db.SaveBatch(ctx, []*extract.Result{&r}); err != nil || !sv[0].Updated {
		t.Fatalf("metadata correction: %v %v", sv, err)
	}
	db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM word_docs`).Scan(&kept)
	if kept != 0 {
		t.Errorf("%d word counts kept after full-text rows were rewritten", kept)
	}
	check("after a metadata correction")
}

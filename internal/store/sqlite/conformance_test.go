package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/claimtrack/claimtrack/internal/store"
	"github.com/claimtrack/claimtrack/internal/store/storetest"
)

// TestConformance runs the shared store suite against SQLite.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		db, err := Open(context.Background(), filepath.Join(t.TempDir(), "conformance.db"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	})
}

// TestSeedReviews is the review acceptance test on SQLite.
func TestSeedReviews(t *testing.T) {
	storetest.SeedReviews(t, func(t *testing.T) store.Store {
		db, err := Open(context.Background(), filepath.Join(t.TempDir(), "reviews.db"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	})
}

// TestReviewLogAppendOnly: the database itself refuses to change or drop
// an audit-log entry.
func TestReviewLogAppendOnly(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "log.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.SaveBatch(ctx, storetest.Corpus()[:1]); err != nil {
		t.Fatal(err)
	}
	subs, err := db.Subjects(ctx)
	if err != nil || len(subs) == 0 {
		t.Fatal(subs, err)
	}
	if _, err := db.AddReview(ctx, store.Review{Kind: store.ReviewSubject, Key: subs[0].Key, Action: store.ActionConfirm, Who: "t"}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`UPDATE reviews SET note='x'`, `DELETE FROM reviews`} {
		if _, err := db.SQL().ExecContext(ctx, q); err == nil {
			t.Errorf("%s: allowed", q)
		}
	}
	if rs, err := db.Reviews(ctx, store.ReviewQuery{}); err != nil || len(rs) != 1 {
		t.Errorf("log after refused edits: %v %v", rs, err)
	}
}

package postgres

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
	"github.com/claimtrack/claimtrack/internal/store/sqlite"
	"github.com/claimtrack/claimtrack/internal/store/storetest"
)

func freshDB(t testing.TB) string { return storetest.FreshPostgres(t) }

// openTest opens a store on a fresh database.
func openTest(t testing.TB, opt Options) *DB {
	t.Helper()
	db, err := Open(context.Background(), freshDB(t), opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestConformance(t *testing.T) {
	storetest.PostgresAdmin(t)
	t.Parallel()
	storetest.Run(t, func(t *testing.T) store.Store { return openTest(t, Options{}) })
}

func TestMigrateConcurrentOpen(t *testing.T) {
	u := freshDB(t)
	ctx := context.Background()
	const workers = 6
	dbs := make([]*DB, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for i := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dbs[i], errs[i] = Open(ctx, u, Options{MaxConns: 2})
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		defer dbs[i].Close()
	}
	var n, v int
	if err := dbs[0].Pool().QueryRow(ctx, `SELECT COUNT(*), MAX(version) FROM schema_migrations`).Scan(&n, &v); err != nil {
		t.Fatal(err)
	}
	if n != SchemaVersion() || v != SchemaVersion() {
		t.Errorf("%d migrations recorded, max %d; want %d", n, v, SchemaVersion())
	}
	// Read-only: queries work, writes are refused by the server.
	ro, err := Open(ctx, u, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.Subjects(ctx); err != nil {
		t.Errorf("read-only Subjects: %v", err)
	}
	if _, err := ro.SaveBatch(ctx, storetest.Corpus()[:1]); err == nil {
		t.Error("read-only store saved")
	}
	// A database without the schema is reported, not created, read-only.
	if _, err := Open(ctx, freshDB(t), Options{ReadOnly: true}); err == nil {
		t.Error("read-only open of an empty database succeeded")
	}
}

func TestCheckAndText(t *testing.T) {
	ctx := context.Background()
	db := openTest(t, Options{})
	c := storetest.Corpus()
	// Text PostgreSQL cannot store as is: a NUL and a broken UTF-8 byte.
	// They are replaced byte for byte, so spans still hold.
	odd := storetest.Corpus()[4]
	odd.Doc.Text = "Odd\x00bytes \xff here. " + odd.Doc.Text
	odd.Doc.ID = ""
	if _, err := db.SaveBatch(ctx, append(c, odd)); err != nil {
		t.Fatal(err)
	}
	if p, err := db.Check(ctx); err != nil || len(p) != 0 {
		t.Errorf("Check: %v, %v", p, err)
	}
	hits, err := db.Search(ctx, "odd bytes", 5)
	if err != nil || len(hits) != 1 || hits[0].Text[:15] != "Odd bytes ? her" {
		t.Errorf("stored odd text: %v, %v", hits, err)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	for _, u := range []string{"postgres://nobody@127.0.0.1:1/none?connect_timeout=2", "postgres://%zz"} {
		if _, err := Open(ctx, u, Options{}); err == nil {
			t.Errorf("Open(%q) succeeded", u)
		}
	}
}

// openSQLite opens a SQLite store in a temporary directory.
func openSQLite(t *testing.T) store.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestSameLedgerAsSQLite feeds the seed articles, then a slice of the BBC
// corpus, to SQLite and PostgreSQL and requires identical answers.
func TestSameLedgerAsSQLite(t *testing.T) {
	storetest.PostgresAdmin(t)
	t.Parallel()
	t.Run("seeds", func(t *testing.T) {
		batches := storetest.SeedBatches(t)
		subs, disputes, links := storetest.CompareLedgers(t, openSQLite(t), openTest(t, Options{}), batches, "us troops iraq", "us troops syria")
		t.Logf("seeds: %d subjects, %d disputes, %d links", subs, disputes, links)
		if subs == 0 || disputes == 0 || links == 0 {
			t.Errorf("seeds gave %d subjects, %d disputes, %d links: the comparison compared nothing", subs, disputes, links)
		}
	})
	t.Run("bbc", func(t *testing.T) {
		batches := storetest.BBCBatches(t, 200)
		subs, disputes, links := storetest.CompareLedgers(t, openSQLite(t), openTest(t, Options{}), batches, "us troops iraq", "uk jobs", "people")
		n, f, s := storetest.Facts(batches)
		t.Logf("bbc: %d articles, %d figures, %d statements: %d subjects, %d disputes, %d links", n, f, s, subs, disputes, links)
		if subs == 0 {
			t.Errorf("no subjects from %d BBC articles", n)
		}
	})
}

// openWorkers opens n stores on one database, as n workers on n machines
// would; they close when the test ends.
func openWorkers(t *testing.T, u string, n int) []*DB {
	t.Helper()
	dbs := make([]*DB, n)
	for i := range dbs {
		db, err := Open(context.Background(), u, Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		dbs[i] = db
	}
	return dbs
}

// TestTwoWorkersSameArticles: two stores on one database (two workers on
// two machines) save the same batches at once: every text is stored once,
// and the ledger equals a single worker's.
func TestTwoWorkersSameArticles(t *testing.T) {
	ctx := context.Background()
	u := freshDB(t)
	dbs := openWorkers(t, u, 2)
	var saved [2][]store.Saved
	var errs [2]error
	var wg sync.WaitGroup
	for i := range dbs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 3; k++ { // each worker saves the corpus three times
				sv, err := dbs[i].SaveBatch(ctx, storetest.Corpus())
				if err != nil {
					errs[i] = err
					return
				}
				if k == 0 {
					saved[i] = sv
				}
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("worker %d: %v", i, err)
		}
	}
	for k := range saved[0] {
		a, b := saved[0][k], saved[1][k]
		if a.ID != b.ID || a.Version != b.Version || a.Group != b.Group || a.Created == b.Created {
			t.Errorf("article %d: worker 0 %+v, worker 1 %+v; want the same row, created by exactly one", k, a, b)
		}
	}
	n := 0
	if err := dbs[0].Export(ctx, func(*store.Article) error { n++; return nil }); err != nil || n != len(saved[0]) {
		t.Errorf("%d articles stored, %v; want %d", n, err, len(saved[0]))
	}
	if p, err := dbs[1].Check(ctx); err != nil || len(p) != 0 {
		t.Errorf("Check: %v, %v", p, err)
	}
	ds, _ := dbs[1].Disputes(ctx, store.DisputeQuery{})
	ls, _ := dbs[0].Links(ctx, store.LinkQuery{})
	if len(ds) != 2 || len(ls) != 1 {
		t.Errorf("%d disputes, %d links; want 2 and 1 as from one worker", len(ds), len(ls))
	}
}

// TestSeedReviews is the review acceptance test on PostgreSQL.
func TestSeedReviews(t *testing.T) {
	storetest.PostgresAdmin(t)
	storetest.SeedReviews(t, func(t *testing.T) store.Store { return openTest(t, Options{}) })
}

// TestReviewLogAppendOnly: the database itself refuses to change or drop
// an audit-log entry.
func TestReviewLogAppendOnly(t *testing.T) {
	storetest.PostgresAdmin(t)
	ctx := context.Background()
	db := openTest(t, Options{})
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
		if _, err := db.Pool().Exec(ctx, q); err == nil {
			t.Errorf("%s: allowed", q)
		}
	}
	if rs, err := db.Reviews(ctx, store.ReviewQuery{}); err != nil || len(rs) != 1 {
		t.Errorf("log after refused edits: %v %v", rs, err)
	}
}

// TestConcurrentRepeatedLine: an outlet's line printed by several batches
// saved at the same moment is filed once, by the first to commit, as when
// the batches come one after another (and as a relink files it). Each
// round is a new outlet printing the line under three stories, one batch
// per story, all started together.
func TestConcurrentRepeatedLine(t *testing.T) {
	ctx := context.Background()
	u := freshDB(t)
	dbs := openWorkers(t, u, 3)
	const label = "people killed · Syria"
	figures := func() int {
		subs, err := dbs[0].Subjects(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range subs {
			if x.Label == label {
				return x.Figures
			}
		}
		return 0
	}
	stories := storetest.RepeatCorpus()[:3] // one outlet, three stories, one line
	for round := 0; round < 6; round++ {
		start := make(chan struct{})
		errs := make([]error, len(stories))
		var wg sync.WaitGroup
		for i, r := range stories {
			d := *r.Doc
			d.ID = fmt.Sprintf("repeat-%d-%d", round, i)
			d.Source = document.Str(fmt.Sprintf("Wire %d", round))
			c := *r
			c.Doc = &d
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				_, errs[i] = dbs[i].SaveBatch(ctx, []*extract.Result{&c})
			}()
		}
		close(start)
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d, batch %d: %v", round, i, err)
			}
		}
		if got := figures(); got != round+1 {
			t.Fatalf("after round %d: %s has %d figures, want %d (one first printing per outlet)", round, label, got, round+1)
		}
	}
	before := ledgerText(t, dbs[0])
	if _, err := dbs[0].Relink(ctx); err != nil {
		t.Fatal(err)
	}
	if after := ledgerText(t, dbs[0]); after != before {
		t.Errorf("relink differs from concurrent ingest:\ningest %s\nrelink %s", before, after)
	}
}

// ledgerText is what a relink must leave as it is: subjects with their
// statistics and each timeline's figures.
func ledgerText(t *testing.T, db *DB) string {
	ctx := context.Background()
	subs, err := db.Subjects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, s := range subs {
		tl, err := db.Timeline(ctx, s.Key)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %d/%d/%d:", s.Key, s.Figures, s.Articles, s.Groups)
		for _, f := range tl.Figures {
			fmt.Fprintf(&b, " %d", f.ID)
		}
		b.WriteString("\n")
	}
	return b.String()
}

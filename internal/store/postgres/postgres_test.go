package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrack/claimtrack/internal/store"
	"github.com/claimtrack/claimtrack/internal/store/sqlite"
	"github.com/claimtrack/claimtrack/internal/store/storetest"
)

// The server tests use: CLAIMTRACK_TEST_POSTGRES, else the local one with
// trust auth as user postgres, else as root.
func adminURLs() []string {
	if u := os.Getenv("CLAIMTRACK_TEST_POSTGRES"); u != "" {
		return []string{u}
	}
	return []string{
		"postgres://postgres@127.0.0.1:5432/test?sslmode=disable&connect_timeout=5",
		"postgres://root@127.0.0.1:5432/test?sslmode=disable&connect_timeout=5",
	}
}

var (
	adminOnce sync.Once
	adminURL  string
	adminErr  error
)

// admin returns a URL that connects, or skips the test.
func admin(t testing.TB) string {
	adminOnce.Do(func() {
		for _, u := range adminURLs() {
			c, err := pgx.Connect(context.Background(), u)
			if err != nil {
				adminErr = err
				continue
			}
			c.Close(context.Background())
			adminURL, adminErr = u, nil
			return
		}
	})
	if adminURL == "" {
		t.Skipf("PostgreSQL not reachable (set CLAIMTRACK_TEST_POSTGRES to a postgres:// URL of a role that may CREATE DATABASE): %v", adminErr)
	}
	return adminURL
}

// freshDB creates an empty database for one test, dropped when it ends,
// and returns its URL.
func freshDB(t testing.TB) string {
	t.Helper()
	base := admin(t)
	ctx := context.Background()
	b := make([]byte, 6)
	rand.Read(b)
	name := "ct_" + hex.EncodeToString(b)
	c, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, `CREATE DATABASE `+name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("drop database %s: %v", name, err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

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
	admin(t)
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
	admin(t)
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

package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrack/claimtrack/internal/store"
	"github.com/claimtrack/claimtrack/internal/store/postgres"
)

// TestOnPostgres runs the API and UI tests against the PostgreSQL store:
// the server uses only the store.Store interface. It skips when no
// PostgreSQL is reachable (CLAIMTRACK_TEST_POSTGRES, else the local server
// with trust auth, as .ci/run starts it).
func TestOnPostgres(t *testing.T) {
	admin := pgAdmin(t)
	old := openStoreFn
	openStoreFn = func(t testing.TB) store.Store { return openPostgres(t, admin) }
	defer func() { openStoreFn = old }()
	tests := map[string]func(*testing.T){
		"APIStatusAndErrors":              TestAPIStatusAndErrors,
		"APIArticlesPagination":           TestAPIArticlesPagination,
		"APIArticleHasTextAndAnnotations": TestAPIArticleHasTextAndAnnotations,
		"APISubjectsTimelineClaims":       TestAPISubjectsTimelineClaims,
		"APIIngest":                       TestAPIIngest,
		"APIAuth":                         TestAPIAuth,
		"UIPages":                         TestUIPages,
		"UIIngestForm":                    TestUIIngestForm,
		"XSSInert":                        TestXSSInert,
		"HostileTextStoredVerbatim":       TestHostileTextStoredVerbatim,
	}
	// In parallel: each subtest waits mostly on PostgreSQL creating and
	// dropping its own databases. The group returns when all are done, so
	// openStoreFn is restored only after them.
	t.Run("group", func(t *testing.T) {
		for name, fn := range tests {
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				fn(t)
			})
		}
	})
}

func pgAdmin(t *testing.T) string {
	t.Helper()
	urls := []string{
		"postgres://postgres@127.0.0.1:5432/test?sslmode=disable&connect_timeout=5",
		"postgres://root@127.0.0.1:5432/test?sslmode=disable&connect_timeout=5",
	}
	if u := os.Getenv("CLAIMTRACK_TEST_POSTGRES"); u != "" {
		urls = []string{u}
	}
	var last error
	for _, u := range urls {
		c, err := pgx.Connect(context.Background(), u)
		if err != nil {
			last = err
			continue
		}
		c.Close(context.Background())
		return u
	}
	t.Skipf("PostgreSQL not reachable (set CLAIMTRACK_TEST_POSTGRES): %v", last)
	return ""
}

// openPostgres opens the PostgreSQL store on a fresh database, dropped when
// the test ends.
func openPostgres(t testing.TB, admin string) store.Store {
	t.Helper()
	ctx := context.Background()
	b := make([]byte, 6)
	rand.Read(b)
	name := "ct_srv_" + hex.EncodeToString(b)
	c, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	st, err := postgres.Open(ctx, u.String(), postgres.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		st.Close()
		c, err := pgx.Connect(ctx, admin)
		if err != nil {
			t.Errorf("drop database %s: %v", name, err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	return st
}

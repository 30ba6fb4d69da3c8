package cli

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/claimtrack/claimtrack/internal/store"
	"github.com/claimtrack/claimtrack/internal/store/postgres"
	"github.com/claimtrack/claimtrack/internal/store/sqlite"
)

// isPostgresURL reports whether --db / CLAIMTRACK_DB names a PostgreSQL
// database rather than a SQLite file.
func isPostgresURL(dsn string) bool {
	l := strings.ToLower(dsn)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}

// openStore opens the store named by dsn: PostgreSQL for a postgres:// or
// postgresql:// URL, else the SQLite file at that path. A writable store
// is migrated on open (and for SQLite created if missing) and links with
// the default stance judge; a read-only one never changes the database.
func openStore(ctx context.Context, dsn string, readOnly bool) (store.Store, error) {
	if isPostgresURL(dsn) {
		opt := postgres.Options{ReadOnly: readOnly}
		if !readOnly {
			opt.Judge = defaultJudge()
		}
		return postgres.Open(ctx, dsn, opt)
	}
	opt := sqlite.Options{ReadOnly: readOnly}
	if !readOnly {
		opt.Judge = defaultJudge()
	}
	return sqlite.Open(ctx, dsn, opt)
}

// openLedger opens an existing ledger for queries and maintenance: the
// schema is migrated if needed, but no stance model is loaded, and a SQLite
// file that does not exist is an error rather than a new empty database.
func openLedger(ctx context.Context, dsn string) (store.Store, error) {
	if isPostgresURL(dsn) {
		return postgres.Open(ctx, dsn, postgres.Options{})
	}
	if err := requireDB(dsn); err != nil {
		return nil, err
	}
	return sqlite.Open(ctx, dsn, sqlite.Options{})
}

// requireDB refuses a SQLite database file that does not exist, so that a
// mistyped --db is an error rather than a new empty ledger. Every command
// that reads a store says it the same way.
func requireDB(dsn string) error {
	if isPostgresURL(dsn) {
		return nil
	}
	if _, err := os.Stat(dsn); err != nil {
		return fmt.Errorf("no database at %s (run 'claimtrack ingest --db %s PATH...' first, or pass --create where offered)", dsn, dsn)
	}
	return nil
}

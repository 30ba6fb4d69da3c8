package cli

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
	"github.com/claimtrack/claimtrack/internal/store/postgres"
	"github.com/claimtrack/claimtrack/internal/store/sqlite"
)

func TestIsPostgresURL(t *testing.T) {
	tests := []struct {
		dsn  string
		want bool
	}{
		{"postgres://u@localhost/db", true},
		{"postgresql://u@localhost:5432/db?sslmode=disable", true},
		{"POSTGRES://u@h/db", true},
		{"claimtrack.db", false},
		{"/var/lib/postgres/claimtrack.db", false},
		{"postgres.db", false},
		{"file:postgres://x", false},
	}
	for _, tc := range tests {
		if got := isPostgresURL(tc.dsn); got != tc.want {
			t.Errorf("isPostgresURL(%q) = %v, want %v", tc.dsn, got, tc.want)
		}
	}
}

func TestOpenStore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "open.db")
	s, err := openStore(ctx, path, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := s.(*sqlite.DB); !ok {
		t.Errorf("%s opened as %T", path, s)
	}
	batch := []*extract.Result{store.Synthetic(1, 0), store.Synthetic(1, 1), store.Synthetic(1, 2)}
	if _, err := s.SaveBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	s.Close()
	ro, err := openStore(ctx, path, true)
	if err != nil {
		t.Fatalf("read-only: %v", err)
	}
	defer ro.Close()
	if p, err := ro.Articles(ctx, store.ArticleQuery{}); err != nil || len(p.Articles) != 3 {
		t.Errorf("read-only Articles: %d, %v", len(p.Articles), err)
	}
	// A PostgreSQL URL goes to the PostgreSQL store; nothing listens on
	// port 1, so it fails at once.
	if _, err := openStore(ctx, "postgres://nobody@127.0.0.1:1/none?connect_timeout=2", true); err == nil {
		t.Error("unreachable PostgreSQL opened")
	}
	var _ store.Store = (*postgres.DB)(nil)
}

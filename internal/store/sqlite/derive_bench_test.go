package sqlite

import (
	"context"
	"os"
	"testing"

	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

// BenchmarkDeriveBusiest derives the 32 subjects with the most figures of
// the store named by CLAIMTRACK_BENCH_DB (a pre-filled bench/ingestsize
// store; a copy: it is opened for writing) from their newest ledger.MaxPairedFigures figures: what
// one save batch touching them costs in the ledger.
func BenchmarkDeriveBusiest(b *testing.B) {
	path := os.Getenv("CLAIMTRACK_BENCH_DB")
	if path == "" {
		b.Skip("CLAIMTRACK_BENCH_DB not set")
	}
	ctx := context.Background()
	db, err := Open(ctx, path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var keys []string
	if err := collect(ctx, db.db, &keys, `SELECT key FROM subjects ORDER BY nfigures DESC LIMIT 32`); err != nil {
		b.Fatal(err)
	}
	figs := map[string][]store.FigureRow{}
	n := 0
	for _, k := range keys {
		fs, err := loadFiguresLight(ctx, db.db, subjectWindow, k, ledger.MaxPairedFigures)
		if err != nil {
			b.Fatal(err)
		}
		figs[k] = fs
		n += len(fs)
	}
	b.ReportMetric(float64(n), "figures")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, k := range keys {
			ledger.Derive(k, figs[k])
		}
	}
}

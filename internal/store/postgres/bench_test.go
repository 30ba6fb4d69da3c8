package postgres

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
	"github.com/claimtrack/claimtrack/internal/store/sqlite"
	"github.com/claimtrack/claimtrack/internal/store/storetest"
)

var (
	bbcOnce    sync.Once
	bbcBatches [][]*extract.Result
)

// BenchmarkSaveBBC measures the store side of ingest (extraction excluded)
// on the whole BBC News corpus, 64 articles per transaction, into a fresh
// database: the same work as sqlite's BenchmarkSaveBBC.
func BenchmarkSaveBBC(b *testing.B) {
	storetest.PostgresAdmin(b)
	bbcOnce.Do(func() { bbcBatches = storetest.BBCBatches(b, 1<<20) })
	if len(bbcBatches) == 0 {
		b.Skip("no BBC articles")
	}
	n, _, _ := storetest.Facts(bbcBatches)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := Open(ctx, freshDB(b), Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for _, batch := range bbcBatches {
			if _, err := db.SaveBatch(ctx, batch); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkQueries times Timeline and Claims on both stores holding the
// same generated corpus (store.Synthetic, 5,000 articles).
func BenchmarkQueries(b *testing.B) {
	storetest.PostgresAdmin(b)
	const articles = 5000
	ctx := context.Background()
	stores := map[string]store.Store{}
	pg, err := Open(ctx, freshDB(b), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer pg.Close()
	lite, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "q.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer lite.Close()
	stores["postgres"], stores["sqlite"] = pg, lite
	for _, s := range stores {
		batch := make([]*extract.Result, 0, 250)
		for i := 0; i < articles; i++ {
			batch = append(batch, store.Synthetic(7, i))
			if len(batch) == cap(batch) {
				if _, err := s.SaveBatch(ctx, batch); err != nil {
					b.Fatal(err)
				}
				batch = batch[:0]
			}
		}
	}
	// Fresh statistics, as autovacuum would have them on a store in use
	// (right after a bulk load the planner scans the GIN index for
	// "troops iraq" instead of walking claims_pub: 60 ms instead of 4).
	if _, err := pg.Pool().Exec(ctx, `ANALYZE`); err != nil {
		b.Fatal(err)
	}
	page2 := map[string]string{}
	for name, s := range stores {
		p, err := s.Claims(ctx, store.ClaimQuery{})
		if err != nil || p.Next == "" {
			b.Fatalf("%s: claims %v", name, err)
		}
		page2[name] = p.Next
	}
	queries := []struct {
		name string
		run  func(s store.Store, name string) (int, error)
	}{
		{"Timeline", func(s store.Store, _ string) (int, error) {
			t, err := s.Timeline(ctx, "us troops iraq")
			if err != nil {
				return 0, err
			}
			return len(t.Figures), nil
		}},
		{"Claims", func(s store.Store, _ string) (int, error) {
			p, err := s.Claims(ctx, store.ClaimQuery{})
			return len(p.Claims), err
		}},
		{"ClaimsPage2", func(s store.Store, name string) (int, error) {
			p, err := s.Claims(ctx, store.ClaimQuery{Cursor: page2[name]})
			return len(p.Claims), err
		}},
		{"ClaimsText", func(s store.Store, _ string) (int, error) {
			p, err := s.Claims(ctx, store.ClaimQuery{Text: "troops Iraq"})
			return len(p.Claims), err
		}},
		{"ClaimsFacets", func(s store.Store, _ string) (int, error) {
			p, err := s.Claims(ctx, store.ClaimQuery{Speaker: "miller", Stance: extract.Denies})
			return len(p.Claims), err
		}},
	}
	for _, q := range queries {
		for _, name := range []string{"sqlite", "postgres"} {
			s := stores[name]
			b.Run(q.name+"/"+name, func(b *testing.B) {
				n := 0
				for i := 0; i < b.N; i++ {
					k, err := q.run(s, name)
					if err != nil {
						b.Fatal(err)
					}
					n = k
				}
				b.ReportMetric(float64(n), "rows")
			})
		}
	}
}

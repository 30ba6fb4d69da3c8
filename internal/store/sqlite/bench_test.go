package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

func sharedData(tb testing.TB, sub string) string {
	tb.Helper()
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		if filepath.Dir(dir) == dir {
			tb.Fatal("go.mod not found")
		}
		dir = filepath.Dir(dir)
	}
	p := filepath.Join(dir, "..", "shared", sub)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s not present: %v", p, err)
	}
	return p
}

// bbcResults extracts the BBC News corpus once per benchmark.
func bbcResults(b *testing.B) ([]*extract.Result, int) {
	root := sharedData(b, "data/bbc-news/bbc")
	var out []*extract.Result
	words := 0
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return nil
		}
		t, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		doc := document.New(string(t))
		doc.Path = document.Str(p)
		out = append(out, extract.Extract(doc))
		words += len(strings.Fields(string(t)))
		return nil
	})
	if len(out) == 0 {
		b.Skip("no BBC articles")
	}
	return out, words
}

// BenchmarkSaveBBC measures the store side of ingest (extraction excluded)
// on the BBC News corpus, 64 articles per transaction, into a fresh file.
func BenchmarkSaveBBC(b *testing.B) {
	res, words := bbcResults(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for j := 0; j < len(res); j += 64 {
			if _, err := db.SaveBatch(context.Background(), res[j:min(j+64, len(res))]); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(len(res))/sec, "articles/s")
	b.ReportMetric(float64(words)/sec, "words/s")
}

// BenchmarkSaveSynthetic measures saving generated articles in batches of
// 256 and reports heap in use afterwards (flat memory as input grows).
func BenchmarkSaveSynthetic(b *testing.B) {
	db, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	batch := make([]*extract.Result, 0, 256)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		batch = append(batch, store.Synthetic(3, i))
		if len(batch) == cap(batch) || i == b.N-1 {
			if _, err := db.SaveBatch(context.Background(), batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	b.StopTimer()
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heapMB")
}

// BenchmarkQueries measures query latency on a generated store of
// CLAIMTRACK_BENCH_ARTICLES articles (default 100,000), built once in a
// temporary directory (several minutes), or on the existing file named by
// CLAIMTRACK_BENCH_DB (e.g. made by 'claimtrack db gen --articles 100000').
func BenchmarkQueries(b *testing.B) {
	ctx := context.Background()
	path := os.Getenv("CLAIMTRACK_BENCH_DB")
	if path == "" {
		n := 100000
		if v, err := strconv.Atoi(os.Getenv("CLAIMTRACK_BENCH_ARTICLES")); err == nil && v > 0 {
			n = v
		}
		path = filepath.Join(b.TempDir(), "big.db")
		db, err := Open(ctx, path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		batch := make([]*extract.Result, 0, 256)
		for i := 0; i < n; i++ {
			batch = append(batch, store.Synthetic(1, i))
			if len(batch) == cap(batch) || i == n-1 {
				if _, err := db.SaveBatch(ctx, batch); err != nil {
					b.Fatal(err)
				}
				batch = batch[:0]
			}
		}
		db.Close()
	}
	db, err := Open(ctx, path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var articles int
	db.SQL().QueryRow(`SELECT COUNT(*) FROM articles`).Scan(&articles)
	b.Logf("%d articles in %s", articles, path)
	since, _ := document.ParseDate("2018-01-01")
	cases := []struct {
		name string
		fn   func() error
	}{
		{"timeline", func() error { _, err := db.Timeline(ctx, "us troops iraq"); return err }},
		{"subjects", func() error { _, err := db.Subjects(ctx); return err }},
		{"claims-page", func() error { _, err := db.Claims(ctx, store.ClaimQuery{}); return err }},
		{"claims-fts", func() error { _, err := db.Claims(ctx, store.ClaimQuery{Text: "troops stay Iraq"}); return err }},
		{"claims-facets", func() error {
			_, err := db.Claims(ctx, store.ClaimQuery{Stance: "denies", Speaker: "Miller", Since: since, Text: "report"})
			return err
		}},
		{"disputes", func() error { _, err := db.Disputes(ctx, store.DisputeQuery{Limit: 50}); return err }},
		{"search", func() error { _, err := db.Search(ctx, "French soldiers would stay in Mali", 20); return err }},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := c.fn(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

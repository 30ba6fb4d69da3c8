package server

import (
	"context"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
	"github.com/claimtrack/claimtrack/internal/store/sqlite"
)

// TestLoad is a bounded load test on loopback: CLAIMTRACK_LOAD_CLIENTS
// (default 50) clients for CLAIMTRACK_LOAD_SECONDS (default 30) against the
// timeline (API and subject page with its chart) and claim search (API and
// page) of a CLAIMTRACK_LOAD_ARTICLES-article database (default 100,000,
// generated with store.Synthetic). It requires zero errors and reports
// p50/p99 latency and requests per second. It runs only with
// CLAIMTRACK_LOAD=1. CLAIMTRACK_LOAD_DB names a database file to reuse
// (generated there when missing), to skip the generation on later runs.
func TestLoad(t *testing.T) {
	if os.Getenv("CLAIMTRACK_LOAD") != "1" {
		t.Skip("set CLAIMTRACK_LOAD=1 to run the load test")
	}
	articles := envInt(t, "CLAIMTRACK_LOAD_ARTICLES", 100_000)
	clients := envInt(t, "CLAIMTRACK_LOAD_CLIENTS", 50)
	seconds := envInt(t, "CLAIMTRACK_LOAD_SECONDS", 30)
	ctx := context.Background()

	path := os.Getenv("CLAIMTRACK_LOAD_DB")
	if path == "" {
		path = filepath.Join(t.TempDir(), "load.db")
	}
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	have, err := countArticles(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if have < articles {
		t0 := time.Now()
		const batch = 1000
		for i := have; i < articles; i += batch {
			rs := make([]*extract.Result, 0, batch)
			for j := i; j < min(i+batch, articles); j++ {
				rs = append(rs, store.Synthetic(1, j))
			}
			if _, err := st.SaveBatch(ctx, rs); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("generated %d articles in %s", articles-have, time.Since(t0).Round(time.Second))
	}
	subs, err := st.Subjects(ctx)
	if err != nil || len(subs) == 0 {
		t.Fatalf("subjects: %d, %v", len(subs), err)
	}
	t.Logf("database: %d+ articles, %d subjects", articles, len(subs))

	ts := newTestServer(t, st, nil)
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: clients * 2, MaxIdleConnsPerHost: clients * 2}, Timeout: 30 * time.Second}
	words := []string{"troops", "withdrawal", "base", "convoy", "report", "ceasefire", "training", "deployment"}
	outlets := []string{"reuters", "bbc", "journal", "bloomberg"}
	kinds := []string{"api-timeline", "page-subject", "api-search", "page-search"}
	request := func(r *rand.Rand, kind string) string {
		switch kind {
		case "api-timeline":
			return "/api/v1/subjects/" + url.PathEscape(subs[r.Intn(min(len(subs), 200))].Key) + "/timeline"
		case "page-subject":
			return "/subjects/" + url.PathEscape(subs[r.Intn(min(len(subs), 200))].Key)
		case "api-search":
			q := url.Values{"q": {words[r.Intn(len(words))]}, "limit": {"50"}}
			switch r.Intn(4) {
			case 0:
				q.Set("stance", "denies")
			case 1:
				q.Set("outlet", outlets[r.Intn(len(outlets))])
			case 2:
				q.Set("since", "2015-01-01")
				q.Set("until", "2016-12-31")
			}
			return "/api/v1/claims?" + q.Encode()
		default:
			q := url.Values{"speaker": {"miller"}}
			if r.Intn(2) == 0 {
				q = url.Values{"q": {words[r.Intn(len(words))]}, "anonymous": {"1"}}
			}
			return "/search?" + q.Encode()
		}
	}
	type sample struct {
		kind int
		d    time.Duration
	}
	var (
		mu      sync.Mutex
		samples []sample
		errs    []string
	)
	deadline := time.Now().Add(time.Duration(seconds) * time.Second)
	start := time.Now()
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			r := rand.New(rand.NewSource(int64(c)))
			var local []sample
			for i := 0; time.Now().Before(deadline); i++ {
				k := (c + i) % len(kinds)
				u := ts.url + request(r, kinds[k])
				t0 := time.Now()
				resp, err := client.Get(u)
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != 200 {
						err = fmt.Errorf("status %d", resp.StatusCode)
					}
				}
				d := time.Since(t0)
				if err != nil {
					mu.Lock()
					errs = append(errs, u+": "+err.Error())
					mu.Unlock()
					continue
				}
				local = append(local, sample{k, d})
			}
			mu.Lock()
			samples = append(samples, local...)
			mu.Unlock()
		}(c)
	}
	wg.Wait()
	elapsed := time.Since(start)
	if len(errs) > 0 {
		t.Errorf("%d errors, first: %s", len(errs), errs[0])
	}
	report := func(name string, ds []time.Duration) {
		if len(ds) == 0 {
			return
		}
		slices.Sort(ds)
		pct := func(p float64) time.Duration { return ds[min(len(ds)-1, int(p*float64(len(ds))))] }
		t.Logf("%-13s n=%6d  p50=%8s  p99=%8s  max=%8s", name, len(ds), pct(0.50).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), ds[len(ds)-1].Round(time.Millisecond))
	}
	var all []time.Duration
	by := make([][]time.Duration, len(kinds))
	for _, s := range samples {
		all = append(all, s.d)
		by[s.kind] = append(by[s.kind], s.d)
	}
	for k, name := range kinds {
		report(name, by[k])
	}
	report("all", all)
	t.Logf("%d clients, %s: %d requests, %.0f req/s, %d errors", clients, elapsed.Round(time.Second), len(all), float64(len(all))/elapsed.Seconds(), len(errs))
}

func envInt(t *testing.T, name string, def int) int {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		t.Fatalf("%s=%q: want a positive integer", name, v)
	}
	return n
}

// countArticles counts stored articles by paging.
func countArticles(ctx context.Context, st store.Store) (int, error) {
	n := 0
	q := store.ArticleQuery{Limit: 1000}
	for {
		p, err := st.Articles(ctx, q)
		if err != nil {
			return 0, err
		}
		n += len(p.Articles)
		if p.Next == "" {
			return n, nil
		}
		q.Cursor = p.Next
	}
}

package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/claimtrack/claimtrack/internal/shareddata"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ingest"
	"github.com/claimtrack/claimtrack/internal/store"
)

// SharedDir returns ../shared/<sub> beside the repository, or skips.
func SharedDir(t testing.TB, sub string) string { return shareddata.Dir(t, sub) }

// extractPaths reads paths with ingest.Walk and extracts each article.
func extractPaths(t testing.TB, paths []string, opt ingest.Options) []*extract.Result {
	t.Helper()
	var out []*extract.Result
	err := ingest.Walk(context.Background(), paths, nil, opt, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		out = append(out, extract.Extract(it.Doc))
		return nil
	})
	if err != nil {
		t.Fatalf("ingest: %v", err)
	}
	return out
}

// SeedBatches extracts the three seed articles, one batch each, with the
// publication dates the CLI tests give them (000: 2019-02-18, 001:
// 2017-12-05, 002: its own header).
func SeedBatches(t testing.TB) [][]*extract.Result {
	dir := SharedDir(t, "seeds")
	var out [][]*extract.Result
	for _, s := range []struct{ prefix, date string }{{"000", "2019-02-18"}, {"001", "2017-12-05"}, {"002", ""}} {
		m, _ := filepath.Glob(filepath.Join(dir, s.prefix+"_*"))
		if len(m) != 1 {
			t.Skipf("seed %s_* not found in %s", s.prefix, dir)
		}
		var opt ingest.Options
		if s.date != "" {
			opt.Published = date(s.date)
		}
		out = append(out, extractPaths(t, m, opt))
	}
	return out
}

// BBCBatches extracts the first n articles of the BBC News corpus (files in
// name order, categories in turn so the slice mixes topics), in batches
// of 64.
func BBCBatches(t testing.TB, n int) [][]*extract.Result {
	root := SharedDir(t, "data/bbc-news/bbc")
	cats, _ := filepath.Glob(filepath.Join(root, "*"))
	var lists [][]string
	for _, c := range cats {
		if st, err := os.Stat(c); err != nil || !st.IsDir() {
			continue
		}
		fs, _ := filepath.Glob(filepath.Join(c, "*.txt"))
		sort.Strings(fs)
		lists = append(lists, fs)
	}
	var paths []string
	for i := 0; len(paths) < n; i++ {
		added := false
		for _, l := range lists {
			if i < len(l) && len(paths) < n {
				paths = append(paths, l[i])
				added = true
			}
		}
		if !added {
			break
		}
	}
	if len(paths) == 0 {
		t.Skipf("no BBC articles under %s", root)
	}
	res := extractPaths(t, paths, ingest.Options{Source: "BBC News"})
	var out [][]*extract.Result
	for i := 0; i < len(res); i += 64 {
		out = append(out, res[i:min(i+64, len(res))])
	}
	return out
}

// Facts counts the figures and statements of batches.
func Facts(batches [][]*extract.Result) (articles, figures, statements int) {
	for _, b := range batches {
		for _, r := range b {
			articles++
			figures += len(r.Figures)
			statements += len(r.Statements)
		}
	}
	return
}

// CompareLedgers saves batches into a and b (both empty) and requires the
// same answers from both: what each save reported, Subjects, Timeline for
// each of timelines, Disputes, Links, the first page of Claims and every
// article as Export gives it (ingestion times aside). It returns how many
// subjects, disputes and links both hold.
func CompareLedgers(t *testing.T, a, b store.Store, batches [][]*extract.Result, timelines ...string) (subjects, disputes, links int) {
	t.Helper()
	ctx := context.Background()
	for i, batch := range batches {
		sa, err := a.SaveBatch(ctx, batch)
		if err != nil {
			t.Fatalf("batch %d, store A: %v", i, err)
		}
		sb, err := b.SaveBatch(ctx, batch)
		if err != nil {
			t.Fatalf("batch %d, store B: %v", i, err)
		}
		same(t, fmt.Sprintf("SaveBatch %d", i), sa, sb)
	}
	subsA, errA := a.Subjects(ctx)
	subsB, errB := b.Subjects(ctx)
	same(t, "Subjects", result{subsA, errA}, result{subsB, errB})
	for _, q := range timelines {
		ta, errA := a.Timeline(ctx, q)
		tb, errB := b.Timeline(ctx, q)
		same(t, fmt.Sprintf("Timeline(%q)", q), result{ta, errA}, result{tb, errB})
	}
	da, errA := a.Disputes(ctx, store.DisputeQuery{Limit: 10000})
	db, errB := b.Disputes(ctx, store.DisputeQuery{Limit: 10000})
	same(t, "Disputes", result{da, errA}, result{db, errB})
	la, errA := a.Links(ctx, store.LinkQuery{Limit: 10000})
	lb, errB := b.Links(ctx, store.LinkQuery{Limit: 10000})
	same(t, "Links", result{la, errA}, result{lb, errB})
	for _, q := range []store.ClaimQuery{{Limit: 200}, {Text: "said", Limit: 100}, {Stance: extract.Denies}, {Kind: "figure", Limit: 1000}} {
		ca, errA := a.Claims(ctx, q)
		cb, errB := b.Claims(ctx, q)
		same(t, fmt.Sprintf("Claims(%+v)", q), result{ca, errA}, result{cb, errB})
	}
	// Search ranks differently (FTS5's bm25, PostgreSQL's ts_rank): the
	// sets of articles found must agree when the limit holds them all.
	for _, q := range []string{"troops Iraq", "government said on Monday", "shares profits rose"} {
		ra, errA := a.Search(ctx, q, 200)
		rb, errB := b.Search(ctx, q, 200)
		same(t, fmt.Sprintf("Search(%q) set", q), result{idSet(ra), errA}, result{idSet(rb), errB})
	}
	ea, eb := exportAll(t, a), exportAll(t, b)
	same(t, "Export", ea, eb)
	return len(subsA), len(da), len(la)
}

func idSet(as []store.Article) []store.ArticleID {
	out := []store.ArticleID{}
	for _, a := range as {
		out = append(out, a.ID)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

type result struct {
	V   any
	Err error
}

func (r result) MarshalJSON() ([]byte, error) {
	if r.Err != nil {
		kind := "error"
		switch {
		case errors.Is(r.Err, store.ErrNotFound):
			kind = "not found"
		case errors.Is(r.Err, store.ErrBadQuery):
			kind = "bad query"
		}
		return json.Marshal(map[string]string{"error": kind})
	}
	return json.Marshal(r.V)
}

func exportAll(t *testing.T, s store.Store) []*store.Article {
	var out []*store.Article
	if err := s.Export(context.Background(), func(a *store.Article) error {
		a.Ingested = time.Time{} // when each store saved it
		out = append(out, a)
		return nil
	}); err != nil {
		t.Fatalf("Export: %v", err)
	}
	return out
}

// same compares two values as JSON and reports the first differing line.
func same(t *testing.T, what string, x, y any) {
	t.Helper()
	jx, err := json.MarshalIndent(x, "", " ")
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	jy, err := json.MarshalIndent(y, "", " ")
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if string(jx) == string(jy) {
		return
	}
	lx, ly := strings.Split(string(jx), "\n"), strings.Split(string(jy), "\n")
	for i := 0; i < len(lx) || i < len(ly); i++ {
		var a, b string
		if i < len(lx) {
			a = lx[i]
		}
		if i < len(ly) {
			b = ly[i]
		}
		if a != b {
			lo := max(0, i-6)
			t.Errorf("%s differs at line %d:\n A: %s\n B: %s\ncontext (A):\n%s", what, i+1, a, b, strings.Join(lx[lo:min(len(lx), i+3)], "\n"))
			return
		}
	}
}

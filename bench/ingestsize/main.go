// Command ingestsize measures how the cost of storing articles grows with
// the ledger: it saves the BBC News corpus into stores pre-filled to each of
// -sizes articles and prints articles per CPU-second (user + system time of
// this process, and for PostgreSQL of the server's backends too) for each.
//
// The pre-fill is the same corpus saved again and again, each copy with
// distinct document ids and publication dates a few days later than the
// copy before, so subjects, near-duplicate bands and claims grow as they do
// when an outlet keeps reporting the same stories. Pre-filled SQLite files
// are kept in -dir and reused (prefill-N.db; each larger one continues from
// the largest smaller one). The measured batch is one more copy, dated after
// the pre-fill, saved in batches of -batch like `claimtrack ingest`; with
// -warm, one more copy is saved first in the same process, unmeasured, so
// that what a long-running ingest keeps between batches is warm. Sizes
// count saves: the corpus repeats about 4% of its texts, so a store holds
// that many fewer articles (the table prints what it holds).
//
//	go run ./bench/ingestsize -sizes 0,10000,100000
//	go run ./bench/ingestsize -pg postgres://... -sizes 0,10000
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ingest"
	"github.com/claimtrack/claimtrack/internal/stance"
	"github.com/claimtrack/claimtrack/internal/store/sqlite"
)

type stanceJudge struct{ m *stance.Model }

func (j stanceJudge) Judge(claim, text string) (string, float64) {
	r := j.m.Judge(claim, text)
	return r.Stance, r.Confidence
}

func main() {
	data := flag.String("data", "../shared/data/bbc-news/bbc", "directory of BBC .txt articles")
	dir := flag.String("dir", "bench/out", "where pre-filled stores are kept")
	sizesF := flag.String("sizes", "0,10000,100000", "pre-fill sizes (articles)")
	batch := flag.Int("batch", 64, "articles per SaveBatch")
	runs := flag.Int("runs", 1, "measured runs per size (each on a fresh copy of the pre-fill)")
	prof := flag.String("cpuprofile", "", "write a CPU profile of each measured run to PREFIX-SIZE.pprof")
	warm := flag.Bool("warm", false, "save one copy unmeasured first, in the same process, then measure the next (a long-running ingest, whose caches are warm)")
	flag.Parse()
	ctx := context.Background()
	var sizes []int
	for _, s := range strings.Split(*sizesF, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 0 {
			die("bad size %q", s)
		}
		sizes = append(sizes, n)
	}
	sort.Ints(sizes)
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		die("%v", err)
	}
	var judge stanceJudge
	if m, err := stance.Default(); err == nil && m != nil {
		judge = stanceJudge{m}
	}

	c0 := cpu()
	var paths []string
	filepath.WalkDir(*data, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			paths = append(paths, p)
		}
		return nil
	})
	sort.Strings(paths)
	var corpus []*extract.Result
	err := ingest.Walk(ctx, paths, nil, ingest.Options{Source: "BBC News"}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		corpus = append(corpus, extract.Extract(it.Doc))
		return nil
	})
	if err != nil || len(corpus) == 0 {
		die("reading %s: %v (%d articles)", *data, err, len(corpus))
	}
	ext := cpu() - c0
	fmt.Printf("corpus: %d articles from %s; extraction %.1f CPU-s (%.0f articles/CPU-s)\n", len(corpus), *data, ext, float64(len(corpus))/ext)
	load := func() string {
		b, _ := os.ReadFile("/proc/loadavg")
		return strings.Join(strings.Fields(string(b))[:3], " ")
	}

	fmt.Printf("\n%-9s %8s %14s %14s %10s %8s  %s\n", "store", "articles", "store art/CPU-s", "ingest art/CPU-s", "wall s", "RSS MB", "load average")
	var base float64
	for _, n := range sizes {
		pre := filepath.Join(*dir, fmt.Sprintf("prefill-%d.db", n))
		if err := prefill(ctx, *dir, pre, n, corpus, *batch); err != nil {
			die("prefill %d: %v", n, err)
		}
		for r := 0; r < *runs; r++ {
			work := filepath.Join(*dir, "work.db")
			if err := copyDB(pre, work); err != nil {
				die("%v", err)
			}
			db, err := sqlite.Open(ctx, work, sqlite.Options{Judge: judge})
			if err != nil {
				die("%v", err)
			}
			// The measured copy comes after the pre-fill's copies.
			copyNo := (n + len(corpus) - 1) / len(corpus)
			if *warm {
				items := copyOf(corpus, copyNo, len(corpus))
				for i := 0; i < len(items); i += *batch {
					if _, err := db.SaveBatch(ctx, items[i:min(i+*batch, len(items))]); err != nil {
						die("save: %v", err)
					}
				}
				copyNo++
			}
			stored := 0
			db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM articles`).Scan(&stored)
			items := copyOf(corpus, copyNo, len(corpus))
			var pf *os.File
			if *prof != "" {
				pf, _ = os.Create(fmt.Sprintf("%s-%d.pprof", *prof, n))
				pprof.StartCPUProfile(pf)
			}
			c, w := cpu(), time.Now()
			for i := 0; i < len(items); i += *batch {
				if _, err := db.SaveBatch(ctx, items[i:min(i+*batch, len(items))]); err != nil {
					die("save: %v", err)
				}
			}
			sec, wall := cpu()-c, time.Since(w).Seconds()
			if pf != nil {
				pprof.StopCPUProfile()
				pf.Close()
			}
			db.Close()
			rate := float64(len(items)) / sec
			if n == sizes[0] && r == 0 {
				base = rate
			}
			ingestRate := float64(len(items)) / (sec + ext*float64(len(items))/float64(len(corpus)))
			fmt.Printf("%-9s %8d %14.0f %14.0f %10.1f %8.0f  %s", "sqlite", stored, rate, ingestRate, wall, maxRSS(), load())
			if base > 0 && n != sizes[0] {
				fmt.Printf("   (%+.0f%% vs %d)", 100*(rate/base-1), sizes[0])
			}
			fmt.Println()
			os.Remove(work)
			os.Remove(work + "-wal")
			os.Remove(work + "-shm")
		}
	}
}

// copyOf returns the k-th copy of the corpus (its first n articles): the
// same results under distinct document ids, published 10 days later per
// copy (two articles a day), each copy under an outlet name of its own. The
// outlet matters: the ledger keeps a line an outlet printed before out of
// its subjects (ledger.Repeat), so copies under one outlet would join no
// subject and the benchmark would stop measuring the ledger's growth.
func copyOf(corpus []*extract.Result, k, n int) []*extract.Result {
	base := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]*extract.Result, 0, n)
	for i, r := range corpus[:n] {
		d := *r.Doc
		d.ID = fmt.Sprintf("%s-c%d", r.Doc.ID, k)
		d.Source = document.Str(fmt.Sprintf("%s (copy %d)", r.Doc.Source, k))
		d.Published = document.NewDate(base.AddDate(0, 0, 10*k+i*10/len(corpus)))
		c := *r
		c.Doc = &d
		out = append(out, &c)
	}
	return out
}

// prefill makes path hold n articles, continuing from the largest smaller
// pre-filled store in dir.
func prefill(ctx context.Context, dir, path string, n int, corpus []*extract.Result, batch int) error {
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	have := 0
	ms, _ := filepath.Glob(filepath.Join(dir, "prefill-*.db"))
	from := ""
	for _, m := range ms {
		k, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(filepath.Base(m), "prefill-"), ".db"))
		if err == nil && k < n && k >= have {
			have, from = k, m
		}
	}
	tmp := path + ".tmp"
	if from != "" {
		if err := copyDB(from, tmp); err != nil {
			return err
		}
	} else {
		os.Remove(tmp)
	}
	db, err := sqlite.Open(ctx, tmp, sqlite.Options{})
	if err != nil {
		return err
	}
	start := time.Now()
	for have < n {
		k := have / len(corpus)
		off := have % len(corpus)
		items := copyOf(corpus, k, min(len(corpus), off+n-have))[off:]
		for i := 0; i < len(items); i += batch {
			if _, err := db.SaveBatch(ctx, items[i:min(i+batch, len(items))]); err != nil {
				db.Close()
				return err
			}
		}
		have += len(items)
		fmt.Fprintf(os.Stderr, "prefill %s: %d articles (%.0f s)\n", filepath.Base(path), have, time.Since(start).Seconds())
	}
	if _, err := db.SQL().ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		db.Close()
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	os.Remove(tmp + "-wal")
	os.Remove(tmp + "-shm")
	return os.Rename(tmp, path)
}

func copyDB(from, to string) error {
	for _, suf := range []string{"-wal", "-shm"} {
		os.Remove(to + suf)
	}
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// cpu is this process's user + system CPU time in seconds.
func cpu() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// maxRSS is this process's peak resident set in MB (it includes the
// corpus and the runs before).
func maxRSS() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Maxrss) / 1024
}

func die(f string, a ...any) {
	fmt.Fprintf(os.Stderr, "ingestsize: "+f+"\n", a...)
	os.Exit(1)
}

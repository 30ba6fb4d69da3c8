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
// With -pg URL (a role that may CREATE DATABASE; the server on this
// machine) it measures PostgreSQL: pre-filled databases PREFIX_prefill_N
// are kept and reused the same way (built as copies of the largest smaller
// one, then VACUUM ANALYZE), each measured run saves into a fresh copy,
// PREFIX_work, dropped afterwards, and the CPU time of the server backends
// serving it (read from /proc) is added to this process's. -pgdrop drops
// the databases of -pgprefix.
//
//	go run ./bench/ingestsize -sizes 0,10000,100000
//	go run ./bench/ingestsize -pg postgres://postgres@127.0.0.1:5432/postgres -pgprefix ctpg -sizes 0,10000
//	go run ./bench/ingestsize -pg postgres://postgres@127.0.0.1:5432/postgres -pgprefix ctpg -pgclone -pgstats -sizes 10000,100000
//	go run ./bench/ingestsize -pg postgres://postgres@127.0.0.1:5432/postgres -pgprefix ctpg -pgdrop
//
// -detail prints each run's user and system CPU-seconds and minor page
// faults; -stmtlabels with -cpuprofile labels the samples of each SQLite
// statement (go tool pprof -tags). bench/ingestsize/ab.sh runs two builds
// at the same time on the same pre-fills (an A/B that both see the same
// load).
//
// -pgclone builds the PostgreSQL pre-fills beyond one copy in SQL from the
// first copy (pgClonePrefill); -pgstats prints the server's statements of
// each measured run from pg_stat_statements.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ingest"
	"github.com/claimtrack/claimtrack/internal/stance"
	"github.com/claimtrack/claimtrack/internal/store"
	"github.com/claimtrack/claimtrack/internal/store/postgres"
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
	pgURL := flag.String("pg", "", "measure PostgreSQL instead of SQLite: URL of a database whose role may CREATE DATABASE")
	pgPrefix := flag.String("pgprefix", "ingestsize", "name prefix of the PostgreSQL databases made (PREFIX_prefill_N, kept; PREFIX_work)")
	pgDrop := flag.Bool("pgdrop", false, "drop the PostgreSQL databases of -pgprefix and exit")
	pgClone := flag.Bool("pgclone", false, "build PostgreSQL pre-fills beyond one copy by replicating the first copy in SQL, then relinking (minutes instead of hours; sizes round to whole copies)")
	pgRelink := flag.Bool("pgrelink", true, "with -pgclone, relink the cloned pre-fill (discrepancies and links as ingest makes them; slow at 100k)")
	pgStats := flag.Bool("pgstats", false, "print the server's top statements of each measured run (needs pg_stat_statements in the server)")
	stmtLabels := flag.Bool("stmtlabels", false, "with -cpuprofile, label each SQLite statement's samples (go tool pprof -tags splits the profile by statement)")
	detail := flag.Bool("detail", false, "print this process's user and system CPU-seconds and page faults of each measured run")
	flag.Parse()
	ctx := context.Background()
	sqlite.LabelStatements(*stmtLabels)
	if *pgDrop {
		if err := pgDropPrefills(ctx, *pgURL, *pgPrefix); err != nil {
			die("%v", err)
		}
		return
	}
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
		var open func() (target, error)
		name := "sqlite"
		if *pgURL != "" {
			name = "postgres"
			if *pgClone && n > len(corpus) {
				n = (n + len(corpus)/2) / len(corpus) * len(corpus) // whole copies
				if err := pgPrefill(ctx, *pgURL, *pgPrefix, len(corpus), corpus, *batch); err != nil {
					die("prefill %d: %v", len(corpus), err)
				}
				if err := pgClonePrefill(ctx, *pgURL, *pgPrefix, n, len(corpus), *pgRelink); err != nil {
					die("clone prefill %d: %v", n, err)
				}
			} else if err := pgPrefill(ctx, *pgURL, *pgPrefix, n, corpus, *batch); err != nil {
				die("prefill %d: %v", n, err)
			}
			size := n
			open = func() (target, error) { return pgOpen(ctx, *pgURL, *pgPrefix, size, judge) }
		} else {
			pre := filepath.Join(*dir, fmt.Sprintf("prefill-%d.db", n))
			if err := prefill(ctx, *dir, pre, n, corpus, *batch); err != nil {
				die("prefill %d: %v", n, err)
			}
			open = func() (target, error) { return liteOpen(ctx, *dir, pre, judge) }
		}
		for r := 0; r < *runs; r++ {
			db, err := open()
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
			stored := db.count(ctx)
			items := copyOf(corpus, copyNo, len(corpus))
			var pf *os.File
			if *prof != "" {
				pf, _ = os.Create(fmt.Sprintf("%s-%d.pprof", *prof, n))
				pprof.StartCPUProfile(pf)
			}
			pt, _ := db.(*pgTarget)
			if *pgStats && pt != nil {
				pt.resetStatements(ctx)
			}
			ru0 := usage()
			c, sc, w := cpu(), db.serverCPU(ctx), time.Now()
			for i := 0; i < len(items); i += *batch {
				if _, err := db.SaveBatch(ctx, items[i:min(i+*batch, len(items))]); err != nil {
					die("save: %v", err)
				}
			}
			csec, ssec, wall := cpu()-c, db.serverCPU(ctx)-sc, time.Since(w).Seconds()
			ru1 := usage()
			sec := csec + ssec
			if pf != nil {
				pprof.StopCPUProfile()
				pf.Close()
			}
			if *pgStats && pt != nil {
				pt.printStatements(ctx, len(items))
			}
			if err := db.close(ctx); err != nil {
				die("%v", err)
			}
			rate := float64(len(items)) / sec
			if n == sizes[0] && r == 0 {
				base = rate
			}
			ingestRate := float64(len(items)) / (sec + ext*float64(len(items))/float64(len(corpus)))
			fmt.Printf("%-9s %8d %14.0f %14.0f %10.1f %8.0f  %s", name, stored, rate, ingestRate, wall, maxRSS(), load())
			if base > 0 && n != sizes[0] {
				fmt.Printf("   (%+.0f%% vs %d)", 100*(rate/base-1), sizes[0])
			}
			if *detail {
				fmt.Printf("   [user %.2f s, sys %.2f s, minor faults %d]", time.Duration(ru1.Utime.Nano()-ru0.Utime.Nano()).Seconds(),
					time.Duration(ru1.Stime.Nano()-ru0.Stime.Nano()).Seconds(), ru1.Minflt-ru0.Minflt)
			}
			if ssec > 0 {
				fmt.Printf("   [per article: client %.1f ms, server %.1f ms]", 1000*csec/float64(len(items)), 1000*ssec/float64(len(items)))
			}
			fmt.Println()
		}
	}
}

// target is a store under measurement.
type target interface {
	SaveBatch(ctx context.Context, results []*extract.Result) ([]store.Saved, error)
	// count is how many articles the store holds.
	count(ctx context.Context) int
	// serverCPU is the CPU time, in seconds, of a database server's
	// processes serving this store (0 for an embedded store).
	serverCPU(ctx context.Context) float64
	close(ctx context.Context) error
}

type liteTarget struct {
	*sqlite.DB
	work string
}

// liteOpen opens a fresh copy of the pre-filled SQLite store pre.
func liteOpen(ctx context.Context, dir, pre string, judge stanceJudge) (target, error) {
	work := filepath.Join(dir, "work.db")
	if err := copyDB(pre, work); err != nil {
		return nil, err
	}
	db, err := sqlite.Open(ctx, work, sqlite.Options{Judge: judge})
	if err != nil {
		return nil, err
	}
	return liteTarget{db, work}, nil
}

func (t liteTarget) count(ctx context.Context) int {
	n := 0
	t.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM articles`).Scan(&n)
	return n
}

func (t liteTarget) serverCPU(context.Context) float64 { return 0 }

func (t liteTarget) close(context.Context) error {
	err := t.Close()
	for _, suf := range []string{"", "-wal", "-shm"} {
		os.Remove(t.work + suf)
	}
	return err
}

// pgTarget is a PostgreSQL database made for one measured run from the
// pre-filled template database; it is dropped when closed.
type pgTarget struct {
	*postgres.DB
	admin *pgx.Conn
	name  string
}

// pgDBURL is base with its database name replaced by name.
func pgDBURL(base, name string) (string, error) {
	u, err := url.Parse(base)
	if err != nil {
		return "", err
	}
	u.Path = "/" + name
	return u.String(), nil
}

// pgPrefillName is the database pre-filled with n articles.
func pgPrefillName(prefix string, n int) string { return fmt.Sprintf("%s_prefill_%d", prefix, n) }

func pgAdmin(ctx context.Context, base string) (*pgx.Conn, error) {
	return pgx.Connect(ctx, base)
}

func pgExists(ctx context.Context, admin *pgx.Conn, name string) bool {
	var ok bool
	admin.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname=$1)`, name).Scan(&ok)
	return ok
}

// pgPrefill makes database PREFIX_prefill_N hold n saves, continuing from
// the largest smaller pre-filled database (copied as a template). Pre-filled
// databases are kept for later runs; drop them with -pgdrop.
func pgPrefill(ctx context.Context, base, prefix string, n int, corpus []*extract.Result, batch int) error {
	admin, err := pgAdmin(ctx, base)
	if err != nil {
		return err
	}
	defer admin.Close(ctx)
	name := pgPrefillName(prefix, n)
	if pgExists(ctx, admin, name) {
		return nil
	}
	rows, err := admin.Query(ctx, `SELECT datname FROM pg_database WHERE datname LIKE $1`, prefix+`\_prefill\_%`)
	if err != nil {
		return err
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return err
	}
	have, from := 0, ""
	for _, m := range names {
		k, err := strconv.Atoi(strings.TrimPrefix(m, prefix+"_prefill_"))
		if err == nil && k < n && k >= have {
			have, from = k, m
		}
	}
	tmp := name + "_tmp"
	if _, err := admin.Exec(ctx, `DROP DATABASE IF EXISTS `+tmp); err != nil {
		return err
	}
	q := `CREATE DATABASE ` + tmp
	if from != "" {
		q += ` TEMPLATE ` + from
	}
	if _, err := admin.Exec(ctx, q); err != nil {
		return err
	}
	u, err := pgDBURL(base, tmp)
	if err != nil {
		return err
	}
	db, err := postgres.Open(ctx, u, postgres.Options{})
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
		fmt.Fprintf(os.Stderr, "prefill %s: %d articles (%.0f s)\n", name, have, time.Since(start).Seconds())
	}
	if _, err := db.Pool().Exec(ctx, `VACUUM ANALYZE`); err != nil {
		db.Close()
		return err
	}
	db.Close()
	_, err = admin.Exec(ctx, `ALTER DATABASE `+tmp+` RENAME TO `+name)
	return err
}

// pgOpen makes a work database from the pre-filled one and opens it.
func pgOpen(ctx context.Context, base, prefix string, n int, judge stanceJudge) (target, error) {
	admin, err := pgAdmin(ctx, base)
	if err != nil {
		return nil, err
	}
	name := prefix + "_work"
	if _, err := admin.Exec(ctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`); err != nil {
		admin.Close(ctx)
		return nil, err
	}
	if _, err := admin.Exec(ctx, `CREATE DATABASE `+name+` TEMPLATE `+pgPrefillName(prefix, n)); err != nil {
		admin.Close(ctx)
		return nil, err
	}
	u, err := pgDBURL(base, name)
	if err != nil {
		admin.Close(ctx)
		return nil, err
	}
	// Open migrates a pre-fill made by an older build; that is not measured.
	db, err := postgres.Open(ctx, u, postgres.Options{Judge: judge})
	if err != nil {
		admin.Close(ctx)
		return nil, err
	}
	return &pgTarget{DB: db, admin: admin, name: name}, nil
}

func (t *pgTarget) count(ctx context.Context) int {
	n := 0
	t.Pool().QueryRow(ctx, `SELECT COUNT(*) FROM articles`).Scan(&n)
	return n
}

// serverCPU reads, from /proc, the CPU time of the server backends
// connected to the work database (the server must run on this machine).
func (t *pgTarget) serverCPU(ctx context.Context) float64 {
	rows, err := t.admin.Query(ctx, `SELECT pid FROM pg_stat_activity WHERE datname=$1`, t.name)
	if err != nil {
		return 0
	}
	pids, _ := pgx.CollectRows(rows, pgx.RowTo[int])
	ticks := 0.0
	for _, pid := range pids {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			continue
		}
		// Fields after the command name (which may hold spaces): utime
		// and stime are the 14th and 15th of the line.
		s := string(b)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(f) > 12 {
			u, _ := strconv.ParseFloat(f[11], 64)
			st, _ := strconv.ParseFloat(f[12], 64)
			ticks += u + st
		}
	}
	return ticks / clockTicks
}

// clockTicks is USER_HZ, the unit of /proc/PID/stat's times (100 on Linux).
const clockTicks = 100

func (t *pgTarget) close(ctx context.Context) error {
	t.DB.Close()
	_, err := t.admin.Exec(ctx, `DROP DATABASE IF EXISTS `+t.name+` WITH (FORCE)`)
	t.admin.Close(ctx)
	return err
}

// resetStatements clears pg_stat_statements for the work database.
func (t *pgTarget) resetStatements(ctx context.Context) {
	if _, err := t.admin.Exec(ctx, `SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname=$1), 0)`, t.name); err != nil {
		fmt.Fprintf(os.Stderr, "pg_stat_statements: %v\n", err)
	}
}

// printStatements prints the statements that took the server's time in
// the run, per article: execution (and planning) time, calls, rows.
func (t *pgTarget) printStatements(ctx context.Context, articles int) {
	rows, err := t.admin.Query(ctx, `SELECT total_exec_time + total_plan_time, calls, rows, regexp_replace(query, '\s+', ' ', 'g')
		FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname=$1) ORDER BY 1 DESC LIMIT 16`, t.name)
	if err != nil {
		fmt.Fprintf(os.Stderr, "pg_stat_statements: %v\n", err)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var ms float64
		var calls, n int64
		var q string
		if err := rows.Scan(&ms, &calls, &n, &q); err != nil {
			return
		}
		if len(q) > 110 {
			q = q[:110]
		}
		fmt.Printf("    %6.3f ms/article %7d calls %8d rows  %s\n", ms/float64(articles), calls, n, q)
	}
}

// pgDropPrefills drops every pre-filled database of prefix.
func pgDropPrefills(ctx context.Context, base, prefix string) error {
	admin, err := pgAdmin(ctx, base)
	if err != nil {
		return err
	}
	defer admin.Close(ctx)
	rows, err := admin.Query(ctx, `SELECT datname FROM pg_database WHERE datname LIKE $1`, prefix+`\_%`)
	if err != nil {
		return err
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return err
	}
	for _, n := range names {
		if _, err := admin.Exec(ctx, `DROP DATABASE IF EXISTS `+pgx.Identifier{n}.Sanitize()+` WITH (FORCE)`); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "dropped %s\n", n)
	}
	return nil
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
	ru := usage()
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// usage is this process's resource usage so far.
func usage() syscall.Rusage {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru
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

// pgClonePrefill makes PREFIX_prefill_N (n a multiple of per, the saves of
// one copy) from PREFIX_prefill_PER, the first copy saved through
// SaveBatch: every later copy is the first one's rows again, in SQL, as
// copyOf would have them (ids after the copy before, doc ids "-cK", the
// outlet "(copy K)", publication dates and the figures' dates near them 10
// days later per copy, the first copy's dup groups since the texts are the
// same), then subject statistics are recounted, vocabularies scaled, and
// the ledger relinked (discrepancies and links from the stored facts).
// Saving 100k articles one by one takes hours on a shared machine; this
// takes minutes and gives the tables and indexes the same sizes.
func pgClonePrefill(ctx context.Context, base, prefix string, n, per int, relink bool) error {
	admin, err := pgAdmin(ctx, base)
	if err != nil {
		return err
	}
	defer admin.Close(ctx)
	name := pgPrefillName(prefix, n)
	if pgExists(ctx, admin, name) {
		return nil
	}
	tmp := name + "_tmp"
	if _, err := admin.Exec(ctx, `DROP DATABASE IF EXISTS `+tmp); err != nil {
		return err
	}
	if _, err := admin.Exec(ctx, `CREATE DATABASE `+tmp+` TEMPLATE `+pgPrefillName(prefix, per)); err != nil {
		return err
	}
	u, err := pgDBURL(base, tmp)
	if err != nil {
		return err
	}
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	start := time.Now()
	var ma, mf, ms, mc, ml int64
	if err := conn.QueryRow(ctx, `SELECT (SELECT MAX(id) FROM articles), (SELECT COALESCE(MAX(id),0) FROM figures), (SELECT COALESCE(MAX(id),0) FROM statements),
		(SELECT COALESCE(MAX(id),0) FROM claims), (SELECT COALESCE(MAX(id),0) FROM links)`).Scan(&ma, &mf, &ms, &mc, &ml); err != nil {
		return err
	}
	copies := n / per
	// shift moves a date 10 days per copy; a figure's date moves with its
	// article's when it was within a week of it (dated by publication),
	// and stays when it names another time.
	shift := func(col string) string {
		return `CASE WHEN ` + col + ` = '' THEN '' ELSE to_char(` + col + `::date + 10*k.k, 'YYYY-MM-DD') END`
	}
	steps := []string{
		`INSERT INTO articles(id,doc_id,url,path,title,source,author,published,version,previous,latest,grp,words,nfigures,nstatements,ingested,text,sentences)
		SELECT a.id + k.k*$1, regexp_replace(a.doc_id, '-c0$', '-c' || k.k), a.url, a.path, a.title, replace(a.source, '(copy 0)', '(copy ' || k.k || ')'), a.author,
			` + shift("a.published") + `, a.version, a.previous + k.k*$1, a.latest, a.grp, a.words, a.nfigures, a.nstatements, a.ingested, a.text, a.sentences
		FROM generate_series(1, $6::int - 1) k(k), articles a WHERE a.id <= $1 ORDER BY k.k, a.id`,
		`INSERT INTO minhash(article, sig, grp) SELECT m.article + k.k*$1, m.sig, m.grp FROM generate_series(1, $6::int - 1) k(k), minhash m WHERE m.article <= $1`,
		`INSERT INTO lsh(hash, article) SELECT l.hash, l.article + k.k*$1 FROM generate_series(1, $6::int - 1) k(k), lsh l WHERE l.article <= $1`,
		`INSERT INTO figures(id,article,subject,day,text,value,low,high,approx,unit,holder,location,country,as_of,basis,source,anonymous,span_s,span_e,sent_s,sent_e,evidence,meaning,outlet)
		SELECT f.id + k.k*$2, f.article + k.k*$1, f.subject,
			CASE WHEN f.day <> '' AND a.published <> '' AND abs(f.day::date - a.published::date) <= 7 THEN to_char(f.day::date + 10*k.k, 'YYYY-MM-DD') ELSE f.day END,
			f.text, f.value, f.low, f.high, f.approx, f.unit, f.holder, f.location, f.country, f.as_of, f.basis, f.source, f.anonymous, f.span_s, f.span_e, f.sent_s, f.sent_e, f.evidence, f.meaning,
			replace(f.outlet, '(COPY 0)', '(COPY ' || k.k || ')')
		FROM generate_series(1, $6::int - 1) k(k), figures f JOIN articles a ON a.id = f.article WHERE f.id <= $2 ORDER BY k.k, f.id`,
		`INSERT INTO statements(id,article,speaker,speaker_role,speaker_type,anonymous,speaker_s,speaker_e,cue,cue_s,cue_e,content,content_s,content_e,direct,stance,target,target_s,target_e,span_s,span_e,sent_s,sent_e,evidence,source_type)
		SELECT t.id + k.k*$3, t.article + k.k*$1, t.speaker,t.speaker_role,t.speaker_type,t.anonymous,t.speaker_s,t.speaker_e,t.cue,t.cue_s,t.cue_e,t.content,t.content_s,t.content_e,
			t.direct,t.stance,t.target,t.target_s,t.target_e,t.span_s,t.span_e,t.sent_s,t.sent_e,t.evidence,t.source_type
		FROM generate_series(1, $6::int - 1) k(k), statements t WHERE t.id <= $3 ORDER BY k.k, t.id`,
		`INSERT INTO claims(id,kind,ref,article,latest,published,speaker,outlet,stance,anonymous,subject,text)
		SELECT c.id + k.k*$4, c.kind, c.ref + k.k*CASE WHEN c.kind = 'figure' THEN $2::bigint ELSE $3::bigint END, c.article + k.k*$1, c.latest, ` + shift("c.published") + `,
			c.speaker, replace(c.outlet, '(copy 0)', '(copy ' || k.k || ')'), c.stance, c.anonymous, c.subject, c.text
		FROM generate_series(1, $6::int - 1) k(k), claims c WHERE c.id <= $4 ORDER BY k.k, c.id`,
		`SELECT setval(pg_get_serial_sequence('articles','id'), $1::bigint*$6::int), setval(pg_get_serial_sequence('figures','id'), GREATEST($2::bigint*$6::int, 1)),
			setval(pg_get_serial_sequence('statements','id'), GREATEST($3::bigint*$6::int, 1)), setval(pg_get_serial_sequence('claims','id'), GREATEST($4::bigint*$6::int, 1)),
			setval(pg_get_serial_sequence('links','id'), GREATEST($5::bigint*$6::int, 1))`,
		`UPDATE subjects s SET nfigures = x.nf, narticles = x.na, ngroups = x.ng, first = x.first, last = x.last
		FROM (SELECT f.subject, COUNT(*) nf, COUNT(DISTINCT f.article) na, COUNT(DISTINCT a.grp) ng, COALESCE(MIN(NULLIF(f.day,'')),'') first, COALESCE(MAX(f.day),'') last
			FROM figures f JOIN articles a ON a.id = f.article AND a.latest WHERE f.subject IS NOT NULL GROUP BY f.subject) x WHERE s.key = x.subject`,
		`UPDATE claims_vocab SET doc = LEAST(doc * $6::int, 256)`,
		`UPDATE articles_vocab SET doc = LEAST(doc * $6::int, 256)`,
	}
	for i, q := range steps {
		if _, err := conn.Exec(ctx, withParams(q), ma, mf, ms, mc, ml, copies); err != nil {
			return fmt.Errorf("clone step %d: %w", i+1, err)
		}
		fmt.Fprintf(os.Stderr, "clone %s: step %d/%d (%.0f s)\n", name, i+1, len(steps), time.Since(start).Seconds())
	}
	if _, err := conn.Exec(ctx, `VACUUM ANALYZE`); err != nil {
		return err
	}
	if relink {
		db, err := postgres.Open(ctx, u, postgres.Options{})
		if err != nil {
			return err
		}
		links, err := db.Relink(ctx)
		db.Close()
		if err != nil {
			return fmt.Errorf("relink: %w", err)
		}
		fmt.Fprintf(os.Stderr, "clone %s: relinked (%d links, %.0f s)\n", name, links, time.Since(start).Seconds())
		if _, err := conn.Exec(ctx, `VACUUM ANALYZE`); err != nil {
			return err
		}
	}
	conn.Close(ctx)
	_, err = admin.Exec(ctx, `ALTER DATABASE `+tmp+` RENAME TO `+name)
	return err
}

// withParams makes every one of $1..$6 appear in q with its type, so that
// one argument list serves statements that use only some of them.
func withParams(q string) string {
	var used []string
	for i, t := range []string{"bigint", "bigint", "bigint", "bigint", "bigint", "int"} {
		if !strings.Contains(q, fmt.Sprintf("$%d", i+1)) {
			used = append(used, fmt.Sprintf("$%d::%s", i+1, t))
		}
	}
	if len(used) == 0 {
		return q
	}
	// A CTE that names the unused parameters: PostgreSQL must know every
	// parameter's type.
	return `WITH unused AS (SELECT ` + strings.Join(used, ", ") + `) ` + q
}

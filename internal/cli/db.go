package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
	"github.com/claimtrack/claimtrack/internal/store/postgres"
	"github.com/claimtrack/claimtrack/internal/store/sqlite"
)

// defaultDB is the database file used without --db or CLAIMTRACK_DB.
const defaultDB = "claimtrack.db"

// dbFlag adds --db to fs; its default comes from CLAIMTRACK_DB.
func dbFlag(fs *flag.FlagSet, env *Env) *string {
	def := defaultDB
	if env.Getenv != nil {
		if v := env.Getenv("CLAIMTRACK_DB"); v != "" {
			def = v
		}
	}
	return fs.String("db", def, "SQLite database file or postgres:// URL (default from CLAIMTRACK_DB, else "+defaultDB+")")
}

// formatFlag adds --format with the allowed values.
func formatFlag(fs *flag.FlagSet, allowed ...string) *string {
	return fs.String("format", allowed[0], "output format: "+joinOr(allowed))
}

func joinOr(xs []string) string {
	s := ""
	for i, x := range xs {
		switch {
		case i == 0:
		case i == len(xs)-1:
			s += " or "
		default:
			s += ", "
		}
		s += x
	}
	return s
}

func checkFormat(env *Env, cmd, f string, allowed ...string) bool {
	for _, a := range allowed {
		if f == a {
			return true
		}
	}
	fmt.Fprintf(env.Stderr, "claimtrack %s: --format must be %s, not %q\n", cmd, joinOr(allowed), f)
	return false
}

// openQueryDB opens an existing database (a SQLite file or a postgres://
// URL) for a query command; it never creates one.
func openQueryDB(ctx context.Context, env *Env, cmd, path string) (store.Store, bool) {
	db, err := openLedger(ctx, path)
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack %s: %v\n", cmd, err)
		return nil, false
	}
	return db, true
}

// queryError prints a store error and returns the exit status: 2 for a bad
// query, 1 otherwise (not found included).
func queryError(env *Env, cmd string, err error) int {
	fmt.Fprintf(env.Stderr, "claimtrack %s: %v\n", cmd, err)
	if errors.Is(err, store.ErrBadQuery) {
		return 2
	}
	return 1
}

func parseDateFlag(env *Env, cmd, name, v string) (document.Date, bool) {
	if v == "" {
		return document.Date{}, true
	}
	d, err := document.ParseDate(v)
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack %s: --%s: %v\n", cmd, name, err)
		return d, false
	}
	return d, true
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func writeCSV(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func num(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

func span(s document.Span) string {
	if s.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d-%d", s.Start, s.End)
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return ""
}

func runDBRelink(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "db relink")
	path := dbFlag(fs, env)
	format := formatFlag(fs, "text", "json")
	if code, done := parseNoArgs(env, fs, args, format, "text", "json"); done {
		return code
	}
	db, ok := openQueryDB(ctx, env, "db relink", *path)
	if !ok {
		return 1
	}
	defer db.Close()
	rl, ok := db.(interface {
		Relink(context.Context) (int, error)
	})
	if !ok {
		fmt.Fprintf(env.Stderr, "claimtrack db relink: not supported by this store\n")
		return 1
	}
	n, err := rl.Relink(ctx)
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack db relink: %v (nothing changed)\n", err)
		return 1
	}
	if *format == "json" {
		return writeOrFail(env, "db relink", writeJSON(env.Stdout, map[string]int{"links": n}))
	}
	fmt.Fprintf(env.Stdout, "%d links\n", n)
	return 0
}

func runDBCheck(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "db check")
	path := dbFlag(fs, env)
	format := formatFlag(fs, "text", "json")
	if code, done := parseNoArgs(env, fs, args, format, "text", "json"); done {
		return code
	}
	db, ok := openQueryDB(ctx, env, "db check", *path)
	if !ok {
		return 1
	}
	defer db.Close()
	ck, ok := db.(interface {
		Check(context.Context) ([]string, error)
	})
	if !ok {
		fmt.Fprintf(env.Stderr, "claimtrack db check: not supported by this store\n")
		return 1
	}
	problems, err := ck.Check(ctx)
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack db check: %v\n", err)
		return 1
	}
	if *format == "json" {
		if problems == nil {
			problems = []string{}
		}
		if code := writeOrFail(env, "db check", writeJSON(env.Stdout, map[string]any{"ok": len(problems) == 0, "problems": problems})); code != 0 {
			return code
		}
	} else {
		for _, p := range problems {
			fmt.Fprintln(env.Stdout, p)
		}
		if len(problems) == 0 {
			fmt.Fprintln(env.Stdout, "ok")
		}
	}
	if len(problems) > 0 {
		return 1
	}
	return 0
}

func runDBStats(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "db stats")
	path := dbFlag(fs, env)
	format := formatFlag(fs, "text", "json")
	if code, done := parseNoArgs(env, fs, args, format, "text", "json"); done {
		return code
	}
	db, ok := openQueryDB(ctx, env, "db stats", *path)
	if !ok {
		return 1
	}
	defer db.Close()
	return dbStats(ctx, env, db, *format)
}

// parseNoArgs is parseFlags for a command that takes no positional
// arguments, checking --format (when given) against allowed too.
func parseNoArgs(env *Env, fs *flag.FlagSet, args []string, format *string, allowed ...string) (code int, done bool) {
	if code, done := parseFlags(env, fs, args); done {
		return code, true
	}
	if format != nil && !checkFormat(env, fs.Name(), *format, allowed...) {
		return 2, true
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "claimtrack %s: unexpected arguments %q\n", fs.Name(), fs.Args())
		return 2, true
	}
	return 0, false
}

func runDBGen(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "db gen")
	path := dbFlag(fs, env)
	n := fs.Int("articles", 100000, "number of articles")
	seed := fs.Int64("seed", 1, "random seed")
	batch := fs.Int("batch", 256, "articles per transaction")
	if code, done := parseNoArgs(env, fs, args, nil); done {
		return code
	}
	if *n < 1 || *batch < 1 {
		fmt.Fprintln(env.Stderr, "claimtrack db gen: --articles and --batch must be positive")
		return 2
	}
	var db store.Store
	var err error
	if isPostgresURL(*path) {
		db, err = postgres.Open(ctx, *path, postgres.Options{})
	} else {
		db, err = sqlite.Open(ctx, *path, sqlite.Options{})
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack db gen: %v\n", err)
		return 1
	}
	defer db.Close()
	start := time.Now()
	buf := make([]*extract.Result, 0, *batch)
	for i := 0; i < *n; i++ {
		buf = append(buf, store.Synthetic(*seed, i))
		if len(buf) == *batch || i == *n-1 {
			if _, err := db.SaveBatch(ctx, buf); err != nil {
				fmt.Fprintf(env.Stderr, "claimtrack db gen: %v\n", err)
				return 1
			}
			buf = buf[:0]
			if (i+1)%(*batch*40) == 0 {
				fmt.Fprintf(env.Stderr, "db gen: %d articles, %.0f/s\n", i+1, float64(i+1)/time.Since(start).Seconds())
			}
		}
	}
	fmt.Fprintf(env.Stderr, "db gen: %d articles in %s (%.0f/s)\n", *n, time.Since(start).Round(time.Millisecond), float64(*n)/time.Since(start).Seconds())
	return 0
}

func dbStats(ctx context.Context, env *Env, db store.Store, format string) int {
	// The two schemas differ in one way that matters here: SQLite keeps
	// "latest" as 0/1, PostgreSQL as a boolean.
	latest := "latest=1"
	var count func(q string) (int64, error)
	switch d := db.(type) {
	case *sqlite.DB:
		count = func(q string) (n int64, err error) { return n, d.SQL().QueryRowContext(ctx, q).Scan(&n) }
	case *postgres.DB:
		latest = "latest"
		count = func(q string) (n int64, err error) { return n, d.Pool().QueryRow(ctx, q).Scan(&n) }
	default:
		fmt.Fprintln(env.Stderr, "claimtrack db stats: not supported by this store")
		return 1
	}
	qs := []struct{ name, q string }{
		{"articles", `SELECT COUNT(*) FROM articles WHERE ` + latest},
		{"versions", `SELECT COUNT(*) FROM articles`},
		{"dup groups", `SELECT COUNT(DISTINCT grp) FROM articles WHERE ` + latest},
		{"words", `SELECT COALESCE(SUM(words),0) FROM articles WHERE ` + latest},
		{"figures", `SELECT COUNT(*) FROM figures`},
		{"statements", `SELECT COUNT(*) FROM statements`},
		{"subjects", `SELECT COUNT(*) FROM subjects`},
		{"links", `SELECT COUNT(*) FROM links`},
		{"discrepancies", `SELECT COUNT(*) FROM discrepancies`},
	}
	counts := make(map[string]int64, len(qs))
	for _, q := range qs {
		n, err := count(q.q)
		if err != nil {
			fmt.Fprintf(env.Stderr, "claimtrack db stats: %v\n", err)
			return 1
		}
		counts[strings.ReplaceAll(q.name, " ", "_")] = n
		if format == "text" {
			fmt.Fprintf(env.Stdout, "%-14s %d\n", q.name, n)
		}
	}
	if format == "json" {
		return writeOrFail(env, "db stats", writeJSON(env.Stdout, counts))
	}
	return 0
}

package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/ingest"
	"github.com/claimtrack/claimtrack/internal/pipeline"
)

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// countInputs counts the files a walk of paths would read (stdin counts
// one); it gives up (returning 0) past limit entries so it stays cheap.
func countInputs(paths []string, limit int) int {
	n, seen := 0, 0
	for _, p := range paths {
		if p == "-" {
			n++
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			n++
			continue
		}
		if !st.IsDir() {
			n++
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			seen++
			if seen > limit {
				return errors.New("too many")
			}
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.HasPrefix(d.Name(), ".") && d.Type().IsRegular() {
				n++
			}
			return nil
		})
		if err != nil {
			return 0
		}
	}
	return n
}

func runIngest(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "ingest")
	path := dbFlag(fs, env)
	published := fs.String("published", "", "publication date YYYY-MM-DD for inputs without one")
	source := fs.String("source", "", "outlet name for inputs without one")
	batchSize := fs.Int("batch", 64, "articles per transaction")
	quiet := fs.Bool("quiet", false, "no progress output")
	format := formatFlag(fs, "text", "json")
	offline := fs.Bool("offline", false, "do not fetch http(s) URLs (given as paths or listed in a file); report them instead")
	if code, done := parseFlags(env, fs, args); done {
		return code
	}
	if !checkFormat(env, "ingest", *format, "text", "json") {
		return 2
	}
	opt := ingest.Options{Source: *source, Fetch: !*offline}
	d, ok := parseDateFlag(env, "ingest", "published", *published)
	if !ok {
		return 2
	}
	opt.Published = d
	paths := fs.Args()
	if len(paths) == 0 {
		fs.Usage()
		return 2
	}
	if *batchSize < 1 || *batchSize > 10000 {
		fmt.Fprintln(env.Stderr, "claimtrack ingest: --batch must be between 1 and 10000")
		return 2
	}
	db, err := openStore(ctx, *path, false)
	if err != nil && ctx.Err() != nil {
		fmt.Fprintln(env.Stderr, "claimtrack ingest: interrupted before reading: 0 articles committed")
		return 130
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack ingest: %v\n", err)
		return 1
	}
	defer db.Close()

	tty := isTerminal(env.Stderr) && !*quiet
	total := 0
	if tty {
		total = countInputs(paths, 1_000_000)
	}
	// Read in one goroutine; the pipeline extracts in another and stores in
	// this one. walkCtx also stops the reader when storing fails.
	walkCtx, stopWalk := context.WithCancel(ctx)
	defer stopWalk()
	in := make(chan pipeline.Item, 2*(*batchSize))
	walkErr := make(chan error, 1)
	go func() {
		defer close(in)
		walkErr <- ingest.Walk(walkCtx, paths, env.Stdin, opt, func(it ingest.Item) error {
			// Warnings (repaired encodings) are printed as the input is
			// read, as `extract` prints them.
			for _, w := range it.Warnings {
				if tty {
					fmt.Fprint(env.Stderr, "\r\x1b[K")
				}
				fmt.Fprintf(env.Stderr, "claimtrack ingest: warning: %s\n", w)
			}
			select {
			case in <- pipeline.Item{Name: it.Name, Doc: it.Doc, Err: it.Err}:
				return nil
			case <-walkCtx.Done():
				return walkCtx.Err()
			}
		})
	}()

	var st struct{ read, created, versions, updated, same, failed, skipped, words, committed int }
	start := time.Now()
	lastLog := start
	progress := func(final bool) {
		el := time.Since(start).Seconds()
		rate := float64(st.read) / max(el, 1e-9)
		if tty {
			eta := ""
			if total > 0 && rate > 0 && st.read+st.failed < total {
				eta = fmt.Sprintf(", ETA %s", (time.Duration(float64(total-st.read-st.failed)/rate) * time.Second).Round(time.Second))
			}
			of := ""
			if total > 0 {
				of = fmt.Sprintf("/%d", total)
			}
			fmt.Fprintf(env.Stderr, "\r\x1b[Kingest: %d%s articles, %d new, %.0f articles/s%s", st.read, of, st.created, rate, eta)
			if final {
				fmt.Fprintln(env.Stderr)
			}
			return
		}
		if !*quiet && (final || time.Since(lastLog) >= 5*time.Second) {
			lastLog = time.Now()
			fmt.Fprintf(env.Stderr, "ingest: %d articles read, %d new, %d committed, %.0f articles/s\n", st.read, st.created, st.committed, rate)
		}
	}
	p := &pipeline.Pipeline{Store: db, Batch: *batchSize}
	runErr := p.Run(ctx, in, func(batch []pipeline.Outcome) {
		for _, o := range batch {
			if o.Err != nil && errors.Is(o.Err, ingest.ErrNotArticle) {
				st.skipped++
				if tty {
					fmt.Fprint(env.Stderr, "\r\x1b[K")
				}
				fmt.Fprintf(env.Stderr, "claimtrack ingest: skipped %v\n", o.Err)
				continue
			}
			if o.Err != nil {
				st.failed++
				if tty {
					fmt.Fprint(env.Stderr, "\r\x1b[K")
				}
				fmt.Fprintf(env.Stderr, "claimtrack ingest: %v\n", o.Err)
				continue
			}
			st.read++
			st.committed++
			switch s := o.Saved; {
			case s.Updated:
				st.updated++
			case !s.Created:
				st.same++
			case s.Version > 1:
				st.versions++
				st.created++
			default:
				st.created++
			}
			st.words += len(strings.Fields(o.Result.Doc.Text))
		}
		progress(false)
	})
	var storeErr error
	var se *pipeline.SaveError
	if errors.As(runErr, &se) {
		storeErr = se.Err
	}
	interrupted := ctx.Err() != nil
	stopWalk()
	for range in { // drain until the reader has stopped
	}
	werr := <-walkErr
	if storeErr != nil && errors.Is(werr, context.Canceled) {
		werr = nil
	}
	progress(true)
	if storeErr != nil && !interrupted {
		fmt.Fprintf(env.Stderr, "claimtrack ingest: %v (%d articles committed; rerun to complete)\n", storeErr, st.committed)
		return 1
	}
	if interrupted {
		fmt.Fprintf(env.Stderr, "claimtrack ingest: interrupted: %d articles committed, none half-written; rerun to complete\n", st.committed)
		return 130
	}
	if werr != nil {
		fmt.Fprintf(env.Stderr, "claimtrack ingest: %v\n", werr)
		return 1
	}
	el := time.Since(start)
	if *format == "json" {
		sum := map[string]any{"read": st.read, "new": st.created - st.versions, "versions": st.versions, "updated": st.updated, "unchanged": st.same,
			"failed": st.failed, "skipped": st.skipped, "seconds": el.Seconds()}
		if err := writeJSON(env.Stdout, sum); err != nil {
			fmt.Fprintf(env.Stderr, "claimtrack ingest: %v\n", err)
			return 1
		}
	} else if !*quiet {
		fmt.Fprintf(env.Stderr, "ingest: %d articles (%d new, %d new versions, %d updated, %d unchanged), %d failed, %d skipped (not articles), in %s: %.0f articles/s, %.0f words/s\n",
			st.read, st.created-st.versions, st.versions, st.updated, st.same, st.failed, st.skipped, el.Round(time.Millisecond),
			float64(st.read)/el.Seconds(), float64(st.words)/el.Seconds())
	}
	if st.failed > 0 {
		return 1
	}
	return 0
}

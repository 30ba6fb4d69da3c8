package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ingest"
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

// extracted is one input after extraction, or its error.
type extracted struct {
	res  *extract.Result
	name string
	err  error
}

// safeExtract runs the extractors, turning a panic into an error for that
// input so that one bad article cannot stop an ingest.
func safeExtract(doc *document.Document) (res *extract.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extract: internal error: %v", r)
		}
	}()
	return extract.Extract(doc), nil
}

func runIngest(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	path := dbFlag(fs, env)
	published := fs.String("published", "", "publication date YYYY-MM-DD for inputs without one")
	source := fs.String("source", "", "outlet name for inputs without one")
	batchSize := fs.Int("batch", 64, "articles per transaction")
	quiet := fs.Bool("quiet", false, "no progress output")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: claimtrack ingest [--db FILE] [--published YYYY-MM-DD] [--source NAME] [--batch N] PATH...\n\nPATH is a file, a directory (walked) or - for standard input. Articles already stored\n(same text) are skipped, or updated when they come with corrected metadata (--published,\n--source, title, URL); a new text at a stored URL becomes a new version.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	opt := ingest.Options{Source: *source}
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
	// Read and extract in one goroutine, store in this one. walkCtx also
	// stops the reader when storing fails.
	walkCtx, stopWalk := context.WithCancel(ctx)
	defer stopWalk()
	ch := make(chan extracted, 2*(*batchSize))
	walkErr := make(chan error, 1)
	go func() {
		defer close(ch)
		walkErr <- ingest.Walk(walkCtx, paths, env.Stdin, opt, func(it ingest.Item) error {
			var x extracted
			x.name = it.Name
			if it.Err != nil {
				x.err = it.Err
			} else if x.res, x.err = safeExtract(it.Doc); x.err != nil {
				x.err = fmt.Errorf("%s: %w", it.Name, x.err)
			}
			select {
			case ch <- x:
				return nil
			case <-walkCtx.Done():
				return walkCtx.Err()
			}
		})
	}()

	var st struct{ read, created, versions, updated, same, failed, words, committed int }
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
	batch := make([]*extract.Result, 0, *batchSize)
	flush := func(c context.Context) error {
		if len(batch) == 0 {
			return nil
		}
		saved, err := db.SaveBatch(c, batch)
		if err != nil {
			return err
		}
		for i, s := range saved {
			switch {
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
			st.words += len(strings.Fields(batch[i].Doc.Text))
		}
		st.committed += len(saved)
		batch = batch[:0]
		return nil
	}
	var storeErr error
	for x := range ch {
		if x.err != nil {
			st.failed++
			if tty {
				fmt.Fprint(env.Stderr, "\r\x1b[K")
			}
			fmt.Fprintf(env.Stderr, "claimtrack ingest: %v\n", x.err)
			continue
		}
		st.read++
		batch = append(batch, x.res)
		if len(batch) == *batchSize {
			if storeErr = flush(ctx); storeErr != nil {
				break
			}
			progress(false)
		}
	}
	interrupted := ctx.Err() != nil
	if storeErr == nil && len(batch) > 0 {
		// Commit what was read before an interrupt too: the batch is small
		// and bounded, and every article in it is whole.
		storeErr = flush(context.WithoutCancel(ctx))
	}
	stopWalk()
	for range ch { // drain until the reader has stopped
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
	if !*quiet {
		fmt.Fprintf(env.Stderr, "ingest: %d articles (%d new, %d new versions, %d updated, %d unchanged), %d failed, in %s: %.0f articles/s, %.0f words/s\n",
			st.read, st.created-st.versions, st.versions, st.updated, st.same, st.failed, el.Round(time.Millisecond),
			float64(st.read)/el.Seconds(), float64(st.words)/el.Seconds())
	}
	if st.failed > 0 {
		return 1
	}
	return 0
}

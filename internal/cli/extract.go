package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ingest"
)

func runExtract(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "extract")
	format := fs.String("format", "json", "output format: json (JSON Lines) or text")
	published := fs.String("published", "", "publication date YYYY-MM-DD for inputs without one")
	source := fs.String("source", "", "outlet name for inputs without one")
	offline := fs.Bool("offline", false, "do not fetch http(s) URLs (given as paths or listed in a file); report them instead")
	if code, done := parseFlags(env, fs, args); done {
		return code
	}
	if *format != "json" && *format != "text" {
		fmt.Fprintf(env.Stderr, "claimtrack extract: --format must be json or text, not %q\n", *format)
		return 2
	}
	opt := ingest.Options{Source: *source, Fetch: !*offline}
	if *published != "" {
		d, err := document.ParseDate(*published)
		if err != nil {
			fmt.Fprintf(env.Stderr, "claimtrack extract: --published: %v\n", err)
			return 2
		}
		opt.Published = d
	}
	paths := fs.Args()
	if len(paths) == 0 {
		fs.Usage()
		return 2
	}
	// One article is live at a time, so the heap stays at a few MB and the
	// default GOGC=100 collects every few articles. GOGC=400 lets the heap
	// grow to about 16 MB between collections (a few ms of marking each):
	// against GOGC=100 that saves about a fifth of the CPU time, and
	// against collecting only near a 64 MiB limit (GOGC off) it saves
	// another ~15% on the 5 MB BBC input (the process no longer faults in
	// and first-touches 50 MB of fresh heap; on a 54 MB input the two are
	// even) and halves peak RSS (75 → 41 MB). The 64 MiB soft limit still
	// bounds an oversized article's heap. GOGC or GOMEMLIMIT in the
	// environment win.
	if env.Getenv == nil || env.Getenv("GOGC") == "" && env.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(64 << 20))
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	out := bufio.NewWriterSize(env.Stdout, 256<<10)
	defer out.Flush()
	var x extract.Extractor
	var line []byte // reused: one record's JSON at a time
	failed := 0
	err := ingest.Walk(ctx, paths, env.Stdin, opt, func(it ingest.Item) error {
		if it.Err != nil && errors.Is(it.Err, ingest.ErrNotArticle) {
			fmt.Fprintf(env.Stderr, "claimtrack extract: skipped %v\n", it.Err)
			return nil
		}
		if it.Err != nil {
			failed++
			fmt.Fprintf(env.Stderr, "claimtrack extract: %v\n", it.Err)
			return nil
		}
		for _, w := range it.Warnings {
			fmt.Fprintf(env.Stderr, "claimtrack extract: warning: %s\n", w)
		}
		res := x.Extract(it.Doc)
		res.Warnings = append(res.Warnings, it.Warnings...)
		if *format == "text" {
			return writeText(out, res)
		}
		var err error
		line, err = res.AppendJSON(line[:0])
		if err != nil {
			return fmt.Errorf("%s: %w", it.Name, err)
		}
		line = append(line, '\n')
		_, err = out.Write(line)
		return err
	})
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack extract: %v\n", err)
		return 1
	}
	if failed > 0 {
		return 1
	}
	return 0
}

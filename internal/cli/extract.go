package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"

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
	out := bufio.NewWriterSize(env.Stdout, 64<<10)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
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
		res := extract.Extract(it.Doc)
		res.Warnings = append(res.Warnings, it.Warnings...)
		if *format == "text" {
			return writeText(out, res)
		}
		return enc.Encode(res)
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

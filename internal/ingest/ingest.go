// Package ingest reads articles from files, directories and standard input
// (plain text, HTML, JSON Lines) and turns them into documents. Bad input is
// reported per file; the walk goes on.
package ingest

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
)

// Options apply to every document read.
type Options struct {
	// Published is used when the input gives no date of its own.
	Published document.Date
	// Source names the outlet when the input does not.
	Source string
}

// Item is one document read, or the error that stopped one input.
type Item struct {
	// Name identifies the input: a path, "path:line" for JSON Lines, or "-".
	Name string
	Doc  *document.Document
	Err  error
}

// Walk reads every path (a file, a directory walked recursively, or "-" for
// stdin) and calls emit for each document or failed input, in order. It stops
// early only if ctx is done or emit returns an error.
func Walk(ctx context.Context, paths []string, stdin io.Reader, opt Options, emit func(Item) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if err := readStream(ctx, "-", stdin, opt, emit); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			if err := emit(Item{Name: p, Err: fmt.Errorf("%s: %w", p, err)}); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if err := readFile(ctx, p, opt, emit); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return emit(Item{Name: path, Err: fmt.Errorf("%s: %w", path, err)})
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") || !d.Type().IsRegular() {
				return nil
			}
			return readFile(ctx, path, opt, emit)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func readFile(ctx context.Context, path string, opt Options, emit func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return emit(Item{Name: path, Err: fmt.Errorf("%s: %w", path, err)})
	}
	defer f.Close()
	return readStream(ctx, path, f, opt, emit)
}

// readStream reads one input as plain text.
// TODO(ingest owner): sniff HTML and JSON Lines, size limits, UTF-8 checks.
func readStream(ctx context.Context, name string, r io.Reader, opt Options, emit func(Item) error) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return emit(Item{Name: name, Err: fmt.Errorf("%s: read: %w", name, err)})
	}
	doc := document.New(string(b))
	doc.Path = document.Str(name)
	doc.Published = opt.Published
	doc.Source = document.Str(opt.Source)
	return emit(Item{Name: name, Doc: doc})
}

// Package ingest reads articles from files, directories and standard input
// (plain text, HTML, JSON Lines) and turns them into documents. Bad input is
// reported per file; the walk goes on.
package ingest

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
)

// DefaultMaxBytes is the size limit of one article (a file, or a JSON
// Lines line) when Options.MaxBytes is not set: the project-wide
// document.MaxBytes.
const DefaultMaxBytes = document.MaxBytes

// Options apply to every document read.
type Options struct {
	// Published is used when the input gives no date of its own.
	Published document.Date
	// Source names the outlet when the input does not.
	Source string
	// MaxBytes limits the size of one article: a text or HTML file, or
	// one JSON Lines line. Zero or less means DefaultMaxBytes.
	MaxBytes int64
	// Fetch allows http(s) URLs, given as paths or listed one a line in a
	// text input, to be fetched. Off by default, so that servers and queue
	// workers reading untrusted input never make requests on its behalf.
	Fetch bool
	// Client fetches URLs; nil means one with DefaultFetchTimeout.
	Client *http.Client
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Item is one document read, or the error that stopped one input.
type Item struct {
	// Name identifies the input: a path, "path:line" for JSON Lines,
	// "path[i]" for a JSON array, or "-".
	Name string
	Doc  *document.Document
	Err  error
	// Warnings are problems that did not stop the input (a stray Latin-1
	// byte, an unknown date), each naming the input.
	Warnings []string
	// InputID is the identifier the input gives the article (the JSON
	// Lines "id"), if any. Doc.ID is always the hash of the text.
	InputID string
}

// Walk reads every path (a file, a directory walked recursively, or "-" for
// stdin) and calls emit for each document or failed input, in order. It stops
// early only if ctx is done or emit returns an error. Files are read one at
// a time, so memory does not grow with their number.
func Walk(ctx context.Context, paths []string, stdin io.Reader, opt Options, emit func(Item) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if stdin == nil {
				stdin = os.Stdin
			}
			if err := readInput(ctx, "-", stdin, -1, opt, emit); err != nil {
				return err
			}
			continue
		}
		if IsURL(p) {
			if err := readURL(ctx, p, p, opt, emit); err != nil {
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
			if err := ctx.Err(); err != nil {
				return err
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
			if kind := notArticle(d.Name()); kind != "" {
				// Reported, so that a folder of images does not look
				// like a folder of nothing.
				return emit(Item{Name: path, Err: fmt.Errorf("%s: %s: %w", path, kind, ErrNotArticle)})
			}
			if skipInDir(d.Name()) {
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

// skipInDir: files met in a directory walk that are program or data files,
// skipped without a word (named explicitly, they are read and rejected
// with an error). Images, archives and office files are reported instead
// (notArticle).
func skipInDir(name string) bool {
	if strings.HasSuffix(strings.ToLower(name), ".warc.gz") {
		return false
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".exe", ".dll", ".so", ".dylib", ".o", ".a", ".db", ".sqlite", ".sqlite3",
		".mp3", ".mp4", ".wav", ".ogg", ".webm", ".mov", ".avi", ".woff", ".woff2", ".ttf", ".otf",
		".css", ".js", ".map", ".wasm", ".pyc", ".class", ".jar", ".parquet", ".bin":
		return true
	}
	return false
}

func readFile(ctx context.Context, path string, opt Options, emit func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return emit(Item{Name: path, Err: fmt.Errorf("%s: %w", path, err)})
	}
	defer f.Close()
	size := int64(-1)
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = info.Size()
	}
	return readInput(ctx, path, f, size, opt, emit)
}

// format is an input's kind.
type format uint8

const (
	formatUnknown format = iota
	formatText
	formatHTML
	formatJSONL
	formatPDF
)

// formatByName tells the format from the file extension.
func formatByName(name string) format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md", ".markdown":
		return formatText
	case ".html", ".htm", ".xhtml", ".shtml":
		return formatHTML
	case ".jsonl", ".ndjson", ".json", ".jsonlines":
		return formatJSONL
	}
	return formatUnknown
}

// sniff tells the format from the first bytes: a tag opening an HTML page
// or a line starting with "{" (or "[") for JSON; text otherwise.
func sniff(head []byte) format {
	head = bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	head = bytes.TrimLeft(head, " \t\r\n\f")
	if len(head) == 0 {
		return formatText
	}
	switch head[0] {
	case '{', '[':
		return formatJSONL
	case '<':
		l := bytes.ToLower(head)
		for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<p>", "<div", "<!--"} {
			if bytes.HasPrefix(l, []byte(p)) {
				return formatHTML
			}
		}
		if bytes.HasPrefix(l, []byte("<?xml")) && bytes.Contains(l, []byte("<html")) {
			return formatHTML
		}
	}
	return formatText
}

// readStream reads one input of unknown size (see readInput).
func readStream(ctx context.Context, name string, r io.Reader, opt Options, emit func(Item) error) error {
	return readInput(ctx, name, r, -1, opt, emit)
}

// readInput reads one input: it picks the format (extension, then
// content), enforces the size limit without reading past it (size, when
// known, is checked before reading), and emits the document or a per-input
// error.
func readInput(ctx context.Context, name string, r io.Reader, size int64, opt Options, emit func(Item) error) error {
	limit := opt.maxBytes()
	bufSize := 8 << 10
	if size >= 0 && size < int64(bufSize) {
		bufSize = max(int(size)+1, 1024)
	}
	br := bufio.NewReaderSize(r, bufSize)
	head, _ := br.Peek(1024)
	if isWARC(name, head) {
		// An archive of many pages: streamed record by record, with the
		// size limit applied to each page, not the file.
		return readWARC(ctx, name, br, opt, emit)
	}
	if kind := notArticle(name); kind != "" && !isPDF(name, head) {
		return emit(Item{Name: name, Err: fmt.Errorf("%s: %s: %w", name, kind, ErrNotArticle)})
	}
	f := formatByName(name)
	if isPDF(name, head) {
		f = formatPDF
	}
	if f == formatUnknown || f == formatJSONL && name != "-" && !looksJSON(head) && strings.EqualFold(filepath.Ext(name), ".json") {
		f = sniff(head)
	}
	if f == formatJSONL && !wholeJSON(head) {
		return readJSONL(ctx, name, br, limit, opt, emit)
	}
	if size > limit {
		return emit(Item{Name: name, Err: fmt.Errorf("%s: %d bytes, limit %d: %w", name, size, limit, ErrTooLarge)})
	}
	data, err := readAll(br, limit+1, size)
	if err != nil {
		return emit(Item{Name: name, Err: fmt.Errorf("%s: read: %w", name, err)})
	}
	if int64(len(data)) > limit {
		return emit(Item{Name: name, Err: fmt.Errorf("%s: more than %d bytes: %w", name, limit, ErrTooLarge)})
	}
	if f == formatJSONL {
		return readJSONValues(ctx, name, data, opt, emit)
	}
	if f == formatText {
		if urls := urlList(data); urls != nil {
			return readURLList(ctx, name, urls, opt, emit)
		}
	}
	var doc *document.Document
	var warns []string
	if f == formatPDF {
		doc, warns, err = readPDF(data, opt)
	} else if f == formatHTML {
		doc, warns, err = readHTML(data, opt)
	} else {
		doc, warns, err = readText(data, opt)
	}
	if err != nil {
		return emit(Item{Name: name, Err: fmt.Errorf("%s: %w", name, err)})
	}
	if name != "-" {
		doc.Path = document.Str(name)
	}
	return emit(Item{Name: name, Doc: doc, Warnings: prefix(name, warns)})
}

func looksJSON(head []byte) bool {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF}), " \t\r\n")
	return len(head) > 0 && (head[0] == '{' || head[0] == '[')
}

// wholeJSON: the input is a JSON array or a pretty-printed object (its
// first line is "{" alone), not JSON Lines.
func wholeJSON(head []byte) bool {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF}), " \t\r\n")
	if len(head) == 0 {
		return false
	}
	if head[0] == '[' {
		return true
	}
	line := head
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		line = head[:i]
	}
	return string(bytes.TrimSpace(line)) == "{"
}

// readAll reads r up to limit bytes, allocating once when the size is
// known.
func readAll(r io.Reader, limit, size int64) ([]byte, error) {
	if size < 0 || size >= limit {
		return io.ReadAll(io.LimitReader(r, limit))
	}
	buf := make([]byte, 0, size+1) // +1 so that EOF is seen without growing
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
		if len(buf) == cap(buf) {
			// The file grew while we read it: finish under the limit.
			rest, err := io.ReadAll(io.LimitReader(r, limit-int64(len(buf))))
			return append(buf, rest...), err
		}
	}
}

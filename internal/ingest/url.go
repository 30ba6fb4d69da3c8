package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
)

// ErrOffline: an http(s) URL was given while fetching is turned off
// (Options.Fetch false).
var ErrOffline = errors.New("URL not fetched: fetching is off (offline)")

// ErrNotArticle: an input that is plainly not an article (an image, an
// archive, an office file). It is reported, one line per input, and the
// walk goes on; callers may count it as skipped rather than failed.
var ErrNotArticle = errors.New("not an article")

// DefaultFetchTimeout bounds one URL fetch when Options.Client is nil.
const DefaultFetchTimeout = 30 * time.Second

// IsURL reports whether p names an http or https URL rather than a path.
func IsURL(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func (o Options) client() *http.Client {
	if o.Client != nil {
		return o.Client
	}
	return &http.Client{Timeout: DefaultFetchTimeout}
}

// readURL fetches one page and reads it as HTML, PDF or text by its
// content type (then by sniffing), keeping the URL (after redirects) as the
// document's URL. Nothing is fetched unless opt.Fetch is set.
func readURL(ctx context.Context, name, rawURL string, opt Options, emit func(Item) error) error {
	fail := func(err error) error { return emit(Item{Name: name, Err: fmt.Errorf("%s: %w", name, err)}) }
	if !opt.Fetch {
		return fail(ErrOffline)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return fail(err)
	}
	req.Header.Set("User-Agent", "claimtrack (+https://github.com/claimtrack/claimtrack)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.1")
	resp, err := opt.client().Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fail(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fail(fmt.Errorf("HTTP %s", resp.Status))
	}
	limit := opt.maxBytes()
	if resp.ContentLength > limit {
		return fail(fmt.Errorf("%d bytes, limit %d: %w", resp.ContentLength, limit, ErrTooLarge))
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return fail(fmt.Errorf("read: %w", err))
	}
	if int64(len(data)) > limit {
		return fail(fmt.Errorf("more than %d bytes: %w", limit, ErrTooLarge))
	}
	final := rawURL
	if resp.Request != nil && resp.Request.URL != nil {
		final = resp.Request.URL.String()
	}
	ct, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	var doc *document.Document
	var warns []string
	switch {
	case ct == "application/pdf" || isPDF("", data[:min(len(data), 1024)]):
		doc, warns, err = readPDF(data, opt)
	case ct == "text/html" || ct == "application/xhtml+xml" || ct == "" && sniff(data[:min(len(data), 1024)]) == formatHTML:
		doc, warns, err = readHTML(data, opt)
	case ct == "text/plain" || ct == "":
		doc, warns, err = readText(data, opt)
	default:
		err = fmt.Errorf("content type %s: %w", ct, ErrNotArticle)
	}
	if err != nil {
		return fail(err)
	}
	if doc.URL == "" {
		doc.URL = document.Str(final)
	}
	return emit(Item{Name: name, Doc: doc, Warnings: prefix(name, warns)})
}

// urlList returns the URLs of a text input that holds nothing else (one
// per line; blank lines and lines starting with # ignored), or nil.
func urlList(data []byte) []string {
	var urls []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if !IsURL(l) || strings.ContainsAny(l, " \t") {
			return nil
		}
		urls = append(urls, l)
	}
	if sc.Err() != nil {
		return nil
	}
	return urls
}

// readURLList fetches each URL of a list file, naming each "file:line".
func readURLList(ctx context.Context, name string, urls []string, opt Options, emit func(Item) error) error {
	for i, u := range urls {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := readURL(ctx, fmt.Sprintf("%s[%d] %s", name, i+1, u), u, opt, emit); err != nil {
			return err
		}
	}
	return nil
}

func extOf(name string) string { return strings.ToLower(filepath.Ext(name)) }

// notArticle names the kind of a file that is plainly not an article,
// from its extension, or returns "".
func notArticle(name string) string {
	if strings.HasSuffix(strings.ToLower(name), ".warc.gz") {
		return ""
	}
	switch extOf(name) {
	case ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff", ".heic":
		return "an image"
	case ".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".tar", ".rar":
		return "an archive"
	case ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".ppt", ".pptx", ".odp", ".pages", ".key", ".numbers":
		return "an office document (save it as PDF, HTML or text)"
	case ".mp3", ".mp4", ".wav", ".ogg", ".webm", ".mov", ".avi", ".m4a":
		return "audio or video"
	}
	return ""
}

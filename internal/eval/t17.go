package eval

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/ingest"
)

// Timeline17 (Tran et al. 2013) input articles, read straight from the
// packed tarball (Timeline17/<topic>/InputDocs/<date>/<file>). The files are
// Penn-Treebank tokenized, one sentence a line; an article's text is its
// lines detokenized and joined by "\n", every line kept (blank ones too) so
// that line n of the file is line n of the text.

// t17Tarballs are the names the tarball goes by in ../shared/data/timeline17.
var t17Tarballs = []string{"Timeline17-open.tar.gz", "Timeline17-InputDocs.tar.gz"}

// T17Article is one Timeline17 input article.
type T17Article struct {
	Key       string // "<topic>/<date>/<file>"
	Topic     string
	Published document.Date // the date folder
	Source    string        // the outlet, from the topic's suffix
	Text      string        // detokenized lines joined by "\n"

	orig      []string // the file's lines as written
	lineStart []int    // byte offset in Text of each line (index 0 is line 1)
}

// Lines is the number of lines of the article.
func (a *T17Article) Lines() int { return len(a.orig) }

// Line returns the span of line n (1-based) in Text.
func (a *T17Article) Line(n int) (document.Span, bool) {
	if n < 1 || n > len(a.lineStart) {
		return document.Span{}, false
	}
	end := len(a.Text)
	if n < len(a.lineStart) {
		end = a.lineStart[n] - 1
	}
	return document.Span{Start: a.lineStart[n-1], End: end}, true
}

// Resolve finds the nth (1-based) occurrence of s in line n of the file as
// written and returns the span of the same occurrence in Text.
// Occurrences are whole tokens: "1" is not found in "10" or "1.5", but "38"
// is found in "38m" (a number may carry a unit suffix).
func (a *T17Article) Resolve(line int, s string, nth int) (document.Span, error) {
	sp, ok := a.Line(line)
	if !ok {
		return document.Span{}, fmt.Errorf("%s: no line %d (the file has %d)", a.Key, line, len(a.orig))
	}
	if nth < 1 {
		return document.Span{}, fmt.Errorf("%s:%d: nth must be ≥ 1, not %d", a.Key, line, nth)
	}
	if n := len(occurrences(a.orig[line-1], s)); n < nth {
		return document.Span{}, fmt.Errorf("%s:%d: %q occurs %d times in the file's line, not %d", a.Key, line, s, n, nth)
	}
	occ := occurrences(sp.Of(a.Text), s)
	if len(occ) < nth {
		return document.Span{}, fmt.Errorf("%s:%d: %q lost in detokenization", a.Key, line, s)
	}
	start := sp.Start + occ[nth-1]
	return document.Span{Start: start, End: start + len(s)}, nil
}

// occurrences returns the byte offsets of s in line as a whole token: not
// preceded by a letter or digit, and not followed by a letter or digit
// (except a letter after a number: "38" in "38m") nor by a decimal or
// thousands part ("1" in "1.5" or "1,000"); a number after a digit and a
// hyphen is a range's bound, not a token of its own.
func occurrences(line, s string) []int {
	if s == "" {
		return nil
	}
	var out []int
	numeric := isDigitByte(s[len(s)-1])
	for i := 0; ; {
		j := strings.Index(line[i:], s)
		if j < 0 {
			return out
		}
		at, end := i+j, i+j+len(s)
		i = at + 1
		if at > 0 && isAlnumByte(s[0]) {
			if r, _ := utf8.DecodeLastRuneInString(line[:at]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
			if isDigitByte(s[0]) && at >= 2 && (line[at-1] == '.' || line[at-1] == ',') && isDigitByte(line[at-2]) {
				continue // "200" in "1,200"
			}
			if isDigitByte(s[0]) && at >= 2 && line[at-1] == '-' && isDigitByte(line[at-2]) {
				// "100,000" in "50,000-100,000": a range's bound, written
				// in the gold as the whole range; detokenizing glues a
				// range the tokenizer split ("50,000-100 ,000"), and its
				// bound must not take the place of a later lone number.
				continue
			}
		}
		if end < len(line) && isAlnumByte(s[len(s)-1]) {
			c := line[end]
			r, _ := utf8.DecodeRuneInString(line[end:])
			if isDigitByte(c) || !numeric && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				continue
			}
			if numeric && (c == '.' || c == ',') && end+1 < len(line) && isDigitByte(line[end+1]) {
				continue
			}
		}
		out = append(out, at)
	}
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isAlnumByte(c byte) bool {
	return isDigitByte(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// NewT17Article builds the article of one file's content.
func NewT17Article(key string, raw []byte) (*T17Article, error) {
	parts := strings.Split(key, "/")
	if len(parts) != 3 {
		return nil, fmt.Errorf("timeline17: key %q is not <topic>/<date>/<file>", key)
	}
	pub, err := document.ParseDate(parts[1])
	if err != nil {
		return nil, fmt.Errorf("timeline17: %s: date folder: %w", key, err)
	}
	s := strings.ToValidUTF8(string(raw), "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.TrimSuffix(s, "\n")
	a := &T17Article{Key: key, Topic: parts[0], Published: pub, Source: t17Outlet(parts[0])}
	a.orig = strings.Split(s, "\n")
	var b strings.Builder
	b.Grow(len(s))
	a.lineStart = make([]int, len(a.orig))
	for i, l := range a.orig {
		if i > 0 {
			b.WriteByte('\n')
		}
		a.lineStart[i] = b.Len()
		b.WriteString(ingest.DetokenizePTB(l))
	}
	a.Text = b.String()
	return a, nil
}

// Document returns the article as a document for the pipeline.
func (a *T17Article) Document() *document.Document {
	doc := document.New(a.Text)
	doc.Published = a.Published
	doc.Source = document.Str(a.Source)
	doc.Path = document.Str(a.Key)
	doc.Dateline = ingest.FindDateline(a.Text)
	return doc
}

// t17Outlet names the outlet of a topic ("haiti_bbc" → "BBC").
func t17Outlet(topic string) string {
	i := strings.LastIndexByte(topic, '_')
	if i < 0 {
		return ""
	}
	switch suf := topic[i+1:]; suf {
	case "bbc":
		return "BBC"
	case "cnn":
		return "CNN"
	case "guardian":
		return "The Guardian"
	case "washingtonpost":
		return "The Washington Post"
	case "reuters":
		return "Reuters"
	case "foxnews":
		return "Fox News"
	default:
		return suf
	}
}

// T17Tarball returns the Timeline17 tarball: dir itself when it is a file,
// else the first known tarball name inside dir.
func T17Tarball(dir string) (string, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return "", fmt.Errorf("timeline17: %w", err)
	}
	if !st.IsDir() {
		return dir, nil
	}
	for _, n := range t17Tarballs {
		p := filepath.Join(dir, n)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("timeline17: none of %s in %s", strings.Join(t17Tarballs, ", "), dir)
}

// ReadT17 streams the input articles of the Timeline17 tarball at dataPath
// (the tarball or the directory holding it) and calls fn for each article
// whose key want accepts (all when want is nil), in tarball order. Empty
// files are skipped.
func ReadT17(ctx context.Context, dataPath string, want func(key string) bool, fn func(*T17Article) error) error {
	p, err := T17Tarball(dataPath)
	if err != nil {
		return err
	}
	f, err := os.Open(p)
	if err != nil {
		return fmt.Errorf("timeline17: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("timeline17: %s: %w", p, err)
	}
	defer zr.Close()
	tr := tar.NewReader(zr)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("timeline17: %s: %w", p, err)
		}
		if h.Typeflag != tar.TypeReg || h.Size == 0 {
			continue
		}
		key, ok := t17Key(h.Name)
		if !ok || want != nil && !want(key) {
			continue
		}
		raw, err := io.ReadAll(io.LimitReader(tr, 8<<20))
		if err != nil {
			return fmt.Errorf("timeline17: %s: %w", h.Name, err)
		}
		a, err := NewT17Article(key, raw)
		if err != nil {
			return err
		}
		if err := fn(a); err != nil {
			return err
		}
	}
}

// t17Key turns "Timeline17/<topic>/InputDocs/<date>/<file>" into
// "<topic>/<date>/<file>".
func t17Key(name string) (string, bool) {
	parts := strings.Split(path.Clean(name), "/")
	n := len(parts)
	if n < 4 || parts[n-3] != "InputDocs" {
		return "", false
	}
	return parts[n-4] + "/" + parts[n-2] + "/" + parts[n-1], true
}

// Package warc reads and writes WARC 1.0/1.1 files (ISO 28500), plain or
// gzipped record by record, as a stream: memory stays constant whatever the
// file size, because each record's block is read through a bounded reader
// and discarded before the next one.
//
// The module proxy here does not serve internetarchive/gowarc, and the format
// is small enough that a careful standard-library reader is the better trade.
package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
	"time"
)

// Record is one WARC record. Body reads the record's block; it is valid
// until the next call to Reader.Next.
type Record struct {
	Version       string
	Header        textproto.MIMEHeader
	Type          string // WARC-Type: response, resource, request, metadata, warcinfo …
	TargetURI     string
	Date          time.Time
	ContentType   string
	ContentLength int64
	Body          io.Reader
	// Offset is the byte offset of the record in the uncompressed stream,
	// for error messages.
	Offset int64
}

// Reader reads records from a WARC stream.
type Reader struct {
	br     *bufio.Reader
	cr     *countingReader
	body   *io.LimitedReader
	closer io.Closer
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// NewReader returns a reader for r, detecting gzip by its magic bytes.
// Concatenated gzip members (one per record, as WARC tools write them) are
// read as one stream.
func NewReader(r io.Reader) (*Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	magic, _ := br.Peek(2)
	var src io.Reader = br
	var closer io.Closer
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("warc: gzip: %w", err)
		}
		src, closer = zr, zr
	}
	cr := &countingReader{r: src}
	return &Reader{br: bufio.NewReaderSize(cr, 64<<10), cr: cr, closer: closer}, nil
}

// Close releases the decompressor, if any. It does not close the
// underlying reader.
func (r *Reader) Close() error {
	if r.closer != nil {
		return r.closer.Close()
	}
	return nil
}

// offset is the uncompressed position of the next unread byte.
func (r *Reader) offset() int64 { return r.cr.n - int64(r.br.Buffered()) }

// Limits of a record's header, so that a damaged or hostile file fails
// fast with a short message instead of growing memory with one line.
const (
	MaxLine   = 64 << 10 // one header line (the version line included)
	MaxHeader = 1 << 20  // all the header lines of one record
)

// ErrHeaderTooLarge is wrapped by errors about a header line or header over
// the limits.
var ErrHeaderTooLarge = errors.New("header too large")

// readLine reads one line of at most max bytes (without its end), reading
// no more than max+1 bytes of an overlong one. At EOF it returns the partial
// line and io.EOF.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	for {
		b, err := br.ReadSlice('\n')
		if len(line)+len(b) > max+2 { // +2: the CRLF
			keep := min(len(b), 64)
			return append(line, b[:keep]...), fmt.Errorf("line longer than %d bytes: %w", max, ErrHeaderTooLarge)
		}
		line = append(line, b...)
		switch {
		case err == nil:
			return bytes.TrimRight(line, "\r\n"), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return line, err
		}
	}
}

// Next returns the next record, or io.EOF after the last one. An error
// other than io.EOF means the stream is damaged at that point.
func (r *Reader) Next() (*Record, error) {
	// Skip what the caller left of the previous block, and its trailer.
	if r.body != nil {
		if _, err := io.Copy(io.Discard, r.body); err != nil {
			return nil, fmt.Errorf("warc: skipping record body: %w", err)
		}
		r.body = nil
	}
	// Blank lines separate records (the trailing CRLF CRLF).
	var line []byte
	var off int64
	for {
		off = r.offset()
		b, err := readLine(r.br, MaxLine)
		if errors.Is(err, ErrHeaderTooLarge) {
			return nil, fmt.Errorf("warc: at offset %d: %w, not a WARC record: %q", off, err, clip(string(b), 40))
		}
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("warc: at offset %d: %w", off, err)
		}
		line = bytes.TrimRight(b, "\r\n")
		if len(line) > 0 {
			break
		}
		if err == io.EOF {
			return nil, io.EOF
		}
	}
	if !bytes.HasPrefix(line, []byte("WARC/")) {
		return nil, fmt.Errorf("warc: at offset %d: expected a WARC/1.x version line, got %q", off, clip(string(line), 40))
	}
	h, err := ReadHeader(r.br)
	if err != nil {
		return nil, fmt.Errorf("warc: at offset %d: header: %w", off, err)
	}
	rec := &Record{Version: string(line), Header: h, Offset: off}
	rec.Type = h.Get("WARC-Type")
	rec.TargetURI = strings.Trim(h.Get("WARC-Target-URI"), "<>")
	rec.ContentType = h.Get("Content-Type")
	if d := h.Get("WARC-Date"); d != "" {
		if t, err := time.Parse(time.RFC3339, d); err == nil {
			rec.Date = t
		}
	}
	cl := h.Get("Content-Length")
	n, err := strconv.ParseInt(strings.TrimSpace(cl), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("warc: at offset %d: bad Content-Length %q", off, clip(cl, 40))
	}
	rec.ContentLength = n
	r.body = &io.LimitedReader{R: r.br, N: n}
	rec.Body = r.body
	return rec, nil
}

// ReadHeader reads "Name: value" lines up to a blank line (or the end of
// the input after at least one field), folding continuation lines, within
// MaxLine per line and MaxHeader in all. Errors quote at most a short prefix
// of the offending line.
func ReadHeader(br *bufio.Reader) (textproto.MIMEHeader, error) {
	h := textproto.MIMEHeader{}
	total := 0
	var key string
	for {
		line, err := readLine(br, MaxLine)
		if errors.Is(err, ErrHeaderTooLarge) {
			return h, fmt.Errorf("%w: %q", err, clip(string(line), 40))
		}
		if err != nil && !(err == io.EOF && len(h) > 0) {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return h, err
		}
		line = bytes.TrimRight(line, "\r\n")
		total += len(line) + 2
		if total > MaxHeader {
			return h, fmt.Errorf("more than %d bytes of header lines: %w", MaxHeader, ErrHeaderTooLarge)
		}
		if len(line) == 0 {
			return h, nil
		}
		if line[0] == ' ' || line[0] == '\t' {
			// A continuation of the previous field's value.
			if key == "" {
				return h, fmt.Errorf("continuation line without a field: %q", clip(string(line), 40))
			}
			vs := h[key]
			vs[len(vs)-1] += " " + string(bytes.TrimSpace(line))
			continue
		}
		k, v, ok := bytes.Cut(line, []byte(":"))
		if !ok || len(k) == 0 || bytes.ContainsAny(k, " \t") {
			return h, fmt.Errorf("malformed header line %q", clip(string(line), 40))
		}
		key = textproto.CanonicalMIMEHeaderKey(string(k))
		h[key] = append(h[key], string(bytes.TrimSpace(v)))
		if err == io.EOF {
			return h, nil
		}
	}
}

// IsHTTPResponse reports whether the record holds an HTTP response.
func (rec *Record) IsHTTPResponse() bool {
	return rec.Type == "response" && strings.HasPrefix(strings.ToLower(rec.ContentType), "application/http")
}

// HTTPResponse parses the record's block as an HTTP response. The
// response body reads from the record and is valid until the next Next.
func (rec *Record) HTTPResponse() (*http.Response, error) {
	// The status line and header are read with the same limits as the WARC
	// header before net/http parses them: it has no line limit of its own.
	br := bufio.NewReader(rec.Body)
	var head bytes.Buffer
	for total := 0; ; {
		line, err := readLine(br, MaxLine)
		if errors.Is(err, ErrHeaderTooLarge) {
			return nil, fmt.Errorf("warc: record %s at offset %d: http response: %w: %q", clip(rec.TargetURI, 80), rec.Offset, err, clip(string(line), 40))
		}
		total += len(line) + 2
		if total > MaxHeader {
			return nil, fmt.Errorf("warc: record %s at offset %d: http response: more than %d bytes of header lines: %w", clip(rec.TargetURI, 80), rec.Offset, MaxHeader, ErrHeaderTooLarge)
		}
		head.Write(line)
		head.WriteString("\r\n")
		if err != nil || len(line) == 0 {
			break // net/http reports a truncated header
		}
	}
	resp, err := http.ReadResponse(bufio.NewReader(io.MultiReader(&head, br)), nil)
	if err != nil {
		return nil, fmt.Errorf("warc: record %s at offset %d: http response: %w", clip(rec.TargetURI, 80), rec.Offset, err)
	}
	return resp, nil
}

// Writer writes WARC records, each as its own gzip member when Gzip is set
// (so that readers can seek to any record).
type Writer struct {
	w    io.Writer
	Gzip bool
	n    int
}

// NewWriter returns a writer to w.
func NewWriter(w io.Writer, gz bool) *Writer { return &Writer{w: w, Gzip: gz} }

// WriteRecord writes one record with the given WARC headers and block. It
// sets WARC-Record-ID, WARC-Date and Content-Length when they are missing.
func (w *Writer) WriteRecord(h textproto.MIMEHeader, block []byte) error {
	w.n++
	var head bytes.Buffer
	head.WriteString("WARC/1.1\r\n")
	if h.Get("WARC-Record-ID") == "" {
		h.Set("WARC-Record-ID", fmt.Sprintf("<urn:claimtrack:%d>", w.n))
	}
	if h.Get("WARC-Date") == "" {
		h.Set("WARC-Date", time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339))
	}
	h.Set("Content-Length", strconv.Itoa(len(block)))
	for _, k := range []string{"WARC-Type", "WARC-Record-ID", "WARC-Date", "WARC-Target-URI", "Content-Type", "Content-Length"} {
		for _, v := range h.Values(k) {
			fmt.Fprintf(&head, "%s: %s\r\n", k, v)
		}
	}
	for k, vs := range h {
		switch k {
		case "Warc-Type", "Warc-Record-Id", "Warc-Date", "Warc-Target-Uri", "Content-Type", "Content-Length":
			continue
		}
		for _, v := range vs {
			fmt.Fprintf(&head, "%s: %s\r\n", k, v)
		}
	}
	head.WriteString("\r\n")
	var dst io.Writer = w.w
	var zw *gzip.Writer
	if w.Gzip {
		zw = gzip.NewWriter(w.w)
		dst = zw
	}
	if _, err := dst.Write(head.Bytes()); err != nil {
		return err
	}
	if _, err := dst.Write(block); err != nil {
		return err
	}
	if _, err := io.WriteString(dst, "\r\n\r\n"); err != nil {
		return err
	}
	if zw != nil {
		return zw.Close()
	}
	return nil
}

// WriteHTMLResponse writes an HTTP 200 response record for an HTML page.
func (w *Writer) WriteHTMLResponse(uri string, date time.Time, html []byte) error {
	var block bytes.Buffer
	fmt.Fprintf(&block, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n", len(html))
	block.Write(html)
	h := textproto.MIMEHeader{}
	h.Set("WARC-Type", "response")
	h.Set("WARC-Target-URI", uri)
	h.Set("WARC-Date", date.UTC().Format(time.RFC3339))
	h.Set("Content-Type", "application/http; msgtype=response")
	return w.WriteRecord(h, block.Bytes())
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

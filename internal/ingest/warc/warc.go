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
	var line string
	for {
		b, err := r.br.ReadSlice('\n')
		if err == io.EOF && len(b) == 0 {
			return nil, io.EOF
		}
		if err != nil && err != io.EOF {
			if errors.Is(err, bufio.ErrBufferFull) {
				return nil, fmt.Errorf("warc: at offset %d: line too long, not a WARC record", r.offset())
			}
			return nil, fmt.Errorf("warc: %w", err)
		}
		line = strings.TrimRight(string(b), "\r\n")
		if line != "" {
			break
		}
		if err == io.EOF {
			return nil, io.EOF
		}
	}
	off := r.offset() - int64(len(line)) - 2
	if !strings.HasPrefix(line, "WARC/") {
		return nil, fmt.Errorf("warc: at offset %d: expected a WARC/1.x version line, got %q", off, clip(line, 40))
	}
	tp := textproto.NewReader(r.br)
	h, err := tp.ReadMIMEHeader()
	if err != nil && !(err == io.EOF && len(h) > 0) {
		return nil, fmt.Errorf("warc: at offset %d: header: %w", off, err)
	}
	rec := &Record{Version: line, Header: h, Offset: off}
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
		return nil, fmt.Errorf("warc: at offset %d: bad Content-Length %q", off, cl)
	}
	rec.ContentLength = n
	r.body = &io.LimitedReader{R: r.br, N: n}
	rec.Body = r.body
	return rec, nil
}

// IsHTTPResponse reports whether the record holds an HTTP response.
func (rec *Record) IsHTTPResponse() bool {
	return rec.Type == "response" && strings.HasPrefix(strings.ToLower(rec.ContentType), "application/http")
}

// HTTPResponse parses the record's block as an HTTP response. The
// response body reads from the record and is valid until the next Next.
func (rec *Record) HTTPResponse() (*http.Response, error) {
	resp, err := http.ReadResponse(bufio.NewReader(rec.Body), nil)
	if err != nil {
		return nil, fmt.Errorf("warc: record %s at offset %d: http response: %w", rec.TargetURI, rec.Offset, err)
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

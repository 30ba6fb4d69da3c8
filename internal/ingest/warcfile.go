package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/ingest/warc"
)

// isWARC tells a WARC file by its name or its first bytes.
func isWARC(name string, head []byte) bool {
	l := strings.ToLower(name)
	if strings.HasSuffix(l, ".warc") || strings.HasSuffix(l, ".warc.gz") {
		return true
	}
	return bytes.HasPrefix(head, []byte("WARC/1."))
}

// readWARC streams the HTTP responses and resources of a WARC file through
// the HTML and text readers, one record at a time, so memory stays constant
// whatever the archive's size. Each record is named "file#offset" in items
// and errors. A damaged record stops the file (the stream cannot be
// resynchronized reliably) after the records before it were emitted.
func readWARC(ctx context.Context, name string, r io.Reader, opt Options, emit func(Item) error) error {
	wr, err := warc.NewReader(r)
	if err != nil {
		return emit(Item{Name: name, Err: fmt.Errorf("%s: %w", name, err)})
	}
	defer wr.Close()
	max := opt.maxBytes()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return emit(Item{Name: name, Err: fmt.Errorf("%s: %w", name, err)})
		}
		itemName := fmt.Sprintf("%s#%d", name, rec.Offset)
		var body io.Reader
		var ctype string
		switch {
		case rec.IsHTTPResponse():
			resp, err := rec.HTTPResponse()
			if err != nil {
				if err := emit(Item{Name: itemName, Err: fmt.Errorf("%s: %w", itemName, err)}); err != nil {
					return err
				}
				continue
			}
			if resp.StatusCode != 200 {
				continue // redirects, errors: no article
			}
			body, ctype = resp.Body, resp.Header.Get("Content-Type")
		case rec.Type == "resource" || rec.Type == "conversion":
			body, ctype = rec.Body, rec.ContentType
		default:
			continue // requests, metadata, warcinfo
		}
		mt, _, _ := mime.ParseMediaType(ctype)
		if mt != "text/html" && mt != "application/xhtml+xml" && mt != "text/plain" {
			continue
		}
		data, err := io.ReadAll(io.LimitReader(body, max+1))
		if err != nil {
			return emit(Item{Name: name, Err: fmt.Errorf("%s: %w", itemName, err)})
		}
		if int64(len(data)) > max {
			if err := emit(Item{Name: itemName, Err: fmt.Errorf("%s: more than %d bytes: %w", itemName, max, ErrTooLarge)}); err != nil {
				return err
			}
			continue
		}
		var doc *document.Document
		var warns []string
		if mt == "text/plain" {
			doc, warns, err = readText(data, opt)
		} else {
			doc, warns, err = readHTML(data, opt)
		}
		if err != nil {
			if err := emit(Item{Name: itemName, Err: fmt.Errorf("%s (%s): %w", itemName, rec.TargetURI, err)}); err != nil {
				return err
			}
			continue
		}
		if doc.URL == "" {
			doc.URL = document.Str(rec.TargetURI)
		}
		doc.Path = document.Str(itemName)
		if err := emit(Item{Name: itemName, Doc: doc, Warnings: prefix(itemName, warns)}); err != nil {
			return err
		}
	}
}

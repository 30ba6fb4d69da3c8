package server

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// saveOnly is a store that accepts every batch; the fuzz target exercises
// the request readers and the extractor, not SQL.
type saveOnly struct{ store.Store }

func (saveOnly) SaveBatch(_ context.Context, rs []*extract.Result) ([]store.Saved, error) {
	out := make([]store.Saved, len(rs))
	for i, r := range rs {
		out[i] = store.Saved{ID: store.ArticleID(i + 1), DocID: r.Doc.ID, Created: true, Version: 1}
	}
	return out, nil
}

// ingestTypes are the content types the ingest endpoints read.
var ingestTypes = []string{
	"application/json",
	"multipart/form-data; boundary=XyZ",
	"application/x-www-form-urlencoded",
	"text/plain",
	"text/html",
	"application/x-ndjson",
	"application/warc",
	"",
}

// FuzzIngest posts arbitrary bodies of every content type to both ingest
// endpoints: the answer is always a 2xx or a 4xx with the standard error
// object, never a 5xx, a panic or an unbounded error message.
func FuzzIngest(f *testing.F) {
	f.Add(uint8(0), []byte(`{"text":"The ministry said 30 soldiers were deployed.","published":"2024-03-01"}`))
	f.Add(uint8(0), []byte(`[{"html":"<p>About 12 people died.</p>"},{"text":""}]`))
	f.Add(uint8(0), []byte(`{"articles":[{"text":"1e999 people"}]}`))
	f.Add(uint8(1), []byte("--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nOfficials said 5 died.\r\n--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.jsonl\"\r\n\r\n{\"text\":\"7 boats\"}\n\r\n--XyZ--\r\n"))
	f.Add(uint8(2), []byte("text=The+army+said+40+trucks+arrived.&published=2024-01-02"))
	f.Add(uint8(3), []byte("Title: Garrison\nDate: 2024-03-01\n\nThe ministry said 2,400 soldiers are stationed there.\n"))
	f.Add(uint8(4), []byte("<html><head><title>T</title></head><body><article><p>About 3,000 soldiers.</p></article></body></html>"))
	f.Add(uint8(5), []byte("{\"text\":\"a\"}\n{\"text\":\"b\"}\nnot json\n"))
	f.Add(uint8(6), []byte("WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 22\r\n\r\nThe council paid 400.\n\r\n\r\n"))
	s, err := New(Config{Store: saveOnly{}, Addr: "127.0.0.1:0"})
	if err != nil {
		f.Fatal(err)
	}
	h := s.Handler()
	f.Fuzz(func(t *testing.T, kind uint8, body []byte) {
		ct := ingestTypes[int(kind)%len(ingestTypes)]
		for _, path := range []string{"/api/v1/articles", "/ingest"} {
			req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
			req.Host = "127.0.0.1"
			req.Header.Set("Accept", "application/json")
			if ct != "" {
				req.Header.Set("Content-Type", ct)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code >= 500 || w.Code < 200 {
				t.Fatalf("%s %q: status %d: %s", path, ct, w.Code, clip(w.Body.String(), 300))
			}
			if !json.Valid(w.Body.Bytes()) {
				t.Fatalf("%s %q: status %d with a body that is not JSON: %s", path, ct, w.Code, clip(w.Body.String(), 300))
			}
			if w.Code >= 400 {
				var e ErrorBody
				if json.Unmarshal(w.Body.Bytes(), &e) != nil || e.Error.Code == "" || len(e.Error.Message) > 2000+len(body)/100 {
					t.Fatalf("%s %q: bad error object: %s", path, ct, clip(w.Body.String(), 300))
				}
			}
		}
	})
}

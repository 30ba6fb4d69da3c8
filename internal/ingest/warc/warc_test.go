package warc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strings"
	"testing"
	"time"
)

func writeSample(t testing.TB, gz bool, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := NewWriter(&buf, gz)
	info := textproto.MIMEHeader{}
	info.Set("WARC-Type", "warcinfo")
	info.Set("Content-Type", "application/warc-fields")
	if err := w.WriteRecord(info, []byte("software: claimtrack-test\r\n")); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		html := fmt.Sprintf("<html><head><title>Story %d</title></head><body><p>Body %d.</p></body></html>", i, i)
		if err := w.WriteHTMLResponse(fmt.Sprintf("https://news.example/%d", i), time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), []byte(html)); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	for _, gz := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			data := writeSample(t, gz, 3)
			r, err := NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			var types, uris, bodies []string
			for {
				rec, err := r.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				types = append(types, rec.Type)
				if rec.IsHTTPResponse() {
					uris = append(uris, rec.TargetURI)
					resp, err := rec.HTTPResponse()
					if err != nil {
						t.Fatal(err)
					}
					b, _ := io.ReadAll(resp.Body)
					bodies = append(bodies, string(b))
					if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
						t.Errorf("content type %q", ct)
					}
				}
			}
			if got := strings.Join(types, ","); got != "warcinfo,response,response,response" {
				t.Errorf("types %s", got)
			}
			if uris[2] != "https://news.example/2" {
				t.Errorf("uri %q", uris[2])
			}
			if !strings.Contains(bodies[1], "<p>Body 1.</p>") {
				t.Errorf("body %q", bodies[1])
			}
		})
	}
}

// A caller that does not read a record's body still gets the next record.
func TestSkipUnreadBodies(t *testing.T) {
	r, err := NewReader(bytes.NewReader(writeSample(t, true, 5)))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for {
		_, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 6 {
		t.Errorf("records %d, want 6", n)
	}
}

func TestDamaged(t *testing.T) {
	cases := map[string]string{
		"not warc":       "hello world\r\n",
		"bad length":     "WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: x\r\n\r\nabc",
		"missing length": "WARC/1.1\r\nWARC-Type: resource\r\n\r\nabc",
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			r, err := NewReader(strings.NewReader(in))
			if err != nil {
				t.Fatal(err)
			}
			_, err = r.Next()
			if err == nil || errors.Is(err, io.EOF) {
				t.Fatalf("want an error, got %v", err)
			}
			if !strings.Contains(err.Error(), "warc:") {
				t.Errorf("error %q does not say warc", err)
			}
		})
	}
}

func FuzzReader(f *testing.F) {
	f.Add(writeSample(f, false, 2))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data))
		if err != nil {
			return
		}
		for i := 0; i < 100; i++ {
			rec, err := r.Next()
			if err != nil {
				return
			}
			if rec.ContentLength < 0 {
				t.Fatal("negative length")
			}
			if rec.IsHTTPResponse() {
				if resp, err := rec.HTTPResponse(); err == nil {
					io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
				}
			}
		}
	})
}

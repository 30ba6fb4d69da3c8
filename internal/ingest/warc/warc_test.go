package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
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

// repeatReader yields prefix, then n bytes of fill, then suffix, without
// holding them in memory.
type repeatReader struct {
	prefix, suffix string
	fill           byte
	n              int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	switch {
	case r.prefix != "":
		k := copy(p, r.prefix)
		r.prefix = r.prefix[k:]
		return k, nil
	case r.n > 0:
		k := int(min(int64(len(p)), r.n))
		for i := range p[:k] {
			p[i] = r.fill
		}
		r.n -= int64(k)
		return k, nil
	case r.suffix != "":
		k := copy(p, r.suffix)
		r.suffix = r.suffix[k:]
		return k, nil
	}
	return 0, io.EOF
}

// Overlong lines fail at once, with a short message naming where the line
// starts; the reader never holds more than a few times MaxLine.
func TestHeaderLimits(t *testing.T) {
	const huge = 200 << 20
	var zeros bytes.Buffer
	zw := gzip.NewWriter(&zeros)
	zw.Write(make([]byte, 1<<20))
	zw.Close()
	cases := []struct {
		name string
		in   io.Reader
		want string
	}{
		{"200 MB header line", &repeatReader{prefix: "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: ", fill: 'a', n: huge, suffix: "\r\n\r\n"},
			`warc: at offset 0: header: line longer than 65536 bytes: header too large: "WARC-Target-URI: aaaaaaaaaaaaaaaaaaaaaaa…"`},
		{"200 MB version line", &repeatReader{prefix: "WARC/1.1", fill: 'a', n: huge},
			`warc: at offset 0: line longer than 65536 bytes: header too large, not a WARC record: "WARC/1.1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…"`},
		{"gzipped zeros", bytes.NewReader(zeros.Bytes()),
			`warc: at offset 0: line longer than 65536 bytes: header too large, not a WARC record: "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00…"`},
		{"too many header lines", &repeatReader{prefix: "WARC/1.1\r\n", fill: 'a', n: 0,
			suffix: strings.Repeat("X-Pad: "+strings.Repeat("b", 1000)+"\r\n", 1100) + "\r\n"},
			`warc: at offset 0: header: more than 1048576 bytes of header lines: header too large`},
		{"second record", &repeatReader{prefix: "WARC/1.0\r\nContent-Length: 3\r\n\r\nabc\r\n\r\nWARC/1.0\r\nX: ", fill: 'z', n: huge},
			`warc: at offset 38: header: line longer than 65536 bytes: header too large: "X: zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz…"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := NewReader(c.in)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			for {
				_, err = r.Next()
				if err != nil {
					break
				}
			}
			if err.Error() != c.want {
				t.Errorf("error\n%q\nwant\n%q", err, c.want)
			}
			if !errors.Is(err, ErrHeaderTooLarge) {
				t.Errorf("error does not wrap ErrHeaderTooLarge")
			}
		})
	}
}

// The HTTP response inside a record is held to the same limits.
func TestHTTPHeaderLimit(t *testing.T) {
	block := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Long: " + strings.Repeat("c", 100<<10) + "\r\n\r\n<p>hi</p>"
	in := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(block), block)
	r, err := NewReader(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	rec, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	_, err = rec.HTTPResponse()
	if !errors.Is(err, ErrHeaderTooLarge) || len(err.Error()) > 200 {
		t.Fatalf("err = %v, want a short ErrHeaderTooLarge", err)
	}
}

func FuzzHeader(f *testing.F) {
	f.Add([]byte("WARC-Type: response\r\nContent-Length: 3\r\n\r\n"))
	f.Add([]byte("A: b\r\n c\r\n\r\n"))
	f.Add([]byte(" bad\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := ReadHeader(bufio.NewReader(bytes.NewReader(data)))
		if err != nil {
			if len(err.Error()) > 200 {
				t.Fatalf("error of %d bytes", len(err.Error()))
			}
			return
		}
		for k, vs := range h {
			if k == "" || len(vs) == 0 {
				t.Fatalf("empty key or values: %q", h)
			}
		}
	})
}

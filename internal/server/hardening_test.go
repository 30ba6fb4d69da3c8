package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
)

// A number too large for a float64 is kept as text with a null value; the
// article page is valid JSON, not an empty 200.
func TestHugeNumber(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	num := "1" + strings.Repeat("0", 400)
	text := "The agency said " + num + " people were counted in the capital on Monday.\n"
	body, _ := json.Marshal(ArticleInput{Text: text, Published: "2024-03-01"})
	resp, b := do(t, http.MethodPost, ts.url+"/api/v1/articles", "application/json", bytes.NewReader(body), nil)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("ingest: %d %s", resp.StatusCode, b)
	}
	var res IngestResult
	decode(t, b, &res)
	resp, b = get(t, fmt.Sprintf("%s/api/v1/articles/%d", ts.url, res.Saved[0].ID))
	if resp.StatusCode != http.StatusOK || len(b) == 0 {
		t.Fatalf("article: %d, %d bytes", resp.StatusCode, len(b))
	}
	var a struct {
		Quantities []struct {
			Text  string   `json:"text"`
			Value *float64 `json:"value"`
		} `json:"quantities"`
	}
	decode(t, b, &a)
	found := false
	for _, q := range a.Quantities {
		if strings.Contains(q.Text, num) {
			found = true
			if q.Value != nil {
				t.Errorf("value %v for a %d-digit number, want null", *q.Value, len(num))
			}
		}
	}
	if !found {
		t.Errorf("the number is not among the quantities: %s", clip(string(b), 400))
	}
}

// A value JSON cannot encode is a 500 with the standard error object.
func TestWriteJSONError(t *testing.T) {
	for _, v := range []any{math.Inf(1), map[string]float64{"x": math.NaN()}, make(chan int)} {
		w := httptest.NewRecorder()
		writeJSON(w, http.StatusOK, v)
		if w.Code != http.StatusInternalServerError {
			t.Errorf("%T: status %d, want 500", v, w.Code)
		}
		if code := errorCode(t, w.Body.Bytes()); code != "internal" {
			t.Errorf("%T: error code %q", v, code)
		}
	}
}

// countingBody counts the bytes a handler reads.
type countingBody struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingBody) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
func (c *countingBody) Close() error { return nil }

func multipartBody(t *testing.T, fields [][2]string, fileSize int) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, f := range fields {
		mw.WriteField(f[0], f[1])
	}
	if fileSize > 0 {
		fw, _ := mw.CreateFormFile("files", "big.txt")
		fw.Write(bytes.Repeat([]byte("The ministry said 3 soldiers were deployed. "), fileSize/44))
	}
	mw.Close()
	return mw.FormDataContentType(), buf.Bytes()
}

// The token is checked before a body is read: a form without it (or with it
// too late) is refused having read no more than formPeek bytes.
func TestAuthBeforeBody(t *testing.T) {
	ts := newTestServer(t, nil, func(c *Config) { c.Token = "sesame" })
	big := 4 << 20
	ctNoTok, noTok := multipartBody(t, [][2]string{{"source", "Wire"}}, big)
	ctLate, late := multipartBody(t, [][2]string{{"text", strings.Repeat("x", 9000)}, {"token", "sesame"}}, 0)
	ctFirst, first := multipartBody(t, [][2]string{{"token", "sesame"}, {"published", "2024-03-01"}}, 64<<10)
	ctWrong, wrong := multipartBody(t, [][2]string{{"token", "open"}}, big)
	form := url.Values{"token": {"sesame"}, "text": {"The ministry said 5 soldiers were deployed."}}.Encode()
	cases := []struct {
		name, path, ct string
		body           []byte
		hdr            map[string]string
		code           int
		maxRead        int64 // -1: all
	}{
		{"multipart without token", "/api/v1/articles", ctNoTok, noTok, nil, 401, formPeek},
		{"multipart, wrong token", "/ingest", ctWrong, wrong, nil, 401, formPeek},
		{"multipart, token after 8 KB", "/ingest", ctLate, late, nil, 401, formPeek},
		{"raw body without token", "/api/v1/articles", "text/plain", noTok, nil, 401, 0},
		{"raw body, bad bearer", "/api/v1/articles", "text/plain", noTok, map[string]string{"Authorization": "Bearer nope"}, 401, 0},
		{"multipart, token first", "/api/v1/articles", ctFirst, first, nil, 201, -1},
		{"urlencoded, token first", "/ingest", "application/x-www-form-urlencoded", []byte(form), map[string]string{"Accept": "application/json"}, 201, -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body := &countingBody{r: bytes.NewReader(c.body)}
			req := httptest.NewRequest(http.MethodPost, c.path, body)
			req.Host = "127.0.0.1"
			req.Header.Set("Content-Type", c.ct)
			for k, v := range c.hdr {
				req.Header.Set(k, v)
			}
			w := httptest.NewRecorder()
			ts.Handler().ServeHTTP(w, req)
			if w.Code != c.code {
				t.Fatalf("status %d, want %d: %s", w.Code, c.code, clip(w.Body.String(), 300))
			}
			if c.maxRead >= 0 && body.n.Load() > c.maxRead {
				t.Errorf("read %d bytes of the body before refusing, want at most %d", body.n.Load(), c.maxRead)
			}
		})
	}
}

// A body that trickles is cut off at the body deadline with a 408.
func TestBodyDeadline(t *testing.T) {
	ts := newTestServer(t, nil, func(c *Config) { c.BodyTimeout = 300 * time.Millisecond })
	pr, pw := io.Pipe()
	defer pw.Close()
	go pw.Write([]byte("The ministry said")) // then nothing more
	req, err := http.NewRequest(http.MethodPost, ts.url+"/api/v1/articles", pr)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "text/plain")
	req.ContentLength = 1 << 20
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusRequestTimeout || errorCode(t, b) != "timeout" {
		t.Fatalf("status %d %s, want 408 timeout", resp.StatusCode, b)
	}
}

// /metrics needs the token when one is set.
func TestMetricsToken(t *testing.T) {
	ts := newTestServer(t, nil, func(c *Config) { c.Token = "sesame" })
	for _, c := range []struct {
		hdr  map[string]string
		code int
	}{
		{nil, 401},
		{map[string]string{"Authorization": "Bearer wrong"}, 401},
		{map[string]string{"Authorization": "Bearer sesame"}, 200},
	} {
		resp, b := do(t, http.MethodGet, ts.url+"/metrics", "", nil, c.hdr)
		if resp.StatusCode != c.code {
			t.Errorf("%v: status %d, want %d", c.hdr, resp.StatusCode, c.code)
		}
		if c.code == 200 && !strings.Contains(string(b), "# TYPE") {
			t.Errorf("metrics body: %s", clip(string(b), 200))
		}
	}
	open := newTestServer(t, nil, nil)
	if resp, _ := get(t, open.url+"/metrics"); resp.StatusCode != 200 {
		t.Errorf("loopback server without token: /metrics %d, want 200", resp.StatusCode)
	}
}

// Static files: the embedded files, and a 404 for anything else.
func TestStaticOdd(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	for path, want := range map[string]int{
		"/static/app.js":        200,
		"/static/style.css":     200,
		"/static/%ff":           404,
		"/static/":              404,
		"/static/nope.js":       404,
		"/static/app.js/x":      404,
		"/static/%2e%2e/assets": 404,
		"/static/..%2fopenapi":  404,
	} {
		req, _ := http.NewRequest(http.MethodGet, ts.url+path, nil)
		req.Header.Set("Accept", "application/json")
		resp, err := http.DefaultTransport.RoundTrip(req) // no redirects followed
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("%s: status %d, want %d: %s", path, resp.StatusCode, want, clip(string(b), 200))
		}
		if want == 404 && strings.Contains(string(b), "app.js") {
			t.Errorf("%s: lists the directory: %s", path, clip(string(b), 200))
		}
	}
}

// One article over the limit in a JSON body is refused with a clear error;
// a WARC with an overlong header line gets a short 400.
func TestIngestLimits(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	big, _ := json.Marshal(ArticleInput{Text: strings.Repeat("a", document.MaxBytes+1)})
	resp, b := do(t, http.MethodPost, ts.url+"/api/v1/articles", "application/json", bytes.NewReader(big), nil)
	if resp.StatusCode != 400 || !strings.Contains(string(b), "exceeds the size limit") {
		t.Errorf("oversized article: %d %s", resp.StatusCode, clip(string(b), 300))
	}

	var warc bytes.Buffer
	warc.WriteString("WARC/1.1\r\nWARC-Type: response\r\n") // then a line without a colon
	warc.Write(bytes.Repeat([]byte("a"), 4<<20))
	warc.WriteString("\r\nContent-Length: 0\r\n\r\n")
	resp, b = do(t, http.MethodPost, ts.url+"/api/v1/articles", "application/warc", &warc, nil)
	if resp.StatusCode != 400 || len(b) > 1000 || !strings.Contains(string(b), "header too large") {
		t.Errorf("long WARC header: %d, %d bytes: %s", resp.StatusCode, len(b), clip(string(b), 300))
	}
}

package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/store"
)

func TestAPIStatusAndErrors(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	ids := seedOwn(t, ts.st)
	tests := []struct {
		name, method, path string
		body               string
		want               int
		code               string // error code, when an error is expected
	}{
		{"articles", "GET", "/api/v1/articles", "", 200, ""},
		{"articles bad limit", "GET", "/api/v1/articles?limit=0", "", 400, "bad_request"},
		{"articles limit not a number", "GET", "/api/v1/articles?limit=ten", "", 400, "bad_request"},
		{"articles bad since", "GET", "/api/v1/articles?since=yesterday", "", 400, "bad_request"},
		{"articles bad cursor", "GET", "/api/v1/articles?cursor=%21%21not-a-cursor", "", 400, "bad_request"},
		{"articles bad group", "GET", "/api/v1/articles?group=-1", "", 400, "bad_request"},
		{"article", "GET", fmt.Sprintf("/api/v1/articles/%d", ids[0]), "", 200, ""},
		{"article missing", "GET", "/api/v1/articles/999999", "", 404, "not_found"},
		{"article bad id", "GET", "/api/v1/articles/abc", "", 404, "not_found"},
		{"articles delete", "DELETE", "/api/v1/articles", "", 405, "method_not_allowed"},
		{"article put", "PUT", fmt.Sprintf("/api/v1/articles/%d", ids[0]), "", 405, "method_not_allowed"},
		{"unknown api path", "GET", "/api/v1/nothing-here", "", 404, "not_found"},
		{"subjects", "GET", "/api/v1/subjects", "", 200, ""},
		{"subjects bad cursor", "GET", "/api/v1/subjects?cursor=zzz", "", 400, "bad_request"},
		{"timeline no subject", "GET", "/api/v1/timeline", "", 400, "bad_request"},
		{"timeline unknown subject", "GET", "/api/v1/timeline?subject=zebras+on+mars", "", 404, "not_found"},
		{"disputes", "GET", "/api/v1/disputes", "", 200, ""},
		{"disputes bad kind", "GET", "/api/v1/disputes?kind=fight", "", 400, "bad_request"},
		{"claims", "GET", "/api/v1/claims", "", 200, ""},
		{"claims bad stance", "GET", "/api/v1/claims?stance=shouts", "", 400, "bad_request"},
		{"claims bad kind", "GET", "/api/v1/claims?kind=rumour", "", 400, "bad_request"},
		{"claims bad anonymous", "GET", "/api/v1/claims?anonymous=maybe", "", 400, "bad_request"},
		{"claims anonymous and named", "GET", "/api/v1/claims?anonymous=1&named=1", "", 400, "bad_request"},
		{"claims bad who", "GET", "/api/v1/claims?who=everyone", "", 400, "bad_request"},
		{"claims until before since", "GET", "/api/v1/claims?since=2024-03-05&until=2024-03-01", "", 400, "bad_request"},
		{"claims syntax is words", "GET", "/api/v1/claims?q=" + url.QueryEscape(`"soldiers OR NEAR( *`), "", 200, ""},
		{"links", "GET", "/api/v1/links", "", 200, ""},
		{"links bad kind", "GET", "/api/v1/links?kind=likes", "", 400, "bad_request"},
		{"check no claim", "GET", "/api/v1/check", "", 400, "bad_request"},
		{"check", "GET", "/api/v1/check?claim=" + url.QueryEscape("the Ostravia base would close"), "", 200, ""},
		{"check post", "POST", "/api/v1/check", `{"claim":"2,400 soldiers in Ostravia"}`, 200, ""},
		{"check post unknown field", "POST", "/api/v1/check", `{"claim":"x","verbose":true}`, 400, "bad_request"},
		{"check post not json", "POST", "/api/v1/check", `claim=x`, 400, "bad_request"},
		{"check post too large", "POST", "/api/v1/check", `{"claim":"` + strings.Repeat("a", DefaultMaxAPIReq+10) + `"}`, 413, "too_large"},
		{"check delete", "DELETE", "/api/v1/check", "", 405, "method_not_allowed"},
		{"openapi", "GET", "/api/v1/openapi.json", "", 200, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var body *strings.Reader
			if tc.body != "" {
				body = strings.NewReader(tc.body)
			} else {
				body = strings.NewReader("")
			}
			resp, b := do(t, tc.method, ts.url+tc.path, "application/json", body, nil)
			if resp.StatusCode != tc.want {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.want, clip(string(b), 300))
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q, want JSON", ct)
			}
			if tc.code != "" {
				if got := errorCode(t, b); got != tc.code {
					t.Errorf("error code %q, want %q", got, tc.code)
				}
			} else if !json.Valid(b) {
				t.Errorf("invalid JSON: %s", clip(string(b), 200))
			}
			if tc.want == 405 && resp.Header.Get("Allow") == "" {
				t.Error("405 without Allow header")
			}
		})
	}
}

func TestAPIArticlesPagination(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	ids := seedOwn(t, ts.st)
	seen := map[store.ArticleID]bool{}
	next := ""
	pages := 0
	for {
		u := ts.url + "/api/v1/articles?limit=2"
		if next != "" {
			u += "&cursor=" + url.QueryEscape(next)
		}
		resp, b := get(t, u)
		if resp.StatusCode != 200 {
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
		var p store.ArticlePage
		decode(t, b, &p)
		pages++
		if len(p.Articles) > 2 {
			t.Fatalf("page of %d articles with limit 2", len(p.Articles))
		}
		for _, a := range p.Articles {
			if seen[a.ID] {
				t.Fatalf("article %d on two pages", a.ID)
			}
			seen[a.ID] = true
			if a.Text != "" {
				t.Error("article list carries text")
			}
		}
		next = p.Next
		if next == "" || pages > 5 {
			break
		}
	}
	if pages != 2 || len(seen) != len(ids) {
		t.Fatalf("got %d articles in %d pages, want %d in 2", len(seen), pages, len(ids))
	}
	// Newest first.
	_, b := get(t, ts.url+"/api/v1/articles")
	var p store.ArticlePage
	decode(t, b, &p)
	if n := len(p.Articles); n != len(ids) || p.Articles[0].Published.String() != "2024-03-09" || p.Articles[n-1].Published.String() != "2024-03-01" {
		t.Errorf("order: %+v", p.Articles)
	}
}

func TestAPIArticleHasTextAndAnnotations(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	ids := seedOwn(t, ts.st)
	_, b := get(t, fmt.Sprintf("%s/api/v1/articles/%d", ts.url, ids[0]))
	var a struct {
		ID         int64             `json:"id"`
		Text       string            `json:"text"`
		Title      string            `json:"title"`
		Published  string            `json:"published"`
		Sentences  [][2]int          `json:"sentences"`
		Entities   []json.RawMessage `json:"entities"`
		Times      []json.RawMessage `json:"times"`
		Quantities []struct {
			Text  string  `json:"text"`
			Value float64 `json:"value"`
			Span  [2]int  `json:"span"`
		} `json:"quantities"`
		Figures []struct {
			ID   int64  `json:"id"`
			Text string `json:"text"`
			Span [2]int `json:"span"`
		} `json:"figures"`
		Statements []struct {
			Stance string `json:"stance"`
		} `json:"statements"`
	}
	decode(t, b, &a)
	if a.Text != ownArticles[0].text || a.Title != "Garrison grows" || a.Published != "2024-03-01" || int64(ids[0]) != a.ID {
		t.Fatalf("article: %+v", a)
	}
	if len(a.Sentences) < 3 || len(a.Entities) == 0 || len(a.Quantities) < 2 {
		t.Fatalf("annotations missing: %d sentences, %d entities, %d quantities", len(a.Sentences), len(a.Entities), len(a.Quantities))
	}
	for _, q := range a.Quantities {
		if got := a.Text[q.Span[0]:q.Span[1]]; got != q.Text {
			t.Errorf("quantity span %v is %q, text says %q", q.Span, got, q.Text)
		}
	}
	for _, f := range a.Figures {
		if got := a.Text[f.Span[0]:f.Span[1]]; got != f.Text || f.ID == 0 {
			t.Errorf("figure %d span %v is %q, text says %q", f.ID, f.Span, got, f.Text)
		}
	}
}

func TestAPISubjectsTimelineClaims(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	seedOwn(t, ts.st)
	_, b := get(t, ts.url+"/api/v1/subjects")
	var sp SubjectPage
	decode(t, b, &sp)
	if len(sp.Subjects) == 0 {
		t.Fatal("no subjects from the own articles")
	}
	// Pagination of subjects by one.
	if len(sp.Subjects) > 1 {
		_, b = get(t, ts.url+"/api/v1/subjects?limit=1")
		var p1 SubjectPage
		decode(t, b, &p1)
		if len(p1.Subjects) != 1 || p1.Next == "" {
			t.Fatalf("limit=1: %+v", p1)
		}
		_, b = get(t, ts.url+"/api/v1/subjects?limit=1&cursor="+url.QueryEscape(p1.Next))
		var p2 SubjectPage
		decode(t, b, &p2)
		if len(p2.Subjects) != 1 || p2.Subjects[0].Key != sp.Subjects[1].Key {
			t.Fatalf("second page: %+v, want %s", p2, sp.Subjects[1].Key)
		}
	}
	key := sp.Subjects[0].Key
	for _, u := range []string{"/api/v1/subjects/" + url.PathEscape(key) + "/timeline", "/api/v1/timeline?subject=" + url.QueryEscape(key)} {
		resp, b := get(t, ts.url+u)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d %s", u, resp.StatusCode, b)
		}
		var tl store.Timeline
		decode(t, b, &tl)
		if tl.Subject.Key != key || len(tl.Figures) != sp.Subjects[0].Figures {
			t.Errorf("%s: subject %q with %d figures, want %q with %d", u, tl.Subject.Key, len(tl.Figures), key, sp.Subjects[0].Figures)
		}
		if !strings.Contains(string(b), `"links":[`) || !strings.Contains(string(b), `"figures":[`) {
			t.Errorf("%s: figures and links must be arrays: %s", u, clip(string(b), 200))
		}
	}
	// Claims: every facet narrows.
	_, b = get(t, ts.url+"/api/v1/claims?limit=1000")
	var all store.ClaimPage
	decode(t, b, &all)
	if len(all.Claims) == 0 {
		t.Fatal("no claims")
	}
	facets := []struct {
		q  string
		ok func(c store.Claim) bool
	}{
		{"kind=figure", func(c store.Claim) bool { return c.Kind == "figure" }},
		{"kind=statement", func(c store.Claim) bool { return c.Kind == "statement" }},
		{"stance=denies", func(c store.Claim) bool { return c.Stance == "denies" }},
		{"outlet=coastal", func(c store.Claim) bool { return c.Outlet == "Coastal Times" }},
		{"since=2024-03-04", func(c store.Claim) bool { return c.Published.String() >= "2024-03-04" }},
		{"until=2024-03-04", func(c store.Claim) bool { return c.Published.String() <= "2024-03-04" }},
		{"anonymous=true", func(c store.Claim) bool { return c.Anonymous }},
		{"who=anonymous", func(c store.Claim) bool { return c.Anonymous }},
		{"named=true", func(c store.Claim) bool { return !c.Anonymous }},
		{"who=named&kind=statement", func(c store.Claim) bool { return !c.Anonymous && c.Kind == "statement" }},
	}
	for _, f := range facets {
		_, b := get(t, ts.url+"/api/v1/claims?limit=1000&"+f.q)
		var p store.ClaimPage
		decode(t, b, &p)
		if len(p.Claims) > len(all.Claims) {
			t.Errorf("%s: %d claims, more than unfiltered %d", f.q, len(p.Claims), len(all.Claims))
		}
		for _, c := range p.Claims {
			if !f.ok(c) {
				t.Errorf("%s: claim does not match: %+v", f.q, c)
			}
		}
	}
	// Cursor pagination over claims visits each once.
	seen := map[string]bool{}
	next := ""
	for i := 0; i < 100; i++ {
		u := ts.url + "/api/v1/claims?limit=2"
		if next != "" {
			u += "&cursor=" + url.QueryEscape(next)
		}
		_, b := get(t, u)
		var p store.ClaimPage
		decode(t, b, &p)
		for _, c := range p.Claims {
			k := fmt.Sprintf("%s/%d", c.Kind, c.ID)
			if seen[k] {
				t.Fatalf("claim %s on two pages", k)
			}
			seen[k] = true
		}
		if next = p.Next; next == "" {
			break
		}
	}
	if len(seen) != len(all.Claims) {
		t.Errorf("paged through %d claims, want %d", len(seen), len(all.Claims))
	}
}

func TestAPIIngest(t *testing.T) {
	text := "The harbour authority said 310 ships docked in Port Lessa in May.\n"
	multipartBody := func(fields map[string]string, files map[string]string) (string, *bytes.Buffer) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		for k, v := range fields {
			mw.WriteField(k, v)
		}
		for name, v := range files {
			w, _ := mw.CreateFormFile("files", name)
			w.Write([]byte(v))
		}
		mw.Close()
		return mw.FormDataContentType(), &buf
	}
	mpCT, mpBody := multipartBody(map[string]string{"source": "Harbour News", "published": "2024-05-31"},
		map[string]string{"a.txt": "Officials said 12 cranes were idle in Port Lessa.\n", "b.txt": "Dockers said 40 ships waited outside Port Lessa.\n"})
	tests := []struct {
		name, ct, query, body string
		want, created         int
		code                  string
	}{
		{"json one", "application/json", "", `{"text":` + jsonString(text) + `,"title":"Ships","source":"Harbour News","published":"2024-05-31"}`, 201, 1, ""},
		{"json again is no-op", "application/json", "", `{"text":` + jsonString(text) + `}`, 200, 0, ""},
		{"json array", "application/json", "", `[{"text":"First own article about 5 buses in Tarn.\n"},{"text":"Second own article about 7 trams in Tarn.\n"}]`, 201, 2, ""},
		{"json wrapped", "application/json", "", `{"articles":[{"text":"Third own article: 9 ferries.\n"}]}`, 201, 1, ""},
		{"json html", "application/json", "", `{"html":"<html><head><title>Own page</title></head><body><p>The council said 15 schools reopened in Tarn.</p></body></html>"}`, 201, 1, ""},
		{"plain text body", "text/plain", "?source=Tarn+Daily&published=2024-06-01", "The mayor said 3 bridges closed in Tarn.\n", 201, 1, ""},
		{"html body", "text/html", "?published=2024-06-02", "<!doctype html><html><body><p>Police said 2 roads reopened near Tarn.</p></body></html>", 201, 1, ""},
		{"multipart files", mpCT, "", mpBody.String(), 201, 2, ""},
		{"bad json", "application/json", "", `{"text":`, 400, 0, "bad_request"},
		{"unknown field", "application/json", "", `{"body":"x"}`, 400, 0, "bad_request"},
		{"no text", "application/json", "", `{"title":"only a title"}`, 400, 0, "bad_request"},
		{"empty text", "text/plain", "", "   \n", 400, 0, "bad_request"},
		{"bad published", "text/plain", "?published=2024-13-45", "Some words.\n", 400, 0, "bad_request"},
		{"empty array", "application/json", "", `[]`, 400, 0, "bad_request"},
	}
	ts := newTestServer(t, nil, nil)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, b := do(t, "POST", ts.url+"/api/v1/articles"+tc.query, tc.ct, strings.NewReader(tc.body), nil)
			if resp.StatusCode != tc.want {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.want, b)
			}
			if tc.code != "" {
				if got := errorCode(t, b); got != tc.code {
					t.Errorf("code %q, want %q", got, tc.code)
				}
				return
			}
			var r IngestResult
			decode(t, b, &r)
			if r.Created != tc.created {
				t.Errorf("created %d, want %d: %s", r.Created, tc.created, b)
			}
			for _, s := range r.Saved {
				if s.ID <= 0 || s.DocID == "" {
					t.Errorf("saved without id: %+v", s)
				}
			}
		})
	}
	// What was stored is readable, with the metadata given.
	_, b := get(t, ts.url+"/api/v1/articles?source=Harbour+News&limit=100")
	var p store.ArticlePage
	decode(t, b, &p)
	if len(p.Articles) != 3 {
		t.Fatalf("Harbour News articles: %d, want 3 (json one + 2 files)", len(p.Articles))
	}
	for _, a := range p.Articles {
		if a.Published.String() != "2024-05-31" {
			t.Errorf("article %d published %s, want 2024-05-31", a.ID, a.Published)
		}
	}
}

func TestAPIIngestTooLarge(t *testing.T) {
	ts := newTestServer(t, nil, func(c *Config) { c.MaxBody = 1024 })
	resp, b := do(t, "POST", ts.url+"/api/v1/articles", "text/plain", strings.NewReader(strings.Repeat("word ", 1000)), nil)
	if resp.StatusCode != http.StatusRequestEntityTooLarge || errorCode(t, b) != "too_large" {
		t.Fatalf("status %d: %s", resp.StatusCode, b)
	}
}

func TestAPIAuth(t *testing.T) {
	body := `{"text":"The board said 8 trains ran late in Olm.\n"}`
	tests := []struct {
		name  string
		addr  string
		token string
		hdr   map[string]string
		form  string // form token, sent as multipart
		want  int
	}{
		{"loopback without token configured", "127.0.0.1:0", "", nil, "", 201},
		{"token configured, none sent", "127.0.0.1:0", "s3cret", nil, "", 401},
		{"token configured, wrong bearer", "127.0.0.1:0", "s3cret", map[string]string{"Authorization": "Bearer nope"}, "", 401},
		{"token configured, basic auth", "127.0.0.1:0", "s3cret", map[string]string{"Authorization": "Basic czNjcmV0Og=="}, "", 401},
		{"token configured, right bearer", "127.0.0.1:0", "s3cret", map[string]string{"Authorization": "Bearer s3cret"}, "", 201},
		{"token configured, right form field", "127.0.0.1:0", "s3cret", nil, "s3cret", 201},
		{"token configured, wrong form field", "127.0.0.1:0", "s3cret", nil, "guess", 401},
		{"public address without token: writes off", "0.0.0.0:8080", "", nil, "", 401},
		{"public address, bearer but no token configured", "0.0.0.0:8080", "", map[string]string{"Authorization": "Bearer "}, "", 401},
		{"public address with token", "0.0.0.0:8080", "s3cret", map[string]string{"Authorization": "Bearer s3cret"}, "", 201},
		{"cross-site browser post", "127.0.0.1:0", "", map[string]string{"Sec-Fetch-Site": "cross-site"}, "", 403},
		{"foreign origin", "127.0.0.1:0", "", map[string]string{"Origin": "https://evil.example"}, "", 403},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // each case has its own server and store
			ts := newTestServer(t, nil, func(c *Config) { c.Addr, c.Token = tc.addr, tc.token })
			var resp *http.Response
			var b []byte
			if tc.form != "" {
				var buf bytes.Buffer
				mw := multipart.NewWriter(&buf)
				mw.WriteField("token", tc.form)
				mw.WriteField("text", "The board said 8 trains ran late in Olm.\n")
				mw.Close()
				resp, b = do(t, "POST", ts.url+"/api/v1/articles", mw.FormDataContentType(), &buf, tc.hdr)
			} else {
				resp, b = do(t, "POST", ts.url+"/api/v1/articles", "application/json", strings.NewReader(body), tc.hdr)
			}
			if resp.StatusCode != tc.want {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.want, b)
			}
			if tc.want == 401 {
				if errorCode(t, b) != "unauthorized" || resp.Header.Get("WWW-Authenticate") == "" {
					t.Errorf("401 without error object or WWW-Authenticate: %s", b)
				}
				// Nothing was stored.
				p, err := ts.st.Articles(t.Context(), store.ArticleQuery{})
				if err != nil || len(p.Articles) != 0 {
					t.Errorf("unauthorized write stored %d articles (%v)", len(p.Articles), err)
				}
			}
			if tc.want == 403 {
				errorCode(t, b)
			}
			// Reads never need the token.
			if resp, _ := get(t, ts.url+"/api/v1/articles"); resp.StatusCode != 200 {
				t.Errorf("read status %d", resp.StatusCode)
			}
		})
	}
}

func TestSecurityHeadersAndHost(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	for _, p := range []string{"/", "/api/v1/articles", "/static/style.css", "/nope", "/healthz"} {
		resp, _ := get(t, ts.url+p)
		h := resp.Header
		if h.Get("Content-Security-Policy") != ContentSecurityPolicy || h.Get("X-Content-Type-Options") != "nosniff" ||
			h.Get("Referrer-Policy") == "" || !strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors 'none'") {
			t.Errorf("%s: security headers missing: %v", p, h)
		}
	}
	csp := ContentSecurityPolicy
	for _, bad := range []string{"unsafe-inline", "unsafe-eval", "*", "http:", "https:"} {
		if strings.Contains(csp, bad) {
			t.Errorf("CSP allows %s", bad)
		}
	}
	// DNS rebinding: a loopback server refuses foreign Host names.
	req, _ := http.NewRequest("GET", ts.url+"/api/v1/articles", nil)
	req.Host = "attacker.example:8080"
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("foreign Host: status %d, want 421", resp.StatusCode)
	}
	for _, h := range []string{"localhost:8080", "127.0.0.1", "[::1]:80", "LOCALHOST"} {
		req, _ := http.NewRequest("GET", ts.url+"/healthz", nil)
		req.Host = h
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("Host %s: status %d", h, resp.StatusCode)
		}
	}
	// No path reaches the file system: static files come from the embedded FS.
	for _, p := range []string{"/static/../../go.mod", "/static/%2e%2e/%2e%2e/go.mod", "/static/../server.go", "/static/"} {
		resp, b := get(t, ts.url+p)
		if strings.Contains(string(b), "module github.com") || strings.Contains(string(b), "package server") {
			t.Errorf("%s leaked a file (status %d)", p, resp.StatusCode)
		}
	}
}

func TestHealthzMetricsOpenAPI(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	seedOwn(t, ts.st)
	resp, b := get(t, ts.url+"/healthz")
	var h Health
	decode(t, b, &h)
	if resp.StatusCode != 200 || h.Status != "ok" || h.Version != "test" {
		t.Fatalf("healthz: %d %s", resp.StatusCode, b)
	}
	get(t, ts.url+"/api/v1/articles")
	get(t, ts.url+"/api/v1/articles/99999")
	do(t, "POST", ts.url+"/api/v1/articles", "text/plain", strings.NewReader("The club said 11 players signed in Varn.\n"), nil)
	resp, b = get(t, ts.url+"/metrics")
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Errorf("metrics content type %q", resp.Header.Get("Content-Type"))
	}
	m := string(b)
	if miss := contains(m,
		"# TYPE claimtrack_http_request_duration_seconds histogram",
		`claimtrack_http_request_duration_seconds_count{route="GET /api/v1/articles",method="GET",code="200"} 1`,
		`claimtrack_http_request_duration_seconds_count{route="GET /api/v1/articles/{id}",method="GET",code="404"} 1`,
		`claimtrack_http_request_duration_seconds_bucket{route="GET /healthz",method="GET",code="200",le="+Inf"} 1`,
		`claimtrack_ingest_articles_total{result="stored"} 1`,
		"# TYPE claimtrack_extract_duration_seconds histogram",
		`claimtrack_extract_duration_seconds_count 1`,
	); miss != "" {
		t.Errorf("metrics lack %q:\n%s", miss, m)
	}
	// The OpenAPI document describes every route.
	_, b = get(t, ts.url+"/api/v1/openapi.json")
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	decode(t, b, &doc)
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version %q", doc.OpenAPI)
	}
	for _, r := range APIRoutes {
		m, p, _ := cutMethod(r)
		if _, ok := doc.Paths[p][strings.ToLower(m)]; !ok {
			t.Errorf("openapi.json lacks %s", r)
		}
	}
	for p, ops := range doc.Paths {
		for m := range ops {
			found := false
			for _, r := range APIRoutes {
				if r == strings.ToUpper(m)+" "+p {
					found = true
				}
			}
			if !found {
				t.Errorf("openapi.json documents %s %s, which is not served", m, p)
			}
		}
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

package server

import (
	"context"
	"encoding/json"
	"github.com/claimtrack/claimtrack/internal/shareddata"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ingest"
	"github.com/claimtrack/claimtrack/internal/store"
	"github.com/claimtrack/claimtrack/internal/store/sqlite"
)

func repoRoot(t testing.TB) string { return shareddata.RepoRoot(t) }

func sharedDir(t testing.TB, sub string) string { return shareddata.Dir(t, sub) }

// openStore opens a fresh store: SQLite in a temp dir, unless a test
// switched openStoreFn (see TestOnPostgres).
func openStore(t testing.TB) store.Store {
	t.Helper()
	return openStoreFn(t)
}

var openStoreFn = openSQLite

func openSQLite(t testing.TB) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "claimtrack.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// testServer is a server over a real store, listening on loopback.
type testServer struct {
	*Server
	st  store.Store
	ts  *httptest.Server
	url string
}

func newTestServer(t testing.TB, st store.Store, mod func(*Config)) *testServer {
	t.Helper()
	if st == nil {
		st = openStore(t)
	}
	cfg := Config{Store: st, Addr: "127.0.0.1:0", Version: "test"}
	if mod != nil {
		mod(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return &testServer{Server: s, st: st, ts: ts, url: ts.URL}
}

// Own test articles, written for these tests.
var ownArticles = []struct {
	published, source, title, text string
}{
	{"2024-03-01", "Northern Herald", "Garrison grows",
		"OSTRAVIA — The defence ministry said on Friday that 2,400 soldiers are now stationed in Ostravia, up from 1,900 in January.\n" +
			"\"We will not withdraw,\" General Mira Kovac told reporters. Officials denied that the base would close.\n"},
	{"2024-03-04", "Coastal Times", "Ministry denies closure report",
		"The defence ministry denied a report that the Ostravia base would close, calling it \"false\".\n" +
			"According to anonymous officials, about 3,000 soldiers could be stationed in Ostravia by summer.\n"},
	{"2024-03-09", "Valley Post", "Aid convoy reaches town",
		"An aid convoy of 40 trucks reached the town of Brena on Saturday, the Red Cross said.\n" +
			"Local officials said 12,000 people were still without power.\n"},
	// An independent count against the ministry's, days apart: a real
	// discrepancy (the ledger lists no other).
	{"2024-03-03", "Border Monitor", "Monitors count more troops",
		"Independent monitors said on Sunday that 3,600 soldiers are stationed in Ostravia.\n"},
}

// seedOwn stores the own test articles and returns their IDs.
func seedOwn(t testing.TB, st store.Store) []store.ArticleID {
	t.Helper()
	var rs []*extract.Result
	for _, a := range ownArticles {
		doc := document.New(a.text)
		doc.Title, doc.Source = document.Str(a.title), document.Str(a.source)
		d, err := document.ParseDate(a.published)
		if err != nil {
			t.Fatal(err)
		}
		doc.Published = d
		rs = append(rs, extract.Extract(doc))
	}
	saved, err := st.SaveBatch(context.Background(), rs)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]store.ArticleID, len(saved))
	for i, s := range saved {
		ids[i] = s.ID
	}
	return ids
}

// seedDates are the publication dates of the seed articles by file prefix.
var seedDates = map[string]string{"000": "2019-02-18", "001": "2017-12-05", "002": "2020-01-06"}

// seedShared ingests ../shared/seeds through the ingest readers, extractor
// and store, or skips when the seeds are absent.
func seedShared(t testing.TB, st store.Store) {
	t.Helper()
	dir := sharedDir(t, "seeds")
	var rs []*extract.Result
	err := ingest.Walk(context.Background(), []string{dir}, nil, ingest.Options{}, func(it ingest.Item) error {
		if it.Err != nil {
			return it.Err
		}
		if it.Doc.Published.IsZero() {
			if d, ok := seedDates[filepath.Base(string(it.Doc.Path))[:3]]; ok {
				it.Doc.Published, _ = document.ParseDate(d)
			}
		}
		rs = append(rs, extract.Extract(it.Doc))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) == 0 {
		t.Skip("no seed articles found")
	}
	if _, err := st.SaveBatch(context.Background(), rs); err != nil {
		t.Fatal(err)
	}
}

// do sends a request and returns the response with its body read.
func do(t testing.TB, method, url, contentType string, body io.Reader, hdr map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

func get(t testing.TB, url string) (*http.Response, []byte) {
	t.Helper()
	return do(t, http.MethodGet, url, "", nil, nil)
}

// decode unmarshals b into v or fails.
func decode(t testing.TB, b []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("bad JSON %q: %v", clip(string(b), 300), err)
	}
}

// errorCode returns the code of a JSON error body, failing if the body is
// not one.
func errorCode(t testing.TB, b []byte) string {
	t.Helper()
	var e ErrorBody
	decode(t, b, &e)
	if e.Error.Code == "" || e.Error.Message == "" {
		t.Fatalf("not an error object: %s", b)
	}
	return e.Error.Code
}

func contains(s string, subs ...string) string {
	for _, x := range subs {
		if !strings.Contains(s, x) {
			return x
		}
	}
	return ""
}

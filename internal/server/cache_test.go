package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/store"
)

// countingStore counts Subjects calls and blocks them until release is
// closed (when set); its data version is what the test says.
type countingStore struct {
	store.Store
	version  atomic.Int64
	subjects atomic.Int64
	release  chan struct{}
}

func (c *countingStore) DataVersion(context.Context) (int64, error) { return c.version.Load(), nil }

func (c *countingStore) Subjects(ctx context.Context) ([]store.Subject, error) {
	c.subjects.Add(1)
	if c.release != nil {
		<-c.release
	}
	return c.Store.Subjects(ctx)
}

func TestResponseCacheFollowsDataVersion(t *testing.T) {
	st := &countingStore{Store: openStore(t)}
	seedOwn(t, st.Store)
	ts := newTestServer(t, st, nil)
	tests := []struct {
		name   string
		bump   bool // another process writes first
		wrote  bool // this server writes first
		path   string
		hdr    map[string]string
		status string // Cache-Status after "claimtrack; "
		// computes: the request makes the store compute (before it is
		// answered, or in the background after a stale answer).
		computes bool
	}{
		{"first request computes", false, false, "/api/v1/subjects", nil, "fwd=miss", true},
		{"same request, same version: cached", false, false, "/api/v1/subjects", nil, "hit", false},
		{"another page computes", false, false, "/subjects", nil, "fwd=miss", true},
		{"its JSON twin by Accept is another answer", false, false, "/subjects", map[string]string{"Accept": "application/json"}, "fwd=miss", true},
		{"after another process's write: the previous answer, recomputed behind it", true, false, "/api/v1/subjects", nil, "hit; detail=stale", true},
		{"then the new answer, cached", false, false, "/api/v1/subjects", nil, "hit", false},
		{"a request that asks for no-cache never gets a stale answer", true, false, "/api/v1/subjects", map[string]string{"Cache-Control": "no-cache"}, "fwd=miss", true},
		{"after this server's own write no stale answer either", false, true, "/subjects", nil, "fwd=miss", true},
	}
	for _, tc := range tests {
		if tc.bump {
			st.version.Add(1)
			// Another process's write shows within versionTTL.
			time.Sleep(2 * versionTTL)
		}
		if tc.wrote {
			st.version.Add(1)
			ts.cache.wrote()
		}
		before := st.subjects.Load()
		resp, body := do(t, http.MethodGet, ts.url+tc.path, "", nil, tc.hdr)
		if resp.StatusCode != http.StatusOK || len(body) == 0 {
			t.Fatalf("%s: status %d, %d bytes", tc.name, resp.StatusCode, len(body))
		}
		if resp.Header.Get("Content-Security-Policy") == "" || resp.Header.Get("Content-Type") == "" || resp.Header.Get("ETag") == "" {
			t.Errorf("%s: headers lost: %v", tc.name, resp.Header)
		}
		if got := resp.Header.Get("Cache-Status"); got != "claimtrack; "+tc.status {
			t.Errorf("%s: Cache-Status %q, want %q", tc.name, got, "claimtrack; "+tc.status)
		}
		// A stale answer's recomputation runs after the response: wait for it.
		for end := time.Now().Add(5 * time.Second); tc.computes && st.subjects.Load() == before && time.Now().Before(end); {
			time.Sleep(time.Millisecond)
		}
		if computed := st.subjects.Load() != before; computed != tc.computes {
			t.Errorf("%s: store computed %v, want %v", tc.name, computed, tc.computes)
		}
		if tc.status == "hit; detail=stale" {
			// Until the background computation is stored.
			for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(time.Millisecond) {
				if e, stale := ts.cache.lookup(st.version.Load(), "\x00"+tc.path, true); e != nil && !stale {
					break
				}
			}
		}
	}
}

// TestResponseCacheEncodings: one cached answer is sent gzipped to clients
// that accept gzip, plain to the others, and not at all (304) to a client
// that already holds it.
func TestResponseCacheEncodings(t *testing.T) {
	st := &countingStore{Store: openStore(t)}
	seedOwn(t, st.Store)
	ts := newTestServer(t, st, nil)
	const path = "/subjects"
	plainResp, plain := do(t, http.MethodGet, ts.url+path, "", nil, map[string]string{"Accept-Encoding": "identity"})
	if plainResp.Header.Get("Content-Encoding") != "" || len(plain) < gzipMin {
		t.Fatalf("plain answer: encoding %q, %d bytes (want a page of at least %d)", plainResp.Header.Get("Content-Encoding"), len(plain), gzipMin)
	}
	etag := plainResp.Header.Get("ETag")
	tests := []struct {
		name     string
		hdr      map[string]string
		code     int
		encoding string
	}{
		{"gzip accepted", map[string]string{"Accept-Encoding": "gzip, deflate, br"}, 200, "gzip"},
		{"gzip with a weight", map[string]string{"Accept-Encoding": "br;q=1.0, gzip;q=0.5"}, 200, "gzip"},
		{"gzip refused by q=0", map[string]string{"Accept-Encoding": "gzip;q=0, identity"}, 200, ""},
		{"any encoding", map[string]string{"Accept-Encoding": "*"}, 200, "gzip"},
		{"no Accept-Encoding", nil, 200, ""},
		{"held version: 304", map[string]string{"Accept-Encoding": "gzip", "If-None-Match": etag}, 304, ""},
		{"held among others, strong form: 304", map[string]string{"If-None-Match": `"x", ` + strings.TrimPrefix(etag, "W/")}, 304, ""},
		{"another version: the answer", map[string]string{"Accept-Encoding": "identity", "If-None-Match": `W/"other"`}, 200, ""},
	}
	raw := &http.Transport{DisableCompression: true}
	defer raw.CloseIdleConnections()
	for _, tc := range tests {
		req, _ := http.NewRequest(http.MethodGet, ts.url+path, nil)
		for k, v := range tc.hdr {
			req.Header.Set(k, v)
		}
		// No transparent compression: the headers are the test's.
		resp, err := raw.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.code || resp.Header.Get("Content-Encoding") != tc.encoding {
			t.Errorf("%s: status %d encoding %q, want %d %q", tc.name, resp.StatusCode, resp.Header.Get("Content-Encoding"), tc.code, tc.encoding)
			continue
		}
		if resp.Header.Get("ETag") != etag {
			t.Errorf("%s: ETag %q, want %q", tc.name, resp.Header.Get("ETag"), etag)
		}
		body := got
		switch {
		case tc.code == 304:
			if len(got) != 0 {
				t.Errorf("%s: 304 with %d bytes", tc.name, len(got))
			}
			continue
		case tc.encoding == "gzip":
			zr, err := gzip.NewReader(bytes.NewReader(got))
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			body, _ = io.ReadAll(zr)
			if len(got) >= len(plain) {
				t.Errorf("%s: gzip body %d bytes, plain %d", tc.name, len(got), len(plain))
			}
		}
		if !bytes.Equal(body, plain) {
			t.Errorf("%s: body differs from the plain answer", tc.name)
		}
		if cl := resp.Header.Get("Content-Length"); cl != strconv.Itoa(len(got)) {
			t.Errorf("%s: Content-Length %s for %d bytes", tc.name, cl, len(got))
		}
	}
	if n := st.subjects.Load(); n != 1 {
		t.Errorf("store computed %d times, want 1 (every encoding from one cached answer)", n)
	}
}

func TestResponseCacheMergesIdenticalRequests(t *testing.T) {
	st := &countingStore{Store: openStore(t), release: make(chan struct{})}
	seedOwn(t, st.Store)
	ts := newTestServer(t, st, nil)
	const clients = 8
	var wg sync.WaitGroup
	codes := make([]int, clients)
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, _ := get(t, ts.url+"/api/v1/subjects?limit=5")
			codes[i] = resp.StatusCode
		}()
	}
	// Wait until the one computing request reached the store, let the
	// others pile up behind it, then release it.
	for st.subjects.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	close(st.release)
	wg.Wait()
	for i, c := range codes {
		if c != http.StatusOK {
			t.Errorf("client %d: status %d", i, c)
		}
	}
	if n := st.subjects.Load(); n != 1 {
		t.Errorf("store asked %d times for %d identical requests, want 1", n, clients)
	}
}

// gatedVersion blocks DataVersion while gate is set, counting the calls.
type gatedVersion struct {
	store.Store
	gate  atomic.Pointer[chan struct{}]
	calls atomic.Int64
}

func (g *gatedVersion) DataVersion(context.Context) (int64, error) {
	g.calls.Add(1)
	if c := g.gate.Load(); c != nil {
		<-*c
	}
	return 1, nil
}

// While one request reads a stale data version again, the others go on
// with the last reading instead of queueing behind it.
func TestDataVersionReadByOneRequest(t *testing.T) {
	g := &gatedVersion{Store: openStore(t)}
	var c respCache
	ctx := context.Background()
	if v, err := c.dataVersion(ctx, g); v != 1 || err != nil {
		t.Fatalf("first reading: %d %v", v, err)
	}
	time.Sleep(2 * versionTTL)
	gate := make(chan struct{})
	g.gate.Store(&gate)
	done := make(chan struct{})
	go func() {
		defer close(done)
		c.dataVersion(ctx, g) // reads again, blocked on the gate
	}()
	for g.calls.Load() < 2 {
		time.Sleep(time.Millisecond)
	}
	got := make(chan int64)
	go func() {
		v, _ := c.dataVersion(ctx, g)
		got <- v
	}()
	select {
	case v := <-got:
		if v != 1 {
			t.Errorf("meanwhile: version %d, want the last reading 1", v)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a second request waited for the first one's reading")
	}
	if n := g.calls.Load(); n != 2 {
		t.Errorf("store read %d times, want 2", n)
	}
	close(gate)
	<-done
	// After this server's own write every request reads again.
	g.gate.Store(nil)
	c.wrote()
	c.dataVersion(ctx, g)
	if n := g.calls.Load(); n != 3 {
		t.Errorf("after a write: store read %d times, want 3", n)
	}
}

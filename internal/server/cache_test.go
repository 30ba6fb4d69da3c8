package server

import (
	"context"
	"net/http"
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
		name    string
		bump    bool
		path    string
		accept  string
		wantHit bool
	}{
		{"first request computes", false, "/api/v1/subjects", "", false},
		{"same request, same version: cached", false, "/api/v1/subjects", "", true},
		{"another page computes", false, "/subjects", "", false},
		{"its JSON twin by Accept is another answer", false, "/subjects", "application/json", false},
		{"after a write the answer is computed again", true, "/api/v1/subjects", "", false},
		{"and cached again", false, "/api/v1/subjects", "", true},
	}
	for _, tc := range tests {
		if tc.bump {
			st.version.Add(1)
			// Another process's write shows within versionTTL.
			time.Sleep(2 * versionTTL)
		}
		before := st.subjects.Load()
		resp, body := do(t, http.MethodGet, ts.url+tc.path, "", nil, map[string]string{"Accept": tc.accept})
		if resp.StatusCode != http.StatusOK || len(body) == 0 {
			t.Fatalf("%s: status %d, %d bytes", tc.name, resp.StatusCode, len(body))
		}
		if resp.Header.Get("Content-Security-Policy") == "" || resp.Header.Get("Content-Type") == "" {
			t.Errorf("%s: headers lost: %v", tc.name, resp.Header)
		}
		if hit := st.subjects.Load() == before; hit != tc.wantHit {
			t.Errorf("%s: cache hit %v, want %v", tc.name, hit, tc.wantHit)
		}
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

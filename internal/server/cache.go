package server

import (
	"bytes"
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/claimtrack/claimtrack/internal/store"
)

// Limits of the response cache.
const (
	cacheMaxEntries = 1024
	cacheMaxBytes   = 128 << 20
	cacheMaxEntry   = 8 << 20 // larger responses are shared in flight but not kept
	// versionTTL is how long a data version read from the store is
	// trusted: one small query per interval instead of one per request
	// (under load the store's few connections are what requests queue
	// on). Another process's write shows within it; this server's own
	// writes at once (forgetVersion).
	versionTTL = 20 * time.Millisecond
)

// respCache keeps whole GET responses for the store's current data version
// (store.Versioned): everything the server reads changes only when the
// store is written, so a page or API answer computed once serves every
// later identical request until the version moves. Identical requests in
// flight are merged: one computes, the others wait for its response.
type respCache struct {
	mu      sync.Mutex
	version int64
	entries map[string]*cachedResp
	bytes   int
	flight  flight[*cachedResp]

	vmu    sync.Mutex
	seen   int64 // the store's data version, read at seenAt
	seenAt time.Time
}

// dataVersion returns the store's data version, read again when the last
// reading is older than versionTTL.
func (c *respCache) dataVersion(ctx context.Context, vs store.Versioned) (int64, error) {
	c.vmu.Lock()
	defer c.vmu.Unlock()
	if !c.seenAt.IsZero() && time.Since(c.seenAt) < versionTTL {
		return c.seen, nil
	}
	v, err := vs.DataVersion(ctx)
	if err != nil {
		return 0, err
	}
	c.seen, c.seenAt = v, time.Now()
	return v, nil
}

// forgetVersion makes the next request read the data version again: this
// server has just written.
func (c *respCache) forgetVersion() {
	c.vmu.Lock()
	c.seenAt = time.Time{}
	c.vmu.Unlock()
}

// cachedResp is one recorded response; it is shared and never modified.
type cachedResp struct {
	code   int
	header http.Header
	body   []byte
}

func (c *respCache) get(version int64, key string) *cachedResp {
	c.mu.Lock()
	defer c.mu.Unlock()
	if version != c.version {
		return nil
	}
	return c.entries[key]
}

func (c *respCache) put(version int64, key string, e *cachedResp) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if version < c.version {
		return // computed before a newer version was seen
	}
	if version != c.version || c.entries == nil {
		c.version, c.entries, c.bytes = version, map[string]*cachedResp{}, 0
	}
	if len(c.entries) >= cacheMaxEntries || c.bytes+len(e.body) > cacheMaxBytes {
		// Full: start over rather than track recency; the hot pages come
		// back at once.
		c.entries, c.bytes = map[string]*cachedResp{}, 0
	}
	c.entries[key] = e
	c.bytes += len(e.body)
}

// recorder captures a handler's response.
type recorder struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
}
func (r *recorder) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	return r.body.Write(b)
}

// cacheable reports whether a request's response may be shared: reads of
// pages and the API, not operations (health, metrics) nor static files
// (already in memory).
func cacheable(r *http.Request) bool {
	if r.Method != http.MethodGet {
		return false
	}
	p := r.URL.Path
	return !(p == "/healthz" || p == "/metrics" || strings.HasPrefix(p, "/static/") || p == "/favicon.ico")
}

// cached serves GET requests from the response cache when the store tells
// its data version; otherwise it calls next directly.
func (s *Server) cached(next *http.ServeMux) http.Handler {
	vs, ok := s.store.(store.Versioned)
	if !ok {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !cacheable(r) {
			next.ServeHTTP(w, r)
			return
		}
		// The route names the request in logs and metrics even when the
		// mux does not run.
		_, r.Pattern = next.Handler(r)
		version, err := s.cache.dataVersion(r.Context(), vs)
		if err != nil {
			next.ServeHTTP(w, r)
			return
		}
		// The Accept header chooses between a page and its JSON or CSV twin.
		key := r.Header.Get("Accept") + "\x00" + r.URL.RequestURI()
		e := s.cache.get(version, key)
		if e == nil {
			fkey := strconv.FormatInt(version, 10) + "\x00" + key
			e, err = s.cache.flight.do(r.Context(), fkey, func(ctx context.Context) (*cachedResp, error) {
				rec := &recorder{header: http.Header{}}
				next.ServeHTTP(rec, r.WithContext(ctx))
				if rec.code == 0 {
					rec.code = http.StatusOK
				}
				e := &cachedResp{code: rec.code, header: rec.header, body: rec.body.Bytes()}
				if e.code == http.StatusOK && len(e.body) <= cacheMaxEntry {
					s.cache.put(version, key, e)
				}
				return e, nil
			})
			if err != nil {
				// The waiting request's own context ended.
				return
			}
		}
		h := w.Header()
		for k, v := range e.header {
			h[k] = append([]string(nil), v...)
		}
		w.WriteHeader(e.code)
		w.Write(e.body)
	})
}

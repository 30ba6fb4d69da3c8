package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"hash/fnv"
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
	// writes at once (wrote).
	versionTTL = 20 * time.Millisecond
	// staleFor bounds stale-while-revalidate: for this long after the data
	// version moved (another process wrote), a request whose answer is not
	// computed yet for the new version gets the previous version's answer
	// while one request recomputes it in the background. Past it, or when
	// the request says Cache-Control: no-cache, requests wait for the
	// new answer. This server's own writes (ingest, reviews) drop the
	// previous answers: whoever wrote sees the write.
	staleFor = 10 * time.Second
	// gzipMin is the smallest body worth compressing.
	gzipMin = 1 << 10
)

// respCache keeps whole GET responses for the store's current data version
// (store.Versioned): everything the server reads changes only when the
// store is written, so a page or API answer computed once serves every
// later identical request until the version moves. Identical requests in
// flight are merged: one computes, the others wait for its response. Each
// answer is kept with its gzip encoding and an ETag, computed once.
type respCache struct {
	mu      sync.Mutex
	version int64
	entries map[string]*cachedResp
	bytes   int
	// prev holds the previous version's answers until staleFor after
	// movedAt, when the version moved.
	prev    map[string]*cachedResp
	movedAt time.Time
	flight  flight[*cachedResp]

	vmu     sync.Mutex
	seen    int64 // the store's data version, read at seenAt
	seenAt  time.Time
	reading bool // a request is reading it again
}

// dataVersion returns the store's data version, read again when the last
// reading is older than versionTTL. One request reads it; the others go
// on with the last reading meanwhile rather than queue behind the store
// (under load that read is where they waited), so another process's write
// shows within versionTTL and one store round trip. After this server's
// own write (wrote) every request waits for the new reading.
func (c *respCache) dataVersion(ctx context.Context, vs store.Versioned) (int64, error) {
	c.vmu.Lock()
	if !c.seenAt.IsZero() && (c.reading || time.Since(c.seenAt) < versionTTL) {
		v := c.seen
		c.vmu.Unlock()
		return v, nil
	}
	if !c.seenAt.IsZero() {
		// Stale: this request reads; the others use c.seen meanwhile.
		c.reading = true
		c.vmu.Unlock()
		v, err := vs.DataVersion(ctx)
		c.vmu.Lock()
		defer c.vmu.Unlock()
		c.reading = false
		if err != nil {
			return 0, err
		}
		if !c.seenAt.IsZero() && v >= c.seen {
			c.seen, c.seenAt = v, time.Now()
		}
		return v, nil
	}
	// Never read, or this server wrote: everyone waits for the reading.
	defer c.vmu.Unlock()
	v, err := vs.DataVersion(ctx)
	if err != nil {
		return 0, err
	}
	c.seen, c.seenAt = v, time.Now()
	return v, nil
}

// wrote tells the cache that this server has just written: the next
// request reads the data version again, and no previous answer is served
// stale.
func (c *respCache) wrote() {
	c.vmu.Lock()
	c.seenAt = time.Time{}
	c.vmu.Unlock()
	c.mu.Lock()
	c.prev = nil
	c.mu.Unlock()
}

// cachedResp is one recorded response; it is shared and never modified.
type cachedResp struct {
	code   int
	header http.Header
	body   []byte
	gz     []byte // body gzipped, nil when not worth it
	etag   string // weak: the same for both encodings
}

// newCachedResp records a response with its ETag and, for a body worth
// it, its gzip encoding.
func newCachedResp(code int, header http.Header, body []byte) *cachedResp {
	e := &cachedResp{code: code, header: header, body: body}
	h := fnv.New64a()
	h.Write(body)
	e.etag = `W/"` + strconv.FormatUint(h.Sum64(), 36) + `"`
	if len(body) >= gzipMin && header.Get("Content-Encoding") == "" {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.DefaultCompression)
		zw.Write(body)
		if zw.Close() == nil && b.Len() < len(body) {
			e.gz = b.Bytes()
		}
	}
	return e
}

// lookup returns the answer for key at version, or else, within staleFor
// of the version's move, the previous version's (stale true).
func (c *respCache) lookup(version int64, key string, allowStale bool) (e *cachedResp, stale bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if version > c.version {
		c.advance(version)
	}
	if version != c.version {
		return nil, false // an older reading of the version
	}
	if e := c.entries[key]; e != nil {
		return e, false
	}
	if allowStale && c.prev != nil && time.Since(c.movedAt) < staleFor {
		if e := c.prev[key]; e != nil {
			return e, true
		}
	}
	return nil, false
}

// advance moves the cache to a newer version; the current answers become
// the previous ones. Called with mu held.
func (c *respCache) advance(version int64) {
	if c.entries != nil {
		c.prev, c.movedAt = c.entries, time.Now()
	}
	c.version, c.entries, c.bytes = version, map[string]*cachedResp{}, 0
}

func (c *respCache) put(version int64, key string, e *cachedResp) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if version < c.version {
		return // computed before a newer version was seen
	}
	if version > c.version || c.entries == nil {
		c.advance(version)
	}
	if len(c.entries) >= cacheMaxEntries || c.bytes+len(e.body)+len(e.gz) > cacheMaxBytes {
		// Full: start over rather than track recency; the hot pages come
		// back at once.
		c.entries, c.bytes = map[string]*cachedResp{}, 0
	}
	c.entries[key] = e
	c.bytes += len(e.body) + len(e.gz)
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

// acceptsGzip reports whether the request's Accept-Encoding allows gzip
// (named, or "*", with a weight other than q=0).
func acceptsGzip(r *http.Request) bool {
	for _, v := range r.Header.Values("Accept-Encoding") {
		for _, part := range strings.Split(v, ",") {
			name, params, _ := strings.Cut(part, ";")
			name = strings.ToLower(strings.TrimSpace(name))
			if name != "gzip" && name != "x-gzip" && name != "*" {
				continue
			}
			q := 1.0
			if v, ok := strings.CutPrefix(strings.ReplaceAll(strings.ToLower(params), " ", ""), "q="); ok {
				if f, err := strconv.ParseFloat(v, 64); err == nil {
					q = f
				}
			}
			return q > 0
		}
	}
	return false
}

// etagMatches reports whether an If-None-Match header names etag (weak
// comparison, RFC 9110 13.1.2).
func etagMatches(header, etag string) bool {
	want := strings.TrimPrefix(etag, "W/")
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == want {
			return true
		}
	}
	return false
}

// noCache reports whether the client asked for a fresh answer.
func noCache(r *http.Request) bool {
	cc := strings.ToLower(r.Header.Get("Cache-Control"))
	return strings.Contains(cc, "no-cache") || strings.Contains(cc, "max-age=0") || r.Header.Get("Pragma") == "no-cache"
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
		fkey := strconv.FormatInt(version, 10) + "\x00" + key
		compute := func(ctx context.Context) (*cachedResp, error) {
			rec := &recorder{header: http.Header{}}
			next.ServeHTTP(rec, r.WithContext(ctx))
			if rec.code == 0 {
				rec.code = http.StatusOK
			}
			e := newCachedResp(rec.code, rec.header, rec.body.Bytes())
			if e.code == http.StatusOK && len(e.body) <= cacheMaxEntry {
				s.cache.put(version, key, e)
			}
			return e, nil
		}
		status := "hit"
		e, stale := s.cache.lookup(version, key, !noCache(r))
		switch {
		case stale:
			// The previous answer now; one request computes the new one.
			status = "hit; detail=stale"
			s.cache.flight.start(context.WithoutCancel(r.Context()), fkey, compute, func(v any) {
				s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v))
			})
		case e == nil:
			status = "fwd=miss"
			if e, err = s.cache.flight.do(r.Context(), fkey, compute); err != nil {
				// The waiting request's own context ended.
				return
			}
		}
		h := w.Header()
		for k, v := range e.header {
			h[k] = append([]string(nil), v...)
		}
		h.Set("Cache-Status", "claimtrack; "+status)
		h.Add("Vary", "Accept, Accept-Encoding")
		if e.code != http.StatusOK {
			w.WriteHeader(e.code)
			w.Write(e.body)
			return
		}
		// Unchanged data is revalidated by ETag instead of sent again.
		h.Set("ETag", e.etag)
		h.Set("Cache-Control", "no-cache")
		if inm := r.Header.Get("If-None-Match"); inm != "" && etagMatches(inm, e.etag) {
			h.Del("Content-Length")
			h.Del("Content-Type")
			w.WriteHeader(http.StatusNotModified)
			return
		}
		body := e.body
		if e.gz != nil && acceptsGzip(r) {
			body = e.gz
			h.Set("Content-Encoding", "gzip")
		}
		h.Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(e.code)
		w.Write(body)
	})
}

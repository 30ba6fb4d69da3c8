// Package server implements `claimtrack serve`: a versioned JSON API under
// /api/v1/ and a server-rendered web UI over a store.Store, with strict
// security headers, token-protected writes, per-request structured logs, a
// health check and Prometheus metrics.
//
// Article text is untrusted. Templates are html/template; the only HTML built
// by hand is the span highlighter (HighlightText) and the SVG chart
// (ChartSVG), both of which escape every piece of text they write. Static
// files come from an embedded file system only; no handler touches the
// local file system.
package server

import (
	"context"
	"crypto/subtle"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/store"
)

//go:embed assets
var assets embed.FS

// Defaults for Config.
const (
	DefaultMaxBody   = 32 << 20 // ingest uploads
	DefaultMaxAPIReq = 1 << 20  // other request bodies
	// DefaultBodyTimeout bounds the time to receive a request body: a
	// 32 MB upload needs 280 KB/s; a client trickling bytes is cut off.
	DefaultBodyTimeout = 2 * time.Minute
)

// Config configures a Server.
type Config struct {
	Store store.Store
	// Addr is the address the server listens on; it decides whether writes
	// need a token (any non-loopback address does) and which Host headers
	// are accepted (a loopback server answers only loopback host names, to
	// defeat DNS rebinding).
	Addr string
	// Token, when set, is required for every write (Authorization: Bearer
	// or the form field "token"). On a non-loopback address writes are
	// refused unless it is set.
	Token string
	// MaxBody limits ingest request bodies (default DefaultMaxBody).
	MaxBody int64
	// BodyTimeout is the time allowed to receive a request body (default
	// DefaultBodyTimeout); past it the request gets a 408.
	BodyTimeout time.Duration
	Logger      *slog.Logger
	// Version is shown in the footer and in /healthz.
	Version string
}

// Server is the HTTP handler of claimtrack serve.
type Server struct {
	cfg      Config
	store    store.Store
	log      *slog.Logger
	metrics  *Metrics
	reads    reads
	cache    respCache
	pages    map[string]*pageTemplate
	handler  http.Handler
	loopback bool
	started  time.Time
}

// New builds a server. It does not listen; see Serve or Handler.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: no store")
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.BodyTimeout <= 0 {
		cfg.BodyTimeout = DefaultBodyTimeout
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{cfg: cfg, store: cfg.Store, log: cfg.Logger, metrics: NewMetrics(), started: time.Now()}
	s.loopback = IsLoopbackAddr(cfg.Addr)
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	s.pages = pages
	s.handler = s.routes()
	return s, nil
}

// Handler returns the server's root handler with all middleware.
func (s *Server) Handler() http.Handler { return s.handler }

// Metrics returns the server's metrics.
func (s *Server) Metrics() *Metrics { return s.metrics }

// Serve serves on ln until ctx is done, then shuts down gracefully, giving
// requests in flight up to 10 seconds.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	// Requests in flight at shutdown get the grace period to finish; then
	// their context is cancelled, which stops an extraction between stages.
	base, cancelBase := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelBase()
	hs := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		// Each body has its own deadline (Config.BodyTimeout, set in wrap);
		// this is the backstop for the whole request.
		ReadTimeout:    s.cfg.BodyTimeout + 30*time.Second,
		WriteTimeout:   5 * time.Minute, // extraction of a large batch; a client gone stops it
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:    func(net.Listener) context.Context { return base },
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := hs.Shutdown(sctx)
	cancelBase()
	if e := <-errc; e != nil && !errors.Is(e, http.ErrServerClosed) && err == nil {
		err = e
	}
	return err
}

// writesAllowed reports whether the server accepts writes at all.
func (s *Server) writesAllowed() bool { return s.cfg.Token != "" || s.loopback }

// tokenRequired reports whether writes need a token.
func (s *Server) tokenRequired() bool { return s.cfg.Token != "" || !s.loopback }

// authorized checks the request's token for a write. formToken is the form
// field's value, if the request has a form.
func (s *Server) authorized(r *http.Request, formToken string) bool {
	if !s.tokenRequired() {
		return true
	}
	if s.cfg.Token == "" {
		return false
	}
	got := formToken
	if h := r.Header.Get("Authorization"); h != "" {
		if v, ok := strings.CutPrefix(h, "Bearer "); ok {
			got = strings.TrimSpace(v)
		}
	}
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) == 1
}

// IsLoopbackAddr reports whether a listen address (host:port) binds only to
// the loopback interface. An empty host (all interfaces) is not loopback.
func IsLoopbackAddr(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	return isLoopbackHost(host)
}

func isLoopbackHost(host string) bool {
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// staticFS is the embedded static directory.
func staticFS() fs.FS {
	sub, err := fs.Sub(assets, "assets/static")
	if err != nil {
		panic(fmt.Sprintf("server: embedded assets: %v", err))
	}
	return sub
}

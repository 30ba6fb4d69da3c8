package server

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"time"
)

// ContentSecurityPolicy is sent with every response: nothing but the
// server's own scripts, styles and images; no inline script or style, no
// plugins, no framing, forms post only to the server.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// securityHeaders sets the headers every response carries.
func securityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
}

// statusWriter records the status and size of a response.
type statusWriter struct {
	http.ResponseWriter
	code  int
	bytes int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// wrap adds, outermost first: request logging and metrics, panic recovery,
// security headers, the Host check of a loopback server, and cross-origin
// protection of unsafe methods (CSRF).
func (s *Server) wrap(mux http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusForbidden, "forbidden", "cross-origin request refused")
	}))
	inner := cop.Handler(mux)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		securityHeaders(sw.Header())
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				if sw.code == 0 {
					s.fail(sw, r, http.StatusInternalServerError, "internal", "internal error")
				}
			}
			code := sw.code
			if code == 0 {
				code = http.StatusOK
			}
			d := time.Since(start)
			route := r.Pattern
			if route == "" {
				route = "unmatched"
			}
			s.metrics.ObserveRequest(route, r.Method, code, d.Seconds())
			lvl := slog.LevelInfo
			if code >= 500 {
				lvl = slog.LevelError
			}
			s.log.LogAttrs(r.Context(), lvl, "request",
				slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.String("route", route),
				slog.Int("status", code), slog.Int64("bytes", sw.bytes), slog.Duration("duration", d),
				slog.String("remote", r.RemoteAddr))
		}()
		if s.loopback && !s.hostAllowed(r.Host) {
			s.fail(sw, r, http.StatusMisdirectedRequest, "bad_host", "this server answers only to loopback host names")
			return
		}
		if r.Body != nil && r.Body != http.NoBody {
			// A body trickled byte by byte would hold the connection for as
			// long as the client likes. Not every writer can (a test
			// recorder), which is fine: there is no connection then.
			_ = http.NewResponseController(sw).SetReadDeadline(time.Now().Add(s.cfg.BodyTimeout))
		}
		inner.ServeHTTP(sw, r)
	})
}

// hostAllowed accepts loopback names and addresses, so that a page on
// another site cannot reach a loopback server through DNS rebinding.
func (s *Server) hostAllowed(host string) bool {
	if host == "" {
		return true // HTTP/1.0 without Host
	}
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	return isLoopbackHost(host)
}

// wantsJSON reports whether the client asked for JSON rather than a page.
func wantsJSON(r *http.Request) bool {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		return true
	}
	a := r.Header.Get("Accept")
	return strings.Contains(a, "application/json") && !strings.Contains(a, "text/html")
}

// formPeek is how much of a form body is looked at for its token before
// the body is read: the token field comes first in the upload form.
const formPeek = 8 << 10

// writeAuth guards a handler that writes: it refuses the request before a
// byte of a large body is read unless the request may write. The token is
// taken from the Authorization header or, for a form without one, from a
// "token" field within the first formPeek bytes of the body (which are put
// back for the handler).
func (s *Server) writeAuth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.writesAllowed() {
			s.fail(w, r, http.StatusUnauthorized, "unauthorized", "writes are disabled: this server listens on a non-loopback address and CLAIMTRACK_TOKEN is not set")
			return
		}
		if s.tokenRequired() && !s.authorized(r, s.peekFormToken(r)) {
			s.fail(w, r, http.StatusUnauthorized, "unauthorized", "a valid token is required (Authorization: Bearer TOKEN, or the form field token first in the form)")
			return
		}
		next(w, r)
	}
}

// peekFormToken returns the token field of a form body if it lies within
// its first formPeek bytes, leaving the body readable from its start.
func (s *Server) peekFormToken(r *http.Request) string {
	if r.Header.Get("Authorization") != "" || r.Body == nil || r.Body == http.NoBody {
		return ""
	}
	ct, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || ct != "multipart/form-data" && ct != "application/x-www-form-urlencoded" {
		return ""
	}
	br := bufio.NewReaderSize(r.Body, formPeek)
	head, _ := br.Peek(formPeek)
	r.Body = struct {
		io.Reader
		io.Closer
	}{br, r.Body}
	if ct == "application/x-www-form-urlencoded" {
		if i := bytes.LastIndexByte(head, '&'); i >= 0 && len(head) == formPeek {
			head = head[:i] // the last pair may be cut short
		}
		v, _ := url.ParseQuery(string(head))
		return v.Get("token")
	}
	if params["boundary"] == "" {
		return ""
	}
	mr := multipart.NewReader(bytes.NewReader(head), params["boundary"])
	for {
		p, err := mr.NextPart()
		if err != nil {
			return ""
		}
		if p.FormName() == "token" && p.FileName() == "" {
			b, err := io.ReadAll(io.LimitReader(p, 1<<10))
			if err != nil {
				return "" // cut short by the peek
			}
			return strings.TrimSpace(string(b))
		}
	}
}

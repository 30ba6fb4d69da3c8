package server

import (
	"errors"
	"io"
	"io/fs"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/store"
)

// APIRoutes lists the API's method-and-path patterns; the OpenAPI document
// must describe each (checked by a test).
var APIRoutes = []string{
	"GET /api/v1/articles",
	"POST /api/v1/articles",
	"GET /api/v1/articles/{id}",
	"GET /api/v1/subjects",
	"GET /api/v1/subjects/{subject}/timeline",
	"GET /api/v1/timeline",
	"GET /api/v1/disputes",
	"GET /api/v1/claims",
	"GET /api/v1/links",
	"GET /api/v1/check",
	"POST /api/v1/check",
	"GET /api/v1/reviews",
	"POST /api/v1/reviews",
	"GET /api/v1/reviews/log",
	"GET /api/v1/openapi.json",
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	api := map[string]http.HandlerFunc{
		"GET /api/v1/articles":                    s.apiArticles,
		"POST /api/v1/articles":                   s.writeAuth(s.apiIngest),
		"GET /api/v1/articles/{id}":               s.apiArticle,
		"GET /api/v1/subjects":                    s.apiSubjects,
		"GET /api/v1/subjects/{subject}/timeline": s.apiTimeline,
		"GET /api/v1/timeline":                    s.apiTimeline,
		"GET /api/v1/disputes":                    s.apiDisputes,
		"GET /api/v1/claims":                      s.apiClaims,
		"GET /api/v1/links":                       s.apiLinks,
		"GET /api/v1/check":                       s.apiCheck,
		"POST /api/v1/check":                      s.apiCheck,
		"GET /api/v1/reviews":                     s.apiReviewQueue,
		"POST /api/v1/reviews":                    s.writeAuth(s.apiReview),
		"GET /api/v1/reviews/log":                 s.apiReviewLog,
		"GET /api/v1/openapi.json":                s.apiOpenAPI,
	}
	paths := map[string]bool{}
	for _, p := range APIRoutes {
		mux.HandleFunc(p, api[p])
		_, path, _ := cutMethod(p)
		paths[path] = true
	}
	// Any other method on a known API path is 405 with a JSON error; any
	// other path under /api/ is 404.
	for p := range paths {
		mux.HandleFunc(p, s.methodNotAllowed)
	}
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, "not_found", "no such API endpoint")
	})

	// Web UI. Each page also answers as PATH.json and (lists) PATH.csv,
	// or by Accept header (twins.go); "/" as /index.json.
	for path, h := range map[string]http.HandlerFunc{
		"/{$}": s.uiHome, "/subjects": s.uiSubjects, "/articles": s.uiArticles,
		"/search": s.uiSearch, "/check": s.uiCheck, "/ingest": s.uiIngestForm,
	} {
		mux.HandleFunc("GET "+path, s.twin("", h))
		base := strings.TrimSuffix(path, "{$}")
		if base == "/" {
			base = "/index"
		}
		mux.HandleFunc("GET "+base+".json", s.twin("", h))
		mux.HandleFunc("GET "+base+".csv", s.twin("", h))
	}
	mux.HandleFunc("GET /subjects/{key}", s.twin("key", s.uiSubject))
	mux.HandleFunc("GET /timeline", s.uiTimeline)
	mux.HandleFunc("GET /articles/{id}", s.twin("id", s.uiArticle))
	mux.HandleFunc("POST /ingest", s.writeAuth(s.uiIngest))
	mux.HandleFunc("POST /reviews", s.writeAuth(s.uiReview))
	mux.HandleFunc("GET /static/{file...}", s.static)
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})

	// Operations.
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /metrics", s.metricsHandler)

	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, "not_found", "page not found")
	})
	return s.wrap(s.cached(mux))
}

func cutMethod(p string) (method, path string, ok bool) {
	for i := 0; i < len(p); i++ {
		if p[i] == ' ' {
			return p[:i], p[i+1:], true
		}
	}
	return "", p, false
}

func (s *Server) methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, p := range APIRoutes {
		m, path, _ := cutMethod(p)
		if path == r.Pattern {
			allow = append(allow, m)
			if m == http.MethodGet {
				allow = append(allow, http.MethodHead)
			}
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
	}
	s.fail(w, r, http.StatusMethodNotAllowed, "method_not_allowed", "method "+r.Method+" not allowed here")
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	// A cheap store round trip proves the database answers.
	if _, err := s.store.Articles(r.Context(), store.ArticleQuery{Limit: 1}); err != nil {
		s.log.Error("healthz", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, Health{Status: "unavailable", Version: s.cfg.Version, Uptime: time.Since(s.started).Round(time.Second).String()})
		return
	}
	writeJSON(w, http.StatusOK, Health{Status: "ok", Version: s.cfg.Version, Uptime: time.Since(s.started).Round(time.Second).String()})
}

// static serves the embedded static files; anything else under /static/
// (a directory, a name that is not valid UTF-8, a missing file) is a 404.
func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	fsys := staticFS()
	var f fs.File
	var info fs.FileInfo
	err := errors.New("invalid name")
	if name != "" && utf8.ValidString(name) && fs.ValidPath(name) {
		if f, err = fsys.Open(name); err == nil {
			defer f.Close()
			info, err = f.Stat()
		}
	}
	rs, seekable := f.(io.ReadSeeker)
	if err != nil || info.IsDir() || !seekable {
		s.fail(w, r, http.StatusNotFound, "not_found", "no such file")
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.ServeContent(w, r, name, info.ModTime(), rs)
}

func (s *Server) metricsHandler(w http.ResponseWriter, r *http.Request) {
	// Metrics name routes and rates: when writes need a token, so do they.
	if s.cfg.Token != "" && !s.authorized(r, "") {
		s.fail(w, r, http.StatusUnauthorized, "unauthorized", "a valid token is required (Authorization: Bearer TOKEN)")
		return
	}
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	s.metrics.Write(w)
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	b, err := assets.ReadFile("assets/openapi.json")
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, "internal", "openapi document missing")
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	_, _ = w.Write(b)
}

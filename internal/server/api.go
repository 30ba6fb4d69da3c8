package server

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// ErrorBody is the JSON error object of every API error.
type ErrorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// writeJSON writes v with status code.
// It encodes before writing anything, so that a value JSON cannot hold (a
// NaN, an infinity) is a 500 with the standard error object, never a 200
// with an empty or truncated body.
func writeJSON(w http.ResponseWriter, code int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true) // article text may hold markup; keep JSON safe to embed
	if err := enc.Encode(v); err != nil {
		buf.Reset()
		var e ErrorBody
		e.Error.Code = "internal"
		e.Error.Message = "internal error: the response could not be encoded as JSON"
		_ = json.NewEncoder(&buf).Encode(e)
		code = http.StatusInternalServerError
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(code)
	_, _ = w.Write(buf.Bytes())
}

// fail answers an error: a JSON error object for API and JSON clients, an
// HTML page otherwise.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, code int, errCode, msg string) {
	if code == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="claimtrack"`)
	}
	if wantsJSON(r) {
		var e ErrorBody
		e.Error.Code, e.Error.Message = errCode, msg
		writeJSON(w, code, e)
		return
	}
	s.render(w, r, code, "error", &page{Title: http.StatusText(code), Data: errorPage{Code: code, Message: msg}})
}

// storeError maps a store error to a response.
func (s *Server) storeError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		s.fail(w, r, http.StatusNotFound, "not_found", err.Error())
	case errors.Is(err, store.ErrBadQuery):
		s.fail(w, r, http.StatusBadRequest, "bad_request", err.Error())
	case r.Context().Err() != nil:
		s.fail(w, r, http.StatusServiceUnavailable, "cancelled", "request cancelled")
	default:
		s.log.Error("store", "path", r.URL.Path, "err", err)
		s.fail(w, r, http.StatusInternalServerError, "internal", "internal error")
	}
}

// badRequest is a parameter error.
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

func (s *Server) paramError(w http.ResponseWriter, r *http.Request, err error) {
	s.fail(w, r, http.StatusBadRequest, "bad_request", err.Error())
}

// Query parameter helpers.

func qDate(r *http.Request, name string) (document.Date, error) {
	v := strings.TrimSpace(r.URL.Query().Get(name))
	if v == "" {
		return document.Date{}, nil
	}
	d, err := document.ParseDate(v)
	if err != nil {
		return d, badRequest{name + ": want YYYY-MM-DD"}
	}
	return d, nil
}

func qInt(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := strings.TrimSpace(r.URL.Query().Get(name))
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, badRequest{name + ": want an integer from " + strconv.Itoa(lo) + " to " + strconv.Itoa(hi)}
	}
	return n, nil
}

func qBool(r *http.Request, name string) (bool, error) {
	v := strings.ToLower(strings.TrimSpace(r.URL.Query().Get(name)))
	switch v {
	case "", "0", "false", "no", "off":
		return false, nil
	case "1", "true", "yes", "on":
		return true, nil
	}
	return false, badRequest{name + ": want true or false"}
}

var stances = map[string]bool{extract.Asserts: true, extract.Denies: true, extract.Confirms: true, extract.Questions: true}

// claimQuery reads the claim search facets shared by the API and the UI.
// The store filters for anonymous sources only; named ones (named=true) are
// kept by namedOnly from each page the store returns, so a page may hold
// fewer than limit claims while its cursor still continues the search.
func claimQuery(r *http.Request) (store.ClaimQuery, error) {
	q := r.URL.Query()
	var cq store.ClaimQuery
	var err error
	cq.Text = strings.TrimSpace(q.Get("q"))
	cq.Speaker = strings.TrimSpace(q.Get("speaker"))
	cq.Source = strings.TrimSpace(q.Get("outlet"))
	if cq.Source == "" {
		cq.Source = strings.TrimSpace(q.Get("source"))
	}
	cq.Stance = strings.ToLower(strings.TrimSpace(q.Get("stance")))
	if cq.Stance != "" && !stances[cq.Stance] {
		return cq, badRequest{"stance: want asserts, denies, confirms or questions"}
	}
	cq.Kind = strings.ToLower(strings.TrimSpace(q.Get("kind")))
	if cq.Kind != "" && cq.Kind != "statement" && cq.Kind != "figure" {
		return cq, badRequest{"kind: want statement or figure"}
	}
	if cq.Since, err = qDate(r, "since"); err != nil {
		return cq, err
	}
	if cq.Until, err = qDate(r, "until"); err != nil {
		return cq, err
	}
	if !cq.Since.IsZero() && !cq.Until.IsZero() && cq.Until.Time().Before(cq.Since.Time()) {
		return cq, badRequest{"until is before since"}
	}
	if cq.Anonymous, err = qBool(r, "anonymous"); err != nil {
		return cq, err
	}
	named, err := qBool(r, "named")
	if err != nil {
		return cq, err
	}
	switch q.Get("who") { // the search form's single select
	case "":
	case "anonymous":
		cq.Anonymous = true
	case "named":
		named = true
	default:
		return cq, badRequest{"who: want anonymous or named"}
	}
	if named && cq.Anonymous {
		return cq, badRequest{"anonymous and named exclude each other"}
	}
	if cq.Limit, err = qInt(r, "limit", 50, 1, 1000); err != nil {
		return cq, err
	}
	cq.Cursor = q.Get("cursor")
	return cq, nil
}

// wantNamed reports whether the request asks for named speakers and sources
// only (after claimQuery has validated it).
func wantNamed(r *http.Request) bool {
	v, _ := qBool(r, "named")
	return v || r.URL.Query().Get("who") == "named"
}

// namedOnly drops claims by anonymous speakers or sources.
func namedOnly(cs []store.Claim) []store.Claim {
	out := cs[:0]
	for _, c := range cs {
		if !c.Anonymous {
			out = append(out, c)
		}
	}
	return out
}

// offsetCursor encodes an offset into a list the store returns whole.
func offsetCursor(off int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("o:" + strconv.Itoa(off)))
}

func parseOffsetCursor(c string) (int, error) {
	if c == "" {
		return 0, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil {
		if v, ok := strings.CutPrefix(string(b), "o:"); ok {
			if n, err := strconv.Atoi(v); err == nil && n >= 0 {
				return n, nil
			}
		}
	}
	return 0, badRequest{"cursor: malformed"}
}

// page of a slice by offset cursor.
func paginate[T any](all []T, cursor string, limit int) ([]T, string, error) {
	off, err := parseOffsetCursor(cursor)
	if err != nil {
		return nil, "", err
	}
	if off > len(all) {
		off = len(all)
	}
	end := min(off+limit, len(all))
	next := ""
	if end < len(all) {
		next = offsetCursor(end)
	}
	return all[off:end], next, nil
}

// API handlers.

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	var q store.ArticleQuery
	var err error
	q.Source = strings.TrimSpace(r.URL.Query().Get("source"))
	if q.Since, err = qDate(r, "since"); err != nil {
		s.paramError(w, r, err)
		return
	}
	if q.Until, err = qDate(r, "until"); err != nil {
		s.paramError(w, r, err)
		return
	}
	if g := r.URL.Query().Get("group"); g != "" {
		n, err := strconv.ParseInt(g, 10, 64)
		if err != nil || n <= 0 {
			s.paramError(w, r, badRequest{"group: want a positive integer"})
			return
		}
		q.Group = n
	}
	q.DocID = strings.TrimSpace(r.URL.Query().Get("doc_id"))
	if q.Limit, err = qInt(r, "limit", 50, 1, 1000); err != nil {
		s.paramError(w, r, err)
		return
	}
	q.Cursor = r.URL.Query().Get("cursor")
	p, err := s.store.Articles(r.Context(), q)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	if p.Articles == nil {
		p.Articles = []store.Article{}
	}
	writeJSON(w, http.StatusOK, p)
}

// ArticleResponse is an article with its text, sentences, facts and links,
// plus the annotation layers (entities, times, quantities), which are
// recomputed from the stored text.
type ArticleResponse struct {
	*store.Article
	Entities   []extract.Entity   `json:"entities"`
	Times      []extract.Time     `json:"times"`
	Quantities []extract.Quantity `json:"quantities"`
}

func articleID(r *http.Request) (store.ArticleID, error) {
	n, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || n <= 0 {
		return 0, badRequest{"article id: want a positive integer"}
	}
	return store.ArticleID(n), nil
}

// loadArticle returns the article and its annotation layers.
func (s *Server) loadArticle(r *http.Request) (*ArticleResponse, error) {
	id, err := articleID(r)
	if err != nil {
		return nil, err
	}
	a, err := s.store.Article(r.Context(), id)
	if err != nil {
		return nil, err
	}
	doc := &document.Document{ID: a.DocID, URL: document.Str(a.URL), Title: document.Str(a.Title),
		Source: document.Str(a.Source), Author: document.Str(a.Author), Published: a.Published, Text: a.Text}
	res := extract.Extract(doc)
	out := &ArticleResponse{Article: a, Entities: res.Entities, Times: res.Times, Quantities: res.Quantities}
	if out.Sentences == nil {
		out.Sentences = res.Sentences
	}
	return out, nil
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.loadArticle(r)
	if err != nil {
		if _, ok := err.(badRequest); ok {
			s.fail(w, r, http.StatusNotFound, "not_found", err.Error())
			return
		}
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

// SubjectPage is one page of subjects.
type SubjectPage struct {
	Subjects []store.Subject `json:"subjects"`
	Next     string          `json:"next,omitempty"`
}

func (s *Server) apiSubjects(w http.ResponseWriter, r *http.Request) {
	limit, err := qInt(r, "limit", 100, 1, 1000)
	if err != nil {
		s.paramError(w, r, err)
		return
	}
	all, err := s.subjects(r.Context())
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	all = filterSubjects(all, r.URL.Query().Get("q"))
	pg, next, err := paginate(all, r.URL.Query().Get("cursor"), limit)
	if err != nil {
		s.paramError(w, r, err)
		return
	}
	if pg == nil {
		pg = []store.Subject{}
	}
	writeJSON(w, http.StatusOK, SubjectPage{Subjects: pg, Next: next})
}

// filterSubjects keeps subjects whose label or key contains every word of q.
func filterSubjects(all []store.Subject, q string) []store.Subject {
	words := strings.Fields(strings.ToLower(q))
	if len(words) == 0 {
		return all
	}
	var out []store.Subject
	for _, sb := range all {
		hay := strings.ToLower(sb.Label + " " + sb.Key + " " + sb.Holder + " " + sb.Thing + " " + sb.Location)
		ok := true
		for _, w := range words {
			if !strings.Contains(hay, w) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, sb)
		}
	}
	return out
}

func (s *Server) apiTimeline(w http.ResponseWriter, r *http.Request) {
	subject := r.PathValue("subject")
	if subject == "" {
		subject = strings.TrimSpace(r.URL.Query().Get("subject"))
	}
	if subject == "" {
		s.paramError(w, r, badRequest{"subject: required"})
		return
	}
	limit, offset, err := timelinePageParams(r)
	if err != nil {
		s.paramError(w, r, err)
		return
	}
	t, err := s.timeline(r.Context(), subject)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	// t is shared with concurrent requests: the page is a copy.
	out := pageTimeline(t, limit, offset, r.URL)
	if out.Figures == nil {
		out.Figures = []store.FigureRow{}
	}
	if out.Links == nil {
		out.Links = []store.Link{}
	}
	writeJSON(w, http.StatusOK, &out)
}

var disputeKinds = map[string]bool{store.DisputeFigures: true, store.DisputePlanned: true, store.DisputeClaim: true}

// Disputes are paged: DefaultDisputeLimit cards unless limit says more,
// offset skips the strongest ones (from next).
const (
	DefaultDisputeLimit = 25
	MaxDisputeLimit     = 1000
	maxDisputeOffset    = 8999 // offset+limit stays within what a store lists
)

func disputeQuery(r *http.Request) (q store.DisputeQuery, offset int, err error) {
	q.Kind = strings.TrimSpace(r.URL.Query().Get("kind"))
	if q.Kind != "" && !disputeKinds[q.Kind] {
		return q, 0, badRequest{"kind: want discrepancy, planned-vs-count or disputed"}
	}
	q.Subject = strings.TrimSpace(r.URL.Query().Get("subject"))
	if q.Limit, err = qInt(r, "limit", DefaultDisputeLimit, 1, MaxDisputeLimit); err != nil {
		return q, 0, err
	}
	offset, err = qInt(r, "offset", 0, 0, maxDisputeOffset)
	return q, offset, err
}

// DisputeList is the disputes response: one page, and the URL of the next
// one ("" at the end).
type DisputeList struct {
	Disputes []store.Dispute `json:"disputes"`
	Next     string          `json:"next,omitempty"`
}

func (s *Server) apiDisputes(w http.ResponseWriter, r *http.Request) {
	q, offset, err := disputeQuery(r)
	if err != nil {
		s.paramError(w, r, err)
		return
	}
	limit := q.Limit
	// The store lists the strongest first: read through this page and one
	// more, to know whether a next page exists.
	q.Limit = offset + limit + 1
	ds, err := s.store.Disputes(r.Context(), q)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	var out DisputeList
	if len(ds) > offset+limit {
		v := r.URL.Query()
		v.Set("offset", strconv.Itoa(offset+limit))
		v.Set("limit", strconv.Itoa(limit))
		out.Next = r.URL.Path + "?" + v.Encode()
		ds = ds[:offset+limit]
	}
	out.Disputes = ds[min(offset, len(ds)):]
	if len(out.Disputes) == 0 {
		out.Disputes = []store.Dispute{}
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiClaims(w http.ResponseWriter, r *http.Request) {
	q, err := claimQuery(r)
	if err != nil {
		s.paramError(w, r, err)
		return
	}
	p, err := s.store.Claims(r.Context(), q)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	if wantNamed(r) {
		p.Claims = namedOnly(p.Claims)
	}
	if p.Claims == nil {
		p.Claims = []store.Claim{}
	}
	writeJSON(w, http.StatusOK, p)
}

// LinkList is the links response.
type LinkList struct {
	Links []store.Link `json:"links"`
}

func (s *Server) apiLinks(w http.ResponseWriter, r *http.Request) {
	var q store.LinkQuery
	var err error
	if a := r.URL.Query().Get("article"); a != "" {
		n, err := strconv.ParseInt(a, 10, 64)
		if err != nil || n <= 0 {
			s.paramError(w, r, badRequest{"article: want a positive integer"})
			return
		}
		q.Article = store.ArticleID(n)
	}
	q.Subject = strings.TrimSpace(r.URL.Query().Get("subject"))
	q.Kind = strings.TrimSpace(r.URL.Query().Get("kind"))
	if q.Kind != "" && q.Kind != store.LinkDenies && q.Kind != store.LinkConfirms {
		s.paramError(w, r, badRequest{"kind: want denies or confirms"})
		return
	}
	if q.Limit, err = qInt(r, "limit", 100, 1, 1000); err != nil {
		s.paramError(w, r, err)
		return
	}
	ls, err := s.store.Links(r.Context(), q)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	if ls == nil {
		ls = []store.Link{}
	}
	writeJSON(w, http.StatusOK, LinkList{ls})
}

// checkRequest is the body of POST /api/v1/check.
type checkRequest struct {
	Claim string        `json:"claim"`
	Limit int           `json:"limit"`
	Since document.Date `json:"since"`
	Until document.Date `json:"until"`
}

func (s *Server) apiCheck(w http.ResponseWriter, r *http.Request) {
	var req checkRequest
	if r.Method == http.MethodPost {
		r.Body = http.MaxBytesReader(w, r.Body, DefaultMaxAPIReq)
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			s.bodyError(w, r, err)
			return
		}
	} else {
		req.Claim = r.URL.Query().Get("claim")
		n, err := qInt(r, "limit", 20, 1, 100)
		if err != nil {
			s.paramError(w, r, err)
			return
		}
		req.Limit = n
		for _, x := range []struct {
			name string
			d    *document.Date
		}{{"since", &req.Since}, {"until", &req.Until}} {
			if v := r.URL.Query().Get(x.name); v != "" {
				if *x.d, err = document.ParseDate(v); err != nil {
					s.paramError(w, r, badRequest{x.name + ": want YYYY-MM-DD"})
					return
				}
			}
		}
	}
	req.Claim = strings.TrimSpace(req.Claim)
	if req.Claim == "" {
		s.paramError(w, r, badRequest{"claim: required"})
		return
	}
	if len(req.Claim) > 2000 {
		s.paramError(w, r, badRequest{"claim: at most 2000 bytes"})
		return
	}
	if req.Limit <= 0 || req.Limit > 100 {
		req.Limit = 20
	}
	res, err := s.check(r.Context(), req.Claim, req.Limit, req.Since, req.Until)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// bodyError answers a request body that could not be read.
func (s *Server) bodyError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, os.ErrDeadlineExceeded) {
		s.fail(w, r, http.StatusRequestTimeout, "timeout", "request body not received within "+s.cfg.BodyTimeout.String())
		return
	}
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		s.fail(w, r, http.StatusRequestEntityTooLarge, "too_large", "request body larger than "+strconv.FormatInt(mbe.Limit, 10)+" bytes")
		return
	}
	s.fail(w, r, http.StatusBadRequest, "bad_request", "request body: "+err.Error())
}

// Health is the /healthz response.
type Health struct {
	Status  string `json:"status"`
	Version string `json:"version,omitempty"`
	Uptime  string `json:"uptime"`
}

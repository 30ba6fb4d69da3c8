package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

// ReviewRequest is one review action posted to /api/v1/reviews (JSON) or
// from a page's form (POST /reviews, the same fields).
type ReviewRequest struct {
	Ref    string `json:"ref"` // figure:ID, statement:ID, link:ID, dispute:ID, subject:KEY
	Action string `json:"action"`
	Field  string `json:"field,omitempty"`
	Value  string `json:"value,omitempty"`
	Who    string `json:"who"`
	Note   string `json:"note,omitempty"`
}

// ReviewQueue is the /api/v1/reviews response.
type ReviewQueue struct {
	Items []ledger.QueueItem `json:"items"`
}

// ReviewLog is the /api/v1/reviews/log response.
type ReviewLog struct {
	Reviews []store.Review `json:"reviews"`
}

// maxReviewBody bounds a review request: a note, not an article.
const maxReviewBody = 64 << 10

func (s *Server) apiReviewQueue(w http.ResponseWriter, r *http.Request) {
	n, err := qInt(r, "limit", 50, 1, 500)
	if err != nil {
		s.paramError(w, r, err)
		return
	}
	items, err := ledger.ReviewQueue(r.Context(), s.store, ledger.QueueOptions{Limit: n, Subject: r.URL.Query().Get("subject")})
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ReviewQueue{items})
}

func (s *Server) apiReviewLog(w http.ResponseWriter, r *http.Request) {
	n, err := qInt(r, "limit", 1000, 1, 100000)
	if err != nil {
		s.paramError(w, r, err)
		return
	}
	after, err := qInt(r, "after", 0, 0, 1<<62)
	if err != nil {
		s.paramError(w, r, err)
		return
	}
	rs, err := s.store.Reviews(r.Context(), store.ReviewQuery{Kind: r.URL.Query().Get("kind"), Key: r.URL.Query().Get("key"), After: int64(after), Limit: n})
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ReviewLog{rs})
}

// apiReview logs one action (writeAuth has checked the token).
func (s *Server) apiReview(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxReviewBody)
	var req ReviewRequest
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		s.bodyError(w, r, err)
		return
	}
	got, err := s.act(r, req)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, got)
}

func (s *Server) act(r *http.Request, req ReviewRequest) (store.Review, error) {
	// The reviewer's next page shows the review, never a stale answer.
	defer s.cache.wrote()
	return ledger.Act(r.Context(), s.store, strings.TrimSpace(req.Ref), store.Review{Action: req.Action, Field: strings.TrimSpace(req.Field),
		Value: strings.TrimSpace(req.Value), Who: strings.TrimSpace(req.Who), Note: strings.TrimSpace(req.Note)})
}

// uiReview takes a page's review form and goes back to the page (303), so
// that the controls work without JavaScript; writeAuth has checked the
// token (the form's first field).
func (s *Server) uiReview(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxReviewBody)
	if err := r.ParseForm(); err != nil {
		s.bodyError(w, r, err)
		return
	}
	req := ReviewRequest{Ref: r.PostForm.Get("ref"), Action: r.PostForm.Get("action"), Field: r.PostForm.Get("field"),
		Value: r.PostForm.Get("value"), Who: r.PostForm.Get("who"), Note: r.PostForm.Get("note")}
	if req.Who == "" {
		req.Who = "web"
	}
	got, err := s.act(r, req)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	if wantsJSON(r) {
		writeJSON(w, http.StatusCreated, got)
		return
	}
	back := localPath(r.PostForm.Get("back"))
	sep := "?"
	if strings.Contains(back, "?") {
		sep = "&"
	}
	http.Redirect(w, r, back+sep+"reviewed="+url.QueryEscape(strconv.FormatInt(got.ID, 10)), http.StatusSeeOther)
}

// localPath keeps a redirect on this server: a path, never a scheme or
// another host.
func localPath(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.HasPrefix(p, "/\\") || strings.ContainsAny(p, "\r\n") {
		return "/"
	}
	return p
}

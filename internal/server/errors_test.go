package server

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/store"
)

// brokenStore fails every read it implements; the others panic (nil
// embedded interface), which the server must turn into a 500 too.
type brokenStore struct{ store.Store }

var errDisk = errors.New("disk on fire at /var/secret/path")

func (brokenStore) Articles(context.Context, store.ArticleQuery) (store.ArticlePage, error) {
	return store.ArticlePage{}, errDisk
}

func (brokenStore) Claims(context.Context, store.ClaimQuery) (store.ClaimPage, error) {
	return store.ClaimPage{}, errDisk
}

func (brokenStore) Article(context.Context, store.ArticleID) (*store.Article, error) {
	return nil, errDisk
}

func (brokenStore) Close() error { return nil }

func TestInternalErrors(t *testing.T) {
	ts := newTestServer(t, brokenStore{}, nil)
	tests := []struct {
		path string
		want int
		json bool
	}{
		{"/api/v1/articles", 500, true},
		{"/api/v1/claims", 500, true},
		{"/api/v1/articles/1", 500, true},
		{"/api/v1/subjects", 500, true}, // panics inside: recovered
		{"/api/v1/disputes", 500, true},
		{"/articles", 500, false},
		{"/search?q=x", 500, false},
		{"/subjects", 500, false},
		{"/healthz", 503, true},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			resp, b := get(t, ts.url+tc.path)
			if resp.StatusCode != tc.want {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.want, clip(string(b), 200))
			}
			if strings.Contains(string(b), "secret") || strings.Contains(string(b), "goroutine") {
				t.Errorf("internal detail leaked: %s", clip(string(b), 300))
			}
			if tc.json && tc.want == 500 && errorCode(t, b) != "internal" {
				t.Errorf("code %q", errorCode(t, b))
			}
			if !tc.json && !strings.Contains(resp.Header.Get("Content-Type"), "text/html") {
				t.Errorf("page error as %s", resp.Header.Get("Content-Type"))
			}
		})
	}
	// Metrics count the failures by route and code.
	_, b := get(t, ts.url+"/metrics")
	if !strings.Contains(string(b), `claimtrack_http_request_duration_seconds_count{route="GET /api/v1/articles",method="GET",code="500"} 1`) {
		t.Error("500 not in metrics")
	}
}

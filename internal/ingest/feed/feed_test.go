package feed

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

const rss = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Test Wire</title>
<item><guid>a1</guid><title>Garrison to shrink</title><link>http://example.test/a1</link>
<pubDate>Tue, 12 Mar 2024 09:00:00 GMT</pubDate><description>The navy will keep 600 sailors.</description></item>
%s
</channel></rss>`

const item2 = `<item><guid>a2</guid><title>Minister denies</title><link>http://example.test/a2</link></item>`

func TestConditionalPolling(t *testing.T) {
	var hits, notModified atomic.Int32
	extra := ""
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		etag := fmt.Sprintf(`"v%d"`, len(extra))
		if r.Header.Get("If-None-Match") == etag {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, rss, extra)
	}))
	defer srv.Close()

	now := time.Date(2024, 3, 12, 10, 0, 0, 0, time.UTC)
	p := NewPoller([]string{srv.URL})
	p.Now = func() time.Time { return now }
	var got []Item
	collect := func(it Item) error { got = append(got, it); return nil }

	if err := p.PollDue(context.Background(), collect); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].GUID != "a1" || !strings.Contains(got[0].Content, "600 sailors") || got[0].Published.Day() != 12 {
		t.Fatalf("first poll: %+v", got)
	}
	// Not due yet: no request.
	if err := p.PollDue(context.Background(), collect); err != nil || hits.Load() != 1 {
		t.Fatalf("polled before due: hits %d err %v", hits.Load(), err)
	}
	// Due, unchanged: a 304 and no items.
	now = now.Add(p.Interval)
	if err := p.PollDue(context.Background(), collect); err != nil {
		t.Fatal(err)
	}
	if notModified.Load() != 1 || len(got) != 1 {
		t.Fatalf("want one 304 and no new items, got %d 304s, %d items", notModified.Load(), len(got))
	}
	// Changed: only the new item is emitted.
	extra = item2
	now = now.Add(p.Interval)
	if err := p.PollDue(context.Background(), collect); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[1].GUID != "a2" {
		t.Fatalf("want the new item only, got %+v", got)
	}
}

func TestBackoff(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Error(w, "down", http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	p := NewPoller([]string{srv.URL})
	p.Interval = time.Minute
	p.MaxBackoff = 4 * time.Minute
	p.Now = func() time.Time { return now }
	wantDelays := []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute, 4 * time.Minute}
	for i, want := range wantDelays {
		err := p.PollDue(context.Background(), func(Item) error { return nil })
		if err == nil || !strings.Contains(err.Error(), "503") {
			t.Fatalf("poll %d: want a 503 error, got %v", i, err)
		}
		st := p.States()[0]
		if st.Failures != i+1 || st.NextPoll.Sub(now) != want {
			t.Fatalf("poll %d: failures %d next in %v, want %d and %v", i, st.Failures, st.NextPoll.Sub(now), i+1, want)
		}
		now = st.NextPoll
	}
}

func TestBadFeed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "this is not a feed")
	}))
	defer srv.Close()
	p := NewPoller([]string{srv.URL})
	err := p.PollDue(context.Background(), func(Item) error { return nil })
	if err == nil || !strings.Contains(err.Error(), srv.URL) {
		t.Fatalf("want an error naming the feed, got %v", err)
	}
}

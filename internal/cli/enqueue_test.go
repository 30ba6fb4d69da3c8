package cli

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/queue"
)

// One oversized feed item is refused on its own line while the rest of the
// feed is enqueued (an item larger than a NATS message goes through the
// object store); enqueuing the same feed again reports duplicates.
func TestEnqueueFeedLimits(t *testing.T) {
	if c, err := net.DialTimeout("tcp", "127.0.0.1:4222", time.Second); err != nil {
		t.Skipf("NATS JetStream not reachable at 127.0.0.1:4222 (%v); .ci/run starts it", err)
	} else {
		c.Close()
	}
	para := "<p>The ministry said 30 soldiers were deployed to the border on Monday.</p>\n"
	pages := map[string]string{
		"/a":     "<html><head><title>A</title></head><body><article>" + para + "</article></body></html>",
		"/big":   "<html><head><title>Big</title></head><body><article>" + strings.Repeat(para, (2<<20)/len(para)) + "</article></body></html>",
		"/huge":  "<html><head><title>Huge</title></head><body><article>" + strings.Repeat(para, document.MaxBytes/len(para)+1) + "</article></body></html>",
		"/after": "<html><head><title>After</title></head><body><article><p>Officials said 12 trucks reached the town.</p></article></body></html>",
	}
	var ts *httptest.Server
	ts = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>`)
			for _, p := range []string{"/a", "/big", "/huge", "/after"} {
				fmt.Fprintf(w, `<item><title>%s</title><link>%s%s</link><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>`, p, ts.URL, p)
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		page, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	defer ts.Close()

	b := make([]byte, 4)
	rand.Read(b)
	stream := "CT_ENQ_" + strings.ToUpper(hex.EncodeToString(b))
	nc, js, err := queue.Connect("nats://127.0.0.1:4222")
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	cfg := queue.Config{Stream: stream}.Defaults()
	t.Cleanup(func() {
		ctx := context.Background()
		_ = js.DeleteStream(ctx, cfg.Stream)
		_ = js.DeleteStream(ctx, cfg.DeadStream)
		_ = js.DeleteObjectStore(ctx, cfg.Bucket)
	})
	for i, want := range []string{
		"claimtrack enqueue: 3 articles enqueued, 0 duplicates already queued, 1 inputs failed\n",
		"claimtrack enqueue: 0 articles enqueued, 3 duplicates already queued, 1 inputs failed\n",
	} {
		code, _, stderr := run(t, "", "enqueue", "--nats", "nats://127.0.0.1:4222", "--stream", stream, "--feed", ts.URL+"/feed.xml")
		if code != 1 || !strings.HasSuffix(stderr, want) {
			t.Fatalf("run %d: exit %d, stderr:\n%s\nwant it to end with %q", i+1, code, stderr, want)
		}
		if !strings.Contains(stderr, ts.URL+"/huge: more than 16777216 bytes") || len(stderr) > 1000 {
			t.Errorf("run %d: the oversized item is not reported on one short line:\n%s", i+1, stderr)
		}
	}
	obs, err := js.ObjectStore(context.Background(), cfg.Bucket)
	if err != nil {
		t.Fatal(err)
	}
	if names, err := obs.List(context.Background()); err != nil || len(names) != 1 {
		t.Errorf("object store holds %d objects (%v), want the big article's", len(names), err)
	}
}

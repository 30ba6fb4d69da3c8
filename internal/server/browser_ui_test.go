package server

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// TestBrowserNewsroom: in headless Chromium, every page links a JSON twin
// that answers JSON (and list pages a CSV twin), one Tab from the top
// reaches the skip link and Enter lands in the main content, and two
// figures reported for the same date are both visible on the chart.
func TestBrowserNewsroom(t *testing.T) {
	b := newBrowser(t)
	ts := newTestServer(t, nil, nil)
	ids := seedOwn(t, ts.st)
	// Two reports of one count for the same day, from different outlets.
	var rs []*extract.Result
	for _, a := range []struct{ outlet, text string }{
		{"Harbor Daily", "The defence ministry said on Sunday that 2,500 soldiers are stationed in Ostravia.\n"},
		{"Ridge Courier", "Local officials said on Sunday that 2,650 soldiers are stationed in Ostravia.\n"},
	} {
		doc := document.New(a.text)
		doc.Source = document.Str(a.outlet)
		doc.Published, _ = document.ParseDate("2024-03-10")
		rs = append(rs, extract.Extract(doc))
	}
	if _, err := ts.st.SaveBatch(context.Background(), rs); err != nil {
		t.Fatal(err)
	}
	subs, err := ts.st.Subjects(t.Context())
	if err != nil || len(subs) == 0 {
		t.Fatal(subs, err)
	}
	var subj store.Subject
	for _, s := range subs {
		if s.Figures > subj.Figures {
			subj = s
		}
	}
	pages := []struct {
		path string
		list bool
	}{
		{"/", true}, {"/subjects", true}, {"/subjects/" + url.PathEscape(subj.Key), true}, {"/articles", true},
		{fmt.Sprintf("/articles/%d", ids[0]), false}, {"/search", true}, {"/check?claim=soldiers+in+Ostravia", false}, {"/ingest", false},
	}
	t.Run("every page has a JSON twin, list pages a CSV twin", func(t *testing.T) {
		for _, p := range pages {
			var got struct {
				JSON, CSV        string
				JSONType, CSVCSV string
				JSONOK           bool
			}
			b.run(t,
				chromedp.Navigate(ts.url+p.path),
				chromedp.WaitReady(`main`, chromedp.ByQuery),
				chromedp.Evaluate(`(async () => {
					const j = document.querySelector('link[rel=alternate][type="application/json"]');
					const c = document.querySelector('link[rel=alternate][type="text/csv"]');
					const out = {JSON: j ? j.href : "", CSV: c ? c.href : ""};
					if (j) { const r = await fetch(j.href); out.JSONType = r.headers.get("content-type"); try { await r.json(); out.JSONOK = true } catch (e) {} }
					if (c) { const r = await fetch(c.href); out.CSVCSV = r.headers.get("content-type"); }
					return out;
				})()`, &got, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }),
			)
			if got.JSON == "" || !got.JSONOK || !strings.HasPrefix(got.JSONType, "application/json") {
				t.Errorf("%s: JSON twin %+v", p.path, got)
			}
			if p.list && (got.CSV == "" || !strings.HasPrefix(got.CSVCSV, "text/csv")) {
				t.Errorf("%s: CSV twin %+v", p.path, got)
			}
		}
	})

	t.Run("one Tab reaches the main content", func(t *testing.T) {
		for _, p := range []string{"/", "/subjects", "/search"} {
			var first, after string
			b.run(t,
				chromedp.Navigate(ts.url+p),
				chromedp.WaitReady(`main`, chromedp.ByQuery),
				chromedp.KeyEvent(kb.Tab),
				chromedp.Evaluate(`document.activeElement.textContent.trim()`, &first),
				chromedp.KeyEvent(kb.Enter),
				chromedp.Poll(`location.hash === "#main"`, nil, chromedp.WithPollingTimeout(5*time.Second)),
				chromedp.Evaluate(`(() => { const m = document.getElementById("main"); return m.contains(document.activeElement) ? "main" : document.activeElement.tagName })()`, &after),
			)
			if first != "Skip to main content" || after != "main" {
				t.Errorf("%s: first Tab on %q, then focus in %q", p, first, after)
			}
		}
		var ring string
		b.run(t, chromedp.Navigate(ts.url+"/"), chromedp.WaitReady(`main`, chromedp.ByQuery), chromedp.KeyEvent(kb.Tab),
			chromedp.Evaluate(`getComputedStyle(document.activeElement).outlineStyle`, &ring))
		b.shot(t, "skip-link-focused")
		if ring == "none" || ring == "" {
			t.Errorf("focused skip link shows no focus ring (outline %q)", ring)
		}
	})

	t.Run("two same-date points are both visible", func(t *testing.T) {
		type box struct {
			X, Y, W, H float64
			Hit        bool
		}
		var boxes []box
		b.run(t,
			chromedp.Navigate(ts.url+"/subjects/"+url.PathEscape(subj.Key)),
			chromedp.WaitVisible(`svg.chart`, chromedp.ByQuery),
			chromedp.Evaluate(`Array.from(document.querySelectorAll("svg.chart a.pt")).filter(a => a.querySelector("title").textContent.includes("as of 2024-03-10")).map(a => {
				const r = a.querySelector(".mk").getBoundingClientRect();
				const hit = document.elementFromPoint(r.x + r.width/2, r.y + r.height/2);
				return {X: r.x, Y: r.y, W: r.width, H: r.height, Hit: !!hit && a.contains(hit)};
			})`, &boxes),
		)
		b.shot(t, "chart-same-date")
		if len(boxes) < 2 {
			t.Fatalf("%d points dated 2024-03-10 on %s, want 2", len(boxes), subj.Label)
		}
		for i, x := range boxes {
			if !x.Hit || x.W == 0 {
				t.Errorf("point %d hidden: %+v", i, x)
			}
			for _, y := range boxes[:i] {
				if x.X < y.X+y.W && y.X < x.X+x.W && x.Y < y.Y+y.H && y.Y < x.Y+x.H {
					t.Errorf("points overlap: %+v %+v", x, y)
				}
			}
		}
	})
	b.clean(t)
}

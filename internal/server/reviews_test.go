package server

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/claimtrack/claimtrack/internal/store"
)

// figureIn returns the first figure of an article whose text contains sub.
func figureIn(t *testing.T, st store.Store, id store.ArticleID, sub string) store.FigureRow {
	t.Helper()
	a, err := st.Article(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range a.Figures {
		if strings.Contains(f.Text, sub) {
			return f
		}
	}
	t.Fatalf("article %d has no figure %q", id, sub)
	return store.FigureRow{}
}

// TestAPIReviews: the queue, an action, the log; bad actions are 400s,
// unknown targets 404s.
func TestAPIReviews(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	ids := seedOwn(t, ts.st)
	resp, b := get(t, ts.url+"/api/v1/reviews?limit=5")
	var q ReviewQueue
	decode(t, b, &q)
	if resp.StatusCode != 200 || len(q.Items) == 0 || len(q.Items) > 5 {
		t.Fatalf("queue %d %s", resp.StatusCode, b)
	}
	f := figureIn(t, ts.st, ids[3], "3,600")
	ref := fmt.Sprintf("figure:%d", f.ID)
	body := fmt.Sprintf(`{"ref":%q,"action":"correct","field":"value","value":"3500","who":"desk","note":"per the release"}`, ref)
	resp, b = do(t, "POST", ts.url+"/api/v1/reviews", "application/json", strings.NewReader(body), nil)
	var got store.Review
	decode(t, b, &got)
	if resp.StatusCode != 201 || got.ID == 0 || got.Key == "" || got.Who != "desk" {
		t.Fatalf("post %d %s", resp.StatusCode, b)
	}
	resp, b = get(t, fmt.Sprintf("%s/api/v1/articles/%d", ts.url, ids[3]))
	if resp.StatusCode != 200 || !strings.Contains(string(b), `"state":"corrected"`) || !strings.Contains(string(b), `"value":3500`) {
		t.Errorf("article after correction: %s", clip(string(b), 400))
	}
	for _, tc := range []struct {
		body string
		want int
	}{
		{`{"ref":"figure:999999","action":"confirm","who":"x"}`, 404},
		{`{"ref":"` + ref + `","action":"explode","who":"x"}`, 400},
		{`{"ref":"` + ref + `","action":"confirm"}`, 400},
		{`{"ref":"` + ref + `","action":"correct","field":"value","value":"lots","who":"x"}`, 400},
		{`{"ref":"` + ref + `","action":"confirm","who":"x","extra":1}`, 400},
		{`not json`, 400},
	} {
		resp, b := do(t, "POST", ts.url+"/api/v1/reviews", "application/json", strings.NewReader(tc.body), nil)
		if resp.StatusCode != tc.want {
			t.Errorf("%s: status %d, want %d: %s", tc.body, resp.StatusCode, tc.want, b)
		}
	}
	resp, b = get(t, ts.url+"/api/v1/reviews/log")
	var log ReviewLog
	decode(t, b, &log)
	if resp.StatusCode != 200 || len(log.Reviews) != 1 || log.Reviews[0].Note != "per the release" {
		t.Errorf("log %d %s", resp.StatusCode, b)
	}
	// The reviewed figure is no longer in the queue.
	_, b = get(t, ts.url+"/api/v1/reviews?limit=500")
	if strings.Contains(string(b), `"ref":"`+ref+`"`) {
		t.Errorf("%s still queued", ref)
	}
}

// TestReviewAuth: off loopback, every review write needs the token, as
// every other write; a cross-site form post is refused; nothing is logged
// by a refused write.
func TestReviewAuth(t *testing.T) {
	for _, tc := range []struct {
		name, addr, token string
		hdr               map[string]string
		form              bool
		formToken         string
		want              int
	}{
		{"public address without token: writes off", "0.0.0.0:8080", "", nil, false, "", 401},
		{"public address, no token sent", "0.0.0.0:8080", "s3cret", nil, false, "", 401},
		{"public address, wrong token", "0.0.0.0:8080", "s3cret", map[string]string{"Authorization": "Bearer guess"}, false, "", 401},
		{"public address, right token", "0.0.0.0:8080", "s3cret", map[string]string{"Authorization": "Bearer s3cret"}, false, "", 201},
		{"form without token", "0.0.0.0:8080", "s3cret", nil, true, "", 401},
		{"form with wrong token", "0.0.0.0:8080", "s3cret", nil, true, "guess", 401},
		{"form with token", "0.0.0.0:8080", "s3cret", nil, true, "s3cret", 303},
		{"loopback form", "127.0.0.1:0", "", nil, true, "", 303},
		{"cross-site form", "127.0.0.1:0", "", map[string]string{"Sec-Fetch-Site": "cross-site"}, true, "", 403},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ts := newTestServer(t, nil, func(c *Config) { c.Addr, c.Token = tc.addr, tc.token })
			ids := seedOwn(t, ts.st)
			ref := fmt.Sprintf("figure:%d", figureIn(t, ts.st, ids[0], "2,400").ID)
			var resp *http.Response
			var b []byte
			if tc.form {
				v := url.Values{}
				if tc.formToken != "" {
					v.Set("token", tc.formToken)
				}
				v.Set("ref", ref)
				v.Set("action", "confirm")
				v.Set("back", fmt.Sprintf("/articles/%d", ids[0]))
				resp, b = doNoRedirect(t, ts.url+"/reviews", v.Encode(), tc.hdr)
			} else {
				resp, b = do(t, "POST", ts.url+"/api/v1/reviews", "application/json",
					strings.NewReader(`{"ref":"`+ref+`","action":"confirm","who":"x"}`), tc.hdr)
			}
			if resp.StatusCode != tc.want {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.want, clip(string(b), 300))
			}
			if tc.want == 303 && !strings.HasPrefix(resp.Header.Get("Location"), fmt.Sprintf("/articles/%d?reviewed=", ids[0])) {
				t.Errorf("redirect to %q", resp.Header.Get("Location"))
			}
			log, err := ts.st.Reviews(t.Context(), store.ReviewQuery{})
			if err != nil {
				t.Fatal(err)
			}
			if ok := tc.want < 400; (len(log) == 1) != ok {
				t.Errorf("log has %d entries after status %d", len(log), resp.StatusCode)
			}
		})
	}
}

// doNoRedirect posts a form and returns the response as is.
func doNoRedirect(t *testing.T, u, form string, hdr map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest("POST", u, strings.NewReader(form))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

// TestReviewNotesInert: markup in a note, a who and a corrected value is
// shown as text on every page that shows it; a redirect never leaves the
// server.
func TestReviewNotesInert(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	ids := seedOwn(t, ts.st)
	f := figureIn(t, ts.st, ids[0], "2,400")
	const evil = `<script>alert(1)</script><img src=x onerror=alert(2)>`
	v := url.Values{"ref": {fmt.Sprintf("figure:%d", f.ID)}, "action": {"correct"}, "field": {"source"}, "value": {evil},
		"note": {evil}, "who": {evil}, "back": {"//evil.example/x"}}
	resp, _ := doNoRedirect(t, ts.url+"/reviews", v.Encode(), nil)
	if resp.StatusCode != 303 || resp.Header.Get("Location") != "/?reviewed=1" {
		t.Fatalf("status %d location %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	subj := figureIn(t, ts.st, ids[0], "2,400").Subject
	for _, p := range []string{fmt.Sprintf("/articles/%d", ids[0]), "/subjects/" + url.PathEscape(subj), "/"} {
		_, b := get(t, ts.url+p)
		s := string(b)
		if strings.Contains(s, "<script>alert") || strings.Contains(s, "<img src=x") {
			t.Errorf("%s renders the note as markup", p)
		}
		if p != "/" && !strings.Contains(s, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("%s does not show the note as text", p)
		}
	}
}

// TestBrowserReviewMovesFigure: in headless Chromium, correcting a
// figure's place from the article page (the form, no script needed) moves
// it to the right subject's chart.
func TestBrowserReviewMovesFigure(t *testing.T) {
	b := newBrowser(t)
	ts := newTestServer(t, nil, nil)
	ids := seedOwn(t, ts.st)
	f := figureIn(t, ts.st, ids[3], "3,600")
	before := f.Subject
	if before == "" {
		t.Fatalf("figure %q has no subject", f.Text)
	}
	sel := fmt.Sprintf(`details[id="rv-figure:%d"]`, f.ID)
	var href string
	b.run(t,
		chromedp.Navigate(fmt.Sprintf("%s/articles/%d", ts.url, ids[3])),
		chromedp.WaitVisible(sel+` summary`, chromedp.ByQuery),
		chromedp.Click(sel+` summary`, chromedp.ByQuery),
		chromedp.SetValue(sel+` select[name=field]`, "place", chromedp.ByQuery),
		chromedp.SendKeys(sel+` input[name=value]`, "Brena", chromedp.ByQuery),
		chromedp.SendKeys(sel+` input[name=note]`, "the garrison moved", chromedp.ByQuery),
		chromedp.Click(sel+` button[value=correct]`, chromedp.ByQuery),
		chromedp.WaitVisible(sel+` .rv-corrected`, chromedp.ByQuery),
		chromedp.AttributeValue(fmt.Sprintf(`#p-fig-%d a[href^="/subjects/"]`, f.ID), "href", &href, nil, chromedp.ByQuery),
	)
	b.shot(t, "review-corrected")
	after, err := url.PathUnescape(strings.TrimPrefix(href, "/subjects/"))
	if err != nil || after == before || !strings.Contains(after, "brena") {
		t.Fatalf("figure filed under %q after the correction (was %q)", after, before)
	}
	onChart := func(key string) bool {
		var n int
		b.run(t,
			chromedp.Navigate(ts.url+"/subjects/"+url.PathEscape(key)),
			chromedp.WaitReady(`main`, chromedp.ByQuery),
			chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll('svg.chart a.pt[href$="#fig-%d"]').length`, f.ID), &n),
		)
		return n > 0
	}
	if !onChart(after) {
		t.Errorf("the corrected figure is not on %q's chart", after)
	}
	if onChart(before) {
		t.Errorf("the corrected figure is still on %q's chart", before)
	}
	b.clean(t)
}

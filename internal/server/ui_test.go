package server

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"mime/multipart"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/store"
)

func decodeXML(r io.Reader) error {
	d := xml.NewDecoder(r)
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func TestUIPages(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	ids := seedOwn(t, ts.st)
	subs, err := ts.st.Subjects(t.Context())
	if err != nil || len(subs) == 0 {
		t.Fatalf("subjects: %v %v", subs, err)
	}
	a0, err := ts.st.Article(t.Context(), ids[0])
	if err != nil {
		t.Fatal(err)
	}
	var figIDs []string
	for _, f := range a0.Figures {
		figIDs = append(figIDs, fmt.Sprintf(`id="fig-%d"`, f.ID), fmt.Sprintf(`id="p-fig-%d"`, f.ID), fmt.Sprintf(`href="#fig-%d"`, f.ID))
	}
	for _, s := range a0.Statements {
		figIDs = append(figIDs, fmt.Sprintf(`id="st-%d"`, s.ID), fmt.Sprintf(`href="#st-%d"`, s.ID))
	}
	tests := []struct {
		path string
		want int
		has  []string
	}{
		{"/", 200, []string{"<h1>Disputes and denials</h1>", "Newest denials", `href="/subjects/`}},
		{"/subjects", 200, []string{`<table id="subjects" class="sortable">`, subs[0].Label}},
		{"/subjects?q=zzzz-none", 200, []string{"No subjects match"}},
		{"/subjects/" + url.PathEscape(subs[0].Key), 200, []string{`<svg class="chart"`, `<table id="figures" class="sortable">`, `href="/articles/`}},
		{"/timeline?subject=" + url.QueryEscape(subs[0].Key), 200, []string{`<svg class="chart"`}},
		{"/articles", 200, []string{`<table id="articles" class="sortable">`, "Garrison grows", "Valley Post"}},
		{fmt.Sprintf("/articles/%d", ids[0]), 200, append([]string{`<article class="article-text" id="text">`, `id="s-1"`, "Garrison grows", "Northern Herald"}, figIDs...)},
		{"/search", 200, []string{`<form class="facets"`, `name="speaker"`, `name="outlet"`, `name="stance"`, `name="since"`, `name="until"`, `name="who"`, `<option value="named">named only</option>`}},
		{"/search?q=soldiers", 200, []string{`<table id="results" class="sortable">`, "soldiers"}},
		{"/search?stance=denies&kind=statement", 200, []string{`<option value="denies" selected>`}},
		{"/search?who=named", 200, []string{`<option value="named" selected>named only</option>`}},
		{"/search?who=nobody", 400, []string{"who"}},
		{"/check", 200, []string{`<form class="facets" method="get" action="/check"`}},
		{"/check?claim=" + url.QueryEscape("2,400 soldiers are stationed in Ostravia"), 200, []string{`id="check-summary"`, `<section id="supporting">`, `<section id="denying">`, `<section id="observing">`}},
		{"/ingest", 200, []string{`<form id="ingest-form" method="post" action="/ingest" enctype="multipart/form-data" data-max-body="33554432">`, `<progress id="ingest-progress"`}},
		{"/articles/999999", 404, []string{"404"}},
		{"/articles/xyz", 404, nil},
		{"/subjects/" + url.PathEscape("no|such|subject-zzz"), 404, nil},
		{"/search?stance=shouting", 400, []string{"stance"}},
		{"/no/such/page", 404, []string{"page not found"}},
		{"/static/style.css", 200, []string{":target"}},
		{"/static/app.js", 200, []string{"XMLHttpRequest"}},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			resp, b := get(t, ts.url+tc.path)
			if resp.StatusCode != tc.want {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.want, clip(string(b), 400))
			}
			if miss := contains(string(b), tc.has...); miss != "" {
				t.Errorf("page lacks %q", miss)
			}
			if strings.HasSuffix(resp.Header.Get("Content-Type"), "html; charset=utf-8") {
				checkInert(t, string(b))
			}
		})
	}
}

func TestUIIngestForm(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	// Without JavaScript: a URL-encoded or multipart post renders a page.
	form := url.Values{"text": {"The port said 21 cranes were idle in Kell.\n"}, "source": {"Kell Gazette"}, "published": {"2024-04-02"}}
	resp, b := do(t, "POST", ts.url+"/ingest", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()), nil)
	if resp.StatusCode != 201 || !strings.Contains(string(b), `id="ingest-done"`) || !strings.Contains(string(b), "Stored 1 new article") {
		t.Fatalf("form post: %d %s", resp.StatusCode, clip(string(b), 500))
	}
	// With JavaScript (XMLHttpRequest, Accept: application/json): JSON.
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	w, _ := mw.CreateFormFile("files", "kell.html")
	w.Write([]byte("<html><head><title>Kell page</title></head><body><p>The port said 9 ships left Kell.</p></body></html>"))
	mw.Close()
	resp, b = do(t, "POST", ts.url+"/ingest", mw.FormDataContentType(), &buf, map[string]string{"Accept": "application/json"})
	var r IngestResult
	decode(t, b, &r)
	if resp.StatusCode != 201 || r.Created != 1 || len(r.Saved) != 1 {
		t.Fatalf("xhr post: %d %s", resp.StatusCode, b)
	}
	// Nothing to add.
	resp, b = do(t, "POST", ts.url+"/ingest", "application/x-www-form-urlencoded", strings.NewReader("text=+"), nil)
	if resp.StatusCode != 400 || !strings.Contains(string(b), "nothing to add") {
		t.Errorf("empty post: %d %s", resp.StatusCode, clip(string(b), 300))
	}
	// With a token configured the form asks for it and checks it.
	tt := newTestServer(t, nil, func(c *Config) { c.Token = "tok" })
	_, b = get(t, tt.url+"/ingest")
	if !strings.Contains(string(b), `name="token"`) {
		t.Error("ingest form has no token field when a token is required")
	}
	resp, _ = do(t, "POST", tt.url+"/ingest", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()), nil)
	if resp.StatusCode != 401 {
		t.Errorf("form without token: %d", resp.StatusCode)
	}
	form.Set("token", "tok")
	resp, _ = do(t, "POST", tt.url+"/ingest", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()), nil)
	if resp.StatusCode != 201 {
		t.Errorf("form with token: %d", resp.StatusCode)
	}
}

// Hostile article text: markup, event handlers and javascript: links.
const hostileText = "Officials said 300 <script>alert('x1')</script> troops were in <img src=x onerror=\"alert('x2')\"> Ardenia.\n" +
	"A spokesman denied <a href=\"javascript:alert('x3')\">the report</a> that 40 <svg onload=alert('x4')> tanks left.\n" +
	"\"</mark></span><script>alert('x5')</script>\" said the <style>body{display:none}</style> minister on <iframe src=\"javascript:alert('x6')\"></iframe> Monday.\n"

func TestXSSInert(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	resp, b := do(t, "POST", ts.url+"/api/v1/articles?title="+url.QueryEscape(`<script>alert('t')</script>`)+"&source="+url.QueryEscape(`<img src=x onerror=alert('s')>`),
		"text/plain", strings.NewReader(hostileText), nil)
	if resp.StatusCode != 201 {
		t.Fatalf("ingest: %d %s", resp.StatusCode, b)
	}
	var r IngestResult
	decode(t, b, &r)
	id := r.Saved[0].ID
	// Also through the HTML reader.
	resp, b = do(t, "POST", ts.url+"/api/v1/articles", "text/html", strings.NewReader("<html><body><p>"+hostileText+"</p><p><a href=\"javascript:alert('x7')\">link</a></p></body></html>"), nil)
	if resp.StatusCode != 201 {
		t.Fatalf("ingest html: %d %s", resp.StatusCode, b)
	}
	pages := []string{
		fmt.Sprintf("/articles/%d", id), "/", "/articles", "/subjects",
		"/search?q=officials", "/search?kind=statement", "/search?q=" + url.QueryEscape(`"><script>alert('q')</script>`),
		"/check?claim=" + url.QueryEscape("300 troops were in Ardenia <script>alert('c')</script>"),
		"/subjects?q=" + url.QueryEscape(`<img src=x onerror=alert(1)>`),
	}
	subs, _ := ts.st.Subjects(t.Context())
	for _, s := range subs {
		pages = append(pages, "/subjects/"+url.PathEscape(s.Key))
	}
	for _, p := range pages {
		resp, b := get(t, ts.url+p)
		if resp.StatusCode != 200 {
			t.Errorf("%s: status %d", p, resp.StatusCode)
			continue
		}
		checkInert(t, string(b))
	}
	// The article page shows the hostile text as text.
	_, b = get(t, fmt.Sprintf("%s/articles/%d", ts.url, id))
	if !strings.Contains(string(b), "&lt;script&gt;alert(&#39;x1&#39;)&lt;/script&gt;") {
		t.Error("article text not shown escaped")
	}
	// JSON escapes markup too, so it is safe to embed.
	_, b = get(t, fmt.Sprintf("%s/api/v1/articles/%d", ts.url, id))
	if strings.Contains(string(b), "<script>") {
		t.Error("JSON carries a raw <script>")
	}
}

var (
	tagRe     = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^>]*)?)>`)
	attrRe    = regexp.MustCompile(`\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?`)
	allowTags = map[string]bool{
		"html": true, "head": true, "meta": true, "title": true, "link": true, "script": true, "body": true, "header": true,
		"nav": true, "a": true, "main": true, "footer": true, "h1": true, "h2": true, "h3": true, "p": true, "section": true,
		"ul": true, "li": true, "span": true, "strong": true, "em": true, "div": true, "blockquote": true, "table": true, "tr": true,
		"th": true, "td": true, "form": true, "label": true, "input": true, "select": true, "option": true, "button": true,
		"textarea": true, "fieldset": true, "legend": true, "progress": true, "article": true, "aside": true, "mark": true,
		"figure": true, "figcaption": true, "br": true, "svg": true, "g": true, "line": true, "text": true, "circle": true,
		"rect": true, "path": true, "details": true, "summary": true, "thead": true, "tbody": true,
	}
)

// checkInert fails if an HTML page has markup that could run script: a
// script element other than the app's own file, an event-handler attribute,
// a javascript: URL, inline style, or an element the UI never writes.
func checkInert(t *testing.T, page string) {
	t.Helper()
	for _, p := range inertProblems(page) {
		t.Error(p)
	}
}

func inertProblems(page string) []string {
	var out []string
	for _, m := range tagRe.FindAllStringSubmatch(page, -1) {
		tag := strings.ToLower(m[1])
		if !allowTags[tag] {
			out = append(out, fmt.Sprintf("unexpected element <%s%s>", m[1], clip(m[2], 80)))
			continue
		}
		if tag == "script" && strings.TrimSpace(m[2]) != `src="/static/app.js" defer` {
			out = append(out, fmt.Sprintf("unexpected script %q", m[0]))
		}
		for _, a := range attrRe.FindAllStringSubmatch(m[2], -1) {
			name := strings.ToLower(a[1])
			val := strings.TrimSpace(strings.ToLower(strings.Trim(a[2], `"'`)))
			if strings.HasPrefix(name, "on") || name == "style" || name == "srcdoc" {
				out = append(out, fmt.Sprintf("dangerous attribute %s in %q", name, clip(m[0], 120)))
			}
			if (name == "href" || name == "src" || name == "action" || name == "formaction") &&
				(strings.HasPrefix(val, "javascript:") || strings.HasPrefix(val, "data:")) {
				out = append(out, fmt.Sprintf("script URL in %q", clip(m[0], 120)))
			}
		}
	}
	return out
}

// The checker itself finds what it must.
func TestInertChecker(t *testing.T) {
	bad := []string{
		`<p>x<script>alert(1)</script></p>`,
		`<img src=x onerror=alert(1)>`,
		`<a href="javascript:alert(1)">x</a>`,
		`<a href=' JavaScript:alert(1)'>x</a>`,
		`<span onmouseover="alert(1)">x</span>`,
		`<div style="background:url(x)">x</div>`,
		`<iframe src="/"></iframe>`,
		`<svg onload=alert(1)>`,
	}
	for _, b := range bad {
		if len(inertProblems(b)) == 0 {
			t.Errorf("checker missed %s", b)
		}
	}
	good := `<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href="/articles/1#fig-2">x</a><script src="/static/app.js" defer></script></p>`
	if p := inertProblems(good); len(p) != 0 {
		t.Errorf("checker flags safe markup: %v", p)
	}
}

// The hostile text round-trips through the store unchanged: escaping is
// done when writing HTML, never by altering stored text.
func TestHostileTextStoredVerbatim(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	resp, b := do(t, "POST", ts.url+"/api/v1/articles", "text/plain", strings.NewReader(hostileText), nil)
	if resp.StatusCode != 201 {
		t.Fatalf("%d %s", resp.StatusCode, b)
	}
	var r IngestResult
	decode(t, b, &r)
	a, err := ts.st.Article(t.Context(), store.ArticleID(r.Saved[0].ID))
	if err != nil || a.Text != hostileText {
		t.Fatalf("stored text differs (%v)", err)
	}
}

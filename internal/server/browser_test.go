package server

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// End-to-end tests in real headless Chromium. They skip when no Chromium is
// installed (Debian: apt-get install -y chromium) or ../shared is absent.
// Screenshots go to $CLAIMTRACK_ARTIFACTS, else to a fresh temp dir whose
// path is logged.

func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CLAIMTRACK_CHROMIUM"); p != "" {
		return p
	}
	for _, n := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	t.Skip("Chromium not installed (Debian: apt-get install -y chromium); skipping browser tests")
	return ""
}

func artifactDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("CLAIMTRACK_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	d, err := os.MkdirTemp("", "claimtrack-screens-")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", d)
	return d
}

// browser is one headless Chromium with event bookkeeping.
type browser struct {
	ctx       context.Context
	mu        sync.Mutex
	dialogs   []string
	problems  []string // CSP violations, uncaught exceptions
	artifacts string
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	exe := chromiumPath(t)
	// The profile dir is removed best-effort: Chromium's helper processes
	// may still write to it while they exit, which t.TempDir would report.
	profile, err := os.MkdirTemp("", "claimtrack-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(profile),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() {
		_ = chromedp.Cancel(ctx) // close the browser and wait for it
		cancelT()
		cancelC()
		cancelA()
		for i := 0; i < 5 && os.RemoveAll(profile) != nil; i++ {
			time.Sleep(100 * time.Millisecond)
		}
	})
	b := &browser{ctx: ctx, artifacts: artifactDir(t)}
	chromedp.ListenTarget(ctx, func(ev any) {
		switch e := ev.(type) {
		case *cdppage.EventJavascriptDialogOpening:
			b.mu.Lock()
			b.dialogs = append(b.dialogs, e.Message)
			b.mu.Unlock()
			go chromedp.Run(ctx, cdppage.HandleJavaScriptDialog(false))
		case *cdplog.EventEntryAdded:
			if strings.Contains(e.Entry.Text, "Content Security Policy") || strings.Contains(e.Entry.Text, "Content-Security-Policy") {
				b.mu.Lock()
				b.problems = append(b.problems, "CSP: "+e.Entry.Text)
				b.mu.Unlock()
			}
		case *runtime.EventExceptionThrown:
			b.mu.Lock()
			b.problems = append(b.problems, "exception: "+e.ExceptionDetails.Text)
			b.mu.Unlock()
		}
	})
	if err := chromedp.Run(ctx, cdplog.Enable(), runtime.Enable()); err != nil {
		t.Skipf("cannot start Chromium (%s): %v", exe, err)
	}
	return b
}

func (b *browser) run(t *testing.T, actions ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(b.ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

func (b *browser) shot(t *testing.T, name string) {
	t.Helper()
	var png []byte
	b.run(t, chromedp.CaptureScreenshot(&png))
	p := filepath.Join(b.artifacts, name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

func (b *browser) clean(t *testing.T) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.dialogs) > 0 {
		t.Errorf("JavaScript dialogs opened: %q", b.dialogs)
	}
	if len(b.problems) > 0 {
		t.Errorf("browser reported: %q", b.problems)
	}
}

func TestBrowserSeeds(t *testing.T) {
	st := openStore(t)
	seedShared(t, st)
	b := newBrowser(t)
	ts := newTestServer(t, st, nil)

	t.Run("subject chart shows the figures", func(t *testing.T) {
		var labels []string
		b.run(t,
			chromedp.Navigate(ts.url+"/timeline?subject="+url.QueryEscape("us troops syria")),
			chromedp.WaitVisible(`svg.chart`, chromedp.ByQuery),
			chromedp.Evaluate(`Array.from(document.querySelectorAll("svg.chart text.val")).map(e => e.textContent)`, &labels),
		)
		b.shot(t, "subject-us-troops-syria")
		have := strings.Join(labels, " ")
		// These need the extractor to find the seed figures.
		for _, want := range []string{"503", "1,720", "1,000"} {
			if !containsWord(labels, want) {
				t.Errorf("chart lacks %s (labels: %s)", want, have)
			}
		}
	})

	t.Run("clicking a point lands on its highlighted span", func(t *testing.T) {
		var id string
		b.run(t, chromedp.Evaluate(`(() => {
			for (const a of document.querySelectorAll("svg.chart a.pt")) {
				const v = a.querySelector("text.val");
				if (v && v.textContent === "503") return a.id;
			}
			const a = document.querySelector("svg.chart a.pt");
			return a ? a.id : "";
		})()`, &id))
		if id == "" {
			t.Fatal("no chart point to click")
		}
		var target struct {
			Tag, ID, Class, Text, Outline string
			Top, Height                   float64
		}
		var loc string
		b.run(t,
			chromedp.Click("#"+id+" .mk", chromedp.ByQuery),
			chromedp.WaitVisible(`article.article-text`, chromedp.ByQuery),
			chromedp.Location(&loc),
			chromedp.Poll(`document.querySelector(":target") !== null`, nil, chromedp.WithPollingTimeout(10*time.Second)),
			chromedp.Evaluate(`(() => {
				const e = document.querySelector(":target");
				const r = e.getBoundingClientRect();
				return {Tag: e.tagName, ID: e.id, Class: e.className, Text: e.textContent,
					Outline: getComputedStyle(e).outlineStyle, Top: r.top, Height: window.innerHeight};
			})()`, &target),
		)
		b.shot(t, "figure-span-target")
		if !strings.Contains(loc, "/articles/") || !strings.Contains(loc, "#fig-") {
			t.Errorf("landed on %s, want an article #fig- anchor", loc)
		}
		if target.Tag != "MARK" || !strings.HasPrefix(target.ID, "fig-") || !strings.Contains(target.Class, "fig") {
			t.Errorf("target %+v, want a <mark class=fig id=fig-N>", target)
		}
		if target.Outline == "none" || target.Outline == "" {
			t.Errorf("landed span is not highlighted (outline %q)", target.Outline)
		}
		if target.Top < 0 || target.Top > target.Height {
			t.Errorf("landed span is off screen (top %.0f of %.0f)", target.Top, target.Height)
		}
		if !strings.Contains(target.Text, "503") {
			t.Errorf("landed on %q, want the 503 figure", target.Text)
		}
		// And back: the side panel entry links to the span.
		var back string
		b.run(t, chromedp.Evaluate(`(() => { const a = document.querySelector("#p-"+document.querySelector(":target").id+" a"); return a ? a.getAttribute("href") : ""; })()`, &back))
		if back != "#"+target.ID {
			t.Errorf("side panel link %q, want #%s", back, target.ID)
		}
	})

	t.Run("claim check", func(t *testing.T) {
		var summary string
		var sections map[string]int
		b.run(t,
			chromedp.Navigate(ts.url+"/check"),
			chromedp.WaitVisible(`#claim`, chromedp.ByQuery),
			chromedp.SendKeys(`#claim`, "the United States will keep 1,000 troops in Syria", chromedp.ByQuery),
			chromedp.Submit(`#claim`, chromedp.ByQuery),
			chromedp.WaitVisible(`#check-summary`, chromedp.ByQuery),
			chromedp.Text(`#check-summary`, &summary, chromedp.ByQuery),
			chromedp.Evaluate(`Object.fromEntries(["supporting","denying","observing"].map(s => [s, document.querySelectorAll("#"+s+" li").length]))`, &sections),
		)
		b.shot(t, "claim-check")
		if sections["supporting"]+sections["denying"]+sections["observing"] == 0 {
			t.Fatalf("no evidence listed (%s)", summary)
		}
		// The seeds hold a report of the 1,000 plan and Dunford's denial.
		if sections["denying"] == 0 || sections["supporting"] == 0 {
			t.Errorf("want supporting and denying evidence, got %v", sections)
		}
	})

	t.Run("pages without JavaScript", func(t *testing.T) {
		var n int
		b.run(t,
			emulation.SetScriptExecutionDisabled(true),
			chromedp.Navigate(ts.url+"/timeline?subject="+url.QueryEscape("us troops syria")),
			chromedp.WaitVisible(`svg.chart`, chromedp.ByQuery),
			chromedp.Evaluate(`document.querySelectorAll("svg.chart a.pt").length`, &n),
			emulation.SetScriptExecutionDisabled(false),
		)
		if n == 0 {
			t.Error("no chart points without JavaScript")
		}
	})

	t.Run("upload with progress", func(t *testing.T) {
		dir := t.TempDir()
		f := filepath.Join(dir, "own.txt")
		if err := os.WriteFile(f, []byte("The city said 64 buses ran in Marrow on Monday.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		var status string
		b.run(t,
			chromedp.Navigate(ts.url+"/ingest"),
			chromedp.WaitVisible(`#ingest-form`, chromedp.ByQuery),
			chromedp.SetUploadFiles(`#files`, []string{f}, chromedp.ByQuery),
			chromedp.Click(`#ingest-form button[type=submit]`, chromedp.ByQuery),
			chromedp.Poll(`document.getElementById("ingest-status").textContent.startsWith("Stored")`, nil, chromedp.WithPollingTimeout(20*time.Second)),
			chromedp.Text(`#ingest-status`, &status, chromedp.ByQuery),
		)
		b.shot(t, "ingest-upload")
		if !strings.HasPrefix(status, "Stored 1 new") {
			t.Errorf("status %q", status)
		}
		var links int
		b.run(t, chromedp.Evaluate(`document.querySelectorAll("#ingest-result a[href^='/articles/']").length`, &links))
		if links != 1 {
			t.Errorf("%d result links, want 1", links)
		}
	})
	b.clean(t)
}

func TestBrowserXSS(t *testing.T) {
	b := newBrowser(t)
	ts := newTestServer(t, nil, nil)
	resp, body := do(t, "POST", ts.url+"/api/v1/articles?title="+url.QueryEscape(`<img src=x onerror=alert('title')>`), "text/plain", strings.NewReader(hostileText), nil)
	if resp.StatusCode != 201 {
		t.Fatalf("ingest: %d %s", resp.StatusCode, body)
	}
	var r IngestResult
	decode(t, body, &r)
	var counts map[string]int
	pages := []string{fmt.Sprintf("/articles/%d", r.Saved[0].ID), "/", "/search?q=officials", "/check?claim=" + url.QueryEscape("300 troops in Ardenia")}
	for i, p := range pages {
		b.run(t,
			chromedp.Navigate(ts.url+p),
			chromedp.WaitReady(`body`, chromedp.ByQuery),
			chromedp.Evaluate(`({scripts: document.scripts.length, imgs: document.images.length,
				iframes: document.querySelectorAll("iframe").length, styles: document.querySelectorAll("style").length,
				handlers: Array.from(document.querySelectorAll("*")).filter(e => Array.from(e.attributes).some(a => a.name.startsWith("on"))).length,
				jslinks: Array.from(document.querySelectorAll("a[href]")).filter(a => a.href.trim().toLowerCase().startsWith("javascript:")).length})`, &counts),
		)
		if i == 0 {
			b.shot(t, "xss-article")
		}
		if counts["scripts"] != 1 || counts["imgs"] != 0 || counts["iframes"] != 0 || counts["styles"] != 0 || counts["handlers"] != 0 || counts["jslinks"] != 0 {
			t.Errorf("%s: live markup from article text: %v", p, counts)
		}
	}
	var text string
	b.run(t, chromedp.Navigate(ts.url+pages[0]), chromedp.Text(`#text`, &text, chromedp.ByQuery))
	if !strings.Contains(text, "<script>alert('x1')</script>") {
		t.Errorf("hostile markup not shown as text: %q", clip(text, 200))
	}
	b.clean(t)
}

func containsWord(xs []string, w string) bool {
	for _, x := range xs {
		if x == w {
			return true
		}
	}
	return false
}

package server

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// TestUITwins: every page answers as JSON (.json suffix or Accept), list
// pages as CSV too, and the HTML links to its twins.
func TestUITwins(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	ids := seedOwn(t, ts.st)
	subs, err := ts.st.Subjects(t.Context())
	if err != nil || len(subs) == 0 {
		t.Fatal(subs, err)
	}
	subj := "/subjects/" + url.PathEscape(subs[0].Key)
	art := fmt.Sprintf("/articles/%d", ids[0])
	pages := []struct {
		html, json, csv string // csv "" when the page is not a list
		jsonHas         string
	}{
		{"/", "/index.json", "/index.csv", `"Disputes"`},
		{"/subjects", "/subjects.json", "/subjects.csv", `"Subjects"`},
		{subj, subj + ".json", subj + ".csv", `"figures"`},
		{"/articles", "/articles.json", "/articles.csv", `"Articles"`},
		{art, art + ".json", "", `"statements"`},
		{"/search?q=soldiers", "/search.json?q=soldiers", "/search.csv?q=soldiers", `"claims"`},
		{"/check?claim=soldiers+stationed", "/check.json?claim=soldiers+stationed", "", `"Claim"`},
		{"/ingest", "/ingest.json", "", `"MaxBody"`},
	}
	for _, p := range pages {
		resp, b := get(t, ts.url+p.html)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d", p.html, resp.StatusCode)
		}
		jsonLink := regexp.MustCompile(`<link rel="alternate" type="application/json" href="([^"]+)">`).FindSubmatch(b)
		if jsonLink == nil || html.UnescapeString(string(jsonLink[1])) != p.json {
			t.Errorf("%s: JSON twin link %q, want %q", p.html, jsonLink, p.json)
		}
		hasCSVLink := strings.Contains(string(b), `type="text/csv"`)
		if hasCSVLink != (p.csv != "") {
			t.Errorf("%s: CSV twin link present %v", p.html, hasCSVLink)
		}
		for _, u := range []struct{ path, accept string }{{p.json, ""}, {p.html, "application/json"}} {
			resp, b := do(t, "GET", ts.url+u.path, "", nil, map[string]string{"Accept": u.accept})
			var v any
			if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") || json.Unmarshal(b, &v) != nil {
				t.Errorf("%s (Accept %q): %d %s %s", u.path, u.accept, resp.StatusCode, resp.Header.Get("Content-Type"), clip(string(b), 200))
			} else if !strings.Contains(string(b), p.jsonHas) {
				t.Errorf("%s: JSON lacks %s: %s", u.path, p.jsonHas, clip(string(b), 300))
			}
		}
		if p.csv == "" {
			if resp, _ := get(t, ts.url+strings.Replace(p.json, ".json", ".csv", 1)); resp.StatusCode != 404 {
				t.Errorf("%s: CSV of a non-list page: %d", p.html, resp.StatusCode)
			}
			continue
		}
		resp, b = get(t, ts.url+p.csv)
		recs, err := csv.NewReader(strings.NewReader(string(b))).ReadAll()
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") || err != nil || len(recs) < 2 {
			t.Errorf("%s: %d %s %v: %d records", p.csv, resp.StatusCode, resp.Header.Get("Content-Type"), err, len(recs))
		}
	}
	// Errors on a twin are JSON too.
	if resp, b := get(t, ts.url+"/articles/999999.json"); resp.StatusCode != 404 || !strings.Contains(string(b), `"error"`) {
		t.Errorf("missing article as JSON: %d %s", resp.StatusCode, b)
	}
}

// TestUIEmptySearchListsAll: /search with no words lists every claim,
// newest first, with facet counts.
func TestUIEmptySearchListsAll(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	seedOwn(t, ts.st)
	all, err := ts.st.Claims(t.Context(), store.ClaimQuery{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	_, b := get(t, ts.url+"/search.json")
	var d struct {
		Claims []store.Claim
		Facets []facet
	}
	decode(t, b, &d)
	if len(d.Claims) != min(len(all.Claims), 50) || len(d.Claims) == 0 {
		t.Fatalf("empty search: %d claims, store has %d", len(d.Claims), len(all.Claims))
	}
	for i := 1; i < len(d.Claims); i++ {
		if d.Claims[i].Published.Time().After(d.Claims[i-1].Published.Time()) {
			t.Errorf("not newest first at %d", i)
		}
	}
	stances := map[string]int{}
	for _, c := range all.Claims {
		if c.Stance != "" {
			stances[c.Stance]++
		}
	}
	var got map[string]int
	for _, f := range d.Facets {
		if f.Param == "stance" {
			got = map[string]int{}
			for _, v := range f.Values {
				got[v.Value] = v.Count
			}
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(stances) {
		t.Errorf("stance facet %v, want %v", got, stances)
	}
	_, h := get(t, ts.url+"/search")
	if !strings.Contains(string(h), `<table id="results" class="sortable">`) || !strings.Contains(string(h), `class="count"`) {
		t.Error("empty search page shows no results or no facet counts")
	}
}

// TestUIArticleTitles: an article without a title is listed by its first
// line, never its file path.
func TestUIArticleTitles(t *testing.T) {
	ts := newTestServer(t, nil, nil)
	doc := document.New("Harbour cranes idle after storm\n\nThe port said 21 cranes were idle on Monday.")
	doc.Path = "/home/reporter/articles/cranes.txt"
	if _, err := ts.st.SaveBatch(context.Background(), []*extract.Result{extract.Extract(doc)}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/articles", "/articles.csv"} {
		_, b := get(t, ts.url+p)
		if strings.Contains(string(b), "cranes.txt") || !strings.Contains(string(b), "Harbour cranes idle after storm") {
			t.Errorf("%s: lists the path or lacks the first line", p)
		}
	}
	_, b := get(t, ts.url+"/articles.json")
	if !strings.Contains(string(b), `"title":"Harbour cranes idle after storm"`) {
		t.Errorf("/articles.json: title is not the first line: %s", clip(string(b), 300))
	}
}

func TestSpreadSameDate(t *testing.T) {
	d := func(s string) document.Date { x, _ := document.ParseDate(s); return x }
	pts := []ChartPoint{{Date: d("2020-01-01"), Value: 5}, {Date: d("2020-02-01"), Value: 7}, {Date: d("2020-02-01"), Value: 7}, {Date: d("2020-03-01"), Value: 1}}
	dx, stacks := spreadSameDate(pts)
	if dx[0] != 0 || dx[3] != 0 || dx[1] == dx[2] || dx[1]+dx[2] != 0 || len(stacks) != 0 {
		t.Errorf("offsets %v stacks %v", dx, stacks)
	}
	var many []ChartPoint
	for i := 0; i < 8; i++ {
		many = append(many, ChartPoint{Date: d("2020-02-01"), Value: float64(i)})
	}
	dx, stacks = spreadSameDate(many)
	if len(stacks) != 1 || stacks[0].n != 8 || dx[0] < -maxSpread || dx[7] > maxSpread {
		t.Errorf("8 points: offsets %v stacks %v", dx, stacks)
	}
	svg := string(ChartSVG("t", pts))
	cx := regexp.MustCompile(`<circle class="mk" cx="([0-9.]+)" cy="([0-9.]+)"`).FindAllStringSubmatch(svg, -1)
	seen := map[string]bool{}
	for _, m := range cx {
		if seen[m[1]+","+m[2]] {
			t.Errorf("two markers at %s,%s", m[1], m[2])
		}
		seen[m[1]+","+m[2]] = true
	}
	if len(cx) != 4 {
		t.Errorf("%d markers", len(cx))
	}
	// Points are out of the Tab order (the figures table has the links).
	if n := strings.Count(svg, `tabindex="-1"`); n != 4 {
		t.Errorf("%d of 4 chart links out of the Tab order", n)
	}
}

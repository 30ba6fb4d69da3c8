package server

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/store"
)

// timelineOf makes n figures, one a day from 2024-01-01, valued 1..n.
func timelineOf(n int) *store.Timeline {
	t := &store.Timeline{}
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		v := float64(i + 1)
		f := store.FigureRow{ID: int64(i + 1), When: document.NewDate(day.AddDate(0, 0, i))}
		f.Value = &v
		t.Figures = append(t.Figures, f)
		t.Links = append(t.Links, store.Link{ID: int64(i + 1), ToFigure: &t.Figures[i]})
	}
	return t
}

func TestPageTimeline(t *testing.T) {
	u, _ := url.Parse("/api/v1/subjects/k/timeline?format=x")
	tests := []struct {
		name                  string
		n, limit, offset      int
		firstID, lastID       int64
		links                 int
		next                  string
		periods               int
		unit                  string
		firstPeriodFigures    int
		firstLow, firstMedian float64
	}{
		{"fits one page: untouched", 10, 20, 0, 1, 10, 10, "", 0, "", 0, 0, 0},
		{"newest page of many, by day", 50, 20, 0, 31, 50, 20, "/api/v1/subjects/k/timeline?format=x&limit=20&offset=20", 50, "day", 1, 1, 1},
		{"older page", 50, 20, 20, 11, 30, 20, "/api/v1/subjects/k/timeline?format=x&limit=20&offset=40", 50, "day", 1, 1, 1},
		{"oldest page has no next", 50, 20, 40, 1, 10, 10, "", 50, "day", 1, 1, 1},
		// 2024-01-01 is a Monday: weeks of 7 figures, 1..7 first.
		{"long history: per week", 100, 10, 0, 91, 100, 10, "/api/v1/subjects/k/timeline?format=x&limit=10&offset=10", 15, "week", 7, 1, 4},
	}
	for _, tc := range tests {
		p := pageTimeline(timelineOf(tc.n), tc.limit, tc.offset, u)
		if p.Total != tc.n || len(p.Figures) == 0 || p.Figures[0].ID != tc.firstID || p.Figures[len(p.Figures)-1].ID != tc.lastID {
			t.Errorf("%s: total %d, figures %d..%d, want %d, %d..%d", tc.name, p.Total, p.Figures[0].ID, p.Figures[len(p.Figures)-1].ID, tc.n, tc.firstID, tc.lastID)
		}
		if len(p.Links) != tc.links || p.Next != tc.next || len(p.Summary) != tc.periods {
			t.Errorf("%s: %d links, next %q, %d periods; want %d, %q, %d", tc.name, len(p.Links), p.Next, len(p.Summary), tc.links, tc.next, tc.periods)
		}
		if tc.periods > 0 {
			s := p.Summary[0]
			if s.Unit != tc.unit || s.Figures != tc.firstPeriodFigures || *s.Low != tc.firstLow || *s.Median != tc.firstMedian {
				t.Errorf("%s: first period %+v (low %v median %v)", tc.name, s, *s.Low, *s.Median)
			}
		}
	}
}

func TestThinChart(t *testing.T) {
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		days, per int // days, points a day
		want      int
	}{
		{"few points: all drawn", 10, 5, 50},
		// 100 days: weekly buckets (15), lowest and highest of each.
		{"many points over months: two a week", 100, 10, 30},
		// 30 days: daily buckets, lowest and highest of each.
		{"many points over weeks: two a day", 30, 40, 60},
	}
	for _, tc := range tests {
		var pts []ChartPoint
		for d := range tc.days {
			for k := range tc.per {
				pts = append(pts, ChartPoint{Date: document.NewDate(day.AddDate(0, 0, d)), Value: float64(k), Basis: "official"})
			}
		}
		got := thinChart(pts)
		if len(got) != tc.want {
			t.Errorf("%s: %d points, want %d", tc.name, len(got), tc.want)
		}
		if len(got) < len(pts) && (got[0].Value != 0 || got[1].Value != float64(tc.per-1)) {
			t.Errorf("%s: first bucket kept %v and %v, want its lowest and highest", tc.name, got[0].Value, got[1].Value)
		}
	}
}

// fixedTimeline answers every Timeline with t.
type fixedTimeline struct {
	store.Store
	t *store.Timeline
}

func (f fixedTimeline) Timeline(context.Context, string) (*store.Timeline, error) { return f.t, nil }

// The subject page lists maxSubjectRows figures, newest first cut, and
// pages through the older ones.
func TestSubjectPageRows(t *testing.T) {
	tl := timelineOf(250)
	tl.Subject = store.Subject{Key: "k", Label: "k"}
	ts := newTestServer(t, fixedTimeline{Store: openStore(t), t: tl}, nil)
	rowRE := regexp.MustCompile(`id="row-fig-(\d+)"`)
	tests := []struct {
		query          string
		first, last    int // figure ids listed
		newer, older   string
		wantAllLinkSet bool
	}{
		{"", 151, 250, "", "/subjects/k?offset=100", true},
		{"?offset=100", 51, 150, `/subjects/k"`, "/subjects/k?offset=200", true},
		{"?offset=200", 1, 50, "/subjects/k?offset=100", "", true},
		{"?all=1", 1, 250, "", "", false},
	}
	for _, tc := range tests {
		resp, b := get(t, ts.url+"/subjects/k"+tc.query)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: status %d", tc.query, resp.StatusCode)
		}
		page := string(b)
		m := rowRE.FindAllStringSubmatch(page, -1)
		if len(m) != tc.last-tc.first+1 || m[0][1] != strconv.Itoa(tc.first) || m[len(m)-1][1] != strconv.Itoa(tc.last) {
			t.Errorf("%s: %d rows from %s to %s, want %d to %d", tc.query, len(m), m[0][1], m[len(m)-1][1], tc.first, tc.last)
		}
		if tc.newer != "" && !strings.Contains(page, `rel="prev"`) || tc.newer == "" && strings.Contains(page, `rel="prev"`) ||
			tc.newer != "" && !strings.Contains(page, `href="`+tc.newer) {
			t.Errorf("%s: newer link, want %q", tc.query, tc.newer)
		}
		if tc.older != "" && !strings.Contains(page, `href="`+tc.older+`" rel="next"`) || tc.older == "" && strings.Contains(page, `rel="next"`) {
			t.Errorf("%s: older link, want %q", tc.query, tc.older)
		}
		if got := strings.Contains(page, `href="/subjects/k?all=1"`); got != tc.wantAllLinkSet {
			t.Errorf("%s: show-all link %v, want %v", tc.query, got, tc.wantAllLinkSet)
		}
	}
	if resp, _ := get(t, ts.url+"/subjects/k?offset=-3"); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("negative offset: status %d, want 400", resp.StatusCode)
	}
}

package server

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/store"
)

// titled gives every article a title to show: its own, else the first
// line of its text; never its file path.
func (s *Server) titled(ctx context.Context, arts []store.Article) []store.Article {
	out := make([]store.Article, len(arts))
	copy(out, arts)
	for i := range out {
		if out[i].Title != "" {
			continue
		}
		if full, err := s.store.Article(ctx, out[i].ID); err == nil {
			out[i].Title = firstLine(full.Text, 90)
		}
		if out[i].Title == "" {
			out[i].Title = fmt.Sprintf("Article %d", out[i].ID)
		}
	}
	return out
}

// facet is one facet of the search page: a field and its values' counts
// among the results (at most facetScan of them), each with the address of
// the search narrowed to it.
type facet struct {
	Name    string       `json:"name"`
	Param   string       `json:"param"`
	Values  []facetValue `json:"values"`
	Partial bool         `json:"partial,omitempty"` // more results than were counted
}

type facetValue struct {
	Value    string `json:"value"`
	Count    int    `json:"count"`
	URL      string `json:"url"`
	Selected bool   `json:"selected,omitempty"`
}

// facetScan bounds the results counted for facets.
const facetScan = 1000

// claimFacets counts stance, kind, outlet and speaker over the results of
// q (its first facetScan).
func (s *Server) claimFacets(r *http.Request, q store.ClaimQuery) ([]facet, error) {
	q.Cursor, q.Limit = "", facetScan
	p, err := s.store.Claims(r.Context(), q)
	if err != nil {
		return nil, err
	}
	if wantNamed(r) {
		p.Claims = namedOnly(p.Claims)
	}
	fields := []struct {
		name, param string
		get         func(c *store.Claim) string
	}{
		{"Stance", "stance", func(c *store.Claim) string { return c.Stance }},
		{"Kind", "kind", func(c *store.Claim) string { return c.Kind }},
		{"Outlet", "outlet", func(c *store.Claim) string { return c.Outlet }},
		{"Speaker or source", "speaker", func(c *store.Claim) string { return c.Speaker }},
	}
	var out []facet
	for _, f := range fields {
		counts := map[string]int{}
		for i := range p.Claims {
			if v := f.get(&p.Claims[i]); v != "" {
				counts[v]++
			}
		}
		fc := facet{Name: f.name, Param: f.param, Partial: p.Next != ""}
		cur := r.URL.Query().Get(f.param)
		for v, n := range counts {
			u := r.URL.Query()
			u.Del("cursor")
			u.Set(f.param, v)
			fc.Values = append(fc.Values, facetValue{Value: v, Count: n, URL: "/search?" + u.Encode(), Selected: v == cur})
		}
		sort.Slice(fc.Values, func(i, j int) bool {
			if fc.Values[i].Count != fc.Values[j].Count {
				return fc.Values[i].Count > fc.Values[j].Count
			}
			return fc.Values[i].Value < fc.Values[j].Value
		})
		if len(fc.Values) > 12 {
			fc.Values = fc.Values[:12]
		}
		if len(fc.Values) > 0 {
			out = append(out, fc)
		}
	}
	return out, nil
}

func fnum(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

func spanText(a, b int) string {
	if a == 0 && b == 0 {
		return ""
	}
	return strconv.Itoa(a) + "-" + strconv.Itoa(b)
}

func boolText(b bool) string {
	if b {
		return "yes"
	}
	return ""
}

func subjectsTable(subs []store.Subject) table {
	t := table{Header: []string{"key", "label", "holder", "thing", "location", "figures", "articles", "reports", "first", "last"}}
	for _, s := range subs {
		t.Rows = append(t.Rows, []string{s.Key, s.Label, s.Holder, s.Thing, s.Location, strconv.Itoa(s.Figures),
			strconv.Itoa(s.Articles), strconv.Itoa(s.Groups), s.First.String(), s.Last.String()})
	}
	return t
}

func figuresTable(fs []store.FigureRow) table {
	t := table{Header: []string{"id", "when", "value", "low", "high", "approx", "unit", "basis", "source", "anonymous",
		"article", "title", "outlet", "published", "span", "text", "evidence"}}
	for _, f := range fs {
		t.Rows = append(t.Rows, []string{itoa(f.ID), f.When.String(), fnum(f.Value), fnum(f.Low), fnum(f.High), string(f.Approx),
			string(f.Unit), string(f.Basis), string(f.Source), boolText(f.Anonymous), itoa(int64(f.Article)), f.Title, f.Outlet,
			f.Published.String(), spanText(f.Span.Start, f.Span.End), f.Text, f.Evidence})
	}
	return t
}

func articlesTable(arts []store.Article) table {
	t := table{Header: []string{"id", "published", "title", "outlet", "url", "words", "group", "version"}}
	for _, a := range arts {
		t.Rows = append(t.Rows, []string{itoa(int64(a.ID)), a.Published.String(), a.Title, a.Source, a.URL,
			strconv.Itoa(a.Words), itoa(a.Group), strconv.Itoa(a.Version)})
	}
	return t
}

func claimsTable(cs []store.Claim) table {
	t := table{Header: []string{"kind", "id", "published", "speaker", "stance", "anonymous", "value", "text", "target",
		"article", "title", "outlet", "span", "evidence"}}
	for _, c := range cs {
		t.Rows = append(t.Rows, []string{c.Kind, itoa(c.ID), c.Published.String(), c.Speaker, c.Stance, boolText(c.Anonymous),
			fnum(c.Value), c.Text, c.Target, itoa(int64(c.Article)), c.Title, c.Outlet, spanText(c.Span.Start, c.Span.End), c.Evidence})
	}
	return t
}

func disputesTable(ds []store.Dispute) table {
	t := table{Header: []string{"id", "kind", "when", "subject", "label", "note", "support", "deny"}}
	for _, d := range ds {
		t.Rows = append(t.Rows, []string{itoa(d.ID), d.Kind, d.When.String(), d.Subject, d.Label, d.Note,
			strconv.Itoa(d.Support), strconv.Itoa(d.Deny)})
	}
	return t
}

// subjectFacets counts the subjects shown by counted thing, place and
// holder; each value links to the subjects filtered by it as well.
func subjectFacets(subs []store.Subject, q string) []facet {
	fields := []struct {
		name string
		get  func(s *store.Subject) string
	}{
		{"Counted", func(s *store.Subject) string { return s.Thing }},
		{"Place", func(s *store.Subject) string { return s.Location }},
		{"Whose", func(s *store.Subject) string { return s.Holder }},
	}
	var out []facet
	for _, f := range fields {
		counts := map[string]int{}
		for i := range subs {
			if v := f.get(&subs[i]); v != "" {
				counts[v]++
			}
		}
		fc := facet{Name: f.name, Param: "q"}
		for v, n := range counts {
			nq := strings.TrimSpace(q + " " + v)
			if containsWords(q, v) {
				nq = q
			}
			fc.Values = append(fc.Values, facetValue{Value: v, Count: n, URL: "/subjects?" + url.Values{"q": {nq}}.Encode(), Selected: containsWords(q, v)})
		}
		sort.Slice(fc.Values, func(i, j int) bool {
			if fc.Values[i].Count != fc.Values[j].Count {
				return fc.Values[i].Count > fc.Values[j].Count
			}
			return fc.Values[i].Value < fc.Values[j].Value
		})
		if len(fc.Values) > 12 {
			fc.Values = fc.Values[:12]
		}
		if len(fc.Values) > 1 || len(fc.Values) == 1 && fc.Values[0].Selected {
			out = append(out, fc)
		}
	}
	return out
}

// containsWords: every word of v is among the words of q (ignoring case).
func containsWords(q, v string) bool {
	have := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(q)) {
		have[w] = true
	}
	ws := strings.Fields(strings.ToLower(v))
	for _, w := range ws {
		if !have[w] {
			return false
		}
	}
	return len(ws) > 0
}

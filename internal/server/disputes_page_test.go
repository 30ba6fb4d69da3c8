package server

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"testing"

	"github.com/claimtrack/claimtrack/internal/store"
)

// manyDisputes answers Disputes with n numbered disputes, strongest first,
// cut to the query's limit as a store does.
type manyDisputes struct {
	store.Store
	n int
}

func (m manyDisputes) Disputes(_ context.Context, q store.DisputeQuery) ([]store.Dispute, error) {
	var out []store.Dispute
	for i := 1; i <= m.n && i <= q.Limit; i++ {
		out = append(out, store.Dispute{ID: int64(i), Kind: store.DisputeFigures, Score: float64(m.n - i)})
	}
	return out, nil
}

func TestDisputesArePaged(t *testing.T) {
	tests := []struct {
		name      string
		n         int
		query     string
		wantPages []int // page sizes followed through next
	}{
		{"default page size", 60, "", []int{25, 25, 10}},
		{"a limit", 7, "limit=3", []int{3, 3, 1}},
		{"exactly one page: no next", 25, "", []int{25}},
		{"no disputes", 0, "", []int{0}},
		{"an offset to start from", 10, "limit=4&offset=5", []int{4, 1}},
		{"an offset past the end", 10, "offset=40", []int{0}},
		{"filters kept in next", 30, "kind=discrepancy&limit=20", []int{20, 10}},
	}
	for _, tc := range tests {
		ts := newTestServer(t, manyDisputes{Store: openStore(t), n: tc.n}, nil)
		u := "/api/v1/disputes"
		if tc.query != "" {
			u += "?" + tc.query
		}
		var sizes []int
		var ids []int64
		for u != "" && len(sizes) < 10 {
			resp, b := get(t, ts.url+u)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("%s: %s: status %d", tc.name, u, resp.StatusCode)
			}
			var p DisputeList
			decode(t, b, &p)
			sizes = append(sizes, len(p.Disputes))
			for _, d := range p.Disputes {
				ids = append(ids, d.ID)
			}
			if p.Next != "" {
				nu, err := url.Parse(p.Next)
				if err != nil {
					t.Fatal(err)
				}
				if k := nu.Query().Get("kind"); k != must(url.ParseQuery(tc.query)).Get("kind") {
					t.Errorf("%s: next %q lost kind", tc.name, p.Next)
				}
			}
			u = p.Next
		}
		if len(sizes) != len(tc.wantPages) {
			t.Errorf("%s: pages %v, want %v", tc.name, sizes, tc.wantPages)
			continue
		}
		for i := range sizes {
			if sizes[i] != tc.wantPages[i] {
				t.Errorf("%s: pages %v, want %v", tc.name, sizes, tc.wantPages)
				break
			}
		}
		// Every dispute once, in the store's order, from the first asked.
		first := int64(1)
		if v := must(url.ParseQuery(tc.query)).Get("offset"); v != "" {
			o, _ := strconv.Atoi(v)
			first += int64(o)
		}
		for i, id := range ids {
			if id != first+int64(i) {
				t.Errorf("%s: dispute %d is #%d, want #%d", tc.name, i, id, first+int64(i))
				break
			}
		}
	}
	ts := newTestServer(t, manyDisputes{Store: openStore(t), n: 3}, nil)
	for _, q := range []string{"limit=0", "limit=1001", "offset=-1", "offset=9000", "offset=x"} {
		if resp, _ := get(t, ts.url+"/api/v1/disputes?"+q); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", q, resp.StatusCode)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

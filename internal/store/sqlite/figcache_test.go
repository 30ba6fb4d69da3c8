package sqlite

import (
	"fmt"
	"math/rand"
	"sort"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/store"
)

// TestMergeNewest: merging a batch's figures into the cached newest ones
// gives what the database's ORDER BY day DESC, id DESC LIMIT gives over
// all of them.
func TestMergeNewest(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	fig := func(id int64, day int) store.FigureRow {
		f := store.FigureRow{ID: id}
		if day > 0 { // 0: an undated figure, last
			f.When = document.Date{Year: 2024, Month: 3, Day: day}
		}
		return f
	}
	tests := []struct {
		name            string
		old, add, limit int
	}{
		{"all fit", 5, 3, 20},
		{"cache full, new ones newer and older", 20, 10, 20},
		{"only new figures", 0, 7, 5},
		{"nothing new", 12, 0, 10},
	}
	for _, tc := range tests {
		var all []store.FigureRow
		id := int64(0)
		for range tc.old + tc.add {
			id++
			all = append(all, fig(id, r.Intn(6)))
		}
		want := append([]store.FigureRow(nil), all...)
		sort.Slice(want, func(i, j int) bool { return newer(&want[i], &want[j]) })
		want = want[:min(tc.limit, len(want))]
		old := append([]store.FigureRow(nil), all[:tc.old]...)
		sort.Slice(old, func(i, j int) bool { return newer(&old[i], &old[j]) })
		old = old[:min(tc.limit, len(old))]
		got := mergeNewest(all[tc.old:], old, tc.limit)
		ids := func(fs []store.FigureRow) string {
			var s []string
			for _, f := range fs {
				s = append(s, fmt.Sprintf("%d@%s", f.ID, f.When))
			}
			return fmt.Sprint(s)
		}
		if ids(got) != ids(want) {
			t.Errorf("%s:\ngot  %s\nwant %s", tc.name, ids(got), ids(want))
		}
	}
}

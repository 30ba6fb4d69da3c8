package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// TestFigureCacheDropsShrunkSubject: when a new version of an article
// takes a subject below the size the figure cache keeps, the cached
// figures (with the replaced version's) are dropped, so a later save does
// not pair the new figures with figures no longer current.
func TestFigureCacheDropsShrunkSubject(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.figs.min = 3
	doc := func(id, url, day, text string) *extract.Result {
		d := document.New(text)
		d.ID, d.URL, d.Source = id, document.Str(url), document.Str("Daily "+id)
		d.Published, _ = document.ParseDate(day)
		return extract.Extract(d)
	}
	save := func(rs ...*extract.Result) {
		t.Helper()
		if _, err := db.SaveBatch(ctx, rs); err != nil {
			t.Fatal(err)
		}
	}
	// Four tolls of one clash from independent accounts, two in one
	// article that is later replaced by a version without them.
	save(doc("a", "https://example.org/a", "2031-05-02", "Activists said at least 210 people were killed in the clashes in Vardia on Friday. Rescuers said 190 people were killed in the clashes in Vardia on Friday."),
		doc("b", "", "2031-05-02", "State television said 37 people were killed in the clashes in Vardia on Friday."),
		doc("c", "", "2031-05-02", "The interior ministry said 40 people were killed in the clashes in Vardia on Friday."))
	save(doc("a2", "https://example.org/a", "2031-05-03", "The city council of Vardia met on Saturday to discuss the budget."))
	save(doc("d", "", "2031-05-03", "Activists said at least 205 people were killed in the clashes in Vardia on Friday."))
	snap := func() string {
		var out []string
		if err := collect(ctx, db.db, &out, `SELECT kind || ' ' || a || '-' || b || ' ' || reports FROM discrepancies ORDER BY sig`); err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(out)
	}
	before := snap()
	var stale int
	if err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM discrepancies d JOIN figures f ON f.id IN (d.a, d.b) JOIN articles a ON a.id=f.article WHERE a.latest=0`).Scan(&stale); err != nil {
		t.Fatal(err)
	}
	if stale != 0 {
		t.Errorf("%d pairs involve figures of the replaced version: %s", stale, before)
	}
	if _, err := db.Relink(ctx); err != nil {
		t.Fatal(err)
	}
	if after := snap(); after != before || before == "[]" {
		t.Errorf("after saves %s, after relink %s (want equal and not empty)", before, after)
	}
}

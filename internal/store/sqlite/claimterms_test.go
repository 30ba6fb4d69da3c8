package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// TestClaimTermsMatchIndex: the per-term claim counts every save keeps
// (claim_terms) are what counting the full-text index gives, as the store
// grows (counts still open and final ones), after a metadata correction
// rewrites an article's full-text rows and after a new version of an
// article; and the rare words a link search picks with them are those it
// picks reading the index.
func TestClaimTermsMatchIndex(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "w.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const n, batch = 400, 50
	var rs []*extract.Result
	for i := range n {
		rs = append(rs, store.Synthetic(5, i))
	}
	check := func(step string) {
		t.Helper()
		rows, err := db.db.QueryContext(ctx, `SELECT term, docs, inst FROM claim_terms`)
		if err != nil {
			t.Fatal(err)
		}
		type count struct{ docs, inst int }
		keptCounts := map[string]count{}
		for rows.Next() {
			var w string
			var c count
			if err := rows.Scan(&w, &c.docs, &c.inst); err != nil {
				t.Fatal(err)
			}
			keptCounts[w] = c
		}
		rows.Close()
		for w, c := range keptCounts {
			n, d, err := countDocs(ctx, db.db, "claims_vocab", w)
			if err != nil {
				t.Fatal(err)
			}
			if c != (count{d, n}) {
				t.Errorf("%s: %q kept as %d documents in %d instances, the index has %d in %d", step, w, c.docs, c.inst, d, n)
			}
		}
		if len(keptCounts) == 0 {
			t.Errorf("%s: no count kept", step)
		}
		var words []string
		if err := collect(ctx, db.db, &words, `SELECT term FROM claims_vocab ORDER BY cnt DESC, term LIMIT 80`); err != nil {
			t.Fatal(err)
		}
		sqltx, err := db.db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer sqltx.Rollback()
		tx := newTxc(sqltx)
		defer tx.Close()
		for i := 0; i+16 <= len(words); i += 4 {
			ws := words[i : i+16]
			got, err := rareTerms(ctx, tx, "claims_vocab", ws, rareKeep)
			if err != nil {
				t.Fatal(err)
			}
			want, err := rareTerms(ctx, db.db, "claims_vocab", ws, rareKeep)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("%s: words %v: with kept counts %v, from the index %v", step, ws, got, want)
			}
		}
	}
	common := 0
	for i := 0; i < n; i += batch {
		if _, err := db.SaveBatch(ctx, rs[i:i+batch]); err != nil {
			t.Fatal(err)
		}
		check(fmt.Sprintf("after %d articles", i+batch))
	}
	var open int
	db.db.QueryRowContext(ctx, `SELECT COUNT(*) FILTER (WHERE inst = ?1), COUNT(*) FILTER (WHERE inst BETWEEN 1 AND ?1-1) FROM claim_terms`, rareDocs).Scan(&common, &open)
	if common == 0 || open == 0 {
		t.Fatalf("%d final counts and %d open ones kept: the test does not exercise both", common, open)
	}
	// The same text again under another outlet rewrites its full-text rows.
	d := *rs[3].Doc
	d.Source = "Another Outlet"
	r := *rs[3]
	r.Doc = &d
	if sv, err := db.SaveBatch(ctx, []*extract.Result{&r}); err != nil || !sv[0].Updated {
		t.Fatalf("metadata correction: %v %v", sv, err)
	}
	check("after a metadata correction")
	// A new version at the URL of a stored article.
	v := store.Synthetic(5, n+1)
	dv := *v.Doc
	dv.ID, dv.URL = "v2", document.Str("https://example.org/v")
	d0 := *rs[7].Doc
	d0.ID, d0.URL = "v1", dv.URL
	for _, x := range []document.Document{d0, dv} {
		x := x
		c := *v
		c.Doc = &x
		if _, err := db.SaveBatch(ctx, []*extract.Result{&c}); err != nil {
			t.Fatal(err)
		}
	}
	check("after a new version")
}

// TestClaimTermsMigration: migration 14 counts every term of a store
// made before it as rareTerms would from the index, common and rare.
func TestClaimTermsMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var rs []*extract.Result
	for i := range 300 {
		rs = append(rs, store.Synthetic(5, i))
	}
	if _, err := db.SaveBatch(ctx, rs); err != nil {
		t.Fatal(err)
	}
	// Back to schema 13.
	for _, q := range []string{`DROP INDEX articles_figcols`, `DROP TABLE claim_terms`, `CREATE TABLE word_docs (vocab TEXT, term TEXT, docs INTEGER, PRIMARY KEY (vocab, term)) WITHOUT ROWID`,
		`DELETE FROM schema_migrations WHERE version >= 14`} {
		if _, err := db.db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	if db, err = Open(ctx, path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var terms []string
	if err := collect(ctx, db.db, &terms, `SELECT term FROM claims_vocab`); err != nil {
		t.Fatal(err)
	}
	common := 0
	for _, w := range terms {
		n, d, err := countDocs(ctx, db.db, "claims_vocab", w)
		if err != nil {
			t.Fatal(err)
		}
		if n == rareDocs {
			common++
		}
		var kd, kn int
		if err := db.db.QueryRowContext(ctx, `SELECT docs, inst FROM claim_terms WHERE term=?`, w).Scan(&kd, &kn); err != nil || kd != d || kn != n {
			t.Errorf("%q: kept %d documents in %d instances (%v), the index has %d in %d", w, kd, kn, err, d, n)
		}
	}
	if common == 0 || common == len(terms) {
		t.Fatalf("%d of %d terms common: the test does not exercise both kinds", common, len(terms))
	}
}

// TestAddClaimTermsProbes: a batch's terms are looked up in claim_terms
// by key; no statement reads the whole table, which holds every term.
func TestAddClaimTermsProbes(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	sqltx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer sqltx.Rollback()
	tx := newTxc(sqltx)
	defer tx.Close()
	if err := batchTerms(ctx, tx, `id > ?`, 0); err != nil {
		t.Fatal(err)
	}
	for _, q := range addClaimTermsQueries {
		got, err := queryPlan(ctx, sqltx, q, rareDocs)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(got, "SEARCH c USING PRIMARY KEY") || strings.Contains(got, "SCAN c") || strings.Contains(got, "SCAN claim_terms") {
			t.Errorf("plan of %s:\n%s", q, got)
		}
	}
}

// queryPlan is SQLite's plan for query q with args, one line per step.
func queryPlan(ctx context.Context, db interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, q string, args ...any) (string, error) {
	rows, err := db.QueryContext(ctx, `EXPLAIN QUERY PLAN `+q, args...)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			return "", err
		}
		plan = append(plan, detail)
	}
	return strings.Join(plan, "\n"), rows.Err()
}

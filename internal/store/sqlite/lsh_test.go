package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestLSHWithoutForeignKey: migration 8 keeps every band row and leaves
// lsh without a foreign key (which made each article's band insert keep a
// statement journal), and Check reports a band row without its article
// instead.
func TestLSHWithoutForeignKey(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "l.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.lshRecent = 1 // the rows go on into lsh (migration 12)
	if _, err := db.SaveBatch(ctx, seedResults(t)); err != nil {
		t.Fatal(err)
	}
	rows := func() string {
		var s string
		if err := db.SQL().QueryRow(`SELECT group_concat(hash || ':' || article, ',') FROM (SELECT hash, article FROM lsh ORDER BY hash, article)`).Scan(&s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	before := rows()
	if before == "" {
		t.Fatal("no band rows saved")
	}
	// Run migration 8 again, on the table it made.
	if _, err := db.SQL().Exec(migrations[7]); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if after := rows(); after != before {
		t.Errorf("band rows changed by the migration:\n%s\n%s", before, after)
	}
	var fks int
	if err := db.SQL().QueryRow(`SELECT COUNT(*) FROM pragma_foreign_key_list('lsh')`).Scan(&fks); err != nil || fks != 0 {
		t.Errorf("lsh has %d foreign keys (%v)", fks, err)
	}
	if _, err := db.SQL().Exec(`INSERT INTO lsh(hash, article) VALUES (42, 999999)`); err != nil {
		t.Fatal(err)
	}
	p, err := db.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(p) != 1 || !strings.HasPrefix(p[0], "lsh rows without article") {
		t.Errorf("Check = %q, want the band row without article", p)
	}
}

// TestPriorLinesReadIndexesOnly: the earlier printings of a line are read
// from figures_line and articles_outlet alone (migrations 9 and 11), not
// from figure rows and article rows, which grow with the ledger, and only
// those of the line's outlet (the key is part of the index probe).
func TestPriorLinesReadIndexesOnly(t *testing.T) {
	db := openTemp(t)
	got, err := queryPlan(context.Background(), db.SQL(), priorLinesQuery, `[["1,000",40,"wire one"]]`, 1, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"COVERING INDEX figures_line", "COVERING INDEX articles_outlet"} {
		if !strings.Contains(got, want) {
			t.Errorf("plan lacks %q:\n%s", want, got)
		}
	}
	if !strings.Contains(got, "outlet_key=?") {
		t.Errorf("plan does not probe figures_line by outlet:\n%s", got)
	}
	if strings.Contains(got, "TEMP B-TREE") {
		t.Errorf("plan builds a temporary b-tree:\n%s", got)
	}
}

// TestSubjectWindowReadsIndexesOnly: the ledger's read of a subject's
// newest figures takes their articles' columns from the index
// articles_figcols, not from the article rows (whose pages hold the
// texts), walks figures_subject in order, and sorts nothing.
func TestSubjectWindowReadsIndexesOnly(t *testing.T) {
	db := openTemp(t)
	got, err := queryPlan(context.Background(), db.SQL(), `SELECT `+figureColsLight+` FROM `+figuresLightFrom+` WHERE `+subjectWindow, "|people killed|syria", 400)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"INDEX figures_subject (subject=?)", "COVERING INDEX articles_figcols (id=?"} {
		if !strings.Contains(got, want) {
			t.Errorf("plan lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "TEMP B-TREE") {
		t.Errorf("plan builds a temporary b-tree:\n%s", got)
	}
}

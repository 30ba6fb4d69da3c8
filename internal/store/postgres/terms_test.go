package postgres

import (
	"context"
	"reflect"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestRareTermsCountFromIndex: a word's rows are counted from the
// full-text index up to rareDocs, rarest first, ties in term order; words
// the index does not hold, or that cannot be one of its terms, are
// dropped; a claims term found in rareDocs rows is reported once as newly
// common, and a second store on the same database (a fresh process) reads
// it from claims_common once recorded instead of counting it again.
func TestRareTermsCountFromIndex(t *testing.T) {
	ctx := context.Background()
	url := freshDB(t)
	db, err := Open(ctx, url, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Claim i: all say "harbour"; every 100th "airport"; the 7th and 9th
	// "militia"; the 5th "checkpoint"; the 3rd the stemmed "troops".
	if _, err := db.Pool().Exec(ctx, `INSERT INTO claims(kind,ref,article,latest,published,speaker,outlet,stance,anonymous,subject,text)
		SELECT 'statement', i, 1, TRUE, '', 'officials', 'Daily Courier', '', FALSE, '',
			'the harbour stayed shut' || CASE WHEN i % 100 = 0 THEN ' airport' ELSE '' END
				|| CASE WHEN i IN (7, 9) THEN ' militia' ELSE '' END || CASE WHEN i = 5 THEN ' checkpoint' ELSE '' END
				|| CASE WHEN i = 3 THEN ' troops' ELSE '' END
		FROM generate_series(1, 300) i`); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		words   []string
		keep    int
		want    []string
		allRare bool
	}{
		{[]string{"harbour", "airport", "militia", "checkpoint"}, 5, []string{"checkpoint", "militia", "airport", "harbour"}, false},
		{[]string{"harbour", "airport", "militia", "checkpoint"}, 2, []string{"checkpoint", "militia"}, true},
		// Words the index holds only stemmed, words absent, too short, or
		// not a term (quotes, spaces) are dropped.
		{[]string{"troops", "troop", "lighthouse", "of", "harbour's", "harbour airport"}, 5, []string{"troop"}, true},
		{[]string{"airport", "airport", "checkpoint"}, 5, []string{"checkpoint", "airport"}, true},
		{[]string{"lighthouse"}, 5, nil, false},
	}
	for _, c := range cases {
		var got []string
		var allRare bool
		var found []string
		b := &pgx.Batch{}
		db.queueRareTerms(b, "claims", c.words, c.keep, &got, &allRare, &found)
		if b.Len() > 0 {
			if err := db.Pool().SendBatch(ctx, b).Close(); err != nil {
				t.Fatal(err)
			}
		}
		if !reflect.DeepEqual(got, c.want) || allRare != c.allRare {
			t.Errorf("%q keep %d: %q (all rare %v), want %q (%v)", c.words, c.keep, got, allRare, c.want, c.allRare)
		}
		db.recordCommon(ctx, found)
	}
	var common []string
	rows, err := db.Pool().Query(ctx, `SELECT term FROM claims_common ORDER BY term`)
	if err != nil {
		t.Fatal(err)
	}
	if common, err = pgx.CollectRows(rows, pgx.RowTo[string]); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(common, []string{"harbour"}) {
		t.Errorf("claims_common %q, want [harbour]", common)
	}
	// A fresh process: "harbour" comes from claims_common, not as new.
	db2, err := Open(ctx, url, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	var got, found []string
	b := &pgx.Batch{}
	db2.queueRareTerms(b, "claims", []string{"harbour", "airport"}, 5, &got, nil, &found)
	if err := db2.Pool().SendBatch(ctx, b).Close(); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, []string{"airport", "harbour"}) || len(found) != 0 || !db2.isCommon("claims", "harbour") {
		t.Errorf("second store: %q, new common %q, cached %v; want [airport harbour], none, true", got, found, db2.isCommon("claims", "harbour"))
	}
	// Articles' terms are counted the same way (Search), cached only.
	if got, err := db2.rareTerms(ctx, "articles", []string{"harbour"}, 5); err != nil || got != nil {
		t.Errorf("articles of an empty store: %q, %v", got, err)
	}
}

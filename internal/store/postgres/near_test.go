package postgres

import (
	"context"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestNearQueryMatchesIndexSearch: nearQuery (the newest claims first,
// the full-text index only when they hold too few matches) and indexQuery
// (the index alone, for rare words) and stagedQuery (nearQuery with a
// middle stage: the index's matches among the newer claims) answer what a
// plain index search answers, for words common in the newest claims,
// words found only in old ones or in the middle ones, words in both, date
// windows and limits, on a store holding several times recentClaims
// claims.
func TestNearQueryMatchesIndexSearch(t *testing.T) {
	ctx := context.Background()
	db := openTest(t, Options{})
	const n = 3 * recentClaims
	// Claim i: every one says "ministry"; every 7th (only among the oldest
	// third) "harbour"; every 5th "convoy"; every 400th "ceasefire"; every
	// 30th of the middle third "checkpoint"; dates
	// run over 300 days; every 9th is a replaced version (not latest).
	if _, err := db.Pool().Exec(ctx, `INSERT INTO claims(kind,ref,article,latest,published,speaker,outlet,stance,anonymous,subject,text)
		SELECT 'statement', i, 1, i % 9 <> 0, to_char(date '2020-01-01' + (i * 300 / $1), 'YYYY-MM-DD'), 'officials', 'Daily Courier', '', FALSE, '',
			'the ministry said' || CASE WHEN i % 7 = 0 AND i < $1 / 3 THEN ' harbour' ELSE '' END
				|| CASE WHEN i % 5 = 0 THEN ' convoy' ELSE '' END || CASE WHEN i % 400 = 0 THEN ' ceasefire' ELSE '' END
				|| CASE WHEN i % 30 = 0 AND i > $1 / 3 AND i <= 2 * $1 / 3 THEN ' checkpoint' ELSE '' END
		FROM generate_series(1, $1) i`, n); err != nil {
		t.Fatal(err)
	}
	plain := `SELECT c.id FROM claims c WHERE c.tsv @@ ` + anyOf("$1") + `
		AND c.latest AND ($2='' OR c.published='' OR c.published BETWEEN $2 AND $3) ORDER BY c.id DESC LIMIT $4`
	ids := func(q string, args ...any) []int64 {
		rows, err := db.Pool().Query(ctx, q, args...)
		if err != nil {
			t.Fatal(err)
		}
		out, err := pgx.CollectRows(rows, pgx.RowTo[int64])
		if err != nil {
			t.Fatal(err)
		}
		// nearQuery may repeat an id (its two parts overlap); callers
		// keep the first.
		seen := map[int64]bool{}
		var uniq []int64
		for _, id := range out {
			if !seen[id] {
				seen[id] = true
				uniq = append(uniq, id)
			}
		}
		return uniq
	}
	cases := []struct {
		words  []string
		lo, hi string
		limit  int
		recent bool // answered from the newest claims alone
	}{
		{[]string{"ministry"}, "", "", 20, true},
		{[]string{"convoy"}, "", "", 60, true},
		{[]string{"harbour"}, "", "", 60, false},
		{[]string{"ceasefire"}, "", "", 20, false},
		{[]string{"harbour", "convoy"}, "", "", 60, true},
		{[]string{"harbour", "ceasefire"}, "", "", 60, false},
		{[]string{"ministry said"}, "2020-01-01", "2020-02-15", 20, false},
		{[]string{"daily courier"}, "2020-09-01", "2020-12-31", 20, true},
		{[]string{"checkpoint"}, "", "", 20, false},
		{[]string{"checkpoint", "harbour"}, "", "", 60, false},
		{[]string{"nothing"}, "", "", 20, false},
	}
	for _, c := range cases {
		name := fmt.Sprint(c.words, c.lo, c.hi, c.limit)
		want := ids(plain, c.words, c.lo, c.hi, c.limit)
		got := ids(nearQuery, c.words, c.lo, c.hi, c.limit)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: nearQuery %v, index search %v", name, got, want)
		}
		if got := ids(indexQuery, c.words, c.lo, c.hi, c.limit); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: indexQuery %v, index search %v", name, got, want)
		}
		// stagedQuery with a middle stage over the newest third (where
		// "checkpoint" never occurs), the newest two thirds and all, and
		// with two.
		for _, above := range [][]any{{n / 3}, {2 * n / 3}, {0}, {2 * n / 3, n / 3}, {5 * n / 6, 2 * n / 3}} {
			if got := ids(stagedQuery(len(above)), append([]any{c.words, c.lo, c.hi, c.limit}, above...)...); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s: stagedQuery above %v: %v, index search %v", name, above, got, want)
			}
		}
		if c.words[0] != "nothing" && len(want) == 0 {
			t.Errorf("%s: no match at all: the case tests nothing", name)
		}
		// Which path answered: the newest claims hold limit matches.
		var newest int
		if err := db.Pool().QueryRow(ctx, `SELECT COUNT(*) FROM (SELECT id FROM (SELECT id, tsv, latest, published FROM claims ORDER BY id DESC LIMIT `+fmt.Sprint(recentClaims)+`) c
			WHERE c.tsv @@ `+anyOf("$1")+` AND c.latest AND ($2='' OR c.published='' OR c.published BETWEEN $2 AND $3) LIMIT $4) x`, c.words, c.lo, c.hi, c.limit).Scan(&newest); err != nil {
			t.Fatal(err)
		}
		if (newest >= c.limit) != c.recent {
			t.Errorf("%s: %d of the newest claims match: the case does not take the path it is meant to", name, newest)
		}
	}
}

func TestGrown(t *testing.T) {
	cases := []struct {
		before, after int64
		want          bool
	}{
		{0, 0, false},
		{0, 255, false},
		{0, 256, true},
		{200, 300, true},
		{256, 300, false},
		{300, 511, false},
		{511, 512, true},
		{1000, 5000, true},
		{5000, 5100, false},
		{8191, 8192, true},
	}
	for _, c := range cases {
		if got := grown(c.before, c.after); got != c.want {
			t.Errorf("grown(%d, %d) = %v, want %v", c.before, c.after, got, c.want)
		}
	}
}

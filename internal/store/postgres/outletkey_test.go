package postgres

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrack/claimtrack/internal/store/storetest"
)

// TestOutletKeyCoversEqualFold: figures.outlet is the SQL fold
// outletKey, and a line's earlier printings are looked up by it; ledger.Repeat
// then compares outlets with strings.EqualFold. The lookup must find every
// printing Repeat would count, so two names EqualFold calls equal must
// have one key on this server (a coarser key only reads a few more rows).
// EqualFold compares rune by rune through unicode.SimpleFold's orbits, so
// it is enough that each orbit has one key: every orbit is asked of the
// server in one query. The server's fold depends on the database's
// LC_CTYPE (under the C locale lower() folds ASCII only, and this fails).
func TestOutletKeyCoversEqualFold(t *testing.T) {
	u := storetest.FreshPostgres(t)
	ctx := context.Background()
	c, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	seen := map[rune]bool{}
	var orbit, member []string
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if seen[r] || unicode.SimpleFold(r) == r {
			continue
		}
		id := string(r)
		for x := r; !seen[x]; x = unicode.SimpleFold(x) {
			seen[x] = true
			orbit, member = append(orbit, id), append(member, string(x))
		}
	}
	if len(seen) < 2000 {
		t.Fatalf("only %d runes in fold orbits", len(seen))
	}
	rows, err := c.Query(ctx, `SELECT o, array_agg(m ORDER BY m), array_agg(DISTINCT `+outletKey("m")+`)
		FROM unnest($1::text[], $2::text[]) u(o, m) GROUP BY o HAVING count(DISTINCT `+outletKey("m")+`) > 1`, orbit, member)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var o string
		var ms, keys []string
		if err := rows.Scan(&o, &ms, &keys); err != nil {
			t.Fatal(err)
		}
		if n++; n <= 20 {
			t.Errorf("EqualFold joins %q but outletKey splits them into %q", strings.Join(ms, " "), keys)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if n > 20 {
		t.Errorf("... %d orbits split in all", n)
	}
}

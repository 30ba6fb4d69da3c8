package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// overlapCorpus is n articles drawn from one pool of sentences, so that
// many share most of their text with several earlier ones to varying
// degrees: near-duplicates of more than one story, where which stored
// copy is found first and which is most similar decide the dup group.
func overlapCorpus(n int) []*extract.Result {
	pool := []string{
		"The river burst its banks overnight and flooded the lower town, officials said on Monday.",
		"About 2,000 residents were moved to schools and sports halls on higher ground before dawn.",
		"The regional governor asked the army for boats and pumps to reach villages cut off by the water.",
		"Forecasters expect more heavy rain in the hills until Wednesday, with rivers still rising.",
		"Farmers said much of the wheat harvest in the valley had been lost a week before it was due.",
		"Rail services between the two largest cities were suspended after a bridge was declared unsafe.",
		"The health ministry warned of contaminated wells and sent water purification tablets to clinics.",
		"Insurers estimated the damage at several hundred million euros, a figure the government disputed.",
		"Volunteers filled sandbags through the night to protect the old hospital and the power station.",
		"Opposition lawmakers accused the government of ignoring warnings about the state of the levees.",
		"The prime minister cut short a visit abroad and is expected to tour the worst-hit districts.",
		"Aid agencies said the number of people needing shelter could double if the dam upstream fails.",
	}
	rng := rand.New(rand.NewSource(7))
	var out []*extract.Result
	for i := 0; i < n; i++ {
		k := 6 + rng.Intn(5)
		idx := rng.Perm(len(pool))[:k]
		var parts []string
		for _, j := range idx {
			parts = append(parts, pool[j])
		}
		d := document.New(strings.Join(parts, " "))
		d.ID = fmt.Sprintf("flood-%d", i)
		d.Source = document.Str(fmt.Sprintf("Outlet %d", i%5))
		d.Published, _ = document.ParseDate(fmt.Sprintf("2021-07-%02d", 1+i%28))
		out = append(out, &extract.Result{Doc: d})
	}
	return out
}

// TestRecentBandsKeepGroups: the dup group each article joins is the
// same whether its candidates' band rows are in lsh, in lsh_recent, or
// split between them by moves at any point (findGroup reads the two
// tables as one list in the same order).
func TestRecentBandsKeepGroups(t *testing.T) {
	ctx := context.Background()
	corpus := overlapCorpus(60)
	groups := func(every int64) (string, int) {
		db, err := Open(ctx, filepath.Join(t.TempDir(), "g.db"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		db.lshRecent = every
		var got []string
		joined := 0
		for i := 0; i < len(corpus); i += 4 {
			sv, err := db.SaveBatch(ctx, corpus[i:min(i+4, len(corpus))])
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range sv {
				got = append(got, fmt.Sprint(s.Group))
				if int64(s.Group) != int64(s.ID) {
					joined++
				}
			}
		}
		var recent, old int
		db.SQL().QueryRow(`SELECT (SELECT COUNT(*) FROM lsh_recent), (SELECT COUNT(*) FROM lsh)`).Scan(&recent, &old)
		if every == 1 && recent != 0 || every > 1000 && old != 0 {
			t.Errorf("moving every %d articles left %d rows in lsh_recent, %d in lsh", every, recent, old)
		}
		if p, err := db.Check(ctx); err != nil || len(p) != 0 {
			t.Errorf("check: %v %v", p, err)
		}
		return strings.Join(got, " "), joined
	}
	want, joined := groups(1 << 40)
	if joined < 10 || joined > len(corpus)-3 {
		t.Fatalf("%d of %d articles joined an earlier group: the corpus does not test the choice", joined, len(corpus))
	}
	for _, every := range []int64{1, 3, 7, 16} {
		if got, _ := groups(every); got != want {
			t.Errorf("moving bands every %d articles: groups\n%s\nwant\n%s", every, got, want)
		}
	}
}

// TestDupCandidatesOrder: the candidates findGroup walks, with band rows
// split between lsh and lsh_recent at any point, come in the order of one
// table sorted by band and article.
func TestDupCandidatesOrder(t *testing.T) {
	ctx := context.Background()
	corpus := overlapCorpus(40)
	for _, every := range []int64{1, 5, 13, 1 << 40} {
		db, err := Open(ctx, filepath.Join(t.TempDir(), "o.db"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		db.lshRecent = every
		for i := 0; i < len(corpus); i += 4 {
			if _, err := db.SaveBatch(ctx, corpus[i:min(i+4, len(corpus))]); err != nil {
				t.Fatal(err)
			}
		}
		var recent int
		db.SQL().QueryRow(`SELECT COUNT(*) FROM lsh_recent`).Scan(&recent)
		if every == 13 && recent == 0 {
			t.Fatalf("every %d: no rows left in lsh_recent", every)
		}
		// Every band set of a stored article, walked in full.
		var sets [][]int64
		rows, err := db.SQL().Query(`SELECT json_group_array(hash) FROM (SELECT article, hash FROM lsh UNION ALL SELECT article, hash FROM lsh_recent ORDER BY article, hash) GROUP BY article`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var js string
			rows.Scan(&js)
			var hs []int64
			if err := json.Unmarshal([]byte(js), &hs); err != nil {
				t.Fatal(err)
			}
			sets = append(sets, hs)
		}
		rows.Close()
		sqltx, err := db.SQL().BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		tx := newTxc(sqltx)
		for _, hs := range sets {
			var got []int64
			if err := dupCandidates(ctx, tx, hs, func(id, _ int64, _ []byte) bool { got = append(got, id); return true }); err != nil {
				t.Fatal(err)
			}
			b, _ := json.Marshal(hs)
			var want []int64
			r, err := tx.QueryContext(ctx, `SELECT article FROM (SELECT hash, article FROM lsh UNION ALL SELECT hash, article FROM lsh_recent) WHERE hash IN (SELECT value FROM json_each(?)) ORDER BY hash, article`, string(b))
			if err != nil {
				t.Fatal(err)
			}
			for r.Next() {
				var id int64
				r.Scan(&id)
				want = append(want, id)
			}
			r.Close()
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("every %d, bands %v: candidates %v, want %v", every, hs, got, want)
			}
		}
		tx.Close()
		sqltx.Rollback()
		db.Close()
	}
}

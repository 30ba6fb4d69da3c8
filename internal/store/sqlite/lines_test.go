package sqlite

import (
	"context"
	"fmt"
	"math"
	"math/rand"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// lineCorpus is n extracted articles whose figure sentences come from one
// small pool, printed by outlets whose names differ only in case or not at
// all, so that lines recur by the same outlet in the same and in other
// reports (ledger.Repeat), and by other outlets.
func lineCorpus(n int) []*extract.Result {
	pool := []string{
		"Officials said 2,400 homes in the valley had no power on Tuesday.",
		"The council will spend £3.5m on new flood barriers next year.",
		"About 120 people were taken to hospital after the bridge gave way.",
		"Unemployment in the region rose to 7.2% in March, the statistics office said.",
		"The company said it would cut 850 jobs at its two northern plants.",
		"Police said 31 people had been arrested after the match.",
		"The ministry said 18,000 tonnes of grain were stuck at the port.",
		"Ticket prices will rise by 4% from January, the operator said.",
	}
	filler := []string{
		"Residents described a long night of waiting for news.",
		"The mayor is expected to visit the area later this week.",
		"Talks between the two sides are due to resume on Friday.",
		"Critics said the plans had been drawn up too quickly.",
	}
	outlets := []string{"Valley Post", "VALLEY POST", "Harbour Times", "valley post", "Evening Wire"}
	rng := rand.New(rand.NewSource(11))
	var out []*extract.Result
	for i := range n {
		var parts []string
		for _, j := range rng.Perm(len(pool))[:2+rng.Intn(3)] {
			parts = append(parts, pool[j])
		}
		parts = append(parts, filler[rng.Intn(len(filler))], filler[rng.Intn(len(filler))])
		d := document.New(strings.Join(parts, " "))
		d.ID = fmt.Sprintf("lines-%d", i)
		d.Source = document.Str(outlets[rng.Intn(len(outlets))])
		d.Published, _ = document.ParseDate(fmt.Sprintf("2022-03-%02d", 1+i%28))
		out = append(out, extract.Extract(d))
	}
	return out
}

// bruteLines is priorLines computed from the figures table alone.
func bruteLines(t *testing.T, db *DB, text string, slen int, okey string, before, group int64) []string {
	t.Helper()
	rows, err := db.SQL().Query(`SELECT f.id, a.source, a.grp FROM figures f JOIN articles a ON a.id=f.article
		WHERE f.text=? AND f.sent_e-f.sent_s=? AND f.outlet_key=? AND f.id < ? AND (?=0 OR a.grp != ?)`, text, slen, okey, before, group, group)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id, grp int64
		var src string
		if err := rows.Scan(&id, &src, &grp); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%d %s %d", id, src, grp))
	}
	slices.Sort(out)
	return out
}

// TestLinesAcrossMoves: the earlier printings of every stored figure's
// line, read from lines and lines_recent (migration 16), are those the
// figures table holds, however often lines_recent is moved into lines,
// also after corrected metadata names another outlet; and the figures are
// filed (ledger.Repeat decides) the same whatever the cadence.
func TestLinesAcrossMoves(t *testing.T) {
	ctx := context.Background()
	corpus := lineCorpus(40)
	run := func(every int64) string {
		db, err := Open(ctx, filepath.Join(t.TempDir(), "l.db"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		db.lshRecent = every
		for i := 0; i < len(corpus); i += 3 {
			if _, err := db.SaveBatch(ctx, corpus[i:min(i+3, len(corpus))]); err != nil {
				t.Fatal(err)
			}
		}
		var recent, merged int
		db.SQL().QueryRow(`SELECT (SELECT COUNT(*) FROM lines_recent), (SELECT COUNT(*) FROM lines)`).Scan(&recent, &merged)
		if every == 1 && recent != 0 || every > 1000 && merged != 0 {
			t.Errorf("moving every %d articles left %d rows in lines_recent, %d in lines", every, recent, merged)
		}
		// A correction: the same text under another outlet's name (its
		// lines go back to lines_recent).
		fix := *corpus[5]
		d := *fix.Doc
		d.Source = "Harbour Times Online"
		fix.Doc = &d
		if _, err := db.SaveBatch(ctx, []*extract.Result{&fix}); err != nil {
			t.Fatal(err)
		}
		rows, err := db.SQL().Query(`SELECT f.id, f.text, f.sent_e-f.sent_s, a.source, a.grp, COALESCE(f.subject,'') FROM figures f JOIN articles a ON a.id=f.article ORDER BY f.id`)
		if err != nil {
			t.Fatal(err)
		}
		type fig struct {
			id, grp   int64
			text, src string
			slen      int
			subject   string
		}
		var figs []fig
		for rows.Next() {
			var f fig
			if err := rows.Scan(&f.id, &f.text, &f.slen, &f.src, &f.grp, &f.subject); err != nil {
				t.Fatal(err)
			}
			figs = append(figs, f)
		}
		rows.Close()
		var filed []string
		repeats := 0
		for _, f := range figs {
			for _, group := range []int64{0, f.grp} {
				ef := []extract.Figure{{Text: f.text, Sentence: document.Span{End: f.slen}}}
				got, err := priorLines(ctx, db.SQL(), ef, []string{f.src}, math.MaxInt, group, f.id)
				if err != nil {
					t.Fatal(err)
				}
				var gs []string
				for _, l := range got {
					gs = append(gs, fmt.Sprintf("%d %s %d", l.ID, l.Outlet, l.Group))
				}
				slices.Sort(gs)
				want := bruteLines(t, db, f.text, f.slen, outletKey(f.src), f.id, group)
				if !slices.Equal(gs, want) {
					t.Errorf("every %d, figure %d %q (group %d): prior lines %q, want %q", every, f.id, f.text, group, gs, want)
				}
				if group != 0 && len(want) > 0 {
					repeats++
				}
			}
			filed = append(filed, fmt.Sprintf("%d:%s", f.id, f.subject))
		}
		if repeats < 5 {
			t.Errorf("every %d: only %d figures repeat an earlier line of their outlet: the corpus does not test the lookup", every, repeats)
		}
		if p, err := db.Check(ctx); err != nil || len(p) != 0 {
			t.Errorf("every %d: check: %v %v", every, p, err)
		}
		return strings.Join(filed, " ")
	}
	want := run(1 << 40)
	for _, every := range []int64{1, 4, 9} {
		if got := run(every); got != want {
			t.Errorf("moving lines every %d articles files figures\n%s\nwant\n%s", every, got, want)
		}
	}
}

// TestLinesMigration: migration 16 fills lines from the figures of a
// store made before it.
func TestLinesMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveBatch(ctx, lineCorpus(20)); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DROP TABLE lines`, `DROP TABLE lines_recent`, `CREATE INDEX figures_line ON figures(text, sent_e-sent_s, outlet_key, article)`,
		`DELETE FROM schema_migrations WHERE version >= 16`} {
		if _, err := db.SQL().ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	if db, err = Open(ctx, path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var figs, lines, same int
	db.SQL().QueryRow(`SELECT (SELECT COUNT(*) FROM figures), (SELECT COUNT(*) FROM lines),
		(SELECT COUNT(*) FROM figures f JOIN lines l ON l.figure=f.id AND l.text=f.text AND l.slen=f.sent_e-f.sent_s AND l.outlet_key=f.outlet_key AND l.article=f.article)`).Scan(&figs, &lines, &same)
	if figs < 40 || lines != figs || same != figs {
		t.Errorf("after migration: %d figures, %d lines, %d matching", figs, lines, same)
	}
	var ix int
	db.SQL().QueryRow(`SELECT COUNT(*) FROM sqlite_schema WHERE name='figures_line'`).Scan(&ix)
	if ix != 0 {
		t.Error("figures_line still there")
	}
}

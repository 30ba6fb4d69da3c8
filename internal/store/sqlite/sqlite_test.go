package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

func fp(v float64) *float64 { return &v }

// at returns the span of the first occurrence of sub in text.
func at(t testing.TB, text, sub string) document.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	return document.Span{Start: i, End: i + len(sub)}
}

// sentenceOf returns the span of the sentence (ended by ". " or the end)
// around span s.
func sentenceOf(text string, s document.Span) document.Span {
	st := strings.LastIndex(text[:s.Start], ". ")
	if st < 0 {
		st = 0
	} else {
		st += 2
	}
	en := strings.Index(text[s.End:], ". ")
	if en < 0 {
		en = len(text)
	} else {
		en = s.End + en + 1
	}
	return document.Span{Start: st, End: en}
}

type builder struct {
	t testing.TB
	r *extract.Result
}

func newDoc(t testing.TB, text, pub, source string) *builder {
	d := document.New(text)
	d.Published, _ = document.ParseDate(pub)
	d.Source = document.Str(source)
	return &builder{t, &extract.Result{Doc: d}}
}

func (b *builder) fig(sub string, v float64, approx, unit, holder, loc, basis, source string) *builder {
	sp := at(b.t, b.r.Doc.Text, sub)
	b.r.Figures = append(b.r.Figures, extract.Figure{Text: sub, Value: fp(v), Approx: document.Str(approx), Unit: document.Str(unit),
		Holder: document.Str(holder), Location: document.Str(loc), Basis: document.Str(basis), Source: document.Str(source),
		Span: sp, Sentence: sentenceOf(b.r.Doc.Text, sp)})
	return b
}

func (b *builder) stmt(speaker, content, target, stance string, anon bool) *builder {
	text := b.r.Doc.Text
	cs := at(b.t, text, content)
	st := extract.Statement{Speaker: document.Str(speaker), SpeakerSpan: at(b.t, text, speaker), Content: content, ContentSpan: cs,
		Stance: stance, Anonymous: anon, Span: sentenceOf(text, cs), Sentence: sentenceOf(text, cs), Cue: "said"}
	if target != "" {
		st.Target, st.TargetSpan = document.Str(target), at(b.t, text, target)
	}
	b.r.Statements = append(b.r.Statements, st)
	return b
}

const (
	textCount = "The Pentagon says there are 503 US troops in Syria. Figures from the Defense Manpower Data Center show 1,720 American troops in Syria. " +
		"Officials did not explain the gap between the two numbers. The count leaves out troops on temporary duty."
	textWSJ = "A report by The Wall Street Journal said the United States would keep 1,000 troops in Syria. " +
		"Gen. Ann Miller said the report that the United States would keep 1,000 troops in Syria was factually incorrect. " +
		"Officials told the newspaper that allies had not pledged forces."
	textOther = "The city council approved a new budget for the river bridge. The mayor said the work would start in spring."
)

func seedResults(t testing.TB) []*extract.Result {
	a := newDoc(t, textCount, "2017-12-05", "Example Times").
		fig("503", 503, "", "US troops", "", "Syria", extract.BasisOfficial, "The Pentagon").
		fig("1,720", 1720, "", "American troops", "", "Syria", extract.BasisStats, "Defense Manpower Data Center").
		stmt("The Pentagon", "there are 503 US troops in Syria", "", extract.Asserts, false)
	b := newDoc(t, textWSJ, "2019-02-18", "Example Wire").
		fig("1,000", 1000, "", "troops", "United States", "Syria", extract.BasisPlanned, "The Wall Street Journal").
		stmt("Gen. Ann Miller", "the report that the United States would keep 1,000 troops in Syria was factually incorrect",
			"A report by The Wall Street Journal", extract.Denies, false).
		stmt("Officials", "allies had not pledged forces", "", extract.Asserts, true)
	c := newDoc(t, textOther, "2019-03-01", "Local Gazette").stmt("The mayor", "the work would start in spring", "", extract.Asserts, false)
	return []*extract.Result{a.r, b.r, c.r}
}

func openTemp(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func count(t *testing.T, db *DB, table string) int {
	t.Helper()
	var n int
	if err := db.SQL().QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSaveIdempotentAndLedger(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	saved, err := db.SaveBatch(ctx, seedResults(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range saved {
		if !s.Created || s.Version != 1 || s.Group == 0 {
			t.Errorf("first save: %+v", s)
		}
	}
	tables := []string{"articles", "figures", "statements", "claims", "links", "discrepancies", "lsh", "subjects"}
	before := map[string]int{}
	for _, tb := range tables {
		before[tb] = count(t, db, tb)
	}
	again, err := db.SaveBatch(ctx, seedResults(t))
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range again {
		if s.Created || s.ID != saved[i].ID {
			t.Errorf("second save created or moved: %+v vs %+v", s, saved[i])
		}
	}
	for _, tb := range tables {
		if n := count(t, db, tb); n != before[tb] {
			t.Errorf("%s: %d rows after re-save, %d before", tb, n, before[tb])
		}
	}
	if p, err := db.Check(ctx); err != nil || len(p) != 0 {
		t.Errorf("Check: %v %v", p, err)
	}

	subs, err := db.Subjects(ctx)
	if err != nil || len(subs) != 1 {
		t.Fatalf("Subjects = %+v, %v", subs, err)
	}
	if s := subs[0]; s.Key != "us|troops|syria" || s.Figures != 3 || s.Articles != 2 || s.First.String() != "2017-12-05" || s.Last.String() != "2019-02-18" {
		t.Errorf("subject = %+v", s)
	}

	ds, err := db.Disputes(ctx, store.DisputeQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var gotFig, gotClaim bool
	for _, d := range ds {
		switch d.Kind {
		case store.DisputeFigures:
			gotFig = true
			if *d.A.Value != 503 || *d.B.Value != 1720 || d.A.Basis != "official" || d.B.Basis != "statistics" || d.A.Evidence == "" {
				t.Errorf("discrepancy sides: %+v / %+v", d.A, d.B)
			}
		case store.DisputeClaim:
			gotClaim = true
			if d.Claim.Kind != "figure" || *d.Claim.Value != 1000 || d.Deny != 1 || d.Support != 1 || len(d.Links) == 0 ||
				d.Links[0].From.Speaker != "Gen. Ann Miller" {
				t.Errorf("disputed claim: %+v", d)
			}
		default:
			t.Errorf("unexpected dispute %+v", d)
		}
	}
	if !gotFig || !gotClaim {
		t.Errorf("disputes = %+v", ds)
	}
	if ds[0].Kind != store.DisputeFigures {
		t.Errorf("disputes not strongest first: %v", ds[0].Kind)
	}

	tl, err := db.Timeline(ctx, "american soldiers syria")
	if err != nil {
		t.Fatal(err)
	}
	var vals []float64
	for _, f := range tl.Figures {
		vals = append(vals, *f.Value)
		if f.Span.Of(textCount+textWSJ) == "" && f.Evidence == "" {
			t.Errorf("figure without evidence: %+v", f)
		}
	}
	if len(vals) != 3 || vals[2] != 1000 || len(tl.Links) != 1 || tl.Links[0].Kind != "denies" {
		t.Errorf("timeline values %v links %d", vals, len(tl.Links))
	}
	if _, err := db.Timeline(ctx, "penguins in antarctica"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown subject: %v", err)
	}

	// Spans resolve against the stored text.
	a, err := db.Article(ctx, saved[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Figures[0].Span.Of(a.Text); got != "1,000" {
		t.Errorf("stored span resolves to %q", got)
	}
	if got := a.Statements[0].ContentSpan.Of(a.Text); got != a.Statements[0].Content {
		t.Errorf("content span resolves to %q", got)
	}
	if _, err := db.Article(ctx, 9999); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing article: %v", err)
	}
}

func TestClaimsQueries(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	if _, err := db.SaveBatch(ctx, seedResults(t)); err != nil {
		t.Fatal(err)
	}
	d := func(s string) document.Date { v, _ := document.ParseDate(s); return v }
	tests := []struct {
		name string
		q    store.ClaimQuery
		want int
		err  bool
	}{
		{"all", store.ClaimQuery{}, 7, false},
		{"speaker", store.ClaimQuery{Speaker: "miller"}, 1, false},
		{"stance denies", store.ClaimQuery{Stance: "denies"}, 1, false},
		{"anonymous", store.ClaimQuery{Anonymous: true}, 1, false},
		{"figure source", store.ClaimQuery{Speaker: "Wall Street", Kind: "figure"}, 1, false},
		{"outlet", store.ClaimQuery{Source: "gazette"}, 1, false},
		{"since", store.ClaimQuery{Since: d("2019-01-01")}, 4, false},
		{"until", store.ClaimQuery{Until: d("2018-01-01")}, 3, false},
		{"full text", store.ClaimQuery{Text: "factually incorrect"}, 1, false},
		{"full text two facts", store.ClaimQuery{Text: "Syria troops"}, 5, false},
		{"sql-looking text", store.ClaimQuery{Text: `'; DROP TABLE claims; --`}, 0, false},
		{"fts syntax", store.ClaimQuery{Text: `troops" OR NEAR(* -`}, 0, false},
		{"fts column filter", store.ClaimQuery{Text: `speaker:miller`}, 0, false},
		{"percent", store.ClaimQuery{Speaker: "%"}, 0, false},
		{"only punctuation", store.ClaimQuery{Text: `"*()`}, 0, true},
		{"bad stance", store.ClaimQuery{Stance: "agrees"}, 0, true},
		{"bad cursor", store.ClaimQuery{Cursor: "!!"}, 0, true},
		{"until before since", store.ClaimQuery{Since: d("2019-01-01"), Until: d("2018-01-01")}, 0, true},
	}
	for _, tc := range tests {
		p, err := db.Claims(ctx, tc.q)
		if (err != nil) != tc.err {
			t.Errorf("%s: err %v", tc.name, err)
			continue
		}
		if tc.err {
			if !errors.Is(err, store.ErrBadQuery) {
				t.Errorf("%s: error %v is not ErrBadQuery", tc.name, err)
			}
			continue
		}
		if len(p.Claims) != tc.want {
			t.Errorf("%s: %d claims, want %d", tc.name, len(p.Claims), tc.want)
		}
	}
	if n := count(t, db, "claims"); n != 7 {
		t.Errorf("claims table changed: %d", n)
	}
	// Pagination visits every claim once, newest first.
	seen := map[int64]bool{}
	q := store.ClaimQuery{Limit: 2}
	last := "9999"
	for pages := 0; pages < 10; pages++ {
		p, err := db.Claims(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range p.Claims {
			key := int64(c.ID)*2 + map[string]int64{"statement": 0, "figure": 1}[c.Kind]
			if seen[key] {
				t.Errorf("claim %v twice", c)
			}
			seen[key] = true
			if c.Published.String() > last {
				t.Errorf("not newest first")
			}
			last = c.Published.String()
		}
		if p.Next == "" {
			break
		}
		q.Cursor = p.Next
	}
	if len(seen) != 7 {
		t.Errorf("pagination saw %d claims", len(seen))
	}
}

func TestVersionsAndDuplicates(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	body := strings.Repeat("The river council met on Tuesday and agreed a plan to repair the old stone bridge before winter. ", 3) +
		"Engineers said the repair would take four months and cost about two million pounds. " +
		"Residents who use the bridge every day welcomed the decision but asked for a temporary crossing. " +
		"The council will publish the full plan next week after a final vote. " +
		"A spokesman for the transport department declined to comment on the schedule."
	v1 := document.New("Bridge repair agreed\n\n" + body)
	v1.URL = "https://example.org/bridge"
	v2 := document.New("Bridge repair agreed\n\n" + body + " Update: the vote has been moved to Friday.")
	v2.URL = v1.URL
	reprint := document.New("Council backs bridge fix\n\n" + body[:strings.LastIndex(body, "A spokesman")])
	other := document.New("Football club signs new striker\n\nThe club confirmed on Monday that it had signed a striker from a rival team on a three year contract, the manager said after training.")
	res := func(d *document.Document) *extract.Result { return &extract.Result{Doc: d} }
	s1, err := db.SaveBatch(ctx, []*extract.Result{res(v1), res(other)})
	if err != nil {
		t.Fatal(err)
	}
	s2, err := db.SaveBatch(ctx, []*extract.Result{res(v2), res(reprint)})
	if err != nil {
		t.Fatal(err)
	}
	if s2[0].Version != 2 || !s2[0].Created || s2[0].Group != s1[0].Group {
		t.Errorf("new version: %+v (first %+v)", s2[0], s1[0])
	}
	if s2[1].Group != s1[0].Group {
		t.Errorf("reprint group %d, original %d", s2[1].Group, s1[0].Group)
	}
	if s1[1].Group == s1[0].Group {
		t.Error("unrelated article joined the group")
	}
	page, err := db.Articles(ctx, store.ArticleQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Articles) != 3 { // v2, reprint, other (v1 superseded)
		t.Errorf("articles listed: %d", len(page.Articles))
	}
	a, err := db.Article(ctx, s2[0].ID)
	if err != nil || a.Previous != s1[0].ID {
		t.Errorf("previous = %v, %v", a, err)
	}
	if _, err := db.Articles(ctx, store.ArticleQuery{Cursor: "bm90IGEgY3Vyc29y"}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("bad cursor: %v", err)
	}
	n := 0
	if err := db.Export(ctx, func(*store.Article) error { n++; return nil }); err != nil || n != 4 {
		t.Errorf("export %d articles, %v", n, err)
	}
	hits, err := db.Search(ctx, "stone bridge repair", 10)
	if err != nil || len(hits) < 2 || hits[0].Text == "" {
		t.Errorf("search: %d hits, %v", len(hits), err)
	}
}

func TestCancelledBatchLeavesNothing(t *testing.T) {
	db := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := db.SaveBatch(ctx, seedResults(t)); err == nil {
		t.Fatal("cancelled batch saved")
	}
	if n := count(t, db, "articles"); n != 0 {
		t.Errorf("%d articles after cancelled batch", n)
	}
}

func TestMigrationsRecorded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	for i := 0; i < 2; i++ { // reopening applies nothing twice
		db, err := Open(context.Background(), path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var n, v int
		db.SQL().QueryRow(`SELECT COUNT(*), MAX(version) FROM schema_migrations`).Scan(&n, &v)
		if n != SchemaVersion() || v != SchemaVersion() {
			t.Errorf("open %d: %d migrations recorded, max %d", i, n, v)
		}
		var fk int
		db.SQL().QueryRow(`PRAGMA foreign_keys`).Scan(&fk)
		var jm string
		db.SQL().QueryRow(`PRAGMA journal_mode`).Scan(&jm)
		if fk != 1 || jm != "wal" {
			t.Errorf("pragmas: foreign_keys %d journal_mode %s", fk, jm)
		}
		db.Close()
	}
}

// TestCrossArticleDiscrepancies: figures from different articles and
// sources conflict when they are days apart at most; the same source later
// is a revision; far-apart or compatible figures do not conflict.
func TestCrossArticleDiscrepancies(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	mk := func(pub, text, num string, v float64, approx, source string) *extract.Result {
		return newDoc(t, text, pub, "Example "+source).fig(num, v, approx, "soldiers", "Canada", "Latvia", extract.BasisReported, source).r
	}
	rs := []*extract.Result{
		mk("2021-03-01", "Officials said 500 Canadian soldiers are in Latvia.", "500", 500, "", "officials"),
		mk("2021-03-10", "There are about 520 Canadian soldiers in Latvia, monitors said.", "520", 520, "about", "monitors"),
		// Same day as the monitors: a higher count reported days later
		// would be the count growing, not a dispute.
		mk("2021-03-10", "Activists said 900 Canadian soldiers are deployed in Latvia.", "900", 900, "", "activists"),
		mk("2024-06-01", "Officials said 2,000 Canadian soldiers are deployed in Latvia.", "2,000", 2000, "", "officials"),
	}
	for _, r := range rs { // one batch each: later figures meet stored ones
		if _, err := db.SaveBatch(ctx, []*extract.Result{r}); err != nil {
			t.Fatal(err)
		}
	}
	pairs := func(kind string) string {
		ds, err := db.Disputes(ctx, store.DisputeQuery{Kind: kind})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, d := range ds {
			out = append(out, fmt.Sprintf("%v-%v", *d.A.Value, *d.B.Value))
		}
		sort.Strings(out)
		return strings.Join(out, " ")
	}
	if got := pairs(store.DisputeFigures); got != "520-900" {
		t.Errorf("discrepancies = %v, want 520-900", got)
	}
	if got := pairs(store.DisputeRevision); got != "500-2000" {
		t.Errorf("revisions = %v, want 500-2000", got)
	}
	if got := pairs(""); got != "520-900" {
		t.Errorf("disputes = %v: revisions are not disputes", got)
	}
	tl, err := db.Timeline(ctx, "canada soldiers latvia")
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Revisions) != 1 || *tl.Revisions[0].B.Value != 2000 || len(tl.Estimates) != 3 {
		t.Errorf("timeline revisions %+v estimates %+v", tl.Revisions, tl.Estimates)
	}
}

// FuzzClaimsQuery: whatever the user types as query text or facet, Claims
// and Search either answer or return ErrBadQuery, and never change the
// database.
func FuzzClaimsQuery(f *testing.F) {
	db, err := Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"), Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	if _, err := db.SaveBatch(context.Background(), seedResults(f)); err != nil {
		f.Fatal(err)
	}
	var before int
	db.SQL().QueryRow(`SELECT COUNT(*) FROM claims`).Scan(&before)
	for _, s := range []string{"troops", `'; DROP TABLE claims; --`, `" OR 1=1`, `NEAR(a b)`, `speaker:x`, `*`, `a AND (b`, "\x00", "ü"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, text, facet string) {
		ctx := context.Background()
		for _, q := range []store.ClaimQuery{{Text: text}, {Speaker: facet, Text: text}, {Source: facet}, {Cursor: facet}} {
			if _, err := db.Claims(ctx, q); err != nil && !errors.Is(err, store.ErrBadQuery) {
				t.Fatalf("Claims(%+v): %v", q, err)
			}
		}
		if _, err := db.Search(ctx, text, 5); err != nil && !errors.Is(err, store.ErrBadQuery) {
			t.Fatalf("Search(%q): %v", text, err)
		}
		if _, err := db.Timeline(ctx, text); err != nil && !errors.Is(err, store.ErrNotFound) && !errors.Is(err, store.ErrBadQuery) {
			t.Fatalf("Timeline(%q): %v", text, err)
		}
		var n int
		db.SQL().QueryRow(`SELECT COUNT(*) FROM claims`).Scan(&n)
		if n != before {
			t.Fatalf("claims changed: %d → %d", before, n)
		}
	})
}

// TestRelinkOutOfOrder: a denial stored before the report it denies is
// linked by Relink, and Relink keeps links already right.
func TestRelinkOutOfOrder(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	denial := newDoc(t, "Gen. Ann Miller said a report by The Wall Street Journal that 1,000 troops would stay in Syria was false.", "2019-02-18", "Example Wire").
		stmt("Gen. Ann Miller", "1,000 troops would stay in Syria was false", "a report by The Wall Street Journal", extract.Denies, false).r
	report := newDoc(t, "The United States will keep 1,000 troops in Syria, US officials told the newspaper.", "2019-02-17", "The Wall Street Journal").
		fig("1,000", 1000, "", "troops", "United States", "Syria", extract.BasisPlanned, "US officials").r
	for _, r := range []*extract.Result{denial, report} {
		if _, err := db.SaveBatch(ctx, []*extract.Result{r}); err != nil {
			t.Fatal(err)
		}
	}
	if n := count(t, db, "links"); n != 0 {
		t.Fatalf("%d links before relink, want 0 (the report came after the denial)", n)
	}
	n, err := db.Relink(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ls, err := db.Links(ctx, store.LinkQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 || len(ls) != 1 || ls[0].ToFigure == nil || *ls[0].ToFigure.Value != 1000 || ls[0].From.Speaker != "Gen. Ann Miller" {
		t.Fatalf("after relink: %d links %+v", n, ls)
	}
	if again, err := db.Relink(ctx); err != nil || again != n {
		t.Errorf("second relink: %d, %v", again, err)
	}
}

// Package storetest is the conformance suite every store.Store must pass:
// Run exercises each method on a small hand-built corpus and asserts
// concrete values, and CompareLedgers checks that two stores fed the same
// extracted articles (the shared seeds, a slice of the BBC corpus) return
// the same subjects, timeline and disputes. internal/store/sqlite and
// internal/store/postgres run it from their tests.
package storetest

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

// Opener returns a new, empty store; it registers its own cleanup.
type Opener func(t *testing.T) store.Store

func fp(v float64) *float64 { return &v }

func date(s string) document.Date {
	d, err := document.ParseDate(s)
	if err != nil && s != "" {
		panic(err)
	}
	return d
}

// at returns the span of the first occurrence of sub in text.
func at(text, sub string) document.Span {
	i := strings.Index(text, sub)
	if i < 0 {
		panic(fmt.Sprintf("storetest: %q not in text", sub))
	}
	return document.Span{Start: i, End: i + len(sub)}
}

// sentences splits text after ". " and at blank lines.
func sentences(text string) []document.Span {
	var out []document.Span
	st := 0
	for i := 0; i < len(text); i++ {
		end := -1
		switch {
		case text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') && !abbrev(text[:i]):
			end = i + 1
		case text[i] == '\n':
			end = i
		}
		if end < 0 {
			continue
		}
		if end > st {
			out = append(out, document.Span{Start: st, End: end})
		}
		st = end
		for st < len(text) && (text[st] == ' ' || text[st] == '\n') {
			st++
		}
		i = st - 1
	}
	if st < len(text) {
		out = append(out, document.Span{Start: st, End: len(text)})
	}
	return out
}

// abbrev reports whether text ends with a title that takes a dot.
func abbrev(text string) bool {
	for _, a := range []string{"Gen", "Dr", "Mr", "Mrs", "Col", "Adm"} {
		if strings.HasSuffix(text, " "+a) || text == a {
			return true
		}
	}
	return false
}

// doc builds one extract.Result with correct spans.
type doc struct{ r *extract.Result }

func newDoc(text, pub, source, url string) *doc {
	d := document.New(text)
	d.Published = date(pub)
	d.Source = document.Str(source)
	d.URL = document.Str(url)
	d.Title = document.Str(strings.SplitN(text, "\n", 2)[0])
	if !strings.Contains(text, "\n") {
		d.Title = ""
	}
	return &doc{&extract.Result{Doc: d, Sentences: sentences(text)}}
}

func (b *doc) sentenceOf(s document.Span) document.Span {
	for _, x := range b.r.Sentences {
		if x.Contains(s) {
			return x
		}
	}
	panic("storetest: span outside every sentence")
}

func (b *doc) fig(sub string, v float64, unit, holder, loc, basis, source string) *doc {
	sp := at(b.r.Doc.Text, sub)
	b.r.Figures = append(b.r.Figures, extract.Figure{Text: sub, Value: fp(v), Unit: document.Str(unit),
		Holder: document.Str(holder), Location: document.Str(loc), Basis: document.Str(basis), Source: document.Str(source),
		Span: sp, Sentence: b.sentenceOf(sp)})
	return b
}

func (b *doc) stmt(speaker, cue, content, target, stance string, anon bool) *doc {
	text := b.r.Doc.Text
	cs := at(text, content)
	st := extract.Statement{Speaker: document.Str(speaker), SpeakerSpan: at(text, speaker), Cue: document.Str(cue), CueSpan: at(text, cue),
		Content: content, ContentSpan: cs, Stance: stance, Anonymous: anon, Span: b.sentenceOf(cs), Sentence: b.sentenceOf(cs),
		SpeakerType: extract.SpeakerPerson}
	if anon {
		st.SpeakerType = extract.SpeakerAnonymous
	}
	if target != "" {
		st.Target, st.TargetSpan = document.Str(target), at(text, target)
	}
	b.r.Statements = append(b.r.Statements, st)
	return b
}

// The corpus: invented reports written for this suite.
const (
	textCount = "The Pentagon says 503 US troops are deployed in Syria. Quarterly statistics from the Defense Manpower Data Center list 1,720 American troops in Syria. " +
		"A spokesman declined to explain why the two numbers differ."
	textDenial = "A report in The Wall Street Journal said the United States plans to keep 1,000 troops in Syria. " +
		"Gen. Ann Miller said the report that 1,000 troops would stay in Syria was factually incorrect. Officials said allies had not pledged forces."
	reprintHeadline = "Troop plan report called incorrect\n\n"
	bridgeBody      = "Bridge repair agreed\n\nThe river council met on Tuesday and agreed to repair the old stone bridge before the first frost. " +
		"Engineers said the repair would take four months. Residents who cross the bridge every day welcomed the plan but asked for a ferry in the meantime. " +
		"The council will publish the full schedule next week after a final vote in the chamber. " +
		"A spokesman for the transport department declined to comment on the cost of the work."
	bridgeUpdate = " Update: the final vote has been moved to Friday."
	textHarbour  = "The city council approved a new budget for the harbour. The mayor said dredging would start in spring."
	textAttack   = "Police said the intruder typed '; DROP TABLE articles; -- into the library search box. " +
		"A librarian said the note he left read \"unbalanced and proud."
)

// corpus indexes.
const (
	iCount = iota
	iDenial
	iReprint
	iBridge1
	iHarbour
	iAttack
	iBridge2 // saved in a later batch
)

// Corpus returns the suite's articles in save order (the second bridge
// version last), freshly built so that callers may keep them.
func Corpus() []*extract.Result {
	count := newDoc(textCount, "2017-12-05", "Northern Ledger", "https://example.org/count").
		fig("503", 503, "US troops", "", "Syria", extract.BasisOfficial, "The Pentagon").
		fig("1,720", 1720, "American troops", "", "Syria", extract.BasisStats, "Defense Manpower Data Center").
		stmt("The Pentagon", "says", "503 US troops are deployed in Syria", "", extract.Asserts, false)
	denial := newDoc(textDenial, "2019-02-18", "Example Wire", "https://example.org/denial").
		fig("1,000", 1000, "troops", "United States", "Syria", extract.BasisPlanned, "The Wall Street Journal").
		stmt("Gen. Ann Miller", "said", "the report that 1,000 troops would stay in Syria was factually incorrect",
			"A report in The Wall Street Journal", extract.Denies, false).
		stmt("Officials", "said", "allies had not pledged forces", "", extract.Asserts, true)
	reprint := newDoc(reprintHeadline+textDenial, "2019-02-19", "Daily Courier", "https://courier.example.net/troops")
	bridge1 := newDoc(bridgeBody, "2019-03-04", "Riverside Post", "https://example.org/bridge").
		stmt("Engineers", "said", "the repair would take four months", "", extract.Asserts, false)
	harbour := newDoc(textHarbour, "2019-03-01", "Local Gazette", "").
		stmt("The mayor", "said", "dredging would start in spring", "", extract.Asserts, false)
	attack := newDoc(textAttack, "", "Campus Times", "").
		stmt("Police", "said", "the intruder typed '; DROP TABLE articles; -- into the library search box", "", extract.Asserts, false).
		stmt("A librarian", "said", "the note he left read \"unbalanced and proud", "", extract.Asserts, false)
	bridge2 := newDoc(bridgeBody+bridgeUpdate, "2019-03-04", "Riverside Post", "https://example.org/bridge").
		stmt("Engineers", "said", "the repair would take four months", "", extract.Asserts, false)
	return []*extract.Result{count.r, denial.r, reprint.r, bridge1.r, harbour.r, attack.r, bridge2.r}
}

// load saves the corpus in two batches (the second bridge version apart)
// and returns what each save reported, indexed as the corpus.
func load(t *testing.T, s store.Store) []store.Saved {
	t.Helper()
	ctx := context.Background()
	c := Corpus()
	first, err := s.SaveBatch(ctx, c[:iBridge2])
	if err != nil {
		t.Fatalf("SaveBatch: %v", err)
	}
	second, err := s.SaveBatch(ctx, c[iBridge2:])
	if err != nil {
		t.Fatalf("SaveBatch: %v", err)
	}
	return append(first, second...)
}

// Run runs the conformance suite; open must return a new empty store for
// each call.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, open Opener)
	}{
		{"SaveIdempotent", testSaveIdempotent},
		{"VersionsAndGroups", testVersionsAndGroups},
		{"Articles", testArticles},
		{"Article", testArticle},
		{"SubjectsTimeline", testSubjectsTimeline},
		{"TimelineTieBreak", testTimelineTieBreak},
		{"Disputes", testDisputes},
		{"Links", testLinks},
		{"Claims", testClaims},
		{"ClaimsPagination", testClaimsPagination},
		{"Search", testSearch},
		{"Export", testExport},
		{"CancelledBatch", testCancelledBatch},
		{"ConcurrentSaves", testConcurrentSaves},
		{"Relink", testRelink},
		{"MetadataUpdate", testMetadataUpdate},
		{"RepeatedLine", testRepeatedLine},
		{"RepeatedLineAcrossOutletCase", testRepeatedLineAcrossOutletCase},
		{"Reviews", testReviews},
		{"ReviewCards", testReviewCards},
		{"DataVersion", testDataVersion},
		{"SubjectCounters", testSubjectCounters},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

func testSaveIdempotent(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	saved := load(t, s)
	for i, sv := range saved {
		wantVersion := 1
		if i == iBridge2 {
			wantVersion = 2
		}
		if !sv.Created || sv.Version != wantVersion || sv.Group == 0 || sv.ID == 0 || sv.DocID != Corpus()[i].Doc.ID {
			t.Errorf("save %d: %+v", i, sv)
		}
	}
	claims := func() int {
		p, err := s.Claims(ctx, store.ClaimQuery{Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		return len(p.Claims)
	}
	nClaims := claims()
	links, _ := s.Links(ctx, store.LinkQuery{})
	disputes, _ := s.Disputes(ctx, store.DisputeQuery{})
	// The whole corpus again, and one article twice in one batch.
	c := Corpus()
	again, err := s.SaveBatch(ctx, append(c, Corpus()[iCount]))
	if err != nil {
		t.Fatal(err)
	}
	for i, sv := range again {
		want := saved[min(i, iBridge2)]
		if i == len(c) {
			want = saved[iCount]
		}
		if sv.Created || sv.ID != want.ID || sv.Version != want.Version || sv.Group != want.Group {
			t.Errorf("re-save %d: %+v, first %+v", i, sv, want)
		}
	}
	if n := claims(); n != nClaims || n != 10 {
		t.Errorf("claims after re-save: %d, before %d, want 10", n, nClaims)
	}
	links2, _ := s.Links(ctx, store.LinkQuery{})
	disputes2, _ := s.Disputes(ctx, store.DisputeQuery{})
	if len(links2) != len(links) || len(disputes2) != len(disputes) || len(links) != 1 || len(disputes) != 2 {
		t.Errorf("links %d→%d, disputes %d→%d; want 1 and 2", len(links), len(links2), len(disputes), len(disputes2))
	}
	n := 0
	if err := s.Export(ctx, func(*store.Article) error { n++; return nil }); err != nil || n != 7 {
		t.Errorf("Export after re-save: %d articles, %v; want 7", n, err)
	}
}

func testVersionsAndGroups(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	sv := load(t, s)
	if sv[iBridge2].Group != sv[iBridge1].Group || sv[iBridge2].Version != 2 {
		t.Errorf("bridge v2 %+v, v1 %+v", sv[iBridge2], sv[iBridge1])
	}
	if sv[iReprint].Group != sv[iDenial].Group {
		t.Errorf("reprint group %d, original %d", sv[iReprint].Group, sv[iDenial].Group)
	}
	if sv[iDenial].Group != int64(sv[iDenial].ID) || sv[iCount].Group != int64(sv[iCount].ID) {
		t.Errorf("a first copy is its own group: %+v %+v", sv[iDenial], sv[iCount])
	}
	groups := map[int64]bool{}
	for _, i := range []int{iCount, iDenial, iBridge1, iHarbour, iAttack} {
		if groups[sv[i].Group] {
			t.Errorf("independent article %d shares group %d", i, sv[i].Group)
		}
		groups[sv[i].Group] = true
	}
	a, err := s.Article(ctx, sv[iBridge2].ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Previous != sv[iBridge1].ID || a.Version != 2 || a.URL != "https://example.org/bridge" {
		t.Errorf("v2: previous %d version %d url %q", a.Previous, a.Version, a.URL)
	}
	old, err := s.Article(ctx, sv[iBridge1].ID)
	if err != nil || old.Version != 1 || old.Previous != 0 {
		t.Errorf("v1: %+v, %v", old, err)
	}
	// A third text at the URL is version 3, replacing version 2.
	v3 := newDoc(bridgeBody+bridgeUpdate+" The ferry will run from Monday.", "2019-03-05", "Riverside Post", "https://example.org/bridge")
	s3, err := s.SaveBatch(ctx, []*extract.Result{v3.r})
	if err != nil {
		t.Fatal(err)
	}
	if s3[0].Version != 3 || s3[0].Group != sv[iBridge1].Group || !s3[0].Created {
		t.Errorf("v3: %+v", s3[0])
	}
	p, err := s.Articles(ctx, store.ArticleQuery{Group: sv[iBridge1].Group})
	if err != nil || len(p.Articles) != 1 || p.Articles[0].ID != s3[0].ID {
		t.Errorf("latest of the bridge group: %+v, %v", p.Articles, err)
	}
}

func ids(as []store.Article) []store.ArticleID {
	var out []store.ArticleID
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

func testArticles(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	sv := load(t, s)
	id := func(i int) store.ArticleID { return sv[i].ID }
	// Newest first; unknown dates last; superseded versions hidden.
	all := []store.ArticleID{id(iBridge2), id(iHarbour), id(iReprint), id(iDenial), id(iCount), id(iAttack)}
	tests := []struct {
		name string
		q    store.ArticleQuery
		want []store.ArticleID
	}{
		{"all", store.ArticleQuery{}, all},
		{"source", store.ArticleQuery{Source: "GAZETTE"}, []store.ArticleID{id(iHarbour)}},
		{"source is no pattern", store.ArticleQuery{Source: "%"}, nil},
		{"since", store.ArticleQuery{Since: date("2019-02-19")}, []store.ArticleID{id(iBridge2), id(iHarbour), id(iReprint)}},
		{"until", store.ArticleQuery{Until: date("2018-01-01")}, []store.ArticleID{id(iCount)}},
		{"group", store.ArticleQuery{Group: sv[iDenial].Group}, []store.ArticleID{id(iReprint), id(iDenial)}},
		{"doc id", store.ArticleQuery{DocID: sv[iAttack].DocID}, []store.ArticleID{id(iAttack)}},
	}
	for _, tc := range tests {
		p, err := s.Articles(ctx, tc.q)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := ids(p.Articles); fmt.Sprint(got) != fmt.Sprint(tc.want) || p.Next != "" {
			t.Errorf("%s: %v next %q, want %v", tc.name, got, p.Next, tc.want)
		}
		for _, a := range p.Articles {
			if a.Text != "" || a.Figures != nil || a.Ingested.IsZero() || a.Words == 0 {
				t.Errorf("%s: listed article %d: text %d bytes, %d figures, ingested %v, %d words", tc.name, a.ID, len(a.Text), len(a.Figures), a.Ingested, a.Words)
			}
		}
	}
	// Pages of two: the same order, cursors "published|id" in base64url.
	var got []store.ArticleID
	q := store.ArticleQuery{Limit: 2}
	for page := 0; page < 5; page++ {
		p, err := s.Articles(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, ids(p.Articles)...)
		if p.Next == "" {
			break
		}
		last := p.Articles[len(p.Articles)-1]
		want := base64.RawURLEncoding.EncodeToString([]byte(last.Published.String() + "|" + strconv.FormatInt(int64(last.ID), 10)))
		if p.Next != want {
			t.Errorf("cursor %q, want %q", p.Next, want)
		}
		q.Cursor = p.Next
	}
	if fmt.Sprint(got) != fmt.Sprint(all) {
		t.Errorf("pages: %v, want %v", got, all)
	}
	for _, c := range []string{"!!", "bm90IGEgY3Vyc29y", base64.RawURLEncoding.EncodeToString([]byte("2019-13-45|3")), base64.RawURLEncoding.EncodeToString([]byte("|0"))} {
		if _, err := s.Articles(ctx, store.ArticleQuery{Cursor: c}); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("cursor %q: %v, want ErrBadQuery", c, err)
		}
	}
}

func testArticle(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	sv := load(t, s)
	c := Corpus()
	a, err := s.Article(ctx, sv[iDenial].ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != textDenial || a.DocID != c[iDenial].Doc.ID || a.Source != "Example Wire" || a.Published.String() != "2019-02-18" ||
		a.URL != "https://example.org/denial" || a.Version != 1 || a.Words != len(strings.Fields(textDenial)) {
		t.Errorf("article: %+v", a)
	}
	if fmt.Sprint(a.Sentences) != fmt.Sprint(c[iDenial].Sentences) || len(a.Sentences) != 3 {
		t.Errorf("sentences %v, want %v", a.Sentences, c[iDenial].Sentences)
	}
	if len(a.Figures) != 1 || len(a.Statements) != 2 || len(a.Links) != 1 {
		t.Fatalf("%d figures, %d statements, %d links; want 1, 2, 1", len(a.Figures), len(a.Statements), len(a.Links))
	}
	f := a.Figures[0]
	if f.Span.Of(a.Text) != "1,000" || *f.Value != 1000 || f.Subject != "us|troops|syria" || f.When.String() != "2019-02-18" ||
		f.Basis != extract.BasisPlanned || f.Source != "The Wall Street Journal" || f.Outlet != "Example Wire" || f.Article != a.ID ||
		f.Evidence != "A report in The Wall Street Journal said the United States plans to keep 1,000 troops in Syria." {
		t.Errorf("figure: %+v", f)
	}
	st := a.Statements[0]
	if st.ContentSpan.Of(a.Text) != st.Content || st.SpeakerSpan.Of(a.Text) != "Gen. Ann Miller" || st.Stance != extract.Denies ||
		st.TargetSpan.Of(a.Text) != "A report in The Wall Street Journal" || st.Cue != "said" || st.Evidence != st.Sentence.Of(a.Text) {
		t.Errorf("statement: %+v", st)
	}
	if !a.Statements[1].Anonymous || a.Statements[1].SpeakerType != extract.SpeakerAnonymous {
		t.Errorf("anonymous statement: %+v", a.Statements[1])
	}
	l := a.Links[0]
	if l.Kind != store.LinkDenies || l.ToKind != "figure" || l.ToFigure == nil || l.ToFigure.ID != f.ID || l.From.ID != st.ID ||
		l.Confidence < 0.5 || l.Confidence > 1 || !contains(l.Reasons, "same-article") || !contains(l.Reasons, "value") {
		t.Errorf("link: %+v", l)
	}
	if _, err := s.Article(ctx, 99999); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing article: %v", err)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func testSubjectsTimeline(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	load(t, s)
	subs, err := s.Subjects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := store.Subject{Key: "us|troops|syria", Label: "US troops · Syria", Holder: "US", Thing: "troops", Location: "Syria",
		Figures: 3, Articles: 2, Groups: 2, First: date("2017-12-05"), Last: date("2019-02-18")}
	if len(subs) != 1 || subs[0] != want {
		t.Fatalf("Subjects = %+v, want [%+v]", subs, want)
	}
	for _, q := range []string{"american soldiers syria", "us|troops|syria", "US troops · Syria", "troops"} {
		tl, err := s.Timeline(ctx, q)
		if err != nil {
			t.Errorf("Timeline(%q): %v", q, err)
			continue
		}
		var vals []float64
		var days []string
		for _, f := range tl.Figures {
			vals = append(vals, *f.Value)
			days = append(days, f.When.String())
			if f.Evidence == "" || f.Span.Of(textCount+textDenial) == "" {
				t.Errorf("figure without evidence: %+v", f)
			}
		}
		if tl.Subject != want || fmt.Sprint(vals) != "[503 1720 1000]" || fmt.Sprint(days) != "[2017-12-05 2017-12-05 2019-02-18]" {
			t.Errorf("Timeline(%q): subject %+v values %v days %v", q, tl.Subject, vals, days)
		}
		if len(tl.Links) != 1 || tl.Links[0].Kind != store.LinkDenies || tl.Links[0].From.Speaker != "Gen. Ann Miller" || *tl.Links[0].ToFigure.Value != 1000 {
			t.Errorf("Timeline(%q) links: %+v", q, tl.Links)
		}
	}
	for _, tc := range []struct {
		q    string
		want error
	}{{"us troops iraq", store.ErrNotFound}, {"penguins", store.ErrNotFound}, {"  ", store.ErrBadQuery}} {
		if _, err := s.Timeline(ctx, tc.q); !errors.Is(err, tc.want) {
			t.Errorf("Timeline(%q): %v, want %v", tc.q, err, tc.want)
		}
	}
}

// testTimelineTieBreak: a loose query matching two subjects equally well
// resolves to the one with more figures (ledger.MatchSubject's rule), not
// to the first by name.
func testTimelineTieBreak(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	a := newDoc("Officials said 40 US troops remain in Afghanistan to train local forces.", "2020-01-10", "Example Wire", "").
		fig("40", 40, "US troops", "", "Afghanistan", extract.BasisOfficial, "Officials")
	b := newDoc("About 5,000 US troops are stationed in Iraq, the defence ministry said on Monday.", "2020-01-06", "Northern Ledger", "").
		fig("5,000", 5000, "US troops", "", "Iraq", extract.BasisOfficial, "the defence ministry")
	c := newDoc("The coalition said 5,200 US troops were based in Iraq at the start of the year.", "2020-01-08", "Example Wire", "").
		fig("5,200", 5200, "US troops", "", "Iraq", extract.BasisReported, "The coalition")
	if _, err := s.SaveBatch(ctx, []*extract.Result{a.r, b.r, c.r}); err != nil {
		t.Fatal(err)
	}
	subs, err := s.Subjects(ctx)
	if err != nil || len(subs) != 2 || subs[0].Key != "us|troops|iraq" || subs[0].Figures != 2 || subs[1].Key != "us|troops|afghanistan" {
		t.Fatalf("Subjects = %+v, %v", subs, err)
	}
	tl, err := s.Timeline(ctx, "us troops")
	if err != nil || tl.Subject.Key != "us|troops|iraq" || tl.Subject.Figures != 2 || len(tl.Figures) != 2 {
		t.Errorf("Timeline(us troops) = %+v, %v; want us|troops|iraq, the subject with more figures", tl, err)
	}
	tl, err = s.Timeline(ctx, "troops afghanistan")
	if err != nil || tl.Subject.Key != "us|troops|afghanistan" || tl.Subject.First.String() != "2020-01-10" {
		t.Errorf("Timeline(troops afghanistan) = %+v, %v", tl, err)
	}
}

func testDisputes(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	sv := load(t, s)
	ds, err := s.Disputes(ctx, store.DisputeQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 2 {
		t.Fatalf("Disputes = %+v, want 2", ds)
	}
	d, c := ds[0], ds[1] // strongest first: a figure discrepancy before a disputed claim
	if c.Kind != store.DisputeClaim || c.When.String() != "2019-02-18" || c.Claim == nil || c.Claim.Kind != "figure" || *c.Claim.Value != 1000 ||
		c.Claim.Article != sv[iDenial].ID || c.Support != 1 || c.Deny != 1 || len(c.Links) != 1 || c.Links[0].From.Speaker != "Gen. Ann Miller" ||
		c.Note != "claimed by Wall Street Journal; denied by Gen. Ann Miller" || c.Label != "Wall Street Journal" || c.Origin != c.Label ||
		fmt.Sprint(c.Deniers) != "[Gen. Ann Miller]" || len(c.Claims) != 1 || c.Subject != "us|troops|syria" || c.ID >= 0 {
		t.Errorf("disputed claim: %+v", c)
	}
	if d.Kind != store.DisputeFigures || d.Subject != "us|troops|syria" || d.Label != "US troops · Syria" || d.When.String() != "2017-12-05" ||
		d.A == nil || d.B == nil || *d.A.Value != 503 || *d.B.Value != 1720 || d.A.Basis != extract.BasisOfficial || d.B.Basis != extract.BasisStats ||
		d.Note != "503 not within 1720" || d.A.Evidence != "The Pentagon says 503 US troops are deployed in Syria." || d.ID <= 0 {
		t.Errorf("discrepancy: %+v A %+v B %+v", d, d.A, d.B)
	}
	tests := []struct {
		q    store.DisputeQuery
		want []string
	}{
		{store.DisputeQuery{Kind: store.DisputeFigures}, []string{store.DisputeFigures}},
		{store.DisputeQuery{Kind: store.DisputeClaim}, []string{store.DisputeClaim}},
		{store.DisputeQuery{Kind: store.DisputePlanned}, nil},
		{store.DisputeQuery{Subject: "us|troops|syria"}, []string{store.DisputeFigures}},
		{store.DisputeQuery{Subject: "uk|troops|iraq"}, nil},
		{store.DisputeQuery{Limit: 1}, []string{store.DisputeFigures}},
		{store.DisputeQuery{Kind: store.DisputeRevision}, nil},
	}
	for _, tc := range tests {
		got, err := s.Disputes(ctx, tc.q)
		var kinds []string
		for _, d := range got {
			kinds = append(kinds, d.Kind)
		}
		if err != nil || fmt.Sprint(kinds) != fmt.Sprint(tc.want) || got == nil {
			t.Errorf("Disputes(%+v) = %v, %v; want %v", tc.q, kinds, err, tc.want)
		}
	}
	if _, err := s.Disputes(ctx, store.DisputeQuery{Kind: "quarrel"}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("bad kind: %v", err)
	}
}

func testLinks(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	sv := load(t, s)
	tests := []struct {
		name string
		q    store.LinkQuery
		want int
	}{
		{"all", store.LinkQuery{}, 1},
		{"denies", store.LinkQuery{Kind: store.LinkDenies}, 1},
		{"confirms", store.LinkQuery{Kind: store.LinkConfirms}, 0},
		{"article of both ends", store.LinkQuery{Article: sv[iDenial].ID}, 1},
		{"other article", store.LinkQuery{Article: sv[iCount].ID}, 0},
		{"subject", store.LinkQuery{Subject: "us|troops|syria"}, 1},
		{"other subject", store.LinkQuery{Subject: "'; DROP TABLE links; --"}, 0},
	}
	for _, tc := range tests {
		ls, err := s.Links(ctx, tc.q)
		if err != nil || len(ls) != tc.want {
			t.Errorf("%s: %d links, %v; want %d", tc.name, len(ls), err, tc.want)
			continue
		}
		for _, l := range ls {
			if l.From.Content != "the report that 1,000 troops would stay in Syria was factually incorrect" || l.From.Article != sv[iDenial].ID ||
				l.ToFigure == nil || l.ToFigure.Text != "1,000" || l.ToStatement != nil {
				t.Errorf("%s: link %+v", tc.name, l)
			}
		}
	}
	if _, err := s.Links(ctx, store.LinkQuery{Kind: "agrees"}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("bad kind: %v", err)
	}
}

func testClaims(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	load(t, s)
	tests := []struct {
		name string
		q    store.ClaimQuery
		want int
		err  error
	}{
		{"all", store.ClaimQuery{}, 10, nil},
		{"speaker", store.ClaimQuery{Speaker: "MILLER"}, 1, nil},
		{"stance denies", store.ClaimQuery{Stance: extract.Denies}, 1, nil},
		{"stance asserts", store.ClaimQuery{Stance: extract.Asserts}, 6, nil},
		{"anonymous", store.ClaimQuery{Anonymous: true}, 1, nil},
		{"figures", store.ClaimQuery{Kind: "figure"}, 3, nil},
		{"statements", store.ClaimQuery{Kind: "statement"}, 7, nil},
		{"figure source", store.ClaimQuery{Speaker: "Wall Street", Kind: "figure"}, 1, nil},
		{"outlet", store.ClaimQuery{Source: "gazette"}, 1, nil},
		{"since", store.ClaimQuery{Since: date("2019-01-01")}, 5, nil},
		{"since statements", store.ClaimQuery{Since: date("2019-01-01"), Kind: "statement"}, 4, nil},
		{"until", store.ClaimQuery{Until: date("2018-01-01")}, 3, nil},
		{"full text", store.ClaimQuery{Text: "factually incorrect"}, 1, nil},
		{"full text any case", store.ClaimQuery{Text: "FACTUALLY"}, 1, nil},
		{"full text all words", store.ClaimQuery{Text: "Syria troops"}, 5, nil},
		{"full text speaker column", store.ClaimQuery{Text: "pentagon"}, 2, nil},
		{"full text and facet", store.ClaimQuery{Text: "Syria troops", Kind: "figure", Until: date("2018-01-01")}, 2, nil},
		{"sql-looking text", store.ClaimQuery{Text: `'; DROP TABLE articles; --`}, 1, nil},
		{"unbalanced quote", store.ClaimQuery{Text: `"unbalanced`}, 1, nil},
		{"fts syntax", store.ClaimQuery{Text: `troops" OR NEAR(* -`}, 0, nil},
		{"fts column filter", store.ClaimQuery{Text: `speaker:miller`}, 0, nil},
		{"tsquery syntax", store.ClaimQuery{Text: `troops & !syria | (zz:*`}, 0, nil},
		{"percent", store.ClaimQuery{Speaker: "%"}, 0, nil},
		{"underscore", store.ClaimQuery{Source: "_"}, 0, nil},
		{"only punctuation", store.ClaimQuery{Text: `"*()`}, 0, store.ErrBadQuery},
		{"too long", store.ClaimQuery{Text: strings.Repeat("troops ", 300)}, 0, store.ErrBadQuery},
		{"bad stance", store.ClaimQuery{Stance: "agrees"}, 0, store.ErrBadQuery},
		{"bad kind", store.ClaimQuery{Kind: "opinion"}, 0, store.ErrBadQuery},
		{"bad cursor", store.ClaimQuery{Cursor: "!!"}, 0, store.ErrBadQuery},
		{"until before since", store.ClaimQuery{Since: date("2019-01-01"), Until: date("2018-01-01")}, 0, store.ErrBadQuery},
	}
	for _, tc := range tests {
		p, err := s.Claims(ctx, tc.q)
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("%s: %v, want %v", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil || len(p.Claims) != tc.want || p.Next != "" {
			t.Errorf("%s: %d claims (next %q), %v; want %d", tc.name, len(p.Claims), p.Next, err, tc.want)
		}
	}
	// The tables are intact after the SQL-looking queries.
	if p, err := s.Claims(ctx, store.ClaimQuery{}); err != nil || len(p.Claims) != 10 {
		t.Errorf("after injection attempts: %d claims, %v", len(p.Claims), err)
	}
	// One claim in full.
	p, err := s.Claims(ctx, store.ClaimQuery{Speaker: "Miller"})
	if err != nil || len(p.Claims) != 1 {
		t.Fatalf("Miller: %+v, %v", p, err)
	}
	c := p.Claims[0]
	if c.Kind != "statement" || c.Stance != extract.Denies || c.Speaker != "Gen. Ann Miller" || c.Outlet != "Example Wire" ||
		c.Text != "the report that 1,000 troops would stay in Syria was factually incorrect" || c.Target != "A report in The Wall Street Journal" ||
		c.Published.String() != "2019-02-18" || c.Span.Of(textDenial) != "Gen. Ann Miller said the report that 1,000 troops would stay in Syria was factually incorrect." ||
		c.Evidence != c.Sentence.Of(textDenial) || c.Value != nil || c.Anonymous {
		t.Errorf("claim: %+v", c)
	}
	p, err = s.Claims(ctx, store.ClaimQuery{Kind: "figure", Speaker: "manpower"})
	if err != nil || len(p.Claims) != 1 || *p.Claims[0].Value != 1720 || p.Claims[0].Subject != "us|troops|syria" || p.Claims[0].Text != "1,720" {
		t.Errorf("figure claim: %+v, %v", p.Claims, err)
	}
}

func claimKey(c store.Claim) string { return c.Kind + ":" + strconv.FormatInt(c.ID, 10) }

func testClaimsPagination(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	load(t, s)
	for _, q := range []store.ClaimQuery{{}, {Kind: "statement"}, {Text: "said troops"}, {Since: date("2019-01-01")}} {
		full, err := s.Claims(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, c := range full.Claims {
			want = append(want, claimKey(c))
		}
		var got []string
		pq := q
		pq.Limit = 3
		for pages := 0; pages < 10; pages++ {
			p, err := s.Claims(ctx, pq)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range p.Claims {
				got = append(got, claimKey(c))
			}
			if p.Next == "" {
				break
			}
			pq.Cursor = p.Next
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%+v: pages %v, want %v", q, got, want)
		}
	}
	// Newest first, unknown dates last: the new bridge version's claim,
	// then the harbour's, ..., the two undated ones.
	full, _ := s.Claims(ctx, store.ClaimQuery{})
	var pubs []string
	for _, c := range full.Claims {
		pubs = append(pubs, c.Published.String())
	}
	want := "[2019-03-04 2019-03-01 2019-02-18 2019-02-18 2019-02-18 2017-12-05 2017-12-05 2017-12-05  ]"
	if fmt.Sprint(pubs) != want {
		t.Errorf("claim dates %v, want %s", pubs, want)
	}
	if full.Claims[0].Speaker != "Engineers" || full.Claims[8].Speaker != "A librarian" || full.Claims[9].Speaker != "Police" {
		t.Errorf("first %+v last %+v", full.Claims[0], full.Claims[9])
	}
}

func testSearch(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	sv := load(t, s)
	tests := []struct {
		text string
		want []store.ArticleID
		err  error
	}{
		{"stone bridge repair", []store.ArticleID{sv[iBridge2].ID}, nil},
		{"harbour dredging", []store.ArticleID{sv[iHarbour].ID}, nil},
		{`'; DROP TABLE articles; --`, []store.ArticleID{sv[iAttack].ID}, nil},
		{`"unbalanced`, []store.ArticleID{sv[iAttack].ID}, nil},
		{"penguins", nil, nil},
		{"the of and", nil, store.ErrBadQuery},
		{strings.Repeat("x", 2001), nil, store.ErrBadQuery},
	}
	for _, tc := range tests {
		got, err := s.Search(ctx, tc.text, 10)
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("Search(%.20q): %v, want %v", tc.text, err, tc.err)
			}
			continue
		}
		if err != nil || fmt.Sprint(ids(got)) != fmt.Sprint(tc.want) {
			t.Errorf("Search(%.20q) = %v, %v; want %v", tc.text, ids(got), err, tc.want)
		}
		for _, a := range got {
			if a.Text == "" || len(a.Sentences) == 0 {
				t.Errorf("Search(%.20q): hit %d without text or sentences", tc.text, a.ID)
			}
		}
	}
	// Both copies of the denial match; the limit holds.
	got, err := s.Search(ctx, "Wall Street Journal Syria", 10)
	if err != nil || len(got) != 3 {
		t.Errorf("Search(Syria): %v, %v; want the count, the denial and its reprint", ids(got), err)
	}
	if got, _ := s.Search(ctx, "Wall Street Journal Syria", 1); len(got) != 1 {
		t.Errorf("limit 1: %d hits", len(got))
	}
}

func testExport(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	sv := load(t, s)
	c := Corpus()
	var got []store.ArticleID
	err := s.Export(ctx, func(a *store.Article) error {
		got = append(got, a.ID)
		i := -1
		for k := range sv {
			if sv[k].ID == a.ID {
				i = k
			}
		}
		if i < 0 || a.Text != c[i].Doc.Text || len(a.Figures) != len(c[i].Figures) || len(a.Statements) != len(c[i].Statements) {
			t.Errorf("exported %d: %d figures %d statements", a.ID, len(a.Figures), len(a.Statements))
		}
		for _, f := range a.Figures {
			if f.Span.Of(a.Text) != f.Text {
				t.Errorf("exported figure span %v of %d: %q", f.Span, a.ID, f.Span.Of(a.Text))
			}
		}
		return nil
	})
	if err != nil || len(got) != 7 {
		t.Fatalf("Export: %v, %v", got, err)
	}
	for i := 1; i < len(got); i++ {
		if got[i] <= got[i-1] {
			t.Errorf("Export not in id order: %v", got)
		}
	}
	stop := errors.New("stop")
	n := 0
	if err := s.Export(ctx, func(*store.Article) error { n++; return stop }); err != stop || n != 1 {
		t.Errorf("Export stopped after %d with %v", n, err)
	}
}

func testCancelledBatch(t *testing.T, open Opener) {
	s := open(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.SaveBatch(ctx, Corpus()); err == nil {
		t.Fatal("cancelled batch saved")
	}
	p, err := s.Articles(context.Background(), store.ArticleQuery{})
	if err != nil || len(p.Articles) != 0 {
		t.Errorf("after a cancelled batch: %d articles, %v", len(p.Articles), err)
	}
	if sv, err := s.SaveBatch(context.Background(), Corpus()[:1]); err != nil || !sv[0].Created || sv[0].Version != 1 {
		t.Errorf("save after cancel: %+v, %v", sv, err)
	}
}

// testConcurrentSaves: several workers save the same articles at once; each
// text is stored once, and a URL's versions are consecutive.
func testConcurrentSaves(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	const workers = 4
	run := func(batch func() []*extract.Result) [][]store.Saved {
		out := make([][]store.Saved, workers)
		errs := make([]error, workers)
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				out[w], errs[w] = s.SaveBatch(ctx, batch())
			}()
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatalf("concurrent SaveBatch: %v", err)
			}
		}
		return out
	}
	first := run(func() []*extract.Result { return Corpus()[:iBridge2] })
	for i := 0; i < iBridge2; i++ {
		created := 0
		for w := 0; w < workers; w++ {
			if first[w][i].Created {
				created++
			}
			if first[w][i].ID != first[0][i].ID || first[w][i].Group != first[0][i].Group {
				t.Errorf("article %d: worker %d saw %+v, worker 0 %+v", i, w, first[w][i], first[0][i])
			}
		}
		if created != 1 {
			t.Errorf("article %d created by %d workers", i, created)
		}
	}
	// Each worker brings its own new text for the bridge URL.
	var mu sync.Mutex
	k := 0
	second := run(func() []*extract.Result {
		mu.Lock()
		defer mu.Unlock()
		k++
		return []*extract.Result{newDoc(bridgeBody+fmt.Sprintf(" Correction %d: the ferry is free.", k), "2019-03-05", "Riverside Post", "https://example.org/bridge").r}
	})
	var versions []int
	for w := 0; w < workers; w++ {
		versions = append(versions, second[w][0].Version)
	}
	seen := map[int]bool{}
	for _, v := range versions {
		seen[v] = true
	}
	for v := 2; v <= workers+1; v++ {
		if !seen[v] {
			t.Errorf("bridge versions %v: want each of 2..%d once", versions, workers+1)
			break
		}
	}
	p, err := s.Articles(ctx, store.ArticleQuery{Group: first[0][iBridge1].Group})
	if err != nil || len(p.Articles) != 1 || p.Articles[0].Version != workers+1 {
		t.Errorf("latest bridge: %+v, %v", p.Articles, err)
	}
	if p, _ := s.Claims(ctx, store.ClaimQuery{}); len(p.Claims) != 9 {
		t.Errorf("claims after concurrent saves: %d, want 9 (bridge versions without facts)", len(p.Claims))
	}
}

// testDataVersion: a store's data version (store.Versioned) moves on a save
// that stores or updates an article and on Relink, and stays on a save
// that changes nothing.
func testDataVersion(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	vs, ok := s.(store.Versioned)
	if !ok {
		t.Fatalf("%T does not tell its data version", s)
	}
	version := func() int64 {
		v, err := vs.DataVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	c := Corpus()
	steps := []struct {
		name  string
		do    func() error
		moves bool
	}{
		{"new articles", func() error { _, err := s.SaveBatch(ctx, c[:2]); return err }, true},
		{"the same again", func() error { _, err := s.SaveBatch(ctx, c[:2]); return err }, false},
		{"another article", func() error { _, err := s.SaveBatch(ctx, c[2:3]); return err }, true},
		{"a review", func() error {
			figs, err := s.Claims(ctx, store.ClaimQuery{Kind: "figure", Limit: 1})
			if err != nil || len(figs.Claims) == 0 {
				return fmt.Errorf("no figure to review: %v", err)
			}
			_, err = ledger.Act(ctx, s, fmt.Sprintf("figure:%d", figs.Claims[0].ID), store.Review{Action: store.ActionConfirm, Who: "test"})
			return err
		}, true},
		{"relink", func() error {
			rl, ok := s.(Relinker)
			if !ok {
				return nil
			}
			_, err := rl.Relink(ctx)
			return err
		}, true},
	}
	for _, st := range steps {
		before := version()
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if moved := version() != before; moved != st.moves {
			t.Errorf("%s: version moved %v, want %v", st.name, moved, st.moves)
		}
	}
}

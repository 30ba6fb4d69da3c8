package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

type querier interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

const figureCols = `f.id, a.id, a.doc_id, a.url, a.grp, a.published, a.source, a.title,
	CAST(substr(CAST(a.text AS BLOB), f.sent_s+1, f.sent_e-f.sent_s) AS TEXT),
	COALESCE(f.subject,''), f.day, f.text, f.value, f.low, f.high, f.approx, f.unit, f.holder, f.location, f.country,
	f.as_of, f.basis, f.source, f.anonymous, f.span_s, f.span_e, f.sent_s, f.sent_e, f.meaning`

func scanFigure(rows *sql.Rows) (store.FigureRow, error) {
	var r store.FigureRow
	var pub, day, approx, unit, holder, loc, country, asOf, basis, src, mean string
	var v, lo, hi sql.NullFloat64
	var ev sql.NullString
	var anon int
	err := rows.Scan(&r.ID, &r.Article, &r.DocID, &r.URL, &r.Group, &pub, &r.Outlet, &r.Title, &ev,
		&r.Subject, &day, &r.Text, &v, &lo, &hi, &approx, &unit, &holder, &loc, &country, &asOf, &basis, &src, &anon,
		&r.Span.Start, &r.Span.End, &r.Sentence.Start, &r.Sentence.End, &mean)
	if err != nil {
		return r, err
	}
	store.DecodeMeaning(mean, &r.Figure)
	r.Evidence = ev.String
	r.Published, _ = document.ParseDate(pub)
	r.When, _ = document.ParseDate(day)
	if v.Valid {
		x := v.Float64
		r.Value = &x
	}
	if lo.Valid {
		x := lo.Float64
		r.Low = &x
	}
	if hi.Valid {
		x := hi.Float64
		r.High = &x
	}
	r.Approx, r.Unit, r.Holder, r.Location, r.Country = document.Str(approx), document.Str(unit), document.Str(holder), document.Str(loc), document.Str(country)
	r.AsOf, r.Basis, r.Source, r.Anonymous = document.Str(asOf), document.Str(basis), document.Str(src), anon != 0
	return r, nil
}

// figureColsLight are figureCols without the evidence sentence: the
// ledger's rules never read it, and cutting it out of the article text is
// what such a load would spend most on.
var figureColsLight = strings.Replace(figureCols, `CAST(substr(CAST(a.text AS BLOB), f.sent_s+1, f.sent_e-f.sent_s) AS TEXT)`, `''`, 1)

func loadFigures(ctx context.Context, q querier, where string, args ...any) ([]store.FigureRow, error) {
	return loadFiguresCols(ctx, q, figureCols, where, args...)
}

func loadFiguresCols(ctx context.Context, q querier, cols, where string, args ...any) ([]store.FigureRow, error) {
	return loadFiguresFrom(ctx, q, cols, `figures f JOIN articles a ON a.id=f.article`, where, args...)
}

// loadFiguresLight reads figures without their sentences (figureColsLight),
// their articles' columns from the index articles_figcols (migration 15)
// rather than from the article rows, which hold the texts: a subject's
// newest figures are then a few index pages, not a page per figure.
func loadFiguresLight(ctx context.Context, q querier, where string, args ...any) ([]store.FigureRow, error) {
	return loadFiguresFrom(ctx, q, figureColsLight, figuresLightFrom, where, args...)
}

const figuresLightFrom = `figures f JOIN articles a INDEXED BY articles_figcols ON a.id=f.article`

// subjectWindow selects a subject's newest figures (arguments: the subject,
// how many), as the ledger pairs them.
const subjectWindow = `f.subject=? AND a.latest=1 ORDER BY f.day DESC, f.id DESC LIMIT ?`

func loadFiguresFrom(ctx context.Context, q querier, cols, from, where string, args ...any) ([]store.FigureRow, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+cols+` FROM `+from+` WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: figures: %w", err)
	}
	defer rows.Close()
	var out []store.FigureRow
	for rows.Next() {
		r, err := scanFigure(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

const statementCols = `t.id, a.id, a.doc_id, a.url, a.grp, a.published, a.source, a.title,
	CAST(substr(CAST(a.text AS BLOB), t.sent_s+1, t.sent_e-t.sent_s) AS TEXT),
	t.speaker, t.speaker_role, t.speaker_type, t.anonymous, t.speaker_s, t.speaker_e, t.cue, t.cue_s, t.cue_e,
	t.content, t.content_s, t.content_e, t.direct, t.stance, t.target, t.target_s, t.target_e,
	t.span_s, t.span_e, t.sent_s, t.sent_e, t.source_type`

func loadStatements(ctx context.Context, q querier, where string, args ...any) ([]store.StatementRow, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+statementCols+` FROM statements t JOIN articles a ON a.id=t.article WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: statements: %w", err)
	}
	defer rows.Close()
	var out []store.StatementRow
	for rows.Next() {
		var r store.StatementRow
		var pub, spk, role, typ, cue, tgt, stype string
		var ev sql.NullString
		var anon, direct int
		if err := rows.Scan(&r.ID, &r.Article, &r.DocID, &r.URL, &r.Group, &pub, &r.Outlet, &r.Title, &ev,
			&spk, &role, &typ, &anon, &r.SpeakerSpan.Start, &r.SpeakerSpan.End, &cue, &r.CueSpan.Start, &r.CueSpan.End,
			&r.Content, &r.ContentSpan.Start, &r.ContentSpan.End, &direct, &r.Stance, &tgt, &r.TargetSpan.Start, &r.TargetSpan.End,
			&r.Span.Start, &r.Span.End, &r.Sentence.Start, &r.Sentence.End, &stype); err != nil {
			return nil, err
		}
		r.SourceType = document.Str(stype)
		r.Evidence = ev.String
		r.Published, _ = document.ParseDate(pub)
		r.Speaker, r.SpeakerRole, r.SpeakerType, r.Cue, r.Target = document.Str(spk), document.Str(role), document.Str(typ), document.Str(cue), document.Str(tgt)
		r.Anonymous, r.Direct = anon != 0, direct != 0
		out = append(out, r)
	}
	return out, rows.Err()
}

// loadLinks reads links selected by where (over links l) with both ends.
func loadLinks(ctx context.Context, q querier, where string, args ...any) ([]store.Link, error) {
	rows, err := q.QueryContext(ctx, `SELECT l.id, l.kind, l.confidence, l.reasons, l.from_statement, l.to_statement, l.to_figure FROM links l WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: links: %w", err)
	}
	type raw struct {
		l          store.Link
		from       int64
		toS, toF   sql.NullInt64
		reasonsCSV string
	}
	var rs []raw
	for rows.Next() {
		var r raw
		if err := rows.Scan(&r.l.ID, &r.l.Kind, &r.l.Confidence, &r.reasonsCSV, &r.from, &r.toS, &r.toF); err != nil {
			rows.Close()
			return nil, err
		}
		rs = append(rs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Both ends in two queries, however many links.
	var sIDs, fIDs []int64
	for _, r := range rs {
		sIDs = append(sIDs, r.from)
		if r.toS.Valid {
			sIDs = append(sIDs, r.toS.Int64)
		} else if r.toF.Valid {
			fIDs = append(fIDs, r.toF.Int64)
		}
	}
	stmts := map[int64]*store.StatementRow{}
	figs := map[int64]*store.FigureRow{}
	if len(sIDs) > 0 {
		ss, err := loadStatements(ctx, q, `t.id IN (SELECT value FROM json_each(?))`, idList(sIDs))
		if err != nil {
			return nil, err
		}
		for i := range ss {
			stmts[ss[i].ID] = &ss[i]
		}
	}
	if len(fIDs) > 0 {
		fs, err := loadFigures(ctx, q, `f.id IN (SELECT value FROM json_each(?))`, idList(fIDs))
		if err != nil {
			return nil, err
		}
		for i := range fs {
			figs[fs[i].ID] = &fs[i]
		}
	}
	out := make([]store.Link, 0, len(rs))
	for _, r := range rs {
		l := r.l
		l.Reasons = strings.Split(r.reasonsCSV, ",")
		from, ok := stmts[r.from]
		if !ok {
			return nil, fmt.Errorf("sqlite: link %d: missing statement %d", l.ID, r.from)
		}
		l.From = *from
		if r.toS.Valid {
			to, ok := stmts[r.toS.Int64]
			if !ok {
				return nil, fmt.Errorf("sqlite: link %d: missing target statement", l.ID)
			}
			cp := *to
			l.ToKind, l.ToStatement = "statement", &cp
		} else {
			to, ok := figs[r.toF.Int64]
			if !ok {
				return nil, fmt.Errorf("sqlite: link %d: missing target figure", l.ID)
			}
			cp := *to
			l.ToKind, l.ToFigure = "figure", &cp
		}
		out = append(out, l)
	}
	return out, nil
}

// idList writes ids as a JSON array for json_each.
func idList(ids []int64) string {
	b := make([]byte, 0, 8*len(ids)+2)
	b = append(b, '[')
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, id, 10)
	}
	return string(append(b, ']'))
}

const articleCols = `a.id, a.doc_id, a.url, a.path, a.title, a.source, a.author, a.published, a.version, COALESCE(a.previous,0), a.grp, a.words, a.ingested`

func scanArticle(sc interface{ Scan(...any) error }, extra ...any) (store.Article, error) {
	var a store.Article
	var pub, ing string
	dst := append([]any{&a.ID, &a.DocID, &a.URL, &a.Path, &a.Title, &a.Source, &a.Author, &pub, &a.Version, &a.Previous, &a.Group, &a.Words, &ing}, extra...)
	if err := sc.Scan(dst...); err != nil {
		return a, err
	}
	a.Published, _ = document.ParseDate(pub)
	a.Ingested, _ = time.Parse(time.RFC3339, ing)
	return a, nil
}

// Article implements store.Store.
func (s *DB) Article(ctx context.Context, id store.ArticleID) (*store.Article, error) {
	return s.article(ctx, s.db, id)
}

func (s *DB) article(ctx context.Context, q querier, id store.ArticleID) (*store.Article, error) {
	var sents []byte
	var text string
	a, err := scanArticle(q.QueryRowContext(ctx, `SELECT `+articleCols+`, a.text, a.sentences FROM articles a WHERE a.id=?`, id), &text, &sents)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: article: %w", err)
	}
	a.Text, a.Sentences = text, store.DecodeSpans(sents)
	if a.Figures, err = loadFigures(ctx, q, `f.article=? ORDER BY f.id`, id); err != nil {
		return nil, err
	}
	if a.Statements, err = loadStatements(ctx, q, `t.article=? ORDER BY t.id`, id); err != nil {
		return nil, err
	}
	a.Links, err = loadLinks(ctx, q, `l.from_statement IN (SELECT id FROM statements WHERE article=?1)
		OR l.to_statement IN (SELECT id FROM statements WHERE article=?1)
		OR l.to_figure IN (SELECT id FROM figures WHERE article=?1) ORDER BY l.id`, id)
	if err != nil {
		return nil, err
	}
	ov, err := overrides(ctx, q)
	if err != nil {
		return nil, err
	}
	ov.Article(&a)
	return &a, nil
}

// Articles implements store.Store.
func (s *DB) Articles(ctx context.Context, q store.ArticleQuery) (store.ArticlePage, error) {
	var page store.ArticlePage
	limit := store.ClampLimit(q.Limit, 50, 1000)
	where := []string{"a.latest=1"}
	var args []any
	if q.Source != "" {
		where = append(where, `a.source LIKE ? ESCAPE '\'`)
		args = append(args, "%"+likeEscape(q.Source)+"%")
	}
	if !q.Since.IsZero() {
		where = append(where, `a.published >= ?`)
		args = append(args, q.Since.String())
	}
	if !q.Until.IsZero() {
		where = append(where, `a.published != '' AND a.published <= ?`)
		args = append(args, q.Until.String())
	}
	if q.Group != 0 {
		where = append(where, `a.grp = ?`)
		args = append(args, q.Group)
	}
	if q.DocID != "" {
		where = append(where, `a.doc_id = ?`)
		args = append(args, q.DocID)
	}
	if q.Cursor != "" {
		pub, id, err := store.DecodeCursor(q.Cursor)
		if err != nil {
			return page, err
		}
		where = append(where, `(a.published < ? OR (a.published = ? AND a.id < ?))`)
		args = append(args, pub, pub, id)
	}
	args = append(args, limit+1)
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleCols+` FROM articles a WHERE `+strings.Join(where, " AND ")+
		` ORDER BY a.published DESC, a.id DESC LIMIT ?`, args...)
	if err != nil {
		return page, fmt.Errorf("sqlite: articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return page, err
		}
		page.Articles = append(page.Articles, a)
	}
	if len(page.Articles) > limit {
		last := page.Articles[limit-1]
		page.Articles = page.Articles[:limit]
		page.Next = store.EncodeCursor(last.Published.String(), int64(last.ID))
	}
	return page, rows.Err()
}

// Subjects implements store.Store.
func (s *DB) Subjects(ctx context.Context) ([]store.Subject, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT key, label, holder, thing, location, nfigures, narticles, ngroups, first, last
		FROM subjects WHERE nfigures > 0 ORDER BY nfigures DESC, key`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: subjects: %w", err)
	}
	defer rows.Close()
	out := []store.Subject{}
	for rows.Next() {
		var x store.Subject
		var first, last string
		if err := rows.Scan(&x.Key, &x.Label, &x.Holder, &x.Thing, &x.Location, &x.Figures, &x.Articles, &x.Groups, &first, &last); err != nil {
			return nil, err
		}
		x.First, _ = document.ParseDate(first)
		x.Last, _ = document.ParseDate(last)
		out = append(out, x)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	ov, err := overrides(ctx, s.db)
	if err != nil {
		return nil, err
	}
	ov.Subjects(out)
	return out, nil
}

// Timeline implements store.Store.
func (s *DB) Timeline(ctx context.Context, subject string) (*store.Timeline, error) {
	if strings.TrimSpace(subject) == "" {
		return nil, store.BadQuery("empty subject")
	}
	// Subjects carry their statistics (kept at save time): the match
	// prefers, among equally close subjects, the one with most figures.
	subs, err := s.Subjects(ctx)
	if err != nil {
		return nil, err
	}
	best, _, ok := ledger.MatchSubject(subject, subs)
	if !ok {
		return nil, fmt.Errorf("subject %q: %w", subject, store.ErrNotFound)
	}
	t := &store.Timeline{Subject: best}
	if t.Figures, err = loadFigures(ctx, s.db, `f.subject=? AND a.latest=1 ORDER BY f.day, a.published, f.id`, best.Key); err != nil {
		return nil, err
	}
	if t.Links, err = loadLinks(ctx, s.db, `l.to_figure IN (SELECT f.id FROM figures f JOIN articles a ON a.id=f.article WHERE f.subject=? AND a.latest=1) ORDER BY l.id`, best.Key); err != nil {
		return nil, err
	}
	if t.Revisions, err = figureDisputes(ctx, s.db, `d.subject=? AND d.kind='revision' ORDER BY d.day, d.id`, best.Key); err != nil {
		return nil, err
	}
	t.Estimates = ledger.Estimates(t.Figures)
	ov, err := overrides(ctx, s.db)
	if err != nil {
		return nil, err
	}
	ov.Timeline(t)
	if t.Revisions == nil {
		t.Revisions = []store.Dispute{}
	}
	if t.Figures == nil {
		t.Figures = []store.FigureRow{}
	}
	if t.Links == nil {
		t.Links = []store.Link{}
	}
	return t, nil
}

// Links implements store.Store.
func (s *DB) Links(ctx context.Context, q store.LinkQuery) ([]store.Link, error) {
	where := []string{"1=1"}
	var args []any
	if q.Kind != "" {
		if q.Kind != store.LinkDenies && q.Kind != store.LinkConfirms {
			return nil, store.BadQuery("link kind %q: want denies or confirms", q.Kind)
		}
		where = append(where, "l.kind=?")
		args = append(args, q.Kind)
	}
	if q.Article != 0 {
		where = append(where, `(l.from_statement IN (SELECT id FROM statements WHERE article=?) OR l.to_statement IN (SELECT id FROM statements WHERE article=?) OR l.to_figure IN (SELECT id FROM figures WHERE article=?))`)
		args = append(args, q.Article, q.Article, q.Article)
	}
	if q.Subject != "" {
		where = append(where, `l.to_figure IN (SELECT id FROM figures WHERE subject=?)`)
		args = append(args, q.Subject)
	}
	args = append(args, store.ClampLimit(q.Limit, 100, 10000))
	ls, err := loadLinks(ctx, s.db, strings.Join(where, " AND ")+` ORDER BY l.id DESC LIMIT ?`, args...)
	if err != nil {
		return nil, err
	}
	ov, err := overrides(ctx, s.db)
	if err != nil {
		return nil, err
	}
	return ov.Links(ls), nil
}

var stances = map[string]bool{extract.Asserts: true, extract.Denies: true, extract.Confirms: true, extract.Questions: true}

const claimCols = `c.id, c.kind, c.ref, c.article, a.doc_id, a.url, a.grp, c.published, c.outlet, a.title, c.speaker, c.stance, c.anonymous,
	CASE c.kind WHEN 'statement' THEN t.content ELSE f.text END, COALESCE(t.target,''), c.subject, f.value,
	COALESCE(t.span_s, f.span_s), COALESCE(t.span_e, f.span_e), COALESCE(t.sent_s, f.sent_s), COALESCE(t.sent_e, f.sent_e),
	CAST(substr(CAST(a.text AS BLOB), COALESCE(t.sent_s, f.sent_s)+1, COALESCE(t.sent_e, f.sent_e)-COALESCE(t.sent_s, f.sent_s)) AS TEXT)`

const claimFrom = ` FROM claims c JOIN articles a ON a.id=c.article
	LEFT JOIN statements t ON c.kind='statement' AND t.id=c.ref
	LEFT JOIN figures f ON c.kind='figure' AND f.id=c.ref`

func scanClaim(rows *sql.Rows) (store.Claim, int64, error) {
	var c store.Claim
	var cid int64
	var pub string
	var anon int
	var text sql.NullString
	var v sql.NullFloat64
	var ev sql.NullString
	err := rows.Scan(&cid, &c.Kind, &c.ID, &c.Article, &c.DocID, &c.URL, &c.Group, &pub, &c.Outlet, &c.Title, &c.Speaker, &c.Stance, &anon,
		&text, &c.Target, &c.Subject, &v, &c.Span.Start, &c.Span.End, &c.Sentence.Start, &c.Sentence.End, &ev)
	if err != nil {
		return c, 0, err
	}
	c.Published, _ = document.ParseDate(pub)
	c.Anonymous, c.Text, c.Evidence = anon != 0, text.String, ev.String
	if v.Valid {
		x := v.Float64
		c.Value = &x
	}
	return c, cid, nil
}

// Claims implements store.Store.
func (s *DB) Claims(ctx context.Context, q store.ClaimQuery) (store.ClaimPage, error) {
	var page store.ClaimPage
	limit := store.ClampLimit(q.Limit, 50, 1000)
	where := []string{"c.latest=1"}
	var args []any
	if q.Speaker != "" {
		where = append(where, `c.speaker LIKE ? ESCAPE '\'`)
		args = append(args, "%"+likeEscape(q.Speaker)+"%")
	}
	if q.Source != "" {
		where = append(where, `c.outlet LIKE ? ESCAPE '\'`)
		args = append(args, "%"+likeEscape(q.Source)+"%")
	}
	if q.Stance != "" {
		if !stances[q.Stance] {
			return page, store.BadQuery("stance %q: want asserts, denies, confirms or questions", q.Stance)
		}
		where = append(where, `c.kind='statement' AND c.stance=?`)
		args = append(args, q.Stance)
	}
	switch q.Kind {
	case "":
	case "statement", "figure":
		where = append(where, `c.kind=?`)
		args = append(args, q.Kind)
	default:
		return page, store.BadQuery("kind %q: want statement or figure", q.Kind)
	}
	if !q.Since.IsZero() {
		where = append(where, `c.published >= ?`)
		args = append(args, q.Since.String())
	}
	if !q.Until.IsZero() {
		where = append(where, `c.published != '' AND c.published <= ?`)
		args = append(args, q.Until.String())
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Time().Before(q.Since.Time()) {
		return page, store.BadQuery("--until %s is before --since %s", q.Until, q.Since)
	}
	if q.Anonymous {
		where = append(where, `c.anonymous=1`)
	}
	if strings.TrimSpace(q.Text) != "" {
		if len(q.Text) > maxQueryTextLength {
			return page, store.BadQuery("query text longer than %d bytes", maxQueryTextLength)
		}
		m := ftsWords(q.Text, "", 64)
		if m == "" {
			return page, store.BadQuery("query %q has no words to search for", q.Text)
		}
		where = append(where, `c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)`)
		args = append(args, m)
	}
	if q.Cursor != "" {
		pub, id, err := store.DecodeCursor(q.Cursor)
		if err != nil {
			return page, err
		}
		where = append(where, `(c.published < ? OR (c.published = ? AND c.id < ?))`)
		args = append(args, pub, pub, id)
	}
	args = append(args, limit+1)
	rows, err := s.db.QueryContext(ctx, `SELECT `+claimCols+claimFrom+` WHERE `+strings.Join(where, " AND ")+
		` ORDER BY c.latest DESC, c.published DESC, c.id DESC LIMIT ?`, args...)
	if err != nil {
		return page, fmt.Errorf("sqlite: claims: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		c, cid, err := scanClaim(rows)
		if err != nil {
			return page, err
		}
		page.Claims = append(page.Claims, c)
		ids = append(ids, cid)
	}
	if err := rows.Err(); err != nil {
		return page, err
	}
	if len(page.Claims) > limit {
		page.Claims = page.Claims[:limit]
		page.Next = store.EncodeCursor(page.Claims[limit-1].Published.String(), ids[limit-1])
	}
	if page.Claims == nil {
		page.Claims = []store.Claim{}
	}
	ov, err := overrides(ctx, s.db)
	if err != nil {
		return page, err
	}
	for i := range page.Claims {
		ov.Claim(&page.Claims[i])
	}
	return page, nil
}

// Disputes implements store.Store.
func (s *DB) Disputes(ctx context.Context, q store.DisputeQuery) ([]store.Dispute, error) {
	limit := store.ClampLimit(q.Limit, 100, 10000)
	switch q.Kind {
	case "", store.DisputeFigures, store.DisputePlanned, store.DisputeClaim, store.DisputeRevision:
	default:
		return nil, store.BadQuery("dispute kind %q: want %s, %s, %s or %s", q.Kind, store.DisputeFigures, store.DisputePlanned, store.DisputeClaim, store.DisputeRevision)
	}
	var out []store.Dispute
	ov, err := overrides(ctx, s.db)
	if err != nil {
		return nil, err
	}
	if q.Kind != store.DisputeClaim {
		where := []string{"d.kind != 'revision'"}
		var args []any
		if q.Kind != "" {
			where = []string{"d.kind=?"}
			args = append(args, q.Kind)
		}
		if q.Subject != "" {
			where = append(where, "d.subject=?")
			args = append(args, q.Subject)
		}
		args = append(args, limit)
		ds, err := figureDisputes(ctx, s.db, strings.Join(where, " AND ")+` ORDER BY d.score DESC, d.day DESC, d.id DESC LIMIT ?`, args...)
		if err != nil {
			return nil, err
		}
		out = append(out, ov.FigureDisputes(ds)...)
	}
	if (q.Kind == "" || q.Kind == store.DisputeClaim) && q.Subject == "" {
		ds, err := s.disputedClaims(ctx, store.ClaimWindow(limit))
		if err != nil {
			return nil, err
		}
		out = append(out, ov.ClaimCards(ds)...)
	}
	store.SortDisputes(out)
	if len(out) > limit {
		out = out[:limit]
	}
	if out == nil {
		out = []store.Dispute{}
	}
	return out, nil
}

// figureDisputes loads discrepancies (over discrepancies d) with both sides.
func figureDisputes(ctx context.Context, q querier, where string, args ...any) ([]store.Dispute, error) {
	rows, err := q.QueryContext(ctx, `SELECT d.id, d.sig, d.kind, d.subject, s.label, d.day, d.note, d.score, d.reports, d.a, d.b FROM discrepancies d JOIN subjects s ON s.key=d.subject
		WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: disputes: %w", err)
	}
	type raw struct {
		d    store.Dispute
		a, b int64
	}
	var rs []raw
	for rows.Next() {
		var r raw
		var day string
		if err := rows.Scan(&r.d.ID, &r.d.Key, &r.d.Kind, &r.d.Subject, &r.d.Label, &day, &r.d.Note, &r.d.Score, &r.d.Reports, &r.a, &r.b); err != nil {
			rows.Close()
			return nil, err
		}
		r.d.When, _ = document.ParseDate(day)
		rs = append(rs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Both sides of every row in one query, however many rows.
	ids := make([]int64, 0, 2*len(rs))
	for _, r := range rs {
		ids = append(ids, r.a, r.b)
	}
	figs := map[int64]*store.FigureRow{}
	if len(ids) > 0 {
		fs, err := loadFigures(ctx, q, `f.id IN (SELECT value FROM json_each(?))`, idList(ids))
		if err != nil {
			return nil, err
		}
		for i := range fs {
			figs[fs[i].ID] = &fs[i]
		}
	}
	var out []store.Dispute
	for _, r := range rs {
		a, b := figs[r.a], figs[r.b]
		if a == nil || b == nil || r.a == r.b {
			continue
		}
		// Each side its own copy: callers may change one dispute's rows.
		ca, cb := *a, *b
		r.d.A, r.d.B = &ca, &cb
		out = append(out, r.d)
	}
	return out, nil
}

// disputedClaims returns claims that some statement denies, with every link
// touching them and support/deny counts over independent reports.
func (s *DB) disputedClaims(ctx context.Context, limit int) ([]store.Dispute, error) {
	// The newest denials first, read by primary key until limit distinct
	// targets are found (bounded, unlike a GROUP BY over every link).
	rows, err := s.db.QueryContext(ctx, `SELECT to_statement, to_figure, id FROM links WHERE kind='denies' ORDER BY id DESC LIMIT ?`, limit*10)
	if err != nil {
		return nil, fmt.Errorf("sqlite: disputed: %w", err)
	}
	type tgt struct {
		s, f sql.NullInt64
		max  int64
	}
	var ts []tgt
	seenT := map[[2]int64]bool{}
	for rows.Next() && len(ts) < limit {
		var t tgt
		if err := rows.Scan(&t.s, &t.f, &t.max); err != nil {
			rows.Close()
			return nil, err
		}
		k := [2]int64{t.s.Int64, t.f.Int64}
		if !seenT[k] {
			seenT[k] = true
			ts = append(ts, t)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// The claims and their links in four queries, however many targets
	// (one per target made the disputes page cost a second cold).
	var sIDs, fIDs []int64
	for _, t := range ts {
		if t.s.Valid {
			sIDs = append(sIDs, t.s.Int64)
		} else {
			fIDs = append(fIDs, t.f.Int64)
		}
	}
	claims := map[[2]int64]*store.Claim{} // {0 statement | 1 figure, ref}
	links := map[[2]int64][]store.Link{}
	for _, x := range []struct {
		kind string
		n    int64
		ids  []int64
		col  string
	}{{"statement", 0, sIDs, "to_statement"}, {"figure", 1, fIDs, "to_figure"}} {
		if len(x.ids) == 0 {
			continue
		}
		list := idList(x.ids)
		rows, err := s.db.QueryContext(ctx, `SELECT `+claimCols+claimFrom+` WHERE c.kind=? AND c.ref IN (SELECT value FROM json_each(?))`, x.kind, list)
		if err != nil {
			return nil, fmt.Errorf("sqlite: disputed claims: %w", err)
		}
		for rows.Next() {
			c, _, err := scanClaim(rows)
			if err != nil {
				rows.Close()
				return nil, err
			}
			claims[[2]int64{x.n, c.ID}] = &c
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		ls, err := loadLinks(ctx, s.db, `l.`+x.col+` IN (SELECT value FROM json_each(?)) ORDER BY l.id`, list)
		if err != nil {
			return nil, err
		}
		for _, l := range ls {
			ref := l.ToFigure
			k := [2]int64{x.n, 0}
			if l.ToStatement != nil {
				k[1] = l.ToStatement.ID
			} else if ref != nil {
				k[1] = ref.ID
			}
			links[k] = append(links[k], l)
		}
	}
	var out []store.Dispute
	for _, t := range ts {
		k := [2]int64{0, t.s.Int64}
		if !t.s.Valid {
			k = [2]int64{1, t.f.Int64}
		}
		c := claims[k]
		if c == nil {
			continue
		}
		out = append(out, store.ClaimDispute(-t.max, c, links[k]))
	}
	return out, nil
}

// Search implements store.Store.
func (s *DB) Search(ctx context.Context, text string, limit int) ([]store.Article, error) {
	if len(text) > maxQueryTextLength {
		return nil, store.BadQuery("text longer than %d bytes", maxQueryTextLength)
	}
	words := ledger.ContentWords(text)
	if ftsWords(strings.Join(words, " "), "", 1) == "" {
		return nil, store.BadQuery("%q has no words to search for", text)
	}
	// The rarest words rank and bound the search; words the index does
	// not know as such (stemmed differently) are added when few are found.
	rare, err := rareTerms(ctx, s.db, "articles_vocab", words, 8)
	if err != nil {
		return nil, err
	}
	if len(rare) < 3 {
		rare = append(rare, words...)
	}
	limit = store.ClampLimit(limit, 20, 200)
	// Articles with all of the three rarest words first (cheap to rank);
	// then, if too few, articles with any of the words.
	var out []store.Article
	seen := map[store.ArticleID]bool{}
	queries := []string{ftsWords(strings.Join(rare, " "), "OR", 32)}
	if len(rare) >= 3 {
		queries = append([]string{ftsWords(strings.Join(rare[:3], " "), "", 3)}, queries...)
	}
	for _, m := range queries {
		if len(out) >= limit {
			break
		}
		rows, err := s.db.QueryContext(ctx, `SELECT `+articleCols+`, a.text, a.sentences FROM articles_fts JOIN articles a ON a.id=articles_fts.rowid
			WHERE articles_fts MATCH ? AND a.latest=1 ORDER BY rank LIMIT ?`, m, limit)
		if err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		for rows.Next() {
			var sents []byte
			var txt string
			a, err := scanArticle(rows, &txt, &sents)
			if err != nil {
				rows.Close()
				return nil, err
			}
			if seen[a.ID] || len(out) >= limit {
				continue
			}
			seen[a.ID] = true
			a.Text, a.Sentences = txt, store.DecodeSpans(sents)
			out = append(out, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Export implements store.Store.
func (s *DB) Export(ctx context.Context, fn func(*store.Article) error) error {
	var last int64
	for {
		rows, err := s.db.QueryContext(ctx, `SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT 500`, last)
		if err != nil {
			return fmt.Errorf("sqlite: export: %w", err)
		}
		var ids []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(ids) == 0 {
			return nil
		}
		for _, id := range ids {
			a, err := s.Article(ctx, store.ArticleID(id))
			if err != nil {
				return err
			}
			if err := fn(a); err != nil {
				return err
			}
		}
		last = ids[len(ids)-1]
	}
}

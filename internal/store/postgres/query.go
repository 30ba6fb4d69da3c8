package postgres

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

// querier is a pool or a transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// args numbers positional parameters as a query is built.
type args struct{ v []any }

func (a *args) add(x any) string {
	a.v = append(a.v, x)
	return "$" + strconv.Itoa(len(a.v))
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// contains is a case-insensitive substring match of col against the
// user's text, which is never a pattern.
func (a *args) contains(col, s string) string {
	return col + ` ILIKE ` + a.add("%"+likeEscape(clean(s))+"%") + ` ESCAPE '\'`
}

const figureCols = `f.id, a.id, a.doc_id, a.url, a.grp, a.published, a.source, a.title, f.evidence,
	COALESCE(f.subject,''), f.day, f.text, f.value, f.low, f.high, f.approx, f.unit, f.holder, f.location, f.country,
	f.as_of, f.basis, f.source, f.anonymous, f.span_s, f.span_e, f.sent_s, f.sent_e, f.meaning`

func scanFigure(rows pgx.Rows) (store.FigureRow, error) {
	var r store.FigureRow
	var pub, day, approx, unit, holder, loc, country, asOf, basis, src, mean string
	err := rows.Scan(&r.ID, &r.Article, &r.DocID, &r.URL, &r.Group, &pub, &r.Outlet, &r.Title, &r.Evidence,
		&r.Subject, &day, &r.Text, &r.Value, &r.Low, &r.High, &approx, &unit, &holder, &loc, &country, &asOf, &basis, &src, &r.Anonymous,
		&r.Span.Start, &r.Span.End, &r.Sentence.Start, &r.Sentence.End, &mean)
	if err != nil {
		return r, err
	}
	store.DecodeMeaning(mean, &r.Figure)
	r.Published, _ = document.ParseDate(pub)
	r.When, _ = document.ParseDate(day)
	r.Approx, r.Unit, r.Holder, r.Location, r.Country = document.Str(approx), document.Str(unit), document.Str(holder), document.Str(loc), document.Str(country)
	r.AsOf, r.Basis, r.Source = document.Str(asOf), document.Str(basis), document.Str(src)
	return r, nil
}

// figureColsLight are figureCols without the evidence sentence, which the
// ledger's rules never read.
var figureColsLight = strings.Replace(figureCols, `f.evidence,`, `'',`, 1)

func loadFigures(ctx context.Context, q querier, where string, args ...any) ([]store.FigureRow, error) {
	return loadFiguresCols(ctx, q, figureCols, where, args...)
}

func loadFiguresCols(ctx context.Context, q querier, cols, where string, args ...any) ([]store.FigureRow, error) {
	rows, err := q.Query(ctx, `SELECT `+cols+` FROM figures f JOIN articles a ON a.id=f.article WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: figures: %w", err)
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

const statementCols = `t.id, a.id, a.doc_id, a.url, a.grp, a.published, a.source, a.title, t.evidence,
	t.speaker, t.speaker_role, t.speaker_type, t.anonymous, t.speaker_s, t.speaker_e, t.cue, t.cue_s, t.cue_e,
	t.content, t.content_s, t.content_e, t.direct, t.stance, t.target, t.target_s, t.target_e,
	t.span_s, t.span_e, t.sent_s, t.sent_e, t.source_type`

func loadStatements(ctx context.Context, q querier, where string, args ...any) ([]store.StatementRow, error) {
	rows, err := q.Query(ctx, `SELECT `+statementCols+` FROM statements t JOIN articles a ON a.id=t.article WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: statements: %w", err)
	}
	defer rows.Close()
	var out []store.StatementRow
	for rows.Next() {
		var r store.StatementRow
		var pub, spk, role, typ, cue, tgt, stype string
		if err := rows.Scan(&r.ID, &r.Article, &r.DocID, &r.URL, &r.Group, &pub, &r.Outlet, &r.Title, &r.Evidence,
			&spk, &role, &typ, &r.Anonymous, &r.SpeakerSpan.Start, &r.SpeakerSpan.End, &cue, &r.CueSpan.Start, &r.CueSpan.End,
			&r.Content, &r.ContentSpan.Start, &r.ContentSpan.End, &r.Direct, &r.Stance, &tgt, &r.TargetSpan.Start, &r.TargetSpan.End,
			&r.Span.Start, &r.Span.End, &r.Sentence.Start, &r.Sentence.End, &stype); err != nil {
			return nil, err
		}
		r.SourceType = document.Str(stype)
		r.Published, _ = document.ParseDate(pub)
		r.Speaker, r.SpeakerRole, r.SpeakerType, r.Cue, r.Target = document.Str(spk), document.Str(role), document.Str(typ), document.Str(cue), document.Str(tgt)
		out = append(out, r)
	}
	return out, rows.Err()
}

// loadLinks reads links selected by where (over links l) with both ends.
func loadLinks(ctx context.Context, q querier, where string, args ...any) ([]store.Link, error) {
	rows, err := q.Query(ctx, `SELECT l.id, l.kind, l.confidence, l.reasons, l.from_statement, l.to_statement, l.to_figure FROM links l WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: links: %w", err)
	}
	type raw struct {
		l        store.Link
		from     int64
		toS, toF *int64
	}
	var rs []raw
	for rows.Next() {
		var r raw
		if err := rows.Scan(&r.l.ID, &r.l.Kind, &r.l.Confidence, &r.l.Reasons, &r.from, &r.toS, &r.toF); err != nil {
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
		if r.toS != nil {
			sIDs = append(sIDs, *r.toS)
		} else if r.toF != nil {
			fIDs = append(fIDs, *r.toF)
		}
	}
	stmts := map[int64]*store.StatementRow{}
	figs := map[int64]*store.FigureRow{}
	if len(sIDs) > 0 {
		ss, err := loadStatements(ctx, q, `t.id = ANY($1)`, sIDs)
		if err != nil {
			return nil, err
		}
		for i := range ss {
			stmts[ss[i].ID] = &ss[i]
		}
	}
	if len(fIDs) > 0 {
		fs, err := loadFigures(ctx, q, `f.id = ANY($1)`, fIDs)
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
		from, ok := stmts[r.from]
		if !ok {
			return nil, fmt.Errorf("postgres: link %d: missing statement %d", l.ID, r.from)
		}
		l.From = *from
		if r.toS != nil {
			to, ok := stmts[*r.toS]
			if !ok {
				return nil, fmt.Errorf("postgres: link %d: missing target statement", l.ID)
			}
			cp := *to
			l.ToKind, l.ToStatement = "statement", &cp
		} else if r.toF != nil {
			to, ok := figs[*r.toF]
			if !ok {
				return nil, fmt.Errorf("postgres: link %d: missing target figure", l.ID)
			}
			cp := *to
			l.ToKind, l.ToFigure = "figure", &cp
		}
		out = append(out, l)
	}
	return out, nil
}

const articleCols = `a.id, a.doc_id, a.url, a.path, a.title, a.source, a.author, a.published, a.version, COALESCE(a.previous,0), a.grp, a.words, a.ingested`

func scanArticle(sc pgx.Row, extra ...any) (store.Article, error) {
	var a store.Article
	var pub string
	dst := append([]any{&a.ID, &a.DocID, &a.URL, &a.Path, &a.Title, &a.Source, &a.Author, &pub, &a.Version, &a.Previous, &a.Group, &a.Words, &a.Ingested}, extra...)
	if err := sc.Scan(dst...); err != nil {
		return a, err
	}
	a.Published, _ = document.ParseDate(pub)
	a.Ingested = a.Ingested.UTC()
	return a, nil
}

// Article implements store.Store.
func (s *DB) Article(ctx context.Context, id store.ArticleID) (*store.Article, error) {
	return s.article(ctx, s.pool, id)
}

func (s *DB) article(ctx context.Context, q querier, id store.ArticleID) (*store.Article, error) {
	var sents []byte
	var text string
	a, err := scanArticle(q.QueryRow(ctx, `SELECT `+articleCols+`, a.text, a.sentences FROM articles a WHERE a.id=$1`, int64(id)), &text, &sents)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: article: %w", err)
	}
	a.Text, a.Sentences = text, store.DecodeSpans(sents)
	if a.Figures, err = loadFigures(ctx, q, `f.article=$1 ORDER BY f.id`, int64(id)); err != nil {
		return nil, err
	}
	if a.Statements, err = loadStatements(ctx, q, `t.article=$1 ORDER BY t.id`, int64(id)); err != nil {
		return nil, err
	}
	a.Links, err = loadLinks(ctx, q, `l.from_statement IN (SELECT id FROM statements WHERE article=$1)
		OR l.to_statement IN (SELECT id FROM statements WHERE article=$1)
		OR l.to_figure IN (SELECT id FROM figures WHERE article=$1) ORDER BY l.id`, int64(id))
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
	where := []string{"a.latest"}
	var a args
	if q.Source != "" {
		where = append(where, a.contains("a.source", q.Source))
	}
	if !q.Since.IsZero() {
		where = append(where, `a.published >= `+a.add(q.Since.String()))
	}
	if !q.Until.IsZero() {
		where = append(where, `a.published <> '' AND a.published <= `+a.add(q.Until.String()))
	}
	if q.Group != 0 {
		where = append(where, `a.grp = `+a.add(q.Group))
	}
	if q.DocID != "" {
		where = append(where, `a.doc_id = `+a.add(clean(q.DocID)))
	}
	if q.Cursor != "" {
		pub, id, err := store.DecodeCursor(q.Cursor)
		if err != nil {
			return page, err
		}
		where = append(where, `(a.published, a.id) < (`+a.add(pub)+`, `+a.add(id)+`)`)
	}
	rows, err := s.pool.Query(ctx, `SELECT `+articleCols+` FROM articles a WHERE `+strings.Join(where, " AND ")+
		` ORDER BY a.published DESC, a.id DESC LIMIT `+a.add(limit+1), a.v...)
	if err != nil {
		return page, fmt.Errorf("postgres: articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		x, err := scanArticle(rows)
		if err != nil {
			return page, err
		}
		page.Articles = append(page.Articles, x)
	}
	if err := rows.Err(); err != nil {
		return page, err
	}
	if len(page.Articles) > limit {
		last := page.Articles[limit-1]
		page.Articles = page.Articles[:limit]
		page.Next = store.EncodeCursor(last.Published.String(), int64(last.ID))
	}
	return page, nil
}

// Subjects implements store.Store.
func (s *DB) Subjects(ctx context.Context) ([]store.Subject, error) {
	out, err := subjects(ctx, s.pool)
	if err != nil {
		return nil, err
	}
	ov, err := overrides(ctx, s.pool)
	if err != nil {
		return nil, err
	}
	ov.Subjects(out)
	return out, nil
}

func subjects(ctx context.Context, q querier) ([]store.Subject, error) {
	rows, err := q.Query(ctx, `SELECT key, label, holder, thing, location, nfigures, narticles, ngroups, first, last
		FROM subjects WHERE nfigures > 0 ORDER BY nfigures DESC, key`)
	if err != nil {
		return nil, fmt.Errorf("postgres: subjects: %w", err)
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
	return out, rows.Err()
}

// Timeline implements store.Store. It reads in one repeatable-read
// transaction so that the subject, its figures and links agree.
func (s *DB) Timeline(ctx context.Context, subject string) (*store.Timeline, error) {
	if strings.TrimSpace(subject) == "" {
		return nil, store.BadQuery("empty subject")
	}
	var t *store.Timeline
	var ov *ledger.Overrides
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		subs, err := subjects(ctx, tx)
		if err != nil {
			return err
		}
		best, _, ok := ledger.MatchSubject(subject, subs)
		if !ok {
			return fmt.Errorf("subject %q: %w", subject, store.ErrNotFound)
		}
		t = &store.Timeline{Subject: best}
		if t.Figures, err = loadFigures(ctx, tx, `f.subject=$1 AND a.latest ORDER BY f.day, a.published, f.id`, best.Key); err != nil {
			return err
		}
		if t.Links, err = loadLinks(ctx, tx, `l.to_figure IN (SELECT f.id FROM figures f JOIN articles a ON a.id=f.article WHERE f.subject=$1 AND a.latest) ORDER BY l.id`, best.Key); err != nil {
			return err
		}
		if t.Revisions, err = figureDisputes(ctx, tx, `d.subject=$1 AND d.kind='revision' ORDER BY d.day, d.id`, best.Key); err != nil {
			return err
		}
		ov, err = overrides(ctx, tx)
		return err
	})
	if err != nil {
		return nil, err
	}
	t.Estimates = ledger.Estimates(t.Figures)
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

// readTx runs fn in a read-only repeatable-read transaction: one snapshot
// for queries made of several statements.
func (s *DB) readTx(ctx context.Context, fn func(pgx.Tx) error) error {
	return pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, fn)
}

// Links implements store.Store.
func (s *DB) Links(ctx context.Context, q store.LinkQuery) ([]store.Link, error) {
	where := []string{"TRUE"}
	var a args
	if q.Kind != "" {
		if q.Kind != store.LinkDenies && q.Kind != store.LinkConfirms {
			return nil, store.BadQuery("link kind %q: want denies or confirms", q.Kind)
		}
		where = append(where, "l.kind="+a.add(q.Kind))
	}
	if q.Article != 0 {
		p := a.add(int64(q.Article))
		where = append(where, `(l.from_statement IN (SELECT id FROM statements WHERE article=`+p+`) OR l.to_statement IN (SELECT id FROM statements WHERE article=`+p+`) OR l.to_figure IN (SELECT id FROM figures WHERE article=`+p+`))`)
	}
	if q.Subject != "" {
		where = append(where, `l.to_figure IN (SELECT id FROM figures WHERE subject=`+a.add(clean(q.Subject))+`)`)
	}
	var out []store.Link
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		var err error
		out, err = loadLinks(ctx, tx, strings.Join(where, " AND ")+` ORDER BY l.id DESC LIMIT `+a.add(store.ClampLimit(q.Limit, 100, 10000)), a.v...)
		if err != nil {
			return err
		}
		ov, err := overrides(ctx, tx)
		if err != nil {
			return err
		}
		out = ov.Links(out)
		return nil
	})
	return out, err
}

var stances = map[string]bool{extract.Asserts: true, extract.Denies: true, extract.Confirms: true, extract.Questions: true}

const claimCols = `c.id, c.kind, c.ref, c.article, a.doc_id, a.url, a.grp, c.published, c.outlet, a.title, c.speaker, c.stance, c.anonymous,
	CASE c.kind WHEN 'statement' THEN t.content ELSE f.text END, COALESCE(t.target,''), c.subject, f.value,
	COALESCE(t.span_s, f.span_s), COALESCE(t.span_e, f.span_e), COALESCE(t.sent_s, f.sent_s), COALESCE(t.sent_e, f.sent_e),
	COALESCE(t.evidence, f.evidence)`

const claimFrom = ` FROM claims c JOIN articles a ON a.id=c.article
	LEFT JOIN statements t ON c.kind='statement' AND t.id=c.ref
	LEFT JOIN figures f ON c.kind='figure' AND f.id=c.ref`

func scanClaim(rows pgx.Rows) (store.Claim, int64, error) {
	var c store.Claim
	var cid int64
	var pub string
	var text, ev *string
	err := rows.Scan(&cid, &c.Kind, &c.ID, &c.Article, &c.DocID, &c.URL, &c.Group, &pub, &c.Outlet, &c.Title, &c.Speaker, &c.Stance, &c.Anonymous,
		&text, &c.Target, &c.Subject, &c.Value, &c.Span.Start, &c.Span.End, &c.Sentence.Start, &c.Sentence.End, &ev)
	if err != nil {
		return c, 0, err
	}
	c.Published, _ = document.ParseDate(pub)
	c.Text, c.Evidence = deref(text), deref(ev)
	return c, cid, nil
}

// Claims implements store.Store.
func (s *DB) Claims(ctx context.Context, q store.ClaimQuery) (store.ClaimPage, error) {
	var page store.ClaimPage
	limit := store.ClampLimit(q.Limit, 50, 1000)
	where := []string{"c.latest"}
	var a args
	if q.Speaker != "" {
		where = append(where, a.contains("c.speaker", q.Speaker))
	}
	if q.Source != "" {
		where = append(where, a.contains("c.outlet", q.Source))
	}
	if q.Stance != "" {
		if !stances[q.Stance] {
			return page, store.BadQuery("stance %q: want asserts, denies, confirms or questions", q.Stance)
		}
		where = append(where, `c.kind='statement' AND c.stance=`+a.add(q.Stance))
	}
	switch q.Kind {
	case "":
	case "statement", "figure":
		where = append(where, `c.kind=`+a.add(q.Kind))
	default:
		return page, store.BadQuery("kind %q: want statement or figure", q.Kind)
	}
	if !q.Since.IsZero() {
		where = append(where, `c.published >= `+a.add(q.Since.String()))
	}
	if !q.Until.IsZero() {
		where = append(where, `c.published <> '' AND c.published <= `+a.add(q.Until.String()))
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Time().Before(q.Since.Time()) {
		return page, store.BadQuery("--until %s is before --since %s", q.Until, q.Since)
	}
	if q.Anonymous {
		where = append(where, `c.anonymous`)
	}
	if strings.TrimSpace(q.Text) != "" {
		if len(q.Text) > maxQueryTextLength {
			return page, store.BadQuery("query text longer than %d bytes", maxQueryTextLength)
		}
		w := ftsWords(q.Text, 64)
		if len(w) == 0 {
			return page, store.BadQuery("query %q has no words to search for", q.Text)
		}
		where = append(where, `c.tsv @@ plainto_tsquery('`+ftsConfig+`', `+a.add(clean(strings.Join(w, " ")))+`)`)
	}
	if q.Cursor != "" {
		pub, id, err := store.DecodeCursor(q.Cursor)
		if err != nil {
			return page, err
		}
		where = append(where, `(c.published, c.id) < (`+a.add(pub)+`, `+a.add(id)+`)`)
	}
	rows, err := s.pool.Query(ctx, `SELECT `+claimCols+claimFrom+` WHERE `+strings.Join(where, " AND ")+
		` ORDER BY c.published DESC, c.id DESC LIMIT `+a.add(limit+1), a.v...)
	if err != nil {
		return page, fmt.Errorf("postgres: claims: %w", err)
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
	ov, err := overrides(ctx, s.pool)
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
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		out = nil
		ov, err := overrides(ctx, tx)
		if err != nil {
			return err
		}
		if q.Kind != store.DisputeClaim {
			where := []string{"d.kind <> 'revision'"}
			var a args
			if q.Kind != "" {
				where = []string{"d.kind=" + a.add(q.Kind)}
			}
			if q.Subject != "" {
				where = append(where, "d.subject="+a.add(clean(q.Subject)))
			}
			ds, err := figureDisputes(ctx, tx, strings.Join(where, " AND ")+` ORDER BY d.score DESC, d.day DESC, d.id DESC LIMIT `+a.add(limit), a.v...)
			if err != nil {
				return err
			}
			out = append(out, ov.FigureDisputes(ds)...)
		}
		if (q.Kind == "" || q.Kind == store.DisputeClaim) && q.Subject == "" {
			ds, err := disputedClaims(ctx, tx, store.ClaimWindow(limit))
			if err != nil {
				return err
			}
			out = append(out, ov.ClaimCards(ds)...)
		}
		return nil
	})
	if err != nil {
		return nil, err
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
func figureDisputes(ctx context.Context, tx querier, where string, args ...any) ([]store.Dispute, error) {
	rows, err := tx.Query(ctx, `SELECT d.id, d.sig, d.kind, d.subject, s.label, d.day, d.note, d.score, d.reports, d.a, d.b FROM discrepancies d JOIN subjects s ON s.key=d.subject
		WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: disputes: %w", err)
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
		fs, err := loadFigures(ctx, tx, `f.id = ANY($1)`, ids)
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
func disputedClaims(ctx context.Context, tx pgx.Tx, limit int) ([]store.Dispute, error) {
	rows, err := tx.Query(ctx, `SELECT to_statement, to_figure, MAX(id) FROM links WHERE kind='denies'
		GROUP BY to_statement, to_figure ORDER BY MAX(id) DESC LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("postgres: disputed: %w", err)
	}
	type tgt struct {
		s, f *int64
		max  int64
	}
	var ts []tgt
	for rows.Next() {
		var t tgt
		if err := rows.Scan(&t.s, &t.f, &t.max); err != nil {
			rows.Close()
			return nil, err
		}
		ts = append(ts, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// The claims and their links in a few queries, however many targets.
	var sIDs, fIDs []int64
	for _, t := range ts {
		if t.s != nil {
			sIDs = append(sIDs, *t.s)
		} else if t.f != nil {
			fIDs = append(fIDs, *t.f)
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
		rows, err := tx.Query(ctx, `SELECT `+claimCols+claimFrom+` WHERE c.kind=$1 AND c.ref = ANY($2)`, x.kind, x.ids)
		if err != nil {
			return nil, fmt.Errorf("postgres: disputed claims: %w", err)
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
		ls, err := loadLinks(ctx, tx, `l.`+x.col+` = ANY($1) ORDER BY l.id`, x.ids)
		if err != nil {
			return nil, err
		}
		for _, l := range ls {
			k := [2]int64{x.n, 0}
			if l.ToStatement != nil {
				k[1] = l.ToStatement.ID
			} else if l.ToFigure != nil {
				k[1] = l.ToFigure.ID
			}
			links[k] = append(links[k], l)
		}
	}
	var out []store.Dispute
	for _, t := range ts {
		var k [2]int64
		switch {
		case t.s != nil:
			k = [2]int64{0, *t.s}
		case t.f != nil:
			k = [2]int64{1, *t.f}
		default:
			continue
		}
		c := claims[k]
		if c == nil {
			continue
		}
		out = append(out, store.ClaimDispute(-t.max, c, links[k]))
	}
	return out, nil
}

// Search implements store.Store as the SQLite store does: articles with
// all of the three rarest words first, then, if too few, articles with any
// of the words; each part ranked by ts_rank (length-normalized, as FTS5's
// bm25 is; the two rank differently within a part).
func (s *DB) Search(ctx context.Context, text string, limit int) ([]store.Article, error) {
	if len(text) > maxQueryTextLength {
		return nil, store.BadQuery("text longer than %d bytes", maxQueryTextLength)
	}
	words := ledger.ContentWords(text)
	if len(ftsWords(strings.Join(words, " "), 1)) == 0 {
		return nil, store.BadQuery("%q has no words to search for", text)
	}
	// The rarest words rank and bound the search; words the index does
	// not know as such (stemmed differently) are added when few are found.
	rare, err := s.rareTerms(ctx, "articles", words, 8)
	if err != nil {
		return nil, err
	}
	if len(rare) < 3 {
		rare = append(rare, words...)
	}
	limit = store.ClampLimit(limit, 20, 200)
	clip := func(w []string) []string {
		for i := range w {
			w[i] = clean(w[i])
		}
		return w
	}
	// Each query is a list of word groups, any of which must match whole.
	queries := [][]string{clip(ftsWords(strings.Join(rare, " "), 32))}
	if len(rare) >= 3 {
		queries = append([][]string{{clean(strings.Join(ftsWords(strings.Join(rare[:3], " "), 3), " "))}}, queries...)
	}
	var out []store.Article
	seen := map[store.ArticleID]bool{}
	for _, groups := range queries {
		if len(out) >= limit {
			break
		}
		rows, err := s.pool.Query(ctx, `SELECT `+articleCols+`, a.text, a.sentences FROM articles a, `+anyOf("$1")+` AS w(q)
			WHERE a.tsv @@ q AND a.latest ORDER BY ts_rank(a.tsv, q, 1) DESC, a.id LIMIT $2`, groups, limit)
		if err != nil {
			return nil, fmt.Errorf("postgres: search: %w", err)
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
		rows, err := s.pool.Query(ctx, `SELECT id FROM articles WHERE id > $1 ORDER BY id LIMIT 500`, last)
		if err != nil {
			return fmt.Errorf("postgres: export: %w", err)
		}
		ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
		if err != nil {
			return fmt.Errorf("postgres: export: %w", err)
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

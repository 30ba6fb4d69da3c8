package postgres

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

const reviewCols = `id, kind, key, article, span_s, span_e, snippet, sent_offset, action, field, value, who, at, note`

func loadReviews(ctx context.Context, q querier, where string, args ...any) ([]store.Review, error) {
	rows, err := q.Query(ctx, `SELECT `+reviewCols+` FROM reviews WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: reviews: %w", err)
	}
	defer rows.Close()
	var out []store.Review
	for rows.Next() {
		var r store.Review
		if err := rows.Scan(&r.ID, &r.Kind, &r.Key, &r.Article, &r.Span.Start, &r.Span.End, &r.Snippet, &r.Offset,
			&r.Action, &r.Field, &r.Value, &r.Who, &r.At, &r.Note); err != nil {
			return nil, err
		}
		r.At = r.At.UTC()
		out = append(out, r)
	}
	return out, rows.Err()
}

// overrides reads the whole audit log for the ledger to apply.
func overrides(ctx context.Context, q querier) (*ledger.Overrides, error) {
	rs, err := loadReviews(ctx, q, `TRUE ORDER BY id`)
	if err != nil {
		return nil, err
	}
	return ledger.NewOverrides(rs), nil
}

// Reviews implements store.Store.
func (s *DB) Reviews(ctx context.Context, q store.ReviewQuery) ([]store.Review, error) {
	var a args
	where := []string{"id > " + a.add(q.After)}
	if q.Kind != "" {
		where = append(where, "kind="+a.add(clean(q.Kind)))
	}
	if q.Key != "" {
		where = append(where, "key="+a.add(clean(q.Key)))
	}
	out, err := loadReviews(ctx, s.pool, strings.Join(where, " AND ")+` ORDER BY id LIMIT `+a.add(store.ClampLimit(q.Limit, 1000, 100000)), a.v...)
	if out == nil && err == nil {
		out = []store.Review{}
	}
	return out, err
}

// Reviews implements ledger.Tx.
func (l ledgerTx) Reviews(ctx context.Context) ([]store.Review, error) {
	return loadReviews(ctx, l.tx, `TRUE ORDER BY id`)
}

// FactArticle implements store.Store.
func (s *DB) FactArticle(ctx context.Context, kind string, id int64) (store.ArticleID, error) {
	var q string
	switch kind {
	case store.ReviewFigure:
		q = `SELECT article FROM figures WHERE id=$1`
	case store.ReviewStatement:
		q = `SELECT article FROM statements WHERE id=$1`
	case store.ReviewLink:
		q = `SELECT t.article FROM links l JOIN statements t ON t.id=l.from_statement WHERE l.id=$1`
	default:
		return 0, store.BadQuery("fact kind %q: want figure, statement or link", kind)
	}
	var a int64
	err := s.pool.QueryRow(ctx, q, id).Scan(&a)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, fmt.Errorf("%s %d: %w", kind, id, store.ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("postgres: fact: %w", err)
	}
	return store.ArticleID(a), nil
}

// AddReview implements store.Store.
func (s *DB) AddReview(ctx context.Context, r store.Review) (store.Review, error) {
	if err := ledger.ValidateReview(&r); err != nil {
		return r, err
	}
	if r.At.IsZero() {
		r.At = time.Now().UTC()
	}
	r.At = r.At.UTC().Truncate(time.Microsecond)
	for _, p := range []*string{&r.Kind, &r.Key, &r.Article, &r.Snippet, &r.Action, &r.Field, &r.Value, &r.Who, &r.Note} {
		*p = clean(*p)
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return r, fmt.Errorf("postgres: review: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if err := tx.QueryRow(ctx, `INSERT INTO reviews(kind,key,article,span_s,span_e,snippet,sent_offset,action,field,value,who,at,note)
		VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) RETURNING id`,
		r.Kind, r.Key, r.Article, r.Span.Start, r.Span.End, r.Snippet, r.Offset, r.Action, r.Field, r.Value, r.Who, r.At, r.Note).Scan(&r.ID); err != nil {
		return r, fmt.Errorf("postgres: review: %w", err)
	}
	ov, err := overrides(ctx, tx)
	if err != nil {
		return r, err
	}
	article, subjects := ledger.ReviewScope(&r)
	var a args
	var where []string
	if article != "" {
		p := a.add(article)
		where = append(where, `f.article IN (SELECT id FROM articles WHERE url=`+p+` OR doc_id=`+p+`)`)
	}
	if len(subjects) > 0 {
		where = append(where, `f.subject = ANY(`+a.add(subjects)+`::text[])`)
	}
	touched := subjects
	if len(where) > 0 {
		t, err := refile(ctx, tx, ov, "("+strings.Join(where, " OR ")+")", a.v...)
		if err != nil {
			return r, err
		}
		touched = append(touched, t...)
	}
	if err := ledger.UpdateSubjects(ctx, ledgerTx{tx: tx, all: true}, touched); err != nil {
		return r, fmt.Errorf("postgres: review: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return r, fmt.Errorf("postgres: review: %w", err)
	}
	s.bumpVersion(ctx)
	return r, nil
}

// refile files the figures selected by where (over figures f, with
// parameters args) again, with the reviews applied
// (ledger.Overrides.Filed), and returns the subjects they left or joined.
func refile(ctx context.Context, tx pgx.Tx, ov *ledger.Overrides, where string, args ...any) ([]string, error) {
	var touched []string
	var last int64
	p := "$" + strconv.Itoa(len(args)+1)
	for {
		fs, err := loadFiguresCols(ctx, tx, figureColsLight, where+` AND f.id > `+p+` ORDER BY f.id LIMIT 1000`, append(append([]any(nil), args...), last)...)
		if err != nil {
			return nil, err
		}
		if len(fs) == 0 {
			return touched, nil
		}
		var prior []ledger.Line
		pb := &pgx.Batch{}
		outlets := make([]string, len(fs))
		for i := range fs {
			outlets[i] = fs[i].Outlet
		}
		queuePriorLines(pb, figuresOf(fs), math.MaxInt, outlets, &prior)
		if err := tx.SendBatch(ctx, pb).Close(); err != nil {
			return nil, fmt.Errorf("postgres: refile: %w", err)
		}
		b := &pgx.Batch{}
		for i := range fs {
			f := &fs[i]
			last = f.ID
			subj, day, moved := ov.RefiledLine(f, ledger.Repeat(ledger.LineOf(f), prior))
			if !moved {
				continue
			}
			touched = append(touched, f.Subject, subj.Key)
			var sk *string
			if subj.Key != "" {
				k := clean(subj.Key)
				sk = &k
				b.Queue(`INSERT INTO subjects(key,label,holder,thing,location) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`,
					k, clean(subj.Label), clean(subj.Holder), clean(subj.Thing), clean(subj.Location))
			}
			b.Queue(`UPDATE figures SET subject=$1, day=$2 WHERE id=$3`, sk, day, f.ID)
			b.Queue(`UPDATE claims SET subject=$1 WHERE kind='figure' AND ref=$2`, clean(subj.Key), f.ID)
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return nil, fmt.Errorf("postgres: refile: %w", err)
		}
	}
}

// figuresOf returns the extracted figures of stored rows.
func figuresOf(fs []store.FigureRow) []extract.Figure {
	out := make([]extract.Figure, len(fs))
	for i := range fs {
		out[i] = fs[i].Figure
	}
	return out
}

package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

const reviewCols = `id, kind, key, article, span_s, span_e, snippet, sent_offset, action, field, value, who, at, note`

func loadReviews(ctx context.Context, q querier, where string, args ...any) ([]store.Review, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+reviewCols+` FROM reviews WHERE `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: reviews: %w", err)
	}
	defer rows.Close()
	var out []store.Review
	for rows.Next() {
		var r store.Review
		var at string
		if err := rows.Scan(&r.ID, &r.Kind, &r.Key, &r.Article, &r.Span.Start, &r.Span.End, &r.Snippet, &r.Offset,
			&r.Action, &r.Field, &r.Value, &r.Who, &at, &r.Note); err != nil {
			return nil, err
		}
		r.At, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, r)
	}
	return out, rows.Err()
}

// overrides reads the whole audit log for the ledger to apply.
func overrides(ctx context.Context, q querier) (*ledger.Overrides, error) {
	rs, err := loadReviews(ctx, q, `1=1 ORDER BY id`)
	if err != nil {
		return nil, err
	}
	return ledger.NewOverrides(rs), nil
}

// Reviews implements store.Store.
func (s *DB) Reviews(ctx context.Context, q store.ReviewQuery) ([]store.Review, error) {
	where := []string{"id > ?"}
	args := []any{q.After}
	if q.Kind != "" {
		where = append(where, "kind=?")
		args = append(args, q.Kind)
	}
	if q.Key != "" {
		where = append(where, "key=?")
		args = append(args, q.Key)
	}
	args = append(args, store.ClampLimit(q.Limit, 1000, 100000))
	out, err := loadReviews(ctx, s.db, strings.Join(where, " AND ")+` ORDER BY id LIMIT ?`, args...)
	if out == nil && err == nil {
		out = []store.Review{}
	}
	return out, err
}

// Reviews implements ledger.Tx.
func (l ledgerTx) Reviews(ctx context.Context) ([]store.Review, error) {
	return loadReviews(ctx, l.tx, `1=1 ORDER BY id`)
}

// FactArticle implements store.Store.
func (s *DB) FactArticle(ctx context.Context, kind string, id int64) (store.ArticleID, error) {
	var q string
	switch kind {
	case store.ReviewFigure:
		q = `SELECT article FROM figures WHERE id=?`
	case store.ReviewStatement:
		q = `SELECT article FROM statements WHERE id=?`
	case store.ReviewLink:
		q = `SELECT t.article FROM links l JOIN statements t ON t.id=l.from_statement WHERE l.id=?`
	default:
		return 0, store.BadQuery("fact kind %q: want figure, statement or link", kind)
	}
	var a int64
	err := s.db.QueryRowContext(ctx, q, id).Scan(&a)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("%s %d: %w", kind, id, store.ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("sqlite: fact: %w", err)
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
	sqltx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return r, fmt.Errorf("sqlite: review: %w", err)
	}
	defer sqltx.Rollback()
	tx := newTxc(sqltx)
	defer tx.Close()
	res, err := tx.ExecContext(ctx, `INSERT INTO reviews(kind,key,article,span_s,span_e,snippet,sent_offset,action,field,value,who,at,note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		r.Kind, r.Key, r.Article, r.Span.Start, r.Span.End, r.Snippet, r.Offset, r.Action, r.Field, r.Value, r.Who, r.At.Format(time.RFC3339Nano), r.Note)
	if err != nil {
		return r, fmt.Errorf("sqlite: review: %w", err)
	}
	r.ID = mustID(res)
	ov, err := overrides(ctx, tx)
	if err != nil {
		return r, err
	}
	article, subjects := ledger.ReviewScope(&r)
	var where []string
	var args []any
	if article != "" {
		where = append(where, `f.article IN (SELECT id FROM articles WHERE url=? OR doc_id=?)`)
		args = append(args, article, article)
	}
	if len(subjects) > 0 {
		where = append(where, `f.subject IN (SELECT value FROM json_each(?))`)
		args = append(args, jsonStrings(subjects))
	}
	touched := subjects
	if len(where) > 0 {
		t, err := refile(ctx, tx, ov, "("+strings.Join(where, " OR ")+")", args...)
		if err != nil {
			return r, err
		}
		touched = append(touched, t...)
	}
	// A review refiles figures: the touched subjects are counted again.
	if err := ledger.UpdateSubjects(ctx, ledgerTx{tx: tx, all: true}, touched); err != nil {
		return r, fmt.Errorf("sqlite: review: %w", err)
	}
	if err := bumpVersion(ctx, tx); err != nil {
		return r, err
	}
	tx.Close()
	if err := sqltx.Commit(); err != nil {
		return r, fmt.Errorf("sqlite: review: %w", err)
	}
	return r, nil
}

// jsonStrings encodes xs as a JSON array for json_each. encoding/json
// escapes what JSON needs (Go's %q does not: it writes \x00-style escapes).
func jsonStrings(xs []string) string {
	b, _ := json.Marshal(xs) // a []string always encodes
	return string(b)
}

// refile files the figures selected by where (over figures f) again, with
// the reviews applied (ledger.Overrides.Filed), and returns the subjects
// they left or joined.
func refile(ctx context.Context, tx *txc, ov *ledger.Overrides, where string, args ...any) ([]string, error) {
	var touched []string
	var last int64
	for {
		fs, err := loadFiguresLight(ctx, tx, `f.id > ? AND `+where+` ORDER BY f.id LIMIT 1000`, append([]any{last}, args...)...)
		if err != nil {
			return nil, err
		}
		if len(fs) == 0 {
			return touched, nil
		}
		outlets := make([]string, len(fs))
		for i := range fs {
			outlets[i] = fs[i].Outlet
		}
		prior, err := priorLines(ctx, tx, figuresOf(fs), outlets, math.MaxInt, 0, math.MaxInt64)
		if err != nil {
			return nil, err
		}
		for i := range fs {
			f := &fs[i]
			last = f.ID
			subj, day, moved := ov.RefiledLine(f, ledger.Repeat(ledger.LineOf(f), prior))
			if !moved {
				continue
			}
			touched = append(touched, f.Subject, subj.Key)
			var sk any
			if subj.Key != "" {
				sk = subj.Key
				if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO subjects(key,label,holder,thing,location) VALUES (?,?,?,?,?)`,
					subj.Key, subj.Label, subj.Holder, subj.Thing, subj.Location); err != nil {
					return nil, fmt.Errorf("sqlite: refile: %w", err)
				}
			}
			if _, err := tx.ExecContext(ctx, `UPDATE figures SET subject=?, day=? WHERE id=?`, sk, day, f.ID); err != nil {
				return nil, fmt.Errorf("sqlite: refile: %w", err)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE claims SET subject=? WHERE kind='figure' AND ref=?`, subj.Key, f.ID); err != nil {
				return nil, fmt.Errorf("sqlite: refile: %w", err)
			}
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

package sqlite

import (
	"context"
	"database/sql"
	"runtime/pprof"
	"strings"
	"sync/atomic"
)

// labelStatements is LabelStatements' switch.
var labelStatements atomic.Bool

// LabelStatements, when on, makes each statement a save or relink runs set
// the goroutine's pprof label "stmt" to its SQL (the first 90 characters),
// so that a CPU profile splits by statement (go tool pprof -tags). The
// label stays until the next statement: rows read after a query, and the
// Go work that follows, count to it. For profiling; off by default.
func LabelStatements(on bool) { labelStatements.Store(on) }

// restoreLabels gives the goroutine back the labels of ctx once a save or
// relink is done (LabelStatements).
func restoreLabels(ctx context.Context) {
	if labelStatements.Load() {
		pprof.SetGoroutineLabels(ctx)
	}
}

// label sets the statement label (LabelStatements).
func label(ctx context.Context, q string) {
	if !labelStatements.Load() {
		return
	}
	q = strings.Join(strings.Fields(q), " ")
	if len(q) > 90 {
		q = q[:90]
	}
	pprof.SetGoroutineLabels(pprof.WithLabels(ctx, pprof.Labels("stmt", q)))
}

// txc is a transaction that prepares each distinct statement once and
// reuses it: parsing SQL dominated the cost of saving otherwise.
type txc struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func newTxc(tx *sql.Tx) *txc { return &txc{tx: tx, stmts: map[string]*sql.Stmt{}} }

func (c *txc) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	label(ctx, q)
	if s, ok := c.stmts[q]; ok {
		return s, nil
	}
	s, err := c.tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	c.stmts[q] = s
	return s, nil
}

// ExecContext runs a cached statement.
func (c *txc) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	s, err := c.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

// QueryContext runs a cached query.
func (c *txc) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	s, err := c.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.QueryContext(ctx, args...)
}

// QueryRowContext runs a cached single-row query. A preparation error
// surfaces from Scan, as with sql.Tx.
func (c *txc) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	s, err := c.stmt(ctx, q)
	if err != nil {
		return c.tx.QueryRowContext(ctx, q, args...)
	}
	return s.QueryRowContext(ctx, args...)
}

// Close releases the prepared statements.
func (c *txc) Close() {
	for _, s := range c.stmts {
		s.Close()
	}
}

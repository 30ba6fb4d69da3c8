package sqlite

import (
	"context"
	"database/sql"
)

// txc is a transaction that prepares each distinct statement once and
// reuses it: parsing SQL dominated the cost of saving otherwise.
type txc struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func newTxc(tx *sql.Tx) *txc { return &txc{tx: tx, stmts: map[string]*sql.Stmt{}} }

func (c *txc) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
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

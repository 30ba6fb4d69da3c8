package server

import (
	"context"
	"sync"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/stance"
)

// modelJudge adapts the stance model to ledger.Judge.
type modelJudge struct{ m *stance.Model }

func (j modelJudge) Judge(claim, text string) (string, float64) {
	r := j.m.Judge(claim, text)
	return r.Stance, r.Confidence
}

// defaultJudge is the embedded stance model, or the lexical judge when the
// model cannot be loaded.
var defaultJudge = sync.OnceValues(func() (ledger.Judge, string) {
	if m, err := stance.Default(); err == nil && m != nil {
		return modelJudge{m}, "stance-model"
	}
	return ledger.LexicalJudge{}, "lexical"
})

// The check itself is the ledger's (ledger.Check): the CLI's and the
// API's answers come from the same code and thresholds.
type (
	CheckEvidence = ledger.CheckEvidence
	CheckResult   = ledger.CheckResult
)

// Check verdicts.
const (
	VerdictSupports = ledger.VerdictSupports
	VerdictDenies   = ledger.VerdictDenies
	VerdictObserves = ledger.VerdictObserves
)

// check runs ledger.Check over the server's store with the stance model.
func (s *Server) check(ctx context.Context, claim string, limit int, since, until document.Date) (*CheckResult, error) {
	judge, name := defaultJudge()
	return ledger.Check(ctx, s.store, claim, ledger.CheckQuery{Limit: limit, Since: since, Until: until, Judge: judge, JudgeName: name})
}

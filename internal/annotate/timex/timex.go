// Package timex finds time expressions and normalizes them to TIMEX3/ISO 8601
// values against a reference date (the article's publication date).
package timex

import (
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// Expr is one time expression.
type Expr struct {
	Span document.Span
	// Type is DATE, TIME, DURATION or SET (TimeML).
	Type string
	// Value is the TIMEX3 value ("2019-02-17", "2019-12", "2019-W07",
	// "P3M", "PRESENT_REF"), or "" when it cannot be resolved (for
	// example a relative date with no reference date).
	Value string
	// Mod is a TIMEX3 mod such as BEFORE, AFTER, ON_OR_AFTER ("since"),
	// APPROX, START, END, or "".
	Mod string
}

// Find appends the time expressions of text to dst, resolving relative ones
// against ref; a zero ref leaves relative values unresolved.
// TODO(timex owner): replace this placeholder with the real tagger.
func Find(text string, toks []segment.Token, ref document.Date, dst []Expr) []Expr {
	return dst
}

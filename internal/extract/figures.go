package extract

import "github.com/claimtrack/claimtrack/internal/annotate"

// Figures finds reported figures in a, using the statements to attribute
// them to a source.
func Figures(a *annotate.Annotation, stmts []Statement) []Figure {
	return []Figure{}
}

package extract

import "github.com/claimtrack/claimtrack/internal/annotate"

// Statements finds attributions in a: speaker, cue, content and stance.
// TODO(statements owner): replace this placeholder.
func Statements(a *annotate.Annotation) []Statement {
	return []Statement{}
}

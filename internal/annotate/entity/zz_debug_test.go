package entity

import (
	"os"
	"testing"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
)

func TestZZDebug(t *testing.T) {
	p := os.Getenv("ENT_DEBUG")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	text := string(b)
	toks := segment.Tokenize(text, nil)
	sents := segment.Sentences(text, toks, nil)
	for _, e := range Find(text, toks, sents, nil) {
		t.Logf("%-7s %-35q norm=%q c=%q title=%q role=%q", e.Type, e.Span.Of(text), e.Norm, e.Country, e.Title, e.Role)
	}
}

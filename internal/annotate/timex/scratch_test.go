package timex

import (
	"os"
	"testing"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

func TestScratch(t *testing.T) {
	s := os.Getenv("TX")
	if s == "" {
		t.Skip()
	}
	ref, _ := document.ParseDate(os.Getenv("TXREF"))
	toks := segment.Tokenize(s, nil)
	for _, k := range toks {
		t.Logf("tok %q %d %b", k.Text(s), k.Kind, k.Flags)
	}
	for _, e := range Find(s, toks, ref, nil) {
		t.Logf("%q %+v", e.Span.Of(s), e)
	}
}

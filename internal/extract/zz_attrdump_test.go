package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/claimtrack/claimtrack/internal/annotate"
	"github.com/claimtrack/claimtrack/internal/document"
)

// TestDumpStatements prints the statements of the file named by
// CLAIMTRACK_DUMP; it is a development aid and skips otherwise.
func TestDumpStatements(t *testing.T) {
	p := os.Getenv("CLAIMTRACK_DUMP")
	if p == "" {
		t.Skip("set CLAIMTRACK_DUMP=file to print its statements")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	doc := document.New(string(b))
	for _, s := range Statements(annotate.Annotate(doc)) {
		fmt.Printf("%-12s %-30q %-22q type=%s anon=%v role=%q src=%q\n   content=%q\n   stance=%s target=%q direct=%v\n",
			s.Cue, s.Speaker, s.SpeakerSpan.Of(doc.Text), s.SpeakerType, s.Anonymous, s.SpeakerRole, "", trunc(s.Content), s.Stance, s.Target, s.Direct)
	}
}

func trunc(x string) string {
	if len(x) > 110 {
		return x[:60] + " … " + x[len(x)-40:]
	}
	return x
}

package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/annotate"
	"github.com/claimtrack/claimtrack/internal/document"
)

// BenchmarkStatements measures Statements alone (annotation done once,
// outside the loop) on the project's sample article, and reports ns/word.
func BenchmarkStatements(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "samples", "01-garrison-report.txt"))
	if err != nil {
		b.Skipf("sample article missing: %v", err)
	}
	// a long article: the sample repeated as paragraphs
	text := strings.Repeat(string(data)+"\n\n", 4)
	doc := document.New(text)
	a := annotate.Annotate(doc)
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Statements(a)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words), "ns/word")
}

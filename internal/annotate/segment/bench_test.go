package segment

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
)

// loadBBC reads the BBC corpus as separate articles (skip when absent).
func loadBBC(b *testing.B) ([]string, int) {
	root := sharedDir(b, filepath.Join("data", "bbc-news", "bbc"))
	files, _ := filepath.Glob(filepath.Join(root, "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("no BBC files")
	}
	var docs []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(data))
		size += len(data)
	}
	return docs, size
}

func countWords(toks []Token) int {
	n := 0
	for _, t := range toks {
		if t.Kind == Word || t.Kind == Number {
			n++
		}
	}
	return n
}

// BenchmarkTokenizeSentences runs Tokenize+Sentences over the 2,225 BBC
// articles per iteration; it reports MB/s and words/s.
func BenchmarkTokenizeSentences(b *testing.B) {
	docs, size := loadBBC(b)
	words := 0
	var toks []Token
	for _, d := range docs {
		toks = Tokenize(d, toks[:0])
		words += countWords(toks)
	}
	var sents []documentSpan
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			toks = Tokenize(d, toks[:0])
			sents = Sentences(d, toks, sents[:0])
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkZones measures the layout zones alone over the BBC articles
// (tokens and sentences computed beforehand).
func BenchmarkZones(b *testing.B) {
	docs, size := loadBBC(b)
	toks := make([][]Token, len(docs))
	sents := make([][]documentSpan, len(docs))
	for i, d := range docs {
		toks[i] = Tokenize(d, nil)
		sents[i] = Sentences(d, toks[i], nil)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			Zones(d, toks[i], sents[i])
		}
	}
}

type documentSpan = document.Span

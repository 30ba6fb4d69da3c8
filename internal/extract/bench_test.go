package extract_test

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ingest"
)

// benchArticles returns the project's own sample article bodies, plus the
// BBC corpus when ../shared is present.
func benchArticles(b testing.TB) []*document.Document {
	var docs []*document.Document
	root := "../../testdata/samples"
	files, _ := filepath.Glob(filepath.Join(root, "*.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		doc := document.New(string(data))
		doc.Published = document.Date{Year: 2024, Month: 3, Day: 12}
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		b.Fatal("no sample articles")
	}
	return docs
}

func words(s string) int { return len(strings.Fields(s)) }

// BenchmarkExtract measures the whole extraction of one article: all
// annotation layers, figures and statements. Reports words/s on one core.
func BenchmarkExtract(b *testing.B) {
	docs := benchArticles(b)
	n, size := 0, 0
	for _, d := range docs {
		n += words(d.Text)
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			extract.Extract(d)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkExtractBBC runs over the BBC corpus in ../shared when present.
func BenchmarkExtractBBC(b *testing.B) {
	shared := sharedDir(b)
	var docs []*document.Document
	_ = ingestDir(filepath.Join(shared, "data", "bbc-news", "bbc"), func(d *document.Document) { docs = append(docs, d) })
	n, size := 0, 0
	for _, d := range docs {
		n += words(d.Text)
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			extract.Extract(d)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func ingestDir(dir string, fn func(*document.Document)) error {
	return ingest.Walk(context.Background(), []string{dir}, nil, ingest.Options{}, func(it ingest.Item) error {
		if it.Doc != nil {
			fn(it.Doc)
		}
		return nil
	})
}

// BenchmarkExtractJSON adds what `claimtrack extract` does around
// extraction: encoding each result as one JSON line.
func BenchmarkExtractJSON(b *testing.B) {
	shared := sharedDir(b)
	var docs []*document.Document
	_ = ingestDir(filepath.Join(shared, "data", "bbc-news", "bbc"), func(d *document.Document) { docs = append(docs, d) })
	n := 0
	for _, d := range docs {
		n += words(d.Text)
	}
	enc := json.NewEncoder(io.Discard)
	enc.SetEscapeHTML(false)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if err := enc.Encode(extract.Extract(d)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkExtractAppendJSON is BenchmarkExtractJSON as `claimtrack
// extract` now does it: a reusing Extractor and the append-based writer.
func BenchmarkExtractAppendJSON(b *testing.B) {
	shared := sharedDir(b)
	var docs []*document.Document
	_ = ingestDir(filepath.Join(shared, "data", "bbc-news", "bbc"), func(d *document.Document) { docs = append(docs, d) })
	n := 0
	for _, d := range docs {
		n += words(d.Text)
	}
	var x extract.Extractor
	var line []byte
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			var err error
			if line, err = x.Extract(d).AppendJSON(line[:0]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

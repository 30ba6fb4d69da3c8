package annotate_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/claimtrack/claimtrack/internal/annotate"
	"github.com/claimtrack/claimtrack/internal/annotate/entity"
	"github.com/claimtrack/claimtrack/internal/annotate/quantity"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/annotate/timex"
	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/ingest"
	"github.com/claimtrack/claimtrack/internal/shareddata"
)

// bbcDocs reads the BBC News corpus from ../shared (skipping when absent).
func bbcDocs(b *testing.B) []*document.Document {
	dir := filepath.Join(shareddata.Dir(b, "data"), "bbc-news", "bbc")
	var docs []*document.Document
	err := ingest.Walk(context.Background(), []string{dir}, nil, ingest.Options{}, func(it ingest.Item) error {
		if it.Doc != nil {
			docs = append(docs, it.Doc)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	if len(docs) == 0 {
		b.Skip("no BBC articles read")
	}
	return docs
}

// BenchmarkAnnotateBBC measures the annotation layers, the hot path of
// extraction, over the 2,225 BBC articles: all layers as extraction runs
// them (reusing the previous article's slices), then each layer alone on
// tokens computed beforehand. Reports wall and CPU ns per token (b.N counts
// passes over the corpus, so B/op and allocs/op are per pass).
func BenchmarkAnnotateBBC(b *testing.B) {
	docs := bbcDocs(b)
	type prep struct {
		toks  []segment.Token
		sents []document.Span
	}
	preps := make([]prep, len(docs))
	ntok, size := 0, 0
	for i, d := range docs {
		toks := segment.Tokenize(d.Text, nil)
		preps[i] = prep{toks, segment.Sentences(d.Text, toks, nil)}
		ntok += len(toks)
		size += len(d.Text)
	}
	// perToken reports wall and CPU (user+system of the process) time per
	// token: on a shared machine the CPU figure is the one to compare.
	var cpu0 int64
	perToken := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(ntok), "ns/token")
		if cpu0 != 0 {
			b.ReportMetric(float64(cpuNanos()-cpu0)/float64(b.N)/float64(ntok), "cpu-ns/token")
		}
	}
	start := func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		b.ResetTimer()
		cpu0 = cpuNanos()
	}
	b.Run("all", func(b *testing.B) {
		start(b)
		var spare *annotate.Annotation
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				a := annotate.AnnotateReusing(d, spare)
				spare = a.Spare()
			}
		}
		perToken(b)
	})
	b.Run("tokenize", func(b *testing.B) {
		start(b)
		var toks []segment.Token
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				toks = segment.Tokenize(d.Text, toks[:0])
			}
		}
		perToken(b)
	})
	b.Run("sentences+zones", func(b *testing.B) {
		start(b)
		for i := 0; i < b.N; i++ {
			for k, d := range docs {
				sents := segment.Sentences(d.Text, preps[k].toks, nil)
				segment.Zones(d.Text, preps[k].toks, sents)
			}
		}
		perToken(b)
	})
	b.Run("entity", func(b *testing.B) {
		start(b)
		var ents []entity.Entity
		for i := 0; i < b.N; i++ {
			for k, d := range docs {
				ents = entity.Find(d.Text, preps[k].toks, preps[k].sents, ents[:0])
			}
		}
		perToken(b)
	})
	b.Run("timex", func(b *testing.B) {
		start(b)
		var times []timex.Expr
		for i := 0; i < b.N; i++ {
			for k, d := range docs {
				times = timex.Find(d.Text, preps[k].toks, d.Published, times[:0])
			}
		}
		perToken(b)
	})
	b.Run("quantity", func(b *testing.B) {
		start(b)
		var qs []quantity.Quantity
		for i := 0; i < b.N; i++ {
			for k, d := range docs {
				qs = quantity.Find(d.Text, preps[k].toks, qs[:0])
			}
		}
		perToken(b)
	})
}

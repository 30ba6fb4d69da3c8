package extract_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// Paragraphs in the style of conflict reporting, written for these tests:
// attributions before and after the content, quotes, "according to",
// denials, figures with and without sources.
var sizeParas = []string{
	`The United Nations says more than %d people have been killed since the uprising began in March. Activists put the toll higher, at %d.`,
	`"We will not allow armed gangs to terrorise our citizens," the interior minister told state television on Tuesday, adding that %d members of the security forces had died.`,
	`At least %d civilians were killed in shelling of the northern town on Friday, according to the Syrian Observatory for Human Rights, a Britain-based monitoring group.`,
	`The government denied reports that troops had fired on mourners, and said %d "terrorists" had been arrested.`,
	`A senior official, speaking on condition of anonymity, told the Daily Courier that about %d soldiers would remain in the country after the withdrawal.`,
	`Human Rights Watch said in a report that at least %d detainees had died in custody. The ministry called the report "baseless".`,
	`Refugees continued to cross the border, and the UN refugee agency said %d people had registered in camps in Turkey this week.`,
	`"They came at night. They took my brother and %d other men from our street," said one resident, who asked not to be named.`,
}

// sizeArticle builds an article of about n bytes from sizeParas.
func sizeArticle(n int) string {
	var b strings.Builder
	b.Grow(n + 512)
	for i := 0; b.Len() < n; i++ {
		p := sizeParas[i%len(sizeParas)]
		v := 100 + i%9000
		if strings.Count(p, "%d") == 2 {
			fmt.Fprintf(&b, p, v, v*2)
		} else {
			fmt.Fprintf(&b, p, v)
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkExtractSize measures whole extraction over articles from 64 KB
// to 16 MB: the per-byte cost (ns/B, reported as MB/s) must stay flat.
func BenchmarkExtractSize(b *testing.B) {
	for _, kb := range []int{64, 256, 1024, 4096, 16384} {
		text := sizeArticle(kb << 10)
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				doc := document.New(text)
				doc.Published = document.Date{Year: 2011, Month: 11, Day: 20}
				extract.Extract(doc)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)), "ns/B")
		})
	}
}

// pathological articles: one endless paragraph with no sentence end, a
// reporting verb every few words and quotation marks that never pair up;
// and an article of only one-line paragraphs with speaker labels.
func pathological(n int) map[string]string {
	var flat, lines, quotes strings.Builder
	for i := 0; flat.Len() < n; i++ {
		fmt.Fprintf(&flat, `officials said %d people had fled, activists say, according to the group, who denied it, `, i)
	}
	for i := 0; lines.Len() < n; i++ {
		fmt.Fprintf(&lines, "SPEAKER: %d were killed\n“No,” ― Aid Worker\n", i)
	}
	for i := 0; quotes.Len() < n; i++ {
		fmt.Fprintf(&quotes, `“%d killed, said the monitor, and the army said `, i)
	}
	return map[string]string{"flat": flat.String(), "lines": lines.String(), "quotes": quotes.String()}
}

// TestExtractPathologicalCompletes runs extraction on a few MB of text built
// to defeat sentence and quote boundaries. Extraction must be linear: this
// completes in seconds; a quadratic stage would not finish before the
// (generous) deadline, which fails the test instead of hanging the suite.
func TestExtractPathologicalCompletes(t *testing.T) {
	if testing.Short() {
		t.Skip("a few MB of extraction; skipped with -short")
	}
	for name, text := range pathological(2 << 20) {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			done := make(chan *extract.Result, 1)
			go func() { done <- extract.Extract(document.New(text)) }()
			select {
			case r := <-done:
				if len(r.Sentences) == 0 {
					t.Fatal("no sentences")
				}
			case <-ctx.Done():
				t.Fatalf("%s: %d bytes not extracted before the deadline", name, len(text))
			}
		})
	}
}

// BenchmarkExtractPathological measures the pathological articles of
// TestExtractPathologicalCompletes at two sizes: ns/B must not grow.
func BenchmarkExtractPathological(b *testing.B) {
	for _, kb := range []int{128, 512} {
		for name, text := range pathological(kb << 10) {
			b.Run(fmt.Sprintf("%s/%dKB", name, kb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for i := 0; i < b.N; i++ {
					extract.Extract(document.New(text))
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)), "ns/B")
			})
		}
	}
}

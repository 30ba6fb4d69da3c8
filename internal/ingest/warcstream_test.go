package ingest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/ingest/warc"
)

// TestWARCStreamsFlat writes a large gzipped WARC of news pages and reads it
// back through Walk, sampling the heap: memory in use must not grow with the
// archive. 16 MB by default; CLAIMTRACK_BIG=1 makes it 1 GB and logs the
// throughput.
func TestWARCStreamsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	mb := 16
	if os.Getenv("CLAIMTRACK_BIG") == "1" {
		mb = 1024
	}
	path := filepath.Join(t.TempDir(), "big.warc.gz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	w := warc.NewWriter(bw, true)
	para := strings.Repeat("The ministry said 1,200 soldiers had been sent to the northern border on Monday, while officials who spoke on condition of anonymity put the number at 2,000. ", 12)
	var written int64
	pages := 0
	for i := 0; written < int64(mb)<<20; i++ {
		pages++
		page := fmt.Sprintf("<!doctype html><html><head><title>Story %d</title></head><body><nav>Home</nav><article><h1>Story %d</h1><p>%s</p><p>%s</p></article><footer>All rights reserved.</footer></body></html>", i, i, para, para)
		if err := w.WriteHTMLResponse(fmt.Sprintf("https://news.example/%d", i), time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), []byte(page)); err != nil {
			t.Fatal(err)
		}
		written += int64(len(page))
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	var ms runtime.MemStats
	var peakEarly, peak uint64
	docs := 0
	var words int64
	start := time.Now()
	err = Walk(context.Background(), []string{path}, nil, Options{}, func(it Item) error {
		if it.Err != nil {
			return it.Err
		}
		docs++
		words += int64(len(strings.Fields(it.Doc.Text)))
		if docs%200 == 0 {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak {
				peak = ms.HeapInuse
			}
			if docs <= pages/4 && ms.HeapInuse > peakEarly {
				peakEarly = ms.HeapInuse
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	el := time.Since(start)
	t.Logf("%d MB of pages, %d documents, %.1f MB/s, %.0f words/s, heap in use: first quarter peak %.1f MB, overall peak %.1f MB",
		written>>20, docs, float64(written)/(1<<20)/el.Seconds(), float64(words)/el.Seconds(), float64(peakEarly)/(1<<20), float64(peak)/(1<<20))
	if docs == 0 {
		t.Fatal("no documents read")
	}
	// Flat: the peak over the whole archive stays near the early peak
	// (allowing for GC timing), and far below the archive's size.
	if peak > 64<<20 || (peakEarly > 0 && peak > 3*peakEarly+16<<20) {
		t.Errorf("heap grew while streaming: early peak %d, overall peak %d", peakEarly, peak)
	}
}

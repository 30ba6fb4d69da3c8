package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkWalkBBC reads the 2,225 BBC text files (decode, header, title,
// dateline) per iteration.
func BenchmarkWalkBBC(b *testing.B) {
	root := sharedDir(b, filepath.Join("data", "bbc-news", "bbc"))
	var size int64
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				size += info.Size()
			}
		}
		return nil
	})
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		err := Walk(context.Background(), []string{root}, nil, Options{}, func(it Item) error {
			if it.Err != nil {
				b.Fatal(it.Err)
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadHTML extracts the test page.
func BenchmarkReadHTML(b *testing.B) {
	b.SetBytes(int64(len(testPage)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := readHTML([]byte(testPage), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadHTMLPages extracts every page of an HTML benchmark directory
// (the article-extraction-benchmark layout: html/*.html.gz or *.html) named
// by $CLAIMTRACK_HTML_BENCH, reporting pages/s beside MB/s.
func BenchmarkReadHTMLPages(b *testing.B) {
	dir := os.Getenv("CLAIMTRACK_HTML_BENCH")
	if dir == "" {
		b.Skip("set CLAIMTRACK_HTML_BENCH to a directory of HTML pages (html/*.html.gz or *.html)")
	}
	var pages [][]byte
	var size int64
	for _, pat := range []string{"html/*.html.gz", "html/*.html", "*.html"} {
		names, _ := filepath.Glob(filepath.Join(dir, pat))
		for _, name := range names {
			raw, err := os.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
			if strings.HasSuffix(name, ".gz") {
				zr, err := gzip.NewReader(bytes.NewReader(raw))
				if err != nil {
					b.Fatal(err)
				}
				if raw, err = io.ReadAll(zr); err != nil {
					b.Fatal(err)
				}
			}
			pages = append(pages, raw)
			size += int64(len(raw))
		}
	}
	if len(pages) == 0 {
		b.Fatalf("no pages in %s", dir)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			readHTML(p, Options{}) // rejected pages count too: the work was done
		}
	}
	b.ReportMetric(float64(len(pages))*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

package ingest

import (
	"context"
	"os"
	"path/filepath"
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

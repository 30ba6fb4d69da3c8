package ingest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/ingest/warc"
)

func TestWalkWARC(t *testing.T) {
	for _, name := range []string{"crawl.warc", "crawl.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			w := warc.NewWriter(&buf, strings.HasSuffix(name, ".gz"))
			for i := 0; i < 3; i++ {
				page := fmt.Sprintf(`<!doctype html><html><head><title>Story %d</title></head><body><article><p>The ministry said %d soldiers were deployed to the border on Monday, officials confirmed in a statement.</p><p>More reporting followed in the second paragraph of story %d.</p></article></body></html>`, i, 100+i, i)
				if err := w.WriteHTMLResponse(fmt.Sprintf("https://news.example/story-%d", i), time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), []byte(page)); err != nil {
					t.Fatal(err)
				}
			}
			// a non-HTML response is passed over
			if err := w.WriteRecord(map[string][]string{"Warc-Type": {"metadata"}, "Content-Type": {"application/json"}}, []byte("{}")); err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			var urls, errs []string
			err := Walk(context.Background(), []string{dir}, nil, Options{}, func(it Item) error {
				if it.Err != nil {
					errs = append(errs, it.Err.Error())
					return nil
				}
				urls = append(urls, string(it.Doc.URL))
				if !strings.Contains(it.Doc.Text, "soldiers were deployed") || !strings.HasPrefix(it.Name, path+"#") {
					t.Errorf("item %s: text %q", it.Name, it.Doc.Text)
				}
				return nil
			})
			if err != nil || len(errs) > 0 {
				t.Fatalf("err %v, item errors %v", err, errs)
			}
			if strings.Join(urls, " ") != "https://news.example/story-0 https://news.example/story-1 https://news.example/story-2" {
				t.Errorf("urls %v", urls)
			}
		})
	}
}

func TestWARCDamagedKeepsEarlierRecords(t *testing.T) {
	var buf bytes.Buffer
	w := warc.NewWriter(&buf, false)
	page := `<html><head><title>One</title></head><body><p>The army said 40 soldiers were hurt in the blast on Monday night near the base.</p></body></html>`
	if err := w.WriteHTMLResponse("https://news.example/one", time.Now(), []byte(page)); err != nil {
		t.Fatal(err)
	}
	buf.WriteString("WARC/1.1\r\nContent-Length: nope\r\n\r\n")
	var docs, errs int
	_ = Read(context.Background(), "bad.warc", &buf, Options{}, func(it Item) error {
		if it.Err != nil {
			errs++
			if !strings.Contains(it.Err.Error(), "bad.warc") {
				t.Errorf("error does not name the file: %v", it.Err)
			}
		} else {
			docs++
		}
		return nil
	})
	if docs != 1 || errs != 1 {
		t.Errorf("docs %d errs %d, want 1 and 1", docs, errs)
	}
}

package ingest

import (
	"bufio"
	"bytes"
	"context"
	"testing"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/document"
)

// checkDoc asserts what every document must satisfy.
func checkDoc(t *testing.T, doc *document.Document) {
	t.Helper()
	if !utf8.ValidString(doc.Text) {
		t.Fatalf("invalid UTF-8 text %q", doc.Text)
	}
	if doc.ID != document.ID(doc.Text) {
		t.Fatal("ID is not the hash of the text")
	}
	d := doc.Dateline
	if d.Start < 0 || d.End > len(doc.Text) || d.Start > d.End {
		t.Fatalf("dateline %v out of bounds (len %d)", d, len(doc.Text))
	}
	for _, s := range []document.Str{doc.Title, doc.URL, doc.Author, doc.Source} {
		if !utf8.ValidString(string(s)) {
			t.Fatalf("invalid UTF-8 metadata %q", s)
		}
	}
}

func FuzzReadText(f *testing.F) {
	for _, s := range []string{
		" date 2020-01-06 The army left.", "Title: T\nDate: x\n\nBody.", "Head line\n\nLONDON (AP) — Body.",
		"\xef\xbb\xbf\xa3 5m", "\xff\xfeA\x00", "Date: 2020-01-06", "\x00\x01", "url http://x.org body",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, _, err := readText(b, Options{})
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}

func FuzzReadHTML(f *testing.F) {
	for _, s := range []string{
		testPage, "<p>a<p>b", "<html><body><article><p>x</p></article>", "<script>", "<<<>>>",
		`<script type="application/ld+json">[{"@type":["NewsArticle"],"author":[{"name":1}]}]</script><p>t</p>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, _, err := readHTML(b, Options{})
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}

func FuzzReadJSONL(f *testing.F) {
	for _, s := range []string{
		`{"text":"a"}` + "\n" + `{"text":`, `{"html":"<p>x</p>","published":"2020-01-06"}`,
		`{"text":"\u0000","id":[1]}`, "\n\n{}\n", `{"text":"x","author":{"name":"A"},"date":5}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		br := bufio.NewReaderSize(bytes.NewReader(b), 16)
		err := readJSONL(context.Background(), "f.jsonl", br, 256, Options{}, func(it Item) error {
			if it.Err == nil && it.Doc == nil || it.Err != nil && it.Doc != nil {
				t.Fatalf("item %q: doc %v err %v", it.Name, it.Doc, it.Err)
			}
			if it.Doc != nil {
				checkDoc(t, it.Doc)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

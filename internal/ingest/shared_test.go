package ingest

import (
	"bytes"
	"context"
	"github.com/claimtrack/claimtrack/internal/shareddata"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func sharedDir(t testing.TB, sub string) string { return shareddata.Dir(t, sub) }

func TestSeeds(t *testing.T) {
	dir := sharedDir(t, "seeds")
	items := collect(t, []string{dir}, "", Options{})
	byPrefix := map[string]Item{}
	for _, it := range items {
		if it.Err != nil {
			t.Fatalf("seed error: %v", it.Err)
		}
		byPrefix[filepath.Base(it.Name)[:3]] = it
	}
	s000, s001, s002 := byPrefix["000"], byPrefix["001"], byPrefix["002"]
	if s000.Doc == nil || s001.Doc == nil || s002.Doc == nil {
		t.Skip("seeds 000-002 not all present")
	}
	if d := s000.Doc.Dateline.Of(s000.Doc.Text); d != "ERBIL, Kurdistan Region —" {
		t.Errorf("seed 000 dateline %q", d)
	}
	if d := s001.Doc.Dateline.Of(s001.Doc.Text); d != "SOUTHWEST ASIA –" {
		t.Errorf("seed 001 dateline %q", d)
	}
	if s001.Doc.Title == "" || !strings.HasPrefix(s001.Doc.Text, string(s001.Doc.Title)) {
		t.Errorf("seed 001 title %q", s001.Doc.Title)
	}
	d := s002.Doc
	if d.Published.String() != "2020-01-06" {
		t.Errorf("seed 002 published %v", d.Published)
	}
	if strings.Contains(d.Text[:40], "2020-01-06") || strings.HasPrefix(strings.TrimSpace(d.Text), "date") {
		t.Errorf("seed 002 header left in text: %q", d.Text[:40])
	}
	raw, err := os.ReadFile(string(d.Path))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(raw, []byte(d.Text)) {
		t.Error("seed 002 body is not the file's text after the header")
	}
}

// TestBBC ingests every BBC file; the one with a raw Latin-1 byte gives a
// warning, not an error.
func TestBBC(t *testing.T) {
	root := sharedDir(t, filepath.Join("data", "bbc-news", "bbc"))
	n, titled, warned := 0, 0, 0
	err := Walk(context.Background(), []string{root}, nil, Options{}, func(it Item) error {
		if it.Err != nil {
			t.Errorf("%v", it.Err)
			return nil
		}
		n++
		if it.Doc.Title != "" {
			titled++
		}
		if !utf8.ValidString(it.Doc.Text) {
			t.Errorf("%s: invalid UTF-8", it.Name)
		}
		if len(it.Warnings) > 0 {
			warned++
			if !strings.HasSuffix(filepath.ToSlash(it.Name), "sport/199.txt") {
				t.Errorf("unexpected warning %q", it.Warnings)
			} else if !strings.Contains(it.Doc.Text, "£") {
				t.Errorf("sport/199.txt: £ not decoded")
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 2225 {
		t.Errorf("ingested %d BBC files, want ≥ 2225", n)
	}
	if warned != 1 {
		t.Errorf("%d files warned, want 1 (sport/199.txt)", warned)
	}
	if titled < 2225 {
		t.Errorf("%d of %d BBC files got a title", titled, n)
	}
}

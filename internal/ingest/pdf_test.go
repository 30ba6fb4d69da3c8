package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// makePDF writes a one-page PDF whose content stream is content, with the
// standard Helvetica font and, when title is set, a document information
// dictionary. Offsets in the cross-reference table are computed, so the
// file is valid.
func makePDF(content, title string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		fmt.Sprintf("<< /Title (%s) >>", title),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	info := ""
	if title != "" {
		info = " /Info 6 0 R"
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, info, xref)
	return b.Bytes()
}

// textContent lays out lines top-down, 14 points apart; an empty line
// leaves a paragraph gap.
func textContent(lines ...string) string {
	var b strings.Builder
	b.WriteString("BT /F1 12 Tf 72 720 Td\n")
	for i, l := range lines {
		if i > 0 {
			b.WriteString("0 -14 Td\n")
		}
		if l == "" {
			b.WriteString("0 -14 Td\n")
			continue
		}
		fmt.Fprintf(&b, "(%s) Tj\n", l)
	}
	b.WriteString("ET")
	return b.String()
}

func TestReadPDF(t *testing.T) {
	tests := []struct {
		name      string
		pdf       []byte
		wantTitle string
		wantText  []string // in order
		wantErr   error
	}{
		{"text layer with title", makePDF(textContent("Troops to stay", "", "WASHINGTON - About 2,000 soldiers will", "remain, officials said on Monday."), "Troops to stay in Syria"),
			"Troops to stay in Syria", []string{"Troops to stay\n\nWASHINGTON - About 2,000 soldiers will\nremain, officials said on Monday."}, nil},
		{"no info title: a headline line", makePDF(textContent("Budget vote delayed", "", "The council met."), ""),
			"Budget vote delayed", []string{"Budget vote delayed\n\nThe council met."}, nil},
		{"no info title, no headline", makePDF(textContent("The council met.", "It voted."), ""),
			"", []string{"The council met.\nIt voted."}, nil},
		{"scanned page: image only", makePDF("q 612 0 0 792 0 0 cm Q", "Scan"), "", nil, ErrNoTextLayer},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, _, err := readPDF(tc.pdf, Options{})
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(doc.Title) != tc.wantTitle {
				t.Errorf("title %q, want %q", doc.Title, tc.wantTitle)
			}
			for _, w := range tc.wantText {
				if !strings.Contains(doc.Text, w) {
					t.Errorf("text %q lacks %q", doc.Text, w)
				}
			}
		})
	}
	if _, _, err := readPDF([]byte("%PDF-1.4\nnot really"), Options{}); err == nil {
		t.Error("malformed PDF read without error")
	}
}

// TestWalkMixedFolder: a folder with a text PDF, a scanned PDF, an image,
// an office file and an article gives one item per input: documents for
// the readable ones, one error each for the rest, ErrNotArticle for those
// that are not articles at all.
func TestWalkMixedFolder(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"report.pdf": makePDF(textContent("Casualty figures revised", "At least 40 people died, the ministry said."), ""),
		"scan.pdf":   makePDF("q 612 0 0 792 0 0 cm Q", ""),
		"photo.png":  {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0},
		"notes.docx": []byte("PK\x03\x04 not really"),
		"story.txt":  []byte("Officials said 300 soldiers arrived.\n"),
	}
	for n, b := range files {
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := map[string]string{}
	err := Walk(context.Background(), []string{dir}, nil, Options{}, func(it Item) error {
		base := filepath.Base(it.Name)
		switch {
		case it.Doc != nil:
			got[base] = "doc: " + firstLine(it.Doc.Text)
		case errors.Is(it.Err, ErrNotArticle):
			got[base] = "not article"
		case errors.Is(it.Err, ErrNoTextLayer):
			got[base] = "ocr"
		default:
			got[base] = "error: " + it.Err.Error()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"report.pdf": "doc: Casualty figures revised", "scan.pdf": "ocr", "photo.png": "not article",
		"notes.docx": "not article", "story.txt": "doc: Officials said 300 soldiers arrived.",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want %q", k, got[k], v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("items %v", got)
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

func FuzzReadPDF(f *testing.F) {
	f.Add(makePDF(textContent("A title", "Some text."), "T"))
	f.Add(makePDF("q Q", ""))
	f.Add([]byte("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, _, err := readPDF(b, Options{})
		if err == nil && (doc == nil || strings.TrimSpace(doc.Text) == "") {
			t.Fatal("no error and no text")
		}
	})
}

package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/ledongthuc/pdf"

	"github.com/claimtrack/claimtrack/internal/document"
)

// ErrNoTextLayer: a PDF whose pages carry no text (a scan); reading it
// needs OCR, which claimtrack does not do.
var ErrNoTextLayer = errors.New("PDF has no text layer: OCR needed")

// isPDF: the input is named .pdf or starts with the PDF signature (some
// writers put a few bytes before it; text that merely mentions it later
// is not a PDF).
func isPDF(name string, head []byte) bool {
	i := bytes.Index(head[:min(len(head), 1024)], []byte("%PDF-"))
	return extOf(name) == ".pdf" || i >= 0 && i < 16
}

// readPDF builds the document of a PDF with a text layer: its pages' text
// in reading order (lines by position on the page, words by the gaps
// between glyphs), the title from the document information when it has
// one, else from the first line.
func readPDF(raw []byte, opt Options) (doc *document.Document, warns []string, err error) {
	defer func() {
		// The reader panics on some malformed files; one bad PDF must not
		// stop a walk.
		if r := recover(); r != nil {
			doc, warns, err = nil, nil, fmt.Errorf("malformed PDF: %v", r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, nil, fmt.Errorf("PDF: %w", err)
	}
	var b strings.Builder
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		pageText(&b, p.Content().Text)
		b.WriteString("\n\n")
	}
	text := strings.TrimSpace(b.String())
	if text == "" {
		return nil, nil, ErrNoTextLayer
	}
	var m meta
	if info := r.Trailer().Key("Info"); !info.IsNull() {
		m.Title = strings.TrimSpace(info.Key("Title").Text())
		m.Author = strings.TrimSpace(info.Key("Author").Text())
	}
	if m.Title == "" {
		m.Title = firstLineTitle(text)
	}
	doc, w := newDocument(text, m, opt)
	return doc, w, nil
}

// pageText writes the glyphs of one page as lines of words. Glyphs come in
// content-stream order, which is reading order in text PDFs; a new line
// starts where the baseline moves, a blank line where it moves more than
// one and a half lines (a paragraph), a space where the horizontal gap is
// wider than a fifth of the font size.
func pageText(b *strings.Builder, glyphs []pdf.Text) {
	var lastX, lastY, lastSize float64
	started := false
	for _, g := range glyphs {
		if g.S == "" {
			continue
		}
		size := g.FontSize
		if size <= 0 {
			size = 10
		}
		switch {
		case !started:
			started = true
		case math.Abs(g.Y-lastY) > size*0.5:
			b.WriteByte('\n')
			if math.Abs(g.Y-lastY) > 1.8*max(size, lastSize) {
				b.WriteByte('\n')
			}
		case g.X-lastX > size*0.2 && !strings.HasSuffix(b.String(), " ") && g.S != " ":
			b.WriteByte(' ')
		}
		b.WriteString(g.S)
		lastX, lastY, lastSize = g.X+g.W, g.Y, size
	}
}

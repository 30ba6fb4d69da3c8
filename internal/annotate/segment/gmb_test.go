package segment

import (
	"archive/zip"
	"encoding/csv"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// gmbDoc is a pseudo-article rebuilt from GMB's tokenised sentences, with
// the gold sentence end offsets.
type gmbDoc struct {
	text string
	ends []int
}

// loadGMB reads the GMB CSV (Latin-1, one token a row, "Sentence: N" on the
// first token of each sentence), detokenises each sentence into ordinary
// text ("U.S. troops", "said.", "(AP)") and groups perDoc sentences into one
// paragraph, as in a news article.
func loadGMB(t *testing.T, perDoc, maxSents int) []gmbDoc {
	t.Helper()
	path := filepath.Join(sharedDir(t, filepath.Join("data", "gmb-kaggle-ner")), "ner_dataset.csv.zip")
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Skipf("GMB zip: %v", err)
	}
	defer zr.Close()
	if len(zr.File) == 0 {
		t.Skip("empty GMB zip")
	}
	f, err := zr.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(latin1Reader{f})
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var sents [][]string
	var cur []string
	for i := 0; ; i++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 || len(rec) < 2 {
			continue
		}
		if strings.HasPrefix(rec[0], "Sentence:") && len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
			if len(sents) >= maxSents {
				break
			}
		}
		cur = append(cur, rec[1])
	}
	var docs []gmbDoc
	var b strings.Builder
	var ends []int
	for i, s := range sents {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(detok(s))
		ends = append(ends, b.Len())
		if (i+1)%perDoc == 0 || i == len(sents)-1 {
			docs = append(docs, gmbDoc{b.String(), ends})
			b.Reset()
			ends = nil
		}
	}
	return docs
}

type latin1Reader struct{ r io.Reader }

func (l latin1Reader) Read(p []byte) (int, error) {
	// Expand into at most half of p so every byte fits as 2 UTF-8 bytes.
	buf := make([]byte, (len(p)+1)/2)
	n, err := l.r.Read(buf)
	j := 0
	for _, c := range buf[:n] {
		if c < 0x80 {
			p[j] = c
			j++
		} else {
			p[j], p[j+1] = 0xC0|c>>6, 0x80|c&0x3F
			j += 2
		}
	}
	return j, err
}

// detok joins tokens as running text.
func detok(toks []string) string {
	var b strings.Builder
	quoteOpen := false
	glue := true
	for _, w := range toks {
		attach := false
		switch w {
		case ".", ",", ";", ":", "?", "!", ")", "%", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'":
			attach = true
			if w == "." && strings.HasSuffix(b.String(), ".") {
				continue // "U.S. ." at the end of a sentence
			}
		case `"`:
			attach = quoteOpen
			quoteOpen = !quoteOpen
		}
		if b.Len() > 0 && !attach && !glue {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		glue = w == "(" || w == "$" || w == `"` && quoteOpen
	}
	return b.String()
}

// TestGMBSentences measures sentence-boundary precision and recall on
// GMB's Voice of America sentences rebuilt as paragraphs (boundaries inside
// a paragraph only; the paragraph end is free).
func TestGMBSentences(t *testing.T) {
	docs := loadGMB(t, 8, 24000)
	var tp, fp, fn int
	var misses []string
	for _, d := range docs {
		toks := Tokenize(d.text, nil)
		sents := Sentences(d.text, toks, nil)
		gold := map[int]bool{}
		for _, e := range d.ends[:len(d.ends)-1] {
			gold[e] = true
		}
		pred := map[int]bool{}
		for _, s := range sents[:max(len(sents)-1, 0)] {
			pred[s.End] = true
			if gold[s.End] {
				tp++
			} else {
				fp++
				if len(misses) < 10 {
					misses = append(misses, "FP …"+d.text[max(s.End-40, 0):min(s.End+30, len(d.text))])
				}
			}
		}
		for e := range gold {
			if !pred[e] {
				fn++
				if len(misses) < 20 {
					misses = append(misses, "FN …"+d.text[max(e-40, 0):min(e+30, len(d.text))])
				}
			}
		}
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	f := 2 * p * r / max(p+r, 1e-9)
	t.Logf("GMB %d paragraphs: boundary P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d)", len(docs), p, r, f, tp, fp, fn)
	for _, m := range misses {
		t.Log(m)
	}
	if f < 0.98 {
		t.Errorf("boundary F1 %.4f below 0.98", f)
	}
}

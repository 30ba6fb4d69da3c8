package eval

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/ingest"
)

// HTMLReport scores the HTML reader's main text against hand-made ground
// truth in the layout of the ScrapingHub article-extraction-benchmark:
// DIR/ground-truth.json ({"<key>": {"articleBody": "...", "url": ...}})
// and DIR/html/<key>.html.gz (or .html).
//
// It also reads the layout of trafilatura's evaluation: DIR/evaldata.json
// ({"<url>": {"file": "...", "with": [...], "without": [...]}}) with the
// pages in DIR/cache or DIR/eval; there each "with" snippet found in the
// text is a true positive, each "without" snippet found a false positive
// (whitespace-normalised substring match), summed over pages.
//
// Two scores, each macro-averaged over pages: the benchmark's own (bags of
// 4-token shingles, each page's counts normalised so long pages do not
// weigh more, precision over pages with output and recall over pages with
// truth, F1 of the two means) and the same over single tokens.
type HTMLReport struct {
	Task     string    `json:"task"`
	Split    string    `json:"split"`
	N        int       `json:"n"`
	Shingle  PRScore   `json:"shingle4"`
	Token    PRScore   `json:"token"`
	Snippets *Snippets `json:"snippets,omitempty"` // trafilatura layout only
	Rejected []string  `json:"rejected"`           // pages the reader refused, with the reason
	Warned   int       `json:"warned"`             // pages read with a warning
	Worst    []Page    `json:"worst"`              // lowest shingle F1 first
	Bytes    int64     `json:"bytes"`
	Seconds  float64   `json:"seconds"` // reading and extraction only
}

// PRScore is a macro-averaged precision, recall and F1.
type PRScore struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Snippets counts trafilatura-style with/without snippets.
type Snippets struct {
	TP, FP, FN, TN int
	Precision      float64 `json:"precision"`
	Recall         float64 `json:"recall"`
	F1             float64 `json:"f1"`
	Accuracy       float64 `json:"accuracy"`
}

// Page is one page's score.
type Page struct {
	Key       string  `json:"key"`
	URL       string  `json:"url"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// htmlSplit puts each page in dev (tuned on) or test (held out) by a hash
// of its key, so the split does not depend on file order.
func htmlSplit(key string) string {
	if sha256.Sum256([]byte(key))[0]&1 == 0 {
		return "dev"
	}
	return "test"
}

// HTML scores the reader on split (dev, test or all) of the benchmark in dir.
func HTML(dir, split string) (HTMLReport, error) {
	switch split {
	case "dev", "test", "all":
	default:
		return HTMLReport{}, fmt.Errorf("split %q: want dev, test or all", split)
	}
	if _, err := os.Stat(filepath.Join(dir, "evaldata.json")); err == nil {
		return htmlSnippets(dir, split)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return HTMLReport{}, fmt.Errorf("html benchmark: %w", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return HTMLReport{}, fmt.Errorf("html benchmark: ground-truth.json: %w", err)
	}
	keys := make([]string, 0, len(truth))
	for k := range truth {
		if split == "all" || htmlSplit(k) == split {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	rep := HTMLReport{Task: "html", Split: split, Rejected: []string{}}
	var sh, tok []prf
	for _, k := range keys {
		page, err := readPage(filepath.Join(dir, "html"), k)
		if err != nil {
			return HTMLReport{}, fmt.Errorf("html benchmark: page %s: %w", k, err)
		}
		rep.Bytes += int64(len(page))
		start := time.Now()
		text, warned, err := extractHTML(page)
		rep.Seconds += time.Since(start).Seconds()
		if err != nil {
			rep.Rejected = append(rep.Rejected, k+": "+err.Error())
		}
		if warned {
			rep.Warned++
		}
		gold := truth[k].ArticleBody
		s := shingleMatch(gold, text, 4)
		sh = append(sh, s)
		tok = append(tok, shingleMatch(gold, text, 1))
		p, r := s.precision(), s.recall()
		rep.Worst = append(rep.Worst, Page{Key: k, URL: truth[k].URL, Precision: p, Recall: r, F1: f1(p, r)})
	}
	rep.N = len(keys)
	rep.Shingle = macro(sh)
	rep.Token = macro(tok)
	sort.SliceStable(rep.Worst, func(i, j int) bool { return rep.Worst[i].F1 < rep.Worst[j].F1 })
	rep.Worst = rep.Worst[:min(len(rep.Worst), 15)]
	return rep, nil
}

func readPage(dir, key string) ([]byte, error) {
	if b, err := os.ReadFile(filepath.Join(dir, key+".html")); err == nil {
		return b, nil
	}
	f, err := os.Open(filepath.Join(dir, key+".html.gz"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// extractHTML runs the page through ingest as an HTML file would go.
func extractHTML(page []byte) (text string, warned bool, err error) {
	var got *ingest.Item
	err = ingest.Read(context.Background(), "page.html", bytes.NewReader(page), ingest.Options{}, func(it ingest.Item) error {
		if got == nil {
			got = &it
		}
		return nil
	})
	if err != nil {
		return "", false, err
	}
	if got == nil {
		return "", false, errors.New("no document")
	}
	if got.Err != nil {
		return "", len(got.Warnings) > 0, got.Err
	}
	return got.Doc.Text, len(got.Warnings) > 0, nil
}

// prf is one page's share of true positives, false positives and false
// negatives, normalised to sum to 1.
type prf struct{ tp, fp, fn float64 }

func (m prf) precision() float64 {
	switch {
	case m.fp == 0 && m.fn == 0:
		return 1
	case m.tp == 0 && m.fp == 0:
		return 0
	}
	return m.tp / (m.tp + m.fp)
}

func (m prf) recall() float64 {
	switch {
	case m.fp == 0 && m.fn == 0:
		return 1
	case m.tp == 0 && m.fn == 0:
		return 0
	}
	return m.tp / (m.tp + m.fn)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// macro averages precision over pages with output and recall over pages
// with truth, as the benchmark does.
func macro(ms []prf) PRScore {
	var p, r float64
	var np, nr int
	for _, m := range ms {
		if m.tp+m.fp > 0 {
			p += m.precision()
			np++
		}
		if m.tp+m.fn > 0 {
			r += m.recall()
			nr++
		}
	}
	if np > 0 {
		p /= float64(np)
	}
	if nr > 0 {
		r /= float64(nr)
	}
	return PRScore{Precision: p, Recall: r, F1: f1(p, r)}
}

// shingleMatch compares the bags of n-token shingles of gold and pred.
func shingleMatch(gold, pred string, n int) prf {
	g, p := shingles(gold, n), shingles(pred, n)
	var m prf
	for k, gc := range g {
		pc := p[k]
		m.tp += float64(min(gc, pc))
		m.fn += float64(max(0, gc-pc))
	}
	for k, pc := range p {
		m.fp += float64(max(0, pc-g[k]))
	}
	if s := m.tp + m.fp + m.fn; s > 0 {
		m = prf{m.tp / s, m.fp / s, m.fn / s}
	}
	return m
}

func shingles(s string, n int) map[string]int {
	toks := wordTokens(s)
	out := map[string]int{}
	if len(toks) == 0 {
		return out
	}
	if len(toks) < n {
		out[strings.Join(toks, " ")]++
		return out
	}
	for i := 0; i+n <= len(toks); i++ {
		out[strings.Join(toks[i:i+n], " ")]++
	}
	return out
}

// wordTokens are the runs of letters, digits and underscores (Python's \w).
func wordTokens(s string) []string {
	var toks []string
	start := -1
	for i, r := range s {
		w := r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r) && start >= 0
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

// htmlSnippets scores the trafilatura evaluation layout.
func htmlSnippets(dir, split string) (HTMLReport, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return HTMLReport{}, fmt.Errorf("html benchmark: %w", err)
	}
	var items map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := json.Unmarshal(raw, &items); err != nil {
		return HTMLReport{}, fmt.Errorf("html benchmark: evaldata.json: %w", err)
	}
	urls := make([]string, 0, len(items))
	for u := range items {
		if split == "all" || htmlSplit(u) == split {
			urls = append(urls, u)
		}
	}
	sort.Strings(urls)
	rep := HTMLReport{Task: "html", Split: split, Rejected: []string{}}
	var c Snippets
	for _, u := range urls {
		it := items[u]
		var page []byte
		for _, sub := range []string{"cache", "eval"} {
			if page, err = os.ReadFile(filepath.Join(dir, sub, it.File)); err == nil {
				break
			}
		}
		if err != nil {
			return HTMLReport{}, fmt.Errorf("html benchmark: %s: %w", it.File, err)
		}
		rep.Bytes += int64(len(page))
		start := time.Now()
		text, warned, err := extractHTML(page)
		rep.Seconds += time.Since(start).Seconds()
		if err != nil {
			rep.Rejected = append(rep.Rejected, it.File+": "+err.Error())
		}
		if warned {
			rep.Warned++
		}
		text = collapseSpace(text)
		var tp, fp int
		for _, w := range it.With {
			if strings.Contains(text, collapseSpace(w)) {
				tp++
			}
		}
		for _, w := range it.Without {
			if strings.Contains(text, collapseSpace(w)) {
				fp++
			}
		}
		c.TP += tp
		c.FN += len(it.With) - tp
		c.FP += fp
		c.TN += len(it.Without) - fp
		p, r := 1.0, float64(tp)/float64(max(1, len(it.With)))
		if tp+fp > 0 {
			p = float64(tp) / float64(tp+fp)
		}
		rep.Worst = append(rep.Worst, Page{Key: it.File, URL: u, Precision: p, Recall: r, F1: f1(p, r)})
	}
	rep.N = len(urls)
	if c.TP+c.FP > 0 {
		c.Precision = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		c.Recall = float64(c.TP) / float64(c.TP+c.FN)
	}
	c.F1 = f1(c.Precision, c.Recall)
	if n := c.TP + c.FP + c.FN + c.TN; n > 0 {
		c.Accuracy = float64(c.TP+c.TN) / float64(n)
	}
	rep.Snippets = &c
	sort.SliceStable(rep.Worst, func(i, j int) bool { return rep.Worst[i].F1 < rep.Worst[j].F1 })
	rep.Worst = rep.Worst[:min(len(rep.Worst), 15)]
	return rep, nil
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// Text writes the report for people.
func (r HTMLReport) Text(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "html main text, split %s: %d pages\n", r.Split, r.N)
	fmt.Fprintf(&b, "  %-16s %9s %9s %9s\n", "", "precision", "recall", "F1")
	if c := r.Snippets; c != nil {
		fmt.Fprintf(&b, "  %-16s %9.3f %9.3f %9.3f  accuracy %.3f (tp %d fp %d fn %d tn %d)\n", "snippets",
			c.Precision, c.Recall, c.F1, c.Accuracy, c.TP, c.FP, c.FN, c.TN)
	} else {
		fmt.Fprintf(&b, "  %-16s %9.3f %9.3f %9.3f\n", "4-token shingles", r.Shingle.Precision, r.Shingle.Recall, r.Shingle.F1)
		fmt.Fprintf(&b, "  %-16s %9.3f %9.3f %9.3f\n", "tokens", r.Token.Precision, r.Token.Recall, r.Token.F1)
	}
	fmt.Fprintf(&b, "rejected %d, warned %d\n", len(r.Rejected), r.Warned)
	for _, s := range r.Rejected {
		fmt.Fprintf(&b, "  rejected %s\n", s)
	}
	if r.Seconds > 0 {
		fmt.Fprintf(&b, "speed: %.0f pages/s, %.1f MB/s (%.1f MB in %.2f s)\n",
			float64(r.N)/r.Seconds, float64(r.Bytes)/1e6/r.Seconds, float64(r.Bytes)/1e6, r.Seconds)
	}
	fmt.Fprintln(&b, "lowest F1:")
	for _, p := range r.Worst {
		u := p.URL
		if utf8.RuneCountInString(u) > 70 {
			u = string([]rune(u)[:70])
		}
		k := p.Key
		if len(k) > 24 {
			k = k[:24]
		}
		fmt.Fprintf(&b, "  %.3f  p %.3f r %.3f  %s  %s\n", p.F1, p.Precision, p.Recall, k, u)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

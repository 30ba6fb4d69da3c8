package eval

import (
	"compress/gzip"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestWordTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hello, world! It's 2019.", []string{"Hello", "world", "It", "s", "2019"}},
		{"café_au lait—né", []string{"café_au", "lait", "né"}},
		{"  ", nil},
	}
	for _, tt := range tests {
		if got := wordTokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("wordTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestShingleMatch(t *testing.T) {
	// 6 gold tokens: 3 shingles of 4; the prediction drops the last token
	// (2 shingles, both right) and adds nothing.
	m := shingleMatch("a b c d e f", "a b c d e", 4)
	if !near(m.tp, 2.0/3) || !near(m.fp, 0) || !near(m.fn, 1.0/3) {
		t.Errorf("got %+v", m)
	}
	if !near(m.precision(), 1) || !near(m.recall(), 2.0/3) {
		t.Errorf("p %v r %v", m.precision(), m.recall())
	}
	// Fewer tokens than n: one shingle of all of them.
	if m := shingleMatch("a b", "a b", 4); !near(m.tp, 1) {
		t.Errorf("short: %+v", m)
	}
	// Empty prediction: no precision term, recall 0.
	e := shingleMatch("a b c d", "", 4)
	if e.tp+e.fp != 0 || !near(e.recall(), 0) {
		t.Errorf("empty: %+v", e)
	}
	s := macro([]prf{m, e})
	if !near(s.Precision, 1) || !near(s.Recall, 1.0/3) || !near(s.F1, 0.5) {
		t.Errorf("macro %+v", s)
	}
}

// TestHTMLBenchmarkLayouts runs the task on tiny data sets in both
// layouts, written here.
func TestHTMLBenchmarkLayouts(t *testing.T) {
	body := "The council approved the new budget on Monday after a long debate about schools and roads."
	page := `<html><body><nav><a href="/">Home</a></nav><article><p>` + body + `</p></article><footer>Contact us</footer></body></html>`

	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "html"), 0o755)
	truth := map[string]map[string]string{}
	for _, k := range []string{"k1", "k2", "k3", "k4"} {
		f, _ := os.Create(filepath.Join(dir, "html", k+".html.gz"))
		zw := gzip.NewWriter(f)
		zw.Write([]byte(page))
		zw.Close()
		f.Close()
		truth[k] = map[string]string{"articleBody": body, "url": "https://example.org/" + k}
	}
	raw, _ := json.Marshal(truth)
	os.WriteFile(filepath.Join(dir, "ground-truth.json"), raw, 0o644)
	rep, err := HTML(dir, "all")
	if err != nil {
		t.Fatal(err)
	}
	if rep.N != 4 || !near(rep.Shingle.F1, 1) || !near(rep.Token.F1, 1) || len(rep.Rejected) != 0 {
		t.Errorf("report %+v", rep)
	}
	dev, _ := HTML(dir, "dev")
	test, _ := HTML(dir, "test")
	if dev.N+test.N != 4 {
		t.Errorf("dev %d + test %d pages, want 4", dev.N, test.N)
	}
	if _, err := HTML(dir, "train"); err == nil {
		t.Error("split train accepted")
	}

	tdir := t.TempDir()
	os.MkdirAll(filepath.Join(tdir, "eval"), 0o755)
	os.WriteFile(filepath.Join(tdir, "eval", "p.html"), []byte(page), 0o644)
	ev := map[string]any{"https://example.org/p": map[string]any{
		"file": "p.html", "with": []string{"approved the  new budget", "a missing sentence"}, "without": []string{"Contact us", "Home"},
	}}
	raw, _ = json.Marshal(ev)
	os.WriteFile(filepath.Join(tdir, "evaldata.json"), raw, 0o644)
	rep, err = HTML(tdir, "all")
	if err != nil {
		t.Fatal(err)
	}
	want := Snippets{TP: 1, FN: 1, TN: 2, Precision: 1, Recall: 0.5, F1: 2 * 0.5 / 1.5, Accuracy: 0.75}
	if rep.Snippets == nil || *rep.Snippets != want {
		t.Errorf("snippets %+v, want %+v", rep.Snippets, want)
	}
}

package timex

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
)

// sharedDir finds ../shared beside the repository root (the directory with
// go.mod), or skips the test.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("go.mod not found")
		}
		dir = parent
	}
	s := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(s); err != nil {
		t.Skipf("shared data not found at %s", s)
	}
	return s
}

// TestSeeds runs the tagger over the seed articles with their publication
// dates and checks expressions they are known to contain.
func TestSeeds(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join(sharedDir(t), "seeds", "*.txt"))
	if len(seeds) < 3 {
		t.Skip("seed articles not found")
	}
	type exp struct{ text, typ, value, prep string }
	tests := []struct {
		prefix, ref string
		want        []exp
	}{
		{"000_", "2019-02-18", []exp{
			{"Sunday night", "TIME", "2019-02-17TNI", "on"},
			{"December", "DATE", "2018-12", "in"},
			{"May 2018", "DATE", "2018-05", "since"},
			{"February 17", "DATE", "2019-02-17", "on"},
		}},
		{"001_", "2017-12-05", []exp{
			{"September 30", "DATE", "2017-09-30", "As of"},
			{"last week", "DATE", "2017-W48", ""},
			{"currently", "DATE", "PRESENT_REF", ""},
		}},
		{"002_", "2020-01-06", []exp{
			{"Monday", "DATE", "2020-01-06", "on"},
			{"Monday night", "TIME", "2020-01-06TNI", "on"},
		}},
	}
	for _, tc := range tests {
		var path string
		for _, s := range seeds {
			if filepath.Base(s)[:len(tc.prefix)] == tc.prefix {
				path = s
			}
		}
		if path == "" {
			t.Errorf("seed %s* not found", tc.prefix)
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		es := Find(text, segment.Tokenize(text, nil), date(tc.ref), nil)
		validSpans(t, text, es)
		for _, w := range tc.want {
			found := false
			for _, e := range es {
				if e.Span.Of(text) == w.text && e.Type == w.typ && e.Value == w.value && e.Prep == w.prep {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%s: no %+v among %d expressions", filepath.Base(path), w, len(es))
			}
		}
	}
}

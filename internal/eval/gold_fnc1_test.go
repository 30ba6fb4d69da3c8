package eval

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"github.com/claimtrack/claimtrack/internal/shareddata"
)

// The hand-annotated conflict set over FNC-1 train bodies
// (testdata/gold/fnc1conflict, conventions in its README): figures only,
// pointers "fnc1/train_bodies/<Body ID>" + line + number + nth. The bodies
// have no publication date, so as_of is a stated date or null.

var goldFNC1DocRe = regexp.MustCompile(`^fnc1/train_bodies/\d+$`)

func goldFNC1Dir(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(shareddata.RepoRoot(tb), "testdata", "gold", "fnc1conflict")
}

// goldFNC1Check validates one record and returns the pointer it makes.
func goldFNC1Check(r goldT17Record) (ptrs []goldT17Pointer, errs []string) {
	fail := func(format string, args ...any) { errs = append(errs, r.where()+": "+fmt.Sprintf(format, args...)) }
	enum := func(key string) {
		s, null, ok := r.optStr(key)
		switch {
		case !ok:
			fail("%s: want a string or null", key)
		case null && !goldT17Nullable[key]:
			fail("%s: must not be null", key)
		case !null && !goldT17In(goldT17Enums[key], s):
			fail("%s: %q is not one of %v", key, s, goldT17Enums[key])
		}
	}
	for k, raw := range r.fields {
		if len(raw) > 320 {
			fail("field %q is %d bytes: annotations must not carry article text", k, len(raw))
		}
	}
	d, _ := r.str("doc")
	if !goldFNC1DocRe.MatchString(d) {
		fail("doc: want fnc1/train_bodies/<Body ID>, got %q", d)
	}
	switch kind, _ := r.str("kind"); kind {
	case "doc":
		// This set has more blind splits (check2, check3, check4) and a third tunable one (dev3) besides dev and check.
		if s, _ := r.str("split"); !goldT17In(GoldSplits, s) {
			fail("split: %q is not one of %v", s, GoldSplits)
		}
		if _, ok := r.bool("figures_complete"); !ok {
			fail("figures_complete: want a boolean")
		}
		if sc, ok := r.bool("statements_complete"); !ok || sc {
			fail("statements_complete: want false (figures only)")
		}
	case "figure":
		for _, k := range []string{"doc", "line", "number", "nth", "value", "low", "high", "approx", "negated", "event", "counted",
			"measure", "scope", "since", "as_of", "as_of_basis", "location", "country", "location_basis", "to", "source",
			"source_type", "via", "anonymous", "basis"} {
			if _, ok := r.fields[k]; !ok {
				fail("missing field %q", k)
			}
		}
		for _, k := range []string{"event", "scope", "as_of_basis", "location_basis", "source_type", "basis"} {
			enum(k)
		}
		asOf, null, ok := r.optStr("as_of")
		if !ok || !null && !goldT17DateRe.MatchString(asOf) {
			fail("as_of: want null or YYYY, YYYY-MM or YYYY-MM-DD, got %q", asOf)
		}
		if b, _ := r.str("as_of_basis"); b == "published" && !null {
			fail("as_of %s with basis published: the bodies have no publication date", asOf)
		}
		if string(r.fields["value"]) == "null" && (string(r.fields["low"]) == "null" || string(r.fields["high"]) == "null") {
			fail("value is null: want low and high (a range)")
		}
		_, locNull, _ := r.optStr("location")
		_, ctryNull, _ := r.optStr("country")
		if _, lbNull, _ := r.optStr("location_basis"); lbNull != (locNull && ctryNull) {
			fail("location_basis must be set exactly when a location or country is")
		}
		num, ok := r.str("number")
		line, lok := r.int("line")
		nth, nok := r.int("nth")
		if !ok || num == "" || !lok || line < 1 || !nok || nth < 1 {
			fail("want number, line ≥ 1 and nth ≥ 1")
			break
		}
		ptrs = append(ptrs, goldT17Pointer{doc: d, line: line, text: num, nth: nth, where: r.where()})
	default:
		fail("unknown kind %q (this set holds doc and figure records)", kind)
	}
	return ptrs, errs
}

// TestGoldFNC1Schema needs no shared data: records well formed, each figure's
// article declared, no pointer annotated twice, both splits present.
func TestGoldFNC1Schema(t *testing.T) {
	recs := goldLoadDir(t, goldFNC1Dir(t))
	docs := map[string]string{}
	for _, r := range recs {
		if k, _ := r.str("kind"); k == "doc" {
			d, _ := r.str("doc")
			if _, dup := docs[d]; dup {
				t.Errorf("%s: doc %s declared twice", r.where(), d)
			}
			docs[d], _ = r.str("split")
		}
	}
	seen := map[string]string{}
	figures := 0
	for _, r := range recs {
		ptrs, errs := goldFNC1Check(r)
		for _, e := range errs {
			t.Error(e)
		}
		for _, p := range ptrs {
			figures++
			if _, ok := docs[p.doc]; !ok {
				t.Errorf("%s: figure in %s, which has no doc record", p.where, p.doc)
			}
			key := fmt.Sprintf("%s:%d %q #%d", p.doc, p.line, p.text, p.nth)
			if prev, dup := seen[key]; dup {
				t.Errorf("%s: %s already annotated at %s", p.where, key, prev)
			}
			seen[key] = p.where
		}
	}
	n := map[string]int{}
	for _, s := range docs {
		n[s]++
	}
	if n["dev"] < 10 || n["check"] < 5 || n["check2"] < 20 || n["dev3"] < 20 || n["check3"] < 20 || n["check4"] < 20 {
		t.Errorf("want at least 10 dev, 5 check, 20 check2, 20 dev3, 20 check3 and 20 check4 articles, have %v", n)
	}
	if figures < 700 {
		t.Errorf("only %d figures", figures)
	}
}

// TestGoldFNC1Pointers opens the FNC-1 bodies and checks that every pointer
// resolves in the body as written and in the text the pipeline sees; it
// skips when ../shared is absent.
func TestGoldFNC1Pointers(t *testing.T) {
	recs := goldLoadDir(t, goldFNC1Dir(t))
	var ptrs []goldT17Pointer
	want := map[string]bool{}
	for _, r := range recs {
		ps, _ := goldFNC1Check(r)
		ptrs = append(ptrs, ps...)
		if k, _ := r.str("kind"); k == "doc" {
			d, _ := r.str("doc")
			want[d] = true
		}
	}
	dir := shareddata.Dir(t, "data/fnc1")
	arts := map[string]*T17Article{}
	err := ReadFNC1Bodies(context.Background(), dir, func(k string) bool { return want[k] }, func(a *T17Article) error {
		arts[a.Key] = a
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	for d := range want {
		if arts[d] == nil {
			missing = append(missing, d)
		}
	}
	sort.Strings(missing)
	for _, d := range missing {
		t.Errorf("body %s is not in %s", d, dir)
	}
	resolved := 0
	for _, p := range ptrs {
		a := arts[p.doc]
		if a == nil {
			continue
		}
		if p.line > a.Lines() {
			t.Errorf("%s: %s has %d lines, pointer names line %d", p.where, p.doc, a.Lines(), p.line)
			continue
		}
		if got := goldT17Occurrences(a.orig[p.line-1], p.text); got < p.nth {
			t.Errorf("%s: %q occurs %d times in %s line %d, pointer wants occurrence %d", p.where, p.text, got, p.doc, p.line, p.nth)
			continue
		}
		sp, err := a.Resolve(p.line, p.text, p.nth)
		if err != nil {
			t.Errorf("%s: %v", p.where, err)
			continue
		}
		if got := sp.Of(a.Text); got != p.text {
			t.Errorf("%s: resolves to %q, not %q", p.where, got, p.text)
			continue
		}
		resolved++
	}
	if resolved == 0 {
		t.Fatal("no pointer resolved")
	}
	t.Logf("%d pointers into %d bodies resolved", resolved, len(arts))
}

// TestFNC1ArticleLines: a body's line n is line n of the text, blank lines
// and CRLF included, and Resolve finds a number's occurrence on its line.
func TestFNC1ArticleLines(t *testing.T) {
	a := NewFNC1Article("7", "Ten died.\r\n\r\nThen 10 more, and 10 again; 1,000 fled.\n")
	if a.Key != "fnc1/train_bodies/7" || a.Lines() != 4 || !a.Published.IsZero() {
		t.Fatalf("key %q, %d lines, published %v", a.Key, a.Lines(), a.Published)
	}
	for _, c := range []struct {
		line int
		s    string
		nth  int
		want int // byte offset in Text
	}{{1, "Ten", 1, 0}, {3, "10", 1, 16}, {3, "10", 2, 29}, {3, "1,000", 1, 39}} {
		sp, err := a.Resolve(c.line, c.s, c.nth)
		if err != nil || sp.Start != c.want || sp.Of(a.Text) != c.s {
			t.Errorf("Resolve(%d, %q, %d) = %v %q, %v; want offset %d", c.line, c.s, c.nth, sp, sp.Of(a.Text), err, c.want)
		}
	}
	if _, err := a.Resolve(3, "10", 3); err == nil {
		t.Error("a third 10 on line 3 resolved")
	}
	if !isFNC1Data(filepath.Join("x", "train_bodies.csv")) || isFNC1Data(t.TempDir()) {
		t.Error("isFNC1Data: wrong on a bodies file or an empty directory")
	}
}

// TestGoldFNC1SplitKeys: every FNC-1 split, check4 included, loads through
// ReadGold (the path `eval figures --split` takes) with its documents; no
// extraction is run.
func TestGoldFNC1SplitKeys(t *testing.T) {
	g, err := ReadGold(goldFNC1Dir(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		split string
		min   int
	}{{"dev", 10}, {"check", 5}, {"check2", 20}, {"dev3", 20}, {"check3", 20}, {"check4", 25}} {
		if n := len(g.DocKeys(c.split)); n < c.min {
			t.Errorf("split %s: %d documents, want at least %d", c.split, n, c.min)
		}
	}
}

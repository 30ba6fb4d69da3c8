package eval

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/shareddata"
)

// The hand-annotated Timeline17 gold (testdata/gold/t17, schema in its
// README) is only worth something if every record is well formed and every
// pointer lands on the number or cue it names in the original article.
// These helpers are named goldT17… so that they stay apart from any reader
// the evaluation task itself grows.

// goldT17Record is one JSON Lines record, kept as raw fields so that a
// missing field and a null one can be told apart.
type goldT17Record struct {
	file   string
	lineNo int
	fields map[string]json.RawMessage
}

func (r goldT17Record) where() string { return fmt.Sprintf("%s:%d", r.file, r.lineNo) }

func (r goldT17Record) str(key string) (string, bool) {
	var s string
	raw, ok := r.fields[key]
	if !ok || json.Unmarshal(raw, &s) != nil {
		return "", false
	}
	return s, true
}

// optStr reads a field that may be null; ok is false when it is neither.
func (r goldT17Record) optStr(key string) (s string, null, ok bool) {
	raw, present := r.fields[key]
	if !present {
		return "", false, false
	}
	if string(raw) == "null" {
		return "", true, true
	}
	if json.Unmarshal(raw, &s) != nil {
		return "", false, false
	}
	return s, false, true
}

func (r goldT17Record) int(key string) (int, bool) {
	var n int
	raw, ok := r.fields[key]
	if !ok || json.Unmarshal(raw, &n) != nil {
		return 0, false
	}
	return n, true
}

func (r goldT17Record) bool(key string) (bool, bool) {
	var b bool
	raw, ok := r.fields[key]
	if !ok || json.Unmarshal(raw, &b) != nil {
		return false, false
	}
	return b, true
}

// goldT17Pointer is (doc, line, string, nth) into an original article.
type goldT17Pointer struct {
	doc    string
	line   int
	text   string
	nth    int
	where  string
	isCue  bool
	target bool // a statement's target_line: only the line must exist
}

var goldT17Enums = map[string][]string{
	"split":          {"dev", "check"},
	"event":          {"killed", "wounded", "missing", "detained", "displaced", "deployed", "in need", "protesting", "population", "cases", "money", "amount"},
	"scope":          {"cumulative", "incident", "period", "rate"},
	"as_of_basis":    {"stated", "statement", "published"},
	"location_basis": {"stated", "sentence", "paragraph", "dateline", "article"},
	"source_type":    {"government", "military", "intergovernmental", "ngo", "activists", "media", "company", "expert", "document", "anonymous official", "unknown"},
	"basis":          {"official", "statistics", "estimate", "planned", "projected", "reported", "claimed"},
	"stance":         {"asserts", "denies", "confirms", "questions"},
	"speaker_type":   {"person", "organization", "publication", "document", "anonymous"},
}

// nullable lists the enumerated fields that may be null.
var goldT17Nullable = map[string]bool{"event": true, "scope": true, "location_basis": true, "source_type": true, "basis": true}

var (
	goldT17DocRe  = regexp.MustCompile(`^([A-Za-z0-9_]+)/(\d{4}-\d{2}-\d{2})/[^/]+\.txt$`)
	goldT17DateRe = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
)

func goldT17Dir(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(shareddata.RepoRoot(tb), "testdata", "gold", "t17")
}

func goldT17Load(tb testing.TB) []goldT17Record {
	tb.Helper()
	return goldLoadDir(tb, goldT17Dir(tb))
}

// goldLoadDir reads every JSON Lines record of the *.jsonl files of dir.
func goldLoadDir(tb testing.TB, dir string) []goldT17Record {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(paths) == 0 {
		tb.Fatalf("no gold files in %s", dir)
	}
	var recs []goldT17Record
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for n := 1; sc.Scan(); n++ {
			if strings.TrimSpace(sc.Text()) == "" {
				tb.Errorf("%s:%d: blank line", filepath.Base(p), n)
				continue
			}
			r := goldT17Record{file: filepath.Base(p), lineNo: n}
			if err := json.Unmarshal(sc.Bytes(), &r.fields); err != nil {
				tb.Errorf("%s:%d: not a JSON object: %v", filepath.Base(p), n, err)
				continue
			}
			recs = append(recs, r)
		}
		if err := sc.Err(); err != nil {
			tb.Fatalf("%s: %v", p, err)
		}
	}
	return recs
}

// goldT17Check validates one record and returns the pointers it makes.
func goldT17Check(r goldT17Record) (ptrs []goldT17Pointer, errs []string) {
	fail := func(format string, args ...any) { errs = append(errs, r.where()+": "+fmt.Sprintf(format, args...)) }
	need := func(keys ...string) {
		for _, k := range keys {
			if _, ok := r.fields[k]; !ok {
				fail("missing field %q", k)
			}
		}
	}
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
	docOf := func(key string) string {
		d, ok := r.str(key)
		if !ok || !goldT17DocRe.MatchString(d) {
			fail("%s: want <topic>/<YYYY-MM-DD>/<file>.txt, got %q", key, d)
		}
		return d
	}
	pos := func(key string) int {
		n, ok := r.int(key)
		if !ok || n < 1 {
			fail("%s: want a positive integer", key)
		}
		return n
	}
	// Annotations only: a long string is a sign that article text crept in.
	for k, raw := range r.fields {
		if len(raw) > 320 {
			fail("field %q is %d bytes: annotations must not carry article text", k, len(raw))
		}
	}
	kind, _ := r.str("kind")
	switch kind {
	case "doc":
		need("doc", "split", "annotator", "figures_complete")
		docOf("doc")
		enum("split")
		if _, ok := r.bool("figures_complete"); !ok {
			fail("figures_complete: want a boolean")
		}
		if _, has := r.fields["statements_complete"]; has {
			if _, ok := r.bool("statements_complete"); !ok {
				fail("statements_complete: want a boolean")
			}
		}
	case "figure":
		need("doc", "line", "number", "nth", "value", "low", "high", "approx", "negated", "event", "counted", "measure",
			"scope", "since", "as_of", "as_of_basis", "location", "country", "location_basis", "to", "source",
			"source_type", "via", "anonymous", "basis")
		d := docOf("doc")
		num, ok := r.str("number")
		if !ok || num == "" {
			fail("number: want the number token as written")
		}
		for _, k := range []string{"event", "scope", "as_of_basis", "location_basis", "source_type", "basis"} {
			enum(k)
		}
		for _, k := range []string{"negated", "anonymous"} {
			if _, ok := r.bool(k); !ok {
				fail("%s: want a boolean", k)
			}
		}
		asOf, null, ok := r.optStr("as_of")
		if !ok || null || !goldT17DateRe.MatchString(asOf) {
			fail("as_of: want YYYY, YYYY-MM or YYYY-MM-DD, got %q", asOf)
		}
		if m := goldT17DocRe.FindStringSubmatch(d); m != nil {
			if b, _ := r.str("as_of_basis"); b == "published" && asOf != m[2] {
				fail("as_of %s with basis published, but the article is of %s", asOf, m[2])
			}
		}
		if since, null, ok := r.optStr("since"); !ok || (!null && !goldT17DateRe.MatchString(since)) {
			fail("since: want null or a TIMEX3 date, got %q", since)
		}
		// A range is one figure: no value, both bounds.
		if string(r.fields["value"]) == "null" && (string(r.fields["low"]) == "null" || string(r.fields["high"]) == "null") {
			fail("value is null: want low and high (a range)")
		}
		if _, locNull, _ := r.optStr("location"); locNull {
			if _, lbNull, _ := r.optStr("location_basis"); !lbNull {
				fail("location_basis set without a location")
			}
		}
		ptrs = append(ptrs, goldT17Pointer{doc: d, line: pos("line"), text: num, nth: pos("nth"), where: r.where()})
	case "statement":
		need("doc", "line", "cue", "cue_nth", "speaker", "speaker_type", "source_type", "anonymous", "stance", "direct", "target_line")
		d := docOf("doc")
		for _, k := range []string{"speaker_type", "source_type", "stance"} {
			enum(k)
		}
		if s, null, _ := r.optStr("source_type"); null || s == "" {
			fail("source_type: a statement always has one")
		}
		for _, k := range []string{"anonymous", "direct"} {
			if _, ok := r.bool(k); !ok {
				fail("%s: want a boolean", k)
			}
		}
		cue, ok := r.str("cue")
		if !ok || cue == "" {
			fail("cue: want the reporting word as written")
		}
		line := pos("line")
		ptrs = append(ptrs, goldT17Pointer{doc: d, line: line, text: cue, nth: pos("cue_nth"), where: r.where(), isCue: true})
		if string(r.fields["target_line"]) != "null" {
			ptrs = append(ptrs, goldT17Pointer{doc: d, line: pos("target_line"), where: r.where(), target: true})
		}
	case "nondenial":
		need("doc", "line", "cue", "cue_nth", "note")
		d := docOf("doc")
		cue, ok := r.str("cue")
		if !ok || cue == "" {
			fail("cue: want a word of the line as written")
		}
		ptrs = append(ptrs, goldT17Pointer{doc: d, line: pos("line"), text: cue, nth: pos("cue_nth"), where: r.where(), isCue: true})
	case "window":
		// listed.jsonl: a topic whose first listed discrepancies are judged.
		need("topic", "window")
		if t, _ := r.str("topic"); t == "" || strings.Contains(t, "/") {
			fail("topic: want a topic name")
		}
	case "dispute", "revision", "listed":
		need("a", "b", "why")
		if kind != "revision" {
			need("genuine")
			g, ok := r.bool("genuine")
			if !ok {
				fail("genuine: want a boolean")
			}
			if kind == "listed" && !g {
				if c, _ := r.str("class"); c == "" {
					fail("class: a listed pair judged not genuine names its class")
				}
			}
		}
		if why, ok := r.str("why"); !ok || why == "" {
			fail("why: want a short reason")
		}
		var sides [2]goldT17Pointer
		for i, side := range []string{"a", "b"} {
			var p struct {
				Doc    string
				Line   int
				Number string
				Nth    int
			}
			if err := json.Unmarshal(r.fields[side], &p); err != nil || p.Doc == "" || p.Number == "" || p.Line < 1 || p.Nth < 1 {
				fail("%s: want {doc, line, number, nth}", side)
				continue
			}
			if !goldT17DocRe.MatchString(p.Doc) {
				fail("%s.doc: bad document path %q", side, p.Doc)
			}
			sides[i] = goldT17Pointer{doc: p.Doc, line: p.Line, text: p.Number, nth: p.Nth, where: r.where() + " " + side}
			ptrs = append(ptrs, sides[i])
		}
		if sides[0].doc != "" && sides[0].doc == sides[1].doc && sides[0].line == sides[1].line &&
			sides[0].text == sides[1].text && sides[0].nth == sides[1].nth {
			fail("a and b are the same figure")
		}
	case "toll", "nontoll":
		need("topic", "doc", "line", "number", "nth", "country")
		d := docOf("doc")
		if t, _ := r.str("topic"); !strings.HasPrefix(d, t+"/") {
			fail("topic %q does not match doc %q", t, d)
		}
		if c, ok := r.str("country"); !ok || c == "" {
			fail("country: want a country name")
		}
		num, _ := r.str("number")
		ptrs = append(ptrs, goldT17Pointer{doc: d, line: pos("line"), text: num, nth: pos("nth"), where: r.where()})
	default:
		fail("unknown kind %q", kind)
	}
	return ptrs, errs
}

func goldT17In(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// goldT17Occurrences counts the places where s stands on its own in line:
// not glued to a letter or digit, and not part of a longer number ("1" is
// not found in "117", "1,000" or "1.5"). The README states the same rule.
func goldT17Occurrences(line, s string) int {
	if s == "" {
		return 0
	}
	alnum := func(c byte) bool {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	n := 0
	for i := 0; ; {
		j := strings.Index(line[i:], s)
		if j < 0 {
			return n
		}
		start, end := i+j, i+j+len(s)
		ok := true
		if start > 0 && alnum(line[start-1]) {
			ok = false
		}
		if start > 1 && (line[start-1] == ',' || line[start-1] == '.') && digit(line[start-2]) {
			ok = false
		}
		if end < len(line) && alnum(line[end]) {
			ok = false
		}
		if end+1 < len(line) && (line[end] == ',' || line[end] == '.') && digit(line[end+1]) {
			ok = false
		}
		if ok {
			n++
		}
		i = start + 1
	}
}

// goldT17ReadDocs reads the named articles out of the Timeline17 tarball in
// one pass and splits them into lines (1-based; blank lines count).
func goldT17ReadDocs(tb testing.TB, tarPath string, want map[string]bool) map[string][]string {
	tb.Helper()
	f, err := os.Open(tarPath)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("%s: %v", tarPath, err)
	}
	tr := tar.NewReader(zr)
	docs := map[string][]string{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatalf("%s: %v", tarPath, err)
		}
		// Timeline17/<topic>/InputDocs/<date>/<file> → <topic>/<date>/<file>
		parts := strings.Split(h.Name, "/")
		if len(parts) != 5 || parts[0] != "Timeline17" || parts[2] != "InputDocs" {
			continue
		}
		key := parts[1] + "/" + parts[3] + "/" + parts[4]
		if !want[key] {
			continue
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			tb.Fatalf("%s: %s: %v", tarPath, h.Name, err)
		}
		docs[key] = strings.Split(string(data), "\n")
	}
	return docs
}

func TestGoldT17Occurrences(t *testing.T) {
	for _, c := range []struct {
		line, s string
		want    int
	}{
		{"117 confirmed cases and 1 death , 1,000 tests", "1", 1},
		{"a 5,000-strong party ; 5,000 barrels", "5,000", 2},
		{"24.14 billion pounds or 24.1 billion", "24.1", 1},
		{"$ 20bn fund and $ 2bn", "2bn", 1},
		{"Two others , two more", "two", 1},
		{"45,000-50 ,000 dead", "50,000", 0},
		{"said he said", "said", 2},
		{"unsaid", "said", 0},
	} {
		if got := goldT17Occurrences(c.line, c.s); got != c.want {
			t.Errorf("goldT17Occurrences(%q, %q) = %d, want %d", c.line, c.s, got, c.want)
		}
	}
}

// TestGoldT17Schema needs no shared data: every record is well formed, its
// enumerations valid, every annotated article has a doc record in the same
// file, no pointer is annotated twice, and each topic has dev and check docs.
func TestGoldT17Schema(t *testing.T) {
	recs := goldT17Load(t)
	docsByFile := map[string]map[string]string{} // file → doc → split
	for _, r := range recs {
		if k, _ := r.str("kind"); k == "doc" {
			d, _ := r.str("doc")
			s, _ := r.str("split")
			if docsByFile[r.file] == nil {
				docsByFile[r.file] = map[string]string{}
			}
			if _, dup := docsByFile[r.file][d]; dup {
				t.Errorf("%s: doc %s annotated twice", r.where(), d)
			}
			docsByFile[r.file][d] = s
		}
	}
	seen := map[string]string{}
	for _, r := range recs {
		ptrs, errs := goldT17Check(r)
		for _, e := range errs {
			t.Error(e)
		}
		kind, _ := r.str("kind")
		if kind != "figure" && kind != "statement" && kind != "nondenial" {
			continue
		}
		d, _ := r.str("doc")
		if _, ok := docsByFile[r.file][d]; !ok {
			t.Errorf("%s: %s %s has no doc record in %s", r.where(), kind, d, r.file)
		}
		for _, p := range ptrs {
			if p.target {
				continue
			}
			key := fmt.Sprintf("%s %s:%d %q #%d", kind, p.doc, p.line, p.text, p.nth)
			if prev, dup := seen[key]; dup {
				t.Errorf("%s: %s already annotated at %s", r.where(), key, prev)
			}
			seen[key] = r.where()
		}
	}
	for file, docs := range docsByFile {
		n := map[string]int{}
		for _, s := range docs {
			n[s]++
		}
		if n["dev"] == 0 || n["check"] == 0 {
			t.Errorf("%s: want both dev and check articles, have %v", file, n)
		}
	}
}

// TestGoldT17Pointers opens the original articles and checks that every
// pointer resolves: the line exists and the number (or cue) occurs at least
// nth times in it.
func TestGoldT17Pointers(t *testing.T) {
	recs := goldT17Load(t)
	var ptrs []goldT17Pointer
	want := map[string]bool{}
	for _, r := range recs {
		ps, _ := goldT17Check(r) // schema errors are TestGoldT17Schema's to report
		for _, p := range ps {
			ptrs = append(ptrs, p)
			want[p.doc] = true
		}
	}
	dir := shareddata.Dir(t, "data/timeline17")
	docs := goldT17ReadDocs(t, filepath.Join(dir, "Timeline17-open.tar.gz"), want)
	var missing []string
	for d := range want {
		if _, ok := docs[d]; !ok {
			missing = append(missing, d)
		}
	}
	sort.Strings(missing)
	for _, d := range missing {
		t.Errorf("article %s is not in the Timeline17 tarball", d)
	}
	resolved := 0
	for _, p := range ptrs {
		lines, ok := docs[p.doc]
		if !ok {
			continue
		}
		if p.line > len(lines) {
			t.Errorf("%s: %s has %d lines, pointer names line %d", p.where, p.doc, len(lines), p.line)
			continue
		}
		if p.target {
			resolved++
			continue
		}
		if got := goldT17Occurrences(lines[p.line-1], p.text); got < p.nth {
			what := "number"
			if p.isCue {
				what = "cue"
			}
			t.Errorf("%s: %s %q occurs %d times in %s line %d, pointer wants occurrence %d",
				p.where, what, p.text, got, p.doc, p.line, p.nth)
			continue
		}
		resolved++
	}
	if resolved == 0 {
		t.Fatal("no pointer resolved")
	}
	t.Logf("%d pointers into %d articles resolved", resolved, len(docs))
}

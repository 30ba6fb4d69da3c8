package extract_test

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// encodingJSON is the reference: what `claimtrack extract` wrote with
// encoding/json, less the newline.
func encodingJSON(t testing.TB, r *extract.Result) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		t.Fatalf("encoding/json: %v", err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

func sameJSON(t testing.TB, what string, r *extract.Result) {
	t.Helper()
	want := encodingJSON(t, r)
	got, err := r.AppendJSON(nil)
	if err != nil {
		t.Fatalf("%s: AppendJSON: %v", what, err)
	}
	if !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		lo := max(0, i-80)
		t.Fatalf("%s: AppendJSON differs from encoding/json at byte %d:\n got  …%s\n want …%s", what, i,
			got[lo:min(len(got), i+80)], want[lo:min(len(want), i+80)])
	}
}

// jsonStrings are values that exercise every branch of string escaping.
var jsonStrings = []string{
	"", "plain", "a < b && c > d", `quote " and \ backslash`, "tab\tnew\nline\rcr\bbs\fff",
	"\x00\x01\x1f\x7f", "line\u2028sep\u2029para", "bad \xff\xfe utf8 \xe2\x80", "Ünïcödé – “quoted” 😀",
	"</script>", "\u00e9\u0301",
}

var jsonFloats = []float64{0, math.Copysign(0, -1), 1, -1, 3.5, 503, 5262, 1e6, 2.5e9, 1e15, 1e20, 1e21, 1.5e21,
	123456789012345678, 1e-6, 9.99e-7, 1e-7, 0.1, 0.30000000000000004, -2.75e-9, math.MaxFloat64, math.SmallestNonzeroFloat64}

// fill sets every exported field of v (recursively) from rng: strings from
// jsonStrings, floats from jsonFloats, pointers sometimes nil, slices nil,
// empty or filled. Because it walks the struct types by reflection, a field
// added later is filled too, and a writer that misses it fails.
func fill(rng *rand.Rand, v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(jsonStrings[rng.IntN(len(jsonStrings))])
	case reflect.Bool:
		v.SetBool(rng.IntN(2) == 1)
	case reflect.Int, reflect.Int64, reflect.Int32:
		switch rng.IntN(4) {
		case 0:
			v.SetInt(0)
		case 1:
			v.SetInt(int64(rng.IntN(13)))
		default:
			v.SetInt(int64(rng.IntN(100000)) - 10)
		}
	case reflect.Float64:
		v.SetFloat(jsonFloats[rng.IntN(len(jsonFloats))])
	case reflect.Pointer:
		if rng.IntN(4) == 0 {
			v.SetZero()
			return
		}
		p := reflect.New(v.Type().Elem())
		fill(rng, p.Elem())
		v.Set(p)
	case reflect.Slice:
		switch rng.IntN(4) {
		case 0:
			v.SetZero()
		case 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		default:
			n := 1 + rng.IntN(3)
			s := reflect.MakeSlice(v.Type(), n, n)
			for i := 0; i < n; i++ {
				fill(rng, s.Index(i))
			}
			v.Set(s)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(rng, v.Field(i))
			}
		}
	default:
		panic("fill: no values for kind " + v.Kind().String() + ": extend fill and AppendJSON")
	}
}

// TestAppendJSONMatchesEncodingJSON compares the hand-written writer with
// encoding/json on synthetic results that set every field (found by
// reflection), on zero values, and on the real results of the samples.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	sameJSON(t, "zero result", &extract.Result{})
	sameJSON(t, "zero parts", &extract.Result{Doc: &document.Document{}, Entities: []extract.Entity{{}}, Times: []extract.Time{{}},
		Quantities: []extract.Quantity{{}}, Figures: []extract.Figure{{}}, Statements: []extract.Statement{{}}, Warnings: []string{""}})
	var nilResult *extract.Result
	if got, _ := nilResult.AppendJSON(nil); string(got) != "null" {
		t.Errorf("nil result: got %s", got)
	}
	rng := rand.New(rand.NewPCG(1, 13))
	for i := 0; i < 3000; i++ {
		var r extract.Result
		fill(rng, reflect.ValueOf(&r).Elem())
		sameJSON(t, "synthetic", &r)
	}
	for _, d := range benchArticles(t) {
		sameJSON(t, "sample", extract.Extract(d))
	}
}

func TestAppendJSONRejectsNonFinite(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		r := &extract.Result{Figures: []extract.Figure{{Value: &f}}}
		if _, err := r.AppendJSON(nil); err == nil {
			t.Errorf("value %v: no error", f)
		}
		if _, err := json.Marshal(r); err == nil {
			t.Errorf("value %v: encoding/json took it, so should AppendJSON", f)
		}
	}
}

// TestAppendJSONSharedCorpora runs the comparison on the seeds and every
// BBC article in ../shared.
func TestAppendJSONSharedCorpora(t *testing.T) {
	for k, r := range seedResults(t) {
		sameJSON(t, "seed "+k, r)
	}
	dir := filepath.Join(sharedDir(t), "data", "bbc-news", "bbc")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("BBC corpus not in ../shared: %v", err)
	}
	n := 0
	var x extract.Extractor
	var prev *extract.Result
	var prevJSON []byte
	if err := ingestDir(dir, func(d *document.Document) {
		n++
		r := extract.Extract(d)
		sameJSON(t, string(d.Path), r)
		// The reusing Extractor gives the same result, and reusing its
		// memory for this article left the previous result untouched.
		want := encodingJSON(t, r)
		xr := x.Extract(d)
		if got := encodingJSON(t, xr); !bytes.Equal(got, want) {
			t.Fatalf("%s: Extractor.Extract differs from Extract", d.Path)
		}
		if prev != nil && !bytes.Equal(encodingJSON(t, prev), prevJSON) {
			t.Fatalf("%s: extracting it changed the previous result", d.Path)
		}
		prev, prevJSON = xr, want
	}); err != nil {
		t.Fatal(err)
	}
	if n < 2000 {
		t.Fatalf("only %d BBC articles read", n)
	}
}

// FuzzAppendJSON extracts from arbitrary text and compares the encodings.
func FuzzAppendJSON(f *testing.F) {
	for _, s := range []string{
		"The Pentagon has officially acknowledged the U.S. has 503 troops in Syria and 5,262 in Iraq.",
		`"There has been no decision whatsoever to leave," Esper said <b>on Monday</b> & more.`,
		"Up to 1.5e21 people — or 0.0000001 of them \u2028 said \xff officials.", "",
	} {
		f.Add(s, "2020-01-06", "Agency <&>")
	}
	f.Fuzz(func(t *testing.T, text, pub, src string) {
		doc := document.New(text)
		doc.Published, _ = document.ParseDate(pub)
		doc.Source = document.Str(src)
		sameJSON(t, "fuzz", extract.Extract(doc))
	})
}

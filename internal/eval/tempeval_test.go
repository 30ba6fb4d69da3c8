package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
)

func sharedDir(t testing.TB) string {
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
	return filepath.Join(dir, "..", "shared")
}

func TestParseTimeML(t *testing.T) {
	src := `<?xml version="1.0" ?>
<TimeML><DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-11-20" functionInDocument="CREATION_TIME">1998-11-20</TIMEX3></DCT>
<TEXT>
Prices &amp; rents rose <TIMEX3 tid="t1" type="DATE" value="1998-11-20">Friday</TIMEX3> after <EVENT eid="e1">talks</EVENT> in <TIMEX3 tid="t2" type="DATE" value="1998-10" mod="END">late October</TIMEX3>.<TIMEX3 tid="t3" type="DURATION" value="P1D" beginPoint="t1" endPoint="t2"/>
</TEXT></TimeML>`
	d, err := ParseTimeML(src)
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "X1" || d.DCT != (document.Date{Year: 1998, Month: 11, Day: 20}) {
		t.Errorf("id %q dct %v", d.ID, d.DCT)
	}
	want := []TimeML{
		{Text: "Friday", Type: "DATE", Value: "1998-11-20"},
		{Text: "late October", Type: "DATE", Value: "1998-10", Mod: "END"},
	}
	if len(d.Timexes) != len(want) {
		t.Fatalf("got %d timexes, want %d: %+v", len(d.Timexes), len(want), d.Timexes)
	}
	for i, w := range want {
		g := d.Timexes[i]
		if g.Text != w.Text || g.Type != w.Type || g.Value != w.Value || g.Mod != w.Mod || g.Span.Of(d.Text) != w.Text {
			t.Errorf("timex %d = %+v, want %+v", i, g, w)
		}
	}
	if !strings.Contains(d.Text, "Prices & rents rose Friday after talks in late October.") {
		t.Errorf("text %q", d.Text)
	}
}

func TestTempevalCounts(t *testing.T) {
	sp := func(s, e int) document.Span { return document.Span{Start: s, End: e} }
	tests := []struct {
		name                          string
		gold, sys                     []TimeML
		strictF1, relaxedF1, valueAcc float64
		typeAcc, valueF1              float64
	}{
		{
			name:     "exact",
			gold:     []TimeML{{Span: sp(0, 6), Type: "DATE", Value: "1998-11-20"}},
			sys:      []TimeML{{Span: sp(0, 6), Type: "DATE", Value: "1998-11-20"}},
			strictF1: 1, relaxedF1: 1, valueAcc: 1, typeAcc: 1, valueF1: 1,
		},
		{
			// "last Friday" vs "Friday": relaxed only; wrong value
			name:     "overlap",
			gold:     []TimeML{{Span: sp(0, 11), Type: "DATE", Value: "1998-11-13"}},
			sys:      []TimeML{{Span: sp(5, 11), Type: "DATE", Value: "1998-11-20"}},
			strictF1: 0, relaxedF1: 1, valueAcc: 0, typeAcc: 1, valueF1: 0,
		},
		{
			// two gold, one found exactly with the right value, one spurious
			name: "partial",
			gold: []TimeML{
				{Span: sp(0, 5), Type: "DATE", Value: "2019"},
				{Span: sp(10, 20), Type: "DURATION", Value: "P3Y"},
			},
			sys: []TimeML{
				{Span: sp(0, 5), Type: "DATE", Value: "2019"},
				{Span: sp(30, 35), Type: "DATE", Value: "PRESENT_REF"},
			},
			strictF1: 0.5, relaxedF1: 0.5, valueAcc: 1, typeAcc: 1, valueF1: 0.5,
		},
		{
			// adjacent spans do not overlap; value comparison ignores case
			name:     "adjacent",
			gold:     []TimeML{{Span: sp(0, 5), Type: "SET", Value: "p1d"}, {Span: sp(5, 9), Type: "DATE", Value: "X"}},
			sys:      []TimeML{{Span: sp(0, 5), Type: "DATE", Value: "P1D"}},
			strictF1: 2.0 / 3, relaxedF1: 2.0 / 3, valueAcc: 1, typeAcc: 0, valueF1: 2.0 / 3,
		},
		{
			name:     "empty",
			gold:     nil,
			sys:      nil,
			strictF1: 0, relaxedF1: 0, valueAcc: 0, typeAcc: 0, valueF1: 0,
		},
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &tempevalCounts{}
			c.add("d", tc.gold, tc.sys)
			r := c.report()
			if !near(r.StrictF1, tc.strictF1) || !near(r.RelaxedF1, tc.relaxedF1) || !near(r.ValueAccuracy, tc.valueAcc) ||
				!near(r.TypeAccuracy, tc.typeAcc) || !near(r.ValueF1, tc.valueF1) {
				t.Errorf("got strict %.3f relaxed %.3f type %.3f value %.3f valueF1 %.3f; want %.3f %.3f %.3f %.3f %.3f",
					r.StrictF1, r.RelaxedF1, r.TypeAccuracy, r.ValueAccuracy, r.ValueF1,
					tc.strictF1, tc.relaxedF1, tc.typeAcc, tc.valueAcc, tc.valueF1)
			}
		})
	}
}

func TestTempEvalReportJSON(t *testing.T) {
	b, err := json.Marshal(TempEvalReport{Docs: 2, ValueF1: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"strict_f1", "relaxed_f1", "strict_precision", "strict_recall", "relaxed_precision",
		"relaxed_recall", "type_accuracy", "value_accuracy", "value_f1", "docs", "gold", "system"} {
		if !bytes.Contains(b, []byte(`"`+k+`":`)) {
			t.Errorf("JSON lacks %q: %s", k, b)
		}
	}
	var buf bytes.Buffer
	if err := (TempEvalReport{Split: "x", ValueF1: 0.5}).Text(&buf); err != nil || !strings.Contains(buf.String(), "F1=0.5000") {
		t.Errorf("Text: %v %q", err, buf.String())
	}
}

func TestTempEvalEndToEnd(t *testing.T) {
	dir := t.TempDir()
	doc := `<?xml version="1.0" ?>
<TimeML><DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2019-02-18" functionInDocument="CREATION_TIME">2019-02-18</TIMEX3></DCT>
<TEXT>
The council met <TIMEX3 tid="t1" type="DATE" value="2019-02-15">Friday</TIMEX3> and said prices rose <TIMEX3 tid="t2" type="DATE" value="2018">last year</TIMEX3> for <TIMEX3 tid="t3" type="DURATION" value="P3M">three months</TIMEX3>.
</TEXT></TimeML>`
	if err := os.WriteFile(filepath.Join(dir, "t1.tml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := TempEval(dir, "test") // a folder of .tml files is read directly
	if err != nil {
		t.Fatal(err)
	}
	if r.Docs != 1 || r.Gold != 3 || r.System != 3 || r.StrictF1 != 1 || r.ValueF1 != 1 || r.TypeAccuracy != 1 {
		t.Errorf("report %+v", r)
	}
}

func TestTempEvalSplits(t *testing.T) {
	if _, err := TempEvalFiles(t.TempDir(), "nosuch"); err == nil {
		t.Error("unknown split accepted")
	}
	if _, err := TempEval(t.TempDir(), "train"); err == nil {
		t.Error("missing data accepted")
	}
}

// TestTempEvalData scores the tagger on TimeBank (train) and AQUAINT (dev).
// Set TEMPEVAL_ERRORS=1 to print the disagreements.
func TestTempEvalData(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "data", "tempeval3")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("TempEval-3 data not found at %s", dir)
	}
	for _, split := range []string{"timebank", "aquaint"} {
		files, err := TempEvalFiles(dir, split)
		if err != nil {
			t.Fatal(err)
		}
		r, err := ScoreTimeML(files, os.Getenv("TEMPEVAL_ERRORS") != "")
		if err != nil {
			t.Fatal(err)
		}
		r.Split = split
		var buf bytes.Buffer
		r.Text(&buf)
		t.Log(buf.String())
		if r.Gold < 500 || r.System == 0 {
			t.Errorf("%s: gold %d system %d", split, r.Gold, r.System)
		}
		// a floor well below the measured score, to catch regressions
		if r.ValueF1 < 0.6 {
			t.Errorf("%s: value F1 %.3f below 0.6", split, r.ValueF1)
		}
		if len(r.Errors) > 0 {
			byKind := map[string][]string{}
			for _, e := range r.Errors {
				byKind[e.Kind] = append(byKind[e.Kind], fmt.Sprintf("%s | gold %q %s %s %s | sys %q %s %s %s",
					e.Doc, e.Gold.Text, e.Gold.Type, e.Gold.Value, e.Gold.Mod, e.System.Text, e.System.Type, e.System.Value, e.System.Mod))
			}
			kinds := make([]string, 0, len(byKind))
			for k := range byKind {
				kinds = append(kinds, k)
			}
			sort.Strings(kinds)
			for _, k := range kinds {
				fmt.Printf("== %s %s: %d\n", split, k, len(byKind[k]))
				for _, s := range byKind[k] {
					fmt.Println(s)
				}
			}
		}
	}
}

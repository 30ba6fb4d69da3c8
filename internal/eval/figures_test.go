package eval

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/shareddata"
)

func TestSameSource(t *testing.T) {
	cases := []struct {
		g, p string
		want bool
	}{
		{"United Nations", "UN", true},
		{"United Nations", "the U.N.", true},
		{"Haitian government", "the government", true},
		{"Haitian government", "Haiti's government", true},
		{"BP", "BP's", true},
		{"BP", "British Petroleum", true},
		{"Rene Preval", "Preval", true},
		{"Haitian government", "Rene Preval", false},
		{"MENA", "official Middle East News Agency (MENA)", true},
		{"Committee to Protect Journalists", "CPJ", true},
		{"Committee to Protect Journalists", "Reporters Without Borders", false},
		{"", "", true},
		{"", "officials", false},
		{"US Coast Guard", "", false},
	}
	for _, c := range cases {
		if got := sameSource(c.g, c.p); got != c.want {
			t.Errorf("sameSource(%q, %q) = %v, want %v", c.g, c.p, got, c.want)
		}
	}
}

func TestSamePlace(t *testing.T) {
	cases := []struct {
		gl, gc, pl, pc string
		want           bool
	}{
		{"Port-au-Prince", "Haiti", "Haiti", "Haiti", true},
		{"Port-au-Prince", "Haiti", "Port-au-Prince", "", true},
		{"Cairo", "Egypt", "Alexandria", "Egypt", true},
		{"Cairo", "Egypt", "London", "United Kingdom", false},
		{"", "", "", "", true},
		{"", "", "Haiti", "Haiti", false},
		{"the United States", "United States", "US", "", true},
	}
	for _, c := range cases {
		if got := samePlace(c.gl, c.gc, c.pl, c.pc); got != c.want {
			t.Errorf("samePlace(%q,%q,%q,%q) = %v, want %v", c.gl, c.gc, c.pl, c.pc, got, c.want)
		}
	}
}

func TestMatchSpans(t *testing.T) {
	sp := func(a, b int) document.Span { return document.Span{Start: a, End: b} }
	gold := []document.Span{sp(10, 15), sp(20, 25), sp(40, 42)}
	pred := []document.Span{sp(8, 30), sp(20, 30), sp(50, 60)}
	pairs, ug, up := matchSpans(gold, pred)
	if want := [][2]int{{0, 0}, {1, 1}}; !reflect.DeepEqual(pairs, want) {
		t.Errorf("pairs = %v, want %v", pairs, want)
	}
	if !reflect.DeepEqual(ug, []int{2}) || !reflect.DeepEqual(up, []int{2}) {
		t.Errorf("unmatched = %v %v", ug, up)
	}
}

func fptr(v float64) *float64 { return &v }

// TestAddDoc scores hand-made predictions against hand-made gold on a
// sentence written for this test.
func TestAddDoc(t *testing.T) {
	raw := "The toll rose to 1,200 , officials said .\nBP denied that 5,000 barrels a day leaked , and 30 rigs closed .\n"
	a, err := NewT17Article("quake_bbc/2010-01-15/1.htm.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string, nth int) document.Span {
		i := -1
		for k := 0; k < nth; k++ {
			i += 1 + strings.Index(a.Text[i+1:], s)
		}
		return document.Span{Start: i, End: i + len(s)}
	}
	gold := []GoldRecord{
		{Kind: "figure", Line: 1, Number: "1,200", Nth: 1, Value: fptr(1200), Event: "killed", Counted: "people", Measure: "people killed",
			Scope: "cumulative", AsOf: "2010-01-15", AsOfBasis: "published", Location: "Port-au-Prince", Country: "Haiti", Source: "Haitian officials", SourceType: "anonymous official", Basis: "official"},
		{Kind: "figure", Line: 2, Number: "5,000", Nth: 1, Value: fptr(5000), Event: "amount", Source: "BP"},
		{Kind: "figure", Line: 2, Number: "30", Nth: 1, Value: fptr(30)},
	}
	stmts := []GoldRecord{
		{Kind: "statement", Line: 1, Cue: "said", CueNth: 1, Speaker: "officials", SpeakerType: "anonymous", Stance: "asserts"},
		{Kind: "statement", Line: 2, Cue: "denied", CueNth: 1, Speaker: "BP", SpeakerType: "organization", Stance: "denies"},
	}
	res := &extract.Result{
		Figures: []extract.Figure{
			{Text: "1,200", Value: fptr(1200), Span: at("1,200", 1), Event: "killed", Location: "Haiti", Country: "Haiti", Source: "officials", AsOf: "2010-01-15"},
			{Text: "5,000 barrels", Value: fptr(5000), Span: document.Span{Start: at("5,000", 1).Start, End: at("barrels", 1).End}, Event: "amount", Source: "BP"},
			{Text: "a day", Value: fptr(1), Span: at("a day", 1)}, // a false positive
		},
		Statements: []extract.Statement{
			{Speaker: "officials", SpeakerType: "anonymous", Cue: "said", CueSpan: at("said", 1), Stance: "asserts"},
			{Speaker: "the company", SpeakerType: "organization", Cue: "denied that", CueSpan: at("denied that", 1), Stance: "denies"},
			{Speaker: "officials", Content: "a quote's continuation"}, // no cue: not scored
		},
	}
	r := newFiguresReport("dev")
	if err := r.addDoc(a, GoldRecord{Kind: "doc", Split: "dev", FiguresComplete: true}, gold, stmts, res); err != nil {
		t.Fatal(err)
	}
	r.finish()
	if r.Figures.TP != 2 || r.Figures.FP != 1 || r.Figures.FN != 1 {
		t.Errorf("figures = %+v, want tp 2 fp 1 fn 1", r.Figures)
	}
	want := map[string][2]int{ // right, total
		"value": {2, 2}, "event": {2, 2}, "counted": {1, 2}, "measure": {1, 2}, "scope": {1, 2}, "as_of": {2, 2},
		"as_of_basis": {1, 2}, "location": {2, 2}, "location_basis": {2, 2}, "source": {2, 2}, "source_type": {1, 2}, "basis": {1, 2},
		"speaker": {1, 2}, "speaker_type": {2, 2}, "stance": {2, 2},
	}
	for name, w := range want {
		f := r.field(name)
		if f.Right != w[0] || f.Total != w[1] {
			t.Errorf("%s = %d/%d, want %d/%d", name, f.Right, f.Total, w[0], w[1])
		}
	}
	if r.Statements.TP != 2 || r.Statements.FP != 0 || r.Statements.FN != 0 || r.UncuedStatements != 1 {
		t.Errorf("statements = %+v", r.Statements)
	}
	// The denial is found but with the wrong speaker ("the company" for BP).
	if r.DenialStance.TP != 1 || r.Denials.TP != 0 || r.Denials.FP != 1 || r.Denials.FN != 1 {
		t.Errorf("denials = %+v, stance only %+v", r.Denials, r.DenialStance)
	}
	if len(r.Topics) != 1 || r.Topics[0].Topic != "quake_bbc" || r.Topics[0].Docs != 1 || r.Topics[0].Figures.TP != 2 || r.Topics[0].Statements.TP != 2 {
		t.Errorf("topics = %+v", r.Topics)
	}
	var b strings.Builder
	if err := r.Text(&b); err != nil || !strings.Contains(b.String(), "F1 0.667") {
		t.Errorf("text report: %v\n%s", err, b.String())
	}
}

func TestReadGoldErrors(t *testing.T) {
	cases := []struct{ name, body, want string }{
		{"bad json", "{\n", "gold: a.jsonl:1"},
		{"bad split", `{"kind":"doc","doc":"x/2010-01-01/1","split":"test"}`, "split must be one of dev, check, check2, dev3, check3, check4"},
		{"orphan", `{"kind":"figure","doc":"x/2010-01-01/1","line":1,"number":"5","nth":1}`, "no doc record"},
		{"kind", `{"kind":"nope","doc":"x"}`, "unknown kind"},
		{"pointer", `{"kind":"doc","doc":"x/2010-01-01/1","split":"dev"}` + "\n" + `{"kind":"figure","doc":"x/2010-01-01/1","line":0,"number":"5","nth":1}`, "line ≥ 1"},
	}
	for _, c := range cases {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(c.body), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadGold(dir); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want %q", c.name, err, c.want)
		}
	}
	if _, err := ReadGold(t.TempDir()); err == nil {
		t.Error("empty directory: no error")
	}
}

// goldDir returns the repository's Timeline17 gold, skipping when there is none.
func goldDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(shareddata.RepoRoot(t), DefaultGold)
	if m, _ := filepath.Glob(filepath.Join(dir, "*.jsonl")); len(m) == 0 {
		t.Skipf("no gold files in %s", dir)
	}
	return dir
}

// TestGoldPointersResolve checks that every gold pointer of every file in
// testdata/gold/t17 names a token that is in its line and survives
// detokenization.
func TestGoldPointersResolve(t *testing.T) {
	gdir := goldDir(t)
	data := shareddata.Dir(t, "data/timeline17")
	g, err := ReadGold(gdir)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	err = ReadT17(context.Background(), data, func(k string) bool { _, ok := g.Docs[k]; return ok }, func(a *T17Article) error {
		seen[a.Key] = true
		for _, f := range g.Figures[a.Key] {
			if sp, err := a.Resolve(f.Line, f.Number, f.Nth); err != nil {
				t.Errorf("%s: %v", f.At, err)
			} else if sp.Of(a.Text) != f.Number {
				t.Errorf("%s: resolves to %q", f.At, sp.Of(a.Text))
			}
		}
		for _, s := range g.Statements[a.Key] {
			if _, err := a.Resolve(s.Line, s.Cue, s.CueNth); err != nil {
				t.Errorf("%s: %v", s.At, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for k, d := range g.Docs {
		if !seen[k] {
			t.Errorf("%s: document %s not in the data", d.At, k)
		}
	}
}

// TestFiguresOnShared runs the task on the shipped gold and ../shared data
// and checks the report is sane (not its quality).
func TestFiguresOnShared(t *testing.T) {
	gdir := goldDir(t)
	data := shareddata.Dir(t, "data/timeline17")
	for _, split := range []string{"dev", "check"} {
		r, err := Figures(context.Background(), gdir, data, split)
		if err != nil {
			t.Fatal(err)
		}
		if r.Docs == 0 || r.GoldFigures == 0 || r.GoldStatements == 0 {
			t.Fatalf("%s: empty report %+v", split, r)
		}
		if got := r.Figures.TP + r.Figures.FN; got != float64(r.GoldFigures) {
			t.Errorf("%s: tp+fn = %g, gold figures %d", split, got, r.GoldFigures)
		}
		for _, v := range []float64{r.Figures.Precision, r.Figures.Recall, r.Statements.F1} {
			if v < 0 || v > 1 {
				t.Errorf("%s: rate out of [0,1]: %+v", split, r.Figures)
			}
		}
		if f := r.field("value"); f.Total != int(r.Figures.TP) && r.CompleteDocs == r.Docs {
			t.Errorf("%s: value scored on %d figures, %g matched", split, f.Total, r.Figures.TP)
		}
		t.Logf("%s: %d docs, figures %+v, statements %+v", split, r.Docs, r.Figures, r.Statements)
	}
	if _, err := Figures(context.Background(), gdir, data, "test"); err == nil {
		t.Error("split test: no error")
	}
	// check2 is a valid split name but this gold has no such document: an
	// error, not an empty report that reads as a clean run.
	if _, err := Figures(context.Background(), gdir, data, "check2"); err == nil || !strings.Contains(err.Error(), "no documents in split check2") {
		t.Errorf("split check2 on the Timeline17 gold: err %v, want no documents", err)
	}
}

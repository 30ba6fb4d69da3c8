package eval

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/stance"
)

func TestFNCScore(t *testing.T) {
	for _, c := range []struct {
		name      string
		gold      []string
		pred      []string
		raw, best float64
	}{
		{"mixed",
			[]string{"agree", "unrelated", "disagree", "discuss"},
			[]string{"agree", "unrelated", "discuss", "unrelated"},
			1 + 0.25 + 0.25 + 0, 1 + 0.25 + 1 + 1},
		{"related called unrelated", []string{"disagree"}, []string{"unrelated"}, 0, 1},
		{"unrelated called related", []string{"unrelated"}, []string{"discuss"}, 0, 0.25},
		{"all unrelated baseline", []string{"unrelated", "unrelated", "agree"}, []string{"unrelated", "unrelated", "unrelated"}, 0.5, 1.5},
		{"empty", nil, nil, 0, 0},
	} {
		raw, best := FNCScore(c.gold, c.pred)
		if raw != c.raw || best != c.best {
			t.Errorf("%s: FNCScore = %v/%v, want %v/%v", c.name, raw, best, c.raw, c.best)
		}
	}
}

func TestScoreStance(t *testing.T) {
	labels := []string{"a", "b"}
	r := ScoreStance("t", "s", labels, []string{"a", "a", "b", "b", "x"}, []string{"a", "b", "b", "b", "a"})
	// a: TP 1, FN 1, FP 1 (from the unknown gold "x") → P .5 R .5 F1 .5
	// b: TP 2, FP 1 → P 2/3 R 1 F1 .8
	near := func(x, y float64) bool { return math.Abs(x-y) < 1e-9 }
	if r.N != 5 || !near(r.Accuracy, 3.0/5) {
		t.Errorf("N=%d accuracy=%v, want 5 0.6", r.N, r.Accuracy)
	}
	if !near(r.F1["a"], 0.5) || !near(r.F1["b"], 0.8) || !near(r.MacroF1, 0.65) {
		t.Errorf("F1 = %v macro %v, want a .5 b .8 macro .65", r.F1, r.MacroF1)
	}
	if want := [][]int{{1, 1}, {0, 2}}; !reflect.DeepEqual(r.Confusion, want) {
		t.Errorf("confusion = %v, want %v", r.Confusion, want)
	}
	if r.Counts["a"] != 2 || r.Counts["b"] != 2 {
		t.Errorf("counts = %v", r.Counts)
	}
	var buf bytes.Buffer
	if err := r.Text(&buf); err != nil || !strings.Contains(buf.String(), "accuracy 0.6000") {
		t.Errorf("Text: %v %q", err, buf.String())
	}
	js, err := json.Marshal(r)
	if err != nil || !strings.Contains(string(js), `"macro_f1":0.65`) {
		t.Errorf("JSON: %v %s", err, js)
	}
}

func TestTasksTable(t *testing.T) {
	for _, n := range []string{"emergent", "fnc1", "tempeval", "polnear", "recognizers", "conll"} {
		if task, ok := Tasks()[n]; !ok || task.Run == nil || task.Name != n {
			t.Errorf("task %q missing", n)
		}
	}
}

func stanceData(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(sharedDir(t), "data", name)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s not available (%v): stance evaluation needs ../shared/data/%s", dir, err, name)
	}
	return dir
}

// The embedded model was trained on the train part only (see
// internal/stance/MODEL.md), so dev numbers are held-out. Floors are the
// measured values minus a small margin.
func TestEmbeddedEmergentDev(t *testing.T) {
	dir := stanceData(t, "emergent")
	m, err := stance.Default()
	if err != nil {
		t.Fatal(err)
	}
	all, err := stance.LoadEmergent(dir, stance.SplitAll)
	if err != nil {
		t.Fatal(err)
	}
	dev, _ := stance.LoadEmergent(dir, stance.SplitDev)
	train, _ := stance.LoadEmergent(dir, stance.SplitTrain)
	if len(all) != 2071 || len(dev)+len(train) != len(all) || len(dev) < 300 || len(dev) > 600 {
		t.Fatalf("split sizes all %d dev %d train %d", len(all), len(dev), len(train))
	}
	r, err := Emergent(m, dir, stance.SplitDev)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("emergent dev: accuracy %.4f macro-F1 %.4f against-F1 %.4f", r.Accuracy, r.MacroF1, r.F1["against"])
	if r.Accuracy < 0.77 || r.F1["against"] < 0.78 {
		t.Errorf("emergent dev accuracy %.4f (floor 0.77), against F1 %.4f (floor 0.78)", r.Accuracy, r.F1["against"])
	}
}

func TestEmbeddedFNC1Dev(t *testing.T) {
	dir := stanceData(t, "fnc1")
	m, err := stance.Default()
	if err != nil {
		t.Fatal(err)
	}
	r, err := FNC1(m, dir, stance.SplitDev)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("fnc1 dev: score %.4f accuracy %.4f macro-F1 %.4f disagree-F1 %.4f", r.FNCScore, r.Accuracy, r.MacroF1, r.F1["disagree"])
	if r.N < 8000 || r.N > 12000 {
		t.Errorf("dev pairs %d, want about 20%% of 49,972", r.N)
	}
	if r.FNCScore < 0.88 || r.F1["disagree"] < 0.36 {
		t.Errorf("fnc1 dev score %.4f (floor 0.88), disagree F1 %.4f (floor 0.36)", r.FNCScore, r.F1["disagree"])
	}
}

package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeStanceData writes tiny Emergent and FNC-1 files in their official
// layouts (sentences written for this test).
func writeStanceData(t *testing.T) (emDir, fncDir string) {
	t.Helper()
	emDir, fncDir = t.TempDir(), t.TempDir()
	var em strings.Builder
	em.WriteString(",claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId\n")
	subjects := []string{"The mayor", "A pop singer", "The coach", "An astronaut", "The banker", "A zoo keeper", "The chef", "A pilot"}
	row := 0
	for i, s := range subjects {
		claim := s + " bought an island"
		for _, h := range [][2]string{
			{s + " bought an island, officials confirm", "for"},
			{"Officials deny " + s + " bought an island; story is a hoax", "against"},
			{s + " reportedly bought an island, rumors claim", "observing"},
		} {
			fmt.Fprintf(&em, "%d,%s,\"%s\",%s,a%d,claim%d\n", row, claim, h[0], h[1], row, i)
			row++
		}
	}
	if err := os.WriteFile(filepath.Join(emDir, "url-versions-2015-06-14-clean-train.csv"), []byte(em.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var bodies, stances strings.Builder
	bodies.WriteString("Body ID,articleBody\n")
	stances.WriteString("Headline,Body ID,Stance\n")
	for i, s := range subjects {
		claim := s + " bought an island"
		for j, b := range [][2]string{
			{"Officials confirmed that " + strings.ToLower(s) + " bought an island.\n\nThe sale was verified.", "agree"},
			{"Police said the story that " + strings.ToLower(s) + " bought an island is a hoax.\n\nIt is false.", "disagree"},
			{"Reports claim " + strings.ToLower(s) + " bought an island.\n\nIt is unclear if this is true.", "discuss"},
			{"Heavy rain is expected across the valley this weekend.\n\nFarmers are pleased.", "unrelated"},
		} {
			id := i*10 + j
			fmt.Fprintf(&bodies, "%d,\"%s\"\n", id, b[0])
			fmt.Fprintf(&stances, "%s,%d,%s\n", claim, id, b[1])
		}
	}
	if err := os.WriteFile(filepath.Join(fncDir, "train_bodies.csv"), []byte(bodies.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(fncDir, "train_stances.csv"), []byte(stances.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return emDir, fncDir
}

func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code := Run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

func TestEvalCommand(t *testing.T) {
	emDir, fncDir := writeStanceData(t)
	for _, c := range []struct {
		args []string
		n    int
	}{
		{[]string{"eval", "emergent", "--data", emDir, "--split", "all", "--format", "json"}, 24},
		{[]string{"eval", "fnc1", "--data", fncDir, "--split", "all", "--format", "json"}, 32},
	} {
		code, out, errs := runCLI(c.args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", c.args, code, errs)
		}
		var r struct {
			Task     string             `json:"task"`
			N        int                `json:"n"`
			Accuracy float64            `json:"accuracy"`
			F1       map[string]float64 `json:"f1"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("%v: %v\n%s", c.args, err, out)
		}
		if r.N != c.n || r.Task != c.args[1] || len(r.F1) < 3 {
			t.Errorf("%v: got %+v", c.args, r)
		}
	}
	code, out, _ := runCLI("eval", "emergent", "--data", emDir, "--split", "all")
	if code != 0 || !strings.Contains(out, "emergent (all): 24 pairs") {
		t.Errorf("text output: %d %q", code, out)
	}
	if code, _, _ := runCLI("eval", "nosuchtask", "--data", emDir); code != 2 {
		t.Errorf("unknown task: exit %d, want 2", code)
	}
	if code, _, errs := runCLI("eval", "emergent", "--data", emDir, "--gold", emDir); code != 2 || !strings.Contains(errs, "takes no --gold") {
		t.Errorf("--gold on a task without gold: exit %d, %q", code, errs)
	}
	if code, _, errs := runCLI("eval", "figures", "--data", emDir, "--gold", t.TempDir()); code != 1 || !strings.Contains(errs, "no *.jsonl") {
		t.Errorf("figures with an empty gold directory: exit %d, %q", code, errs)
	}
	if code, out, _ := runCLI("eval", "figures", "--help"); code != 0 || !strings.Contains(out, "--gold") {
		t.Errorf("eval figures --help: exit %d, %q", code, out) // help is printed to stdout
	}
	if code, _, _ := runCLI("eval", "emergent"); code != 2 {
		t.Errorf("missing --data: exit %d, want 2", code)
	}
	if code, _, errs := runCLI("eval", "emergent", "--data", emDir, "--split", "test"); code != 1 || !strings.Contains(errs, "clean-test.csv") {
		t.Errorf("missing test file: exit %d %q", code, errs)
	}
}

func TestTrainStanceCommand(t *testing.T) {
	emDir, fncDir := writeStanceData(t)
	out := filepath.Join(t.TempDir(), "model.bin")
	code, stdout, errs := runCLI("train", "stance", "--emergent", emDir, "--fnc1", fncDir, "--out", out, "--date", "2000-01-02", "--epochs", "3")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, "emergent (dev)") || !strings.Contains(stdout, "FNC-1 score") {
		t.Errorf("no dev report: %q", stdout)
	}
	js, err := os.ReadFile(filepath.Join(filepath.Dir(out), "model.json"))
	if err != nil {
		t.Fatal(err)
	}
	var meta struct {
		Trained string         `json:"trained"`
		Dev     map[string]any `json:"dev"`
	}
	if err := json.Unmarshal(js, &meta); err != nil || meta.Trained != "2000-01-02" || meta.Dev["fnc_score"] == nil {
		t.Errorf("meta %s: %v", js, err)
	}
	if fi, err := os.Stat(out); err != nil || fi.Size() == 0 {
		t.Errorf("model not written: %v", err)
	}
	if code, _, _ := runCLI("train", "stance", "--emergent", emDir); code != 2 {
		t.Errorf("missing flags: exit %d, want 2", code)
	}
	if code, _, _ := runCLI("train", "bogus"); code != 2 {
		t.Errorf("unknown model: exit %d, want 2", code)
	}
}

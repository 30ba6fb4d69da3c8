package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rtSharedDir finds ../shared beside the repository root (the folder with
// go.mod).
func rtSharedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root (go.mod) not found")
		}
		dir = parent
	}
}

func TestRecognizersSpecs(t *testing.T) {
	dir := filepath.Join(rtSharedDir(t), "data", "recognizers-text")
	if _, err := os.Stat(filepath.Join(dir, "Specs")); err != nil {
		t.Skipf("Recognizers-Text specs not present at %s: %v", dir, err)
	}
	rep, err := Recognizers(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := rep.Text(&b); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	if os.Getenv("RT_FAILURES") != "" {
		for _, f := range rep.Files {
			if strings.Contains(f.File, os.Getenv("RT_FAILURES")) {
				js, _ := json.MarshalIndent(f.Failures, "", " ")
				t.Log(string(js))
			}
		}
	}
	// the folder holding Specs/ and Specs/ itself give the same report
	rep2, err := Recognizers(filepath.Join(dir, "Specs"))
	if err != nil {
		t.Fatal(err)
	}
	if rep2.Passed != rep.Passed || rep2.InScope != rep.InScope {
		t.Errorf("Specs/ dir: passed %d/%d, want %d/%d", rep2.Passed, rep2.InScope, rep.Passed, rep.InScope)
	}
}

package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRecognizersDevFailures writes every failing case of the DEV half of
// the DateTime specs (and all failures of the other specs) to the JSON file
// named by RT_DEV_FAILURES, for developing the timex layer without looking
// at the REPORT half. Skipped unless the variable is set.
func TestRecognizersDevFailures(t *testing.T) {
	out := os.Getenv("RT_DEV_FAILURES")
	if out == "" {
		t.Skip("RT_DEV_FAILURES not set")
	}
	dir := filepath.Join(rtSharedDir(t), "data", "recognizers-text")
	rep, err := Recognizers(dir)
	if err != nil {
		t.Skip(err)
	}
	type fileFailures struct {
		File     string              `json:"file"`
		Failures []RecognizerFailure `json:"failures"`
	}
	var all []fileFailures
	for _, f := range rep.Files {
		if strings.HasPrefix(f.File, "DateTime/") {
			all = append(all, fileFailures{f.File, f.failures})
		}
	}
	b, _ := json.MarshalIndent(all, "", " ")
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDevCaseSplit(t *testing.T) {
	dev := 0
	for _, s := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"} {
		if devCase(s) {
			dev++
		}
		if devCase(s) != devCase(s) {
			t.Fatal("devCase not deterministic")
		}
	}
	if dev == 0 || dev == 12 {
		t.Errorf("devCase puts %d of 12 inputs in DEV", dev)
	}
}

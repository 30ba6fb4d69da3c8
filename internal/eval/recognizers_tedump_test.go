package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// TestTempEvalErrorsDump writes the TempEval-3 timex disagreements of a
// split to the file named by TE_ERRORS (split in TE_SPLIT, default train),
// to compare two versions of the timex layer. Skipped unless set.
func TestTempEvalErrorsDump(t *testing.T) {
	out := os.Getenv("TE_ERRORS")
	if out == "" {
		t.Skip("TE_ERRORS not set")
	}
	split := os.Getenv("TE_SPLIT")
	if split == "" {
		split = "train"
	}
	files, err := TempEvalFiles(filepath.Join(rtSharedDir(t), "data", "tempeval3"), split)
	if err != nil {
		t.Skip(err)
	}
	rep, err := ScoreTimeML(files, true)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, e := range rep.Errors {
		lines = append(lines, fmt.Sprintf("%+v", e))
	}
	sort.Strings(lines)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, l := range lines {
		fmt.Fprintln(f, l)
	}
}

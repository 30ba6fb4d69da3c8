package eval

import (
	"encoding/json"
	"math"
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
	// Floors: what the recognizers reach now, minus a small margin. The
	// DateTime specs score the timex layer and have no floor here.
	floors := map[string]float64{
		"number": 0.93, "numberrange": 0.93, "ordinal": 0.90, "percentage": 0.70, "age": 0.85,
		"currency": 0.85, "dimension": 0.84, "temperature": 0.90,
	}
	for _, f := range rep.Files {
		if fl, ok := floors[f.Model]; ok && f.PassRate < fl {
			t.Errorf("%s: pass rate %.4f below floor %.2f", f.File, f.PassRate, fl)
		}
	}
	groupFloors := map[string]float64{"Number": 0.93, "NumberWithUnit": 0.86}
	seen := 0
	for _, g := range rep.Groups {
		if fl, ok := groupFloors[g.Group]; ok {
			seen++
			if g.PassRate < fl {
				t.Errorf("%s: pass rate %.4f below floor %.2f", g.Group, g.PassRate, fl)
			}
		}
	}
	if seen != len(groupFloors) {
		t.Errorf("groups %+v: want Number and NumberWithUnit", rep.Groups)
	}
	if len(rep.OutOfScope) == 0 || rep.InScope == 0 || rep.Passed > rep.InScope {
		t.Errorf("report totals look wrong: %d/%d, %d exclusions", rep.Passed, rep.InScope, len(rep.OutOfScope))
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

func TestRecognizerHelpers(t *testing.T) {
	intervals := []struct {
		in         string
		lo, hi     float64
		loIn, hiIn bool
		ok         bool
	}{
		{"(20,35]", 20, 35, false, true, true},
		{"[30,)", 30, math.Inf(1), true, false, true},
		{"(,100]", math.Inf(-1), 100, false, true, true},
		{"[5000,5000]", 5000, 5000, true, true, true},
		{"(a,3)", 0, 0, false, false, false},
		{"", 0, 0, false, false, false},
	}
	for _, tt := range intervals {
		lo, hi, loIn, hiIn, ok := parseInterval(tt.in)
		if ok != tt.ok || ok && (lo != tt.lo || hi != tt.hi || loIn != tt.loIn || hiIn != tt.hiIn) {
			t.Errorf("parseInterval(%q) = %v %v %v %v %v", tt.in, lo, hi, loIn, hiIn, ok)
		}
	}
	timexes := []struct {
		spec, got string
		want      bool
	}{
		{"2019-01-04", "2019-01-04", true},
		{"XXXX-10-02", "2017-10-02", true},
		{"XXXX-08", "2017-08", true},
		{"XXXX-10-02", "2017-10-03", false},
		{"T08", "2016-11-07T08:00", true},
		{"T08:40", "2016-11-07T08:40", true},
		{"T08:40", "2016-11-07T08:41", false},
		{"P3D", "P3D", true},
		{"P3.5Y", "P42M", true},
		{"PT1H30M", "PT90M", true},
		{"P1W", "P7D", true},
		{"P1M", "PT1M", false},
		{"PTXH", "PT3H", false},
		{"", "", false},
	}
	for _, tt := range timexes {
		if got := timexMatch(tt.spec, tt.got); got != tt.want {
			t.Errorf("timexMatch(%q, %q) = %v", tt.spec, tt.got, got)
		}
	}
	fractions := []struct {
		in   string
		want bool
	}{
		{"two thirds", false}, {"one and a half", false}, {"three quarters", false}, {"one - fourth", false},
		{"five eighths", true}, {"one over three", true}, {"two out of five hundred", false}, {"1 in twenty-one", false},
		{"a hundred thousand trillionths", true}, {"three twenty-firsts", true}, {"one hundred one thousand", false},
	}
	for _, tt := range fractions {
		if got := arithmeticFraction(tt.in); got != tt.want {
			t.Errorf("arithmeticFraction(%q) = %v", tt.in, got)
		}
	}
	if got := trimPostApprox("500 or more apples", 0, len("500 or more")); got != 3 {
		t.Errorf("trimPostApprox = %d, want 3", got)
	}
}

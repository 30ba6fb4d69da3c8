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

func TestDateTimeMapping(t *testing.T) {
	timexes := []struct {
		spec, got string
		want      bool
	}{
		{"XXXX-XX-18", "2018-08-18", true},
		{"XXXX-XX-18", "2018-08-19", false},
		{"XXXX-WXX-2", "2017-12-05", true}, // a Tuesday
		{"XXXX-WXX-2", "2017-12-06", false},
		{"XXXX-WXX-1T16", "2017-12-04T16:00", true},
		{"SU", "2016-SU", true},
		{"SU", "2016-WI", false},
		{"T00", "2016-11-07T24:00", true},
		{"P3M", "P1Q", true},
		{"XXXX-10-14T08:00:31", "2016-10-14T08:00:31", true},
	}
	for _, tt := range timexes {
		if got := timexMatch(tt.spec, tt.got); got != tt.want {
			t.Errorf("timexMatch(%q, %q) = %v", tt.spec, tt.got, got)
		}
	}
	periods := []struct {
		spec string
		g    pred
		want bool
	}{
		{"(2016-07-01,2016-10-01,P3M)", pred{timex: "2016-Q3"}, true},
		{"(XXXX-07-01,XXXX-10-01,P3M)", pred{timex: "2016-Q3"}, true},
		{"(1970-01-01,1980-01-01,P10Y)", pred{timex: "197"}, true},
		{"(1400-01-01,1500-01-01,P100Y)", pred{timex: "14"}, true},
		{"(2016-11-08,2016-11-11,P3D)", pred{timex: "P3D", pBegin: "2016-11-08", pEnd: "2016-11-10"}, true},
		{"(2014-01-01,2018-01-01,P4Y)", pred{timex: "P5Y", pBegin: "2014", pEnd: "2018"}, true},
		{"(2016-11-08,2016-11-12,P4D)", pred{timex: "P3D", pBegin: "2016-11-08", pEnd: "2016-11-10"}, false},
		{"(2016-11-08,2016-11-11,P3D)", pred{timex: "P3D"}, false},
	}
	for _, tt := range periods {
		if got := periodMatch(tt.spec, tt.g); got != tt.want {
			t.Errorf("periodMatch(%q, %+v) = %v", tt.spec, tt.g, got)
		}
	}
	for _, tt := range []struct{ v, s, e string }{
		{"2016", "2016-01-01", "2017-01-01"}, {"2016-12", "2016-12-01", "2017-01-01"}, {"2016-H2", "2016-07-01", "2017-01-01"},
		{"2020-W01", "2019-12-30", "2020-01-06"}, {"2016-W45-WE", "2016-11-12", "2016-11-14"}, {"banana", "", ""},
	} {
		if s, e := unitBounds(tt.v); s != tt.s || e != tt.e {
			t.Errorf("unitBounds(%q) = %s, %s", tt.v, s, e)
		}
	}
	w := rtResult{Text: "since tomorrow"}
	if !matchOne("timex:DATE:extract", w, pred{text: "tomorrow", withPrep: "since tomorrow"}) {
		t.Error("preposition in the reference extent not accepted")
	}
}

package extract_test

import (
	"context"
	"fmt"
	"github.com/claimtrack/claimtrack/internal/shareddata"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ingest"
)

// sharedDir returns ../shared beside the repository, or skips the test.
func sharedDir(t testing.TB) string { return filepath.Dir(shareddata.Dir(t, "seeds")) }

// seedResults extracts the three seed articles with their publication dates.
func seedResults(t *testing.T) map[string]*extract.Result {
	shared := sharedDir(t)
	dates := map[string]string{"000": "2019-02-18", "001": "2017-12-05", "002": ""}
	matches, _ := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
	out := map[string]*extract.Result{}
	for _, p := range matches {
		key := filepath.Base(p)[:3]
		opt := ingest.Options{}
		if d := dates[key]; d != "" {
			opt.Published, _ = document.ParseDate(d)
		}
		err := ingest.Walk(context.Background(), []string{p}, nil, opt, func(it ingest.Item) error {
			if it.Err != nil {
				return it.Err
			}
			out[key] = extract.Extract(it.Doc)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(out) != 3 {
		t.Fatalf("want 3 seeds, got %d", len(out))
	}
	return out
}

// figureWant describes one figure the seeds must yield; empty fields are not
// checked.
type figureWant struct {
	seed                            string
	value, low, high                float64
	unitHas, holderHas, locationHas string
	asOf, basis, approx, sourceHas  string
	anonymous                       bool
	viaHas, sourceType              string // sourceType: one type or alternatives separated by "|"
}

func (w figureWant) String() string {
	return fmt.Sprintf("%s: %g [%g-%g] %s of %s in %s as-of %s basis %s approx %s source %s anon %v", w.seed,
		w.value, w.low, w.high, w.unitHas, w.holderHas, w.locationHas, w.asOf, w.basis, w.approx, w.sourceHas, w.anonymous)
}

// containsFold reports whether s contains sub, or one of sub's
// alternatives separated by "|", ignoring case.
func containsFold(s document.Str, sub string) bool {
	if sub == "" {
		return true
	}
	for _, alt := range strings.Split(sub, "|") {
		if strings.Contains(strings.ToLower(string(s)), strings.ToLower(alt)) {
			return true
		}
	}
	return false
}

func matches(f extract.Figure, w figureWant) bool {
	if w.low != 0 || w.high != 0 {
		if f.Low == nil || f.High == nil || *f.Low != w.low || *f.High != w.high {
			return false
		}
	} else if f.Value == nil || *f.Value != w.value {
		return false
	}
	if !containsFold(f.Unit, w.unitHas) || !containsFold(f.Holder, w.holderHas) {
		return false
	}
	if w.locationHas != "" && !containsFold(f.Location, w.locationHas) && !containsFold(f.Country, w.locationHas) {
		return false
	}
	if w.asOf != "" && string(f.AsOf) != w.asOf {
		return false
	}
	if w.basis != "" && string(f.Basis) != w.basis {
		return false
	}
	if w.approx != "" && string(f.Approx) != w.approx {
		return false
	}
	if !containsFold(f.Source, w.sourceHas) {
		return false
	}
	if w.anonymous && !f.Anonymous {
		return false
	}
	if w.viaHas != "" && !containsFold(f.Via, w.viaHas) {
		return false
	}
	if w.sourceType != "" && !strings.Contains("|"+w.sourceType+"|", "|"+string(f.SourceType)+"|") {
		return false
	}
	return true
}

func TestSeedFigures(t *testing.T) {
	res := seedResults(t)
	wants := []figureWant{
		{seed: "001", value: 503, unitHas: "troops", holderHas: "united states", locationHas: "syria", basis: "official", sourceHas: "pentagon", sourceType: "military|government"},
		{seed: "001", value: 5262, unitHas: "troops", holderHas: "united states", locationHas: "iraq", basis: "official", sourceHas: "pentagon", sourceType: "military|government"},
		{seed: "001", value: 1720, unitHas: "troops", holderHas: "united states", locationHas: "syria", asOf: "2017-09-30", basis: "statistics", sourceHas: "pentagon", sourceType: "military|government"},
		{seed: "001", value: 8892, unitHas: "troops", holderHas: "united states", locationHas: "iraq", asOf: "2017-09-30", basis: "statistics", sourceHas: "pentagon", sourceType: "military|government"},
		{seed: "001", value: 400, unitHas: "marines", holderHas: "united states", approx: "more than"},
		{seed: "001", low: 30000, high: 40000, unitHas: "fighters", holderHas: "isis|islamic state"},
		{seed: "001", value: 3000, unitHas: "fighters", holderHas: "isis|islamic state", approx: "estimated", basis: "estimate"},
		{seed: "000", value: 1000, unitHas: "forces", holderHas: "united states", locationHas: "syria", basis: "planned",
			sourceHas: "officials", anonymous: true, viaHas: "wall street journal", sourceType: "anonymous official"},
		{seed: "000", value: 5000, unitHas: "fighters", holderHas: "isis|islamic state", locationHas: "baghouz"},
		{seed: "002", value: 5000, unitHas: "troops", holderHas: "united states", locationHas: "iraq", approx: "about"},
	}
	for _, w := range wants {
		found := false
		for _, f := range res[w.seed].Figures {
			if matches(f, w) {
				found = true
				break
			}
		}
		if !found {
			var got []string
			for _, f := range res[w.seed].Figures {
				got = append(got, fmt.Sprintf("%q unit=%s holder=%s loc=%s asof=%s basis=%s src=%s anon=%v approx=%s",
					f.Text, f.Unit, f.Holder, f.Location, f.AsOf, f.Basis, f.Source, f.Anonymous, f.Approx))
			}
			t.Errorf("missing figure %v\n got:\n  %s", w, strings.Join(got, "\n  "))
		}
	}
	// Unit designators and caption dates are not figures.
	for _, f := range res["001"].Figures {
		if f.Value != nil && (*f.Value == 2 || *f.Value == 87 || *f.Value == 3 || *f.Value == 10 || *f.Value == 29) {
			t.Errorf("seed 001: %q is a designator or date, not a figure", f.Text)
		}
	}
}

func TestSeedTimes(t *testing.T) {
	res := seedResults(t)
	found := false
	for _, tm := range res["000"].Times {
		if tm.Text == "February 17" && tm.Value == "2019-02-17" {
			found = true
		}
	}
	if !found {
		t.Errorf("seed 000: want February 17 → 2019-02-17, got %+v", res["000"].Times)
	}
	if got := res["002"].Doc.Published.String(); got != "2020-01-06" {
		t.Errorf("seed 002: published %q, want 2020-01-06 from its header", got)
	}
}

// stmtWant describes one statement the seeds must yield.
type stmtWant struct {
	seed, speakerHas, stance, targetHas string
	anonymous                           bool
}

func TestSeedStatements(t *testing.T) {
	res := seedResults(t)
	wants := []stmtWant{
		{seed: "000", speakerHas: "dunford", stance: extract.Denies, targetHas: "report"},
		{seed: "002", speakerHas: "esper", stance: extract.Denies},
		{seed: "002", speakerHas: "milley", stance: extract.Denies, targetHas: "letter"},
		{seed: "002", speakerHas: "military source", stance: extract.Confirms, targetHas: "letter", anonymous: true},
		{seed: "001", speakerHas: "official", stance: extract.Asserts, anonymous: true},
	}
	for _, w := range wants {
		found := false
		for _, s := range res[w.seed].Statements {
			if containsFold(s.Speaker, w.speakerHas) && s.Stance == w.stance && containsFold(s.Target, w.targetHas) && (!w.anonymous || s.Anonymous) {
				found = true
				break
			}
		}
		if !found {
			var got []string
			for _, s := range res[w.seed].Statements {
				got = append(got, fmt.Sprintf("%s (%s, anon=%v) %s %s target=%q", s.Speaker, s.SpeakerType, s.Anonymous, s.Cue, s.Stance, s.Target))
			}
			t.Errorf("missing statement %+v\n got:\n  %s", w, strings.Join(got, "\n  "))
		}
	}
}

package extract_test

import (
	"strings"
	"testing"
)

// The seeds' figures carry their meaning: what they count, as of when and
// where. See issue "Figures that say what they count".
func TestSeedFigureMeaning(t *testing.T) {
	res := seedResults(t)
	type want struct {
		seed, text, measure, event, asOf, asOfBasis, location string
	}
	for _, w := range []want{
		{"001", "1,720", "troops deployed", "deployed", "2017-09-30", "stated", "Syria"},
		{"001", "8,892", "troops deployed", "deployed", "2017-09-30", "stated", "Iraq"},
		{"001", "503", "troops deployed", "deployed", "2017-12-05", "published", "Syria"},
		// The ISIS peak is an earlier state, not today's count.
		{"001", "30,000", "", "", "PAST_REF", "stated", ""},
		{"001", "3,000", "", "", "2017-12-05", "published", ""},
	} {
		found := false
		for _, f := range res[w.seed].Figures {
			if !strings.Contains(f.Text, w.text) {
				continue
			}
			found = true
			for _, c := range []struct{ name, got, want string }{
				{"measure", string(f.Measure), w.measure}, {"event", string(f.Event), w.event},
				{"as_of", string(f.AsOf), w.asOf}, {"as_of_basis", string(f.AsOfBasis), w.asOfBasis},
				{"location", string(f.Location), w.location},
			} {
				if c.want != "" && c.got != c.want {
					t.Errorf("seed %s %q: %s = %q, want %q", w.seed, f.Text, c.name, c.got, c.want)
				}
			}
			break
		}
		if !found {
			t.Errorf("seed %s: no figure %q", w.seed, w.text)
		}
	}
}

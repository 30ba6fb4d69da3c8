package eval

import (
	"os"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/annotate"
	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// TestPolNeARErrors prints missed and spurious attributions of a split for
// error analysis; set CLAIMTRACK_POLNEAR_ERRORS=train|dev to run it.
func TestPolNeARErrors(t *testing.T) {
	split := os.Getenv("CLAIMTRACK_POLNEAR_ERRORS")
	if split == "" {
		t.Skip("set CLAIMTRACK_POLNEAR_ERRORS=dev to print errors")
	}
	arts, err := PolNeARArticles(polnearDir(t), split)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		doc := document.New(a.Text)
		sts := extract.Statements(annotate.Annotate(doc))
		sys := pnSystem(a.Text, sts)
		kind := func(g pnRel) string {
			for _, s := range sys {
				if !s.cue.zero() && s.cue.overlaps(g.cue) {
					return "mismatch"
				}
			}
			for _, s := range sts {
				if !s.CueSpan.IsZero() && pnOne(s.CueSpan).overlaps(g.cue) {
					return "nested"
				}
			}
			return "absent"
		}
		used := make([]bool, len(a.gold))
		for _, s := range sys {
			hit := false
			for g := range a.gold {
				if !used[g] && pnRelMatch(s, a.gold[g], false) {
					used[g], hit = true, true
					break
				}
			}
			if !hit {
				why := "nocue"
				for _, g := range a.gold {
					if !g.cue.zero() && !s.cue.zero() && g.cue.overlaps(s.cue) {
						why = "content"
						if s.content.overlaps(g.content) {
							why = "source"
						}
						t.Logf("FP-%s cue=%q src=%q content=%q GOLD src=%q content=%q", why, s.cue.hull.Of(a.Text), s.source.hull.Of(a.Text), short(s.content.hull.Of(a.Text)), g.source.hull.Of(a.Text), short(g.content.hull.Of(a.Text)))
						break
					}
				}
				if why == "nocue" {
					t.Logf("FP cue=%q src=%q content=%q", s.cue.hull.Of(a.Text), s.source.hull.Of(a.Text), short(s.content.hull.Of(a.Text)))
				}
			}
		}
		for g, r := range a.gold {
			if !used[g] {
				lo, hi := r.cue.hull.Start-120, r.cue.hull.End+60
				if lo < 0 {
					lo = 0
				}
				if hi > len(a.Text) {
					hi = len(a.Text)
				}
				t.Logf("FN-%s cue=%q src=%q content=%q\n\tCTX %q", kind(r), r.cue.hull.Of(a.Text), r.source.hull.Of(a.Text), short(r.content.hull.Of(a.Text)), strings.ToValidUTF8(a.Text[lo:hi], ""))
			}
		}
	}
}

func short(x string) string {
	if len(x) > 90 {
		return x[:50] + " … " + x[len(x)-30:]
	}
	return x
}


package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
)

// polnearDir returns ../shared/data/polnear beside the repository, or skips.
func polnearDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("go.mod not found")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", "data", "polnear")
	if _, err := os.Stat(filepath.Join(p, "data", "dev")); err != nil {
		t.Skipf("PolNeAR data not found at %s (see ../shared/data/polnear/SOURCE.md)", p)
	}
	return p
}

func TestPolNeARDev(t *testing.T) {
	split := "dev"
	if sp := os.Getenv("CLAIMTRACK_POLNEAR_SPLIT"); sp != "" {
		split = sp // e.g. train, for a larger sample during development
	}
	r, err := PolNeAR(polnearDir(t), split)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := r.Text(&b); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	if split == "dev" && r.Docs != 84 {
		t.Errorf("dev docs = %d, want 84", r.Docs)
	}
	if split == "dev" && r.Gold < 2000 {
		t.Errorf("dev gold relations = %d, want the ~2,300 of the corpus", r.Gold)
	}
	if r.RelF1 < 0.3 {
		t.Errorf("relation F1 = %.3f, below the floor 0.3", r.RelF1)
	}
}

func TestParseBratAttributions(t *testing.T) {
	// "é" is two bytes: character offsets after it are one less than byte offsets
	text := "Café owners said prices rise. “Never,” she said."
	ann := "T1\tSource 5 11\towners\n" +
		"T2\tCue 12 16\tsaid\n" +
		"T3\tContent 17 23;24 28\tprices rise\n" +
		"T4\tAttribution 12 16\tsaid\n" +
		"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
		"#1\tAnnotatorNotes T1\tnote\n" +
		"T5\tContent 31 37\tNever,\n" +
		"T6\tCue 43 47\tsaid\n" +
		"E2\tAttribution-no-source:T6 Content:T5 Cue:T6\n"
	rels, err := parseBratAttributions(strings.NewReader(ann), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 2 {
		t.Fatalf("got %d relations, want 2", len(rels))
	}
	tests := []struct {
		got  pnSpan
		want string
	}{
		{rels[0].source, "owners"},
		{rels[0].cue, "said"},
		{rels[0].content, "prices rise"},
		{rels[1].content, "Never,"},
		{rels[1].cue, "said"},
	}
	for _, tt := range tests {
		if g := tt.got.hull.Of(text); g != tt.want {
			t.Errorf("span %v = %q, want %q", tt.got.hull, g, tt.want)
		}
	}
	if len(rels[0].content.frags) != 2 || rels[0].content.frags[1].Of(text) != "rise" {
		t.Errorf("discontinuous content fragments = %v", rels[0].content.frags)
	}
	if !rels[1].source.zero() {
		t.Errorf("relation without source got source %v", rels[1].source)
	}
	if _, err := parseBratAttributions(strings.NewReader("T1\tCue 5 900\tx\n"), text); err == nil {
		t.Error("span outside the text: want an error")
	}
}

func TestPolNeARMatching(t *testing.T) {
	sp := func(a, b int) pnSpan { return pnOne(document.Span{Start: a, End: b}) }
	gold := []pnRel{{source: sp(0, 5), cue: sp(6, 10), content: sp(11, 30)}}
	tests := []struct {
		name         string
		sys          pnRel
		overlap, exa bool
	}{
		{"exact", pnRel{source: sp(0, 5), cue: sp(6, 10), content: sp(11, 30)}, true, true},
		{"overlapping content", pnRel{source: sp(0, 5), cue: sp(6, 10), content: sp(15, 29)}, true, false},
		{"no source on one side", pnRel{cue: sp(6, 10), content: sp(11, 30)}, true, true},
		{"wrong source", pnRel{source: sp(40, 45), cue: sp(6, 10), content: sp(11, 30)}, false, false},
		{"missing cue", pnRel{source: sp(0, 5), content: sp(11, 30)}, false, false},
		{"disjoint content", pnRel{source: sp(0, 5), cue: sp(6, 10), content: sp(31, 40)}, false, false},
	}
	for _, tt := range tests {
		if got := pnRelMatch(tt.sys, gold[0], false); got != tt.overlap {
			t.Errorf("%s: overlap match = %v, want %v", tt.name, got, tt.overlap)
		}
		if got := pnRelMatch(tt.sys, gold[0], true); got != tt.exa {
			t.Errorf("%s: exact match = %v, want %v", tt.name, got, tt.exa)
		}
	}
	// one-to-one: two system spans on one gold span give one TP and one FP
	m := pnMatchSpans([]pnSpan{sp(0, 5), sp(1, 4)}, []pnSpan{sp(0, 5)}, false)
	if m.TP != 1 || m.FP != 1 || m.FN != 0 {
		t.Errorf("span matching = %+v, want TP 1 FP 1 FN 0", m)
	}
	// widening: quotes and a leading "that"
	text := `He said that it rains. "Yes," she said.`
	if got := pnWidenThat(text, document.Span{Start: 13, End: 21}).Of(text); got != "that it rains" {
		t.Errorf("widen that = %q", got)
	}
	if got := pnWidenQuotes(text, document.Span{Start: 24, End: 27}).Of(text); got != `"Yes,"` {
		t.Errorf("widen quotes = %q", got)
	}
}

func FuzzParseBrat(f *testing.F) {
	f.Add("T1\tSource 0 3\tabc\nE1\tAttribution:T1 Source:T1\n", "abcdef")
	f.Add("T1\tContent 0 2;3 5\tx\n", "héllo")
	f.Fuzz(func(t *testing.T, ann, text string) {
		rels, err := parseBratAttributions(strings.NewReader(ann), text)
		if err != nil {
			return
		}
		for _, r := range rels {
			for _, s := range []pnSpan{r.source, r.cue, r.content} {
				for _, fr := range s.frags {
					if fr.Start < 0 || fr.End > len(text) || fr.Start > fr.End {
						t.Fatalf("fragment %v outside text of %d bytes", fr, len(text))
					}
				}
			}
		}
	})
}

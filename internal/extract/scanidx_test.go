package extract

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/annotate"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// TestLocPrepBefore compares the index with a walk back from every token.
func TestLocPrepBefore(t *testing.T) {
	for _, tc := range []struct {
		text  string
		found int // locative prepositions in the text
	}{
		{"", 0},
		{"Officials said 40 people died.", 0},
		{"In Alfa, at least 40 people died IN clashes near the border; 12 were wounded around Beta and Inside the camp.", 6},
		{"Across the region, aid workers within the camps counted 3,000 arrivals throughout March.", 3},
	} {
		a := annotate.Annotate(&document.Document{Text: tc.text})
		c := &figureCtx{a: a, text: tc.text, ltext: asciiLower(tc.text)}
		found := 0
		for k := 0; k <= len(a.Tokens)+1; k++ {
			want := -1
			for j := min(k, len(a.Tokens)) - 1; j >= 0; j-- {
				if a.Tokens[j].Kind == segment.Word && locPrep(c.low(j)) {
					want = j
					break
				}
			}
			if k < len(a.Tokens) && a.Tokens[k].Kind == segment.Word && locPrep(c.low(k)) {
				found++
			}
			if got := c.locPrepBefore(k); got != want {
				t.Fatalf("%q: locPrepBefore(%d) = %d, want %d", tc.text, k, got, want)
			}
		}
		if found != tc.found {
			t.Errorf("%q: %d locative prepositions, want %d", tc.text, found, tc.found)
		}
	}
}

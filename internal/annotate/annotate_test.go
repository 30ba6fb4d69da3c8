package annotate

import (
	"sort"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
)

// TestLookupsMatchBinarySearch checks TokenRange, TokenAt and SentenceAt
// against plain binary searches over every span of short texts, including
// spans inside a token, between tokens, reversed and past the end; for a
// fresh annotation, one reusing a longer document's memory, and one built
// by hand without the token-start index.
func TestLookupsMatchBinarySearch(t *testing.T) {
	long := Annotate(&document.Document{Text: strings.Repeat("Officials said 12 people died in the flood on Monday. ", 40)})
	for _, text := range []string{
		"",
		"Hi.",
		"GENEVA — At least 1,200 people have fled the fighting in the north, the agency said on Tuesday. " +
			"A spokesman, who asked not to be named, put the toll at \"more than 40\" (later revised).\n\nOfficials denied it.",
		strings.Repeat("Rebels said 35 soldiers were killed near the town of Alfa. ", 4),
	} {
		fresh := Annotate(&document.Document{Text: text})
		if strings.TrimSpace(text) != "" && (len(fresh.Tokens) == 0 || len(fresh.Sentences) == 0) {
			t.Fatalf("%q: no tokens or sentences", text)
		}
		reused := AnnotateReusing(&document.Document{Text: text}, long.Spare())
		byHand := &Annotation{Doc: fresh.Doc, Tokens: fresh.Tokens, Sentences: fresh.Sentences}
		for _, a := range []*Annotation{fresh, reused, byHand} {
			checkLookups(t, text, a)
		}
	}
}

func checkLookups(t *testing.T, text string, a *Annotation) {
	t.Helper()
	for s := -1; s <= len(text)+1; s++ {
		for e := s - 2; e <= len(text)+1; e++ {
			sp := document.Span{Start: s, End: e}
			wi := sort.Search(len(a.Tokens), func(i int) bool { return a.Tokens[i].Start >= sp.Start })
			wj := sort.Search(len(a.Tokens), func(j int) bool { return a.Tokens[j].End > sp.End })
			wj = max(wj, wi)
			if i, j := a.TokenRange(sp); i != wi || j != wj {
				t.Fatalf("%q: TokenRange(%v) = %d, %d; want %d, %d", text, sp, i, j, wi, wj)
			}
		}
		want := -1
		if i := sort.Search(len(a.Tokens), func(i int) bool { return a.Tokens[i].End > s }); i < len(a.Tokens) && a.Tokens[i].Start <= s {
			want = i
		}
		if got := a.TokenAt(s); got != want {
			t.Fatalf("%q: TokenAt(%d) = %d; want %d", text, s, got, want)
		}
		want = -1
		if i := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > s }); i < len(a.Sentences) && a.Sentences[i].Start <= s {
			want = i
		}
		if got := a.SentenceAt(s); got != want {
			t.Fatalf("%q: SentenceAt(%d) = %d; want %d", text, s, got, want)
		}
	}
}

package extract

import (
	"strings"
	"testing"
)

// TestPhraseFinderMatchesLoop checks phraseFinder against trying every
// phrase in list order with hasPhrase: on each source phrase alone, glued
// to the word before it (no word start: no match), cut short by a byte,
// extended, and after and before other phrases, so that the first in list
// order must win wherever it stands in the text.
func TestPhraseFinderMatchesLoop(t *testing.T) {
	loop := func(phrases []string, low string) int {
		for i, p := range phrases {
			if hasPhrase(low, p) {
				return i
			}
		}
		return -1
	}
	var phrases []string
	for _, p := range sourcePhrases {
		phrases = append(phrases, p.phrase)
	}
	// and a list with the edge cases the source list lacks
	extra := []string{"x", "", " the", "a b", "ab", "ab", "the ministry", "ministry"}
	for _, list := range [][]string{phrases, extra, append(append([]string{}, extra...), phrases...)} {
		f := newPhraseFinder(len(list), func(i int) string { return list[i] })
		var texts []string
		for k, p := range list {
			q := list[(k*7+3)%len(list)]
			texts = append(texts,
				" "+p+" ", "x"+p+" ", " e"+p+" ", " non-"+p+" ", " "+p, " "+p+"s ", " the "+p+" of ",
				" "+q+" and "+p+" ", " "+p+" and "+q+" ", "  "+p+"  ")
			if len(p) > 1 {
				texts = append(texts, " "+p[:len(p)-1]+" ", " "+p[1:]+" ")
			}
		}
		texts = append(texts, "", " ", "  ", " a ", " ab ", " x", "x")
		for _, low := range texts {
			if got, want := f.first(low), loop(list, low); got != want {
				t.Fatalf("first(%q) = %d, want %d (list of %d: %q)", low, got, want, len(list), strings.Join(list[:min(4, len(list))], "|"))
			}
		}
	}
}

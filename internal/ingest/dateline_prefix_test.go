package ingest

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// datelineWholeHead is findDateline as it was: the whole head (six lines,
// at most 3,000 bytes) tokenized at once.
func datelineWholeHead(text string) document.Span {
	head := text
	for k, off := 0, 0; k < 6; k++ {
		nl := strings.IndexByte(head[off:], '\n')
		if nl < 0 {
			break
		}
		off += nl + 1
		if k == 5 {
			head = head[:off]
		}
	}
	if len(head) > 3000 {
		head = head[:3000]
		for len(head) > 0 && !utf8.RuneStart(head[len(head)-1]) {
			head = head[:len(head)-1]
		}
		if len(head) > 0 && head[len(head)-1] >= utf8.RuneSelf {
			head = head[:len(head)-1]
		}
	}
	return segment.Dateline(head, segment.Tokenize(head, nil))
}

// TestDatelineByLinesMatchesWholeHead builds texts from headline, caption,
// dateline, body and blank lines (written for the test) in random orders
// and checks that tokenizing the head a few lines at a time finds the same
// dateline as tokenizing all of it.
func TestDatelineByLinesMatchesWholeHead(t *testing.T) {
	lines := []string{
		"Rebels Seize Key Town In Northern Norland",
		"FIGHTING SPREADS TO THE CAPITAL",
		"Photo: A man walks past a burnt-out car in Alfa on Tuesday.",
		"(Photo by Jan Vries/Wire Agency)",
		"ALFA, Norland (Wire) — At least 40 people were killed, activists said.",
		"BETA — The ministry said 1,200 people had fled.",
		"Gamma, March 3 (AP) - Officials denied the report.",
		"LONDON, March 3 (AP) —",
		"The UN's refugee agency said on Tuesday that 3,000 families had \"nowhere to go\".",
		"Read more:",
		"'It was terrible,' she said...",
		"",
		"   ",
		"\t",
		"U.S.",
		"A.",
		"-- Editing by Sam Rowe",
		strings.Repeat("Long body text with many words and numbers like 45 and 1.5m. ", 60),
	}
	r := rand.New(rand.NewSource(7))
	differ := 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.Intn(10); k >= 0; k-- {
			b.WriteString(lines[r.Intn(len(lines))])
			switch r.Intn(5) {
			case 0:
				b.WriteString("\r\n")
			case 1:
				b.WriteString("\n\n")
			default:
				b.WriteString("\n")
			}
		}
		text := b.String()
		if r.Intn(4) == 0 {
			text = strings.TrimRight(text, "\r\n")
		}
		want := datelineWholeHead(text)
		if got := findDateline(text); got != want {
			t.Fatalf("findDateline(%q) = %v, want %v", text, got, want)
		}
		if !want.IsZero() {
			differ++
		}
	}
	if differ < 1000 {
		t.Errorf("only %d of the texts have a dateline: the test says little", differ)
	}
}

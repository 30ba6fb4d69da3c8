package extract_test

import "testing"

// Denials in conflict reporting: each has its own sentence's speaker, never
// a name from the next line, and the stance denies. Sentences written for
// this test.
func TestConflictDenials(t *testing.T) {
	text := "The Syrian government has denied reports that its forces shelled the town.\n" +
		"A foreign ministry spokesman, Jihad Makdissi, denied that the army had used heavy weapons.\n" +
		"President Bashar al-Assad has denied ordering the crackdown.\n" +
		"The army denied firing on protesters.\n" +
		"Rebels dismissed the government's account as lies.\n" +
		"Officials in Damascus rejected the UN figure, calling it exaggerated.\n" +
		"The opposition Syrian National Council denied any links to armed groups.\n" +
		"The company disagreed with the estimate.\n"
	want := []struct{ speaker, cue string }{
		{"Syrian government", "has denied"},
		{"Jihad Makdissi", "denied"},
		{"Bashar al-Assad", "has denied"},
		{"army", "denied"},
		{"Rebels", "dismissed"},
		{"Officials", "rejected"},
		{"Syrian National Council", "denied"},
		{"company", "disagreed"},
	}
	res := extractText(text, "2012-06-01")
	var got []string
	for _, s := range res.Statements {
		if s.Stance == "denies" {
			got = append(got, string(s.Speaker)+"|"+string(s.Cue))
		}
	}
	if len(got) != len(want) {
		t.Fatalf("denials %q, want %d", got, len(want))
	}
	for i, w := range want {
		if got[i] != w.speaker+"|"+w.cue {
			t.Errorf("denial %d: %s, want %s|%s", i, got[i], w.speaker, w.cue)
		}
	}
}

package ledger

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// An anaphoric denial's noun names the speech it answers: "rejected the
// allegation" reaches back two sentences to what someone alleged, but not
// to a plain "said", nor forward.
func TestScoreLinkSpeechKind(t *testing.T) {
	pub, _ := document.ParseDate("2022-05-10")
	denialSent := document.Span{Start: 300, End: 380}
	deny := func(target, sentence string) *LinkFrom {
		st := &extract.Statement{Speaker: "Norland Oil", Stance: extract.Denies, Target: document.Str(target), Content: target, Sentence: denialSent}
		return &LinkFrom{Statement: st, Article: 1, Group: 1, Published: pub, Target: target, Content: target, Sentence: sentence}
	}
	stmt := func(cue string, sent document.Span) *LinkCandidate {
		return &LinkCandidate{Kind: "statement", ID: 7, Article: 1, Group: 1, Published: pub, Outlet: "Harbour Post",
			Speaker: "Castell Drilling", Stance: extract.Asserts, Cue: cue,
			Text: "the operator is withholding data it needs about the blast", Sentence: sent}
	}
	twoBack := document.Span{Start: 120, End: 220} // a sentence between it and the denial
	after := document.Span{Start: 382, End: 460}
	tests := []struct {
		name, target, sentence, cue string
		sent                        document.Span
		want                        bool
	}{
		{"'the allegation' two sentences after 'alleged'", "the allegation",
			"Norland Oil rejected the allegation, saying the letter was misleading.", "alleged", twoBack, true},
		{"'the accusations' two sentences after 'accused'", "the accusations",
			"Norland Oil denies the accusations.", "accused", twoBack, true},
		{"'Castell's claims' after 'claimed'", "Castell's claims",
			"Norland Oil rejected Castell's claims.", "claimed", twoBack, true},
		{"'the findings' after 'found'", "the findings",
			"Norland Oil disputed the findings.", "found", twoBack, true},
		{"a plain 'said' two sentences back names no kind", "the allegation",
			"Norland Oil rejected the allegation.", "said", twoBack, false},
		{"the kind does not reach forward", "the allegation",
			"Norland Oil rejected the allegation.", "alleged", after, false},
		{"a denial that states what it rejects is no anaphor", "that it had withheld safety records from inspectors",
			"Norland Oil denied that it had withheld safety records from inspectors.", "alleged", twoBack, false},
	}
	for _, tc := range tests {
		conf, reasons := ScoreLink(deny(tc.target, tc.sentence), stmt(tc.cue, tc.sent), nil)
		if got := conf >= LinkThreshold; got != tc.want {
			t.Errorf("%s: confidence %.2f %v, want linked %v", tc.name, conf, reasons, tc.want)
		}
	}
}

func TestSpeechKindCues(t *testing.T) {
	tests := []struct {
		target string
		want   string // first prefix, "" for none
	}{
		{"the allegation", "alleg"},
		{"Anadarko's claims", "claim"},
		{"the commission's findings", "found"},
		{"those comments", "comment"},
		{"the idea", ""},
		{"it", ""},
	}
	for _, tc := range tests {
		got := ""
		if c := speechKindCues(tc.target); len(c) > 0 {
			got = c[0]
		}
		if got != tc.want {
			t.Errorf("speechKindCues(%q) = %q, want %q", tc.target, got, tc.want)
		}
	}
}

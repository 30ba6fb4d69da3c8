package extract_test

import (
	"testing"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// FuzzExtract runs every layer on arbitrary text: no panic, no hang, and
// every span of every fact inside the text, with Text equal to its span.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"The Pentagon has officially acknowledged the U.S. has 503 troops in Syria and 5,262 in Iraq.",
		`"There has been no decision whatsoever to leave," Esper said on Monday.`,
		"As of September 30, there were 1,720 U.S. troops in Syria, according to quarterly statistics.",
		"KABUL, AFGHANISTAN - MAY 4: Soldiers keep watch …\n\nPlease let us know if you're having issues with commenting.",
		"۷ ٣,٤ troops \xff\xfe said “", "",
	} {
		f.Add(s, "2020-01-06")
	}
	f.Fuzz(func(t *testing.T, text, pub string) {
		doc := document.New(text)
		doc.Published, _ = document.ParseDate(pub)
		r := extract.Extract(doc)
		in := func(what string, s document.Span) {
			if s.IsZero() {
				return
			}
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Fatalf("%s span %v outside text of %d bytes", what, s, len(text))
			}
		}
		for _, s := range r.Sentences {
			in("sentence", s)
		}
		for _, e := range r.Entities {
			in("entity", e.Span)
		}
		for _, x := range r.Times {
			in("time", x.Span)
		}
		for _, fg := range r.Figures {
			in("figure", fg.Span)
			in("figure sentence", fg.Sentence)
			if fg.Span.Of(text) != fg.Text {
				t.Fatalf("figure text %q is not its span %v", fg.Text, fg.Span)
			}
		}
		for _, s := range r.Statements {
			for _, sp := range []document.Span{s.Span, s.Sentence, s.ContentSpan, s.SpeakerSpan, s.CueSpan, s.TargetSpan} {
				in("statement", sp)
			}
		}
		if utf8.ValidString(text) {
			for _, fg := range r.Figures {
				if !utf8.ValidString(fg.Text) {
					t.Fatalf("figure text %q cuts a character", fg.Text)
				}
			}
		}
	})
}

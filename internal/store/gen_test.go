package store

import "testing"

// TestSynthetic checks that generated articles carry spans that resolve to
// their facts' text, as real extractions do.
func TestSynthetic(t *testing.T) {
	denials := 0
	for i := 0; i < 300; i++ {
		r := Synthetic(1, i)
		text := r.Doc.Text
		if r.Doc.Published.IsZero() || len(r.Figures) == 0 || len(r.Statements) != 1 {
			t.Fatalf("article %d: %+v", i, r.Doc)
		}
		for _, f := range r.Figures {
			if f.Text == "" || f.Span.Of(text) != f.Text || f.Sentence.Of(text) == "" || !f.Sentence.Contains(f.Span) {
				t.Fatalf("article %d: figure span %v %q", i, f.Span, f.Text)
			}
		}
		s := r.Statements[0]
		if s.ContentSpan.Of(text) != s.Content || s.SpeakerSpan.Of(text) != string(s.Speaker) {
			t.Fatalf("article %d: statement spans %+v", i, s)
		}
		if s.Stance == "denies" {
			denials++
			if s.TargetSpan.Of(text) != string(s.Target) || s.Target == "" {
				t.Fatalf("article %d: target span %+v", i, s)
			}
		}
		if again := Synthetic(1, i); again.Doc.ID != r.Doc.ID {
			t.Fatalf("article %d not deterministic", i)
		}
	}
	if denials < 30 || denials > 100 {
		t.Errorf("%d denials in 300 articles, want about 60", denials)
	}
}

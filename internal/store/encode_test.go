package store_test

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// The meaning column keeps what a figure means through a store: each flag
// set alone survives the round trip, and an empty meaning stores nothing.
func TestMeaningRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		f    extract.Figure
	}{
		{"recalled", extract.Figure{Recalled: true}},
		{"source family", extract.Figure{SourceFamily: "government of Mexico"}},
		{"negated", extract.Figure{Negated: true}},
		{"certainty and scope", extract.Figure{Certainty: extract.CertaintyConfirmed, Scope: extract.ScopeCumulative}},
		{"as-of basis", extract.Figure{AsOfBasis: extract.BasisStated}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := store.EncodeMeaning(&tt.f)
			if s == "" {
				t.Fatalf("nothing stored for %+v", tt.f)
			}
			var got extract.Figure
			store.DecodeMeaning(s, &got)
			if got != tt.f {
				t.Errorf("round trip %q: got %+v, want %+v", s, got, tt.f)
			}
		})
	}
	if s := store.EncodeMeaning(&extract.Figure{}); s != "" {
		t.Errorf("empty meaning stored as %q", s)
	}
}

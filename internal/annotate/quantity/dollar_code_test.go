package quantity

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
)

// A dollar's country code written after the "$" ("$US10 million", "$A3m")
// is read as the currency, like "US$10 million"; a code glued to digits
// without the "$" stays a code.
func TestDollarCountryCodeAfterSymbol(t *testing.T) {
	tests := []struct {
		text, span, unit string
		value            float64
	}{
		{"The donors pledged $US10 million in aid.", "$US10 million", "USD", 1e7},
		{"The ransom was $US1.5m, officials said.", "$US1.5m", "USD", 1.5e6},
		{"The charity raised $A3 million last year.", "$A3 million", "AUD", 3e6},
		{"Donors gave US$25 million.", "US$25 million", "USD", 2.5e7},
		{"The plane was an A380 on the US10 route.", "", "", 0},
	}
	for _, tt := range tests {
		qs := Find(tt.text, segment.Tokenize(tt.text, nil), nil)
		if tt.span == "" {
			for _, q := range qs {
				if tt.text[q.Span.Start:q.Span.End] != "" && q.Unit != "" {
					t.Errorf("%q: unexpected quantity %q %q", tt.text, tt.text[q.Span.Start:q.Span.End], q.Unit)
				}
			}
			continue
		}
		found := false
		for _, q := range qs {
			if tt.text[q.Span.Start:q.Span.End] == tt.span {
				found = true
				if q.Unit != tt.unit || q.Value != tt.value {
					t.Errorf("%q: unit %q value %v, want %q %v", tt.span, q.Unit, q.Value, tt.unit, tt.value)
				}
			}
		}
		if !found {
			t.Errorf("%q: no quantity %q in %v", tt.text, tt.span, qs)
		}
	}
}

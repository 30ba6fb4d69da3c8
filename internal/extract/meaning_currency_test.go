package extract_test

import "testing"

// A dollar amount with its country code after the "$" is money in that
// currency, not a length or a bare number. Sentences written for this test.
func TestDollarCodeAfterSymbolIsMoney(t *testing.T) {
	tests := []struct{ text, num, counted string }{
		{"Australia pledged $US10 million to the UN refugee agency on Monday.", "$US10 million", "dollars"},
		{"The kidnappers demanded $US1.5m for the release of the engineers.", "$US1.5m", "dollars"},
	}
	for _, tt := range tests {
		f := figureOf(t, tt.text, "2014-10-01", tt.num)
		if f == nil {
			continue
		}
		if string(f.Event) != "money" || string(f.Counted) != tt.counted {
			t.Errorf("%q: event %q counted %q, want money %q", f.Text, f.Event, f.Counted, tt.counted)
		}
	}
}

package extract_test

import "testing"

// Scope from the words about the number; the sentences are written for
// this test.
func TestScopeClasses(t *testing.T) {
	tests := []struct{ class, text, num, scope string }{
		{"price per unit", "Crude traded at $91 a barrel in March.", "$91", "rate"},
		{"fine for each unit", "The firm faces fines of up to $1,100 for each spilt barrel.", "$1,100", "rate"},
		{"each day far after the number", "About 2,000 barrels of oil are still leaking from the broken pipe into the bay each day.", "2,000", "rate"},
		{"the total before the count", "Officials said the total number of foreign troops would rise to 6,000.", "6,000", "cumulative"},
		{"a lasting state", "Two million people are in need of food aid, the agency said.", "Two million", "cumulative"},
		// A sum is no rate when "a" starts another phrase.
		{"a sum then a time", "The council approved $5m a week after the storm.", "$5m", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			f := figureOf(t, tt.text, "2014-06-01", tt.num)
			if f == nil {
				return
			}
			want := tt.scope
			if want == "-" {
				want = ""
			}
			if string(f.Scope) != want {
				t.Errorf("%q in %q: scope = %q, want %q", f.Text, tt.text, f.Scope, want)
			}
		})
	}
}

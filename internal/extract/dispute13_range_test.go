package extract_test

import "testing"

// A range whose ends a unit or an aside keeps apart is one figure: its low
// end alone would be set against its own high end or against a figure
// inside the range. Two counts of different things joined by "and" stay
// two. Sentences written for this test.
func TestFigureSpreadRange(t *testing.T) {
	for _, tt := range []struct {
		name, text, num string
		low, high       float64 // 0, 0: not a range
	}{
		{"an aside between the ends", "Survey teams put the flow at from 9,000 barrels (378,000 gallons) to 21,000 barrels a day.", "9,000", 9000, 21000},
		{"between … or up to", "The true rate is likely to range between 30,000 barrels a day or up to 90,000 barrels a day, the panel said.", "30,000", 30000, 90000},
		{"two counted things", "Police said between 40 protesters and 60 officers were hurt in Tervel.", "40", 0, 0},
		{"the scanner's own range", "Between 5,000 and 10,000 people were killed in Tervel.", "5,000", 5000, 10000},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := figureOf(t, tt.text, "2010-06-11", tt.num)
			if f == nil {
				return
			}
			var lo, hi float64
			if f.Low != nil && f.High != nil {
				lo, hi = *f.Low, *f.High
			}
			if lo != tt.low || hi != tt.high {
				t.Errorf("%s: range [%g, %g], want [%g, %g] (text %q)", tt.num, lo, hi, tt.low, tt.high, f.Text)
			}
		})
	}
}

// A number the text names a bound ("the upper limit at", "at minimum of",
// "the lower figure is") is one: a floor or a ceiling, not a point that
// another account's floor would dispute.
func TestFigureNamedBound(t *testing.T) {
	for _, tt := range []struct{ name, text, num, approx string }{
		{"upper limit at", "The second team put the upper limit at 31,000 barrels per day.", "31,000", "up to"},
		{"at minimum of", "The well has been leaking at minimum of 9,000 barrels per day, the panel said.", "9,000", "at least"},
		{"lower figure is", "The panel's chair says that reasonable lower figure is 8,000 barrels per day.", "8,000", "at least"},
		{"no bound named", "The panel's chair says the figure is 8,000 barrels per day.", "8,000", ""},
		{"a minimum wage names no bound", "The council set the minimum wage at $9 an hour.", "9", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if f := figureOf(t, tt.text, "2010-06-11", tt.num); f != nil && string(f.Approx) != tt.approx {
				t.Errorf("%s: approx %q, want %q", tt.num, f.Approx, tt.approx)
			}
		})
	}
}

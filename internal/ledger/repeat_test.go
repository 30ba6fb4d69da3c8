package ledger

import "testing"

// A line is a repeat when the same outlet printed the same figure in the
// same sentence earlier, in another report; never its first printing, a
// syndicated copy (same report), another outlet, or another sentence.
func TestRepeat(t *testing.T) {
	prior := []Line{
		{ID: 10, Outlet: "Wire One", Text: "14", SentLen: 64, Group: 1},
		{ID: 20, Outlet: "Daily Two", Text: "300 people", SentLen: 80, Group: 2},
	}
	tests := []struct {
		name string
		l    Line
		want bool
	}{
		{"the same line again, another story", Line{ID: 30, Outlet: "wire one", Text: "14", SentLen: 64, Group: 3}, true},
		{"its first printing", Line{ID: 10, Outlet: "Wire One", Text: "14", SentLen: 64, Group: 1}, false},
		{"printed before the first", Line{ID: 5, Outlet: "Wire One", Text: "14", SentLen: 64, Group: 4}, false},
		{"a syndicated copy of the first story", Line{ID: 31, Outlet: "Wire One", Text: "14", SentLen: 64, Group: 1}, false},
		{"another outlet", Line{ID: 32, Outlet: "Daily Two", Text: "14", SentLen: 64, Group: 5}, false},
		{"another sentence", Line{ID: 33, Outlet: "Wire One", Text: "14", SentLen: 71, Group: 6}, false},
		{"no outlet known", Line{ID: 34, Outlet: "", Text: "300 people", SentLen: 80, Group: 7}, false},
	}
	for _, tc := range tests {
		if got := Repeat(tc.l, prior); got != tc.want {
			t.Errorf("%s: Repeat = %v, want %v", tc.name, got, tc.want)
		}
	}
}

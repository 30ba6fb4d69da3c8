package segment

import (
	"reflect"
	"testing"
)

func TestTokenizeWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"the Islamic StateThe letter", []string{"the", "Islamic", "State", "The", "letter"}},
		{"YouTube and McDonald's", []string{"YouTube", "and", "McDonald", "'s"}},
		{"in Iraq.Several", []string{"in", "Iraq", ".", "Several"}},
		{"U.S. troops at 4 a.m.", []string{"U.S.", "troops", "at", "4", "a.m."}},
		{"William H. Seely", []string{"William", "H", ".", "Seely"}},
		{"the F.B.I. and C.I.A. agents", []string{"the", "F.B.I.", "and", "C.I.A.", "agents"}},
		{"U.S.S.R. fell", []string{"U.S.S.R.", "fell"}},
		{"0000 ’", []string{"0000", "’"}},
		{"“", []string{"“"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range Tokenize(tt.in, nil) {
			got = append(got, tk.Text(tt.in))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

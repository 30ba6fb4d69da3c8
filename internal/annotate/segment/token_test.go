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

// Non-ASCII digits once made Tokenize loop forever; each input must end
// with every byte covered by at most one token.
func TestTokenizeNonASCIIDigits(t *testing.T) {
	for _, s := range []string{"۷", "a ۷۸ b", "٣,٤", "١٢٣ troops", "0a<6\xb4۷\x1f(\xffNtm"} {
		toks := Tokenize(s, nil)
		if len(toks) == 0 {
			t.Errorf("%q: no tokens", s)
		}
		end := 0
		for _, tk := range toks {
			if tk.Start < end || tk.End <= tk.Start || tk.End > len(s) {
				t.Errorf("%q: bad token %+v", s, tk)
			}
			end = tk.End
		}
	}
}

package extract

import (
	"math/rand"
	"testing"
)

// TestLowerASCII compares lowerASCII with a byte-at-a-time loop on every
// byte value at every position of an 8-byte word and on random strings.
func TestLowerASCII(t *testing.T) {
	naive := func(s []byte) []byte {
		out := append([]byte(nil), s...)
		for i, c := range out {
			if c >= 'A' && c <= 'Z' {
				out[i] = c + 'a' - 'A'
			}
		}
		return out
	}
	var inputs [][]byte
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 11; pos++ {
			b := []byte("xY@[`{Zz Q\xc3\x89")
			b[pos] = byte(c)
			inputs = append(inputs, b)
		}
	}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 2000; n++ {
		b := make([]byte, r.Intn(40))
		for i := range b {
			b[i] = byte(r.Intn(256))
		}
		inputs = append(inputs, b)
	}
	inputs = append(inputs, []byte("GENEVA — The UN's refugee agency (UNHCR) said 1,200 Syrians FLED on Tuesday."))
	for _, in := range inputs {
		got := append([]byte(nil), in...)
		lowerASCII(got)
		if want := naive(in); string(got) != string(want) {
			t.Fatalf("lowerASCII(%q) = %q, want %q", in, got, want)
		}
	}
	if got := asciiLower("Ärzte in HOMS"); got != "Ärzte in homs" {
		t.Errorf("asciiLower = %q", got)
	}
}

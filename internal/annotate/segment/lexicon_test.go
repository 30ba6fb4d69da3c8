package segment

import (
	"fmt"
	"testing"
)

func TestLexicon(t *testing.T) {
	var keys []string
	for i := 0; i < 5000; i++ {
		keys = append(keys, fmt.Sprintf("w%d", i), fmt.Sprintf("A longer phrase of words number %d", i))
	}
	keys = append(keys, "", "a", "U.S.", "al-Qaeda", "w1") // "w1" repeated: first value kept
	lx := NewLexicon(len(keys), func(i int) (string, int) { return keys[i], i })
	if lx.Len() != len(keys)-1 {
		t.Fatalf("Len %d, want %d", lx.Len(), len(keys)-1)
	}
	for i, k := range keys {
		want := i
		if k == "w1" {
			want = 2
		}
		if v, ok := lx.Get(k); !ok || v != want {
			t.Errorf("Get(%q) = %d, %v; want %d", k, v, ok, want)
		}
		if v, ok := lx.GetBytes([]byte(k)); !ok || v != want {
			t.Errorf("GetBytes(%q) = %d, %v; want %d", k, v, ok, want)
		}
	}
	for _, k := range []string{"w", "w5000", "W1", "A longer phrase of words number 5000", "al-qaeda", "U.S", " "} {
		if v, ok := lx.Get(k); ok {
			t.Errorf("Get(%q) = %d, want absent", k, v)
		}
		if lx.AtBytes([]byte(k)) != 0 {
			t.Errorf("AtBytes(%q) not zero", k)
		}
	}
	m := LexiconOf(map[string]string{"x": "1", "yy": "2"})
	if m.At("x") != "1" || m.At("yy") != "2" || m.At("z") != "" {
		t.Errorf("LexiconOf: %q %q %q", m.At("x"), m.At("yy"), m.At("z"))
	}
}

func TestLexiconGetBytesDoesNotAllocate(t *testing.T) {
	lx := NewLexicon(1, func(int) (string, bool) { return "Secretary of Defense", true })
	key := []byte("Secretary of Defense and a longer tail beyond thirty-two bytes")
	if n := testing.AllocsPerRun(100, func() { lx.GetBytes(key); lx.GetBytes(key[:20]) }); n != 0 {
		t.Errorf("GetBytes allocates %v times", n)
	}
}

func BenchmarkLexiconMiss(b *testing.B) {
	var keys []string
	for i := 0; i < 20000; i++ {
		keys = append(keys, fmt.Sprintf("Place%d", i))
	}
	lx := NewLexicon(len(keys), func(i int) (string, int) { return keys[i], i })
	m := map[string]int{}
	for i, k := range keys {
		m[k] = i
	}
	probe := []string{"the", "Minister", "said", "troops", "Baghdad", "Place17", "on", "Tuesday"}
	b.Run("lexicon", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			lx.Get(probe[i&7])
		}
	})
	b.Run("map", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			_ = m[probe[i&7]]
		}
	})
}

// TestLexHashSame checks that the string and byte hashes agree for keys of
// every length up to three blocks, and that keys differing in any one byte
// (the tails' overlapping reads must cover them all) hash apart.
func TestLexHashSame(t *testing.T) {
	for n := 0; n <= 24; n++ {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('a' + i)
		}
		h := lexHashString(string(b))
		if hb := lexHashBytes(b); hb != h {
			t.Fatalf("len %d: lexHashBytes %x, lexHashString %x", n, hb, h)
		}
		for i := range b {
			c := append([]byte(nil), b...)
			c[i] = 'Z'
			if lexHashString(string(c)) == h {
				t.Errorf("len %d: changing byte %d leaves the hash as it is", n, i)
			}
		}
	}
}

func TestGetFold(t *testing.T) {
	keys := []string{"a", "an", "may", "the", "fortnight", "quarter-final", "ab\xc3\xa9", "twentieth-century", "12th"}
	lx := NewLexicon(len(keys), func(i int) (string, int) { return keys[i], i + 1 })
	words := []string{"", "A", "An", "AN", "aN", "MAY", "May", "The", "tHE", "Fortnight", "FORTNIGHT", "Quarter-Final",
		"AB\xc3\xa9", "Ab\xc3\x89", "Twentieth-Century", "12TH", "12th", "[he", "@n", "the ", "thee", "maybe", "fortnights"}
	for _, w := range words {
		lower := []byte(w)
		for i, c := range lower {
			if c >= 'A' && c <= 'Z' {
				lower[i] = c + 'a' - 'A'
			}
		}
		wv, wok := lx.GetBytes(lower)
		if v, ok := lx.GetFold(w); v != wv || ok != wok {
			t.Errorf("GetFold(%q) = %d %v, want %d %v", w, v, ok, wv, wok)
		}
	}
	// every byte value at every position of 8- and 16-byte words folds as
	// the byte-wise lowering does
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("abcdefgh")
			b[pos] = byte(c)
			low := append([]byte(nil), b...)
			if low[pos] >= 'A' && low[pos] <= 'Z' {
				low[pos] += 'a' - 'A'
			}
			want := lexHashBytes(low)
			if got := lexHashFold(string(b)); got != want {
				t.Fatalf("lexHashFold(%q) = %x, want %x", b, got, want)
			}
		}
	}
}

package stance

import (
	"testing"
	"unicode/utf8"
)

func TestStem(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"denies", "deny"},
		{"denied", "deni"},
		{"reports", "report"},
		{"reporting", "report"},
		{"boxes", "box"},
		{"news", "new"},
		{"bus", "bus"},
		{"glass", "glass"},
		{"claimed", "claim"},
		{"claim", "claim"},
		{"state", "stat"},
		{"is", "is"},
	} {
		if got := string(stem([]byte(c.in))); got != c.want {
			t.Errorf("stem(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	h := func(w string) uint64 { return mix(fnv1a(stem([]byte(w)))) }
	toks, nsent, qFirst, nq, _ := tokenize("Police DON'T deny it? The 1,500 men's claims. Said \u201cno\u201d", nil, nil)
	type want struct {
		h    uint64
		lex  uint16
		num  bool
		cap  bool
		pun  bool
		sent int32
	}
	punct := func(r rune) uint64 { return mix(uint64(r) ^ 0x70756e) }
	wants := []want{
		{h: h("police"), sent: 0},
		{h: h("dont"), lex: lexNeg, cap: true, sent: 0},
		{h: h("deny"), lex: lexRefute, sent: 0},
		{h: h("it"), lex: lexStop, sent: 0},
		{h: punct('?'), lex: lexStop, pun: true, sent: 0},
		{h: h("the"), lex: lexStop, sent: 1},
		{h: mix(fnv1a([]byte("1500")) ^ 0x6e756d), num: true, sent: 1},
		{h: h("mens"), sent: 1},
		{h: h("claims"), lex: lexHedge | lexStop, sent: 1},
		{h: h("said"), lex: lexReport | lexStop, sent: 2},
		{h: punct('\u201c'), lex: lexStop, pun: true, sent: 2},
		{h: h("no"), lex: lexNeg | lexStop, sent: 2},
		{h: punct('\u201d'), lex: lexStop, pun: true, sent: 2},
	}
	if len(toks) != len(wants) {
		t.Fatalf("got %d tokens, want %d: %+v", len(toks), len(wants), toks)
	}
	for i, w := range wants {
		g := toks[i]
		if g.h != w.h || g.lex != w.lex || g.num != w.num || g.cap != w.cap || g.pun != w.pun || g.sent != w.sent || g.ci != -1 {
			t.Errorf("token %d = %+v, want %+v", i, g, w)
		}
	}
	if nsent != 3 || !qFirst || nq != 1 {
		t.Errorf("nsent=%d qFirst=%v nq=%d, want 3 true 1", nsent, qFirst, nq)
	}
}

func TestTokenizeDecimalAndEmpty(t *testing.T) {
	toks, nsent, _, _, _ := tokenize("It rose 3.5 percent.", nil, nil)
	if len(toks) != 4 || !toks[2].num || toks[2].h != mix(fnv1a([]byte("3.5"))^0x6e756d) || nsent != 1 {
		t.Errorf("decimal: %+v nsent=%d", toks, nsent)
	}
	toks, nsent, _, _, _ = tokenize(" ... ", nil, nil)
	if len(toks) != 0 || nsent != 0 {
		t.Errorf("empty: %+v nsent=%d", toks, nsent)
	}
}

func FuzzTokenize(f *testing.F) {
	f.Add("Police deny it? The 1,500 men's claims.\n\nSaid \u201cno\u201d")
	f.Add("3.5.6,,7 '' ''a b'c")
	f.Add("\xff\xfe?")
	f.Fuzz(func(t *testing.T, s string) {
		toks, nsent, _, nq, _ := tokenize(s, nil, nil)
		var last int32
		for _, tk := range toks {
			if tk.sent < last || tk.sent >= nsent {
				t.Fatalf("sentence index %d out of order/range (nsent %d)", tk.sent, nsent)
			}
			last = tk.sent
		}
		if nq > len(s) || (len(toks) == 0) != (nsent == 0) {
			t.Fatalf("bad counts: %d toks, %d sents, %d q", len(toks), nsent, nq)
		}
		if utf8.ValidString(s) && len(toks) > len(s) {
			t.Fatalf("more tokens than bytes")
		}
	})
}

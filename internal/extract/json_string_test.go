package extract

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FuzzAppendString compares the string writer with encoding/json, with and
// without HTML escaping, on arbitrary bytes.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "plain ascii text of some length", "a<b>&c \"q\" \\ \n\t\x00\x7f", "\u2028\u2029 é 😀 \xff\xe2\x80", "12345678<2345678&"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameAsEncodingJSON(t, s)
	})
}

// sameAsEncodingJSON compares appendString on s with encoding/json, with
// and without HTML escaping.
func sameAsEncodingJSON(t *testing.T, s string) {
	t.Helper()
	html, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if got := appendString(nil, s, true); !bytes.Equal(got, html) {
		t.Fatalf("%q escaping HTML: got %s, want %s", s, got, html)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	if got, want := appendString(nil, s, false), bytes.TrimSuffix(buf.Bytes(), []byte("\n")); !bytes.Equal(got, want) {
		t.Fatalf("%q: got %s, want %s", s, got, want)
	}
}

// TestAppendStringEveryPosition puts each byte that needs an escape (and
// some that do not) at every position of strings of 1 to 24 bytes, after
// any other such byte, so that the whole-word checks of short strings and
// of a string's last 8 bytes are compared with encoding/json at every
// offset.
func TestAppendStringEveryPosition(t *testing.T) {
	marks := []string{"\n", "\"", "\\", "<", "&", "\x00", "\x1f", "é", "\u2028", "\xff", " ", "~"}
	for n := 1; n <= 24; n++ {
		for p := 0; p < n; p++ {
			for _, m := range marks {
				for _, m2 := range []string{"", "\t", ">"} {
					b := bytes.Repeat([]byte("a"), n)
					s := string(b[:p]) + m2 + m + string(b[p:])
					sameAsEncodingJSON(t, s)
				}
			}
		}
	}
}

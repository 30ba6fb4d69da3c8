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
	})
}

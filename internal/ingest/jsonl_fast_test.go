package ingest

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

func TestDecodeArticleFast(t *testing.T) {
	for _, c := range []struct {
		line string
		fast bool
	}{
		{`{"id": "a1", "text": "Rebels \"took\" the town,\nofficials said \u00e9 \u0026 \/.", "title": "T", "url": "u", "source": "s", "published": "2021-03-04"}`, true},
		{`{"id": 7, "text": "x", "published": null, "date": -1.5e+3, "extra": true, "more": false, "html": null}`, true},
		{` { } `, true},
		{`{"text": null}`, true},
		{`{"Text": "case differs"}`, false},
		{`{"text": "a", "text": "b"}`, false},
		{`{"text": "surrogate \ud83d\ude00"}`, false},
		{`{"author": ["a", "b"], "text": "x"}`, false},
		{`{"meta": {"a": 1}, "text": "x"}`, false},
		{`{"text": "broken`, false},
		{`{"text": "x"} trailing`, false},
		{`{"text": "bad \xff"}`, false},
		{`{"id": 01, "text": "x"}`, false},
		{`{"title": 5, "text": "x"}`, false},
		{"{\"text\": \"raw\tcontrol\"}", false},
	} {
		var fast, ref jsonArticle
		ok := decodeArticleFast([]byte(c.line), &fast)
		if ok != c.fast {
			t.Errorf("%s: fast path %v, want %v", c.line, ok, c.fast)
		}
		err := json.Unmarshal([]byte(c.line), &ref)
		if ok && (err != nil || !reflect.DeepEqual(fast, ref)) {
			t.Errorf("%s: fast %+v, encoding/json %+v (%v)", c.line, fast, ref, err)
		}
	}
}

// FuzzDecodeArticleFast: whenever the fast path accepts a line,
// encoding/json accepts it too and decodes the same article.
func FuzzDecodeArticleFast(f *testing.F) {
	for _, s := range []string{
		`{"id": "a1", "text": "Rebels \"took\" the town,\nofficials said \u00e9.", "published": "2021-03-04"}`,
		`{"id": 7, "text": "x", "published": null, "date": -1.5e+3, "extra": true}`,
		`{"TEXT": "x", "html": "<p>y</p>"}`, `{"text": "\ud83d\ude00"}`, `{}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		var fast, ref jsonArticle
		if !decodeArticleFast(line, &fast) {
			return
		}
		if err := json.Unmarshal(line, &ref); err != nil {
			t.Fatalf("%q: fast path accepted what encoding/json rejects: %v", line, err)
		}
		if !reflect.DeepEqual(fast, ref) {
			t.Fatalf("%q: fast %+v, encoding/json %+v", line, fast, ref)
		}
	})
}

// TestPlainRun checks the 8-bytes-at-a-time scan against a byte loop: each
// stop byte (quote, backslash, control) at every offset of a 20-byte run,
// after bytes that trip the word tests' borrows (0x20, 0x21, '#', ']',
// 0x80, 0xff).
func TestPlainRun(t *testing.T) {
	slow := func(b []byte, i int) int {
		for ; i < len(b); i++ {
			if c := b[i]; c == '"' || c == '\\' || c < 0x20 {
				return i
			}
		}
		return i
	}
	for _, fill := range []byte{'a', 0x20, 0x21, '#', ']', 0x80, 0xff} {
		for _, stop := range []byte{'"', '\\', 0, '\n', 0x1f} {
			for n := 0; n <= 20; n++ {
				for at := -1; at < n; at++ {
					b := bytes.Repeat([]byte{fill}, n)
					if at >= 0 {
						b[at] = stop
						if at+1 < n {
							b[at+1] = stop - 1 // a borrow's neighbour
						}
					}
					for from := 0; from <= n; from++ {
						if got, want := plainRun(b, from), slow(b, from); got != want {
							t.Fatalf("plainRun(%q, %d) = %d, want %d", b, from, got, want)
						}
					}
				}
			}
		}
	}
}

package ingest

import (
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

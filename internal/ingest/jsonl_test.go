package ingest

import (
	"errors"
	"strings"
	"testing"
)

func TestReadJSONL(t *testing.T) {
	long := `{"text": "` + strings.Repeat("x", 400) + `"}`
	lines := []string{
		`{"id": "a1", "text": "Rebels took the town, officials said.", "title": "Town falls", "url": "https://example.org/1", "source": "Wire", "published": "2021-03-04"}`,
		`{"text": "broken`,
		``,
		`{"title": "no text"}`,
		long,
		`{"id": 7, "text": "The count ended.", "published": "2021-03-05T10:00:00Z"}`,
		`{"text": "Dates are hard.", "published": "soon"}`,
		`["not", "an", "object"]`,
		`{"html": "<html><head><title>From page</title></head><body><p>Paragraph from the page.</p></body></html>"}`,
		`{"text": "   "}`,
		`{"text": "Last one."}`,
	}
	dir := t.TempDir()
	p := writeFile(t, dir, "batch.jsonl", []byte(strings.Join(lines, "\n")))
	items := collect(t, []string{p}, "", Options{MaxBytes: 300})
	type want struct {
		line  string
		text  string
		err   string // substring
		errIs error
		warn  string
	}
	wants := []want{
		{line: ":1", text: "Rebels took the town, officials said."},
		{line: ":2", err: "invalid JSON"},
		{line: ":4", err: `missing "text"`},
		{line: ":5", errIs: ErrTooLarge},
		{line: ":6", text: "The count ended."},
		{line: ":7", text: "Dates are hard.", warn: "unknown date"},
		{line: ":8", err: "not a JSON object"},
		{line: ":9", text: "Paragraph from the page."},
		{line: ":10", errIs: ErrEmpty},
		{line: ":11", text: "Last one."},
	}
	if len(items) != len(wants) {
		for _, it := range items {
			t.Logf("%s %v", it.Name, it.Err)
		}
		t.Fatalf("got %d items, want %d", len(items), len(wants))
	}
	for i, w := range wants {
		it := items[i]
		if it.Name != p+w.line {
			t.Errorf("item %d name %q, want %q", i, it.Name, p+w.line)
		}
		switch {
		case w.err != "" || w.errIs != nil:
			if it.Err == nil || !strings.Contains(it.Err.Error(), w.err) || (w.errIs != nil && !errors.Is(it.Err, w.errIs)) {
				t.Errorf("%s: err %v, want %q %v", it.Name, it.Err, w.err, w.errIs)
			}
			if it.Err != nil && !strings.HasPrefix(it.Err.Error(), p+w.line+":") {
				t.Errorf("%s: error %q does not start with file:line", it.Name, it.Err)
			}
		case it.Err != nil:
			t.Errorf("%s: unexpected error %v", it.Name, it.Err)
		default:
			if it.Doc.Text != w.text {
				t.Errorf("%s: text %q, want %q", it.Name, it.Doc.Text, w.text)
			}
			if string(it.Doc.Path) != p {
				t.Errorf("%s: path %q", it.Name, it.Doc.Path)
			}
			if w.warn != "" && (len(it.Warnings) == 0 || !strings.Contains(it.Warnings[0], w.warn)) {
				t.Errorf("%s: warnings %q, want %q", it.Name, it.Warnings, w.warn)
			}
		}
	}
	d := items[0].Doc
	if d.Title != "Town falls" || d.URL != "https://example.org/1" || d.Source != "Wire" || d.Published.String() != "2021-03-04" || items[0].InputID != "a1" {
		t.Errorf("metadata: %+v id %q", d, items[0].InputID)
	}
	if items[4].InputID != "7" || items[4].Doc.Published.String() != "2021-03-05" {
		t.Errorf("numeric id / RFC 3339: %q %v", items[4].InputID, items[4].Doc.Published)
	}
	if items[7].Doc.Title != "From page" {
		t.Errorf("html title %q", items[7].Doc.Title)
	}
}

func TestReadJSONWhole(t *testing.T) {
	dir := t.TempDir()
	arr := writeFile(t, dir, "arr.json", []byte(`[{"text": "One."}, {"text": "Two."}]`))
	obj := writeFile(t, dir, "obj.json", []byte("{\n  \"text\": \"Pretty.\",\n  \"title\": \"T\"\n}\n"))
	empty := writeFile(t, dir, "empty.jsonl", []byte("\n\n"))
	items := collect(t, []string{arr, obj, empty}, "", Options{})
	if len(items) != 4 {
		t.Fatalf("got %d items", len(items))
	}
	for i, w := range []string{"One.", "Two.", "Pretty."} {
		if items[i].Err != nil || items[i].Doc.Text != w {
			t.Errorf("item %d: %v %+v", i, items[i].Err, items[i].Doc)
		}
	}
	if items[0].Name != arr+"[0]" || items[1].Name != arr+"[1]" {
		t.Errorf("array names %q %q", items[0].Name, items[1].Name)
	}
	if !errors.Is(items[3].Err, ErrEmpty) {
		t.Errorf("empty jsonl: %v", items[3].Err)
	}
}

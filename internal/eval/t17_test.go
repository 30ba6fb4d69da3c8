package eval

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestOccurrences(t *testing.T) {
	cases := []struct {
		line, s string
		want    []int
	}{
		{"1 of 10 and 1.5 and 1,000 and 1", "1", []int{0, 30}},
		{"raised # 38m and 38 more", "38", []int{9, 17}},
		{"He said it , she said , unsaid", "said", []int{3, 17}},
		{"230,000 people", "230,000", []int{0}},
		{"put it at 20,000-40,000 , while he said 40,000", "40,000", []int{40}}, // a range's bound is not a lone 40,000
		{"aged 7-11 and 11", "11", []int{14}},
		{"x", "", nil},
	}
	for _, c := range cases {
		if got := occurrences(c.line, c.s); !reflect.DeepEqual(got, c.want) {
			t.Errorf("occurrences(%q, %q) = %v, want %v", c.line, c.s, got, c.want)
		}
	}
}

// The sentences below are written for this test.
const t17Sample = "Quake toll rises `` sharply ''\n\nThe toll rose to 1,200 , officials said , up from 200 .\nAid worth # 5.6 m -LRB- 5 % more -RRB- arrived .\n"

func TestT17ArticleResolve(t *testing.T) {
	a, err := NewT17Article("quake_bbc/2010-01-15/7.htm.txt", []byte(t17Sample))
	if err != nil {
		t.Fatal(err)
	}
	if a.Source != "BBC" || a.Published.String() != "2010-01-15" || a.Topic != "quake_bbc" || a.Lines() != 4 {
		t.Fatalf("article = %+v", a)
	}
	wantText := "Quake toll rises \"sharply\"\n\nThe toll rose to 1,200, officials said, up from 200.\nAid worth £5.6m (5% more) arrived."
	if a.Text != wantText {
		t.Fatalf("text = %q", a.Text)
	}
	cases := []struct {
		line int
		s    string
		nth  int
		ok   bool
	}{
		{3, "1,200", 1, true}, {3, "200", 1, true}, {3, "200", 2, false}, {3, "said", 1, true},
		{4, "5.6", 1, true}, {4, "5", 1, true}, {2, "1", 1, false}, {9, "1", 1, false}, {3, "1,200", 0, false},
	}
	for _, c := range cases {
		sp, err := a.Resolve(c.line, c.s, c.nth)
		if (err == nil) != c.ok {
			t.Errorf("Resolve(%d, %q, %d) error = %v, want ok=%v", c.line, c.s, c.nth, err, c.ok)
			continue
		}
		if c.ok && sp.Of(a.Text) != c.s {
			t.Errorf("Resolve(%d, %q, %d) = %v → %q", c.line, c.s, c.nth, sp, sp.Of(a.Text))
		}
	}
	if sp, _ := a.Resolve(3, "200", 1); sp.Start != len("Quake toll rises \"sharply\"\n\nThe toll rose to 1,200, officials said, up from ") {
		t.Errorf("200 at %d", sp.Start)
	}
	if doc := a.Document(); doc.Source != "BBC" || doc.Text != a.Text || string(doc.Path) != a.Key {
		t.Errorf("document = %+v", doc)
	}
}

func TestReadT17(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	files := map[string]string{
		"Timeline17/quake_bbc/InputDocs/2010-01-15/7.htm.txt": t17Sample,
		"Timeline17/quake_bbc/InputDocs/2010-01-16/8.htm.txt": "",
		"Timeline17/quake_bbc/timelines/x.txt":                "2010-01-15\nA summary .\n",
		"Timeline17/spill_cnn/InputDocs/2010-05-01/1.htm.txt": "Oil leaks , BP said .\n",
	}
	for _, name := range []string{"Timeline17/quake_bbc/InputDocs/2010-01-15/7.htm.txt", "Timeline17/quake_bbc/InputDocs/2010-01-16/8.htm.txt", "Timeline17/quake_bbc/timelines/x.txt", "Timeline17/spill_cnn/InputDocs/2010-05-01/1.htm.txt"} {
		body := files[name]
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		tw.Write([]byte(body))
	}
	tw.Close()
	zw.Close()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "Timeline17-open.tar.gz"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var keys []string
	err := ReadT17(context.Background(), dir, nil, func(a *T17Article) error {
		keys = append(keys, a.Key+" "+a.Source)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"quake_bbc/2010-01-15/7.htm.txt BBC", "spill_cnn/2010-05-01/1.htm.txt CNN"}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("keys = %v, want %v", keys, want)
	}
	keys = nil
	err = ReadT17(context.Background(), filepath.Join(dir, "Timeline17-open.tar.gz"), func(k string) bool { return k[:5] == "spill" }, func(a *T17Article) error {
		keys = append(keys, a.Text)
		return nil
	})
	if err != nil || !reflect.DeepEqual(keys, []string{"Oil leaks, BP said."}) {
		t.Errorf("filtered: %v %v", keys, err)
	}
	if err := ReadT17(context.Background(), t.TempDir(), nil, func(*T17Article) error { return nil }); err == nil {
		t.Error("no tarball: no error")
	}
}

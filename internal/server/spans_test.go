package server

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
)

func sp(s, e int) document.Span { return document.Span{Start: s, End: e} }

func TestHighlightText(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		marks []Mark
		want  string
	}{
		{"no marks escapes", `a <b> & "c"`, nil, `a &lt;b&gt; &amp; &#34;c&#34;`},
		{"one mark", "Troops: 503 today", []Mark{{Span: sp(8, 11), Tag: "mark", ID: "fig-1", Class: "fig"}},
			`Troops: <mark id="fig-1" class="fig">503</mark> today`},
		{"back link after mark", "x 5 y", []Mark{{Span: sp(2, 3), Tag: "mark", ID: "fig-2", Back: "p-fig-2", BackLabel: "f2"}},
			`x <mark id="fig-2">5</mark><a class="back" tabindex="-1" href="#p-fig-2">f2</a> y`},
		{"nested", "He said 503 troops.", []Mark{
			{Span: sp(8, 18), Tag: "mark", ID: "fig-1"},
			{Span: sp(0, 19), Tag: "mark", ID: "st-1"},
			{Span: sp(0, 2), Class: "spk"},
		}, `<mark id="st-1"><span class="spk">He</span> said <mark id="fig-1">503 troops</mark>.</mark>`},
		{"same span keeps input order outermost first", "abc", []Mark{
			{Span: sp(0, 3), ID: "a"}, {Span: sp(0, 3), ID: "b"},
		}, `<span id="a"><span id="b">abc</span></span>`},
		{"crossing spans split, id only on first fragment", "abcdef", []Mark{
			{Span: sp(0, 4), ID: "x"}, {Span: sp(2, 6), ID: "y"},
		}, `<span id="x">ab<span id="y">cd</span></span><span>ef</span>`},
		{"out of range and empty spans dropped", "abc", []Mark{
			{Span: sp(1, 9), ID: "far"}, {Span: sp(2, 2), ID: "empty"}, {Span: sp(-1, 2), ID: "neg"}, {Span: sp(2, 1), ID: "rev"},
		}, `abc`},
		{"mid-rune boundaries move to rune start", "é5é", []Mark{{Span: sp(1, 4), ID: "m"}},
			`<span id="m">é5</span>é`},
		{"markup in text and attributes is escaped", `<script>alert(1)</script>`, []Mark{
			{Span: sp(0, 8), ID: `"><img src=x onerror=alert(1)>`, Class: `x" onmouseover="alert(1)`, Title: `<b>"t"</b>`},
		}, `<span id="&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" class="x&#34; onmouseover=&#34;alert(1)" title="&lt;b&gt;&#34;t&#34;&lt;/b&gt;">&lt;script&gt;</span>alert(1)&lt;/script&gt;`},
		{"adjacent marks", "ab", []Mark{{Span: sp(0, 1), ID: "a"}, {Span: sp(1, 2), ID: "b"}},
			`<span id="a">a</span><span id="b">b</span>`},
		{"mark to end of text", "ab", []Mark{{Span: sp(1, 2), ID: "b", Back: "r"}},
			`a<span id="b">b</span><a class="back" tabindex="-1" href="#r">↩</a>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := string(HighlightText(tc.text, tc.marks))
			if got != tc.want {
				t.Errorf("got\n  %s\nwant\n  %s", got, tc.want)
			}
		})
	}
}

// Stripping the tags of the output and unescaping gives the text back, for
// any marks: the walker never loses or duplicates text.
func TestHighlightTextKeepsText(t *testing.T) {
	text := "Gen. Dunford said 1,000 troops — “factually incorrect” — would stay in Syria.\nSecond <line> & more."
	var marks []Mark
	for i := 0; i < len(text); i += 3 {
		marks = append(marks, Mark{Span: sp(i, min(len(text), i+7+i%11)), ID: "m" + itoa(int64(i)), Back: "b"})
	}
	out := string(HighlightText(text, marks))
	var b strings.Builder
	for i := 0; i < len(out); {
		if out[i] == '<' {
			j := strings.IndexByte(out[i:], '>')
			tag := out[i : i+j+1]
			i += j + 1
			if strings.HasPrefix(tag, `<a class="back"`) {
				k := strings.Index(out[i:], "</a>")
				i += k + len("</a>")
			}
			continue
		}
		b.WriteByte(out[i])
		i++
	}
	r := strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "&#34;", `"`, "&#39;", "'")
	if got := r.Replace(b.String()); got != text {
		t.Errorf("text changed:\n got %q\nwant %q", got, text)
	}
	// Tags balance.
	if o, c := strings.Count(out, "<span"), strings.Count(out, "</span>"); o != c {
		t.Errorf("%d <span> opened, %d closed", o, c)
	}
	// Every id appears once.
	for _, m := range marks {
		if n := strings.Count(out, `id="`+m.ID+`"`); n != 1 {
			t.Errorf("id %s appears %d times", m.ID, n)
		}
	}
}

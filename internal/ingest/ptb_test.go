package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDetokenizePTB(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"The toll rose to 230,000 , officials said .", "The toll rose to 230,000, officials said."},
		{"Haiti 's president said : `` We do n't know . ''", `Haiti's president said: "We don't know."`},
		{"the -LRB- UN -RRB- mission", "the (UN) mission"},
		{"He ca n't go ; they 're here , we 've seen it , I 'm sure .", "He can't go; they're here, we've seen it, I'm sure."},
		{"prices rose 5 % in May", "prices rose 5% in May"},
		{"a $ 20bn fund and US$ 5 more", "a $20bn fund and US$5 more"},
		{"pledged # 5.6 m in donations", "pledged £5.6m in donations"},
		{"ranked # 1 in the list", "ranked £1 in the list"}, // the treebank's pound sign wins
		{"the hashtag # news", "the hashtag # news"},
		{"the parents ' homes", "the parents' homes"},
		{"`` First , '' he said , `` second . ''", `"First," he said, "second."`},
		{`he said " yes " and " no "`, `he said "yes" and "no"`},
		{"a 5 m wall", "a 5 m wall"}, // the tokenizer leaves "5m" whole: this was written apart
		{"released 3.3 m barrels , 1.5 km away , at 304.5 p", "released 3.3m barrels, 1.5km away, at 304.5p"},
		{"at 3.30 pm and 2.5 to 3", "at 3.30 pm and 2.5 to 3"},
		{"[ -LSB- x -RSB- ]", "[[x]]"},
		{"wait ... what ?", "wait ... what?"},
		{"a figure of 35,000-60 ,000 barrels -LRB- 1.5-2 .5 million -RRB-", "a figure of 35,000-60,000 barrels (1.5-2.5 million)"},
		{"the list , .5 less", "the list, .5 less"},
		{"  extra   spaces\there  ", "extra spaces here"},
	}
	for _, c := range cases {
		if got := DetokenizePTB(c.in); got != c.want {
			t.Errorf("DetokenizePTB(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLooksPTB(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"Haiti 's president said , `` We do n't know . ''\nThe toll rose to 230,000 , officials said .\n", true},
		{"The toll -LRB- official -RRB- rose , officials said .\nIt 's grim , he said .", true},
		{"Haiti's president said, \"We don't know.\"\nThe toll rose to 230,000, officials said.\n", false},
		{"A short line.", false},
		{"Prices: 1,000 , 2,000 and 3,000.", false},
		{"", false},
	}
	for _, c := range cases {
		if got := LooksPTB(c.in); got != c.want {
			t.Errorf("LooksPTB(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// numberFields returns the all-digit fields of s.
func numberFields(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		if f != "" && strings.Trim(f, "0123456789,.") == "" && startsDigit(f) {
			out = append(out, f)
		}
	}
	return out
}

func FuzzDetokenizePTB(f *testing.F) {
	for _, s := range []string{
		"Haiti 's toll rose to 230,000 , officials said .",
		"`` We do n't know , '' he said -LRB- today -RRB- .",
		"pledged # 5.6 m and $ 3 bn",
		`" a " b ' c '`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := DetokenizePTB(in)
		if utf8.ValidString(in) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of valid input %q: %q", in, out)
		}
		if out != strings.TrimSpace(out) || strings.Contains(out, "  ") {
			t.Fatalf("untrimmed or doubled space: %q → %q", in, out)
		}
		for _, n := range numberFields(in) {
			if !strings.Contains(out, n) {
				t.Fatalf("number %q lost: %q → %q", n, in, out)
			}
		}
		if len(out) > len(in)+strings.Count(in, "#") {
			t.Fatalf("output longer than input: %q → %q", in, out)
		}
		_ = LooksPTB(in)
	})
}

func TestReadTextDetokenizesPTB(t *testing.T) {
	cases := []struct {
		in, want string
		warned   bool
	}{
		{"Haiti 's toll rose , officials said .\n`` It is grim , '' he said .\n", "Haiti's toll rose, officials said.\n\"It is grim,\" he said.\n", true},
		{"Haiti's toll rose, officials said.\n\"It is grim,\" he said.\n", "Haiti's toll rose, officials said.\n\"It is grim,\" he said.\n", false},
	}
	for _, c := range cases {
		doc, warns, err := readText([]byte(c.in), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Text != c.want {
			t.Errorf("text = %q, want %q", doc.Text, c.want)
		}
		got := strings.Contains(strings.Join(warns, ";"), "Penn-Treebank")
		if got != c.warned {
			t.Errorf("%q: warned = %v (%q), want %v", c.in, got, warns, c.warned)
		}
	}
}

package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/annotate/entity"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

func TestZZErrors(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	all, err := readGMBFile(filepath.Join(conllShared(t), "data", "gmb-kaggle-ner", "ner_dataset.csv.zip"))
	if err != nil {
		t.Fatal(err)
	}
	sents := GMBSplit(all, "train")
	fp := map[string]int{}
	fn := map[string]int{}
	for _, s := range sents {
		text := strings.Join(s.Tokens, " ")
		var offs [][2]int
		p := 0
		for _, tk := range s.Tokens {
			offs = append(offs, [2]int{p, p + len(tk)})
			p += len(tk) + 1
		}
		toks := segment.Tokenize(text, nil)
		ents := entity.Find(text, toks, []document.Span{{Start: 0, End: len(text)}}, nil)
		var sys []NERChunk
		for _, en := range ents {
			typ := conllType(en.Type)
			a := sort.Search(len(offs), func(k int) bool { return offs[k][1] > en.Span.Start })
			b := sort.Search(len(offs), func(k int) bool { return offs[k][1] >= en.Span.End })
			if a < len(offs) && b < len(offs) {
				sys = append(sys, NERChunk{a, b + 1, typ})
			}
		}
		gold := Chunks(s.Tags)
		str := func(c NERChunk) string { return c.Type + " " + strings.Join(s.Tokens[c.Start:c.End], " ") }
		for _, x := range sys {
			ok := false
			for _, g := range gold {
				if g == x {
					ok = true
				}
			}
			if !ok {
				gl := "-"
				for _, g := range gold {
					if g.Start < x.End && x.Start < g.End {
						gl = str(g)
					}
				}
				fp[str(x)+"  | gold: "+gl]++
			}
		}
		for _, g := range gold {
			ok := false
			for _, x := range sys {
				if g == x {
					ok = true
				}
			}
			if !ok {
				fn[str(g)]++
			}
		}
	}
	dump := func(name string, m map[string]int) {
		type kv struct {
			k string
			v int
		}
		var l []kv
		for k, v := range m {
			l = append(l, kv{k, v})
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v })
		f, _ := os.Create("/tmp/entdbg/" + name)
		for _, x := range l {
			fmt.Fprintf(f, "%6d %s\n", x.v, x.k)
		}
		f.Close()
	}
	dump("fp", fp)
	dump("fn", fn)
}

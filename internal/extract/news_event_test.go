package extract_test

import (
	"strings"
	"testing"
)

// What each figure of the crackdown story (testdata/news/08) counts: the
// wording classes of conflict reporting in running text. "-" means empty.
func TestNewsEventWording(t *testing.T) {
	res := newsResults(t)["08"]
	if res == nil {
		t.Fatal("no article 08 in testdata/news")
	}
	for _, w := range []struct{ num, event, counted, measure string }{
		{"14 protesters", "killed", "protesters", "protesters killed"},
		{"About 3,000 troops", "deployed", "troops", "troops deployed"},
		{"40 tanks", "deployed", "tanks", "tanks deployed"},
		{"60 soldiers", "-", "soldiers", "soldiers defected"},
		{"31 martyrs", "killed", "people", "people killed"},
		{"25 men", "-", "men", "bodies found"}, // the dead found, not a toll (testdata/gold)
		{"More than 60 people", "killed", "people", "people killed"},
		{"83", "killed", "people", "people killed"},
		{"3 children", "killed", "children", "children killed"},
		{"45 people", "wounded", "people", "people wounded"},
		{"20 men", "missing", "men", "men missing"},
		{"120 members", "killed", "members", "members killed"},
		{"40 policemen", "killed", "police", "police killed"},
		{"More than 300 people", "detained", "people", "people detained"},
		{"200 young men", "detained", "men", "men detained"},
		{"16 soldiers", "detained", "soldiers", "soldiers detained"},
		{"Some 7,000 Syrians", "displaced", "Syrians", "refugees"},
		{"More than 25,000 people", "displaced", "people", "refugees"},
		{"150,000 people", "displaced", "people", "people displaced"},
		{"one million people", "in need", "people", "people in need"},
		{"About 20,000 people", "protesting", "people", "protesters"},
		{"1,500 soldiers", "deployed", "soldiers", "troops deployed"},
		{"$300 million", "money", "dollars", "dollars"},
		{"23 million", "population", "people", "population"},
		{"at least 10,000 people", "killed", "people", "people killed"},
	} {
		found := false
		for _, f := range res.Figures {
			if !strings.Contains(f.Text, w.num) {
				continue
			}
			found = true
			for _, c := range []struct{ name, got, want string }{
				{"event", string(f.Event), w.event}, {"counted", string(f.Counted), w.counted}, {"measure", string(f.Measure), w.measure},
			} {
				if c.want == "-" {
					c.want = ""
				}
				if c.got != c.want {
					t.Errorf("%q: %s = %q, want %q", f.Text, c.name, c.got, c.want)
				}
			}
			break
		}
		if !found {
			t.Errorf("no figure %q", w.num)
		}
	}
	// "No one was killed in Sunday's demonstration" is no toll; the
	// projection keeps its modality.
	for _, f := range res.Figures {
		if strings.EqualFold(f.Text, "no one") || f.Text == "one" && !f.Negated {
			t.Errorf("%q: a negated toll became a figure", f.Text)
		}
		if f.Text == "10,000" && f.Basis != "projected" {
			t.Errorf("%q: basis %q, want projected", f.Text, f.Basis)
		}
	}
}

package stance_test

import (
	"hash/fnv"
	"os"
	"strconv"
	"testing"

	"github.com/claimtrack/claimtrack/internal/eval"
	"github.com/claimtrack/claimtrack/internal/stance"
)

func TestExperiment(t *testing.T) {
	if os.Getenv("STANCE_EXP") == "" {
		t.Skip("experiment")
	}
	em, _ := stance.LoadEmergent("/work/shared/data/emergent", "train")
	fnc, _ := stance.LoadFNC("/work/shared/data/fnc1", "train")
	if os.Getenv("STANCE_EXP") == "em" {
		fnc = nil
	}
	ep, _ := strconv.Atoi(os.Getenv("EP"))
	cp, _ := strconv.ParseFloat(os.Getenv("CP"), 64)
	rt, _ := strconv.ParseFloat(os.Getenv("RT"), 64)
	m, err := stance.Train(stance.TrainOptions{Emergent: em, FNC: fnc, Epochs: ep, Seed: 1, Rate: rt, ClassPower: cp})
	if err != nil {
		t.Fatal(err)
	}
	r, _ := eval.Emergent(m, "/work/shared/data/emergent", "dev")
	r.Text(os.Stdout)
	if fnc != nil {
		r, _ = eval.FNC1(m, "/work/shared/data/fnc1", "dev")
		r.Text(os.Stdout)
	}
}

func TestExpErrors(t *testing.T) {
	if os.Getenv("STANCE_EXP") == "" {
		t.Skip("experiment")
	}
	em, _ := stance.LoadEmergent("/work/shared/data/emergent", "train")
	m, _ := stance.Train(stance.TrainOptions{Emergent: em, Epochs: 8, Seed: 1, Rate: 0.2, ClassPower: 0.5})
	dev, _ := stance.LoadEmergent("/work/shared/data/emergent", "dev")
	for i, p := range dev {
		l, pr := m.Emergent(p.Claim, p.Text)
		if l != p.Label && i%3 == 0 {
			t.Logf("%s→%s %.2f | %s || %s", p.Label, l, pr, p.Claim, p.Text)
		}
	}
}

func TestExpCV(t *testing.T) {
	if os.Getenv("STANCE_EXP") == "" {
		t.Skip("experiment")
	}
	all, _ := stance.LoadEmergent("/work/shared/data/emergent", "all")
	ep, _ := strconv.Atoi(os.Getenv("EP"))
	cp, _ := strconv.ParseFloat(os.Getenv("CP"), 64)
	rt, _ := strconv.ParseFloat(os.Getenv("RT"), 64)
	fold := func(g string) int {
		h := fnv.New32a()
		h.Write([]byte(g))
		return int(h.Sum32() % 5)
	}
	var gold, pred []string
	for k := 0; k < 5; k++ {
		var tr, te []stance.Pair
		for _, p := range all {
			if fold(p.Group) == k {
				te = append(te, p)
			} else {
				tr = append(tr, p)
			}
		}
		m, _ := stance.Train(stance.TrainOptions{Emergent: tr, Epochs: ep, Seed: 1, Rate: rt, ClassPower: cp})
		for _, p := range te {
			l, _ := m.Emergent(p.Claim, p.Text)
			gold = append(gold, p.Label)
			pred = append(pred, l)
		}
	}
	r := eval.ScoreStance("emergent-cv", "cv5", stance.EmergentLabels[:], gold, pred)
	r.Text(os.Stdout)
}

func TestExpRelShort(t *testing.T) {
	if os.Getenv("STANCE_EXP") == "" {
		t.Skip("experiment")
	}
	em, _ := stance.LoadEmergent("/work/shared/data/emergent", "train")
	fnc, _ := stance.LoadFNC("/work/shared/data/fnc1", "train")
	m, _ := stance.Train(stance.TrainOptions{Emergent: em, FNC: fnc, Epochs: 8, Seed: 1, Rate: 0.2, ClassPower: 0.5})
	dev, _ := stance.LoadEmergent("/work/shared/data/emergent", "dev")
	var tp, fn, tn, fp int
	counts := map[string]int{}
	for i, p := range dev {
		j := m.Judge(p.Claim, p.Text)
		counts[p.Label+"→"+j.Stance]++
		if j.Stance == "unrelated" {
			fn++
		} else {
			tp++
		}
		o := dev[(i+37)%len(dev)]
		if o.Group == p.Group {
			continue
		}
		if m.Judge(o.Claim, p.Text).Stance == "unrelated" {
			tn++
		} else {
			fp++
		}
	}
	t.Logf("related kept %d/%d, mismatched rejected %d/%d; %v", tp, tp+fn, tn, tn+fp, counts)
}

package stance

import (
	"bytes"
	"fmt"
	"math"
	"testing"
)

// synthetic builds a small stance data set from templates and fillers
// written for this test: each claim is "SUBJ EVENT".
func synthetic(subjects, events []string) (em, fnc []Pair) {
	emT := map[string][]string{
		"for":       {"%s %s, officials confirm", "Confirmed: %s %s", "%s %s"},
		"against":   {"%s did not %s, police say the story is a hoax", "No, %s never %s: report is fake", "Officials deny that %s %s"},
		"observing": {"%s reportedly %s, according to unverified rumors", "Did %s %s? Claims circulate online", "%s may have %s, sources claim"},
	}
	fncT := map[string]string{
		"agree":    "Officials confirmed today that %s %s. The account was verified by several witnesses and the record shows it happened. Photos published later confirm the event.",
		"disagree": "Police said the story that %s %s is a hoax. The claim is false and was fabricated by a satirical site. Officials deny it and no evidence supports it.",
		"discuss":  "Reports circulating online claim %s %s. It is unclear whether the account is accurate, and sources could not be reached. The rumor has not been verified.",
	}
	for i, s := range subjects {
		for j, e := range events {
			claim := s + " " + e
			g := fmt.Sprintf("c%d-%d", i, j)
			for _, lab := range EmergentLabels {
				for _, tpl := range emT[lab] {
					em = append(em, Pair{Claim: claim, Text: fmt.Sprintf(tpl, s, e), Label: lab, Group: g})
				}
			}
			for _, lab := range FNCLabels[:3] {
				fnc = append(fnc, Pair{Claim: claim, Text: fmt.Sprintf(fncT[lab], s, e), Label: lab, Group: g + lab})
			}
			// unrelated: a body about another subject and event
			o := subjects[(i+1)%len(subjects)] + " " + events[(j+1)%len(events)]
			fnc = append(fnc, Pair{Claim: claim, Text: "Weather forecasters expect heavy rain across the valley this weekend. Farmers welcomed the news after a dry summer. " + o + ".", Label: "unrelated", Group: g + "u"})
		}
	}
	return em, fnc
}

var (
	trainSubjects = []string{"the mayor of Springfield", "a famous pop singer", "the national football coach", "a retired astronaut", "the bank's chief executive", "a local zoo keeper"}
	trainEvents   = []string{"resigned from office", "bought an island", "was arrested at the airport", "found a meteorite", "adopted a tiger"}
	testSubjects  = []string{"the harbour master", "a celebrity chef"}
	testEvents    = []string{"won the lottery", "swam across the lake"}
)

func trainSynthetic(t *testing.T) *Model {
	t.Helper()
	em, fnc := synthetic(trainSubjects, trainEvents)
	m, err := Train(TrainOptions{Emergent: em, FNC: fnc, Epochs: 10, ClassPower: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainSynthetic(t *testing.T) {
	m := trainSynthetic(t)
	em, fnc := synthetic(testSubjects, testEvents)
	okE := 0
	for _, p := range em {
		l, pr := m.Emergent(p.Claim, p.Text)
		if s := pr[0] + pr[1] + pr[2]; math.Abs(s-1) > 1e-9 {
			t.Fatalf("probabilities sum to %v", s)
		}
		if l == p.Label {
			okE++
		} else {
			t.Logf("emergent %q / %q: got %s want %s %.2f", p.Claim, p.Text, l, p.Label, pr)
		}
	}
	if acc := float64(okE) / float64(len(em)); acc < 0.9 {
		t.Errorf("emergent held-out synthetic accuracy %.2f < 0.9", acc)
	}
	okF := 0
	for _, p := range fnc {
		l, pr := m.FNC(p.Claim, p.Text)
		if s := pr[0] + pr[1] + pr[2] + pr[3]; math.Abs(s-1) > 1e-9 {
			t.Fatalf("probabilities sum to %v", s)
		}
		if l == p.Label {
			okF++
		} else {
			t.Logf("fnc %q: got %s want %s %.2f", p.Claim, l, p.Label, pr)
		}
	}
	if acc := float64(okF) / float64(len(fnc)); acc < 0.9 {
		t.Errorf("fnc held-out synthetic accuracy %.2f < 0.9", acc)
	}
}

func TestJudgeSynthetic(t *testing.T) {
	m := trainSynthetic(t)
	claim := "the harbour master won the lottery"
	for _, c := range []struct{ text, want string }{
		{"Officials deny that the harbour master won the lottery", "denies"},
		{"Confirmed: the harbour master won the lottery", "supports"},
		{"Did the harbour master win the lottery? Claims circulate online", "observes"},
		{"Police said the story that the harbour master won the lottery is a hoax. The claim is false and was fabricated by a satirical site. Officials deny it and no evidence supports it. " +
			"The harbour office said the rumor started on a forum. Several readers shared the post without checking it. The lottery operator said no such winner exists. " +
			"Local reporters who called the office were told the same thing. The post has since been removed.", "denies"},
		{"Weather forecasters expect heavy rain across the valley this weekend. Farmers welcomed the news after a dry summer.", "unrelated"},
	} {
		j := m.Judge(claim, c.text)
		if j.Stance != c.want {
			t.Errorf("Judge(%q) = %+v, want %s", c.text, j, c.want)
		}
		if j.Confidence <= 0 || j.Confidence > 1 {
			t.Errorf("confidence %v out of (0,1]", j.Confidence)
		}
	}
}

func TestTrainDeterministicAndRoundTrip(t *testing.T) {
	m1, m2 := trainSynthetic(t), trainSynthetic(t)
	var b1, b2 bytes.Buffer
	if err := m1.Save(&b1); err != nil {
		t.Fatal(err)
	}
	if err := m2.Save(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Fatal("training is not deterministic")
	}
	l, err := Load(bytes.NewReader(b1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	em, fnc := synthetic(testSubjects, testEvents)
	for _, p := range em {
		a, pa := m1.Emergent(p.Claim, p.Text)
		b, pb := l.Emergent(p.Claim, p.Text)
		if a != b || math.Abs(pa[0]-pb[0]) > 0.01 {
			t.Errorf("loaded model differs: %s %v vs %s %v", a, pa, b, pb)
		}
	}
	for _, p := range fnc {
		a, pa := m1.FNC(p.Claim, p.Text)
		b, pb := l.FNC(p.Claim, p.Text)
		if a != b || math.Abs(pa[3]-pb[3]) > 0.01 {
			t.Errorf("loaded model differs: %s %v vs %s %v", a, pa, b, pb)
		}
	}
	if _, err := Load(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("Load accepted garbage")
	}
}

func TestTrainNoData(t *testing.T) {
	if _, err := Train(TrainOptions{}); err == nil {
		t.Error("Train with no data succeeded")
	}
}

func TestDefault(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	meta := m.Meta()
	if meta.Trained == "" || meta.Command == "" || len(meta.Data) == 0 || meta.Dev["fnc_score"] == nil {
		t.Errorf("embedded model lacks provenance: %+v", meta)
	}
	// Sentences written for this test; each verdict is one the shipped
	// model gives with high confidence, so a regression shows here.
	for _, c := range []struct{ claim, text, want string }{
		{"Scientists discovered water on the planet Mars", "NASA denies reports that scientists found water on Mars, calling the claim false", "denies"},
		{"Scientists discovered water on the planet Mars", "Central bank raises interest rates to curb inflation", "unrelated"},
		{"The company will cut 500 jobs", "The company denied it would cut 500 jobs.", "denies"},
		{"The company will cut 500 jobs", "The company said it has no plans to cut jobs.", "denies"},
		{"The company will cut 500 jobs", "The company is cutting 500 jobs.", "supports"},
		{"The company will cut 500 jobs", "Reports suggest the company may cut 500 jobs.", "observes"},
		{"The company will cut 500 jobs", "Is the company about to cut 500 jobs?", "observes"},
		{"The company will cut 500 jobs", "Shares rose after strong quarterly results.", "unrelated"},
	} {
		if j := m.Judge(c.claim, c.text); j.Stance != c.want {
			t.Errorf("Judge(%q, %q) = %+v, want %s", c.claim, c.text, j, c.want)
		}
	}
}

func FuzzJudge(f *testing.F) {
	m, err := Default()
	if err != nil {
		f.Skip(err)
	}
	f.Add("The mayor resigned", "Officials deny the mayor resigned?")
	f.Add("", "")
	f.Add("a a a a", "\xff\xfe \u201c a \u201d ?!")
	f.Fuzz(func(t *testing.T, claim, text string) {
		j := m.Judge(claim, text)
		if !(j.Confidence >= 0 && j.Confidence <= 1) {
			t.Fatalf("confidence %v", j.Confidence)
		}
		switch j.Stance {
		case "supports", "denies", "observes", "unrelated":
		default:
			t.Fatalf("stance %q", j.Stance)
		}
		_, p := m.FNC(claim, text)
		if s := p[0] + p[1] + p[2] + p[3]; math.Abs(s-1) > 1e-9 || math.IsNaN(s) {
			t.Fatalf("fnc probabilities sum %v", s)
		}
	})
}

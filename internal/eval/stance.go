package eval

import (
	"fmt"
	"io"
	"slices"

	"github.com/claimtrack/claimtrack/internal/stance"
)

// StanceReport scores a stance classifier on Emergent or FNC-1. Confusion
// rows are gold labels, columns predictions, both in Labels order.
type StanceReport struct {
	Task      string             `json:"task"`
	Split     string             `json:"split"`
	N         int                `json:"n"`
	Labels    []string           `json:"labels"`
	Counts    map[string]int     `json:"counts"` // gold counts
	Accuracy  float64            `json:"accuracy"`
	F1        map[string]float64 `json:"f1"`
	MacroF1   float64            `json:"macro_f1"`
	Confusion [][]int            `json:"confusion"`
	// FNC-1 only: the official weighted score, raw and as a fraction of max.
	FNCScore float64 `json:"fnc_score,omitempty"`
	FNCRaw   float64 `json:"fnc_raw,omitempty"`
	FNCMax   float64 `json:"fnc_max,omitempty"`
}

// Emergent scores m's claim–headline stance on the Emergent split (train,
// dev, all or test; see stance.LoadEmergent).
func Emergent(m *stance.Model, dir, split string) (StanceReport, error) {
	pairs, err := stance.LoadEmergent(dir, split)
	if err != nil {
		return StanceReport{}, err
	}
	gold := make([]string, len(pairs))
	pred := make([]string, len(pairs))
	for i, p := range pairs {
		gold[i] = p.Label
		pred[i], _ = m.Emergent(p.Claim, p.Text)
	}
	return ScoreStance("emergent", split, stance.EmergentLabels[:], gold, pred), nil
}

// FNC1 scores m's headline–body stance on the FNC-1 split (train, dev, all
// or test; see stance.LoadFNC), with the official FNC-1 score.
func FNC1(m *stance.Model, dir, split string) (StanceReport, error) {
	pairs, err := stance.LoadFNC(dir, split)
	if err != nil {
		return StanceReport{}, err
	}
	gold := make([]string, len(pairs))
	pred := make([]string, len(pairs))
	for i, p := range pairs {
		gold[i] = p.Label
		pred[i], _ = m.FNC(p.Claim, p.Text)
	}
	r := ScoreStance("fnc1", split, stance.FNCLabels[:], gold, pred)
	r.FNCRaw, r.FNCMax = FNCScore(gold, pred)
	if r.FNCMax > 0 {
		r.FNCScore = r.FNCRaw / r.FNCMax
	}
	return r, nil
}

// FNCScore is the official FNC-1 score: per pair +0.25 when gold and
// prediction agree on related vs unrelated, and +0.75 more when gold is
// related and the label matches exactly. It returns the raw score and the
// maximum (gold scored against itself).
func FNCScore(gold, pred []string) (raw, best float64) {
	score := func(g, p string) float64 {
		s := 0.0
		if (g == "unrelated") == (p == "unrelated") {
			s += 0.25
		}
		if g != "unrelated" && g == p {
			s += 0.75
		}
		return s
	}
	for i, g := range gold {
		raw += score(g, pred[i])
		best += score(g, g)
	}
	return raw, best
}

// ScoreStance computes accuracy, per-class and macro F1 and the confusion
// matrix of pred against gold over labels. Gold or predicted labels outside
// labels count as errors (they appear in no matrix cell).
func ScoreStance(task, split string, labels, gold, pred []string) StanceReport {
	k := len(labels)
	r := StanceReport{Task: task, Split: split, N: len(gold), Labels: slices.Clone(labels),
		Counts: make(map[string]int, k), F1: make(map[string]float64, k), Confusion: make([][]int, k)}
	for i := range r.Confusion {
		r.Confusion[i] = make([]int, k)
	}
	prf := make([]PRF, k)
	correct := 0
	for i, g := range gold {
		p := pred[i]
		gi, pi := slices.Index(labels, g), slices.Index(labels, p)
		if gi >= 0 {
			r.Counts[g]++
		}
		if gi >= 0 && pi >= 0 {
			r.Confusion[gi][pi]++
		}
		if g == p && gi >= 0 {
			correct++
			prf[gi].TP++
			continue
		}
		if gi >= 0 {
			prf[gi].FN++
		}
		if pi >= 0 {
			prf[pi].FP++
		}
	}
	if len(gold) > 0 {
		r.Accuracy = float64(correct) / float64(len(gold))
	}
	for i, l := range labels {
		r.F1[l] = prf[i].F1()
		r.MacroF1 += prf[i].F1() / float64(k)
	}
	return r
}

// Text writes the report for people.
func (r StanceReport) Text(w io.Writer) error {
	fmt.Fprintf(w, "%s (%s): %d pairs\n", r.Task, r.Split, r.N)
	fmt.Fprintf(w, "  accuracy %.4f  macro-F1 %.4f\n", r.Accuracy, r.MacroF1)
	if r.FNCMax > 0 {
		fmt.Fprintf(w, "  FNC-1 score %.2f / %.2f = %.4f\n", r.FNCRaw, r.FNCMax, r.FNCScore)
	}
	fmt.Fprintf(w, "  %-10s %6s %6s", "gold\\pred", "n", "F1")
	for _, l := range r.Labels {
		fmt.Fprintf(w, " %9s", l)
	}
	fmt.Fprintln(w)
	for i, l := range r.Labels {
		fmt.Fprintf(w, "  %-10s %6d %6.3f", l, r.Counts[l], r.F1[l])
		for _, c := range r.Confusion[i] {
			fmt.Fprintf(w, " %9d", c)
		}
		fmt.Fprintln(w)
	}
	return nil
}

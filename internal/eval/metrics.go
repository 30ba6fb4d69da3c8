// Package eval measures claimtrack on public benchmarks in their original
// layouts: stance (Emergent, FNC-1), attribution (PolNeAR), time expressions
// (TempEval-3), numbers and dates (Recognizers-Text) and entities (CoNLL).
package eval

// PRF counts true positives, false positives and false negatives.
type PRF struct {
	TP, FP, FN float64
}

// Precision is TP/(TP+FP), 0 when undefined.
func (m PRF) Precision() float64 {
	if m.TP+m.FP == 0 {
		return 0
	}
	return m.TP / (m.TP + m.FP)
}

// Recall is TP/(TP+FN), 0 when undefined.
func (m PRF) Recall() float64 {
	if m.TP+m.FN == 0 {
		return 0
	}
	return m.TP / (m.TP + m.FN)
}

// F1 is the harmonic mean of precision and recall, 0 when undefined.
func (m PRF) F1() float64 {
	p, r := m.Precision(), m.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Add sums two counts.
func (m PRF) Add(o PRF) PRF { return PRF{m.TP + o.TP, m.FP + o.FP, m.FN + o.FN} }

package stance

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
)

// TrainOptions configures Train. Zero values mean: 8 epochs, seed 1, rate
// 0.2, no class weighting.
type TrainOptions struct {
	Emergent []Pair // Emergent pairs (labels for/against/observing)
	FNC      []Pair // FNC-1 pairs (labels agree/disagree/discuss/unrelated)
	Epochs   int
	Seed     uint64
	Rate     float64
	// ClassPower weights each class by (N/(K·n_c))^ClassPower so rare
	// classes (against, disagree) are not ignored; 0 = unweighted.
	ClassPower float64
	Meta       Meta
}

type example struct {
	dense    [nDense]float32
	idx      []int32
	val      []float32
	y        int
	weight   float32
	denseOff bool
}

// Train fits a model on the given pairs. It is deterministic for equal
// inputs and options.
func Train(opt TrainOptions) (*Model, error) {
	if len(opt.Emergent) == 0 && len(opt.FNC) == 0 {
		return nil, errors.New("stance: no training data")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 8
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	if opt.Rate <= 0 {
		opt.Rate = 0.2
	}
	m := &Model{meta: opt.Meta, idf: buildIDF(opt)}
	s := &scratch{}

	// Emergent head.
	var exs []example
	for _, p := range opt.Emergent {
		y := slices.Index(EmergentLabels[:], p.Label)
		if y < 0 {
			continue
		}
		exs = append(exs, m.example(s, p.Claim, p.Text, y, false))
	}
	m.heads[headEmergent] = head{k: 3, w: sgd(exs, 3, opt, 11)}

	// Relatedness head: FNC-1 pairs, Emergent pairs (all related), and
	// Emergent headlines paired with another claim (unrelated), so that
	// short texts are covered too.
	exs = exs[:0]
	for _, p := range opt.FNC {
		y := slices.Index(FNCLabels[:], p.Label)
		if y < 0 {
			continue
		}
		rel := 1
		if y == 3 {
			rel = 0
		}
		exs = append(exs, m.example(s, p.Claim, p.Text, rel, true))
	}
	for i, p := range opt.Emergent {
		exs = append(exs, m.example(s, p.Claim, p.Text, 1, true))
		for j := 1; j < len(opt.Emergent); j++ {
			o := opt.Emergent[(i+j*97)%len(opt.Emergent)]
			if o.Group != p.Group {
				exs = append(exs, m.example(s, o.Claim, p.Text, 0, true))
				break
			}
		}
	}
	m.heads[headRel] = head{k: 2, w: sgd(exs, 2, opt, 22)}

	// FNC-1 stance head on related pairs.
	exs = exs[:0]
	for _, p := range opt.FNC {
		y := slices.Index(FNCLabels[:], p.Label)
		if y < 0 || y == 3 {
			continue
		}
		exs = append(exs, m.example(s, p.Claim, p.Text, y, false))
	}
	m.heads[headFNC] = head{k: 3, w: sgd(exs, 3, opt, 33)}
	return m, nil
}

func (m *Model) example(s *scratch, claim, text string, y int, denseOnly bool) example {
	m.extract(s, claim, text)
	e := example{dense: s.dense, y: y, denseOff: denseOnly}
	if !denseOnly {
		e.idx = slices.Clone(s.idx)
		e.val = slices.Clone(s.val)
	}
	return e
}

// buildIDF computes hashed inverse document frequencies over every distinct
// text and claim in the training data.
func buildIDF(opt TrainOptions) []uint8 {
	seen := make(map[string]bool)
	df := make([]int32, 1<<idfBits)
	var toks []tok
	var buf []byte
	var hs []uint64
	n := 0
	add := func(t string) {
		if seen[t] {
			return
		}
		seen[t] = true
		n++
		toks, _, _, _, buf = tokenize(t, toks, buf)
		hs = hs[:0]
		for i := range toks {
			if content(&toks[i]) {
				hs = append(hs, toks[i].h&(1<<idfBits-1))
			}
		}
		slices.Sort(hs)
		for _, h := range slices.Compact(hs) {
			df[h]++
		}
	}
	for _, set := range [][]Pair{opt.Emergent, opt.FNC} {
		for _, p := range set {
			add(p.Claim)
			add(p.Text)
		}
	}
	idf := make([]uint8, len(df))
	for i, d := range df {
		v := math.Log(float64(n+1)/float64(d+1)) + 1
		idf[i] = uint8(min(255, math.Round(v*idfScale)))
	}
	return idf
}

// sgd fits a k-class multinomial logistic regression by averaged stochastic
// gradient descent with class weights; it returns the averaged weights.
func sgd(exs []example, k int, opt TrainOptions, salt uint64) []float32 {
	w := make([]float32, dims*k)
	if len(exs) == 0 {
		return w
	}
	counts := make([]float64, k)
	for _, e := range exs {
		counts[e.y]++
	}
	cw := make([]float32, k)
	for c := range cw {
		cw[c] = 1
		if opt.ClassPower > 0 && counts[c] > 0 {
			cw[c] = float32(math.Pow(float64(len(exs))/(float64(k)*counts[c]), opt.ClassPower))
		}
	}
	u := make([]float32, dims*k) // sum of step·update, for averaging
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, salt))
	var z [4]float32
	var p [4]float64
	step := float32(1)
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		lr := float32(opt.Rate / (1 + 0.3*float64(ep)))
		for _, oi := range order {
			e := &exs[oi]
			for c := 0; c < k; c++ {
				z[c] = 0
			}
			for f, x := range e.dense {
				if x != 0 {
					for c := 0; c < k; c++ {
						z[c] += x * w[f*k+c]
					}
				}
			}
			for i, f := range e.idx {
				x := e.val[i]
				for c := 0; c < k; c++ {
					z[c] += x * w[int(f)*k+c]
				}
			}
			softmax(z[:k], p[:k])
			for c := 0; c < k; c++ {
				g := float32(p[c])
				if c == e.y {
					g--
				}
				g *= lr * cw[e.y]
				if g == 0 {
					continue
				}
				for f, x := range e.dense {
					if x != 0 {
						w[f*k+c] -= g * x
						u[f*k+c] -= step * g * x
					}
				}
				for i, f := range e.idx {
					x := e.val[i]
					w[int(f)*k+c] -= g * x
					u[int(f)*k+c] -= step * g * x
				}
			}
			step++
		}
	}
	for i := range w {
		w[i] -= u[i] / step
	}
	return w
}

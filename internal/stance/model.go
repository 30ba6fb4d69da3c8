// Package stance predicts how a text (a headline, a sentence or an article
// body) stands toward a claim: supports, denies, merely reports (observes), or
// is unrelated. One feature extractor serves three heads of a linear model:
// Emergent (for/against/observing, claim vs headline), FNC-1 relatedness and
// FNC-1 stance (agree/disagree/discuss, headline vs body). Features are claim
// coverage and TF-IDF similarity, stance lexicons (refuting, hedging,
// reporting, confirming, negation) near the claim's terms, and hashed words
// and bigrams of the text's focus region where words shared with the claim
// are abstracted away. The trained model ships embedded; see MODEL.md.
package stance

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
)

// Label sets, in the order of the probability arrays.
var (
	EmergentLabels = [3]string{"for", "against", "observing"}
	FNCLabels      = [4]string{"agree", "disagree", "discuss", "unrelated"}
)

// Head indices.
const (
	headEmergent = iota // 3 classes: for, against, observing
	headRel             // 2 classes: unrelated, related
	headFNC             // 3 classes: agree, disagree, discuss
	nHeads
)

var headK = [nHeads]int{3, 2, 3}

// Meta records how a model was trained.
type Meta struct {
	Trained  string         `json:"trained"`            // date (UTC)
	Command  string         `json:"command"`            // command line that produced it
	Data     []string       `json:"data"`               // training data used
	Options  map[string]any `json:"options,omitempty"`  // training options
	Dev      map[string]any `json:"dev,omitempty"`      // held-out metrics
	Comments string         `json:"comments,omitempty"` // free text
}

// Model is a trained stance model. It is safe for concurrent use.
type Model struct {
	meta  Meta
	idf   []uint8      // 1<<idfBits
	heads [nHeads]head // weights
	pool  sync.Pool    // *scratch
}

type head struct {
	k int
	w []float32 // dims*k, w[f*k+c]
}

// Judgement is the product-level stance of a text toward a claim.
type Judgement struct {
	Stance     string  `json:"stance"` // supports | denies | observes | unrelated
	Confidence float64 `json:"confidence"`
}

//go:embed model.bin
var embedded []byte

var defaultModel = sync.OnceValues(func() (*Model, error) { return Load(bytes.NewReader(embedded)) })

// Default returns the embedded model, loaded once; it is immutable.
func Default() (*Model, error) { return defaultModel() }

// Meta returns how the model was trained.
func (m *Model) Meta() Meta { return m.meta }

func (m *Model) get() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{}
}

func (m *Model) scores(s *scratch, h int, out []float64) {
	hd := &m.heads[h]
	k := hd.k
	var acc [4]float32
	for f, x := range s.dense {
		if x == 0 {
			continue
		}
		w := hd.w[f*k : f*k+k]
		for c := range w {
			acc[c] += x * w[c]
		}
	}
	for i, f := range s.idx {
		x := s.val[i]
		w := hd.w[int(f)*k : int(f)*k+k]
		for c := range w {
			acc[c] += x * w[c]
		}
	}
	softmax(acc[:k], out[:k])
}

func softmax(z []float32, out []float64) {
	mx := z[0]
	for _, v := range z[1:] {
		mx = max(mx, v)
	}
	var sum float64
	for i, v := range z {
		out[i] = math.Exp(float64(v - mx))
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
}

func argmax(p []float64) int {
	b := 0
	for i, v := range p {
		if v > p[b] {
			b = i
		}
	}
	return b
}

// Emergent classifies a headline's stance toward a claim: "for", "against"
// or "observing", with probabilities in EmergentLabels order.
func (m *Model) Emergent(claim, headline string) (string, [3]float64) {
	s := m.get()
	m.extract(s, claim, headline)
	var p [3]float64
	m.scores(s, headEmergent, p[:])
	m.pool.Put(s)
	return EmergentLabels[argmax(p[:])], p
}

// FNC classifies a body's stance toward a headline, FNC-1 style: "agree",
// "disagree", "discuss" or "unrelated", with probabilities in FNCLabels order.
func (m *Model) FNC(headline, body string) (string, [4]float64) {
	s := m.get()
	m.extract(s, headline, body)
	var rel [2]float64
	var q [3]float64
	m.scores(s, headRel, rel[:])
	m.scores(s, headFNC, q[:])
	m.pool.Put(s)
	pr := rel[1]
	p := [4]float64{pr * q[0], pr * q[1], pr * q[2], 1 - pr}
	if pr < 0.5 {
		return FNCLabels[3], p
	}
	return FNCLabels[argmax(q[:])], p
}

// Judge says whether text supports, denies, merely reports (observes) or is
// unrelated to claim. Short texts (headlines, sentences) use the Emergent
// head, long ones the FNC-1 head; relatedness comes from the FNC-1
// relatedness head. Confidence is the probability of the returned stance.
func (m *Model) Judge(claim, text string) Judgement {
	s := m.get()
	m.extract(s, claim, text)
	var rel [2]float64
	var q [3]float64
	m.scores(s, headRel, rel[:])
	short := s.short
	if short {
		m.scores(s, headEmergent, q[:])
	} else {
		m.scores(s, headFNC, q[:])
	}
	m.pool.Put(s)
	pr := rel[1]
	if pr < 0.5 {
		return Judgement{Stance: "unrelated", Confidence: 1 - pr}
	}
	// Both heads order their classes support, deny, observe.
	i := argmax(q[:])
	return Judgement{Stance: [3]string{"supports", "denies", "observes"}[i], Confidence: pr * q[i]}
}

// File format (gzip-compressed): magic, JSON meta, idf table, then per head
// k, k float32 scales and dims*k int16 quantized weights.
const magic = "CTSTANCE2"

// Save writes the model in its file format.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	meta, err := json.Marshal(m.meta)
	if err != nil {
		return err
	}
	var hdr bytes.Buffer
	hdr.WriteString(magic)
	binary.Write(&hdr, binary.LittleEndian, uint32(len(meta)))
	hdr.Write(meta)
	binary.Write(&hdr, binary.LittleEndian, [4]uint32{nDense, hashBits, idfBits, nHeads})
	hdr.Write(m.idf)
	if _, err := zw.Write(hdr.Bytes()); err != nil {
		return err
	}
	for h := range m.heads {
		hd := &m.heads[h]
		scales := make([]float32, hd.k)
		for f := 0; f < dims; f++ {
			for c := 0; c < hd.k; c++ {
				scales[c] = max(scales[c], float32(math.Abs(float64(hd.w[f*hd.k+c]))))
			}
		}
		for c := range scales {
			scales[c] /= 32767
			if scales[c] == 0 {
				scales[c] = 1
			}
		}
		q := make([]int16, len(hd.w))
		for i, v := range hd.w {
			q[i] = int16(math.Round(float64(v / scales[i%hd.k])))
		}
		if err := binary.Write(zw, binary.LittleEndian, uint32(hd.k)); err != nil {
			return err
		}
		if err := binary.Write(zw, binary.LittleEndian, scales); err != nil {
			return err
		}
		if err := binary.Write(zw, binary.LittleEndian, q); err != nil {
			return err
		}
	}
	return zw.Close()
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("stance model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("stance model: %w", err)
	}
	rd := bytes.NewReader(data)
	mg := make([]byte, len(magic))
	if _, err := io.ReadFull(rd, mg); err != nil || string(mg) != magic {
		return nil, errors.New("stance model: bad magic")
	}
	var n uint32
	if err := binary.Read(rd, binary.LittleEndian, &n); err != nil || int(n) > rd.Len() {
		return nil, errors.New("stance model: bad header")
	}
	meta := make([]byte, n)
	io.ReadFull(rd, meta)
	m := &Model{}
	if err := json.Unmarshal(meta, &m.meta); err != nil {
		return nil, fmt.Errorf("stance model: meta: %w", err)
	}
	var shape [4]uint32
	if err := binary.Read(rd, binary.LittleEndian, &shape); err != nil {
		return nil, fmt.Errorf("stance model: %w", err)
	}
	if shape != [4]uint32{nDense, hashBits, idfBits, nHeads} {
		return nil, fmt.Errorf("stance model: shape %v does not match this build (%d,%d,%d,%d)", shape, nDense, hashBits, idfBits, nHeads)
	}
	m.idf = make([]uint8, 1<<idfBits)
	if _, err := io.ReadFull(rd, m.idf); err != nil {
		return nil, fmt.Errorf("stance model: idf: %w", err)
	}
	for h := range m.heads {
		var k uint32
		if err := binary.Read(rd, binary.LittleEndian, &k); err != nil || int(k) != headK[h] {
			return nil, fmt.Errorf("stance model: head %d", h)
		}
		scales := make([]float32, k)
		if err := binary.Read(rd, binary.LittleEndian, scales); err != nil {
			return nil, fmt.Errorf("stance model: %w", err)
		}
		q := make([]int16, dims*int(k))
		if err := binary.Read(rd, binary.LittleEndian, q); err != nil {
			return nil, fmt.Errorf("stance model: %w", err)
		}
		w := make([]float32, len(q))
		for i, v := range q {
			w[i] = float32(v) * scales[i%int(k)]
		}
		m.heads[h] = head{k: int(k), w: w}
	}
	return m, nil
}

// WithMeta returns a model with the same weights and the given metadata.
func (m *Model) WithMeta(meta Meta) *Model {
	return &Model{meta: meta, idf: m.idf, heads: m.heads}
}

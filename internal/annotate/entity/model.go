package entity

import (
	_ "embed"
	"encoding/binary"
	"math"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
)

// The stretch model types capitalized word sequences that no gazetteer and
// no rule recognizes ("Greenspan", "Yukos", "Ghor"): a linear classifier
// (averaged perceptron) over hashed features of the words and their
// context, with five classes: not an entity, person, organization, place,
// other. It runs only on such stretches, never on every token. See
// TRAINING.md for the data and the command that rebuild stretch.model.
//
//go:generate env ENTITY_TRAIN=1 go test -run TestTrainStretchModel -count=1 .
//go:embed stretch.model
var modelFile []byte

const (
	modelMagic   = "CTSM1"
	modelClasses = 5
	maxFeatures  = 48
)

var modelTypes = [modelClasses]Type{"", Person, Org, Place, Misc}

// stretchModel holds the quantized weights: bits-wide hashed feature space
// × classes, little-endian int16s read in place from the embedded file
// (decoding 327k of them at start-up cost more than a BBC article).
type stretchModel struct {
	bits    uint32
	weights []byte
}

// model is loaded once from the embedded file and never changed; nil when
// the file is empty (the rules then decide alone).
var model = loadModel(modelFile)

func loadModel(b []byte) *stretchModel {
	if len(b) < len(modelMagic)+8 || string(b[:len(modelMagic)]) != modelMagic {
		return nil
	}
	b = b[len(modelMagic):]
	bits := binary.LittleEndian.Uint32(b)
	classes := binary.LittleEndian.Uint32(b[4:])
	b = b[8:]
	n := (1 << bits) * int(classes)
	if classes != modelClasses || bits > 24 || len(b) != 2*n {
		return nil
	}
	return &stretchModel{bits: bits, weights: b}
}

// encodeModel writes weights in the embedded format (used by training).
func encodeModel(bits uint32, w []float32) []byte {
	maxAbs := float32(0)
	for _, x := range w {
		if x < 0 {
			x = -x
		}
		if x > maxAbs {
			maxAbs = x
		}
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = 32000 / maxAbs
	}
	out := make([]byte, 0, len(modelMagic)+8+2*len(w))
	out = append(out, modelMagic...)
	out = binary.LittleEndian.AppendUint32(out, bits)
	out = binary.LittleEndian.AppendUint32(out, modelClasses)
	for _, x := range w {
		out = binary.LittleEndian.AppendUint16(out, uint16(int16(math.Round(float64(x*scale)))))
	}
	return out
}

// predict reads rows of exactly five classes: this fails to compile if
// modelClasses changes.
const _ = uint(modelClasses-5) + uint(5-modelClasses)

// predict returns the class with the highest score.
func (m *stretchModel) predict(feats []uint32) int {
	var score [modelClasses]int32
	mask := uint32(1)<<m.bits - 1
	for _, f := range feats {
		// a row is five int16s: the first four in one 8-byte read
		row := m.weights[int(f&mask)*(2*modelClasses):]
		row = row[:2*modelClasses]
		w := binary.LittleEndian.Uint64(row)
		score[0] += int32(int16(w))
		score[1] += int32(int16(w >> 16))
		score[2] += int32(int16(w >> 32))
		score[3] += int32(int16(w >> 48))
		score[4] += int32(int16(binary.LittleEndian.Uint16(row[8:])))
	}
	best := 0
	for c := 1; c < modelClasses; c++ {
		if score[c] > score[best] {
			best = c
		}
	}
	return best
}

// feature hashing: FNV-1a over a one-byte feature kind and the text, with
// ASCII letters lower-cased.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashStr(kind byte, s string) uint32 {
	h := uint32(fnvOffset)
	h ^= uint32(kind)
	h *= fnvPrime
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint32(c)
		h *= fnvPrime
	}
	return h
}

func hashInt(kind byte, v int) uint32 {
	h := uint32(fnvOffset)
	h ^= uint32(kind)
	h *= fnvPrime
	h ^= uint32(v) + 0x9e37
	h *= fnvPrime
	return h
}

func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

// shape classes a word's spelling: 0 Xxxx, 1 XXXX, 2 X, 3 X.X., 4 with
// digit, 5 with hyphen or apostrophe, 6 other.
func shape(t segment.Token, w string) int {
	switch {
	case t.Flags&segment.Acronym != 0:
		return 3
	case t.Flags&segment.Digit != 0:
		return 4
	case len(w) == 1:
		return 2
	case t.Flags&segment.AllCaps != 0:
		return 1
	}
	for i := 0; i < len(w); i++ {
		if w[i] == '-' || w[i] == '\'' {
			return 5
		}
	}
	if t.Flags&segment.Cap != 0 {
		return 0
	}
	return 6
}

// tokText returns the text of token i, or a boundary marker.
func (s *scanner) tokText(i int) string {
	if i < 0 {
		return "<s>"
	}
	if i >= len(s.toks) {
		return "</s>"
	}
	return s.word(i)
}

// stretchFeatures computes the features of the unknown stretch of pieces
// [p, q) in ps into the scanner's buffer.
func (s *scanner) stretchFeatures(ps []piece, p, q, sentStart, sentEnd int, init, head, common, hasConn, allCaps bool) []uint32 {
	f := s.feats[:0]
	add := func(h uint32) {
		if len(f) < len(s.feats) {
			f = append(f, h)
		}
	}
	add(hashInt('b', 0))
	words := 0
	for x := p; x < q; x++ {
		if ps[x].kind == pConn {
			continue
		}
		words++
		if words <= 4 {
			w := s.word(ps[x].a)
			add(hashStr('w', w))
			add(hashStr('3', suffix(w, 3)))
		}
	}
	fw, lw := s.word(ps[p].a), s.word(ps[q-1].a)
	add(hashStr('f', fw))
	add(hashStr('l', lw))
	add(hashStr('s', suffix(lw, 2)))
	add(hashStr('S', suffix(lw, 4)))
	add(hashStr('P', fw[:min(3, len(fw))]))
	add(hashInt('n', min(words, 4)))
	add(hashInt('h', shape(s.toks[ps[p].a], fw)))
	flags := 0
	for i, b := range [...]bool{allCaps, hasConn, init, head, common, ps[p].flags&fGiven != 0} {
		if b {
			flags |= 1 << i
			add(hashInt('F', i))
		}
	}
	b := ps[q-1].b
	prev, prev2 := ps[p].a-1, ps[p].a-2
	if prev < sentStart {
		prev, prev2 = -1, -1
	} else if prev2 < sentStart {
		prev2 = -1
	}
	next, next2 := b, b+1
	if next >= sentEnd {
		next, next2 = len(s.toks), len(s.toks)
	} else if next2 >= sentEnd {
		next2 = len(s.toks)
	}
	pw, nw := s.tokText(prev), s.tokText(next)
	add(hashStr('p', pw))
	add(hashStr('q', s.tokText(prev2)))
	add(hashStr('x', nw))
	add(hashStr('y', s.tokText(next2)))
	add(hashStr('X', nw)*fnvPrime ^ hashStr('Y', s.tokText(next2)))
	add(hashStr('Q', pw)*fnvPrime ^ hashStr('f', fw))
	// context piece kinds inside the run
	pk, nk := 0, 0
	if p > 0 {
		pk = int(ps[p-1].kind)*8 + typeCode(ps[p-1].e.typ)
	}
	if q < len(ps) {
		nk = int(ps[q].kind)*8 + typeCode(ps[q].e.typ)
	}
	add(hashInt('k', pk))
	add(hashInt('K', nk))
	add(hashInt('c', flags*64+min(words, 4)))
	return f
}

func typeCode(t Type) int {
	switch t {
	case Person:
		return 1
	case Org:
		return 2
	case Place:
		return 3
	case NORP:
		return 4
	case Misc:
		return 5
	case titleType:
		return 6
	}
	return 0
}

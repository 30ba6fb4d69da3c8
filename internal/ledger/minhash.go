package ledger

import "math/bits"

// Near-duplicate detection: MinHash over word shingles, bucketed by LSH
// bands. Texts are lowercased word sequences (letters and digits); shingles
// are ShingleWords consecutive words. With Bands×Rows = 16×4 hashes, two
// texts with shingle Jaccard 0.8 share a band with probability > 0.999,
// texts with Jaccard 0.3 with about 0.12; candidates are then confirmed with
// the estimated Jaccard ≥ DupThreshold, or with estimated containment of the
// shorter text in the longer (a trimmed copy) ≥ DupContainment.
const (
	ShingleWords   = 4
	Bands          = 16
	Rows           = 4
	NumHashes      = Bands * Rows
	DupThreshold   = 0.5
	DupContainment = 0.8
)

// Signature is a MinHash signature; Shingles is the number of distinct
// shingles hashed (approximately: the count of shingle positions).
type Signature struct {
	Mins     [NumHashes]uint32
	Shingles int
}

// hash parameters: odd multipliers and offsets from a fixed splitmix64 seed.
var mhMul, mhAdd = func() (m, a [NumHashes]uint64) {
	x := uint64(0x9E3779B97F4A7C15)
	next := func() uint64 {
		x += 0x9E3779B97F4A7C15
		z := x
		z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
		z = (z ^ (z >> 27)) * 0x94D049BB133111EB
		return z ^ (z >> 31)
	}
	for i := range m {
		m[i] = next() | 1
		a[i] = next()
	}
	return
}()

// MinHash computes the signature of text in one pass without allocating.
func MinHash(text string) Signature {
	var sig Signature
	for i := range sig.Mins {
		sig.Mins[i] = ^uint32(0)
	}
	var ring [ShingleWords]uint64
	n := 0
	var h uint64 = 14695981039346656037
	inWord := false
	add := func() {
		ring[n%ShingleWords] = h
		n++
		if n < ShingleWords {
			return
		}
		var s uint64
		for k := 0; k < ShingleWords; k++ {
			s = bits.RotateLeft64(s, 17) ^ ring[(n+k)%ShingleWords]
			s *= 0x100000001B3
		}
		sig.Shingles++
		for i := range sig.Mins {
			v := uint32((s*mhMul[i] + mhAdd[i]) >> 32)
			if v < sig.Mins[i] {
				sig.Mins[i] = v
			}
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c >= 0x80:
			if !inWord {
				h = 14695981039346656037
				inWord = true
			}
			h ^= uint64(c)
			h *= 1099511628211
		default:
			if inWord {
				add()
				inWord = false
			}
		}
	}
	if inWord {
		add()
	}
	if n > 0 && n < ShingleWords {
		// A text shorter than one shingle: hash it whole.
		for k := n; k < ShingleWords; k++ {
			h = 0
			add()
		}
	}
	return sig
}

// BandHashes returns one hash per LSH band.
func (s *Signature) BandHashes() [Bands]int64 {
	var out [Bands]int64
	for b := 0; b < Bands; b++ {
		var h uint64 = 1469598103934665603
		for r := 0; r < Rows; r++ {
			h ^= uint64(s.Mins[b*Rows+r])
			h *= 1099511628211
		}
		out[b] = int64(h>>1) ^ int64(b) // positive, distinct per band
	}
	return out
}

// Jaccard estimates the shingle Jaccard similarity of two signatures.
func Jaccard(a, b *Signature) float64 {
	eq := 0
	for i := range a.Mins {
		if a.Mins[i] == b.Mins[i] {
			eq++
		}
	}
	return float64(eq) / NumHashes
}

// SameStory reports whether two texts are copies of one story: high
// Jaccard, or a shorter text mostly contained in a longer one (estimated
// from Jaccard and the shingle counts).
func SameStory(a, b *Signature) bool {
	if a.Shingles == 0 || b.Shingles == 0 {
		return false
	}
	j := Jaccard(a, b)
	if j >= DupThreshold {
		return true
	}
	// |A∩B| = J(|A|+|B|)/(1+J); containment of the smaller.
	small := a.Shingles
	if b.Shingles < small {
		small = b.Shingles
	}
	inter := j * float64(a.Shingles+b.Shingles) / (1 + j)
	return j >= 0.2 && inter/float64(small) >= DupContainment
}

// Encode writes the signature as bytes for storage (little endian, the
// shingle count first).
func (s *Signature) Encode() []byte {
	b := make([]byte, 4+4*NumHashes)
	put := func(i int, v uint32) {
		b[i], b[i+1], b[i+2], b[i+3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
	}
	put(0, uint32(s.Shingles))
	for i, v := range s.Mins {
		put(4+4*i, v)
	}
	return b
}

// DecodeSignature reads what Encode wrote; ok is false for malformed input.
func DecodeSignature(b []byte) (s Signature, ok bool) {
	if len(b) != 4+4*NumHashes {
		return s, false
	}
	get := func(i int) uint32 {
		return uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24
	}
	s.Shingles = int(get(0))
	for i := range s.Mins {
		s.Mins[i] = get(4 + 4*i)
	}
	return s, true
}

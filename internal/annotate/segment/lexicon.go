package segment

// Lexicon is a read-only table from words or phrases to values, for the
// lexicon lookups the annotation layers make on nearly every token. It is
// built once (NewLexicon) and then only read, so it is safe for concurrent
// use.
//
// Nearly every lookup misses (most tokens are in no gazetteer), and Go maps
// spent most of a miss loading a group of the large table from memory. Here
// a miss usually costs one hash and one read of a compact slot array (4
// bytes a slot, with 12 bits of the hash to reject most other keys); keys
// and values are read only on a likely hit. Lookups by []byte do not
// allocate.
type Lexicon[V any] struct {
	// lens[c] has bit n set when a key of n bytes (63: more) starts with
	// byte c; ends[c] is the set of bytes keys starting with c end with.
	// Together they turn away most absent words before hashing.
	lens  [256]uint64
	ends  [256][4]uint64
	slots []uint32 // 0: empty; else hash tag << lexIndexBits | (entry index + 1)
	keys  []string
	vals  []V
	mask  uint32
	empty int // index of the entry of key "", or -1
}

const (
	lexIndexBits = 20
	lexIndexMask = 1<<lexIndexBits - 1
)

// NewLexicon builds a table of n entries; entry(i) returns the i-th key and
// value. A repeated key keeps its first value.
func NewLexicon[V any](n int, entry func(i int) (string, V)) *Lexicon[V] {
	if n >= lexIndexMask {
		panic("segment.NewLexicon: too many entries")
	}
	size := 16
	for size < 3*n {
		size <<= 1
	}
	t := &Lexicon[V]{empty: -1, slots: make([]uint32, size), keys: make([]string, 0, n), vals: make([]V, 0, n), mask: uint32(size - 1)}
	for i := 0; i < n; i++ {
		k, v := entry(i)
		if _, dup := t.Get(k); dup {
			continue
		}
		h := lexHashString(k)
		slot := uint32(h) & t.mask
		for t.slots[slot] != 0 {
			slot = (slot + 1) & t.mask
		}
		t.keys = append(t.keys, k)
		t.vals = append(t.vals, v)
		if k != "" {
			first, last := k[0], k[len(k)-1]
			t.lens[first] |= 1 << min(len(k), 63)
			t.ends[first][last>>6] |= 1 << (last & 63)
		}
		t.slots[slot] = lexTag(h)<<lexIndexBits | uint32(len(t.keys))
		if k == "" {
			t.empty = len(t.keys) - 1
		}
	}
	return t
}

// LexiconOf builds a table from a map.
func LexiconOf[V any](m map[string]V) *Lexicon[V] {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return NewLexicon(len(keys), func(i int) (string, V) { return keys[i], m[keys[i]] })
}

// Each calls fn for every entry, in the order they were added.
func (t *Lexicon[V]) Each(fn func(k string, v V)) {
	for i, k := range t.keys {
		fn(k, t.vals[i])
	}
}

// Has reports whether key k is present.
func (t *Lexicon[V]) Has(k string) bool {
	_, ok := t.Get(k)
	return ok
}

// Len is the number of entries.
func (t *Lexicon[V]) Len() int { return len(t.keys) }

// lexTag is the part of the hash kept in a slot: bits not used for the
// slot index.
func lexTag(h uint64) uint32 { return uint32(h>>52) & (1<<(32-lexIndexBits) - 1) }

// absent reports whether the filters rule out a key of n bytes from first
// to last.
func (t *Lexicon[V]) absent(n int, first, last byte) bool {
	return t.lens[first]&(1<<min(n, 63)) == 0 || t.ends[first][last>>6]&(1<<(last&63)) == 0
}

// MayHave reports whether a key of n > 0 bytes that starts with byte first
// and ends with byte last may be present; false is certain. A caller that
// must transform a word before looking it up (lower-casing it into a
// buffer) asks this first and skips the work for most absent words.
func (t *Lexicon[V]) MayHave(n int, first, last byte) bool {
	return !t.absent(n, first, last)
}

func (t *Lexicon[V]) emptyKey() (V, bool) {
	if t.empty < 0 {
		var zero V
		return zero, false
	}
	return t.vals[t.empty], true
}

// Get returns the value of key k.
func (t *Lexicon[V]) Get(k string) (V, bool) {
	if len(k) == 0 {
		return t.emptyKey()
	}
	if t.absent(len(k), k[0], k[len(k)-1]) {
		var zero V
		return zero, false
	}
	h := lexHashString(k)
	tag := lexTag(h)
	for slot := uint32(h) & t.mask; ; slot = (slot + 1) & t.mask {
		s := t.slots[slot]
		if s == 0 {
			var zero V
			return zero, false
		}
		if s>>lexIndexBits == tag {
			if i := s&lexIndexMask - 1; t.keys[i] == k {
				return t.vals[i], true
			}
		}
	}
}

// GetBytes returns the value of key k.
func (t *Lexicon[V]) GetBytes(k []byte) (V, bool) {
	if len(k) == 0 {
		return t.emptyKey()
	}
	if t.absent(len(k), k[0], k[len(k)-1]) {
		var zero V
		return zero, false
	}
	h := lexHashBytes(k)
	tag := lexTag(h)
	for slot := uint32(h) & t.mask; ; slot = (slot + 1) & t.mask {
		s := t.slots[slot]
		if s == 0 {
			var zero V
			return zero, false
		}
		if s>>lexIndexBits == tag {
			if i := s&lexIndexMask - 1; t.keys[i] == string(k) {
				return t.vals[i], true
			}
		}
	}
}

// At returns the value of key k, or the zero value.
func (t *Lexicon[V]) At(k string) V {
	v, _ := t.Get(k)
	return v
}

// AtBytes returns the value of key k, or the zero value.
func (t *Lexicon[V]) AtBytes(k []byte) V {
	v, _ := t.GetBytes(k)
	return v
}

const (
	lexMul1 = 0x9E3779B97F4A7C15
	lexMul2 = 0xBF58476D1CE4E5B9
)

// lexHashString and lexHashBytes are the same hash: 8 bytes at a time,
// then a final mix. Words are short, so this beats a byte-wise hash.
func lexHashString(s string) uint64 {
	h := uint64(len(s)) * lexMul1
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ w) * lexMul2
		h ^= h >> 29
		s = s[8:]
	}
	// The last 0 … 7 bytes without a loop over them (keys are mostly
	// short words): two overlapping 4-byte reads, or the first, middle and
	// last byte, cover every byte of a tail that short; the length, in h
	// already, tells the overlaps apart.
	var w uint64
	switch n := len(s); {
	case n >= 4:
		w = uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[n-4])<<32 | uint64(s[n-3])<<40 | uint64(s[n-2])<<48 | uint64(s[n-1])<<56
	case n > 0:
		w = uint64(s[0]) | uint64(s[n>>1])<<8 | uint64(s[n-1])<<16
	}
	return lexMix(h ^ w)
}

func lexHashBytes(s []byte) uint64 {
	h := uint64(len(s)) * lexMul1
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ w) * lexMul2
		h ^= h >> 29
		s = s[8:]
	}
	// The tail as lexHashString reads it.
	var w uint64
	switch n := len(s); {
	case n >= 4:
		w = uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[n-4])<<32 | uint64(s[n-3])<<40 | uint64(s[n-2])<<48 | uint64(s[n-1])<<56
	case n > 0:
		w = uint64(s[0]) | uint64(s[n>>1])<<8 | uint64(s[n-1])<<16
	}
	return lexMix(h ^ w)
}

func lexMix(h uint64) uint64 {
	h *= lexMul2
	h ^= h >> 31
	h *= lexMul1
	return h ^ h>>32
}

// GetFold returns the value of key k with its ASCII capitals lowered, as
// GetBytes of the lowered copy would, without making the copy: the hash
// lowers 8 bytes at a time as it reads them.
func (t *Lexicon[V]) GetFold(k string) (V, bool) {
	if len(k) == 0 {
		return t.emptyKey()
	}
	if t.absent(len(k), lowerByte(k[0]), lowerByte(k[len(k)-1])) {
		var zero V
		return zero, false
	}
	h := lexHashFold(k)
	tag := lexTag(h)
	for slot := uint32(h) & t.mask; ; slot = (slot + 1) & t.mask {
		s := t.slots[slot]
		if s == 0 {
			var zero V
			return zero, false
		}
		if s>>lexIndexBits == tag {
			if i := s&lexIndexMask - 1; equalFold(k, t.keys[i]) {
				return t.vals[i], true
			}
		}
	}
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalFold reports whether s with its ASCII capitals lowered is key.
func equalFold(s, key string) bool {
	if len(s) != len(key) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerByte(s[i]) != key[i] {
			return false
		}
	}
	return true
}

// lower8 lowers the ASCII capitals among the 8 bytes of w at once (as
// extract's lowerASCII does): no carry crosses a byte, since each byte's
// low seven bits plus 0x3f or 0x25 stay below 0x100.
func lower8(w uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	h := w &^ hi
	ge := h + lo*(0x80-'A') // high bit set where a byte is >= 'A'
	gt := h + lo*(0x80-'Z'-1)
	return w | ((ge&^gt)&^w&hi)>>2
}

// lexHashFold is lexHashString of s with its ASCII capitals lowered.
func lexHashFold(s string) uint64 {
	h := uint64(len(s)) * lexMul1
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ lower8(w)) * lexMul2
		h ^= h >> 29
		s = s[8:]
	}
	var w uint64
	switch n := len(s); {
	case n >= 4:
		w = uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[n-4])<<32 | uint64(s[n-3])<<40 | uint64(s[n-2])<<48 | uint64(s[n-1])<<56
	case n > 0:
		w = uint64(s[0]) | uint64(s[n>>1])<<8 | uint64(s[n-1])<<16
	}
	return lexMix(h ^ lower8(w))
}

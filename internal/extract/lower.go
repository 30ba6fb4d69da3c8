package extract

import "encoding/binary"

// lowerASCII lowers the ASCII capitals of b in place, eight bytes at a
// time; other bytes (UTF-8 sequences included) are left as they are. A
// figure context lowers each article's whole text once.
func lowerASCII(b []byte) {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		h := w &^ hi // each byte's low seven bits: no carry between bytes
		// high bit set where a byte is >= 'A', and where it is > 'Z'
		ge := h + lo*(0x80-'A')
		gt := h + lo*(0x80-'Z'-1)
		upper := (ge &^ gt) &^ w & hi // ASCII bytes in 'A'..'Z'
		if upper != 0 {
			binary.LittleEndian.PutUint64(b[i:], w|upper>>2) // 0x80>>2 = 0x20, 'a'-'A'
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

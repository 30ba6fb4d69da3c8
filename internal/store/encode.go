package store

import (
	"encoding/binary"

	"github.com/claimtrack/claimtrack/internal/document"
)

// EncodeSpans packs spans as varint deltas: the stored form of sentence
// spans in every store.
func EncodeSpans(sp []document.Span) []byte {
	b := make([]byte, 0, len(sp)*4)
	prev := 0
	for _, s := range sp {
		b = binary.AppendUvarint(b, uint64(max(0, s.Start-prev)))
		b = binary.AppendUvarint(b, uint64(max(0, s.End-s.Start)))
		prev = s.End
	}
	return b
}

// DecodeSpans reads what EncodeSpans wrote; a damaged tail is dropped.
func DecodeSpans(b []byte) []document.Span {
	var out []document.Span
	prev := 0
	for len(b) > 0 {
		a, n := binary.Uvarint(b)
		if n <= 0 {
			break
		}
		b = b[n:]
		l, m := binary.Uvarint(b)
		if m <= 0 {
			break
		}
		b = b[m:]
		st := prev + int(a)
		out = append(out, document.Span{Start: st, End: st + int(l)})
		prev = st + int(l)
	}
	return out
}

// CountWords counts white-space separated words, as stored per article.
func CountWords(text string) int {
	n, in := 0, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		sp := c == ' ' || c == '\n' || c == '\t' || c == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

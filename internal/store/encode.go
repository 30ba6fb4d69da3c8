package store

import (
	"encoding/binary"
	"encoding/json"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
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

// meaning is the stored form of what a figure's number means beyond its
// value (extract.Figure's Event … Via): one JSON column in every store, so
// that new fields need no migration.
type meaning struct {
	Event         string `json:"event,omitempty"`
	Counted       string `json:"counted,omitempty"`
	Measure       string `json:"measure,omitempty"`
	Negated       bool   `json:"negated,omitempty"`
	Scope         string `json:"scope,omitempty"`
	Since         string `json:"since,omitempty"`
	AsOfBasis     string `json:"as_of_basis,omitempty"`
	LocationBasis string `json:"location_basis,omitempty"`
	To            string `json:"to,omitempty"`
	SourceType    string `json:"source_type,omitempty"`
	Via           string `json:"via,omitempty"`
	Certainty     string `json:"certainty,omitempty"`
	Recalled      bool   `json:"recalled,omitempty"`
	SourceFamily  string `json:"source_family,omitempty"`
}

// EncodeMeaning returns the stored form of f's meaning fields, "" when
// none is set.
func EncodeMeaning(f *extract.Figure) string {
	m := meaning{string(f.Event), string(f.Counted), string(f.Measure), f.Negated, string(f.Scope), string(f.Since),
		string(f.AsOfBasis), string(f.LocationBasis), string(f.To), string(f.SourceType), string(f.Via), string(f.Certainty), f.Recalled, string(f.SourceFamily)}
	if m == (meaning{}) {
		return ""
	}
	b, _ := json.Marshal(m)
	return string(b)
}

// DecodeMeaning sets f's meaning fields from what EncodeMeaning wrote; a
// damaged value leaves them empty.
func DecodeMeaning(s string, f *extract.Figure) {
	var m meaning
	if s == "" || json.Unmarshal([]byte(s), &m) != nil {
		return
	}
	f.Event, f.Counted, f.Measure, f.Negated = document.Str(m.Event), document.Str(m.Counted), document.Str(m.Measure), m.Negated
	f.Scope, f.Since, f.AsOfBasis, f.LocationBasis = document.Str(m.Scope), document.Str(m.Since), document.Str(m.AsOfBasis), document.Str(m.LocationBasis)
	f.To, f.SourceType, f.Via = document.Str(m.To), document.Str(m.SourceType), document.Str(m.Via)
	f.Certainty = document.Str(m.Certainty)
	f.Recalled = m.Recalled
	f.SourceFamily = document.Str(m.SourceFamily)
}

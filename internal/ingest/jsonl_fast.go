package ingest

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math/bits"
	"strings"
	"unicode/utf8"
)

// decodeArticleFast decodes the common shape of a JSON Lines record — one
// flat object whose values are strings, numbers, booleans or null — without
// reflection, the scan that validates the whole line first, or a second
// pass over each string. It reports ok=false for anything else (nested
// values, keys that differ from a field only in case, repeated fields,
// surrogate escapes, invalid UTF-8, any syntax error), and the caller then
// uses encoding/json, so that every result and error stays that of
// json.Unmarshal. FuzzDecodeArticleFast pins the equivalence.
func decodeArticleFast(line []byte, a *jsonArticle) bool {
	if !utf8.Valid(line) {
		return false // json.Unmarshal replaces invalid bytes: leave it that
	}
	p := fastParser{b: line}
	p.ws()
	if !p.byte('{') {
		return false
	}
	p.ws()
	if p.byte('}') {
		p.ws()
		return p.i == len(p.b)
	}
	var seen uint16
	for {
		p.ws()
		key, ok := p.rawKey()
		if !ok {
			return false
		}
		p.ws()
		if !p.byte(':') {
			return false
		}
		p.ws()
		f := fieldOf(key)
		if f < 0 {
			for _, name := range articleFields {
				if strings.EqualFold(key, name) {
					return false // encoding/json matches case-insensitively
				}
			}
			if !p.skipScalar() {
				return false
			}
		} else {
			if seen&(1<<f) != 0 {
				return false
			}
			seen |= 1 << f
			if !p.field(f, a) {
				return false
			}
		}
		p.ws()
		if p.byte('}') {
			p.ws()
			return p.i == len(p.b)
		}
		if !p.byte(',') {
			return false
		}
	}
}

// articleFields are the JSON names of jsonArticle's fields, in fieldOf's
// numbering.
var articleFields = [...]string{"text", "title", "url", "source", "html", "published", "date", "author", "id"}

func fieldOf(key string) int {
	for i, name := range articleFields {
		if key == name {
			return i
		}
	}
	return -1
}

type fastParser struct {
	b []byte
	i int
}

func (p *fastParser) ws() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *fastParser) byte(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// rawKey reads a key without escapes.
func (p *fastParser) rawKey() (string, bool) {
	if !p.byte('"') {
		return "", false
	}
	start := p.i
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			k := p.b[start:p.i]
			p.i++
			return string(k), true
		case c == '\\' || c < 0x20:
			return "", false
		}
		p.i++
	}
	return "", false
}

// field decodes the value of field f into a.
func (p *fastParser) field(f int, a *jsonArticle) bool {
	if f >= 5 { // json.RawMessage fields keep the value's bytes
		start := p.i
		if !p.skipScalar() {
			return false
		}
		raw := bytes.Clone(p.b[start:p.i])
		switch f {
		case 5:
			a.Published = raw
		case 6:
			a.Date = raw
		case 7:
			a.Author = raw
		case 8:
			a.ID = raw
		}
		return true
	}
	if p.literal("null") {
		if f == 0 {
			a.Text = nil
		}
		return true // null leaves a string field as it is
	}
	s, ok := p.str()
	if !ok {
		return false
	}
	switch f {
	case 0:
		a.Text = &s
	case 1:
		a.Title = s
	case 2:
		a.URL = s
	case 3:
		a.Source = s
	case 4:
		a.HTML = s
	}
	return true
}

func (p *fastParser) literal(lit string) bool {
	if len(p.b)-p.i >= len(lit) && string(p.b[p.i:p.i+len(lit)]) == lit {
		p.i += len(lit)
		return true
	}
	return false
}

// skipScalar passes over a string, number, true, false or null.
func (p *fastParser) skipScalar() bool {
	if p.i >= len(p.b) {
		return false
	}
	switch c := p.b[p.i]; {
	case c == '"':
		_, ok := p.str()
		return ok
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	default:
		return p.literal("null") || p.literal("true") || p.literal("false")
	}
}

// number passes over a number in JSON's grammar.
func (p *fastParser) number() bool {
	p.byte('-')
	switch {
	case p.byte('0'):
	case p.digits() > 0:
	default:
		return false
	}
	if p.byte('.') && p.digits() == 0 {
		return false
	}
	if p.byte('e') || p.byte('E') {
		if !p.byte('+') {
			p.byte('-')
		}
		if p.digits() == 0 {
			return false
		}
	}
	return true
}

func (p *fastParser) digits() int {
	n := 0
	for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
		p.i++
		n++
	}
	return n
}

// str decodes a string value; the line is valid UTF-8.
func (p *fastParser) str() (string, bool) {
	if !p.byte('"') {
		return "", false
	}
	start := p.i
	// Most of a text has no escape: find the first one, then copy runs.
	p.i = plainRun(p.b, p.i)
	if p.i < len(p.b) && p.b[p.i] == '"' {
		s := string(p.b[start:p.i])
		p.i++
		return s, true
	}
	// Build the string in place: one allocation, no copy at the end.
	var out strings.Builder
	out.Grow(len(p.b) - start)
	out.Write(p.b[start:p.i])
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			return out.String(), true
		case c < 0x20:
			return "", false
		case c != '\\':
			run := p.i
			p.i = plainRun(p.b, p.i)
			out.Write(p.b[run:p.i])
			continue
		}
		if p.i+1 >= len(p.b) {
			return "", false
		}
		e := p.b[p.i+1]
		p.i += 2
		switch e {
		case '"', '\\', '/':
			out.WriteByte(e)
		case 'b':
			out.WriteByte('\b')
		case 'f':
			out.WriteByte('\f')
		case 'n':
			out.WriteByte('\n')
		case 'r':
			out.WriteByte('\r')
		case 't':
			out.WriteByte('\t')
		case 'u':
			r, ok := p.hex4()
			if !ok || utf8.RuneLen(r) < 0 || r >= 0xD800 && r < 0xE000 {
				return "", false // surrogates: leave pairing to encoding/json
			}
			out.WriteRune(r)
		default:
			return "", false
		}
	}
	return "", false
}

// plainRun returns the index of the first byte of b at or after i that
// ends a run of a JSON string's plain bytes (a quote, a backslash or a
// control byte), or len(b): 8 bytes at a time, since texts run for
// hundreds of bytes between escapes.
func plainRun(b []byte, i int) int {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		// High bit of each byte below 0x20, or equal to '"' or '\\' (a
		// zero after the XOR). A flag may spill into the byte after a
		// flagged one, never before: the lowest flag is exact.
		q, bs := w^(lo*'"'), w^(lo*'\\')
		bad := ((w - lo*0x20) &^ w) | ((q - lo) &^ q) | ((bs - lo) &^ bs)
		if bad &= hi; bad != 0 {
			return i + bits.TrailingZeros64(bad)>>3
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; c == '"' || c == '\\' || c < 0x20 {
			return i
		}
	}
	return i
}

func (p *fastParser) hex4() (rune, bool) {
	if len(p.b)-p.i < 4 {
		return 0, false
	}
	var r rune
	for _, c := range p.b[p.i : p.i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	p.i += 4
	return r, true
}

// decodeArticle is json.Unmarshal into a, faster for the common shape.
func decodeArticle(line []byte, a *jsonArticle) error {
	if decodeArticleFast(line, a) {
		return nil
	}
	*a = jsonArticle{}
	return json.Unmarshal(line, a)
}

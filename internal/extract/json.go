package extract

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/document"
)

// AppendJSON appends r as one JSON object, byte for byte what an
// encoding/json Encoder with SetEscapeHTML(false) writes for it (without
// the trailing newline). It exists because encoding/json spent a quarter of
// `claimtrack extract` in reflection and in re-validating what the
// MarshalJSON methods of spans, dates and nullable strings return.
//
// TestAppendJSONMatchesEncodingJSON pins the equivalence: a field added to
// the structs and not written here fails it. The only error is a value JSON
// cannot hold (NaN or an infinity), as with encoding/json.
func (r *Result) AppendJSON(b []byte) ([]byte, error) {
	w := jsonWriter{b: b}
	w.result(r)
	return w.b, w.err
}

type jsonWriter struct {
	b   []byte
	err error
}

func (w *jsonWriter) result(r *Result) {
	if r == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.b = append(w.b, `{"doc":`...)
	w.doc(r.Doc)
	w.b = append(w.b, `,"sentences":`...)
	if r.Sentences == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i, s := range r.Sentences {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.span(s)
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, `,"entities":`...)
	if r.Entities == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range r.Entities {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.entity(&r.Entities[i])
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, `,"times":`...)
	if r.Times == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range r.Times {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.time(&r.Times[i])
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, `,"quantities":`...)
	if r.Quantities == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range r.Quantities {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.quantity(&r.Quantities[i])
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, `,"figures":`...)
	if r.Figures == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range r.Figures {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.figure(&r.Figures[i])
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, `,"statements":`...)
	if r.Statements == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range r.Statements {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.statement(&r.Statements[i])
		}
		w.b = append(w.b, ']')
	}
	if len(r.Warnings) > 0 {
		w.b = append(w.b, `,"warnings":[`...)
		for i, s := range r.Warnings {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.b = appendString(w.b, s, false)
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) doc(d *document.Document) {
	if d == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.b = append(w.b, `{"id":`...)
	w.b = appendString(w.b, d.ID, false)
	w.b = append(w.b, `,"path":`...)
	w.str(d.Path)
	w.b = append(w.b, `,"url":`...)
	w.str(d.URL)
	w.b = append(w.b, `,"title":`...)
	w.str(d.Title)
	w.b = append(w.b, `,"source":`...)
	w.str(d.Source)
	w.b = append(w.b, `,"author":`...)
	w.str(d.Author)
	w.b = append(w.b, `,"published":`...)
	w.date(d.Published)
	w.b = append(w.b, `,"dateline":`...)
	w.span(d.Dateline)
	w.b = append(w.b, `,"text":`...)
	w.b = appendString(w.b, d.Text, false)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) entity(e *Entity) {
	w.b = append(w.b, `{"text":`...)
	w.b = appendString(w.b, e.Text, false)
	w.b = append(w.b, `,"type":`...)
	w.b = appendString(w.b, e.Type, false)
	w.b = append(w.b, `,"span":`...)
	w.span(e.Span)
	w.b = append(w.b, `,"norm":`...)
	w.str(e.Norm)
	if e.Country != "" {
		w.b = append(w.b, `,"country":`...)
		w.str(e.Country)
	}
	if e.Title != "" {
		w.b = append(w.b, `,"title":`...)
		w.str(e.Title)
	}
	if e.Role != "" {
		w.b = append(w.b, `,"role":`...)
		w.str(e.Role)
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) time(t *Time) {
	w.b = append(w.b, `{"text":`...)
	w.b = appendString(w.b, t.Text, false)
	w.b = append(w.b, `,"type":`...)
	w.b = appendString(w.b, t.Type, false)
	w.b = append(w.b, `,"value":`...)
	w.str(t.Value)
	if t.Mod != "" {
		w.b = append(w.b, `,"mod":`...)
		w.str(t.Mod)
	}
	w.b = append(w.b, `,"span":`...)
	w.span(t.Span)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) quantity(q *Quantity) {
	w.b = append(w.b, `{"text":`...)
	w.b = appendString(w.b, q.Text, false)
	w.b = append(w.b, `,"value":`...)
	w.floatPtr(q.Value)
	w.b = append(w.b, `,"low":`...)
	w.floatPtr(q.Low)
	w.b = append(w.b, `,"high":`...)
	w.floatPtr(q.High)
	w.b = append(w.b, `,"approx":`...)
	w.str(q.Approx)
	w.b = append(w.b, `,"unit":`...)
	w.str(q.Unit)
	w.b = append(w.b, `,"span":`...)
	w.span(q.Span)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) figure(f *Figure) {
	w.b = append(w.b, `{"text":`...)
	w.b = appendString(w.b, f.Text, false)
	w.b = append(w.b, `,"value":`...)
	w.floatPtr(f.Value)
	w.b = append(w.b, `,"low":`...)
	w.floatPtr(f.Low)
	w.b = append(w.b, `,"high":`...)
	w.floatPtr(f.High)
	w.b = append(w.b, `,"approx":`...)
	w.str(f.Approx)
	w.b = append(w.b, `,"unit":`...)
	w.str(f.Unit)
	w.b = append(w.b, `,"holder":`...)
	w.str(f.Holder)
	w.b = append(w.b, `,"location":`...)
	w.str(f.Location)
	w.b = append(w.b, `,"country":`...)
	w.str(f.Country)
	w.b = append(w.b, `,"as_of":`...)
	w.str(f.AsOf)
	w.b = append(w.b, `,"basis":`...)
	w.str(f.Basis)
	w.b = append(w.b, `,"source":`...)
	w.str(f.Source)
	w.b = append(w.b, `,"anonymous":`...)
	w.b = strconv.AppendBool(w.b, f.Anonymous)
	w.b = append(w.b, `,"span":`...)
	w.span(f.Span)
	w.b = append(w.b, `,"sentence":`...)
	w.span(f.Sentence)
	w.b = append(w.b, `,"event":`...)
	w.str(f.Event)
	w.b = append(w.b, `,"counted":`...)
	w.str(f.Counted)
	w.b = append(w.b, `,"measure":`...)
	w.str(f.Measure)
	if f.Negated {
		w.b = append(w.b, `,"negated":true`...)
	}
	w.b = append(w.b, `,"scope":`...)
	w.str(f.Scope)
	w.b = append(w.b, `,"since":`...)
	w.str(f.Since)
	w.b = append(w.b, `,"as_of_basis":`...)
	w.str(f.AsOfBasis)
	w.b = append(w.b, `,"location_basis":`...)
	w.str(f.LocationBasis)
	w.b = append(w.b, `,"to":`...)
	w.str(f.To)
	w.b = append(w.b, `,"source_type":`...)
	w.str(f.SourceType)
	w.b = append(w.b, `,"via":`...)
	w.str(f.Via)
	if f.Certainty != "" {
		w.b = append(w.b, `,"certainty":`...)
		w.str(f.Certainty)
	}
	if f.Recalled {
		w.b = append(w.b, `,"recalled":true`...)
	}
	if f.SourceFamily != "" {
		w.b = append(w.b, `,"source_family":`...)
		w.str(f.SourceFamily)
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) statement(s *Statement) {
	w.b = append(w.b, `{"speaker":`...)
	w.str(s.Speaker)
	w.b = append(w.b, `,"speaker_role":`...)
	w.str(s.SpeakerRole)
	w.b = append(w.b, `,"speaker_type":`...)
	w.str(s.SpeakerType)
	w.b = append(w.b, `,"anonymous":`...)
	w.b = strconv.AppendBool(w.b, s.Anonymous)
	w.b = append(w.b, `,"speaker_span":`...)
	w.span(s.SpeakerSpan)
	w.b = append(w.b, `,"cue":`...)
	w.str(s.Cue)
	w.b = append(w.b, `,"cue_span":`...)
	w.span(s.CueSpan)
	w.b = append(w.b, `,"content":`...)
	w.b = appendString(w.b, s.Content, false)
	w.b = append(w.b, `,"content_span":`...)
	w.span(s.ContentSpan)
	w.b = append(w.b, `,"direct":`...)
	w.b = strconv.AppendBool(w.b, s.Direct)
	w.b = append(w.b, `,"source_type":`...)
	w.str(s.SourceType)
	w.b = append(w.b, `,"stance":`...)
	w.b = appendString(w.b, s.Stance, false)
	w.b = append(w.b, `,"target":`...)
	w.str(s.Target)
	w.b = append(w.b, `,"target_span":`...)
	w.span(s.TargetSpan)
	w.b = append(w.b, `,"span":`...)
	w.span(s.Span)
	w.b = append(w.b, `,"sentence":`...)
	w.span(s.Sentence)
	w.b = append(w.b, '}')
}

// span writes what document.Span.MarshalJSON writes.
func (w *jsonWriter) span(s document.Span) {
	if s.IsZero() {
		w.b = append(w.b, "null"...)
		return
	}
	if s.Start < 0 || s.End < 0 || s.Start >= 1e9 || s.End >= 1e9 {
		w.b = append(w.b, '[')
		w.b = strconv.AppendInt(w.b, int64(s.Start), 10)
		w.b = append(w.b, ',')
		w.b = strconv.AppendInt(w.b, int64(s.End), 10)
		w.b = append(w.b, ']')
		return
	}
	// Offsets are small non-negative numbers: both written into one
	// buffer from the right, then appended at once (strconv.AppendInt
	// is a call and a copy for each).
	var buf [24]byte
	i := len(buf) - 1
	buf[i] = ']'
	i = putDigits(&buf, i, uint32(s.End))
	i--
	buf[i] = ','
	i = putDigits(&buf, i, uint32(s.Start))
	i--
	buf[i] = '['
	w.b = append(w.b, buf[i:]...)
}

// putDigits writes the decimal digits of v into buf just before index i and
// returns the index of the first.
func putDigits(buf *[24]byte, i int, v uint32) int {
	for v >= 10 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	buf[i] = byte('0' + v)
	return i
}

// str writes what document.Str.MarshalJSON writes: json.Marshal escapes
// <, > and & even though the encoder around it does not.
func (w *jsonWriter) str(s document.Str) {
	if s == "" {
		w.b = append(w.b, "null"...)
		return
	}
	w.b = appendString(w.b, string(s), true)
}

// date writes what document.Date.MarshalJSON writes.
func (w *jsonWriter) date(d document.Date) {
	if d.IsZero() {
		w.b = append(w.b, "null"...)
		return
	}
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		// Out of the fixed-width range: the rare case, as Date.String does it.
		w.b = appendString(w.b, d.String(), false)
		return
	}
	y, m, dd := d.Year, int(d.Month), d.Day
	w.b = append(w.b, '"',
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+dd/10), byte('0'+dd%10), '"')
}

func (w *jsonWriter) floatPtr(f *float64) {
	if f == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.float(*f)
}

// float formats as encoding/json does: like ES6 number-to-string, 'e' only
// below 1e-6 and from 1e21, exponents without padding.
func (w *jsonWriter) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if w.err == nil {
			w.err = fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
		}
		w.b = append(w.b, "null"...)
		return
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		// Whole numbers are nearly all figures: skip the shortest-digits search.
		if f == 0 && math.Signbit(f) {
			w.b = append(w.b, "-0"...)
			return
		}
		w.b = strconv.AppendInt(w.b, int64(f), 10)
		return
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.b = strconv.AppendFloat(w.b, f, format, -1, 64)
	if format == 'e' {
		n := len(w.b)
		if n >= 4 && w.b[n-4] == 'e' && w.b[n-3] == '-' && w.b[n-2] == '0' {
			w.b[n-2] = w.b[n-1]
			w.b = w.b[:n-1]
		}
	}
}

const hexDigits = "0123456789abcdef"

// jsonSafe[c] is true for the ASCII bytes a JSON string holds as they are
// when HTML is not escaped; jsonHTMLSafe also excludes <, > and &.
var jsonSafe, jsonHTMLSafe = func() (s, h [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		if c == '"' || c == '\\' {
			continue
		}
		s[c] = true
		h[c] = c != '<' && c != '>' && c != '&'
	}
	return s, h
}()

// unsafe8 returns, in the high bit of each byte of w (8 bytes of a string,
// little-endian), the bytes that a JSON string cannot hold as they are:
// not ASCII, a control byte, quote or backslash (html8 adds <, > and &).
// The lowest bit set is always such a byte (the classic "has a byte less
// than n" and "has a zero byte" tests may also flag a byte after one they
// flag, never one before); zero means all 8 are plain.
func unsafe8(w uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	bad := w | (w - lo*0x20) // high bit: byte >= 0x80 or byte < 0x20
	return (bad | hasZero(w^lo*'"') | hasZero(w^lo*'\\')) & hi
}

// html8 is unsafe8 for <, > and &, escaped when HTML is.
func html8(w uint64) uint64 {
	const lo = 0x0101010101010101
	return hasZero(w^lo*'<') | hasZero(w^lo*'>') | hasZero(w^lo*'&')
}

// load4 reads 4 bytes of s, little-endian.
func load4(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// load8 reads 8 bytes of s, little-endian.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasZero sets the high bit of the bytes of w that are zero, and may set it
// for a byte after one whose high bit it sets; no false "all clear".
func hasZero(w uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	return (w - lo) &^ w & hi
}

// appendString is encoding/json's string encoder: invalid UTF-8 becomes
// \ufffd, U+2028 and U+2029 are always escaped.
func appendString(dst []byte, src string, escapeHTML bool) []byte {
	safe := &jsonSafe
	if escapeHTML {
		safe = &jsonHTMLSafe
	}
	dst = slices.Grow(dst, len(src)+2) // most strings need no escapes
	dst = append(dst, '"')
	start := 0
	i := 0
	if n := len(src); n >= 4 && n < 8 {
		// A short string (a type, a value, a name) checked whole in one
		// word of two overlapping 4-byte reads; the byte loop only when
		// some byte may need an escape.
		w := uint64(load4(src[:4])) | uint64(load4(src[n-4:]))<<32
		bad := unsafe8(w)
		if escapeHTML {
			bad |= html8(w)
		}
		if bad == 0 {
			i = n
		}
	}
	for i < len(src) {
		// Most of a text is plain ASCII: pass 8 such bytes at a time,
		// and up to the first byte that is not.
		if i+8 <= len(src) {
			w := load8(src[i : i+8])
			bad := unsafe8(w)
			if escapeHTML {
				bad |= html8(w)
			}
			if bad == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(bad) >> 3
		} else if k := len(src) - 8; k >= 0 {
			// The last 1 … 7 bytes: the string's last 8, without the
			// bytes before i (done already).
			w := load8(src[k:])
			bad := unsafe8(w)
			if escapeHTML {
				bad |= html8(w)
			}
			bad &= ^uint64(0) << (8 * uint(i-k))
			if bad == 0 {
				break
			}
			i = k + bits.TrailingZeros64(bad)>>3
		}
		b := src[i]
		if b < utf8.RuneSelf {
			if safe[b] {
				i++
				continue
			}
			dst = append(dst, src[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(src[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, src[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, src[start:]...)
	return append(dst, '"')
}

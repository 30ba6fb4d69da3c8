// Package document defines the unit every stage of claimtrack works on: an
// article's text with its metadata, and the byte spans that annotations and
// extracted facts use to point back into that text.
package document

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Span is a half-open byte range [Start, End) into Document.Text. It is the
// only way annotations refer to text, so that every fact stays resolvable.
type Span struct {
	Start int
	End   int
}

// Len is the number of bytes covered.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether the span is empty (and so unknown).
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether the spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Of returns the text the span covers, or "" if it does not fit text.
func (s Span) Of(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// MarshalJSON writes the span as [start,end], or null when empty.
func (s Span) MarshalJSON() ([]byte, error) {
	if s.IsZero() {
		return []byte("null"), nil
	}
	b := make([]byte, 0, 24)
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(s.End), 10)
	return append(b, ']'), nil
}

// UnmarshalJSON reads [start,end] or null.
func (s *Span) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*s = Span{}
		return nil
	}
	var a [2]int
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("span: %w", err)
	}
	*s = Span{a[0], a[1]}
	return nil
}

// Date is a calendar day without time zone; the zero value means unknown and
// is written to JSON as null.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date of t.
func NewDate(t time.Time) Date { return Date{t.Year(), t.Month(), t.Day()} }

// ParseDate reads YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return NewDate(t), nil
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// Time returns midnight UTC of the date.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// String is YYYY-MM-DD, or "" when unknown.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// MarshalJSON writes "YYYY-MM-DD" or null.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + d.String() + `"`), nil
}

// UnmarshalJSON reads "YYYY-MM-DD" or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" || string(b) == `""` {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("date: %w", err)
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Document is one article: its text exactly as extracted from the input, and
// what is known about where it came from. Text is never rewritten after
// construction; every Span in the system indexes into it.
type Document struct {
	ID        string `json:"id"`
	Path      Str    `json:"path"`
	URL       Str    `json:"url"`
	Title     Str    `json:"title"`
	Source    Str    `json:"source"`
	Author    Str    `json:"author"`
	Published Date   `json:"published"`
	// Dateline is the span of a leading "CITY, Region —" marker, if any.
	Dateline Span   `json:"dateline"`
	Text     string `json:"text"`
}

// MaxBytes is the size limit of one article, wherever it enters: a file,
// a JSON Lines line, an HTML page, a WARC record, a feed item, an HTTP
// request's article, a queue message. Past it extraction would take minutes
// and memory would grow with the attacker's input, so such articles are
// refused with an error naming the limit, never truncated.
const MaxBytes = 16 << 20

// ErrTooLarge reports an article over MaxBytes (or a smaller configured
// limit).
var ErrTooLarge = errors.New("article exceeds the size limit")

// ID returns the stable identifier of an article text: the first 16 hex
// digits of its SHA-256, so the same text always gets the same ID.
func ID(text string) string {
	// Hashed through a stack buffer: converting the whole text to []byte
	// copied it to the heap for every article.
	d := sha256.New()
	var buf [2048]byte
	for len(text) > 0 {
		n := copy(buf[:], text)
		d.Write(buf[:n])
		text = text[n:]
	}
	return hex.EncodeToString(d.Sum(buf[:0])[:8])
}

// New builds a document for text and sets its ID.
func New(text string) *Document {
	return &Document{ID: ID(text), Text: text}
}

// Str is a string written to JSON as null when empty: the JSON contract says
// unknown values are null, never "" or a guess.
type Str string

// MarshalJSON writes the string, or null when empty.
func (s Str) MarshalJSON() ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(s))
}

// UnmarshalJSON reads a string or null.
func (s *Str) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*s = ""
		return nil
	}
	var v string
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = Str(v)
	return nil
}

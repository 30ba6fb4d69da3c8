package store

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
)

// Helpers every implementation shares, so that errors and cursors are the
// same whichever store answers.

// BadQuery returns an error wrapping ErrBadQuery with a message.
func BadQuery(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadQuery, fmt.Sprintf(format, args...))
}

// ClampLimit returns def for n ≤ 0 and at most max.
func ClampLimit(n, def, max int) int {
	if n <= 0 {
		return def
	}
	if n > max {
		return max
	}
	return n
}

// EncodeCursor makes an opaque page cursor: base64url of "published|id".
func EncodeCursor(pub string, id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(pub + "|" + strconv.FormatInt(id, 10)))
}

// DecodeCursor reads a cursor made by EncodeCursor; anything else is an
// ErrBadQuery.
func DecodeCursor(c string) (pub string, id int64, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", 0, BadQuery("malformed cursor")
	}
	p, i, ok := strings.Cut(string(b), "|")
	if !ok {
		return "", 0, BadQuery("malformed cursor")
	}
	if p != "" {
		if _, err := document.ParseDate(p); err != nil {
			return "", 0, BadQuery("malformed cursor")
		}
	}
	id, err = strconv.ParseInt(i, 10, 64)
	if err != nil || id <= 0 {
		return "", 0, BadQuery("malformed cursor")
	}
	return p, id, nil
}

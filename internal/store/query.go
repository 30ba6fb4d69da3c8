package store

import (
	"encoding/base64"
	"fmt"
	"math"
	"sort"
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

// ClaimDispute builds the DisputeClaim for claim c and the links that deny
// or confirm it: support and denial are counted in independent reports
// (dup groups, the claim's own included), and When is the newest date.
func ClaimDispute(id int64, c *Claim, links []Link) Dispute {
	d := Dispute{ID: id, Kind: DisputeClaim, Subject: c.Subject, Claim: c, Links: links, When: c.Published, Label: c.Speaker}
	support := map[int64]bool{c.Group: true}
	deny := map[int64]bool{}
	for _, l := range links {
		if l.Kind == LinkDenies {
			deny[l.From.Group] = true
		} else {
			support[l.From.Group] = true
		}
		if l.From.Published.String() > d.When.String() {
			d.When = l.From.Published
		}
	}
	d.Support, d.Deny = len(support), len(deny)
	d.Reports = len(support) + len(deny)
	// A disputed claim ranks below every figure discrepancy (scores from
	// 2), by the independent reports on each side.
	d.Score = 1 + math.Min(0.9, 0.25*math.Log2(float64(d.Reports)))
	d.Note = fmt.Sprintf("asserted by %d independent report(s), denied by %d", d.Support, d.Deny)
	return d
}

// SortDisputes orders disputes strongest first (Score), then newest.
func SortDisputes(ds []Dispute) {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Score != ds[j].Score {
			return ds[i].Score > ds[j].Score
		}
		ti, tj := ds[i].When.String(), ds[j].When.String()
		if ti != tj {
			return ti > tj
		}
		return ds[i].ID > ds[j].ID
	})
}

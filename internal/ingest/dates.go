package ingest

import (
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
)

// dateLayouts are the publication-date forms found in article metadata.
var dateLayouts = [...]string{
	"2006-01-02",
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04",
	"2006/01/02",
	"2006.01.02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	time.ANSIC,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Jan 2 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
	"Monday 2 January 2006",
	"January 2, 2006 3:04 PM",
	"January 2, 2006, 3:04 PM",
	"Jan 2, 2006 3:04 PM",
}

// parseDate reads a publication date in any of the common forms and keeps
// the calendar day as written (no time-zone shift). ok is false when the
// value is not a date or not a plausible one (years 1800–2200).
func parseDate(s string) (document.Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return document.Date{}, false
	}
	// A leading ISO day is enough ("2020-01-06T09:30:00.000+03:00[Asia/Baghdad]").
	if len(s) >= 10 && isISODay(s[:10]) && (len(s) == 10 || s[10] == 'T' ||
		len(s) > 11 && s[10] == ' ' && s[11] >= '0' && s[11] <= '9') {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return plausible(document.NewDate(t))
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return plausible(document.NewDate(t))
		}
	}
	return document.Date{}, false
}

func plausible(d document.Date) (document.Date, bool) {
	if d.Year < 1800 || d.Year > 2200 {
		return document.Date{}, false
	}
	return d, true
}

func isISODay(s string) bool {
	for i := 0; i < 10; i++ {
		c := s[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Package quantity finds numbers written in digits or words, with their
// approximation ("roughly", "more than"), ranges ("30,000 to 40,000"),
// fractions ("nearly half of") and attached units (%, $, km).
package quantity

import (
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// Quantity is one number mention.
type Quantity struct {
	// Span covers the whole mention including approximation words and the
	// unit symbol; NumSpan covers the number itself.
	Span    document.Span
	NumSpan document.Span
	Value   float64
	// Low and High bound a range; for a single number both equal Value.
	Low, High float64
	Range     bool
	// Approx is "", "about", "nearly", "more than", "less than",
	// "at least", "at most", "up to" or "estimated" (normalized).
	Approx string
	// Unit is an attached unit: "%", a currency code ("USD", "GBP"), or a
	// measure ("km", "kg"); counted nouns are left to the extractor.
	Unit string
	// Fraction is set for "half", "a third", "two-thirds": Value is the
	// fraction and the mention is of another quantity.
	Fraction bool
	// Ordinal is set for "2nd", "third": not a count.
	Ordinal bool
	// Year is set for a bare four-digit number that reads as a year.
	Year bool
}

// Find appends the quantities of text to dst, in text order.
// TODO(quantity owner): replace this placeholder with the real tagger.
func Find(text string, toks []segment.Token, dst []Quantity) []Quantity {
	return dst
}

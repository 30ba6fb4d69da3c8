// Package entity finds named entities — people with their titles and roles,
// organizations, places (normalized to a country where possible) and
// nationality adjectives — as spans over the text.
package entity

import (
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// Type is the class of an entity.
type Type string

// Entity types. They map onto CoNLL's PER/ORG/LOC/MISC for evaluation.
const (
	Person Type = "PERSON"
	Org    Type = "ORG"
	Place  Type = "PLACE" // countries, regions, cities, sites
	NORP   Type = "NORP"  // nationalities and groups used as adjectives: "Iraqi", "US", "Kurdish"
	Misc   Type = "MISC"  // events, operations, other names
)

// Entity is one mention.
type Entity struct {
	Span document.Span
	Type Type
	// Norm is the canonical form: a person's name without title, an
	// organization's full name ("Syrian Democratic Forces" for "SDF"), a
	// country for a place or nationality ("Syria" for "Raqqa"), or "".
	Norm string
	// Country is the country a place lies in or a nationality refers to.
	Country string
	// Title is a person's title or rank as written before the name ("Gen.",
	// "Defense Secretary", "US Army General").
	Title string
	// Role is an appositive role after the name ("chairman of the Joint
	// Chiefs of Staff"), with its span.
	Role     string
	RoleSpan document.Span
}

// Find appends the entities of text to dst, in text order.
// TODO(entity owner): replace this placeholder with the real recognizer.
func Find(text string, toks []segment.Token, sents []document.Span, dst []Entity) []Entity {
	return dst
}

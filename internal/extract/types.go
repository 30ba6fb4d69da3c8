// Package extract turns an annotated article into facts: figures (numbers
// with what they count, whose, where, as of when, on what basis and on whose
// authority), statements (who said what, with which cue) and their stance
// (asserts, denies, confirms, questions). Every fact carries its evidence
// span and the sentence it came from.
package extract

import (
	"github.com/claimtrack/claimtrack/internal/document"
)

// Basis says what kind of figure a number is.
const (
	BasisOfficial = "official" // acknowledged or announced by an authority
	BasisStats    = "statistics"
	BasisEstimate = "estimate"
	BasisPlanned  = "planned" // a plan or intention, not a count
	BasisReported = "reported"
)

// Stances of a statement.
const (
	Asserts   = "asserts"
	Denies    = "denies"
	Confirms  = "confirms"
	Questions = "questions"
)

// Speaker types.
const (
	SpeakerPerson      = "person"
	SpeakerOrg         = "organization"
	SpeakerPublication = "publication" // a news outlet or its report
	SpeakerDocument    = "document"    // a letter, statement, report seen by someone
	SpeakerAnonymous   = "anonymous"
)

// Figure is a number reported for something.
type Figure struct {
	Text     string       `json:"text"`
	Value    *float64     `json:"value"`
	Low      *float64     `json:"low"`
	High     *float64     `json:"high"`
	Approx   document.Str `json:"approx"`
	Unit     document.Str `json:"unit"`
	Holder   document.Str `json:"holder"`
	Location document.Str `json:"location"`
	// Country is the country of Location when known ("Syria" for Baghouz).
	Country   document.Str  `json:"country"`
	AsOf      document.Str  `json:"as_of"`
	Basis     document.Str  `json:"basis"`
	Source    document.Str  `json:"source"`
	Anonymous bool          `json:"anonymous"`
	Span      document.Span `json:"span"`
	Sentence  document.Span `json:"sentence"`
}

// Statement is an attribution: a speaker, a cue and a content.
type Statement struct {
	Speaker     document.Str  `json:"speaker"`
	SpeakerRole document.Str  `json:"speaker_role"`
	SpeakerType document.Str  `json:"speaker_type"`
	Anonymous   bool          `json:"anonymous"`
	SpeakerSpan document.Span `json:"speaker_span"`
	Cue         document.Str  `json:"cue"`
	CueSpan     document.Span `json:"cue_span"`
	Content     string        `json:"content"`
	ContentSpan document.Span `json:"content_span"`
	Direct      bool          `json:"direct"`
	Stance      string        `json:"stance"`
	Target      document.Str  `json:"target"`
	TargetSpan  document.Span `json:"target_span"`
	Span        document.Span `json:"span"`
	Sentence    document.Span `json:"sentence"`
}

// Entity is the JSON form of an entity mention.
type Entity struct {
	Text    string        `json:"text"`
	Type    string        `json:"type"`
	Span    document.Span `json:"span"`
	Norm    document.Str  `json:"norm"`
	Country document.Str  `json:"country,omitempty"`
	Title   document.Str  `json:"title,omitempty"`
	Role    document.Str  `json:"role,omitempty"`
}

// Time is the JSON form of a time expression.
type Time struct {
	Text  string        `json:"text"`
	Type  string        `json:"type"`
	Value document.Str  `json:"value"`
	Mod   document.Str  `json:"mod,omitempty"`
	Span  document.Span `json:"span"`
}

// Quantity is the JSON form of a number mention.
type Quantity struct {
	Text   string        `json:"text"`
	Value  float64       `json:"value"`
	Low    *float64      `json:"low"`
	High   *float64      `json:"high"`
	Approx document.Str  `json:"approx"`
	Unit   document.Str  `json:"unit"`
	Span   document.Span `json:"span"`
}

// Result is everything extracted from one article: one JSON Lines record of
// `claimtrack extract`.
type Result struct {
	Doc        *document.Document `json:"doc"`
	Sentences  []document.Span    `json:"sentences"`
	Entities   []Entity           `json:"entities"`
	Times      []Time             `json:"times"`
	Quantities []Quantity         `json:"quantities"`
	Figures    []Figure           `json:"figures"`
	Statements []Statement        `json:"statements"`
	Warnings   []string           `json:"warnings,omitempty"`
}

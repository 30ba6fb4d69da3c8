// Package extract turns an annotated article into facts: figures (numbers
// with what they count, whose, where, as of when, on what basis and on whose
// authority), statements (who said what, with which cue) and their stance
// (asserts, denies, confirms, questions). Every fact carries its evidence
// span and the sentence it came from.
package extract

import (
	"math"

	"github.com/claimtrack/claimtrack/internal/document"
)

// Basis says what kind of figure a number is.
const (
	BasisOfficial  = "official" // acknowledged or announced by an authority
	BasisStats     = "statistics"
	BasisEstimate  = "estimate"
	BasisPlanned   = "planned" // a plan or intention, not a count
	BasisReported  = "reported"
	BasisProjected = "projected" // a forecast or possibility ("could reach 10,000")
	BasisClaimed   = "claimed"   // asserted by a party to the events (a group claiming an attack)
)

// Events: what happened to what a figure counts. A figure's Event is one of
// these or empty when the text does not say.
const (
	EventKilled     = "killed"     // dead, deaths, died, death toll, lives lost
	EventWounded    = "wounded"    // injured, hurt
	EventMissing    = "missing"    // unaccounted for
	EventDetained   = "detained"   // arrested, held, captured, jailed
	EventDisplaced  = "displaced"  // fled, refugees, homeless, evacuated
	EventDeployed   = "deployed"   // troops stationed, sent, present, withdrawn
	EventInNeed     = "in need"    // need aid, food, shelter
	EventProtesting = "protesting" // demonstrators, marchers
	EventPopulation = "population" // inhabitants, a country of N million
	EventCases      = "cases"      // infected, confirmed cases of a disease
	EventMoney      = "money"      // dollars, euros, pounds …
	EventAmount     = "amount"     // barrels, tonnes, gallons …
)

// Scopes: what stretch of events a figure covers.
const (
	ScopeCumulative = "cumulative" // a running total ("so far", "since March")
	ScopeIncident   = "incident"   // one event ("in the attack")
	ScopePeriod     = "period"     // a stretch of time ("last week", "in 2011")
	ScopeRate       = "rate"       // per unit of time ("a day")
)

// Where a figure's as-of date or place came from, most direct first.
const (
	BasisStated    = "stated"    // written with the figure ("as of September 30", "in Homs")
	BasisStatement = "statement" // as_of only: the date of the statement carrying it ("said in May")
	BasisSentence  = "sentence"  // location only: elsewhere in the same sentence
	BasisParagraph = "paragraph" // location only: the paragraph
	BasisDateline  = "dateline"  // location only: the article's dateline
	BasisArticle   = "article"   // location only: the article's main country
	BasisPublished = "published" // as_of only: the publication date
)

// Source types: what kind of authority a figure or statement rests on.
const (
	SourceGovernment        = "government"
	SourceMilitary          = "military"
	SourceIntergovernmental = "intergovernmental" // UN, WHO, EU, NATO …
	SourceNGO               = "ngo"               // NGOs and rights groups
	SourceActivists         = "activists"         // activists, opposition, rebels
	SourceMedia             = "media"
	SourceCompany           = "company"
	SourceExpert            = "expert" // scientists, analysts, academics
	SourceDocument          = "document"
	SourceAnonymousOfficial = "anonymous official"
	SourceUnknown           = "unknown"
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

// Figure is a number reported for something. The fields from Event to Via
// say what the number means: what happened to what is counted, over what
// stretch, as of when and where (with how each was found), and on whose word.
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

	// Event is what happened to what is counted (EventKilled …), or empty.
	Event document.Str `json:"event"`
	// Counted is the kind of thing counted, folded to a canonical plural
	// ("people", "civilians", "soldiers", "troops", "barrels").
	Counted document.Str `json:"counted"`
	// Measure is the short canonical label subjects are built from: event
	// and counted together ("people killed", "refugees", "troops deployed",
	// "barrels of oil a day").
	Measure document.Str `json:"measure"`
	// Negated marks a number under negation ("no one was killed"), kept so
	// that it is visible, never read as a count.
	Negated bool `json:"negated,omitempty"`
	// Scope is ScopeCumulative, ScopeIncident, ScopePeriod, ScopeRate or empty;
	// Since is the TIMEX3 value of a stated start ("since March").
	Scope document.Str `json:"scope"`
	Since document.Str `json:"since"`
	// AsOfBasis says where AsOf came from: stated, statement or published.
	AsOfBasis document.Str `json:"as_of_basis"`
	// LocationBasis says where Location came from: stated, sentence,
	// paragraph, dateline or article.
	LocationBasis document.Str `json:"location_basis"`
	// To is where displaced people are ("refugees in Turkey" from Syria:
	// Location Syria, To Turkey).
	To document.Str `json:"to"`
	// SourceType is what kind of authority Source is (SourceGovernment …).
	SourceType document.Str `json:"source_type"`
	// Via is the intermediary of an attribution chain: the newspaper that
	// cites anonymous officials, the agency that saw a letter.
	Via document.Str `json:"via"`
	// Certainty is CertaintyConfirmed ("confirmed 20 deaths"),
	// CertaintySuspected ("83 suspected deaths", "probable cases") or
	// empty: in an outbreak the confirmed count trails the suspected one.
	Certainty document.Str `json:"certainty,omitempty"`
	// Recalled marks a figure the text gives as an earlier state that a
	// later one has replaced, not as a current claim: a first estimate
	// ("the 5,000 barrels a day it initially estimated", "up to now, BP had
	// estimated 5,000"), a recap ("first they said 1,000, then 5,000, now
	// …"), a baseline ("up from 20,000 last week", "from 20 to 7"), a peak.
	// Its AsOf is the date the text gives it, else "PAST_REF".
	Recalled bool `json:"recalled,omitempty"`
	// SourceFamily is the state a government source speaks for, when the
	// text says which: "government of Mexico" for "the Mexican
	// government", "Mexico's health ministry" and "Mexican Health Minister
	// Jose Ruiz" alike, so that one government's figures read as one
	// account under its bodies' and ministers' names. Empty otherwise.
	SourceFamily document.Str `json:"source_family,omitempty"`
}

// Certainty of a count of deaths or cases.
const (
	CertaintyConfirmed = "confirmed"
	CertaintySuspected = "suspected"
)

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
	// SourceType is what kind of authority the speaker is (SourceGovernment …).
	SourceType document.Str  `json:"source_type"`
	Stance     string        `json:"stance"`
	Target     document.Str  `json:"target"`
	TargetSpan document.Span `json:"target_span"`
	Span       document.Span `json:"span"`
	Sentence   document.Span `json:"sentence"`
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
	Value  *float64      `json:"value"`
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

// finite returns a pointer to v, or nil when v is not a finite number (a
// number of more than 308 digits overflows a float64): JSON has no Inf or
// NaN, so such a value is null and the mention's text keeps the number.
func finite(v float64) *float64 {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return nil
	}
	return &v
}

package store

import (
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
)

// Review target kinds: what a person confirms, corrects or rejects.
const (
	ReviewFigure    = "figure"
	ReviewStatement = "statement"
	ReviewClaim     = "claim" // a statement or figure read as a claim; filed under its fact's kind
	ReviewSubject   = "subject"
	ReviewLink      = "link"
	ReviewDispute   = "discrepancy"
)

// Review actions.
const (
	ActionConfirm = "confirm"
	ActionCorrect = "correct"
	ActionReject  = "reject"
)

// Review is one action of a person on a fact or ledger item: an entry of
// the append-only audit log. Corrections are overrides: the extracted data
// is never edited, the ledger applies the latest action per target and
// field every time it computes (see ledger.Overrides).
//
// Targets are keyed so that the action survives re-ingest, new versions
// of an article, relinking and retraining: facts by their article's
// identity (URL, else document id), span and the text under the span;
// subjects by their key (measure and place); figure disputes by their
// signature (the two sides' values and sources); claim cards and links by
// the facts at their ends. Row ids are never part of a key.
type Review struct {
	ID   int64  `json:"id"`
	Kind string `json:"kind"`
	// Key names the target (ledger.FactKey, a subject key, a dispute
	// signature, "card:"+FactKey, FactKey+">"+FactKey for a link).
	Key string `json:"key"`
	// For facts (and the origin of a claim card, the source of a link):
	// the article's identity, the span, the text under it when reviewed,
	// and the span's offset in its sentence (a new version of the
	// article may move the sentence, not the offset).
	Article string        `json:"article,omitempty"`
	Span    document.Span `json:"span"`
	Snippet string        `json:"snippet,omitempty"`
	Offset  int           `json:"offset,omitempty"`

	Action string    `json:"action"` // confirm | correct | reject
	Field  string    `json:"field,omitempty"`
	Value  string    `json:"value,omitempty"`
	Who    string    `json:"who"`
	At     time.Time `json:"at"`
	Note   string    `json:"note,omitempty"`
}

// ReviewQuery selects audit-log entries, oldest first; zero fields do not
// filter.
type ReviewQuery struct {
	Kind  string
	Key   string
	After int64 // entries with a greater id
	Limit int   // default 1000, max 100000
}

// ReviewState is what reviewers did to one fact or ledger item, as shown
// with it: the state (confirmed, corrected, rejected; nil means
// unreviewed), the latest action's who, when and note, the corrected
// fields with the extracted values they override, and a warning when the
// text under a correction changed in a newer version of the article.
type ReviewState struct {
	State     string            `json:"state"`
	Key       string            `json:"key"`
	Who       string            `json:"who,omitempty"`
	At        time.Time         `json:"at"`
	Note      string            `json:"note,omitempty"`
	Corrected map[string]string `json:"corrected,omitempty"`
	Original  map[string]string `json:"original,omitempty"`
	Warning   string            `json:"warning,omitempty"`
	Actions   int               `json:"actions"`
}

// Review states.
const (
	StateConfirmed = "confirmed"
	StateCorrected = "corrected"
	StateRejected  = "rejected"
)

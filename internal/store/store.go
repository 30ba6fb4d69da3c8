// Package store defines the claim ledger's storage interface and the rows its
// queries return. Implementations (internal/store/sqlite, the default, and a
// PostgreSQL one) keep articles with their full text, so every span stays
// resolvable, plus the facts extracted from them and what the ledger derives:
// near-duplicate groups, subjects, links between statements and the claims
// they deny or confirm, and discrepancies between figures. The derivations
// themselves are plain Go in internal/ledger so that every store computes
// them the same way.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// Errors callers can test with errors.Is.
var (
	// ErrNotFound: the article, subject or item asked for does not exist.
	ErrNotFound = errors.New("not found")
	// ErrBadQuery: a query parameter is malformed (bad cursor, bad date,
	// unknown stance, empty required text). The database is never touched.
	ErrBadQuery = errors.New("bad query")
)

// ArticleID is the store's identifier of one article version.
type ArticleID int64

// Saved reports what SaveBatch did with one result.
type Saved struct {
	ID      ArticleID `json:"id"`
	DocID   string    `json:"doc_id"`
	Created bool      `json:"created"` // false: the same text was already stored
	// Updated: the same text came with corrected metadata (date, outlet,
	// title, URL, author); the stored article took it, and what depends on
	// it (as-of dates, subjects, timelines) was recomputed.
	Updated bool  `json:"updated,omitempty"`
	Version int   `json:"version"` // 1 for a new article; n for the n-th text seen at one URL
	Group   int64 `json:"group"`   // near-duplicate group
}

// Article is one stored article version. Text and Sentences are filled only
// by Article, Search and Export; Figures, Statements and Links only by
// Article and Export.
type Article struct {
	ID        ArticleID     `json:"id"`
	DocID     string        `json:"doc_id"`
	URL       string        `json:"url,omitempty"`
	Path      string        `json:"path,omitempty"`
	Title     string        `json:"title,omitempty"`
	Source    string        `json:"source,omitempty"`
	Author    string        `json:"author,omitempty"`
	Published document.Date `json:"published"`
	// Version counts texts seen for the same URL (1, 2, ...); Previous is
	// the article this version replaces, 0 when none.
	Version  int       `json:"version"`
	Previous ArticleID `json:"previous,omitempty"`
	// Group is the near-duplicate group: syndicated and lightly edited
	// copies share it. Independent reports are distinct groups.
	Group    int64     `json:"group"`
	Words    int       `json:"words"`
	Ingested time.Time `json:"ingested"`

	Text       string          `json:"text,omitempty"`
	Sentences  []document.Span `json:"sentences,omitempty"`
	Figures    []FigureRow     `json:"figures,omitempty"`
	Statements []StatementRow  `json:"statements,omitempty"`
	Links      []Link          `json:"links,omitempty"`
}

// ArticleQuery selects articles; zero fields do not filter.
type ArticleQuery struct {
	Source string
	Since  document.Date
	Until  document.Date
	Group  int64
	DocID  string
	Limit  int    // default 50, max 1000
	Cursor string // from ArticlePage.Next
}

// ArticlePage is one page of articles, newest first; Next is "" at the end.
type ArticlePage struct {
	Articles []Article `json:"articles"`
	Next     string    `json:"next,omitempty"`
}

// Origin places a fact: which article (and dup group) it came from and when
// and where that was published.
type Origin struct {
	Article ArticleID `json:"article"`
	DocID   string    `json:"doc_id"`
	// URL is the article's address, "" when unknown: with the span, what
	// keys a review across versions of the article.
	URL       string        `json:"url,omitempty"`
	Group     int64         `json:"group"`
	Published document.Date `json:"published"`
	Outlet    string        `json:"outlet,omitempty"`
	Title     string        `json:"title,omitempty"`
	// Evidence is the text of the sentence the fact came from.
	Evidence string `json:"evidence,omitempty"`
}

// FigureRow is a stored figure with its subject and effective date (as-of
// when known, else publication).
type FigureRow struct {
	ID int64 `json:"id"`
	Origin
	Subject string        `json:"subject"` // subject key, "" when unplaced
	When    document.Date `json:"when"`
	extract.Figure
	// Review is what reviewers did to it; nil when unreviewed.
	Review *ReviewState `json:"review,omitempty"`
}

// StatementRow is a stored statement.
type StatementRow struct {
	ID int64 `json:"id"`
	Origin
	extract.Statement
	Review *ReviewState `json:"review,omitempty"`
}

// Subject is a group of figures about the same counted thing, holder and
// location across articles.
type Subject struct {
	Key      string        `json:"key"`
	Label    string        `json:"label"`
	Holder   string        `json:"holder,omitempty"`
	Thing    string        `json:"thing"`
	Location string        `json:"location,omitempty"`
	Figures  int           `json:"figures"`
	Articles int           `json:"articles"`
	Groups   int           `json:"groups"` // independent reports
	First    document.Date `json:"first"`
	Last     document.Date `json:"last"`
	Review   *ReviewState  `json:"review,omitempty"`
}

// Link kinds are the stance of the linking statement.
const (
	LinkDenies   = extract.Denies
	LinkConfirms = extract.Confirms
)

// Link ties a denying or confirming statement to the claim (statement) or
// report (figure) it denies or confirms.
type Link struct {
	ID         int64   `json:"id"`
	Kind       string  `json:"kind"` // denies | confirms
	Confidence float64 `json:"confidence"`
	// Reasons names the evidence that matched: "same-article", "subject",
	// "source", "time", "text", "stance-model".
	Reasons []string `json:"reasons"`

	From StatementRow `json:"from"`
	// ToKind is "statement" or "figure"; exactly one of ToStatement and
	// ToFigure is set.
	ToKind      string        `json:"to_kind"`
	ToStatement *StatementRow `json:"to_statement,omitempty"`
	ToFigure    *FigureRow    `json:"to_figure,omitempty"`
	Review      *ReviewState  `json:"review,omitempty"`
}

// LinkQuery selects links; zero fields do not filter.
type LinkQuery struct {
	Article ArticleID // links from or to facts of this article
	Subject string    // links to figures of this subject key
	Kind    string
	Limit   int
}

// Dispute kinds.
const (
	// DisputeFigures: two counts for one subject and overlapping time
	// disagree beyond their approximation.
	DisputeFigures = "discrepancy"
	// DisputePlanned: a planned figure differs from a count for the subject;
	// a different question, reported apart.
	DisputePlanned = "planned-vs-count"
	// DisputeClaim: a claim is both asserted and denied.
	DisputeClaim = "disputed"
	// DisputeRevision: one source's later figure replaces its earlier one;
	// shown on the subject's timeline, never listed as a dispute.
	DisputeRevision = "revision"
)

// Dispute is one discrepancy or disputed claim.
type Dispute struct {
	ID int64 `json:"id"`
	// Key names the dispute across re-runs (see Review): the pair's
	// signature, or "card:" and the origin claim's fact key.
	Key     string        `json:"key,omitempty"`
	Kind    string        `json:"kind"`
	Subject string        `json:"subject,omitempty"`
	Label   string        `json:"label,omitempty"`
	When    document.Date `json:"when"` // newest date involved
	Note    string        `json:"note,omitempty"`
	// Score ranks disputes, strongest first (ledger.Strength for figures,
	// ledger.ClaimStrength for claims).
	Score float64 `json:"score"`
	// Reports counts the independent reports (dup groups) behind both sides.
	Reports int `json:"reports,omitempty"`
	// For figure kinds: the two sides.
	A *FigureRow `json:"a,omitempty"`
	B *FigureRow `json:"b,omitempty"`
	// For DisputeClaim: the claim (statement or figure) and the links that
	// deny or confirm it; Support and Deny count independent reports (dup
	// groups), asserting the claim included.
	Claim   *Claim `json:"claim,omitempty"`
	Links   []Link `json:"links,omitempty"`
	Support int    `json:"support"`
	Deny    int    `json:"deny"`
	// For DisputeClaim, one card per proposition (ledger.ClaimCards):
	// Origin is who first made the claim with the attribution chain
	// ("anonymous officials via Wall Street Journal"); Claims every
	// statement and figure stating it (Claim, the origin, first);
	// Deniers and Confirmers who denies or confirms it, each once.
	Origin     string       `json:"origin,omitempty"`
	Claims     []Claim      `json:"claims,omitempty"`
	Deniers    []string     `json:"deniers,omitempty"`
	Confirmers []string     `json:"confirmers,omitempty"`
	Confirm    int          `json:"confirm,omitempty"`
	Review     *ReviewState `json:"review,omitempty"`
}

// DisputeQuery selects disputes, newest first.
type DisputeQuery struct {
	Kind    string
	Subject string
	Limit   int // default 100
}

// Claim is one statement or figure as returned by Claims: a flat row.
type Claim struct {
	Kind string `json:"kind"` // statement | figure
	ID   int64  `json:"id"`
	Origin
	Speaker   string        `json:"speaker,omitempty"` // statement speaker or figure source
	Stance    string        `json:"stance,omitempty"`
	Anonymous bool          `json:"anonymous"`
	Text      string        `json:"text"` // statement content or figure text
	Target    string        `json:"target,omitempty"`
	Subject   string        `json:"subject,omitempty"`
	Value     *float64      `json:"value,omitempty"`
	Span      document.Span `json:"span"`
	Sentence  document.Span `json:"sentence"`
	Review    *ReviewState  `json:"review,omitempty"`
}

// ClaimQuery selects statements and figures; zero fields do not filter.
// Text is a user's free text: implementations must treat it as words to
// match (quoted for full-text syntax), never as query syntax.
type ClaimQuery struct {
	Speaker   string // substring of the speaker (statements) or source (figures), case-insensitive
	Source    string // substring of the outlet name
	Stance    string // asserts | denies | confirms | questions (statements only)
	Since     document.Date
	Until     document.Date
	Anonymous bool   // only anonymous speakers/sources
	Kind      string // "", "statement" or "figure"
	Text      string // full-text words
	Limit     int    // default 50, max 1000
	Cursor    string // from ClaimPage.Next
}

// ClaimPage is one page of claims, newest first; Next is "" at the end.
type ClaimPage struct {
	Claims []Claim `json:"claims"`
	Next   string  `json:"next,omitempty"`
}

// Timeline is a subject's figures in date order, and the links that deny or
// confirm them.
type Timeline struct {
	Subject Subject     `json:"subject"`
	Figures []FigureRow `json:"figures"`
	Links   []Link      `json:"links"`
	// Revisions are one source's figures replaced by its later ones.
	Revisions []Dispute `json:"revisions"`
	// Estimates are, per date, the low/best/high across independent sources.
	Estimates []Estimate `json:"estimates"`
}

// Estimate is what a conflict-data coder writes for one subject and date:
// the lowest, best (median of the independent sources) and highest value
// reported, the sources behind them, and the number of independent reports.
type Estimate struct {
	Day     document.Date `json:"day"`
	Low     float64       `json:"low"`
	Best    float64       `json:"best"`
	High    float64       `json:"high"`
	Sources []string      `json:"sources"`
	Reports int           `json:"reports"`
	Figures []int64       `json:"figures"` // the figures behind it
}

// Store is the claim ledger's storage. Every method is safe for concurrent
// use. Read methods never change the database; all of them return
// ErrBadQuery (wrapped) for malformed parameters.
type Store interface {
	// SaveBatch stores results in one transaction: either every article of
	// the batch is stored whole with its facts, dup group, subjects, links
	// and discrepancies, or (error, cancelled ctx) none is. Saving the same
	// text again is a no-op (Created false), unless its metadata differs:
	// then the stored article takes every non-empty new value and its
	// figures their new dates (Updated true). A different text for a URL
	// already stored becomes a new Version of that article.
	SaveBatch(ctx context.Context, results []*extract.Result) ([]Saved, error)

	// Article returns one article with text, sentences, facts and links,
	// or ErrNotFound.
	Article(ctx context.Context, id ArticleID) (*Article, error)

	// Articles lists articles (no text), newest first, with a cursor.
	Articles(ctx context.Context, q ArticleQuery) (ArticlePage, error)

	// Subjects lists every subject with figure counts and date range, most
	// figures first.
	Subjects(ctx context.Context) ([]Subject, error)

	// Timeline resolves subject loosely (key, label or words such as "us
	// troops iraq", see ledger.MatchSubject) and returns its figures by
	// date; ErrNotFound when nothing matches.
	Timeline(ctx context.Context, subject string) (*Timeline, error)

	// Disputes lists discrepancies and disputed claims, newest first.
	Disputes(ctx context.Context, q DisputeQuery) ([]Dispute, error)

	// Claims searches statements and figures by facets and full text,
	// newest first, with a cursor.
	Claims(ctx context.Context, q ClaimQuery) (ClaimPage, error)

	// Links lists links between statements and what they deny or confirm.
	Links(ctx context.Context, q LinkQuery) ([]Link, error)

	// Search returns up to limit articles (with Text and Sentences) whose
	// text best matches the words of text; the words are never query syntax.
	Search(ctx context.Context, text string, limit int) ([]Article, error)

	// Export calls fn for every article (text, sentences, facts, links) in
	// id order; it stops at fn's first error and returns it.
	Export(ctx context.Context, fn func(*Article) error) error

	// AddReview appends a review action to the audit log and, in the same
	// transaction, recomputes what it changes in the ledger (the subjects
	// of the reviewed article's figures, the subjects named, the
	// dispute's subject). It returns the entry with its id and time.
	AddReview(ctx context.Context, r Review) (Review, error)

	// Reviews returns audit-log entries, oldest first.
	Reviews(ctx context.Context, q ReviewQuery) ([]Review, error)

	// FactArticle returns the article a figure, statement or link (by
	// its source statement) belongs to, or ErrNotFound.
	FactArticle(ctx context.Context, kind string, id int64) (ArticleID, error)

	// Close releases the store.
	Close() error
}

// Versioned is a store that tells when its data changed: DataVersion
// returns a number that moves on every write transaction that changes what
// queries return (saving or updating articles, a review, relinking),
// whichever process made it. Results read at one version stay valid while it holds.
type Versioned interface {
	DataVersion(ctx context.Context) (int64, error)
}

// ClaimWindow is how many disputed claims a store reads for a page of limit
// dispute cards. Claims that share a denier merge into one card
// (ledger.ClaimCards), so grouping only the first limit claims would show
// other cards for "--limit 1" than the full list starts with.
func ClaimWindow(limit int) int { return max(4*limit, 200) }

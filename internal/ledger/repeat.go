package ledger

import (
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// Line is a figure as printed: the outlet, the figure's text and the
// length of its sentence (the same figure text in a sentence of the same
// length stands for the same sentence), with the figure's id and report
// (dup group). A store finds the earlier lines sharing a new figure's text
// (SQL only); Repeat decides.
type Line struct {
	ID      int64
	Outlet  string
	Text    string
	SentLen int
	Group   int64
}

// LineOf is the line of a stored figure.
func LineOf(f *store.FigureRow) Line {
	return Line{ID: f.ID, Outlet: f.Outlet, Text: f.Text, SentLen: f.Sentence.Len(), Group: f.Group}
}

// NewLine is the line of a figure about to be stored in an article of
// the given outlet and report: it comes after every stored figure.
func NewLine(outlet string, group int64, f *extract.Figure) Line {
	return Line{ID: 1<<63 - 1, Outlet: outlet, Text: f.Text, SentLen: f.Sentence.Len(), Group: group}
}

// Repeat reports a line an outlet printed before, in another report: a
// related-links line at the foot of every page, a background paragraph
// carried from story to story. The first printing counts; a repeat is the
// same report again, so it joins no subject, no timeline and no
// statistics (and, in Derive, neither disputes nor corroborates). Earlier
// means a lower id: the order in which the ledger stored the lines, the
// same for incremental ingest and for a relink. prior may hold any
// lines; only earlier ones of the same outlet, text and sentence count.
func Repeat(l Line, prior []Line) bool {
	if strings.TrimSpace(l.Outlet) == "" || l.Text == "" {
		return false
	}
	for _, p := range prior {
		if p.ID < l.ID && p.Group != l.Group && p.Text == l.Text && p.SentLen == l.SentLen && strings.EqualFold(p.Outlet, l.Outlet) {
			return true
		}
	}
	return false
}

// FiledLine is Filed for a figure whose line may repeat an earlier one: a
// repeat joins no subject unless a reviewer filed it by hand.
func (o *Overrides) FiledLine(url, docID string, f *extract.Figure, published document.Date, repeat bool) (Subject, document.Date) {
	subj, when := o.Filed(url, docID, f, published)
	if repeat && !o.filedByHand(url, docID, f) {
		return Subject{}, when
	}
	return subj, when
}

// RefiledLine is Refiled for a figure whose line may repeat an earlier one.
func (o *Overrides) RefiledLine(f *store.FigureRow, repeat bool) (subj Subject, day string, moved bool) {
	s, when := o.FiledLine(f.URL, f.DocID, &f.Figure, f.Published, repeat)
	day = when.String()
	return s, day, s.Key != f.Subject || day != f.When.String()
}

// filedByHand: a reviewer set the figure's subject.
func (o *Overrides) filedByHand(url, docID string, f *extract.Figure) bool {
	if o.Empty() {
		return false
	}
	g := *f
	t, _ := o.figureTarget(Identity(url, docID), &g)
	return t != nil && !t.rejected && t.corrections["subject"] != ""
}

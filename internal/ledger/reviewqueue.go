package ledger

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/store"
)

// A reviewer names a target by a reference of what they see: "figure:12",
// "statement:7", "link:3", "dispute:-41" (the ids shown by the CLI, API and
// pages) or "subject:KEY". Resolve turns it into the target's stable key:
// the ids are only how the reference is typed, never what is stored.

// ParseRef splits a reference into kind and id or key.
func ParseRef(ref string) (kind, rest string, err error) {
	kind, rest, ok := strings.Cut(ref, ":")
	if !ok || rest == "" {
		return "", "", store.BadQuery("reference %q: want figure:ID, statement:ID, claim:ID, link:ID, dispute:ID or subject:KEY", ref)
	}
	switch kind {
	case "dispute":
		kind = store.ReviewDispute
	case store.ReviewFigure, store.ReviewStatement, store.ReviewClaim, store.ReviewLink, store.ReviewSubject, store.ReviewDispute:
	default:
		return "", "", store.BadQuery("reference %q: unknown kind %q", ref, kind)
	}
	return kind, rest, nil
}

// Resolve returns a review of the target ref names, its key and (for
// facts) article identity, span and text filled; the caller adds the
// action, field, value, who and note.
func Resolve(ctx context.Context, s store.Store, ref string) (store.Review, error) {
	kind, rest, err := ParseRef(ref)
	if err != nil {
		return store.Review{}, err
	}
	r := store.Review{Kind: kind}
	if kind == store.ReviewSubject {
		subs, err := s.Subjects(ctx)
		if err != nil {
			return r, err
		}
		for _, x := range subs {
			if x.Key == rest {
				r.Key = rest
				return r, nil
			}
		}
		return r, fmt.Errorf("subject %q: %w", rest, store.ErrNotFound)
	}
	if kind == store.ReviewClaim {
		// claim:figure:ID or claim:statement:ID; claim:ID is a statement.
		k, id, ok := strings.Cut(rest, ":")
		if !ok {
			k, id = store.ReviewStatement, rest
		}
		if k != store.ReviewFigure && k != store.ReviewStatement {
			return r, store.BadQuery("claim reference %q: want claim:figure:ID or claim:statement:ID", ref)
		}
		kind, rest, r.Kind = k, id, k
	}
	id, err := strconv.ParseInt(rest, 10, 64)
	if err != nil {
		return r, store.BadQuery("reference %q: %q is not an id", ref, rest)
	}
	if kind == store.ReviewDispute {
		ds, err := s.Disputes(ctx, store.DisputeQuery{Limit: 10000})
		if err != nil {
			return r, err
		}
		for _, d := range ds {
			if d.ID != id {
				continue
			}
			r.Key = d.Key
			if d.Kind == store.DisputeClaim && d.Claim != nil {
				c := d.Claim
				r.Article, r.Span, r.Snippet, r.Offset = Identity(c.URL, c.DocID), c.Span, c.Text, c.Span.Start-c.Sentence.Start
			}
			return r, nil
		}
		return r, fmt.Errorf("dispute %d: %w", id, store.ErrNotFound)
	}
	aid, err := s.FactArticle(ctx, kind, id)
	if err != nil {
		return r, err
	}
	a, err := s.Article(ctx, aid)
	if err != nil {
		return r, err
	}
	switch kind {
	case store.ReviewFigure:
		for _, f := range a.Figures {
			if f.ID == id {
				r.Article, r.Span, r.Snippet, r.Offset = Identity(f.URL, f.DocID), f.Span, f.Text, f.Span.Start-f.Sentence.Start
				r.Key = FactKey(kind, r.Article, f.Span)
				return r, nil
			}
		}
	case store.ReviewStatement:
		for _, st := range a.Statements {
			if st.ID == id {
				r.Article, r.Span, r.Snippet, r.Offset = Identity(st.URL, st.DocID), st.Span, st.Content, st.Span.Start-st.Sentence.Start
				r.Key = FactKey(kind, r.Article, st.Span)
				return r, nil
			}
		}
	case store.ReviewLink:
		for _, l := range a.Links {
			if l.ID != id {
				continue
			}
			f := &l.From
			r.Article, r.Span, r.Snippet, r.Offset = Identity(f.URL, f.DocID), f.Span, f.Content, f.Span.Start-f.Sentence.Start
			to := ""
			if l.ToStatement != nil {
				to = factKeyOfStatement(l.ToStatement)
			} else if l.ToFigure != nil {
				to = factKeyOfFigure(l.ToFigure)
			}
			r.Key = LinkKey(factKeyOfStatement(f), to)
			return r, nil
		}
	}
	return r, fmt.Errorf("%s %d: %w", kind, id, store.ErrNotFound)
}

// Act resolves ref and logs one action on it; a merge must name a subject
// that exists.
func Act(ctx context.Context, s store.Store, ref string, r store.Review) (store.Review, error) {
	t, err := Resolve(ctx, s, ref)
	if err != nil {
		return r, err
	}
	t.Action, t.Field, t.Value, t.Who, t.Note, t.At = r.Action, r.Field, r.Value, r.Who, r.Note, r.At
	if t.Kind == store.ReviewSubject && t.Field == "merge" && t.Value != "" {
		if _, err := Resolve(ctx, s, "subject:"+t.Value); err != nil {
			return t, fmt.Errorf("merge into: %w", err)
		}
		rs, err := s.Reviews(ctx, store.ReviewQuery{Kind: store.ReviewSubject, Limit: 100000})
		if err != nil {
			return t, err
		}
		if NewOverrides(rs).Merged(t.Value) == t.Key {
			return t, store.BadQuery("%q is already merged into %q: merging back would make a cycle", t.Value, t.Key)
		}
	}
	return s.AddReview(ctx, t)
}

// QueueItem is one unreviewed item of the review queue.
type QueueItem struct {
	Ref     string          `json:"ref"` // what to pass to confirm/correct/reject
	Kind    string          `json:"kind"`
	Text    string          `json:"text"`
	Who     string          `json:"who,omitempty"` // speaker or source
	Subject string          `json:"subject,omitempty"`
	Article store.ArticleID `json:"article,omitempty"`
	Score   float64         `json:"score"`
	Why     []string        `json:"why"`
}

// QueueOptions bound the work of building the queue.
type QueueOptions struct {
	Disputes int // top disputes looked at (default 50)
	Subjects int // biggest subjects looked at (default 10)
	Limit    int // items returned (default 50)
	// Subject, when set, keeps the items of that subject key only (its
	// figures, and the disputes and claims filed under it).
	Subject string
}

// ReviewQueue lists the unreviewed items worth a person's time first: the
// sides of the strongest disputes and the members of the strongest claim
// cards, the figures of the biggest subjects, low-confidence links, with
// facts from a single anonymous source and figures whose place was
// inferred raised. Reviewed items are left out.
func ReviewQueue(ctx context.Context, s store.Store, o QueueOptions) ([]QueueItem, error) {
	if o.Disputes <= 0 {
		o.Disputes = 50
	}
	if o.Subjects <= 0 {
		o.Subjects = 10
	}
	if o.Limit <= 0 {
		o.Limit = 50
	}
	items := map[string]*QueueItem{}
	var order []string
	add := func(ref, kind, text, who, subject string, art store.ArticleID, score float64, why string) {
		it := items[ref]
		if it == nil {
			it = &QueueItem{Ref: ref, Kind: kind, Text: text, Who: who, Subject: subject, Article: art}
			items[ref] = it
			order = append(order, ref)
		}
		it.Score += score
		it.Why = append(it.Why, why)
	}
	anon := func(name string, flag bool) bool { return flag || name == "" || anonymousName(name) }
	fig := func(f *store.FigureRow, score float64, why string) {
		if f == nil || f.Review != nil {
			return
		}
		add(fmt.Sprintf("figure:%d", f.ID), store.ReviewFigure, f.Text, string(f.Source), f.Subject, f.Article, score, why)
		if anon(string(f.Source), f.Anonymous) {
			add(fmt.Sprintf("figure:%d", f.ID), store.ReviewFigure, f.Text, string(f.Source), f.Subject, f.Article, 1, "anonymous or unnamed source")
		}
		if Inferred(&f.Figure) {
			// A place read from the paragraph or dateline, not stated:
			// the extraction most often wrong about where.
			add(fmt.Sprintf("figure:%d", f.ID), store.ReviewFigure, f.Text, string(f.Source), f.Subject, f.Article, 0.5, "place inferred from the "+string(f.LocationBasis))
		}
	}
	ds, err := s.Disputes(ctx, store.DisputeQuery{Limit: o.Disputes, Subject: o.Subject})
	if err != nil {
		return nil, err
	}
	for i, d := range ds {
		// Disputes come strongest first; the rank keeps that order.
		w := 3 + d.Score + 2/float64(i+1)
		if d.Review == nil {
			add(fmt.Sprintf("dispute:%d", d.ID), store.ReviewDispute, d.Note, "", d.Subject, 0, w, "a top dispute: is it one?")
		}
		fig(d.A, w, "behind a top dispute")
		fig(d.B, w, "behind a top dispute")
		for _, c := range d.Claims {
			if c.Review != nil {
				continue
			}
			ref := fmt.Sprintf("%s:%d", c.Kind, c.ID)
			add(ref, c.Kind, c.Text, c.Speaker, c.Subject, c.Article, w, "a claim behind a top dispute")
			if c.Kind == "statement" && anon(c.Speaker, c.Anonymous) {
				add(ref, c.Kind, c.Text, c.Speaker, c.Subject, c.Article, 1, "anonymous or unnamed speaker")
			}
		}
		for _, l := range d.Links {
			if l.Confidence < 0.5 && l.Review == nil {
				add(fmt.Sprintf("link:%d", l.ID), store.ReviewLink, l.From.Content, string(l.From.Speaker), d.Subject, l.From.Article, w*(1-l.Confidence), "low-confidence link")
			}
		}
	}
	subs, err := s.Subjects(ctx)
	if err != nil {
		return nil, err
	}
	for i := 0; i < len(subs) && i < o.Subjects; i++ {
		t, err := s.Timeline(ctx, subs[i].Key)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		w := math.Log2(1+float64(subs[i].Figures)) / 2
		for j := range t.Figures {
			fig(&t.Figures[j], w, "in a big subject: "+subs[i].Label)
		}
	}
	out := make([]QueueItem, 0, len(order))
	for _, ref := range order {
		if o.Subject == "" || items[ref].Subject == o.Subject {
			out = append(out, *items[ref])
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	if len(out) > o.Limit {
		out = out[:o.Limit]
	}
	return out, nil
}

// FieldCount is how often one field of one kind was corrected.
type FieldCount struct {
	Kind    string `json:"kind"`
	Field   string `json:"field"`
	Targets int    `json:"targets"` // distinct targets corrected
	Actions int    `json:"actions"`
}

// CorrectionStats counts, from the audit log, the corrections per kind and
// field (most corrected first), and the rejections per kind as field
// "(rejected)": which extractor errs most.
func CorrectionStats(rs []store.Review) []FieldCount {
	type k struct{ kind, field string }
	acts := map[k]int{}
	targets := map[k]map[string]bool{}
	for _, r := range rs {
		var key k
		switch r.Action {
		case store.ActionCorrect:
			key = k{r.Kind, r.Field}
		case store.ActionReject:
			key = k{r.Kind, "(rejected)"}
		default:
			continue
		}
		acts[key]++
		if targets[key] == nil {
			targets[key] = map[string]bool{}
		}
		targets[key][r.Key] = true
	}
	out := make([]FieldCount, 0, len(acts))
	for key, n := range acts {
		out = append(out, FieldCount{Kind: key.kind, Field: key.field, Targets: len(targets[key]), Actions: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Targets != out[j].Targets {
			return out[i].Targets > out[j].Targets
		}
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].Field < out[j].Field
	})
	return out
}

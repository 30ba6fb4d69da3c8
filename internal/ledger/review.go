package ledger

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// Review rules. A review is an override, never an edit: the stores keep
// what extraction found, and every time the ledger computes (filing a
// figure under a subject, deriving a subject's pairs, estimates, claim
// cards, what a query shows) it applies the latest action of each target
// and field on top. Targets are matched by keys that outlive row ids (see
// store.Review): re-ingest, a new version of the article, db relink and a
// retrained model all leave them in force.

// Fields a correction may set, by target kind.
var (
	FigureFields    = []string{"value", "low", "high", "source", "event", "measure", "place", "as_of", "unit", "holder", "basis", "subject"}
	StatementFields = []string{"speaker", "stance", "target", "claim"}
	SubjectFields   = []string{"merge"}
)

// Identity is an article's identity across versions: its URL, else its
// document id.
func Identity(url, docID string) string {
	if url != "" {
		return url
	}
	return docID
}

// FactKey names a figure or statement by its article's identity and span.
func FactKey(kind, ident string, sp document.Span) string {
	return fmt.Sprintf("%s:%s#%d-%d", kind, ident, sp.Start, sp.End)
}

// CardKey names a claim card by its origin claim.
func CardKey(originFact string) string { return "card:" + originFact }

// LinkKey names a link by the facts at its two ends.
func LinkKey(from, to string) string { return from + ">" + to }

// ValidateReview checks an action before it is logged: a known kind and
// action, a field the kind can be corrected in, a value that parses, a who.
func ValidateReview(r *store.Review) error {
	switch r.Action {
	case store.ActionConfirm, store.ActionReject:
		if r.Field != "" || r.Value != "" {
			return store.BadQuery("%s takes no field or value", r.Action)
		}
	case store.ActionCorrect:
	default:
		return store.BadQuery("action %q: want confirm, correct or reject", r.Action)
	}
	if strings.TrimSpace(r.Who) == "" {
		return store.BadQuery("who made the review is required")
	}
	if r.Key == "" {
		return store.BadQuery("review without target key")
	}
	var fields []string
	switch r.Kind {
	case store.ReviewFigure:
		fields = FigureFields
	case store.ReviewStatement:
		fields = StatementFields
	case store.ReviewSubject:
		fields = SubjectFields
	case store.ReviewDispute, store.ReviewLink:
		if r.Action == store.ActionCorrect {
			return store.BadQuery("a %s is confirmed or rejected, not corrected", r.Kind)
		}
	default:
		return store.BadQuery("review kind %q: want figure, statement, subject, link or discrepancy", r.Kind)
	}
	if r.Action != store.ActionCorrect {
		return nil
	}
	ok := false
	for _, f := range fields {
		ok = ok || f == r.Field
	}
	if !ok {
		return store.BadQuery("a %s's field %q cannot be corrected (fields: %s)", r.Kind, r.Field, strings.Join(fields, ", "))
	}
	switch r.Field {
	case "value", "low", "high":
		if r.Value != "" {
			if _, err := strconv.ParseFloat(strings.ReplaceAll(r.Value, ",", ""), 64); err != nil {
				return store.BadQuery("%s %q is not a number", r.Field, r.Value)
			}
		}
	case "as_of":
		if r.Value != "" {
			if _, err := document.ParseDate(r.Value); err != nil {
				return store.BadQuery("as_of %q is not a date (YYYY-MM-DD)", r.Value)
			}
		}
	case "stance":
		switch r.Value {
		case extract.Asserts, extract.Denies, extract.Confirms, extract.Questions:
		default:
			return store.BadQuery("stance %q: want asserts, denies, confirms or questions", r.Value)
		}
	case "merge":
		if r.Value == r.Key {
			return store.BadQuery("a subject cannot be merged into itself")
		}
	}
	return nil
}

// target is the folded state of one reviewed target.
type target struct {
	kind, key     string
	ident         string
	span          document.Span
	snippet       string
	offset        int
	rejected      bool
	corrections   map[string]string
	last          store.Review
	actions       int
	lastStateKind string
}

func (t *target) add(r store.Review) {
	t.actions++
	t.last = r
	switch r.Action {
	case store.ActionReject:
		t.rejected = true
		t.lastStateKind = store.StateRejected
	case store.ActionConfirm:
		t.rejected = false
		t.lastStateKind = store.StateConfirmed
	case store.ActionCorrect:
		t.rejected = false
		t.lastStateKind = store.StateCorrected
		if t.corrections == nil {
			t.corrections = map[string]string{}
		}
		f := r.Field
		if f == "claim" {
			f = "target"
		}
		if r.Value == "" {
			delete(t.corrections, f)
		} else {
			t.corrections[f] = r.Value
		}
	}
}

func (t *target) state() *store.ReviewState {
	st := &store.ReviewState{State: t.lastStateKind, Key: t.key, Who: t.last.Who, At: t.last.At, Note: t.last.Note, Actions: t.actions}
	if len(t.corrections) > 0 {
		st.Corrected = make(map[string]string, len(t.corrections))
		for k, v := range t.corrections {
			st.Corrected[k] = v
		}
	}
	return st
}

// Overrides is the review state the ledger applies: built once per
// computation from the audit log (store.Reviews), read-only after.
type Overrides struct {
	facts map[string][]*target // kind "\x00" ident → targets of facts, cards, links
	items map[string]*target   // kind "\x00" key → subjects and figure disputes
	n     int
}

// NewOverrides folds the audit log, oldest first, into the state of each
// target: the latest action wins, corrections accumulate per field.
func NewOverrides(rs []store.Review) *Overrides {
	o := &Overrides{facts: map[string][]*target{}, items: map[string]*target{}, n: len(rs)}
	sorted := append([]store.Review(nil), rs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	for _, r := range sorted {
		kind := r.Kind
		if kind == store.ReviewClaim {
			kind = store.ReviewStatement
		}
		if r.Article != "" {
			k := kind + "\x00" + r.Article
			var t *target
			for _, x := range o.facts[k] {
				if x.key == r.Key {
					t = x
				}
			}
			if t == nil {
				t = &target{kind: kind, key: r.Key, ident: r.Article, span: r.Span, snippet: r.Snippet, offset: r.Offset}
				o.facts[k] = append(o.facts[k], t)
			}
			t.add(r)
			continue
		}
		k := kind + "\x00" + r.Key
		t := o.items[k]
		if t == nil {
			t = &target{kind: kind, key: r.Key}
			o.items[k] = t
		}
		t.add(r)
	}
	return o
}

// Empty reports whether there is no review at all.
func (o *Overrides) Empty() bool { return o == nil || o.n == 0 }

// match finds the target of a fact: the same span of the same article
// (with a warning when the text under it changed), else, in a new version
// where the text moved, the same text at the same offset in its sentence.
func (o *Overrides) match(kind, ident string, sp document.Span, text string, offset int) (*target, string) {
	if o.Empty() {
		return nil, ""
	}
	ts := o.facts[kind+"\x00"+ident]
	for _, t := range ts {
		if t.span == sp {
			if t.snippet != "" && t.snippet != text {
				return t, fmt.Sprintf("the text under this review changed: was %q, now %q", t.snippet, text)
			}
			return t, ""
		}
	}
	for _, t := range ts {
		if t.snippet != "" && t.snippet == text && t.offset == offset {
			return t, ""
		}
	}
	return nil, ""
}

func parseNum(s string) *float64 {
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil {
		return nil
	}
	return &v
}

func fmtNum(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

// applyFigure sets the corrected fields of f, returning the extracted
// values they override.
func applyFigure(f *extract.Figure, c map[string]string) map[string]string {
	orig := map[string]string{}
	for field, v := range c {
		switch field {
		case "value":
			orig[field], f.Value = fmtNum(f.Value), parseNum(v)
		case "low":
			orig[field], f.Low = fmtNum(f.Low), parseNum(v)
		case "high":
			orig[field], f.High = fmtNum(f.High), parseNum(v)
		case "source":
			orig[field], f.Source = string(f.Source), document.Str(v)
			f.Anonymous = false
		case "event":
			orig[field], f.Event = string(f.Event), document.Str(v)
		case "measure":
			orig[field], f.Measure = string(f.Measure), document.Str(v)
		case "place":
			orig[field] = string(f.Location)
			f.Location, f.Country, f.LocationBasis = document.Str(v), document.Str(v), extract.BasisStated
			if Place(v) != v && Place(v) != "" {
				f.Country = document.Str(Place(v))
			}
		case "as_of":
			orig[field], f.AsOf, f.AsOfBasis = string(f.AsOf), document.Str(v), extract.BasisStated
		case "unit":
			orig[field], f.Unit = string(f.Unit), document.Str(v)
		case "holder":
			orig[field], f.Holder = string(f.Holder), document.Str(v)
		case "basis":
			orig[field], f.Basis = string(f.Basis), document.Str(v)
		}
	}
	return orig
}

func applyStatement(s *extract.Statement, c map[string]string) map[string]string {
	orig := map[string]string{}
	for field, v := range c {
		switch field {
		case "speaker":
			orig[field], s.Speaker = string(s.Speaker), document.Str(v)
			s.Anonymous = false
		case "stance":
			orig[field], s.Stance = s.Stance, v
		case "target":
			orig[field], s.Target = string(s.Target), document.Str(v)
		}
	}
	return orig
}

// figureTarget matches a figure of the article ident.
func (o *Overrides) figureTarget(ident string, f *extract.Figure) (*target, string) {
	return o.match(store.ReviewFigure, ident, f.Span, f.Text, f.Span.Start-f.Sentence.Start)
}

// Refiled is Filed for a stored figure: its subject and day once the
// reviews apply, and whether either differs from what is stored (the
// figure must be moved).
func (o *Overrides) Refiled(f *store.FigureRow) (subj Subject, day string, moved bool) {
	subj, when := o.Filed(f.URL, f.DocID, &f.Figure, f.Published)
	day = when.String()
	return subj, day, subj.Key != f.Subject || day != f.When.String()
}

// Filed returns the subject a figure is filed under and its date once the
// reviews apply: the corrected fields' subject, a subject set by hand, the
// subject it was merged into; no subject when the figure is rejected.
func (o *Overrides) Filed(url, docID string, f *extract.Figure, published document.Date) (Subject, document.Date) {
	if o.Empty() {
		return SubjectOf(f), When(f, published)
	}
	g := *f
	var subj Subject
	t, _ := o.figureTarget(Identity(url, docID), &g)
	if t != nil {
		if t.rejected {
			return Subject{}, When(&g, published)
		}
		applyFigure(&g, t.corrections)
		if k := t.corrections["subject"]; k != "" {
			subj = SubjectFromKey(k)
		}
	}
	if subj.Key == "" {
		subj = SubjectOf(&g)
	}
	if subj.Key != "" {
		if m := o.Merged(subj.Key); m != subj.Key {
			subj = SubjectFromKey(m)
		}
	}
	return subj, When(&g, published)
}

// SubjectFromKey rebuilds a subject from its key ("holder|thing|place").
func SubjectFromKey(k string) Subject {
	parts := strings.SplitN(k, "|", 3)
	for len(parts) < 3 {
		parts = append(parts, "")
	}
	title := func(s string) string {
		w := strings.Fields(s)
		for i, x := range w {
			if len(x) <= 3 && x != "of" && x != "and" {
				w[i] = strings.ToUpper(x)
			} else if x != "of" && x != "and" {
				w[i] = strings.ToUpper(x[:1]) + x[1:]
			}
		}
		return strings.Join(w, " ")
	}
	s := Subject{Key: k, Holder: title(parts[0]), Thing: parts[1], Location: title(parts[2])}
	s.Label = strings.TrimSpace(s.Holder + " " + s.Thing)
	if s.Location != "" {
		s.Label += " · " + s.Location
	}
	return s
}

// Merged follows "these two subjects are one" to the subject a key is
// filed under now.
func (o *Overrides) Merged(key string) string {
	if o.Empty() {
		return key
	}
	seen := map[string]bool{}
	for !seen[key] {
		seen[key] = true
		t := o.items[store.ReviewSubject+"\x00"+key]
		if t == nil || t.rejected || t.corrections["merge"] == "" {
			return key
		}
		key = t.corrections["merge"]
	}
	return key
}

// Figure applies the reviews to a stored figure in place: corrected
// fields, its review state. It reports whether the figure is rejected.
func (o *Overrides) Figure(r *store.FigureRow) bool {
	if o.Empty() {
		return false
	}
	ident := Identity(r.URL, r.DocID)
	t, warn := o.figureTarget(ident, &r.Figure)
	if t == nil {
		return false
	}
	st := t.state()
	st.Warning = warn
	if len(t.corrections) > 0 {
		st.Original = applyFigure(&r.Figure, t.corrections)
		if k := t.corrections["subject"]; k != "" {
			st.Original["subject"] = r.Subject
		}
	}
	r.Review = st
	return t.rejected
}

// Statement applies the reviews to a stored statement in place.
func (o *Overrides) Statement(r *store.StatementRow) bool {
	if o.Empty() {
		return false
	}
	t, warn := o.match(store.ReviewStatement, Identity(r.URL, r.DocID), r.Span, r.Content, r.Span.Start-r.Sentence.Start)
	if t == nil {
		return false
	}
	st := t.state()
	st.Warning = warn
	if len(t.corrections) > 0 {
		st.Original = applyStatement(&r.Statement, t.corrections)
	}
	r.Review = st
	return t.rejected
}

// Claim applies the reviews of the statement or figure behind a claim
// row: speaker or source, stance, target, value.
func (o *Overrides) Claim(c *store.Claim) bool {
	if o.Empty() {
		return false
	}
	var t *target
	var warn string
	if c.Kind == "figure" {
		f := extract.Figure{Text: c.Text, Span: c.Span, Sentence: c.Sentence}
		t, warn = o.figureTarget(Identity(c.URL, c.DocID), &f)
	} else {
		t, warn = o.match(store.ReviewStatement, Identity(c.URL, c.DocID), c.Span, c.Text, c.Span.Start-c.Sentence.Start)
	}
	if t == nil {
		return false
	}
	st := t.state()
	st.Warning = warn
	orig := map[string]string{}
	for field, v := range t.corrections {
		switch field {
		case "speaker", "source":
			orig[field], c.Speaker = c.Speaker, v
			c.Anonymous = false
		case "stance":
			orig[field], c.Stance = c.Stance, v
		case "target":
			orig[field], c.Target = c.Target, v
		case "value":
			orig[field], c.Value = fmtNum(c.Value), parseNum(v)
		case "subject":
			orig[field], c.Subject = c.Subject, v
		}
	}
	if len(orig) > 0 {
		st.Original = orig
	}
	c.Review = st
	return t.rejected
}

// factKeyOfStatement and factKeyOfFigure name the ends of links.
func factKeyOfStatement(s *store.StatementRow) string {
	return FactKey(store.ReviewStatement, Identity(s.URL, s.DocID), s.Span)
}

func factKeyOfFigure(f *store.FigureRow) string {
	return FactKey(store.ReviewFigure, Identity(f.URL, f.DocID), f.Span)
}

// ClaimFactKey names the statement or figure behind a claim row.
func ClaimFactKey(c *store.Claim) string { return FactKey(c.Kind, Identity(c.URL, c.DocID), c.Span) }

// Link applies the reviews to a link and its two ends; it reports whether
// the link is out of the ledger: rejected itself, or either end rejected.
func (o *Overrides) Link(l *store.Link) bool {
	if o.Empty() {
		return false
	}
	out := o.Statement(&l.From)
	to := ""
	if l.ToStatement != nil {
		out = o.Statement(l.ToStatement) || out
		to = factKeyOfStatement(l.ToStatement)
	} else if l.ToFigure != nil {
		out = o.Figure(l.ToFigure) || out
		to = factKeyOfFigure(l.ToFigure)
	}
	t, warn := o.match(store.ReviewLink, Identity(l.From.URL, l.From.DocID), l.From.Span, l.From.Content, l.From.Span.Start-l.From.Sentence.Start)
	if t != nil && strings.HasSuffix(t.key, ">"+to) {
		st := t.state()
		st.Warning = warn
		l.Review = st
		out = out || t.rejected
	}
	return out
}

// Links applies the reviews to links and drops those out of the ledger.
func (o *Overrides) Links(ls []store.Link) []store.Link {
	if o.Empty() {
		return ls
	}
	out := ls[:0]
	for i := range ls {
		if !o.Link(&ls[i]) {
			out = append(out, ls[i])
		}
	}
	return out
}

// Article applies the reviews to an article's facts and links. Nothing is
// dropped: the article page is where reviewers see what they rejected.
func (o *Overrides) Article(a *store.Article) {
	if o.Empty() || a == nil {
		return
	}
	for i := range a.Figures {
		o.Figure(&a.Figures[i])
	}
	for i := range a.Statements {
		o.Statement(&a.Statements[i])
	}
	for i := range a.Links {
		o.Link(&a.Links[i])
	}
}

// Timeline applies the reviews to a subject's timeline: corrected figures,
// rejected ones and links out, estimates from what is left.
func (o *Overrides) Timeline(t *store.Timeline) {
	if o.Empty() || t == nil {
		return
	}
	figs := t.Figures[:0]
	for i := range t.Figures {
		if !o.Figure(&t.Figures[i]) {
			figs = append(figs, t.Figures[i])
		}
	}
	t.Figures = figs
	t.Links = o.Links(t.Links)
	for i := range t.Revisions {
		o.Figure(t.Revisions[i].A)
		o.Figure(t.Revisions[i].B)
	}
	t.Estimates = Estimates(t.Figures)
	if st := o.subjectState(t.Subject.Key); st != nil {
		t.Subject.Review = st
	}
}

func (o *Overrides) subjectState(key string) *store.ReviewState {
	if t := o.items[store.ReviewSubject+"\x00"+key]; t != nil {
		return t.state()
	}
	return nil
}

// Subjects attaches review states to subjects.
func (o *Overrides) Subjects(subs []store.Subject) {
	if o.Empty() {
		return
	}
	for i := range subs {
		subs[i].Review = o.subjectState(subs[i].Key)
	}
}

// PairRejected reports whether a figure pair was ruled "not a dispute".
func (o *Overrides) PairRejected(sig string) bool {
	if o.Empty() {
		return false
	}
	t := o.items[store.ReviewDispute+"\x00"+sig]
	return t != nil && t.rejected
}

// FigureDisputes applies the reviews to figure disputes read from a store
// (Key holding the pair's signature): both sides corrected, review state
// attached, and pairs ruled out or with a rejected side dropped (a store
// updated before the review may still hold them).
func (o *Overrides) FigureDisputes(ds []store.Dispute) []store.Dispute {
	if o.Empty() {
		return ds
	}
	out := ds[:0]
	for _, d := range ds {
		if o.PairRejected(d.Key) {
			continue
		}
		if d.A != nil && o.Figure(d.A) || d.B != nil && o.Figure(d.B) {
			continue
		}
		if t := o.items[store.ReviewDispute+"\x00"+d.Key]; t != nil {
			d.Review = t.state()
		}
		out = append(out, d)
	}
	return out
}

// ClaimCards is ledger.ClaimCards with the reviews applied: claims and
// links corrected (a corrected speaker takes its role on the card),
// rejected claims and links out before cards are built, and cards ruled
// "not a dispute" (matched by any claim on them, so that a new origin does
// not revive the card) out after.
func (o *Overrides) ClaimCards(ds []store.Dispute) []store.Dispute {
	if o.Empty() {
		out := ClaimCards(ds)
		for i := range out {
			if out[i].Kind == store.DisputeClaim && out[i].Claim != nil {
				out[i].Key = CardKey(ClaimFactKey(out[i].Claim))
			}
		}
		return out
	}
	in := make([]store.Dispute, 0, len(ds))
	for _, d := range ds {
		if d.Kind == store.DisputeClaim && d.Claim != nil {
			c := *d.Claim
			if o.Claim(&c) {
				continue
			}
			d.Claim = &c
			d.Links = o.Links(append([]store.Link(nil), d.Links...))
			if len(d.Links) == 0 {
				continue
			}
		}
		in = append(in, d)
	}
	var out []store.Dispute
	for _, d := range ClaimCards(in) {
		if d.Kind == store.DisputeClaim && d.Claim != nil {
			d.Key = CardKey(ClaimFactKey(d.Claim))
			var state *store.ReviewState
			rejected := false
			for i := range d.Claims {
				c := &d.Claims[i]
				t, _ := o.match(store.ReviewDispute, Identity(c.URL, c.DocID), c.Span, c.Text, c.Span.Start-c.Sentence.Start)
				if t != nil {
					state = t.state()
					rejected = rejected || t.rejected
				}
			}
			if rejected {
				continue
			}
			d.Review = state
		}
		out = append(out, d)
	}
	return out
}

// ReviewScope is what an action changes in the stored ledger: the
// figures of the article it names (their subjects, dates and pairs) and
// the subjects it names. Statements, links and claim cards are applied
// when read and change nothing stored.
func ReviewScope(r *store.Review) (article string, subjects []string) {
	switch r.Kind {
	case store.ReviewFigure:
		return r.Article, nil
	case store.ReviewSubject:
		subjects = []string{r.Key}
		if r.Value != "" {
			subjects = append(subjects, r.Value)
		}
		return "", subjects
	case store.ReviewDispute:
		if r.Article == "" {
			// kind|holder|thing|place|side|side
			if parts := strings.Split(r.Key, "|"); len(parts) >= 6 {
				return "", []string{strings.Join(parts[1:4], "|")}
			}
		}
	}
	return "", nil
}

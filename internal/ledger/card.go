package ledger

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/store"
)

// ClaimCards merges disputed claims (store.DisputeClaim, one per denied
// statement or figure) into one card per proposition: claims denied or
// confirmed by one same statement state one proposition, across articles
// and within one. On each card nobody denies their own claim or asserts what
// they deny: a speaker who both states the claim and is linked as denying
// it keeps one role, the claim's when it is a document, a publication or
// an anonymous source (the "letter seen by Reuters" announces, it does not
// deny), the denier's otherwise (a person quoting the report they reject).
// Other kinds of disputes pass through unchanged.
func ClaimCards(ds []store.Dispute) []store.Dispute {
	var out []store.Dispute
	var claims []int
	for i := range ds {
		if ds[i].Kind == store.DisputeClaim && ds[i].Claim != nil {
			claims = append(claims, i)
		} else {
			out = append(out, ds[i])
		}
	}
	// Union claims that share a denying or confirming statement.
	parent := make([]int, len(claims))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	byFrom := map[int64]int{}
	for ci, di := range claims {
		for _, l := range ds[di].Links {
			if j, ok := byFrom[l.From.ID]; ok {
				a, b := find(ci), find(j)
				if a != b {
					parent[max(a, b)] = min(a, b)
				}
			} else {
				byFrom[l.From.ID] = ci
			}
		}
	}
	groups := map[int][]int{}
	var roots []int
	for ci := range claims {
		r := find(ci)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], claims[ci])
	}
	for _, r := range roots {
		if c, ok := card(ds, groups[r]); ok {
			out = append(out, c)
		}
	}
	return out
}

// claimSpeakerKind: speakers that state claims rather than argue about
// them (see ClaimCards).
func claimSpeakerKind(c *store.Claim) bool {
	return c.Anonymous || anonymousName(c.Speaker) || len(Outlets(c.Speaker)) > 0 || documentName(c.Speaker)
}

var anonymousWords = map[string]bool{"source": true, "sources": true, "official": true, "officials": true, "people": true, "person": true, "aides": true, "aide": true}

func anonymousName(s string) bool {
	w := normWords(s)
	for _, x := range w {
		if anonymousWords[x] {
			return true
		}
	}
	return false
}

var documentWords = map[string]bool{"letter": true, "letters": true, "memo": true, "document": true, "documents": true, "report": true,
	"reports": true, "statement": true, "cable": true, "email": true, "draft": true}

func documentName(s string) bool {
	for _, x := range normWords(s) {
		if documentWords[x] {
			return true
		}
	}
	return false
}

// card builds one claim card from the disputes at idx (one per claim).
func card(ds []store.Dispute, idx []int) (store.Dispute, bool) {
	var members []store.Claim
	seenC := map[string]bool{}
	var links []store.Link
	seenL := map[int64]bool{}
	for _, i := range idx {
		d := &ds[i]
		k := claimKey(d.Claim)
		if !seenC[k] {
			seenC[k] = true
			members = append(members, *d.Claim)
		}
		for _, l := range d.Links {
			if !seenL[l.ID] {
				seenL[l.ID] = true
				links = append(links, l)
			}
		}
	}
	sort.SliceStable(members, func(i, j int) bool {
		pi, pj := members[i].Published.String(), members[j].Published.String()
		if pi != pj {
			return pi < pj
		}
		if members[i].Article != members[j].Article {
			return members[i].Article < members[j].Article
		}
		return members[i].Span.Start < members[j].Span.Start
	})
	sort.SliceStable(links, func(i, j int) bool { return links[i].ID < links[j].ID })
	// One role per speaker.
	asserters := map[string]*store.Claim{}
	for i := range members {
		if k := foldName(members[i].Speaker); k != "" {
			asserters[k] = &members[i]
		}
	}
	deniers := map[string]bool{}
	var kept []store.Link
	for _, l := range links {
		k := foldName(string(l.From.Speaker))
		if c, ok := asserters[k]; ok && k != "" {
			if l.Kind == store.LinkDenies && claimSpeakerKind(c) {
				continue // the claim's own source, misread as denying it
			}
			if l.Kind == store.LinkConfirms {
				continue // stating a claim is not confirming it
			}
		}
		if l.Kind == store.LinkDenies {
			deniers[k] = true
		}
		kept = append(kept, l)
	}
	denialSentences := map[[3]int64]bool{}
	for _, l := range kept {
		if l.Kind == store.LinkDenies {
			denialSentences[[3]int64{int64(l.From.Article), int64(l.From.Sentence.Start), int64(l.From.Sentence.End)}] = true
		}
	}
	var ms []store.Claim
	for _, c := range members {
		if k := foldName(c.Speaker); k != "" && deniers[k] && !claimSpeakerKind(&c) {
			continue // a denier quoting the report they reject
		}
		if denialSentences[[3]int64{int64(c.Article), int64(c.Sentence.Start), int64(c.Sentence.End)}] && !claimSpeakerKind(&c) {
			continue // a person in the denial's own sentence: the denier, misread
		}
		ms = append(ms, c)
	}
	if len(ms) == 0 || len(kept) == 0 {
		return store.Dispute{}, false
	}
	// The origin first: a document carried by an outlet ("letter seen by
	// Reuters"), else the outlet's own report, else the earliest.
	oi := 0
	for pass := 0; pass < 2 && oi == 0; pass++ {
		for i := range ms {
			if len(Outlets(ms[i].Speaker)) > 0 && (pass == 1 || documentName(ms[i].Speaker)) {
				oi = i
				break
			}
		}
	}
	ms[0], ms[oi] = ms[oi], ms[0]
	// Only what states the origin's proposition stays on its card: words
	// in common, or linked by the figure's value or the source's name. A
	// denial that also scored a neighbouring sentence ("about 2,300
	// peacekeepers, the UN said") does not make it part of the claim.
	strong := map[string]bool{}
	for _, l := range kept {
		for _, r := range l.Reasons {
			if r == "value" || r == "source" {
				strong[linkTarget(&l)] = true
			}
		}
	}
	// The origin's words: everything its source states on the card.
	var refs [][]string
	os := foldName(ms[0].Speaker)
	for i := range ms {
		if i == 0 || os != "" && foldName(ms[i].Speaker) == os {
			refs = append(refs, ContentWords(ms[i].Text))
		}
	}
	coherent := ms[:1]
	for _, c := range ms[1:] {
		ok := strong[claimKey(&c)] || os != "" && foldName(c.Speaker) == os
		for _, r := range refs {
			ok = ok || overlap(r, ContentWords(c.Text)) >= minCardOverlap
		}
		if ok {
			coherent = append(coherent, c)
		}
	}
	ms = coherent
	in := map[string]bool{}
	for i := range ms {
		in[claimKey(&ms[i])] = true
	}
	var onCard []store.Link
	for _, l := range kept {
		if in[linkTarget(&l)] {
			onCard = append(onCard, l)
		}
	}
	kept = onCard
	if len(kept) == 0 {
		return store.Dispute{}, false
	}
	d := store.Dispute{Kind: store.DisputeClaim, Claims: ms, Links: kept}
	d.Claim = &d.Claims[0]
	d.Origin = originOf(ms)
	d.Label = d.Origin
	d.Subject = d.Claim.Subject
	d.When = d.Claim.Published
	support, deny, confirm := map[int64]bool{}, map[int64]bool{}, map[int64]bool{}
	for _, c := range ms {
		support[c.Group] = true
	}
	seenD, seenF := map[string]bool{}, map[string]bool{}
	minID := int64(math.MaxInt64)
	for _, l := range kept {
		minID = min(minID, l.ID)
		name := strings.TrimSpace(string(l.From.Speaker))
		if name == "" {
			name = "unnamed"
		}
		if l.Kind == store.LinkDenies {
			deny[l.From.Group] = true
			if !seenD[foldName(name)] {
				seenD[foldName(name)] = true
				d.Deniers = append(d.Deniers, name)
			}
		} else {
			confirm[l.From.Group] = true
			if !seenF[foldName(name)] {
				seenF[foldName(name)] = true
				d.Confirmers = append(d.Confirmers, name)
			}
		}
		if l.From.Published.String() > d.When.String() {
			d.When = l.From.Published
		}
	}
	d.ID = -minID
	d.Support, d.Deny, d.Confirm = len(support), len(deny), len(confirm)
	d.Reports = len(support) + len(deny) + len(confirm)
	d.Score = ClaimStrength(d.Support, d.Deny, d.Confirm)
	d.Note = fmt.Sprintf("claimed by %s; denied by %s", d.Origin, strings.Join(d.Deniers, ", "))
	if len(d.Deniers) == 0 {
		d.Note = fmt.Sprintf("claimed by %s", d.Origin)
	}
	if len(d.Confirmers) > 0 {
		d.Note += "; confirmed by " + strings.Join(d.Confirmers, ", ")
	}
	return d, true
}

// ClaimStrength ranks a claim card below every figure discrepancy (whose
// scores start at 2) and, among cards, by the independent reports on both
// sides: a claim many deny and many repeat first.
func ClaimStrength(support, deny, confirm int) float64 {
	return 1 + math.Min(0.95, 0.25*math.Log2(float64(1+support+2*deny+confirm)))
}

// originOf names who first made a claim, with the attribution chain: an
// anonymous source carried by a publication is "anonymous officials via
// the publication".
func originOf(ms []store.Claim) string {
	anon := false
	outlet := ""
	var named string
	for _, c := range ms {
		if c.Anonymous || anonymousName(c.Speaker) && len(Outlets(c.Speaker)) == 0 {
			anon = true
		}
		if o := Outlets(c.Speaker); len(o) > 0 && outlet == "" {
			outlet = displayOutlet(c.Speaker, o[0])
		}
		if named == "" && c.Speaker != "" {
			named = c.Speaker
		}
	}
	switch {
	case anon && outlet != "":
		return "anonymous officials via " + outlet
	case outlet != "" && documentName(ms[0].Speaker) && len(Outlets(ms[0].Speaker)) > 0:
		return ms[0].Speaker
	case outlet != "":
		return outlet
	case named != "":
		return named
	}
	return ms[0].Outlet
}

// displayOutlet returns the outlet's name as written in s when it is
// there, else its folded name.
func displayOutlet(s, folded string) string {
	ls := strings.ToLower(s)
	for _, n := range OutletNames(folded) {
		if i := strings.Index(ls, n); i >= 0 && len(n) > 3 {
			return strings.TrimPrefix(strings.TrimPrefix(s[i:i+len(n)], "The "), "the ")
		}
	}
	return folded
}

// minCardOverlap is the share of content words a statement must have in
// common with the origin's to state the same proposition.
const minCardOverlap = 0.34

func claimKey(c *store.Claim) string { return fmt.Sprintf("%s:%d", c.Kind, c.ID) }

// linkTarget is the claimKey of what a link denies or confirms.
func linkTarget(l *store.Link) string {
	if l.ToStatement != nil {
		return fmt.Sprintf("statement:%d", l.ToStatement.ID)
	}
	if l.ToFigure != nil {
		return fmt.Sprintf("figure:%d", l.ToFigure.ID)
	}
	return ""
}

// onePerDispute merges the pairs of a subject that show one dispute
// twice: the same two sources, each side restating its figure ("at least
// 38" in one report, "38" in the next), within a day. A reader sees the
// dispute once, on the strongest of its pairs (pairs come strongest
// first), with the reports of all of them. Revisions pass through.
func onePerDispute(pairs []Pair, byID map[int64]*store.FigureRow, key func(*store.FigureRow) string) []Pair {
	out := pairs[:0]
	groups := map[int]map[int64]bool{}
	for _, p := range pairs {
		a, b := byID[p.A], byID[p.B]
		merged := false
		if p.Kind != store.DisputeRevision && a != nil && b != nil {
			for i := range out {
				q := &out[i]
				if q.Kind != p.Kind || !sameDispute(p, *q, byID, key) {
					continue
				}
				g := groups[i]
				g[a.Group], g[b.Group] = true, true
				q.Reports = max(q.Reports, p.Reports, len(g))
				merged = true
				break
			}
		}
		if merged {
			continue
		}
		if a != nil && b != nil {
			groups[len(out)] = map[int64]bool{a.Group: true, b.Group: true}
		}
		out = append(out, p)
	}
	for i := range out {
		if a, b := byID[out[i].A], byID[out[i].B]; a != nil && b != nil && out[i].Kind != store.DisputeRevision {
			out[i].Score = Strength(out[i].Kind, a, b, out[i].Reports)
		}
	}
	return out
}

// sameDispute: two pairs set the same two sources against each other with
// the same accounts (each side's figures overlap), dated within a day.
func sameDispute(p, q Pair, byID map[int64]*store.FigureRow, key func(*store.FigureRow) string) bool {
	pa, pb, qa, qb := byID[p.A], byID[p.B], byID[q.A], byID[q.B]
	if pa == nil || pb == nil || qa == nil || qb == nil || pa.Subject != qa.Subject {
		return false
	}
	dp, err1 := document.ParseDate(p.Day)
	dq, err2 := document.ParseDate(q.Day)
	if err1 != nil || err2 != nil || absDays(dp, dq) > 1 {
		return false
	}
	if sameAccount(pa, qb) && sameAccount(pb, qa) {
		qa, qb = qb, qa
	}
	if sameAccount(pa, qa) && sameAccount(pb, qb) {
		// The same two accounts, word for word, set against each other
		// again: copies of one dispute, however each copy names its
		// sources (a quote given to the President in one, to the Prime
		// Minister in the next).
		return true
	}
	if key(pa) != key(qa) {
		qa, qb = qb, qa
	}
	return key(pa) == key(qa) && key(pb) == key(qb) && key(pa) != key(pb) &&
		overlaps(pa, qa) && overlaps(pb, qb)
}

// sameAccount: two figures state one account: the same value or range,
// with the same hedge.
func sameAccount(a, b *store.FigureRow) bool {
	alo, ahi, ok1 := Interval(&a.Figure)
	blo, bhi, ok2 := Interval(&b.Figure)
	return ok1 && ok2 && alo == blo && ahi == bhi
}

// overlaps: two figures' intervals share a value.
func overlaps(a, b *store.FigureRow) bool {
	alo, ahi, ok1 := Interval(&a.Figure)
	blo, bhi, ok2 := Interval(&b.Figure)
	return ok1 && ok2 && alo <= bhi && blo <= ahi
}

package eval

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// LinksReport scores the ledger's denial links: every article of the
// Timeline17 topics that hold the denial set is ingested into a temporary
// ledger, as the news came, and the links from the gold denials are judged
// against the gold's target_line (the line of the claim denied).
//
// A denial whose target is another line of its article should link to a
// statement or figure on that line; a link from a gold denial to any other
// line of its own article is wrong. Links into other articles are not
// judged by the gold (it annotates one article at a time): they are counted
// and written to the sample for a person to judge.
type LinksReport struct {
	Split    string   `json:"split"`
	Topics   []string `json:"topics"`
	Articles int      `json:"articles"`

	Denials int `json:"denials"` // gold denials in the split
	Found   int `json:"found"`   // a predicted denying statement at the gold cue
	// OtherLine: found denials whose target is another line of the article;
	// TargetLinked: of those, linked to a fact on that line.
	OtherLine    int `json:"other_line"`
	TargetLinked int `json:"target_linked"`
	// Links from the found gold denials: into their own article (right when
	// on the target line), and into other articles (unjudged).
	InArticle      int      `json:"in_article_links"`
	InArticleRight int      `json:"in_article_right"`
	CrossArticle   int      `json:"cross_article_links"`
	Unlinked       int      `json:"unlinked"` // found denials with no link at all
	Wrong          []string `json:"wrong,omitempty"`
	Missed         []string `json:"missed,omitempty"`

	// Every link the ledger made (from any statement), and how many of them
	// cross articles.
	AllLinks        int    `json:"all_links"`
	AllCrossArticle int    `json:"all_cross_article"`
	Sample          string `json:"sample,omitempty"`
}

// Links runs the links evaluation; sample, when set, receives the links
// into other articles (both ends quoted) for judging by hand: keep it out of
// the repository.
func Links(ctx context.Context, goldDir, dataDir, split, sample string) (*LinksReport, error) {
	if goldDir == "" {
		goldDir = FindGoldT17()
	}
	g, err := ReadGold(goldDir)
	if err != nil {
		return nil, err
	}
	if split == "" {
		split = "all"
	}
	type goldDenial struct {
		doc string
		rec GoldRecord
	}
	var denials []goldDenial
	topics := map[string]bool{}
	for doc, sts := range g.Statements {
		if split != "all" && g.Docs[doc].Split != split {
			continue
		}
		for _, s := range sts {
			if s.Stance == extract.Denies {
				denials = append(denials, goldDenial{doc, s})
				topics[strings.SplitN(doc, "/", 2)[0]] = true
			}
		}
	}
	sort.Slice(denials, func(i, j int) bool {
		if denials[i].doc != denials[j].doc {
			return denials[i].doc < denials[j].doc
		}
		return denials[i].rec.Line < denials[j].rec.Line
	})
	rep := &LinksReport{Split: split, Denials: len(denials)}
	for t := range topics {
		rep.Topics = append(rep.Topics, t)
	}
	sort.Strings(rep.Topics)

	arts := map[string]*T17Article{}
	if err := ReadT17(ctx, dataDir, func(key string) bool { return topics[strings.SplitN(key, "/", 2)[0]] }, func(a *T17Article) error {
		arts[a.Key] = a
		return nil
	}); err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(arts))
	for k := range arts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { // date order, as the news came
		if di, dj := arts[keys[i]].Published, arts[keys[j]].Published; di != dj {
			return di.String() < dj.String()
		}
		return keys[i] < keys[j]
	})
	db, ids, done, err := tempLedger(ctx, "links", keys, func(k string) *document.Document { return arts[k].Document() }, nil)
	if err != nil {
		return nil, err
	}
	defer done()
	keyOf := make(map[store.ArticleID]string, len(ids))
	for k, id := range ids {
		keyOf[id] = k
	}
	rep.Articles = len(keys)

	var cross, wrong []store.Link
	// lineOfFact is the article and line of what a link points at.
	lineOfFact := func(l *store.Link) (store.ArticleID, int) {
		var id store.ArticleID
		var at int
		if s := l.ToStatement; s != nil {
			id, at = s.Article, s.Span.Start
		} else {
			id, at = l.ToFigure.Article, l.ToFigure.Span.Start
		}
		if a := arts[keyOf[id]]; a != nil {
			return id, a.lineOf(at)
		}
		return id, 0
	}
	for _, d := range denials {
		a, id := arts[d.doc], ids[d.doc]
		if a == nil || id == 0 {
			continue
		}
		cue, err := a.Resolve(d.rec.Line, d.rec.Cue, d.rec.CueNth)
		if err != nil {
			return nil, fmt.Errorf("gold %s: %w", d.rec.At, err)
		}
		art, err := db.Article(ctx, id)
		if err != nil {
			return nil, err
		}
		var st *store.StatementRow
		for i := range art.Statements {
			s := &art.Statements[i]
			if s.Stance == extract.Denies && (s.CueSpan.Overlaps(cue) || s.CueSpan.IsZero() && s.Span.Overlaps(cue)) {
				st = s
				break
			}
		}
		if st == nil {
			continue
		}
		rep.Found++
		target := d.rec.Line
		if d.rec.TargetLine != nil {
			target = *d.rec.TargetLine
		}
		other := target != d.rec.Line
		if other {
			rep.OtherLine++
		}
		links, err := db.Links(ctx, store.LinkQuery{Article: id})
		if err != nil {
			return nil, err
		}
		n, hit := 0, false
		for i := range links {
			l := &links[i]
			if l.From.ID != st.ID {
				continue
			}
			n++
			to, line := lineOfFact(l)
			if to != id {
				rep.CrossArticle++
				cross = append(cross, *l)
				continue
			}
			rep.InArticle++
			if line == target {
				rep.InArticleRight++
				hit = true
			} else if wrong = append(wrong, *l); len(rep.Wrong) < maxListed {
				rep.Wrong = append(rep.Wrong, fmt.Sprintf("%s:%d %s → line %d (target %d; %s)", d.doc, d.rec.Line, d.rec.Cue, line, target, strings.Join(l.Reasons, ",")))
			}
		}
		if n == 0 {
			rep.Unlinked++
		}
		if other && hit {
			rep.TargetLinked++
		} else if other && len(rep.Missed) < maxListed {
			rep.Missed = append(rep.Missed, fmt.Sprintf("%s:%d %s → target line %d not linked", d.doc, d.rec.Line, d.rec.Cue, target))
		}
	}
	all, err := db.Links(ctx, store.LinkQuery{Limit: 1 << 20})
	if err != nil {
		return nil, err
	}
	rep.AllLinks = len(all)
	for i := range all {
		if to, _ := lineOfFact(&all[i]); to != all[i].From.Article {
			rep.AllCrossArticle++
		}
	}
	if sample != "" {
		if err := writeLinksSample(sample, cross, wrong, all, keyOf); err != nil {
			return nil, err
		}
		rep.Sample = sample
	}
	return rep, nil
}

// writeLinksSample writes the gold denials' links into other articles, their
// wrong links inside their article, then the first links of the whole
// ledger, both ends with their sentences.
func writeLinksSample(path string, cross, wrong, all []store.Link, keyOf map[store.ArticleID]string) error {
	var b strings.Builder
	one := func(i int, l *store.Link) {
		fmt.Fprintf(&b, "%d. %s %.2f (%s)\n   from %s: %s — %s\n", i+1, l.Kind, l.Confidence, strings.Join(l.Reasons, ","),
			keyOf[l.From.Article], l.From.Speaker, strings.Join(strings.Fields(l.From.Evidence), " "))
		if s := l.ToStatement; s != nil {
			fmt.Fprintf(&b, "   to   %s: %s — %s\n", keyOf[s.Article], s.Speaker, strings.Join(strings.Fields(s.Evidence), " "))
		} else if f := l.ToFigure; f != nil {
			fmt.Fprintf(&b, "   to   %s: %s per %s — %s\n", keyOf[f.Article], f.Text, f.Source, strings.Join(strings.Fields(f.Evidence), " "))
		}
		b.WriteString("   right: ?\n\n")
	}
	b.WriteString("# Links from gold denials into other articles: mark each right or not\n\n")
	for i := range cross {
		one(i, &cross[i])
	}
	b.WriteString("# Links from gold denials to another line of their article than the target's (wrong)\n\n")
	for i := range wrong {
		one(i, &wrong[i])
	}
	b.WriteString("# The ledger's first 60 links\n\n")
	for i := range all {
		if i == 60 {
			break
		}
		one(i, &all[i])
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// Text writes the report for people.
func (r *LinksReport) Text(w io.Writer) error {
	pct := func(a, b int) string {
		if b == 0 {
			return "-"
		}
		return fmt.Sprintf("%.0f%%", 100*float64(a)/float64(b))
	}
	fmt.Fprintf(w, "denial links (split %s; topics %s; %d articles ingested)\n", r.Split, strings.Join(r.Topics, ", "), r.Articles)
	fmt.Fprintf(w, "  gold denials %d, found as denials %d, with no link %d\n", r.Denials, r.Found, r.Unlinked)
	fmt.Fprintf(w, "  target on another line: linked to it %d/%d (%s)\n", r.TargetLinked, r.OtherLine, pct(r.TargetLinked, r.OtherLine))
	fmt.Fprintf(w, "  links into the own article right %d/%d (%s); into other articles %d (unjudged: --sample)\n", r.InArticleRight, r.InArticle, pct(r.InArticleRight, r.InArticle), r.CrossArticle)
	fmt.Fprintf(w, "  all links in the ledger %d, across articles %d\n", r.AllLinks, r.AllCrossArticle)
	for _, s := range r.Wrong {
		fmt.Fprintf(w, "  wrong: %s\n", s)
	}
	for _, s := range r.Missed {
		fmt.Fprintf(w, "  missed: %s\n", s)
	}
	if r.Sample != "" {
		fmt.Fprintf(w, "  sample written to %s\n", r.Sample)
	}
	return nil
}

package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

func runTimeline(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "timeline")
	path := dbFlag(fs, env)
	format := formatFlag(fs, "text", "json", "csv")
	if code, done := parseFlags(env, fs, args); done {
		return code
	}
	if !checkFormat(env, "timeline", *format, "text", "json", "csv") {
		return 2
	}
	subject := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if subject == "" {
		fs.Usage()
		return 2
	}
	db, ok := openQueryDB(ctx, env, "timeline", *path)
	if !ok {
		return 1
	}
	defer db.Close()
	tl, err := db.Timeline(ctx, subject)
	if errors.Is(err, store.ErrNotFound) {
		fmt.Fprintf(env.Stderr, "claimtrack timeline: no subject matches %q", subject)
		if subs, err := db.Subjects(ctx); err == nil && len(subs) > 0 {
			fmt.Fprint(env.Stderr, suggestSubject(subject, subs))
			fmt.Fprint(env.Stderr, "; subjects include:")
			for i, s := range subs {
				if i == 8 {
					break
				}
				fmt.Fprintf(env.Stderr, "\n  %s", s.Label)
			}
		}
		fmt.Fprintln(env.Stderr)
		return 1
	}
	if err != nil {
		return queryError(env, "timeline", err)
	}
	switch *format {
	case "json":
		err = writeJSON(env.Stdout, tl)
	case "csv":
		rows := make([][]string, 0, len(tl.Figures))
		for _, f := range tl.Figures {
			rows = append(rows, figureCSV(&f))
		}
		err = writeCSV(env.Stdout, figureCSVHeader, rows)
	default:
		err = writeTimelineText(env.Stdout, tl)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack timeline: %v\n", err)
		return 1
	}
	return 0
}

var figureCSVHeader = []string{"id", "subject", "when", "value", "low", "high", "approx", "unit", "holder", "location", "as_of",
	"basis", "source", "anonymous", "article", "doc_id", "group", "published", "outlet", "span", "text", "evidence"}

func figureCSV(f *store.FigureRow) []string {
	return []string{strconv.FormatInt(f.ID, 10), f.Subject, f.When.String(), num(f.Value), num(f.Low), num(f.High), string(f.Approx),
		string(f.Unit), string(f.Holder), string(f.Location), string(f.AsOf), string(f.Basis), string(f.Source), yes(f.Anonymous),
		strconv.FormatInt(int64(f.Article), 10), f.DocID, strconv.FormatInt(f.Group, 10), f.Published.String(), f.Outlet,
		span(f.Span), f.Text, oneLine(f.Evidence, 1000)}
}

// figureLine is one figure in text output.
func figureLine(f *store.FigureRow) string {
	v := num(f.Value)
	if f.Low != nil && f.High != nil {
		v = num(f.Low) + "–" + num(f.High)
	}
	if f.Approx != "" {
		v = string(f.Approx) + " " + v
	}
	src := string(f.Source)
	if f.Anonymous {
		src += " (anonymous)"
	}
	if src == "" {
		src = "-"
	}
	basis := string(f.Basis)
	if basis == "" {
		basis = "-"
	}
	return fmt.Sprintf("%-10s %-16s %-10s %-28s %s, article %d %s", f.When, v, basis, oneLine(src, 28), f.Outlet, f.Article, span(f.Span))
}

func linkLine(l *store.Link) string {
	to := ""
	if l.ToFigure != nil {
		to = fmt.Sprintf("figure %s (%s, article %d)", num(l.ToFigure.Value), l.ToFigure.Source, l.ToFigure.Article)
	} else if l.ToStatement != nil {
		to = fmt.Sprintf("%s: %q (article %d)", l.ToStatement.Speaker, oneLine(l.ToStatement.Content, 80), l.ToStatement.Article)
	}
	return fmt.Sprintf("%s %s %s %s → %s [%.2f: %s]", l.From.Published, l.From.Speaker, l.Kind,
		span(l.From.Span), to, l.Confidence, strings.Join(l.Reasons, ","))
}

func writeTimelineText(w io.Writer, tl *store.Timeline) error {
	s := tl.Subject
	fmt.Fprintf(w, "%s  (%d figures, %d articles, %d independent reports)\n", s.Label, s.Figures, s.Articles, s.Groups)
	fmt.Fprintf(w, "%-10s %-16s %-10s %-28s %s\n", "WHEN", "VALUE", "BASIS", "SOURCE", "OUTLET, ARTICLE SPAN")
	for i := range tl.Figures {
		fmt.Fprintln(w, figureLine(&tl.Figures[i]))
	}
	if len(tl.Links) > 0 {
		fmt.Fprintln(w, "\ndenials and confirmations:")
		for i := range tl.Links {
			fmt.Fprintln(w, "  "+linkLine(&tl.Links[i]))
		}
	}
	_, err := fmt.Fprintf(w, "\nrule: %s\n", ruleSummary)
	return err
}

var ruleSummary = fmt.Sprintf("about/roughly ±%.0f%%, estimates ±%.0f%%, more than ⇒ [v, ∞), up to ⇒ [0, v]", ledger.ApproxTolerance*100, ledger.EstimateTolerance*100)

// suggestSubject returns "; did you mean …?" naming up to three subjects
// whose words are nearest to the words typed (each typed word matched to a
// subject word within a few typos), or "".
func suggestSubject(typed string, subs []store.Subject) string {
	words := strings.Fields(strings.ToLower(typed))
	if len(words) == 0 {
		return ""
	}
	type scored struct {
		label       string
		hits, typos int
	}
	var cs []scored
	for _, s := range subs {
		sw := strings.FieldsFunc(strings.ToLower(s.Label+" "+s.Key+" "+s.Holder+" "+s.Thing+" "+s.Location), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})
		c := scored{label: s.Label}
		for _, w := range words {
			best := -1
			for _, x := range sw {
				if d := editDistance(w, x); best < 0 || d < best {
					best = d
				}
			}
			if best >= 0 && best <= max(1, len([]rune(w))/3) {
				c.hits++
				c.typos += best
			}
		}
		if c.hits*2 >= len(words) && c.hits > 0 {
			cs = append(cs, c)
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].hits != cs[j].hits {
			return cs[i].hits > cs[j].hits
		}
		return cs[i].typos < cs[j].typos
	})
	var labels []string
	for i := 0; i < len(cs) && i < 3; i++ {
		labels = append(labels, cs[i].label)
	}
	return didYouMeanOf(labels)
}

package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

func runTimeline(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	path := dbFlag(fs, env)
	format := formatFlag(fs, "text", "json", "csv")
	estimates := fs.Bool("estimates", false, "list the estimates (low, best, high across independent sources per date) instead of the figures")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: claimtrack timeline [--db FILE] [--format text|json|csv] [--estimates] SUBJECT\n\nSUBJECT is a key, a label or words such as \"us troops iraq\" (see 'claimtrack subjects').")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
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
	switch {
	case *estimates && *format == "json":
		err = writeJSON(env.Stdout, tl.Estimates)
	case *estimates && *format == "csv":
		err = writeEstimatesCSV(env.Stdout, tl)
	case *estimates:
		err = writeEstimatesText(env.Stdout, tl)
	case *format == "json":
		err = writeJSON(env.Stdout, tl)
	case *format == "csv":
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

var figureCSVHeader = append([]string{"id", "subject", "when", "value", "low", "high", "approx", "unit", "holder", "location", "as_of",
	"basis", "source", "anonymous", "article", "doc_id", "group", "published", "outlet", "span", "text", "evidence"}, meaningCSVHeader...)

// meaningCSVHeader names the columns of what a figure's number means.
var meaningCSVHeader = []string{"measure", "event", "counted", "negated", "scope", "since", "as_of_basis", "location_basis", "to", "source_type", "via"}

func meaningCSV(f *extract.Figure) []string {
	return []string{string(f.Measure), string(f.Event), string(f.Counted), yes(f.Negated), string(f.Scope), string(f.Since),
		string(f.AsOfBasis), string(f.LocationBasis), string(f.To), string(f.SourceType), string(f.Via)}
}

func figureCSV(f *store.FigureRow) []string {
	return append([]string{strconv.FormatInt(f.ID, 10), f.Subject, f.When.String(), num(f.Value), num(f.Low), num(f.High), string(f.Approx),
		string(f.Unit), string(f.Holder), string(f.Location), string(f.AsOf), string(f.Basis), string(f.Source), yes(f.Anonymous),
		strconv.FormatInt(int64(f.Article), 10), f.DocID, strconv.FormatInt(f.Group, 10), f.Published.String(), f.Outlet,
		span(f.Span), f.Text, oneLine(f.Evidence, 1000)}, meaningCSV(&f.Figure)...)
}

func writeEstimatesCSV(w io.Writer, tl *store.Timeline) error {
	rows := make([][]string, 0, len(tl.Estimates))
	for _, e := range tl.Estimates {
		ids := make([]string, len(e.Figures))
		for i, id := range e.Figures {
			ids[i] = strconv.FormatInt(id, 10)
		}
		rows = append(rows, []string{tl.Subject.Key, e.Day.String(), num(&e.Low), num(&e.Best), num(&e.High), strconv.Itoa(e.Reports),
			strings.Join(e.Sources, "; "), strings.Join(ids, " ")})
	}
	return writeCSV(w, []string{"subject", "day", "low", "best", "high", "reports", "sources", "figures"}, rows)
}

func writeEstimatesText(w io.Writer, tl *store.Timeline) error {
	fmt.Fprintf(w, "%s: estimates across independent sources\n%-10s %12s %12s %12s %7s  %s\n", tl.Subject.Label, "DAY", "LOW", "BEST", "HIGH", "REPORTS", "SOURCES")
	for _, e := range tl.Estimates {
		fmt.Fprintf(w, "%-10s %12s %12s %12s %7d  %s\n", e.Day, num(&e.Low), num(&e.Best), num(&e.High), e.Reports, strings.Join(e.Sources, "; "))
	}
	return nil
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
	if len(tl.Revisions) > 0 {
		fmt.Fprintln(w, "\nrevisions (one source's later figure):")
		for _, r := range tl.Revisions {
			fmt.Fprintf(w, "  %s: %s (%s) → %s (%s)\n", oneLine(string(r.A.Source)+r.A.Outlet, 40), num(r.A.Value), r.A.When, num(r.B.Value), r.B.When)
		}
	}
	if len(tl.Links) > 0 {
		fmt.Fprintln(w, "\ndenials and confirmations:")
		seen := map[int64]bool{}
		for i := range tl.Links {
			if !seen[tl.Links[i].From.ID] { // each denial once
				seen[tl.Links[i].From.ID] = true
				fmt.Fprintln(w, "  "+linkLine(&tl.Links[i]))
			}
		}
	}
	_, err := fmt.Fprintf(w, "\nrule: %s\n", ruleSummary)
	return err
}

var ruleSummary = fmt.Sprintf("about/roughly ±%.0f%%, estimates ±%.0f%%, more than ⇒ [v, ∞), up to ⇒ [0, v]", ledger.ApproxTolerance*100, ledger.EstimateTolerance*100)

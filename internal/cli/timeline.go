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

	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

func runTimeline(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "timeline")
	path := dbFlag(fs, env)
	format := formatFlag(fs, "text", "json", "csv")
	estimates := fs.Bool("estimates", false, "list the estimates (low, best, high across independent sources per date) instead of the figures")
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

// figureHead is one figure for people: date, value and unit, basis and
// source, names whole.
func figureHead(f *store.FigureRow) string {
	v := humanNumPtr(f.Value)
	if f.Low != nil && f.High != nil {
		v = humanNum(*f.Low) + "–" + humanNum(*f.High)
	}
	if f.Approx != "" {
		v = string(f.Approx) + " " + v
	}
	if f.Unit != "" {
		v += " " + string(f.Unit)
	}
	s := f.When.String() + "  " + v
	if f.Basis != "" {
		s += " (" + string(f.Basis) + ")"
	}
	if f.Source != "" {
		s += " per " + string(f.Source)
		if f.Anonymous {
			s += " (anonymous)"
		}
	}
	if r := f.Review; r != nil {
		s += " [" + r.State
		if r.Who != "" {
			s += " by " + r.Who
		}
		if r.Note != "" {
			s += ": " + r.Note
		}
		s += "]"
	}
	return s
}

// writeFigure writes a figure and, indented below it, its evidence.
func writeFigure(w io.Writer, indent string, f *store.FigureRow) {
	wrap(w, indent, indent+"    ", figureHead(f))
	wrap(w, indent+"    ", indent+"    ", evidence(f.Origin))
}

// linkVerb words a link's kind from the side of what it points to.
func linkVerb(kind string) string {
	switch kind {
	case store.LinkDenies:
		return "denied by"
	case store.LinkConfirms:
		return "confirmed by"
	}
	return kind + " by"
}

// writeLink writes who denied or confirmed, what they said and where; with
// target, also what they denied or confirmed. Evidence already in shown
// (when not nil) is not repeated.
func writeLink(w io.Writer, indent string, l *store.Link, target bool, shown map[string]bool) {
	who := string(l.From.Speaker)
	if who == "" {
		who = "(unknown)"
	}
	head := fmt.Sprintf("%s %s: %s", linkVerb(l.Kind), who, quote(l.From.Content))
	if target {
		switch {
		case l.ToFigure != nil:
			head = fmt.Sprintf("%s  %s (%s)", l.From.Published, head, "figure "+figureHead(l.ToFigure))
		case l.ToStatement != nil:
			head = fmt.Sprintf("%s  %s (%s: %s)", l.From.Published, head, l.ToStatement.Speaker, quote(l.ToStatement.Content))
		}
	}
	wrap(w, indent, indent+"    ", fmt.Sprintf("%s [confidence %.2f: %s]", head, l.Confidence, strings.Join(l.Reasons, ", ")))
	ev := evidence(l.From.Origin)
	if shown != nil && shown[ev] {
		wrap(w, indent+"    ", indent+"    ", "(in the same sentence)")
		return
	}
	if shown != nil {
		shown[ev] = true
	}
	wrap(w, indent+"    ", indent+"    ", ev)
}

func writeTimelineText(w io.Writer, tl *store.Timeline) error {
	s := tl.Subject
	wrap(w, "", "  ", fmt.Sprintf("%s  (%s, %s, %s)", s.Label, plural(s.Figures, "figure"), plural(s.Articles, "article"), plural(s.Groups, "independent report")))
	fmt.Fprintln(w)
	for i := range tl.Figures {
		writeFigure(w, "", &tl.Figures[i])
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
				writeLink(w, "  ", &tl.Links[i], true, nil)
			}
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
		label              string
		hits, typos, extra int
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
			// words of the label the user did not type: "troops · Veldmark"
			// before "Veldmark troops · Sarn Valley" for "trops veldmark"
			c.extra = len(strings.FieldsFunc(s.Label, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })) - c.hits
			cs = append(cs, c)
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].hits != cs[j].hits {
			return cs[i].hits > cs[j].hits
		}
		if cs[i].typos != cs[j].typos {
			return cs[i].typos < cs[j].typos
		}
		return cs[i].extra < cs[j].extra
	})
	var labels []string
	for i := 0; i < len(cs) && i < 3; i++ {
		labels = append(labels, cs[i].label)
	}
	return didYouMeanOf(labels)
}

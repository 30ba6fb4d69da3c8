package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/store"
)

func runDisputes(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("disputes", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	path := dbFlag(fs, env)
	format := formatFlag(fs, "text", "json", "csv")
	kind := fs.String("kind", "", "only this kind: discrepancy, planned-vs-count, disputed or revision")
	limit := fs.Int("limit", 100, "at most this many")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: claimtrack disputes [--db FILE] [--format text|json|csv] [--kind K] [--limit N]\n\nDiscrepancies between figures for one subject and time, and claims both asserted and denied (one card per claim), strongest first.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if !checkFormat(env, "disputes", *format, "text", "json", "csv") {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "claimtrack disputes: unexpected arguments %q\n", fs.Args())
		return 2
	}
	db, ok := openQueryDB(ctx, env, "disputes", *path)
	if !ok {
		return 1
	}
	defer db.Close()
	ds, err := db.Disputes(ctx, store.DisputeQuery{Kind: *kind, Limit: *limit})
	if err != nil {
		return queryError(env, "disputes", err)
	}
	switch *format {
	case "json":
		err = writeJSON(env.Stdout, ds)
	case "csv":
		err = writeDisputesCSV(env.Stdout, ds)
	default:
		err = writeDisputesText(env.Stdout, ds)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack disputes: %v\n", err)
		return 1
	}
	return 0
}

func writeDisputesText(w io.Writer, ds []store.Dispute) error {
	if len(ds) == 0 {
		_, err := fmt.Fprintln(w, "no disputes")
		return err
	}
	for i := range ds {
		d := &ds[i]
		switch d.Kind {
		case store.DisputeClaim:
			writeClaimCard(w, d)
		default:
			label := "DISCREPANCY"
			if d.Kind == store.DisputePlanned {
				label = "PLANNED vs COUNT"
			}
			fmt.Fprintf(w, "%s  %s  %s: %s\n", d.When, label, d.Label, d.Note)
			fmt.Fprintln(w, "  "+figureLine(d.A))
			fmt.Fprintln(w, "  "+figureLine(d.B))
		}
		fmt.Fprintln(w)
	}
	_, err := fmt.Fprintf(w, "rule: %s\n", ruleSummary)
	return err
}

// writeClaimCard prints one claim card: the claim with its origin, who
// else states it, then each denier and confirmer once with their words.
func writeClaimCard(w io.Writer, d *store.Dispute) {
	c := d.Claim
	fmt.Fprintf(w, "%s  CLAIM  %s (%d stating, %d denying, %d confirming independent reports)\n", d.When, d.Origin, d.Support, d.Deny, d.Confirm)
	what := c.Text
	if c.Kind == "figure" && c.Evidence != "" {
		what = c.Evidence
	}
	fmt.Fprintf(w, "  claim: %q (%s)\n", oneLine(what, 200), claimWhere(c))
	if n := len(d.Claims) - 1; n > 0 {
		var who []string
		seen := map[string]bool{c.Speaker: true}
		for _, x := range d.Claims[1:] {
			if x.Speaker != "" && !seen[x.Speaker] {
				seen[x.Speaker] = true
				who = append(who, x.Speaker)
			}
		}
		fmt.Fprintf(w, "  stated %d more time(s)", n)
		if len(who) > 0 {
			fmt.Fprintf(w, ", as from %s", strings.Join(who, "; "))
		}
		fmt.Fprintln(w)
	}
	seen := map[int64]bool{}
	for j := range d.Links {
		l := &d.Links[j]
		if seen[l.From.ID] {
			continue
		}
		seen[l.From.ID] = true
		verb := "denied by"
		if l.Kind == store.LinkConfirms {
			verb = "confirmed by"
		}
		words := l.From.Evidence
		if words == "" {
			words = l.From.Content
		}
		fmt.Fprintf(w, "  %s %s: %q (%s)\n", verb, l.From.Speaker, oneLine(words, 200), originWhere(&l.From.Origin, l.From.Span))
	}
}

func claimWhere(c *store.Claim) string { return originWhere(&c.Origin, c.Span) }

func originWhere(o *store.Origin, sp document.Span) string {
	var where []string
	for _, x := range []string{o.Outlet, o.Published.String(), fmt.Sprintf("article %d %s", o.Article, span(sp))} {
		if x != "" {
			where = append(where, x)
		}
	}
	return strings.Join(where, ", ")
}

func writeDisputesCSV(w io.Writer, ds []store.Dispute) error {
	var rows [][]string
	for i := range ds {
		d := &ds[i]
		base := []string{strconv.FormatInt(d.ID, 10), d.Kind, d.When.String(), d.Subject, d.Note}
		if d.Kind == store.DisputeClaim {
			c := d.Claim
			for j := range d.Links {
				l := &d.Links[j]
				rows = append(rows, append(append([]string{}, base...), "claim", c.Kind, strconv.FormatInt(c.ID, 10), c.Speaker, num(c.Value), "",
					c.Outlet, strconv.FormatInt(int64(c.Article), 10), span(c.Span), c.Text,
					l.Kind, string(l.From.Speaker), strconv.FormatInt(int64(l.From.Article), 10), span(l.From.Span), fmt.Sprintf("%.2f", l.Confidence)))
			}
			continue
		}
		for _, f := range []*store.FigureRow{d.A, d.B} {
			rows = append(rows, append(append([]string{}, base...), "side", "figure", strconv.FormatInt(f.ID, 10), string(f.Source), num(f.Value),
				string(f.Basis), f.Outlet, strconv.FormatInt(int64(f.Article), 10), span(f.Span), f.Text, "", "", "", "", ""))
		}
	}
	return writeCSV(w, []string{"dispute", "kind", "when", "subject", "note", "role", "fact_kind", "fact_id", "source_or_speaker", "value",
		"basis", "outlet", "article", "span", "text", "link_kind", "by", "by_article", "by_span", "confidence"}, rows)
}

package cli

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/store"
)

func runDisputes(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "disputes")
	path := dbFlag(fs, env)
	format := formatFlag(fs, "text", "json", "csv")
	kind := fs.String("kind", "", "only this kind: discrepancy, planned-vs-count, disputed or revision")
	limit := fs.Int("limit", 100, "at most this many")
	if code, done := parseFlags(env, fs, args); done {
		return code
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
			label := disputeLabel(d.Kind)
			wrap(w, "", "    ", fmt.Sprintf("%s  %s  %s: %s", d.When, label, d.Label, d.Note))
			writeFigure(w, "  ", d.A)
			writeFigure(w, "  ", d.B)
		}
		fmt.Fprintln(w)
	}
	_, err := fmt.Fprintf(w, "rule: %s\n", ruleSummary)
	return err
}

// disputeLabel is the card heading of a figure card: a revision is one
// source's count replaced by a later one, not a disagreement.
func disputeLabel(kind string) string {
	switch kind {
	case store.DisputePlanned:
		return "PLANNED vs COUNT"
	case store.DisputeRevision:
		return "REVISION"
	default:
		return "DISCREPANCY"
	}
}

// writeClaimCard prints one claim card: the claim with its origin, who
// else states it, then each denier and confirmer once with their words.
func writeClaimCard(w io.Writer, d *store.Dispute) {
	c := d.Claim
	fmt.Fprintf(w, "%s  CLAIM  %s (%s stating, %s denying, %s confirming)\n", d.When, d.Origin,
		plural(d.Support, "report"), plural(d.Deny, "report"), plural(d.Confirm, "report"))
	what := c.Text
	if c.Kind == "figure" && c.Evidence != "" {
		what = c.Evidence
	}
	wrap(w, "  claim: ", "    ", quote(what))
	ev := evidence(c.Origin)
	wrap(w, "    ", "    ", ev)
	var who []string
	seenWho := map[string]bool{c.Speaker: true}
	for _, x := range d.Claims[min(1, len(d.Claims)):] {
		if x.Speaker != "" && !seenWho[x.Speaker] {
			seenWho[x.Speaker] = true
			who = append(who, x.Speaker)
		}
	}
	if len(who) > 0 {
		wrap(w, "  also stated as from: ", "    ", strings.Join(who, "; "))
	}
	shown := map[string]bool{ev: true}
	seen := map[int64]bool{}
	for j := range d.Links {
		if l := &d.Links[j]; !seen[l.From.ID] { // each denial once
			seen[l.From.ID] = true
			writeLink(w, "  ", l, false, shown)
		}
	}
}

// plural: "1 report", "2 reports".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
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

package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

// runReview lists the review queue: unreviewed items, most consequential
// first.
func runReview(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "review")
	path := dbFlag(fs, env)
	format := formatFlag(fs, "text", "json", "csv")
	limit := fs.Int("limit", 30, "items to list")
	subject := fs.String("subject", "", "only this subject's items (a key, see 'claimtrack subjects --format csv')")
	if code, done := parseFlags(env, fs, args); done {
		return code
	}
	if !checkFormat(env, "review", *format, "text", "json", "csv") {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "claimtrack review: unknown subcommand %q%s (want confirm, correct, reject or log)\n", fs.Arg(0),
			didYouMean(fs.Arg(0), []string{"confirm", "correct", "reject", "log"}))
		return 2
	}
	db, ok := openQueryDB(ctx, env, "review", *path)
	if !ok {
		return 1
	}
	defer db.Close()
	items, err := ledger.ReviewQueue(ctx, db, ledger.QueueOptions{Limit: *limit, Subject: *subject})
	if err != nil {
		return queryError(env, "review", err)
	}
	switch *format {
	case "json":
		err = writeJSON(env.Stdout, items)
	case "csv":
		rows := make([][]string, 0, len(items))
		for _, it := range items {
			rows = append(rows, []string{it.Ref, it.Kind, fmt.Sprintf("%.2f", it.Score), it.Who, it.Subject, it.Text, strings.Join(it.Why, "; ")})
		}
		err = writeCSV(env.Stdout, []string{"ref", "kind", "score", "who", "subject", "text", "why"}, rows)
	default:
		if len(items) == 0 {
			_, err = fmt.Fprintln(env.Stdout, "nothing left to review")
			break
		}
		for _, it := range items {
			who := ""
			if it.Who != "" {
				who = " — " + it.Who
			}
			fmt.Fprintf(env.Stdout, "%-16s %5.1f  %s%s\n", it.Ref, it.Score, clip(it.Text, 90), who)
			_, err = fmt.Fprintf(env.Stdout, "%22s%s\n", "", strings.Join(uniq(it.Why), "; "))
		}
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack review: %v\n", err)
		return 1
	}
	return 0
}

func uniq(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// reviewActor returns the run function of review confirm|correct|reject.
func reviewActor(action string) func(ctx context.Context, env *Env, args []string) int {
	return func(ctx context.Context, env *Env, args []string) int {
		name := "review " + action
		fs := newFlagSet(env, name)
		path := dbFlag(fs, env)
		format := formatFlag(fs, "text", "json")
		note := fs.String("note", "", "why: kept with the action and shown with the item")
		who := fs.String("who", "", "who reviews (default from CLAIMTRACK_REVIEWER, else USER)")
		var field, value *string
		if action == store.ActionCorrect {
			field = fs.String("field", "", "field to correct: figure "+strings.Join(ledger.FigureFields, ", ")+
				"; statement "+strings.Join(ledger.StatementFields, ", ")+"; subject merge")
			value = fs.String("value", "", "the value a person set (empty: drop the correction)")
		}
		if code, done := parseFlags(env, fs, args); done {
			return code
		}
		if !checkFormat(env, name, *format, "text", "json") {
			return 2
		}
		if fs.NArg() != 1 {
			fmt.Fprintf(env.Stderr, "claimtrack %s: one ID expected (figure:ID, statement:ID, link:ID, dispute:ID or subject:KEY)\n", name)
			return 2
		}
		r := store.Review{Action: action, Who: *who, Note: *note}
		if r.Who == "" && env.Getenv != nil {
			r.Who = env.Getenv("CLAIMTRACK_REVIEWER")
			if r.Who == "" {
				r.Who = env.Getenv("USER")
			}
		}
		if field != nil {
			if *field == "" {
				fmt.Fprintf(env.Stderr, "claimtrack %s: --field is required\n", name)
				return 2
			}
			r.Field, r.Value = *field, *value
		}
		db, ok := openQueryDB(ctx, env, name, *path)
		if !ok {
			return 1
		}
		defer db.Close()
		got, err := ledger.Act(ctx, db, fs.Arg(0), r)
		if err != nil {
			return queryError(env, name, err)
		}
		if *format == "json" {
			err = writeJSON(env.Stdout, got)
		} else {
			what := got.Action
			if got.Field != "" {
				what += fmt.Sprintf(" %s=%q", got.Field, got.Value)
			}
			_, err = fmt.Fprintf(env.Stdout, "review %d: %s %s (%s) by %s\n", got.ID, what, fs.Arg(0), got.Key, got.Who)
		}
		if err != nil {
			fmt.Fprintf(env.Stderr, "claimtrack %s: %v\n", name, err)
			return 1
		}
		return 0
	}
}

// runReviewLog exports the audit log.
func runReviewLog(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "review log")
	path := dbFlag(fs, env)
	format := formatFlag(fs, "text", "json", "csv")
	kind := fs.String("kind", "", "only this target kind (figure, statement, subject, link, discrepancy)")
	if code, done := parseFlags(env, fs, args); done {
		return code
	}
	if !checkFormat(env, "review log", *format, "text", "json", "csv") {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "claimtrack review log: unexpected arguments %q\n", fs.Args())
		return 2
	}
	db, ok := openQueryDB(ctx, env, "review log", *path)
	if !ok {
		return 1
	}
	defer db.Close()
	var all []store.Review
	for after := int64(0); ; {
		rs, err := db.Reviews(ctx, store.ReviewQuery{Kind: *kind, After: after, Limit: 10000})
		if err != nil {
			return queryError(env, "review log", err)
		}
		all = append(all, rs...)
		if len(rs) < 10000 {
			break
		}
		after = rs[len(rs)-1].ID
	}
	if all == nil {
		all = []store.Review{}
	}
	var err error
	switch *format {
	case "json":
		err = writeJSON(env.Stdout, all)
	case "csv":
		rows := make([][]string, 0, len(all))
		for _, r := range all {
			rows = append(rows, []string{strconv.FormatInt(r.ID, 10), r.At.Format(time.RFC3339), r.Who, r.Action, r.Kind, r.Key, r.Field, r.Value, r.Note, r.Article, span(r.Span), r.Snippet})
		}
		err = writeCSV(env.Stdout, []string{"id", "at", "who", "action", "kind", "key", "field", "value", "note", "article", "span", "text"}, rows)
	default:
		if len(all) == 0 {
			_, err = fmt.Fprintln(env.Stdout, "no reviews yet")
			break
		}
		for _, r := range all {
			what := r.Action
			if r.Field != "" {
				what += fmt.Sprintf(" %s=%q", r.Field, r.Value)
			}
			line := fmt.Sprintf("%d  %s  %-12s %s %s  %s", r.ID, r.At.Format(time.RFC3339), r.Who, r.Kind, what, r.Key)
			if r.Note != "" {
				line += "  — " + r.Note
			}
			if _, err = fmt.Fprintln(env.Stdout, line); err != nil {
				break
			}
		}
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack review log: %v\n", err)
		return 1
	}
	return 0
}

// evalCorrections reports how often each field was corrected (and each
// kind rejected), from a ledger's audit log.
func evalCorrections(ctx context.Context, env *Env, path, format string) int {
	db, ok := openQueryDB(ctx, env, "eval corrections", path)
	if !ok {
		return 1
	}
	defer db.Close()
	rs, err := db.Reviews(ctx, store.ReviewQuery{Limit: 100000})
	if err != nil {
		return queryError(env, "eval corrections", err)
	}
	stats := ledger.CorrectionStats(rs)
	if format == "json" {
		err = writeJSON(env.Stdout, map[string]any{"reviews": len(rs), "fields": stats})
	} else {
		fmt.Fprintf(env.Stdout, "%d review actions\n%-12s %-12s %8s %8s\n", len(rs), "KIND", "FIELD", "TARGETS", "ACTIONS")
		for _, s := range stats {
			fmt.Fprintf(env.Stdout, "%-12s %-12s %8d %8d\n", s.Kind, s.Field, s.Targets, s.Actions)
		}
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack eval corrections: %v\n", err)
		return 1
	}
	return 0
}

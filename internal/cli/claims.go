package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/store"
)

func runClaims(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "claims")
	path := dbFlag(fs, env)
	format := formatFlag(fs, "text", "json", "csv")
	var q store.ClaimQuery
	fs.StringVar(&q.Speaker, "speaker", "", "speaker (statements) or source (figures) contains S")
	fs.StringVar(&q.Source, "source", "", "outlet contains S")
	fs.StringVar(&q.Stance, "stance", "", "asserts, denies, confirms or questions")
	fs.StringVar(&q.Kind, "kind", "", "statement or figure")
	since := fs.String("since", "", "published on or after YYYY-MM-DD")
	until := fs.String("until", "", "published on or before YYYY-MM-DD")
	fs.BoolVar(&q.Anonymous, "anonymous", false, "only anonymous speakers and sources")
	fs.IntVar(&q.Limit, "limit", 50, "claims per page (max 1000)")
	fs.StringVar(&q.Cursor, "cursor", "", "continue after a previous page (printed as 'next:')")
	if code, done := parseFlags(env, fs, args); done {
		return code
	}
	if !checkFormat(env, "claims", *format, "text", "json", "csv") {
		return 2
	}
	var ok bool
	if q.Since, ok = parseDateFlag(env, "claims", "since", *since); !ok {
		return 2
	}
	if q.Until, ok = parseDateFlag(env, "claims", "until", *until); !ok {
		return 2
	}
	if q.Limit < 1 || q.Limit > 1000 {
		fmt.Fprintln(env.Stderr, "claimtrack claims: --limit must be between 1 and 1000")
		return 2
	}
	q.Text = strings.TrimSpace(strings.Join(fs.Args(), " "))
	db, ok := openQueryDB(ctx, env, "claims", *path)
	if !ok {
		return 1
	}
	defer db.Close()
	page, err := db.Claims(ctx, q)
	if err != nil {
		return queryError(env, "claims", err)
	}
	switch *format {
	case "json":
		err = writeJSON(env.Stdout, page)
	case "csv":
		rows := make([][]string, 0, len(page.Claims))
		for _, c := range page.Claims {
			rows = append(rows, []string{c.Kind, strconv.FormatInt(c.ID, 10), c.Published.String(), c.Outlet, c.Speaker, c.Stance,
				yes(c.Anonymous), num(c.Value), c.Subject, c.Text, c.Target, strconv.FormatInt(int64(c.Article), 10), c.DocID,
				strconv.FormatInt(c.Group, 10), span(c.Span), span(c.Sentence), oneLine(c.Evidence, 1000)})
		}
		err = writeCSV(env.Stdout, []string{"kind", "id", "published", "outlet", "speaker", "stance", "anonymous", "value", "subject",
			"text", "target", "article", "doc_id", "group", "span", "sentence", "evidence"}, rows)
		if err == nil && page.Next != "" {
			fmt.Fprintf(env.Stderr, "next: %s\n", page.Next)
		}
	default:
		if len(page.Claims) == 0 {
			fmt.Fprintln(env.Stdout, "no claims match")
		}
		for _, c := range page.Claims {
			who := c.Speaker
			if who == "" {
				who = "(unknown)"
			}
			if c.Anonymous {
				who += " (anonymous)"
			}
			st := c.Stance
			if c.Kind == "figure" {
				st = "figure " + humanNumPtr(c.Value)
			}
			wrap(env.Stdout, "", "    ", fmt.Sprintf("%s  %s %s: %s", c.Published, who, st, quote(c.Text)))
			wrap(env.Stdout, "    ", "    ", evidence(c.Origin))
		}
		if page.Next != "" {
			fmt.Fprintf(env.Stdout, "next: %s\n", page.Next)
		}
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack claims: %v\n", err)
		return 1
	}
	return 0
}

package cli

import (
	"context"
	"fmt"
	"strconv"

	"github.com/claimtrack/claimtrack/internal/store"
)

func runSubjects(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "subjects")
	path := dbFlag(fs, env)
	format := formatFlag(fs, "text", "json", "csv")
	if code, done := parseFlags(env, fs, args); done {
		return code
	}
	if !checkFormat(env, "subjects", *format, "text", "json", "csv") {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "claimtrack subjects: unexpected arguments %q\n", fs.Args())
		return 2
	}
	db, ok := openQueryDB(ctx, env, "subjects", *path)
	if !ok {
		return 1
	}
	defer db.Close()
	subs, err := db.Subjects(ctx)
	if err != nil {
		return queryError(env, "subjects", err)
	}
	if err := writeSubjects(env, *format, subs); err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack subjects: %v\n", err)
		return 1
	}
	return 0
}

func writeSubjects(env *Env, format string, subs []store.Subject) error {
	switch format {
	case "json":
		return writeJSON(env.Stdout, subs)
	case "csv":
		rows := make([][]string, 0, len(subs))
		for _, s := range subs {
			rows = append(rows, []string{s.Key, s.Label, s.Holder, s.Thing, s.Location, strconv.Itoa(s.Figures),
				strconv.Itoa(s.Articles), strconv.Itoa(s.Groups), s.First.String(), s.Last.String()})
		}
		return writeCSV(env.Stdout, []string{"key", "label", "holder", "thing", "location", "figures", "articles", "reports", "first", "last"}, rows)
	}
	if len(subs) == 0 {
		_, err := fmt.Fprintln(env.Stdout, "no subjects yet (no figures stored)")
		return err
	}
	fmt.Fprintf(env.Stdout, "%-40s %7s %8s %7s  %s\n", "SUBJECT", "FIGURES", "ARTICLES", "REPORTS", "DATES")
	for _, s := range subs {
		dates := s.First.String()
		if s.Last != s.First {
			dates += " … " + s.Last.String()
		}
		if _, err := fmt.Fprintf(env.Stdout, "%-40s %7d %8d %7d  %s\n", s.Label, s.Figures, s.Articles, s.Groups, dates); err != nil {
			return err
		}
	}
	return nil
}

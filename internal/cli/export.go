package cli

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/store"
)

func runExport(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "export")
	path := dbFlag(fs, env)
	format := formatFlag(fs, "jsonl", "csv")
	if code, done := parseFlags(env, fs, args); done {
		return code
	}
	if *format == "json" {
		*format = "jsonl" // one JSON object per article either way
	}
	if !checkFormat(env, "export", *format, "jsonl", "csv") {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "claimtrack export: unexpected arguments %q\n", fs.Args())
		return 2
	}
	db, ok := openQueryDB(ctx, env, "export", *path)
	if !ok {
		return 1
	}
	defer db.Close()
	out := bufio.NewWriterSize(env.Stdout, 64<<10)
	var err error
	if *format == "jsonl" {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		err = db.Export(ctx, func(a *store.Article) error { return enc.Encode(a) })
	} else {
		cw := csv.NewWriter(out)
		noMeaning := make([]string, len(meaningCSVHeader))
		cw.Write(append([]string{"record", "id", "article", "doc_id", "group", "published", "outlet", "speaker_or_source", "stance_or_basis",
			"value", "approx", "unit", "holder", "location", "as_of", "anonymous", "subject", "text", "span", "sentence", "target", "link_to", "confidence"}, append(meaningCSVHeader, reviewCSVHeader...)...))
		err = db.Export(ctx, func(a *store.Article) error {
			aid := strconv.FormatInt(int64(a.ID), 10)
			grp := strconv.FormatInt(a.Group, 10)
			pub := a.Published.String()
			cw.Write(append([]string{"article", aid, aid, a.DocID, grp, pub, a.Source, a.Author, "", "", "", "", "", "", "", "", "", a.Title,
				"", "", "", "", ""}, append(noMeaning, reviewCSV(nil)...)...))
			for _, f := range a.Figures {
				cw.Write(append([]string{"figure", strconv.FormatInt(f.ID, 10), aid, a.DocID, grp, pub, a.Source, string(f.Source), string(f.Basis),
					num(f.Value), string(f.Approx), string(f.Unit), string(f.Holder), string(f.Location), string(f.AsOf), yes(f.Anonymous),
					f.Subject, f.Text, span(f.Span), span(f.Sentence), "", "", ""}, append(meaningCSV(&f.Figure), reviewCSV(f.Review)...)...))
			}
			for _, s := range a.Statements {
				cw.Write(append([]string{"statement", strconv.FormatInt(s.ID, 10), aid, a.DocID, grp, pub, a.Source, string(s.Speaker), s.Stance,
					"", "", "", "", "", "", yes(s.Anonymous), "", s.Content, span(s.Span), span(s.Sentence), string(s.Target), "", ""}, append(noMeaning, reviewCSV(s.Review)...)...))
			}
			for _, l := range a.Links {
				if int64(l.From.Article) != int64(a.ID) {
					continue // each link once, with the article that states it
				}
				to := ""
				if l.ToFigure != nil {
					to = "figure:" + strconv.FormatInt(l.ToFigure.ID, 10)
				} else if l.ToStatement != nil {
					to = "statement:" + strconv.FormatInt(l.ToStatement.ID, 10)
				}
				cw.Write(append([]string{"link", strconv.FormatInt(l.ID, 10), aid, a.DocID, grp, pub, a.Source, string(l.From.Speaker), l.Kind,
					"", "", "", "", "", "", "", "", strings.Join(l.Reasons, ","), span(l.From.Span), "", "", to, fmt.Sprintf("%.2f", l.Confidence)}, append(noMeaning, reviewCSV(l.Review)...)...))
			}
			return cw.Error()
		})
		cw.Flush()
		if err == nil {
			err = cw.Error()
		}
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack export: %v\n", err)
		return 1
	}
	return 0
}

// reviewCSVHeader are the review columns of an export: the state a person
// gave the record (empty: unreviewed), who and the note, the extracted
// values the corrected ones replace ("field=value; …"), and a warning when
// the text under a review changed.
var reviewCSVHeader = []string{"review", "reviewed_by", "review_note", "extracted_values", "review_warning"}

func reviewCSV(r *store.ReviewState) []string {
	if r == nil {
		return make([]string, len(reviewCSVHeader))
	}
	var orig []string
	for k, v := range r.Original {
		orig = append(orig, k+"="+v)
	}
	sort.Strings(orig)
	return []string{r.State, r.Who, r.Note, strings.Join(orig, "; "), r.Warning}
}

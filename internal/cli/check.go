package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/stance"
)

// stanceJudge adapts the stance model to ledger.Judge.
type stanceJudge struct{ m *stance.Model }

func (j stanceJudge) Judge(claim, text string) (string, float64) {
	r := j.m.Judge(claim, text)
	return r.Stance, r.Confidence
}

// defaultJudge returns the embedded stance model, or nil (lexical evidence
// only) when it cannot be loaded.
func defaultJudge() ledger.Judge {
	m, err := stance.Default()
	if err != nil || m == nil {
		return nil
	}
	return stanceJudge{m}
}

func runCheck(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "check")
	path := dbFlag(fs, env)
	format := formatFlag(fs, "text", "json", "csv")
	limit := fs.Int("limit", 20, "candidate articles to judge")
	sinceS := fs.String("since", "", "only articles published on or after YYYY-MM-DD")
	untilS := fs.String("until", "", "only articles published on or before YYYY-MM-DD")
	if code, done := parseFlags(env, fs, args); done {
		return code
	}
	if !checkFormat(env, "check", *format, "text", "json", "csv") {
		return 2
	}
	var q ledger.CheckQuery
	for _, x := range []struct {
		name, v string
		d       *document.Date
	}{{"since", *sinceS, &q.Since}, {"until", *untilS, &q.Until}} {
		if x.v == "" {
			continue
		}
		d, err := document.ParseDate(x.v)
		if err != nil {
			fmt.Fprintf(env.Stderr, "claimtrack check: --%s %q: want YYYY-MM-DD\n", x.name, x.v)
			return 2
		}
		*x.d = d
	}
	claim := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if claim == "" {
		fs.Usage()
		return 2
	}
	if len(ledger.ContentWords(claim)) == 0 {
		fmt.Fprintf(env.Stderr, "claimtrack check: %q has no content words to check\n", claim)
		return 2
	}
	db, ok := openQueryDB(ctx, env, "check", *path)
	if !ok {
		return 1
	}
	defer db.Close()
	q.Limit = *limit
	if j := defaultJudge(); j != nil {
		q.Judge, q.JudgeName = j, "stance-model"
	}
	out, err := ledger.Check(ctx, db, claim, q)
	if err != nil {
		return queryError(env, "check", err)
	}
	switch *format {
	case "json":
		err = writeJSON(env.Stdout, out)
	case "csv":
		var rows [][]string
		for _, l := range [][]ledger.CheckEvidence{out.Denying, out.Supporting, out.Observing} {
			for _, e := range l {
				rows = append(rows, []string{fmt.Sprint(e.Article), e.DocID, e.Published.String(), e.Outlet, e.Verdict,
					fmt.Sprintf("%.2f", e.Score), e.Stance, span(e.Sentence), e.Speaker, e.Evidence})
			}
		}
		err = writeCSV(env.Stdout, []string{"article", "doc_id", "published", "outlet", "verdict", "score", "stance",
			"sentence_span", "speaker", "evidence"}, rows)
	default:
		fmt.Fprintf(env.Stdout, "claim: %s\n%d independent reports support, %d deny, %d merely report it (judge: %s)\n",
			claim, out.Counts.Supporting, out.Counts.Denying, out.Counts.Observing, out.Judge)
		for _, g := range out.Groups {
			verb := "denied by"
			if g.Verdict == ledger.VerdictSupports {
				verb = "supported by"
			}
			fmt.Fprintf(env.Stdout, "\n%s %s (%d independent reports)\n", verb, g.Who, g.Reports)
			for _, e := range g.Evidence {
				fmt.Fprintf(env.Stdout, "  %s %s [article %d %s]: %s\n", e.Published, e.Outlet, e.Article, span(e.Sentence), oneLine(e.Evidence, 200))
			}
		}
		if len(out.Observing) > 0 {
			fmt.Fprintf(env.Stdout, "\nmerely report it:\n")
			for _, e := range out.Observing {
				fmt.Fprintf(env.Stdout, "  %s %s [article %d %s]: %s\n", e.Published, e.Outlet, e.Article, span(e.Sentence), oneLine(e.Evidence, 200))
			}
		}
		if len(out.Groups) == 0 && len(out.Observing) == 0 {
			fmt.Fprintln(env.Stdout, "\nno article mentions it")
		}
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack check: %v\n", err)
		return 1
	}
	return 0
}

// oneLine flattens whitespace and cuts s to n bytes at a rune boundary.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

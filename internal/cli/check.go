package cli

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/stance"
	"github.com/claimtrack/claimtrack/internal/store"
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

type checkEvidence struct {
	Sentence   document.Span `json:"sentence"`
	Text       string        `json:"text"`
	Stance     string        `json:"stance"`
	Confidence float64       `json:"confidence"`
	Coverage   float64       `json:"coverage"`
	Speaker    string        `json:"speaker,omitempty"` // when a stored statement says it
}

type checkHit struct {
	Article    store.ArticleID `json:"article"`
	DocID      string          `json:"doc_id"`
	Title      string          `json:"title,omitempty"`
	Outlet     string          `json:"outlet,omitempty"`
	Published  document.Date   `json:"published"`
	Group      int64           `json:"group"`
	Verdict    string          `json:"verdict"` // supports | denies | observes
	Confidence float64         `json:"confidence"`
	Evidence   []checkEvidence `json:"evidence"`
}

type checkResult struct {
	Claim string `json:"claim"`
	Judge string `json:"judge"` // stance-model | lexical
	// Counts of independent reports (dup groups) per verdict.
	Supports int        `json:"supports"`
	Denies   int        `json:"denies"`
	Observes int        `json:"observes"`
	Hits     []checkHit `json:"hits"`
}

// minCoverage is the share of the claim's content words a sentence must
// contain to be judged at all.
const minCoverage = 0.3

func runCheck(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "check")
	path := dbFlag(fs, env)
	format := formatFlag(fs, "text", "json", "csv")
	limit := fs.Int("limit", 20, "candidate articles to judge")
	if code, done := parseFlags(env, fs, args); done {
		return code
	}
	if !checkFormat(env, "check", *format, "text", "json", "csv") {
		return 2
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
	arts, err := db.Search(ctx, claim, *limit)
	if err != nil {
		return queryError(env, "check", err)
	}
	var judge ledger.Judge = ledger.LexicalJudge{}
	out := checkResult{Claim: claim, Judge: "lexical", Hits: []checkHit{}}
	if j := defaultJudge(); j != nil {
		judge, out.Judge = j, "stance-model"
	}
	groups := map[string]map[int64]bool{"supports": {}, "denies": {}, "observes": {}}
	for _, a := range arts {
		full, err := db.Article(ctx, a.ID)
		if err != nil {
			return queryError(env, "check", err)
		}
		h := checkArticle(claim, full, judge)
		if h == nil {
			continue
		}
		out.Hits = append(out.Hits, *h)
		groups[h.Verdict][h.Group] = true
	}
	out.Supports, out.Denies, out.Observes = len(groups["supports"]), len(groups["denies"]), len(groups["observes"])
	sort.SliceStable(out.Hits, func(i, j int) bool { return out.Hits[i].Confidence > out.Hits[j].Confidence })
	switch *format {
	case "json":
		err = writeJSON(env.Stdout, out)
	case "csv":
		var rows [][]string
		for _, h := range out.Hits {
			for _, e := range h.Evidence {
				rows = append(rows, []string{fmt.Sprint(h.Article), h.DocID, h.Published.String(), h.Outlet, h.Verdict,
					fmt.Sprintf("%.2f", h.Confidence), e.Stance, fmt.Sprintf("%.2f", e.Confidence), span(e.Sentence), e.Speaker, e.Text})
			}
		}
		err = writeCSV(env.Stdout, []string{"article", "doc_id", "published", "outlet", "verdict", "confidence", "sentence_stance",
			"sentence_confidence", "sentence_span", "speaker", "evidence"}, rows)
	default:
		fmt.Fprintf(env.Stdout, "claim: %s\n%d independent reports support, %d deny, %d merely report it (judge: %s)\n",
			claim, out.Supports, out.Denies, out.Observes, out.Judge)
		for _, h := range out.Hits {
			title := h.Title
			if title == "" {
				title = h.DocID
			}
			fmt.Fprintf(env.Stdout, "\n%-8s %.2f  %s  %s  [article %d, group %d] %s\n", strings.ToUpper(h.Verdict), h.Confidence,
				h.Published, h.Outlet, h.Article, h.Group, title)
			for _, e := range h.Evidence {
				who := ""
				if e.Speaker != "" {
					who = " (" + e.Speaker + ")"
				}
				fmt.Fprintf(env.Stdout, "  %-9s %.2f %s%s: %s\n", e.Stance, e.Confidence, span(e.Sentence), who, oneLine(e.Text, 200))
			}
		}
		if len(out.Hits) == 0 {
			fmt.Fprintln(env.Stdout, "\nno article mentions it")
		}
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack check: %v\n", err)
		return 1
	}
	return 0
}

// checkArticle judges the sentences of an article that mention enough of the
// claim; the verdict is the most confident supporting or denying sentence,
// else "observes". It returns nil when no sentence is related.
func checkArticle(claim string, a *store.Article, judge ledger.Judge) *checkHit {
	sents := a.Sentences
	if len(sents) == 0 {
		sents = ledger.SplitSentences(a.Text)
	}
	type cand struct {
		sp  document.Span
		cov float64
	}
	var cs []cand
	for _, s := range sents {
		if c := ledger.Coverage(claim, s.Of(a.Text)); c >= minCoverage {
			cs = append(cs, cand{s, c})
		}
	}
	if len(cs) == 0 {
		return nil
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].cov > cs[j].cov })
	if len(cs) > 5 {
		cs = cs[:5]
	}
	h := &checkHit{Article: a.ID, DocID: a.DocID, Title: a.Title, Outlet: a.Source, Published: a.Published, Group: a.Group, Verdict: "observes"}
	best := 0.0
	for _, c := range cs {
		text := c.sp.Of(a.Text)
		st, conf := judge.Judge(claim, text)
		if st == ledger.JudgeUnrelated {
			continue
		}
		e := checkEvidence{Sentence: c.sp, Text: text, Stance: st, Confidence: conf, Coverage: c.cov}
		for _, s := range a.Statements {
			if !s.Sentence.Overlaps(c.sp) {
				continue
			}
			e.Speaker = string(s.Speaker)
			// A stored denial (confirmation) of something the claim is
			// about denies (supports) the claim, whatever the model saw.
			if ledger.Coverage(claim, string(s.Target)+" "+s.Content) >= minCoverage {
				switch s.Stance {
				case "denies":
					e.Stance, e.Confidence = ledger.JudgeDenies, max(e.Confidence, 0.6)
				case "confirms":
					e.Stance, e.Confidence = ledger.JudgeSupports, max(e.Confidence, 0.6)
				}
			}
			break
		}
		st, conf = e.Stance, e.Confidence
		h.Evidence = append(h.Evidence, e)
		score := conf * c.cov
		if (st == ledger.JudgeSupports || st == ledger.JudgeDenies) && score > best {
			best, h.Verdict, h.Confidence = score, st, conf
		}
	}
	if len(h.Evidence) == 0 {
		return nil
	}
	if h.Verdict == "observes" {
		h.Confidence = h.Evidence[0].Confidence
	}
	return h
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

package ledger

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// CheckSource is what Check reads: full-text candidates and whole articles
// (every store.Store is one).
type CheckSource interface {
	Search(ctx context.Context, text string, limit int) ([]store.Article, error)
	Article(ctx context.Context, id store.ArticleID) (*store.Article, error)
}

// CheckQuery scopes a check: at most Limit candidate articles, published
// within [Since, Until] when set; Judge (named JudgeName) reads sentences
// no stored statement decides, the lexical judge when nil.
type CheckQuery struct {
	Limit        int
	Since, Until document.Date
	Judge        Judge
	JudgeName    string
}

// CheckGroup is one side of a check grouped by who says it: a speaker's (or
// an outlet's) supporting or denying evidence across articles, counted in
// independent reports.
type CheckGroup struct {
	Verdict  string          `json:"verdict"`
	Who      string          `json:"who"`
	Reports  int             `json:"reports"`
	Evidence []CheckEvidence `json:"evidence"`
}

// groupEvidence groups supporting and denying evidence by speaker (else
// outlet), strongest groups first: "denied by Mark Esper in 3 reports".
func groupEvidence(res *CheckResult) []CheckGroup {
	var out []CheckGroup
	for _, side := range []struct {
		v  string
		ev []CheckEvidence
	}{{VerdictDenies, res.Denying}, {VerdictSupports, res.Supporting}} {
		idx := map[string]int{}
		groups := map[string]map[int64]bool{}
		for _, e := range side.ev {
			who := e.Speaker
			if who == "" {
				who = e.Outlet
			}
			k := foldName(who)
			i, ok := idx[k]
			if !ok {
				i = len(out)
				idx[k] = i
				groups[k] = map[int64]bool{}
				out = append(out, CheckGroup{Verdict: side.v, Who: who})
			}
			out[i].Evidence = append(out[i].Evidence, e)
			groups[k][e.Group] = true
			out[i].Reports = len(groups[k])
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Verdict != out[j].Verdict {
			return out[i].Verdict == VerdictDenies
		}
		return out[i].Reports > out[j].Reports
	})
	return out
}

// firstLine is the first line of s, cut to n bytes at a rune boundary.
func firstLine(s string, n int) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

// Check verdicts.
const (
	VerdictSupports = "supports"
	VerdictDenies   = "denies"
	VerdictObserves = "observes"
)

// CheckEvidence is one article's evidence about a claim.
type CheckEvidence struct {
	Article   store.ArticleID `json:"article"`
	DocID     string          `json:"doc_id"`
	Title     string          `json:"title,omitempty"`
	Outlet    string          `json:"outlet,omitempty"`
	Published document.Date   `json:"published"`
	Group     int64           `json:"group"`
	Verdict   string          `json:"verdict"`
	// Evidence is the sentence, Sentence its span; Anchor the element id of
	// the fact on the article page ("st-12", "fig-4"), when there is one.
	Evidence string        `json:"evidence"`
	Sentence document.Span `json:"sentence"`
	Anchor   string        `json:"anchor,omitempty"`
	Speaker  string        `json:"speaker,omitempty"`
	Stance   string        `json:"stance,omitempty"`
	Score    float64       `json:"score"`
}

// CheckResult groups the evidence by verdict. The counts are of independent
// reports (near-duplicate groups), not of articles.
type CheckResult struct {
	Claim      string          `json:"claim"`
	Judge      string          `json:"judge"` // stance-model | lexical
	Supporting []CheckEvidence `json:"supporting"`
	Denying    []CheckEvidence `json:"denying"`
	Observing  []CheckEvidence `json:"observing"`
	Counts     struct {
		Supporting int `json:"supporting"`
		Denying    int `json:"denying"`
		Observing  int `json:"observing"`
	} `json:"counts"`
	// Groups are the supporting and denying evidence by who says it.
	Groups []CheckGroup `json:"groups"`
}

// minOverlap is the share of the claim's content words a sentence must
// contain to count as evidence.
const minOverlap = 0.5

// Check finds articles about claim and sorts them into supporting, denying
// and observing, with the sentence that decided. The store's full-text
// Search finds candidates; each candidate's best-matching sentences are
// read with the article's statements: a denial in (or targeting) a
// matching sentence denies, an assertion or confirmation supports, and a
// matching sentence without a stance observes. A claim's number must
// match a number in the sentence for support.
func Check(ctx context.Context, src CheckSource, claim string, q CheckQuery) (*CheckResult, error) {
	judge, judgeName := q.Judge, q.JudgeName
	if judge == nil {
		judge, judgeName = LexicalJudge{}, "lexical"
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	res := &CheckResult{Claim: claim, Judge: judgeName, Supporting: []CheckEvidence{}, Denying: []CheckEvidence{}, Observing: []CheckEvidence{}}
	cw := ContentWords(claim)
	if len(cw) == 0 {
		return res, nil
	}
	arts, err := src.Search(ctx, claim, limit)
	if err != nil {
		return nil, err
	}
	groups := map[string]map[int64]bool{VerdictSupports: {}, VerdictDenies: {}, VerdictObserves: {}}
	for _, a := range arts {
		if !q.Since.IsZero() && (a.Published.IsZero() || a.Published.String() < q.Since.String()) {
			continue
		}
		if !q.Until.IsZero() && (a.Published.IsZero() || a.Published.String() > q.Until.String()) {
			continue
		}
		full, err := src.Article(ctx, a.ID)
		if err != nil {
			return nil, err
		}
		for _, ev := range judgeArticle(full, claim, cw, judge) {
			switch ev.Verdict {
			case VerdictSupports:
				res.Supporting = append(res.Supporting, ev)
			case VerdictDenies:
				res.Denying = append(res.Denying, ev)
			default:
				res.Observing = append(res.Observing, ev)
			}
			groups[ev.Verdict][ev.Group] = true
		}
	}
	for _, l := range []*[]CheckEvidence{&res.Supporting, &res.Denying, &res.Observing} {
		sort.SliceStable(*l, func(i, j int) bool { return (*l)[i].Score > (*l)[j].Score })
	}
	res.Counts.Supporting = len(groups[VerdictSupports])
	res.Counts.Denying = len(groups[VerdictDenies])
	res.Counts.Observing = len(groups[VerdictObserves])
	res.Groups = groupEvidence(res)
	return res, nil
}

// judgeArticle returns at most one evidence per verdict for an article. A
// stored statement's stance decides for its sentence; other sentences are
// asked of judge (nil: they observe).
func judgeArticle(a *store.Article, claim string, claimWords []string, judge Judge) []CheckEvidence {
	claimNums := numbers(claimWords)
	best := map[string]CheckEvidence{}
	consider := func(ev CheckEvidence) {
		if old, ok := best[ev.Verdict]; !ok || ev.Score > old.Score {
			best[ev.Verdict] = ev
		}
	}
	base := CheckEvidence{Article: a.ID, DocID: a.DocID, Title: a.Title, Outlet: a.Source, Published: a.Published, Group: a.Group}
	if base.Title == "" {
		base.Title = firstLine(a.Text, 90)
	}
	for si, sent := range a.Sentences {
		text := sent.Of(a.Text)
		sw := ContentWords(text)
		score := coverage(claimWords, sw)
		// Statements in this sentence, and denials whose target matches.
		verdict, anchor, speaker, stance := VerdictObserves, "s-"+strconv.FormatInt(int64(si+1), 10), "", ""
		for _, st := range a.Statements {
			if !sent.Overlaps(st.Span) && !sent.Overlaps(st.ContentSpan) {
				continue
			}
			target := ""
			if st.Target != "" {
				target = string(st.Target)
			}
			tscore := 0.0
			if target != "" {
				tscore = coverage(claimWords, ContentWords(target))
			}
			if max(score, tscore) < minOverlap {
				continue
			}
			switch st.Stance {
			case extract.Denies:
				verdict, stance = VerdictDenies, st.Stance
			case extract.Asserts, extract.Confirms:
				if verdict != VerdictDenies {
					verdict, stance = VerdictSupports, st.Stance
				}
			default:
				continue
			}
			anchor, speaker = "st-"+strconv.FormatInt(st.ID, 10), string(st.Speaker)
			score = max(score, tscore)
			if verdict == VerdictDenies {
				break
			}
		}
		if score < minOverlap {
			continue
		}
		if verdict == VerdictObserves && judge != nil {
			switch st, conf := judge.Judge(claim, text); {
			case st == JudgeDenies && conf >= 0.5:
				verdict, stance = VerdictDenies, "judged: denies"
			case st == JudgeSupports && conf >= 0.5:
				verdict, stance = VerdictSupports, "judged: supports"
			}
		}
		if verdict == VerdictObserves {
			// Figures in the sentence assert their number.
			for _, f := range a.Figures {
				if sent.Contains(f.Span) {
					verdict, anchor, speaker = VerdictSupports, "fig-"+strconv.FormatInt(f.ID, 10), string(f.Source)
					break
				}
			}
		}
		if len(claimNums) > 0 && verdict != VerdictObserves {
			// Same topic, another number: it reports something, but neither
			// supports nor denies this claim. Support needs the number; a
			// denial without numbers may deny the claim as a whole.
			nums := numbers(sw)
			if !containsAll(nums, claimNums) && (verdict == VerdictSupports || len(nums) > 0) {
				verdict, anchor, speaker, stance = VerdictObserves, "s-"+strconv.FormatInt(int64(si+1), 10), "", ""
			}
		}
		ev := base
		ev.Verdict, ev.Evidence, ev.Sentence, ev.Anchor, ev.Speaker, ev.Stance, ev.Score = verdict, text, sent, anchor, speaker, stance, score
		consider(ev)
	}
	out := make([]CheckEvidence, 0, len(best))
	for _, v := range []string{VerdictDenies, VerdictSupports, VerdictObserves} {
		if ev, ok := best[v]; ok {
			out = append(out, ev)
		}
	}
	// An article that takes a side is not also listed as merely observing.
	if len(out) > 1 && out[len(out)-1].Verdict == VerdictObserves {
		out = out[:len(out)-1]
	}
	return out
}

// coverage is the share of the claim's distinct words found in words.
func coverage(claim, words []string) float64 {
	if len(claim) == 0 {
		return 0
	}
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	seen := map[string]bool{}
	n, total := 0, 0
	for _, w := range claim {
		if seen[w] {
			continue
		}
		seen[w] = true
		total++
		if set[w] {
			n++
		}
	}
	return float64(n) / float64(total)
}

// numbers returns the digit words of a content word list, with runs such as
// "1" "000" (from "1,000") joined.
func numbers(words []string) []string {
	var out []string
	for i := 0; i < len(words); i++ {
		if !isDigits(words[i]) {
			continue
		}
		n := words[i]
		for i+1 < len(words) && len(words[i+1]) == 3 && isDigits(words[i+1]) {
			n += words[i+1]
			i++
		}
		out = append(out, n)
	}
	return out
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func containsAll(have, want []string) bool {
	set := map[string]bool{}
	for _, h := range have {
		set[strings.TrimLeft(h, "0")] = true
	}
	for _, w := range want {
		if !set[strings.TrimLeft(w, "0")] {
			return false
		}
	}
	return true
}

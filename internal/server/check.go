package server

import (
	"context"
	"sort"
	"strings"
	"sync"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/stance"
	"github.com/claimtrack/claimtrack/internal/store"
)

// modelJudge adapts the stance model to ledger.Judge.
type modelJudge struct{ m *stance.Model }

func (j modelJudge) Judge(claim, text string) (string, float64) {
	r := j.m.Judge(claim, text)
	return r.Stance, r.Confidence
}

// defaultJudge is the embedded stance model, or the lexical judge when the
// model cannot be loaded.
var defaultJudge = sync.OnceValues(func() (ledger.Judge, string) {
	if m, err := stance.Default(); err == nil && m != nil {
		return modelJudge{m}, "stance-model"
	}
	return ledger.LexicalJudge{}, "lexical"
})

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
}

// minOverlap is the share of the claim's content words a sentence must
// contain to count as evidence.
const minOverlap = 0.5

// check finds articles about claim and sorts them into supporting, denying
// and observing, with the sentence that decided. The store's full-text
// Search finds candidates; each candidate's best-matching sentences are
// read with the article's statements: a denial in (or targeting) a
// matching sentence denies, an assertion or confirmation supports, and a
// matching sentence without a stance observes. A claim's number must
// match a number in the sentence for support.
func (s *Server) check(ctx context.Context, claim string, limit int) (*CheckResult, error) {
	judge, judgeName := defaultJudge()
	res := &CheckResult{Claim: claim, Judge: judgeName, Supporting: []CheckEvidence{}, Denying: []CheckEvidence{}, Observing: []CheckEvidence{}}
	cw := ledger.ContentWords(claim)
	if len(cw) == 0 {
		return res, nil
	}
	arts, err := s.store.Search(ctx, claim, limit)
	if err != nil {
		return nil, err
	}
	groups := map[string]map[int64]bool{VerdictSupports: {}, VerdictDenies: {}, VerdictObserves: {}}
	for _, a := range arts {
		full, err := s.store.Article(ctx, a.ID)
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
	return res, nil
}

// judgeArticle returns at most one evidence per verdict for an article. A
// stored statement's stance decides for its sentence; other sentences are
// asked of judge (nil: they observe).
func judgeArticle(a *store.Article, claim string, claimWords []string, judge ledger.Judge) []CheckEvidence {
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
		sw := ledger.ContentWords(text)
		score := coverage(claimWords, sw)
		// Statements in this sentence, and denials whose target matches.
		verdict, anchor, speaker, stance := VerdictObserves, "s-"+itoa(int64(si+1)), "", ""
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
				tscore = coverage(claimWords, ledger.ContentWords(target))
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
			anchor, speaker = "st-"+itoa(st.ID), string(st.Speaker)
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
			case st == ledger.JudgeDenies && conf >= 0.5:
				verdict, stance = VerdictDenies, "judged: denies"
			case st == ledger.JudgeSupports && conf >= 0.5:
				verdict, stance = VerdictSupports, "judged: supports"
			}
		}
		if verdict == VerdictObserves {
			// Figures in the sentence assert their number.
			for _, f := range a.Figures {
				if sent.Contains(f.Span) {
					verdict, anchor, speaker = VerdictSupports, "fig-"+itoa(f.ID), string(f.Source)
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
				verdict, anchor, speaker, stance = VerdictObserves, "s-"+itoa(int64(si+1)), "", ""
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

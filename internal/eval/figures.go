package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// Figure semantics on real reporting: hand-annotated Timeline17 articles
// (testdata/gold/t17/*.jsonl, schema in docs/EVALUATION.md) scored against
// extract.Extract.
//
// Figures are matched to gold one to one by overlap of the predicted
// figure's span with the gold number's span (nearest start first).
// Precision, recall and F1 count only documents marked figures_complete, where
// an unmatched prediction is a real false positive. Field accuracies are
// over all matched figures; a gold null matched by an empty prediction is
// right. Statements are matched by their cue (overlapping cue spans, else
// the same line and a cue containing the gold cue); predicted statements
// without a cue (quote continuations) are not scored.

// GoldRecord is one line of a gold file; Kind says which fields apply.
type GoldRecord struct {
	Kind string `json:"kind"`
	Doc  string `json:"doc"`

	// doc
	Split           string `json:"split"`
	Annotator       string `json:"annotator"`
	FiguresComplete bool   `json:"figures_complete"`
	// StatementsComplete false marks a denial-set article: only some lines
	// are annotated (denials and their look-alikes), so statement P/R is
	// not scored there, only denials on the annotated lines. Absent: true.
	StatementsComplete *bool `json:"statements_complete"`

	// figure and statement pointers
	Line   int    `json:"line"`
	Number string `json:"number"`
	Nth    int    `json:"nth"`

	// figure
	Value         *float64 `json:"value"`
	Low           *float64 `json:"low"`
	High          *float64 `json:"high"`
	Approx        string   `json:"approx"`
	Negated       bool     `json:"negated"`
	Event         string   `json:"event"`
	Counted       string   `json:"counted"`
	Measure       string   `json:"measure"`
	Scope         string   `json:"scope"`
	Since         string   `json:"since"`
	AsOf          string   `json:"as_of"`
	AsOfBasis     string   `json:"as_of_basis"`
	Location      string   `json:"location"`
	Country       string   `json:"country"`
	LocationBasis string   `json:"location_basis"`
	To            string   `json:"to"`
	Source        string   `json:"source"`
	SourceType    string   `json:"source_type"`
	Via           string   `json:"via"`
	Anonymous     bool     `json:"anonymous"`
	Basis         string   `json:"basis"`

	// statement
	Cue         string `json:"cue"`
	CueNth      int    `json:"cue_nth"`
	Speaker     string `json:"speaker"`
	SpeakerType string `json:"speaker_type"`
	Stance      string `json:"stance"`
	Direct      *bool  `json:"direct"`
	TargetLine  *int   `json:"target_line"`

	Note string `json:"note"`

	// where the record was read: "file.jsonl:12"
	At string `json:"-"`
}

// GoldSet is a directory of gold files, grouped by document.
type GoldSet struct {
	Docs       map[string]GoldRecord   // the doc record of each document
	Figures    map[string][]GoldRecord // by document
	Statements map[string][]GoldRecord
	// NonDenials are look-alikes that are no statement ("no one denies
	// that", "declined to comment", "no one was killed"): a predicted
	// denial on their line is wrong.
	NonDenials map[string][]GoldRecord
	Pairs      int // dispute, revision, toll and nontoll records (the ledger's; not scored here)
}

// ReadGold reads every *.jsonl file of dir.
func ReadGold(dir string) (*GoldSet, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("gold: no *.jsonl files in %s", dir)
	}
	sort.Strings(files)
	g := &GoldSet{Docs: map[string]GoldRecord{}, Figures: map[string][]GoldRecord{}, Statements: map[string][]GoldRecord{}, NonDenials: map[string][]GoldRecord{}}
	for _, f := range files {
		if err := g.readFile(f); err != nil {
			return nil, err
		}
	}
	for d := range g.Figures {
		if _, ok := g.Docs[d]; !ok {
			return nil, fmt.Errorf("gold: %s: figures for %s, which has no doc record", g.Figures[d][0].At, d)
		}
	}
	for d := range g.NonDenials {
		if _, ok := g.Docs[d]; !ok {
			return nil, fmt.Errorf("gold: %s: nondenial for %s, which has no doc record", g.NonDenials[d][0].At, d)
		}
	}
	for d := range g.Statements {
		if _, ok := g.Docs[d]; !ok {
			return nil, fmt.Errorf("gold: %s: statements for %s, which has no doc record", g.Statements[d][0].At, d)
		}
	}
	return g, nil
}

func (g *GoldSet) readFile(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("gold: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		at := fmt.Sprintf("%s:%d", filepath.Base(name), n)
		var r GoldRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			return fmt.Errorf("gold: %s: %w", at, err)
		}
		r.At = at
		switch r.Kind {
		case "doc":
			if prev, dup := g.Docs[r.Doc]; dup {
				return fmt.Errorf("gold: %s: doc %s already declared at %s", at, r.Doc, prev.At)
			}
			if !slices.Contains(GoldSplits, r.Split) {
				return fmt.Errorf("gold: %s: split must be one of %s, not %q", at, strings.Join(GoldSplits, ", "), r.Split)
			}
			g.Docs[r.Doc] = r
		case "figure":
			if r.Line < 1 || r.Number == "" || r.Nth < 1 {
				return fmt.Errorf("gold: %s: a figure needs line ≥ 1, number and nth ≥ 1", at)
			}
			g.Figures[r.Doc] = append(g.Figures[r.Doc], r)
		case "statement":
			if r.Line < 1 || r.Cue == "" || r.CueNth < 1 {
				return fmt.Errorf("gold: %s: a statement needs line ≥ 1, cue and cue_nth ≥ 1", at)
			}
			g.Statements[r.Doc] = append(g.Statements[r.Doc], r)
		case "nondenial":
			if r.Line < 1 || r.Cue == "" || r.CueNth < 1 {
				return fmt.Errorf("gold: %s: a nondenial needs line ≥ 1, cue and cue_nth ≥ 1", at)
			}
			g.NonDenials[r.Doc] = append(g.NonDenials[r.Doc], r)
		case "dispute", "revision", "toll", "nontoll":
			g.Pairs++ // the ledger's checks (issue 10), not scored here
		case "listed", "window":
			// verdicts on the ledger's listed discrepancies (eval ledger)
		default:
			return fmt.Errorf("gold: %s: unknown kind %q", at, r.Kind)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gold: %s: %w", name, err)
	}
	return nil
}

// GoldSplits are the splits a gold document may declare: dev and dev3 are
// tuned on; check, check2, check3 and check4 are measured only. check2 is a second
// blind set (the FNC-1 conflict gold, annotated by another hand after the
// first round of tuning) to see whether changes tuned on dev generalise; dev3
// is a third hand's set of unread war reporting, made so that new error
// classes come from text nobody had tuned on, while check2 stays blind;
// check3 is a fourth hand's blind set, made after dev3 had been tuned on;
// check4 a fifth hand's, made once the first three had each been measured
// several times.
var GoldSplits = []string{"dev", "check", "check2", "dev3", "check3", "check4"}

// DocKeys returns the documents of a split (a GoldSplits name, or all), sorted.
func (g *GoldSet) DocKeys(split string) []string {
	var out []string
	for k, d := range g.Docs {
		if split == "all" || split == "" || d.Split == split {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// FieldScore counts right answers of one field over matched items, with
// the most frequent confusions ("gold → predicted").
type FieldScore struct {
	Name       string         `json:"name"`
	Right      int            `json:"right"`
	Total      int            `json:"total"`
	Accuracy   float64        `json:"accuracy"`
	Confusions []Confusion    `json:"confusions,omitempty"`
	confusions map[string]int // gold → predicted
}

// Confusion is one kind of wrong answer and how often it happened.
type Confusion struct {
	Gold      string `json:"gold"`
	Predicted string `json:"predicted"`
	Count     int    `json:"count"`
}

func (s *FieldScore) add(right bool, gold, pred string) {
	s.Total++
	if right {
		s.Right++
		return
	}
	if s.confusions == nil {
		s.confusions = map[string]int{}
	}
	s.confusions[orNull(gold)+"\x00"+orNull(pred)]++
}

func orNull(s string) string {
	if s == "" {
		return "null"
	}
	return s
}

func (s *FieldScore) finish(top int) {
	if s.Total > 0 {
		s.Accuracy = float64(s.Right) / float64(s.Total)
	}
	s.Confusions = s.Confusions[:0]
	for k, n := range s.confusions {
		g, p, _ := strings.Cut(k, "\x00")
		s.Confusions = append(s.Confusions, Confusion{g, p, n})
	}
	sort.Slice(s.Confusions, func(i, j int) bool {
		a, b := s.Confusions[i], s.Confusions[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Gold+a.Predicted < b.Gold+b.Predicted
	})
	if len(s.Confusions) > top {
		s.Confusions = s.Confusions[:top]
	}
}

// PRFScore is a PRF with its rates, for reports.
type PRFScore struct {
	TP        float64 `json:"tp"`
	FP        float64 `json:"fp"`
	FN        float64 `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func prfScore(m PRF) PRFScore {
	return PRFScore{m.TP, m.FP, m.FN, m.Precision(), m.Recall(), m.F1()}
}

// FiguresReport is the result of the figures task.
type FiguresReport struct {
	Data         string       `json:"data"` // the data set the gold points into: Timeline17, FNC-1 bodies
	Split        string       `json:"split"`
	Docs         int          `json:"docs"`
	CompleteDocs int          `json:"complete_docs"`
	GoldFigures  int          `json:"gold_figures"`
	Figures      PRFScore     `json:"figures"` // on figures_complete documents
	Fields       []FieldScore `json:"fields"`  // over matched figures
	// Misses and FalsePositives list a few unmatched gold numbers and
	// predicted figures ("doc:line number").
	Misses         []string `json:"misses,omitempty"`
	FalsePositives []string `json:"false_positives,omitempty"`
	// FieldErrors lists matched figures with a headline field wrong
	// ("doc:line number event killed→null; location Iraq/Iraq→null/null").
	FieldErrors []string `json:"field_errors,omitempty"`
	// StatementMisses and StatementFalsePositives do the same for
	// statements ("doc:line cue").
	StatementMisses         []string     `json:"statement_misses,omitempty"`
	StatementFalsePositives []string     `json:"statement_false_positives,omitempty"`
	DenialMisses            []string     `json:"denial_misses,omitempty"` // gold denials not found with the right speaker
	GoldStatements          int          `json:"gold_statements"`
	UncuedStatements        int          `json:"uncued_statements"` // predicted, without a cue: not scored
	Statements              PRFScore     `json:"statements"`
	StatementField          []FieldScore `json:"statement_fields"` // speaker, speaker_type, stance, direct
	Denials                 PRFScore     `json:"denials"`          // stance denies with the speaker right
	DenialStance            PRFScore     `json:"denial_stance"`    // stance denies, speaker not checked

	// DenialSet scores the denial-set articles (statements_complete false).
	DenialSet DenialSetScore `json:"denial_set"`

	// Topics breaks figure and statement P/R/F1 down by Timeline17 topic.
	Topics []TopicScore `json:"topics"`

	figPRF, stPRF, denPRF, denStPRF PRF
	topics                          map[string]*TopicScore
}

// DenialSetScore is the score on the denial-set articles: gold denials and
// look-alikes on some lines of each article. A predicted denial counts
// against precision only on an annotated line; elsewhere it is unjudged.
type DenialSetScore struct {
	Docs              int          `json:"docs"`
	GoldDenials       int          `json:"gold_denials"`
	Lookalikes        int          `json:"lookalikes"`         // annotated lines that hold no denial
	LookalikesFlagged int          `json:"lookalikes_flagged"` // of those, lines given a predicted denial
	Unjudged          int          `json:"unjudged"`           // predicted denials on lines not annotated
	Denials           PRFScore     `json:"denials"`            // stance denies with the speaker right
	DenialStance      PRFScore     `json:"denial_stance"`      // stance denies, speaker not checked
	Fields            []FieldScore `json:"fields"`             // speaker, speaker_type over found gold denials
	Misses            []string     `json:"misses,omitempty"`
	FalsePositives    []string     `json:"false_positives,omitempty"`

	den, denSt PRF
}

// TopicScore is the figure and statement detection of one topic.
type TopicScore struct {
	Topic      string   `json:"topic"`
	Docs       int      `json:"docs"`
	Figures    PRFScore `json:"figures"` // on figures_complete documents
	Statements PRFScore `json:"statements"`

	fig, st PRF
}

// figureFields are the figure fields scored, in report order.
var figureFields = []string{"value", "event", "counted", "measure", "scope", "as_of", "as_of_basis",
	"location", "location_basis", "source", "source_type", "basis"}

var statementFields = []string{"speaker", "speaker_type", "stance", "direct"}

// Figures evaluates extraction on the gold documents of a split ("dev",
// "check" or "all") against the Timeline17 data at dataDir.
func Figures(ctx context.Context, goldDir, dataDir, split string) (*FiguresReport, error) {
	if split == "" {
		split = "dev"
	}
	if split != "all" && !slices.Contains(GoldSplits, split) {
		return nil, fmt.Errorf("split must be one of %s or all, not %q", strings.Join(GoldSplits, ", "), split)
	}
	g, err := ReadGold(goldDir)
	if err != nil {
		return nil, err
	}
	keys := g.DocKeys(split)
	if len(keys) == 0 {
		// A split this gold does not have (check2 exists only in the FNC-1
		// set) would otherwise score nothing and look like a clean run.
		return nil, fmt.Errorf("gold %s has no documents in split %s", goldDir, split)
	}
	want := make(map[string]bool, len(keys))
	for _, k := range keys {
		want[k] = true
	}
	r := newFiguresReport(split)
	seen := map[string]bool{}
	r.Data, err = readGoldArticles(ctx, dataDir, func(k string) bool { return want[k] }, func(a *T17Article) error {
		seen[a.Key] = true
		res := extract.Extract(a.Document())
		d := g.Docs[a.Key]
		if d.StatementsComplete == nil || *d.StatementsComplete {
			return r.addDoc(a, d, g.Figures[a.Key], g.Statements[a.Key], res)
		}
		// Statements not all annotated: a figures-only article (the FNC-1
		// conflict set) scores its figures and no statement P/R; a
		// denial-set article scores its denials.
		if d.FiguresComplete || len(g.Figures[a.Key]) > 0 {
			if err := r.addFigures(a, d, g.Figures[a.Key], res); err != nil {
				return err
			}
		}
		if len(g.Statements[a.Key]) == 0 && len(g.NonDenials[a.Key]) == 0 {
			return nil
		}
		return r.addDenialDoc(a, g.Statements[a.Key], g.NonDenials[a.Key], res)
	})
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		if !seen[k] {
			return nil, fmt.Errorf("gold document %s not found in the %s data at %s", k, r.Data, dataDir)
		}
	}
	r.finish()
	return r, nil
}

func newFiguresReport(split string) *FiguresReport {
	r := &FiguresReport{Split: split}
	for _, n := range figureFields {
		r.Fields = append(r.Fields, FieldScore{Name: n})
	}
	for _, n := range statementFields {
		r.StatementField = append(r.StatementField, FieldScore{Name: n})
	}
	r.DenialSet.Fields = []FieldScore{{Name: "speaker"}, {Name: "speaker_type"}}
	return r
}

func (r *FiguresReport) field(name string) *FieldScore {
	for i := range r.Fields {
		if r.Fields[i].Name == name {
			return &r.Fields[i]
		}
	}
	for i := range r.StatementField {
		if r.StatementField[i].Name == name {
			return &r.StatementField[i]
		}
	}
	panic("eval: no field " + name)
}

const maxListed = 200

// addDoc scores one document's predictions against its gold.
func (r *FiguresReport) addDoc(a *T17Article, doc GoldRecord, figs, stmts []GoldRecord, res *extract.Result) error {
	if err := r.addFigures(a, doc, figs, res); err != nil {
		return err
	}
	return r.addStatements(a, stmts, res)
}

// addFigures scores one document's predicted figures against its gold.
func (r *FiguresReport) addFigures(a *T17Article, doc GoldRecord, figs []GoldRecord, res *extract.Result) error {
	r.Docs++
	if doc.FiguresComplete {
		r.CompleteDocs++
	}
	if r.topics == nil {
		r.topics = map[string]*TopicScore{}
	}
	ts := r.topics[a.Topic]
	if ts == nil {
		ts = &TopicScore{Topic: a.Topic}
		r.topics[a.Topic] = ts
	}
	ts.Docs++
	// Figures.
	gold := make([]document.Span, len(figs))
	for i, f := range figs {
		sp, err := a.Resolve(f.Line, f.Number, f.Nth)
		if err != nil {
			return fmt.Errorf("gold %s: %w", f.At, err)
		}
		gold[i] = sp
	}
	pred := make([]document.Span, len(res.Figures))
	for i, f := range res.Figures {
		pred[i] = f.Span
	}
	pairs, unmatchedGold, unmatchedPred := matchSpans(gold, pred)
	for _, p := range pairs {
		r.scoreFigure(figs[p[0]], res.Figures[p[1]], !a.Published.IsZero())
		if d := figureDiff(figs[p[0]], res.Figures[p[1]]); d != "" && len(r.FieldErrors) < maxListed {
			r.FieldErrors = append(r.FieldErrors, fmt.Sprintf("%s:%d %s %s", a.Key, figs[p[0]].Line, figs[p[0]].Number, d))
		}
	}
	if doc.FiguresComplete {
		r.GoldFigures += len(figs)
		m := PRF{TP: float64(len(pairs)), FP: float64(len(unmatchedPred)), FN: float64(len(unmatchedGold))}
		r.figPRF = r.figPRF.Add(m)
		ts.fig = ts.fig.Add(m)
		for _, i := range unmatchedGold {
			if len(r.Misses) < maxListed {
				r.Misses = append(r.Misses, fmt.Sprintf("%s:%d %s", a.Key, figs[i].Line, figs[i].Number))
			}
		}
		for _, i := range unmatchedPred {
			if len(r.FalsePositives) < maxListed {
				r.FalsePositives = append(r.FalsePositives, fmt.Sprintf("%s:%d %s", a.Key, a.lineOf(pred[i].Start), res.Figures[i].Text))
			}
		}
	}

	return nil
}

// addStatements scores one document's predicted statements against its gold.
func (r *FiguresReport) addStatements(a *T17Article, stmts []GoldRecord, res *extract.Result) error {
	ts := r.topics[a.Topic]
	r.GoldStatements += len(stmts)
	gcue := make([]document.Span, len(stmts))
	for i, s := range stmts {
		sp, err := a.Resolve(s.Line, s.Cue, s.CueNth)
		if err != nil {
			return fmt.Errorf("gold %s: %w", s.At, err)
		}
		gcue[i] = sp
	}
	// A statement without a cue (the continuation of a quote whose cue is
	// in an earlier sentence) repeats an attribution the gold has once, at
	// its cue: it is left out rather than counted as a false positive.
	cued := make([]extract.Statement, 0, len(res.Statements))
	for _, s := range res.Statements {
		if s.CueSpan.IsZero() {
			r.UncuedStatements++
			continue
		}
		cued = append(cued, s)
	}
	sPairs, sGold, sPred := matchStatements(a, stmts, gcue, cued)
	sm := PRF{TP: float64(len(sPairs)), FP: float64(len(sPred)), FN: float64(len(sGold))}
	r.stPRF = r.stPRF.Add(sm)
	ts.st = ts.st.Add(sm)
	for _, i := range sGold {
		if len(r.StatementMisses) < maxListed {
			r.StatementMisses = append(r.StatementMisses, fmt.Sprintf("%s:%d %s", a.Key, stmts[i].Line, stmts[i].Cue))
		}
	}
	for _, i := range sPred {
		if len(r.StatementFalsePositives) < maxListed {
			s := cued[i]
			r.StatementFalsePositives = append(r.StatementFalsePositives, fmt.Sprintf("%s:%d %s (%s)", a.Key, a.lineOf(s.CueSpan.Start), s.Cue, s.Speaker))
		}
	}
	matchedPred := map[int]int{}
	for _, p := range sPairs {
		matchedPred[p[1]] = p[0]
	}
	for _, p := range sPairs {
		g, s := stmts[p[0]], cued[p[1]]
		spk := sameSource(g.Speaker, string(s.Speaker))
		r.field("speaker").add(spk, g.Speaker, string(s.Speaker))
		r.field("speaker_type").add(fold(g.SpeakerType) == fold(string(s.SpeakerType)), g.SpeakerType, string(s.SpeakerType))
		r.field("stance").add(fold(g.Stance) == fold(s.Stance), g.Stance, s.Stance)
		if g.Direct != nil {
			r.field("direct").add(*g.Direct == s.Direct, fmt.Sprint(*g.Direct), fmt.Sprint(s.Direct))
		}
	}
	// Denials: a predicted denial is right when it matches a gold denial
	// (and, for Denials, names the speaker right).
	for gi, g := range stmts {
		if g.Stance != extract.Denies {
			continue
		}
		found, foundSpk := false, false
		for _, p := range sPairs {
			if p[0] == gi && cued[p[1]].Stance == extract.Denies {
				found = true
				foundSpk = sameSource(g.Speaker, string(cued[p[1]].Speaker))
			}
		}
		r.denStPRF = r.denStPRF.Add(countOne(found))
		r.denPRF = r.denPRF.Add(countOne(foundSpk))
		if !foundSpk && len(r.DenialMisses) < maxListed {
			r.DenialMisses = append(r.DenialMisses, fmt.Sprintf("%s:%d %s (%s)", a.Key, g.Line, g.Cue, g.Speaker))
		}
	}
	for pi, s := range cued {
		if s.Stance != extract.Denies {
			continue
		}
		gi, ok := matchedPred[pi]
		if !ok || stmts[gi].Stance != extract.Denies {
			r.denStPRF.FP++
			r.denPRF.FP++
			continue
		}
		if !sameSource(stmts[gi].Speaker, string(s.Speaker)) {
			r.denPRF.FP++
		}
	}
	return nil
}

// countOne is a true positive when found, else a false negative.
func countOne(found bool) PRF {
	if found {
		return PRF{TP: 1}
	}
	return PRF{FN: 1}
}

// lineOf returns the 1-based line holding byte offset off of Text.
func (a *T17Article) lineOf(off int) int {
	i := sort.Search(len(a.lineStart), func(i int) bool { return a.lineStart[i] > off })
	return i
}

// matchSpans pairs gold and predicted spans one to one by overlap, the
// nearest starts first. It returns the (gold, predicted) index pairs and
// the unmatched indexes of each side.
func matchSpans(gold, pred []document.Span) (pairs [][2]int, ug, up []int) {
	type cand struct{ g, p, d int }
	var cs []cand
	for gi, g := range gold {
		for pi, p := range pred {
			if g.Overlaps(p) {
				d := g.Start - p.Start
				if d < 0 {
					d = -d
				}
				cs = append(cs, cand{gi, pi, d})
			}
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	gUsed, pUsed := make([]bool, len(gold)), make([]bool, len(pred))
	for _, c := range cs {
		if gUsed[c.g] || pUsed[c.p] {
			continue
		}
		gUsed[c.g], pUsed[c.p] = true, true
		pairs = append(pairs, [2]int{c.g, c.p})
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i][0] < pairs[j][0] })
	for i, u := range gUsed {
		if !u {
			ug = append(ug, i)
		}
	}
	for i, u := range pUsed {
		if !u {
			up = append(up, i)
		}
	}
	return pairs, ug, up
}

// matchStatements pairs gold statements with predicted ones: by overlapping
// cue spans, then by a predicted cue on the same line containing the gold cue.
func matchStatements(a *T17Article, gold []GoldRecord, gcue []document.Span, pred []extract.Statement) (pairs [][2]int, ug, up []int) {
	pcue := make([]document.Span, len(pred))
	for i, s := range pred {
		pcue[i] = s.CueSpan
	}
	pairs, ug, up = matchSpans(gcue, pcue)
	if len(ug) == 0 || len(up) == 0 {
		return pairs, ug, up
	}
	var ug2 []int
	for _, gi := range ug {
		hit := -1
		for k, pi := range up {
			if pi >= 0 && a.lineOf(pred[pi].CueSpan.Start) == gold[gi].Line &&
				strings.Contains(strings.ToLower(string(pred[pi].Cue)), strings.ToLower(gold[gi].Cue)) {
				hit = k
				break
			}
		}
		if hit < 0 {
			ug2 = append(ug2, gi)
			continue
		}
		pairs = append(pairs, [2]int{gi, up[hit]})
		up[hit] = -1
	}
	var up2 []int
	for _, pi := range up {
		if pi >= 0 {
			up2 = append(up2, pi)
		}
	}
	return pairs, ug2, up2
}

// scoreFigure adds one matched figure to the field scores. as_of_basis is
// scored only when the article has a publication date (hasPub): without
// one (FNC-1 bodies) no basis can be checked, and as_of is right when gold
// and prediction agree on the stated date or on none.
func (r *FiguresReport) scoreFigure(g GoldRecord, p extract.Figure, hasPub bool) {
	gv, pv := fmtValue(g.Value, g.Low, g.High), fmtValue(p.Value, p.Low, p.High)
	r.field("value").add(sameValue(g, p), gv, pv)
	str := func(name, gold, pred string) {
		r.field(name).add(fold(gold) == fold(pred), gold, pred)
	}
	str("event", g.Event, string(p.Event))
	str("counted", g.Counted, string(p.Counted))
	str("measure", g.Measure, string(p.Measure))
	str("scope", g.Scope, string(p.Scope))
	str("as_of", g.AsOf, string(p.AsOf))
	if hasPub {
		str("as_of_basis", g.AsOfBasis, string(p.AsOfBasis))
	}
	r.field("location").add(samePlace(g.Location, g.Country, string(p.Location), string(p.Country)), g.Location, string(p.Location))
	str("location_basis", g.LocationBasis, string(p.LocationBasis))
	r.field("source").add(sameSource(g.Source, string(p.Source)), g.Source, string(p.Source))
	str("source_type", g.SourceType, string(p.SourceType))
	str("basis", g.Basis, string(p.Basis))
}

// figureDiff lists the headline fields (event, scope, as_of, location,
// source) a matched figure gets wrong: "event killed→null; …", or "".
func figureDiff(g GoldRecord, p extract.Figure) string {
	var b []string
	add := func(name string, right bool, gold, pred string) {
		if !right {
			b = append(b, name+" "+orNull(gold)+"→"+orNull(pred))
		}
	}
	add("event", fold(g.Event) == fold(string(p.Event)), g.Event, string(p.Event))
	add("scope", fold(g.Scope) == fold(string(p.Scope)), g.Scope, string(p.Scope))
	add("as_of", fold(g.AsOf) == fold(string(p.AsOf)), g.AsOf, string(p.AsOf))
	add("location", samePlace(g.Location, g.Country, string(p.Location), string(p.Country)), g.Location+"/"+g.Country, string(p.Location)+"/"+string(p.Country))
	add("source", sameSource(g.Source, string(p.Source)), g.Source, string(p.Source))
	add("source_type", fold(g.SourceType) == fold(string(p.SourceType)), g.SourceType, string(p.SourceType))
	add("via", g.Via == "" || sameSource(g.Via, string(p.Via)), g.Via, string(p.Via))
	return strings.Join(b, "; ")
}

func fmtValue(v, lo, hi *float64) string {
	f := func(p *float64) string {
		if p == nil {
			return "null"
		}
		return fmt.Sprint(*p)
	}
	if lo != nil || hi != nil {
		return f(lo) + "–" + f(hi)
	}
	return f(v)
}

// sameValue compares values; a gold range compares its bounds.
func sameValue(g GoldRecord, p extract.Figure) bool {
	eq := func(a, b *float64) bool {
		if a == nil || b == nil {
			return a == nil && b == nil
		}
		return math.Abs(*a-*b) <= 1e-9*math.Max(1, math.Abs(*a))
	}
	if g.Low != nil || g.High != nil {
		return eq(g.Low, p.Low) && eq(g.High, p.High)
	}
	return eq(g.Value, p.Value)
}

// fold lower-cases, trims and drops a leading "the" and a possessive.
func fold(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "'")
	s = strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '&' && r != '%'
	}), " ")
	return s
}

// sourceAliases folds common alternative names of sources (after fold).
var sourceAliases = map[string]string{
	"un": "united nations", "u n": "united nations", "the un": "united nations",
	"who": "world health organization", "world health organisation": "world health organization",
	"us": "united states", "u s": "united states", "usa": "united states", "america": "united states",
	"uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
	"eu": "european union", "imf": "international monetary fund",
	"hrw": "human rights watch", "bp plc": "bp", "british petroleum": "bp",
	"noaa": "national oceanic and atmospheric administration",
	"cdc":  "centers for disease control and prevention",
	"usgs": "us geological survey", "u s geological survey": "us geological survey",
}

func foldSource(s string) string {
	s = fold(s)
	if a, ok := sourceAliases[s]; ok {
		return a
	}
	return s
}

// sameSource compares sources or speakers leniently: equal after folding
// aliases, or one contains the other's head noun (its last word) as a word.
func sameSource(gold, pred string) bool {
	g, p := foldSource(gold), foldSource(pred)
	if g == "" || p == "" {
		return g == p
	}
	if g == p {
		return true
	}
	return containsWord(p, lastWord(g)) || containsWord(g, lastWord(p)) ||
		containsWord(p, initials(g)) || containsWord(g, initials(p))
}

// initials makes the acronym of a name of several words, skipping function
// words ("Committee to Protect Journalists" → "cpj"), or "" for one word.
func initials(s string) string {
	f := strings.Fields(s)
	if len(f) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range f {
		switch w {
		case "of", "to", "the", "for", "and", "on", "in":
			continue
		}
		b.WriteString(w[:1])
	}
	return b.String()
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

func containsWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// samePlace is right when the predicted location or country equals the
// gold location or country after folding (both empty is right too).
func samePlace(gLoc, gCountry, pLoc, pCountry string) bool {
	gl, gc, pl, pc := foldSource(gLoc), foldSource(gCountry), foldSource(pLoc), foldSource(pCountry)
	if gl == "" && gc == "" {
		return pl == "" && pc == ""
	}
	for _, g := range []string{gl, gc} {
		for _, p := range []string{pl, pc} {
			if g != "" && g == p {
				return true
			}
		}
	}
	return false
}

func (r *FiguresReport) finish() {
	r.Figures = prfScore(r.figPRF)
	r.Statements = prfScore(r.stPRF)
	r.Denials = prfScore(r.denPRF)
	r.DenialStance = prfScore(r.denStPRF)
	r.DenialSet.Denials = prfScore(r.DenialSet.den)
	r.DenialSet.DenialStance = prfScore(r.DenialSet.denSt)
	for i := range r.DenialSet.Fields {
		r.DenialSet.Fields[i].finish(5)
	}
	for i := range r.Fields {
		r.Fields[i].finish(5)
	}
	r.Topics = r.Topics[:0]
	for _, ts := range r.topics {
		ts.Figures, ts.Statements = prfScore(ts.fig), prfScore(ts.st)
		r.Topics = append(r.Topics, *ts)
	}
	sort.Slice(r.Topics, func(i, j int) bool { return r.Topics[i].Topic < r.Topics[j].Topic })
	for i := range r.StatementField {
		r.StatementField[i].finish(5)
	}
}

// Text writes the report for people.
func (r *FiguresReport) Text(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "figures (%s gold), split %s: %d docs, %d with every figure annotated\n", r.Data, r.Split, r.Docs, r.CompleteDocs)
	prf := func(name string, s PRFScore) {
		fmt.Fprintf(bw, "  %-14s P %.3f  R %.3f  F1 %.3f   (tp %g, fp %g, fn %g)\n", name, s.Precision, s.Recall, s.F1, s.TP, s.FP, s.FN)
	}
	prf("figures", r.Figures)
	fmt.Fprintf(bw, "field accuracy over matched figures:\n")
	fields := func(fs []FieldScore) {
		for _, f := range fs {
			if f.Total == 0 {
				continue // not scored here (as_of_basis without publication dates)
			}
			fmt.Fprintf(bw, "  %-14s %.3f  (%d/%d)", f.Name, f.Accuracy, f.Right, f.Total)
			for k, c := range f.Confusions {
				if k == 3 {
					break
				}
				fmt.Fprintf(bw, "  %s→%s ×%d", c.Gold, c.Predicted, c.Count)
			}
			fmt.Fprintln(bw)
		}
	}
	fields(r.Fields)
	fmt.Fprintf(bw, "statements (%d gold):\n", r.GoldStatements)
	prf("statements", r.Statements)
	prf("denials", r.Denials)
	prf("denial stance", r.DenialStance)
	fields(r.StatementField)
	if ds := r.DenialSet; ds.Docs > 0 {
		fmt.Fprintf(bw, "denial set (%d docs, %d gold denials, %d look-alike lines, %d flagged; %d predicted denials on lines not annotated):\n",
			ds.Docs, ds.GoldDenials, ds.Lookalikes, ds.LookalikesFlagged, ds.Unjudged)
		prf("denials", ds.Denials)
		prf("denial stance", ds.DenialStance)
		fields(ds.Fields)
	}
	fmt.Fprintf(bw, "by topic (figures F1, statements F1):\n")
	for _, t := range r.Topics {
		fmt.Fprintf(bw, "  %-22s %2d docs  figures %.3f (P %.3f R %.3f)  statements %.3f\n", t.Topic, t.Docs, t.Figures.F1, t.Figures.Precision, t.Figures.Recall, t.Statements.F1)
	}
	return bw.Flush()
}

// addDenialDoc scores a denial-set article: its gold denials (recall, and
// the speaker) and the predicted denials on its annotated lines.
func (r *FiguresReport) addDenialDoc(a *T17Article, stmts, non []GoldRecord, res *extract.Result) error {
	ds := &r.DenialSet
	ds.Docs++
	gcue := make([]document.Span, len(stmts))
	for i, s := range stmts {
		sp, err := a.Resolve(s.Line, s.Cue, s.CueNth)
		if err != nil {
			return fmt.Errorf("gold %s: %w", s.At, err)
		}
		gcue[i] = sp
	}
	for _, n := range non {
		if _, err := a.Resolve(n.Line, n.Cue, n.CueNth); err != nil {
			return fmt.Errorf("gold %s: %w", n.At, err)
		}
	}
	var cued []extract.Statement
	for _, s := range res.Statements {
		if !s.CueSpan.IsZero() {
			cued = append(cued, s)
		}
	}
	pairs, _, _ := matchStatements(a, stmts, gcue, cued)
	goldOf := map[int]int{}
	for _, p := range pairs {
		goldOf[p[1]] = p[0]
	}
	// annotated lines: true when the line holds a gold denial
	lines := map[int]bool{}
	for _, n := range non {
		lines[n.Line] = lines[n.Line] || false
	}
	for _, s := range stmts {
		lines[s.Line] = lines[s.Line] || s.Stance == extract.Denies
	}
	for gi, g := range stmts {
		if g.Stance != extract.Denies {
			continue
		}
		ds.GoldDenials++
		found, spk := false, false
		for _, p := range pairs {
			if p[0] != gi || cued[p[1]].Stance != extract.Denies {
				continue
			}
			s := cued[p[1]]
			found = true
			spk = sameSource(g.Speaker, string(s.Speaker))
			ds.Fields[0].add(spk, g.Speaker, string(s.Speaker))
			ds.Fields[1].add(fold(g.SpeakerType) == fold(string(s.SpeakerType)), g.SpeakerType, string(s.SpeakerType))
		}
		ds.denSt = ds.denSt.Add(countOne(found))
		ds.den = ds.den.Add(countOne(spk))
		if !spk && len(ds.Misses) < maxListed {
			ds.Misses = append(ds.Misses, fmt.Sprintf("%s:%d %s (%s)", a.Key, g.Line, g.Cue, g.Speaker))
		}
	}
	flagged := map[int]bool{}
	for pi, s := range cued {
		if s.Stance != extract.Denies {
			continue
		}
		line := a.lineOf(s.CueSpan.Start)
		if gi, ok := goldOf[pi]; ok && stmts[gi].Stance == extract.Denies {
			if !sameSource(stmts[gi].Speaker, string(s.Speaker)) {
				ds.den.FP++
			}
			continue
		}
		den, annotated := lines[line]
		if !annotated {
			ds.Unjudged++
			continue
		}
		if !den {
			flagged[line] = true
		}
		ds.den.FP++
		ds.denSt.FP++
		if len(ds.FalsePositives) < maxListed {
			ds.FalsePositives = append(ds.FalsePositives, fmt.Sprintf("%s:%d %s (%s)", a.Key, line, s.Cue, s.Speaker))
		}
	}
	for _, den := range lines {
		if !den {
			ds.Lookalikes++
		}
	}
	ds.LookalikesFlagged += len(flagged)
	return nil
}

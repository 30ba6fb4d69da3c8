package eval

import (
	"context"
	"io"
	"sort"

	"github.com/claimtrack/claimtrack/internal/stance"
)

// Task is one benchmark evaluation: Run scores claimtrack on the data set in
// dir for a split and returns a report that marshals to JSON and has a
// Text(io.Writer) method.
type Task struct {
	Name         string
	Summary      string
	DefaultSplit string // dev where the data set has one, else train
	Run          func(dir, split string) (any, error)
	// RunGold replaces Run for tasks whose gold annotations ship apart
	// from the data (in this repository, pointing into ../shared).
	RunGold func(gold, dir, split string) (any, error)
}

// DefaultGold is where the hand-made gold of the figures task lives,
// relative to the repository root.
const DefaultGold = "testdata/gold/t17"

// DefaultFNC1Gold is the hand-made gold of conflict reporting over the FNC-1
// train bodies, relative to the repository root.
const DefaultFNC1Gold = "testdata/gold/fnc1conflict"

// DefaultGoldFor returns the default gold directory of the figures task for
// the data at dataPath: the FNC-1 conflict set for FNC-1 bodies, else the
// Timeline17 set.
func DefaultGoldFor(dataPath string) string {
	if isFNC1Data(dataPath) {
		return DefaultFNC1Gold
	}
	return DefaultGold
}

// Tasks lists the evaluations by name. Adding one is one entry.
func Tasks() map[string]Task {
	ts := []Task{
		{"emergent", "Emergent claim–headline stance (for/against/observing)", "dev", func(dir, split string) (any, error) {
			m, err := stance.Default()
			if err != nil {
				return nil, err
			}
			return Emergent(m, dir, split)
		}, nil},
		{"fnc1", "FNC-1 headline–body stance (agree/disagree/discuss/unrelated), official score", "dev", func(dir, split string) (any, error) {
			m, err := stance.Default()
			if err != nil {
				return nil, err
			}
			return FNC1(m, dir, split)
		}, nil},
		{"tempeval", "TempEval-3 time expressions (timex)", "dev", func(dir, split string) (any, error) { return TempEval(dir, split) }, nil},
		{"polnear", "PolNeAR attribution (source/cue/content)", "dev", func(dir, split string) (any, error) { return PolNeAR(dir, split) }, nil},
		{"recognizers", "Recognizers-Text numbers, units and dates (no splits)", "", func(dir, _ string) (any, error) { return Recognizers(dir) }, nil},
		{"conll", "named entities (CoNLL format, or the GMB CSV)", "dev", func(dir, split string) (any, error) { return CoNLL(dir, split) }, nil},
		{"figures", "figure semantics and attributions on hand-annotated Timeline17 articles, or FNC-1 conflict bodies with --data ../shared/data/fnc1 (--gold DIR; splits dev, check, all; FNC-1 also check2, dev3, check3 and check4)", "dev", nil,
			func(gold, dir, split string) (any, error) { return Figures(context.Background(), gold, dir, split) }},
		{"ledger", "the ledger on Timeline17 against gold disputes.jsonl (tolls, disputes, revisions; --gold DIR, --sample FILE)", "", nil,
			func(gold, dir, _ string) (any, error) { return Ledger(dir, gold, "") }},
		{"links", "the ledger's denial links on the Timeline17 topics of the denial set, against its target lines (--gold DIR, --sample FILE; splits dev, check, all)", "all", nil,
			func(gold, dir, split string) (any, error) { return Links(context.Background(), gold, dir, split, "") }},
		{"html", "main text of web pages (article-extraction-benchmark layout); splits dev, test (held out by hash), all", "dev", func(dir, split string) (any, error) { return HTML(dir, split) }, nil},
	}
	m := make(map[string]Task, len(ts))
	for _, t := range ts {
		m[t.Name] = t
	}
	return m
}

// TaskNames returns the task names, sorted.
func TaskNames() []string {
	var names []string
	for n := range Tasks() {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// WriteText writes a report returned by a Task for people.
func WriteText(w io.Writer, report any) error {
	switch r := report.(type) {
	case interface{ Text(io.Writer) error }:
		return r.Text(w)
	case interface{ Text(io.Writer) }:
		r.Text(w)
		return nil
	}
	return nil
}

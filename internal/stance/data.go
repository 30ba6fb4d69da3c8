package stance

import (
	"encoding/csv"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
)

// Pair is one labelled (claim, text) example of a stance data set. Group is
// what the train/dev split is keyed on (Emergent claimId, FNC-1 Body ID).
type Pair struct {
	Claim, Text, Label, Group string
}

// Splits of the data sets: "train" is the official train file minus the
// deterministic dev part, "dev" that part, "all" the whole official train
// file, "test" the official test file (when present).
const (
	SplitTrain = "train"
	SplitDev   = "dev"
	SplitAll   = "all"
	SplitTest  = "test"
)

// IsDev reports whether a group (Emergent claimId, FNC-1 Body ID) belongs to
// the deterministic ~20% dev part of the official train split.
func IsDev(group string) bool {
	h := fnv.New32a()
	h.Write([]byte(group))
	return h.Sum32()%5 == 0
}

func keep(split, group string) bool {
	switch split {
	case SplitTrain:
		return !IsDev(group)
	case SplitDev:
		return IsDev(group)
	}
	return true
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(recs) < 1 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	return recs, nil
}

func columns(path string, header []string, names ...string) ([]int, error) {
	idx := make([]int, len(names))
	for i, n := range names {
		idx[i] = -1
		for j, h := range header {
			if h == n {
				idx[i] = j
			}
		}
		if idx[i] < 0 {
			return nil, fmt.Errorf("%s: no column %q", path, n)
		}
	}
	return idx, nil
}

// LoadEmergent reads the Emergent clean release in dir
// (url-versions-2015-06-14-clean-{train,test}.csv).
func LoadEmergent(dir, split string) ([]Pair, error) {
	name := "url-versions-2015-06-14-clean-train.csv"
	switch split {
	case SplitTest:
		name = "url-versions-2015-06-14-clean-test.csv"
	case SplitTrain, SplitDev, SplitAll:
	default:
		return nil, fmt.Errorf("emergent: unknown split %q", split)
	}
	path := filepath.Join(dir, name)
	recs, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	col, err := columns(path, recs[0], "claimHeadline", "articleHeadline", "articleHeadlineStance", "claimId")
	if err != nil {
		return nil, err
	}
	var out []Pair
	for _, r := range recs[1:] {
		if len(r) <= max(col[0], col[1], col[2], col[3]) {
			continue
		}
		p := Pair{Claim: r[col[0]], Text: r[col[1]], Label: r[col[2]], Group: r[col[3]]}
		if keep(split, p.Group) {
			out = append(out, p)
		}
	}
	return out, nil
}

// LoadFNC reads FNC-1 in dir: train_{bodies,stances}.csv, or for the test
// split competition_test_{bodies,stances}.csv. Claim is the headline, Text
// the body.
func LoadFNC(dir, split string) ([]Pair, error) {
	prefix := "train_"
	switch split {
	case SplitTest:
		prefix = "competition_test_"
	case SplitTrain, SplitDev, SplitAll:
	default:
		return nil, fmt.Errorf("fnc1: unknown split %q", split)
	}
	bpath := filepath.Join(dir, prefix+"bodies.csv")
	brecs, err := readCSV(bpath)
	if err != nil {
		return nil, err
	}
	bcol, err := columns(bpath, brecs[0], "Body ID", "articleBody")
	if err != nil {
		return nil, err
	}
	bodies := make(map[string]string, len(brecs))
	for _, r := range brecs[1:] {
		if len(r) > max(bcol[0], bcol[1]) {
			bodies[r[bcol[0]]] = r[bcol[1]]
		}
	}
	spath := filepath.Join(dir, prefix+"stances.csv")
	srecs, err := readCSV(spath)
	if err != nil {
		return nil, err
	}
	scol, err := columns(spath, srecs[0], "Headline", "Body ID", "Stance")
	if err != nil {
		return nil, err
	}
	var out []Pair
	for _, r := range srecs[1:] {
		if len(r) <= max(scol[0], scol[1], scol[2]) {
			continue
		}
		body, ok := bodies[r[scol[1]]]
		if !ok {
			return nil, fmt.Errorf("%s: Body ID %s not in %s", spath, r[scol[1]], bpath)
		}
		p := Pair{Claim: r[scol[0]], Text: body, Label: r[scol[2]], Group: r[scol[1]]}
		if keep(split, p.Group) {
			out = append(out, p)
		}
	}
	return out, nil
}

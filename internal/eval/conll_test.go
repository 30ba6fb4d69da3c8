package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// conllShared returns ../shared beside the repository root, or skips.
func conllShared(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test directory")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("shared data directory %s is absent", shared)
	}
	return shared
}

func TestChunks(t *testing.T) {
	tests := []struct {
		name string
		tags []string
		want []NERChunk
	}{
		{"iob2", []string{"B-PER", "I-PER", "O", "B-LOC"}, []NERChunk{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"iob1 start with I", []string{"I-ORG", "I-ORG", "O", "I-LOC"}, []NERChunk{{0, 2, "ORG"}, {3, 4, "LOC"}}},
		{"iob1 B splits same type", []string{"I-LOC", "B-LOC", "I-LOC"}, []NERChunk{{0, 1, "LOC"}, {1, 3, "LOC"}}},
		{"type change", []string{"B-PER", "I-ORG"}, []NERChunk{{0, 1, "PER"}, {1, 2, "ORG"}}},
		{"all O", []string{"O", "O"}, nil},
		{"entity at end", []string{"O", "B-MISC", "I-MISC"}, []NERChunk{{1, 3, "MISC"}}},
	}
	for _, tt := range tests {
		if got := Chunks(tt.tags); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Chunks(%v) = %v, want %v", tt.name, tt.tags, got, tt.want)
		}
	}
}

func TestScoreChunks(t *testing.T) {
	// gold: PER[0,2) LOC[3,4) ORG[5,6); system: PER[0,2) correct, LOC[3,5)
	// wrong extent, MISC[6,7) spurious.
	gold := Chunks([]string{"B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "O"})
	sys := Chunks([]string{"B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O", "B-MISC"})
	counts := map[string]*[3]int{"PER": {}, "ORG": {}, "LOC": {}, "MISC": {}}
	scoreChunks(counts, gold, sys)
	want := map[string][3]int{"PER": {1, 1, 1}, "LOC": {1, 1, 0}, "ORG": {1, 0, 0}, "MISC": {0, 1, 0}}
	for k, w := range want {
		if *counts[k] != w {
			t.Errorf("%s: got %v, want %v", k, *counts[k], w)
		}
	}
	// overall P = 1/3, R = 1/3
	var all PRF
	for _, c := range counts {
		all = all.Add(PRF{TP: float64(c[2]), FP: float64(c[1] - c[2]), FN: float64(c[0] - c[2])})
	}
	if p, r := all.Precision(), all.Recall(); p != 1.0/3 || r != 1.0/3 {
		t.Errorf("P, R = %v, %v; want 1/3, 1/3", p, r)
	}
}

const conllSample = `-DOCSTART- -X- -X- O

Gen. NNP I-NP O
Mark NNP I-NP I-PER
Milley NNP I-NP I-PER
visited VBD I-VP O
Baghdad NNP I-NP I-LOC
. . O O

The DT I-NP O
Pentagon NNP I-NP I-ORG
said VBD I-VP O
. . O O
`

func TestReadCoNLLAndScore(t *testing.T) {
	sents, err := ReadCoNLL(strings.NewReader(conllSample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || len(sents[0].Tokens) != 6 || sents[1].Tags[1] != "I-ORG" || sents[0].Doc != sents[1].Doc {
		t.Fatalf("read %+v", sents)
	}
	r := ScoreNER(sents, 0)
	if r.Gold != 3 || r.Tokens != 10 || r.Sentences != 2 {
		t.Errorf("report counts %+v", r)
	}
	if r.F1 != 1 {
		t.Errorf("F1 = %v, want 1 (%+v)", r.F1, r.PerType)
	}
	var buf bytes.Buffer
	if err := r.Text(&buf); err != nil || !strings.Contains(buf.String(), "PER") {
		t.Errorf("Text: %v %q", err, buf.String())
	}
	js, _ := json.Marshal(r)
	for _, k := range []string{`"precision"`, `"recall"`, `"f1"`, `"per_type"`, `"sentences"`, `"tokens"`} {
		if !bytes.Contains(js, []byte(k)) {
			t.Errorf("JSON lacks %s: %s", k, js)
		}
	}
}

func TestGMBTags(t *testing.T) {
	toks := []string{"President", "George", "Bush", "met", "Iraqi", "leaders", "in", "Nepal", "on", "Monday"}
	tags := []string{"B-per", "I-per", "I-per", "O", "B-gpe", "O", "O", "B-gpe", "O", "B-tim"}
	pos := []string{"NNP", "NNP", "NNP", "VBD", "JJ", "NNS", "IN", "NNP", "IN", "NNP"}
	got := gmbTags(toks, tags, pos)
	want := []string{"O", "B-PER", "I-PER", "O", "B-MISC", "O", "O", "B-LOC", "O", "O"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("gmbTags = %v, want %v", got, want)
	}
}

func TestCoNLLFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "eng.testa"), []byte(conllSample), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := CoNLL(dir, "dev")
	if err != nil {
		t.Fatal(err)
	}
	if r.Format != "conll" || r.Sentences != 2 {
		t.Errorf("got %+v", r)
	}
	if _, err := CoNLL(dir, "test"); err == nil {
		t.Error("missing test file: want error")
	}
	if _, err := CoNLL(dir, "nope"); err == nil {
		t.Error("bad split: want error")
	}
}

func TestCoNLLGMB(t *testing.T) {
	dir := filepath.Join(conllShared(t), "data", "gmb-kaggle-ner")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("GMB data absent: %v", err)
	}
	split := os.Getenv("CONLL_SPLIT")
	if split == "" {
		split = "dev"
	}
	r, err := CoNLL(dir, split)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	r.Text(&buf)
	t.Log("\n" + buf.String())
	if r.Sentences < 4000 || r.Format != "gmb" {
		t.Errorf("read %d sentences (%s)", r.Sentences, r.Format)
	}
	// a floor well under the measured score, to catch regressions
	if r.F1 < 0.7 {
		t.Errorf("GMB %s F1 = %.3f, want >= 0.7", split, r.F1)
	}
}

func TestReadGMB(t *testing.T) {
	// Latin-1: "S\xe3o" is "São"; the header row is skipped; "Sentence: 2"
	// starts a new sentence.
	csvText := "Sentence #,Word,POS,Tag\r\n" +
		"Sentence: 1,President,NNP,B-per\r\n,Lula,NNP,I-per\r\n,visited,VBD,O\r\n,S\xe3o,NNP,B-geo\r\n,Paulo,NNP,I-geo\r\n,.,.,O\r\n" +
		"Sentence: 2,\"\"\"\",``,O\r\n,Iraqi,JJ,B-gpe\r\n,officials,NNS,O\r\n,met,VBD,O\r\n,in,IN,O\r\n,2005,CD,B-tim\r\n"
	sents, err := ReadGMB(strings.NewReader(csvText))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences", len(sents))
	}
	if sents[0].Tokens[3] != "São" {
		t.Errorf("Latin-1 token = %q", sents[0].Tokens[3])
	}
	if want := []string{"O", "B-PER", "O", "B-LOC", "I-LOC", "O"}; !reflect.DeepEqual(sents[0].Tags, want) {
		t.Errorf("tags 0 = %v, want %v", sents[0].Tags, want)
	}
	if want := []string{"O", "B-MISC", "O", "O", "O", "O"}; !reflect.DeepEqual(sents[1].Tags, want) {
		t.Errorf("tags 1 = %v, want %v", sents[1].Tags, want)
	}
	if sents[1].Tokens[0] != `"` {
		t.Errorf("quoted token = %q", sents[1].Tokens[0])
	}
	dev := GMBSplit(make([]NERSentence, 100), "dev")
	train := GMBSplit(make([]NERSentence, 100), "train")
	if len(dev) != 10 || len(train) != 90 {
		t.Errorf("split sizes %d/%d, want 10/90", len(dev), len(train))
	}
}

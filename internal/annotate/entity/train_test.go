package entity

import (
	"archive/zip"
	"encoding/csv"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// TestTrainStretchModel rebuilds stretch.model from the GMB training part
// (the first 90% of sentences; the last 10% are the dev split of the conll
// evaluation and are never read here). It runs only with ENTITY_TRAIN=1:
//
//	ENTITY_TRAIN=1 go test -run TestTrainStretchModel -count=1 ./internal/annotate/entity
//
// (or go generate ./internal/annotate/entity). See TRAINING.md.
func TestTrainStretchModel(t *testing.T) {
	if os.Getenv("ENTITY_TRAIN") == "" {
		t.Skip("set ENTITY_TRAIN=1 to retrain stretch.model")
	}
	path := filepath.Join(repoRoot(t), "..", "shared", "data", "gmb-kaggle-ner", "ner_dataset.csv.zip")
	sents, err := readGMBTrain(path)
	if err != nil {
		t.Skipf("GMB data: %v", err)
	}
	sents = sents[:len(sents)-len(sents)/10]
	// ENTITY_TRAIN_HOLD=1: train on 8/9 of the training part and report
	// accuracy on the rest against the fallback rules, without writing.
	hold := os.Getenv("ENTITY_TRAIN_HOLD") != ""
	var held []example
	if hold {
		cut := len(sents) * 8 / 9
		held = collectExamples(sents[cut:])
		sents = sents[:cut]
	}
	examples := collectExamples(sents)
	counts := [modelClasses]int{}
	for _, e := range examples {
		counts[e.label]++
	}
	t.Logf("%d sentences, %d stretch examples, per class %v", len(sents), len(examples), counts)

	const bits = 16
	const epochs = 10
	n := (1 << bits) * modelClasses
	w := make([]float32, n)
	u := make([]float32, n) // for averaging
	mask := uint32(1)<<bits - 1
	rng := rand.New(rand.NewSource(1))
	step := float32(1)
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(examples), func(i, j int) { examples[i], examples[j] = examples[j], examples[i] })
		errs := 0
		for _, ex := range examples {
			var score [modelClasses]float32
			for _, f := range ex.feats {
				row := int(f&mask) * modelClasses
				for c := 0; c < modelClasses; c++ {
					score[c] += w[row+c]
				}
			}
			best := 0
			for c := 1; c < modelClasses; c++ {
				if score[c] > score[best] {
					best = c
				}
			}
			if best != ex.label {
				errs++
				for _, f := range ex.feats {
					row := int(f&mask) * modelClasses
					w[row+ex.label]++
					u[row+ex.label] += step
					w[row+best]--
					u[row+best] -= step
				}
			}
			step++
		}
		t.Logf("epoch %d: %d training errors of %d", ep+1, errs, len(examples))
	}
	for i := range w {
		w[i] -= u[i] / step
	}
	out := encodeModel(bits, w)
	if hold {
		m := loadModel(out)
		okM, okR := 0, 0
		for _, ex := range held {
			if m.predict(ex.feats) == ex.label {
				okM++
			}
			if ex.rule == ex.label {
				okR++
			}
		}
		t.Logf("held-out stretches %d: model accuracy %.3f, rules %.3f", len(held), float64(okM)/float64(len(held)), float64(okR)/float64(len(held)))
		return
	}
	if err := os.WriteFile("stretch.model", out, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote stretch.model (%d bytes)", len(out))
}

type gmbSentence struct {
	toks []string
	tags []string // PER/ORG/LOC/MISC chunks in IOB2, or O
}

type example struct {
	feats []uint32
	label int
	rule  int // the class the fallback rules give
}

// collectExamples runs the recognizer over groups of 10 sentences (as the
// conll evaluation does) and labels every stretch the model would type with
// the gold chunk of the same extent, or "not an entity".
func collectExamples(sents []gmbSentence) []example {
	var out []example
	for i := 0; i < len(sents); i += 10 {
		j := min(i+10, len(sents))
		var sb strings.Builder
		var spans []document.Span
		type gold struct{ start, end int }
		chunks := map[gold]int{}
		for _, s := range sents[i:j] {
			if sb.Len() > 0 {
				sb.WriteByte('\n')
			}
			st := sb.Len()
			offs := make([][2]int, len(s.toks))
			for k, tok := range s.toks {
				if k > 0 {
					sb.WriteByte(' ')
				}
				offs[k] = [2]int{sb.Len(), sb.Len() + len(tok)}
				sb.WriteString(tok)
			}
			spans = append(spans, document.Span{Start: st, End: sb.Len()})
			for k := 0; k < len(s.tags); k++ {
				if !strings.HasPrefix(s.tags[k], "B-") {
					continue
				}
				e := k + 1
				for e < len(s.tags) && s.tags[e] == "I-"+s.tags[k][2:] {
					e++
				}
				label := 0
				switch s.tags[k][2:] {
				case "PER":
					label = 1
				case "ORG":
					label = 2
				case "LOC":
					label = 3
				case "MISC":
					label = 4
				}
				chunks[gold{offs[k][0], offs[e-1][1]}] = label
			}
		}
		text := sb.String()
		toks := segment.Tokenize(text, nil)
		sc := scanner{text: text, toks: toks, lastEnd: -1}
		sc.collect = func(feats []uint32, sp document.Span, rule Type) {
			r := 0
			for c, t := range modelTypes {
				if t == rule {
					r = c
				}
			}
			out = append(out, example{append([]uint32(nil), feats...), chunks[gold{sp.Start, sp.End}], r})
		}
		ti := 0
		for _, sp := range spans {
			k := ti
			for k < len(toks) && toks[k].Start < sp.End {
				k++
			}
			sc.sentence(ti, k)
			ti = k
		}
	}
	return out
}

// readGMBTrain reads the GMB CSV and maps its tags to CoNLL types with the
// same conventions as internal/eval (gpe: NNP → LOC, else MISC; titles
// removed from persons; tim dropped).
func readGMBTrain(path string) ([]gmbSentence, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var rc io.ReadCloser
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, ".csv") {
			if rc, err = f.Open(); err != nil {
				return nil, err
			}
		}
	}
	if rc == nil {
		return nil, io.ErrUnexpectedEOF
	}
	defer rc.Close()
	cr := csv.NewReader(rc)
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	var out []gmbSentence
	var cur gmbSentence
	var pos []string
	flush := func() {
		if len(cur.toks) > 0 {
			cur.tags = mapGMB(cur.toks, cur.tags, pos)
			out = append(out, cur)
		}
		cur = gmbSentence{}
		pos = nil
	}
	first := true
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if first {
			first = false
			continue
		}
		if len(rec) < 4 {
			continue
		}
		if strings.TrimSpace(rec[0]) != "" {
			flush()
		}
		w := rec[1]
		b := make([]byte, 0, len(w))
		for i := 0; i < len(w); i++ {
			b = utf8.AppendRune(b, rune(w[i]))
		}
		cur.toks = append(cur.toks, string(b))
		cur.tags = append(cur.tags, strings.TrimSpace(rec[3]))
		pos = append(pos, rec[2])
	}
	flush()
	return out, nil
}

func mapGMB(toks, tags, pos []string) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = "O"
		if len(t) < 3 || t[1] != '-' {
			continue
		}
		typ := ""
		switch t[2:] {
		case "per":
			typ = "PER"
		case "org":
			typ = "ORG"
		case "geo":
			typ = "LOC"
		case "gpe":
			typ = "MISC"
			if pos[i] == "NNP" {
				typ = "LOC"
			}
		case "art", "eve", "nat":
			typ = "MISC"
		default:
			continue
		}
		if t[0] == 'I' && i > 0 && out[i-1] != "O" {
			typ = out[i-1][2:]
		}
		out[i] = t[:2] + typ
	}
	// strip titles from the front of persons
	for i := 0; i < len(out); i++ {
		if out[i] != "B-PER" {
			continue
		}
		k := i
		for k < len(out) && (k == i || out[k] == "I-PER") {
			w := toks[k]
			if IsTitleWord(w) || w == "Prime" || w == "Vice" || w[0] >= 'a' && w[0] <= 'z' || k+1 < len(toks) && IsTitleWord(w+" "+toks[k+1]) {
				out[k] = "O"
				k++
				continue
			}
			break
		}
		if k < len(out) && k > i && out[k] == "I-PER" {
			out[k] = "B-PER"
		}
	}
	return out
}

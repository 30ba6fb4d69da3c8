package eval

import (
	"archive/zip"
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/annotate/entity"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// CoNLL evaluation of the entity layer.
//
// Inputs, looked up in dir (or dir may name the file itself):
//
//   - CoNLL-2003 column files: eng.train / eng.testa / eng.testb, or
//     train.txt / valid.txt / test.txt (split train, dev, test). The token is
//     the first column and the NER tag the last; IOB1 and IOB2 are both read
//     (a chunk starts at B-X or at I-X after a different type), -DOCSTART-
//     lines separate documents and blank lines separate sentences.
//   - the GMB-derived Kaggle CSV (ner_dataset.csv or ner_dataset.csv.zip,
//     Latin-1, "Sentence #,Word,POS,Tag", IOB2). It has no official split:
//     dev is the last 10% of its sentences (in file order), train the first
//     90%; there is no test split. Its types are mapped to CoNLL's: per→PER,
//     org→ORG, geo→LOC, gpe→LOC when tagged as a singular proper noun (NNP:
//     "Nepal", "Sudan") and MISC otherwise (adjectives and plurals:
//     "Iraqi", "Palestinians", as CoNLL tags nationalities), art/eve/nat→MISC,
//     tim→not an entity. GMB puts titles inside person names ("President
//     Bush"); CoNLL does not, so leading title words (entity.IsTitleWord)
//     are removed from GMB person chunks, and chunks that are only a title
//     are dropped.
//
// Sentences are rebuilt by joining tokens with spaces (recording each
// token's byte offsets); sentences of a document are joined by newlines and
// annotated together, so that later mentions can use earlier ones. GMB has
// no document boundaries: its sentences are annotated in groups of 10
// consecutive sentences. System entities are mapped to the gold tokens that
// contain their first and last byte and typed PERSON→PER, ORG→ORG,
// PLACE→LOC, NORP→MISC, MISC→MISC. Scores are entity-level exact matches of
// (first token, last token, type), as conlleval computes them.

// CoNLLScore is precision, recall and F1 with the counts behind them.
type CoNLLScore struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Gold      int     `json:"gold"`
	System    int     `json:"system"`
	Correct   int     `json:"correct"`
}

// CoNLLReport is the entity-level score of entity.Find on a CoNLL-style
// data set.
type CoNLLReport struct {
	Data      string                `json:"data"`
	Format    string                `json:"format"` // "conll" or "gmb"
	Split     string                `json:"split"`
	Sentences int                   `json:"sentences"`
	Tokens    int                   `json:"tokens"`
	Precision float64               `json:"precision"`
	Recall    float64               `json:"recall"`
	F1        float64               `json:"f1"`
	Gold      int                   `json:"gold"`
	System    int                   `json:"system"`
	PerType   map[string]CoNLLScore `json:"per_type"`
}

// NERSentence is one sentence of a CoNLL-style corpus: tokens and their
// tags, normalized to PER/ORG/LOC/MISC with B-/I- prefixes (or "O"). Doc
// counts documents so that sentences of one document can be grouped.
type NERSentence struct {
	Doc    int
	Tokens []string
	Tags   []string
}

// NERChunk is an entity over tokens [Start, End) of a sentence.
type NERChunk struct {
	Start, End int
	Type       string
}

var conllFiles = map[string][]string{
	"train": {"eng.train", "train.txt"},
	"dev":   {"eng.testa", "valid.txt", "dev.txt"},
	"test":  {"eng.testb", "test.txt"},
}

// CoNLL scores the entity layer on the split ("train", "dev", "test") of the
// data set in dir.
func CoNLL(dir, split string) (CoNLLReport, error) {
	if split == "" {
		split = "dev"
	}
	names, ok := conllFiles[split]
	if !ok {
		return CoNLLReport{}, fmt.Errorf("conll: unknown split %q (want train, dev or test)", split)
	}
	path, format, err := findNERFile(dir, names)
	if err != nil {
		return CoNLLReport{}, err
	}
	var sents []NERSentence
	group := 0
	switch format {
	case "conll":
		f, err := os.Open(path)
		if err != nil {
			return CoNLLReport{}, err
		}
		defer f.Close()
		sents, err = ReadCoNLL(f)
		if err != nil {
			return CoNLLReport{}, fmt.Errorf("%s: %w", path, err)
		}
	case "gmb":
		if split == "test" {
			return CoNLLReport{}, errors.New("conll: the GMB CSV has no test split (use train or dev)")
		}
		all, err := readGMBFile(path)
		if err != nil {
			return CoNLLReport{}, fmt.Errorf("%s: %w", path, err)
		}
		sents = GMBSplit(all, split)
		group = 10
	}
	r := ScoreNER(sents, group)
	r.Data, r.Format, r.Split = path, format, split
	return r, nil
}

func findNERFile(dir string, names []string) (string, string, error) {
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		if strings.Contains(strings.ToLower(filepath.Base(dir)), ".csv") {
			return dir, "gmb", nil
		}
		return dir, "conll", nil
	}
	for _, n := range names {
		p := filepath.Join(dir, n)
		if _, err := os.Stat(p); err == nil {
			return p, "conll", nil
		}
	}
	for _, n := range []string{"ner_dataset.csv", "ner_dataset.csv.zip"} {
		p := filepath.Join(dir, n)
		if _, err := os.Stat(p); err == nil {
			return p, "gmb", nil
		}
	}
	return "", "", fmt.Errorf("conll: none of %v or ner_dataset.csv[.zip] in %s", names, dir)
}

// ReadCoNLL reads CoNLL-2003 column data: token first, NER tag last.
func ReadCoNLL(r io.Reader) ([]NERSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var out []NERSentence
	var cur NERSentence
	doc := 0
	flush := func() {
		if len(cur.Tokens) > 0 {
			cur.Doc = doc
			out = append(out, cur)
		}
		cur = NERSentence{}
	}
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			flush()
			continue
		}
		if fields[0] == "-DOCSTART-" {
			flush()
			doc++
			continue
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("line %d: want token and tag", line)
		}
		cur.Tokens = append(cur.Tokens, fields[0])
		cur.Tags = append(cur.Tags, normTag(fields[len(fields)-1]))
	}
	flush()
	return out, sc.Err()
}

// normTag upper-cases the type of a tag ("B-per" → "B-PER"); O stays O.
func normTag(t string) string {
	if len(t) < 3 || t[1] != '-' {
		return "O"
	}
	return t[:2] + strings.ToUpper(t[2:])
}

// Chunks returns the entities of a tag sequence (IOB1 or IOB2) as conlleval
// reads them: a chunk starts at B-X, or at I-X when the previous tag is not
// of type X.
func Chunks(tags []string) []NERChunk {
	var out []NERChunk
	open := -1
	typ := ""
	for i := 0; i <= len(tags); i++ {
		tag := "O"
		if i < len(tags) {
			tag = tags[i]
		}
		p, t := "O", ""
		if len(tag) > 2 && tag[1] == '-' {
			p, t = tag[:1], tag[2:]
		}
		if open >= 0 && (p == "O" || p == "B" || t != typ) {
			out = append(out, NERChunk{open, i, typ})
			open = -1
		}
		if p != "O" && open < 0 {
			open, typ = i, t
		}
	}
	return out
}

// readGMBFile reads the GMB CSV, zipped or not.
func readGMBFile(path string) ([]NERSentence, error) {
	if strings.HasSuffix(strings.ToLower(path), ".zip") {
		zr, err := zip.OpenReader(path)
		if err != nil {
			return nil, err
		}
		defer zr.Close()
		for _, f := range zr.File {
			if strings.HasSuffix(strings.ToLower(f.Name), ".csv") {
				rc, err := f.Open()
				if err != nil {
					return nil, err
				}
				defer rc.Close()
				return ReadGMB(rc)
			}
		}
		return nil, errors.New("no .csv in zip")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadGMB(f)
}

// latin1 converts Latin-1 bytes to UTF-8.
func latin1(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); i++ {
		b = utf8.AppendRune(b, rune(s[i]))
	}
	return string(b)
}

// ReadGMB reads the GMB-derived Kaggle CSV (Latin-1) and maps its tags to
// CoNLL types as documented above.
func ReadGMB(r io.Reader) ([]NERSentence, error) {
	cr := csv.NewReader(bufio.NewReader(r))
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var out []NERSentence
	var cur NERSentence
	var pos []string
	header := true
	flush := func() {
		if len(cur.Tokens) > 0 {
			cur.Tags = gmbTags(cur.Tokens, cur.Tags, pos)
			cur.Doc = len(out)
			out = append(out, cur)
		}
		cur = NERSentence{}
		pos = pos[:0]
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if header {
			header = false
			if len(rec) > 0 && strings.HasPrefix(rec[0], "Sentence") && !strings.Contains(rec[0], ":") {
				continue
			}
		}
		if len(rec) < 4 {
			continue
		}
		if strings.TrimSpace(rec[0]) != "" {
			flush()
		}
		cur.Tokens = append(cur.Tokens, latin1(rec[1]))
		cur.Tags = append(cur.Tags, strings.TrimSpace(rec[len(rec)-1]))
		pos = append(pos, rec[2])
	}
	flush()
	return out, nil
}

// gmbTags maps GMB tags to CoNLL types and strips titles from persons.
func gmbTags(toks, tags, pos []string) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = "O"
		if len(t) < 3 || t[1] != '-' {
			continue
		}
		var typ string
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
		out[i] = t[:2] + typ
	}
	// gpe chunks take the type of their first token
	for _, c := range Chunks(out) {
		for k := c.Start + 1; k < c.End; k++ {
			if strings.HasSuffix(tags[k], "gpe") {
				out[k] = "I-" + c.Type
			}
		}
	}
	for _, c := range Chunks(out) {
		if c.Type != "PER" {
			continue
		}
		s := c.Start
		for s < c.End {
			n := 0
			for l := min(4, c.End-s); l >= 1; l-- {
				if w := toks[s]; l == 1 && (w == "Prime" || w == "Vice" || w[0] >= 'a' && w[0] <= 'z') || entity.IsTitleWord(strings.Join(toks[s:s+l], " ")) {
					n = l
					break
				}
			}
			if n == 0 {
				break
			}
			for k := s; k < s+n; k++ {
				out[k] = "O"
			}
			s += n
		}
		if s < c.End {
			out[s] = "B-PER"
		}
	}
	return out
}

// GMBSplit returns the fixed split of GMB sentences: dev is the last 10% in
// file order, train the rest.
func GMBSplit(all []NERSentence, split string) []NERSentence {
	cut := len(all) - len(all)/10
	if split == "dev" {
		return all[cut:]
	}
	return all[:cut]
}

// ScoreNER runs entity.Find over the sentences and scores it. Sentences of
// one document (same Doc) are annotated together; with group > 0, every
// group sentences form a document instead.
func ScoreNER(sents []NERSentence, group int) CoNLLReport {
	counts := map[string]*[3]int{} // gold, system, correct
	for _, t := range []string{"PER", "ORG", "LOC", "MISC"} {
		counts[t] = &[3]int{}
	}
	r := CoNLLReport{Sentences: len(sents)}
	var toks []segment.Token
	var ents []entity.Entity
	var spans []document.Span
	var offs [][2]int
	var sb strings.Builder
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && (group > 0 && j-i < group || group == 0 && sents[j].Doc == sents[i].Doc) {
			j++
		}
		// rebuild the document text
		sb.Reset()
		spans = spans[:0]
		offs = offs[:0]
		for _, s := range sents[i:j] {
			if sb.Len() > 0 {
				sb.WriteByte('\n')
			}
			st := sb.Len()
			for k, tok := range s.Tokens {
				if k > 0 {
					sb.WriteByte(' ')
				}
				offs = append(offs, [2]int{sb.Len(), sb.Len() + len(tok)})
				sb.WriteString(tok)
			}
			spans = append(spans, document.Span{Start: st, End: sb.Len()})
		}
		text := sb.String()
		toks = segment.Tokenize(text, toks[:0])
		ents = entity.Find(text, toks, spans, ents[:0])
		// system chunks per sentence, in gold token indexes
		base := 0
		e := 0
		for si, s := range sents[i:j] {
			r.Tokens += len(s.Tokens)
			gold := Chunks(s.Tags)
			var sys []NERChunk
			so := offs[base : base+len(s.Tokens)]
			for e < len(ents) && ents[e].Span.Start < spans[si].End {
				en := ents[e]
				e++
				typ := conllType(en.Type)
				if typ == "" {
					continue
				}
				a := sort.Search(len(so), func(k int) bool { return so[k][1] > en.Span.Start })
				b := sort.Search(len(so), func(k int) bool { return so[k][1] >= en.Span.End })
				if a >= len(so) || b >= len(so) || b < a || so[a][0] != en.Span.Start || so[b][1] != en.Span.End {
					// not on gold token boundaries ("U.S." inside
					// "U.S.-led"): CoNLL cannot represent it.
					continue
				}
				if n := len(sys); n > 0 && sys[n-1].End > a {
					continue // two entities inside one gold token
				}
				sys = append(sys, NERChunk{a, b + 1, typ})
			}
			scoreChunks(counts, gold, sys)
			base += len(s.Tokens)
		}
		i = j
	}
	r.PerType = map[string]CoNLLScore{}
	var all PRF
	for t, c := range counts {
		m := PRF{TP: float64(c[2]), FP: float64(c[1] - c[2]), FN: float64(c[0] - c[2])}
		all = all.Add(m)
		r.PerType[t] = CoNLLScore{m.Precision(), m.Recall(), m.F1(), c[0], c[1], c[2]}
		r.Gold += c[0]
		r.System += c[1]
	}
	r.Precision, r.Recall, r.F1 = all.Precision(), all.Recall(), all.F1()
	return r
}

func scoreChunks(counts map[string]*[3]int, gold, sys []NERChunk) {
	for _, g := range gold {
		if c, ok := counts[g.Type]; ok {
			c[0]++
		} else {
			counts[g.Type] = &[3]int{1, 0, 0}
		}
	}
	for _, s := range sys {
		counts[s.Type][1]++
		for _, g := range gold {
			if g == s {
				counts[s.Type][2]++
				break
			}
		}
	}
}

func conllType(t entity.Type) string {
	switch t {
	case entity.Person:
		return "PER"
	case entity.Org:
		return "ORG"
	case entity.Place:
		return "LOC"
	case entity.NORP, entity.Misc:
		return "MISC"
	}
	return ""
}

// Text writes the report for people.
func (r CoNLLReport) Text(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "conll (%s, %s split): %d sentences, %d tokens\n", r.Format, r.Split, r.Sentences, r.Tokens)
	fmt.Fprintf(&b, "  data %s\n", r.Data)
	fmt.Fprintf(&b, "  overall  P %.4f  R %.4f  F1 %.4f  (gold %d, system %d)\n", r.Precision, r.Recall, r.F1, r.Gold, r.System)
	types := make([]string, 0, len(r.PerType))
	for t := range r.PerType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		s := r.PerType[t]
		fmt.Fprintf(&b, "  %-5s    P %.4f  R %.4f  F1 %.4f  (gold %d, system %d, correct %d)\n", t, s.Precision, s.Recall, s.F1, s.Gold, s.System, s.Correct)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

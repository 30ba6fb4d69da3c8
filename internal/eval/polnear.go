package eval

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/annotate"
	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// PolNeARReport scores extract.Statements against the PolNeAR attribution
// corpus (Newell et al., LREC 2018): brat files with Source, Cue and
// Content spans tied by E lines.
//
// Scoring:
//   - Gold offsets are character offsets; they are converted to bytes. A
//     discontinuous gold span ("s e;s e") counts as its fragments for
//     overlap and as its hull (first start to last end) for exact matching.
//   - For an article annotated by several annotators the lowest annotator id
//     (file name order) is used.
//   - System spans per statement: source = SpeakerSpan (a statement whose
//     speaker is inherited or continued has none), cue = CueSpan, content =
//     ContentSpan widened to PolNeAR's extent: the quotation marks of a
//     direct quote and a complementizer "that" right before a reported
//     clause are included.
//   - A statement whose cue lies inside another statement's content is
//     dropped: PolNeAR never annotates nested attributions. Statements with
//     no cue (a quote paragraph continuing the previous speaker) are not
//     scored either: PolNeAR annotates attributions by their cue (35 of the
//     22,501 train relations lack one).
//   - Span scores per role (source, cue, content): spans are deduplicated,
//     then matched one-to-one in text order. Overlap: a system span matches
//     an unmatched gold span of the same role that shares at least one byte.
//     Exact: same start and end.
//   - Relations: a system statement matches an unmatched gold attribution
//     when their contents match and their cues match (a missing cue matches
//     only a missing cue) and, when both have a source, their sources match;
//     "match" is overlap for relation_f1 and equality for relation_f1_exact.
type PolNeARReport struct {
	Split     string  `json:"split"`
	Docs      int     `json:"docs"`
	Gold      int     `json:"gold_relations"`
	System    int     `json:"system_relations"`
	ContentP  float64 `json:"content_precision"`
	ContentR  float64 `json:"content_recall"`
	ContentF1 float64 `json:"content_f1"`
	SourceP   float64 `json:"source_precision"`
	SourceR   float64 `json:"source_recall"`
	SourceF1  float64 `json:"source_f1"`
	CueP      float64 `json:"cue_precision"`
	CueR      float64 `json:"cue_recall"`
	CueF1     float64 `json:"cue_f1"`
	RelP      float64 `json:"relation_precision"`
	RelR      float64 `json:"relation_recall"`
	RelF1     float64 `json:"relation_f1"`

	ContentPExact  float64 `json:"content_precision_exact"`
	ContentRExact  float64 `json:"content_recall_exact"`
	ContentF1Exact float64 `json:"content_f1_exact"`
	SourcePExact   float64 `json:"source_precision_exact"`
	SourceRExact   float64 `json:"source_recall_exact"`
	SourceF1Exact  float64 `json:"source_f1_exact"`
	CuePExact      float64 `json:"cue_precision_exact"`
	CueRExact      float64 `json:"cue_recall_exact"`
	CueF1Exact     float64 `json:"cue_f1_exact"`
	RelPExact      float64 `json:"relation_precision_exact"`
	RelRExact      float64 `json:"relation_recall_exact"`
	RelF1Exact     float64 `json:"relation_f1_exact"`

	// Counts per measure (overlap and exact).
	Content, Source, Cue, Relation                     PRF `json:"-"`
	ContentExact, SourceExact, CueExact, RelationExact PRF `json:"-"`
}

// pnSpan is a gold or system span: its fragments and hull, in bytes.
type pnSpan struct {
	frags []document.Span
	hull  document.Span
}

func (s pnSpan) zero() bool { return len(s.frags) == 0 }

func (s pnSpan) overlaps(o pnSpan) bool {
	for _, a := range s.frags {
		for _, b := range o.frags {
			if a.Overlaps(b) {
				return true
			}
		}
	}
	return false
}

func (s pnSpan) equal(o pnSpan) bool { return s.hull == o.hull }

func pnOne(sp document.Span) pnSpan {
	if sp.IsZero() {
		return pnSpan{}
	}
	return pnSpan{frags: []document.Span{sp}, hull: sp}
}

// pnRel is one attribution relation.
type pnRel struct{ source, cue, content pnSpan }

// PolNeARArticle is one article of a split with its gold relations.
type PolNeARArticle struct {
	Name      string
	Text      string
	Published document.Date
	gold      []pnRel
}

// PolNeAR scores Statements on a split ("train", "dev" or "test") of the
// PolNeAR corpus in dir (the data set root holding data/<split>/, or the
// data directory itself).
func PolNeAR(dir, split string) (PolNeARReport, error) {
	arts, err := PolNeARArticles(dir, split)
	if err != nil {
		return PolNeARReport{Split: split}, err
	}
	r := ScorePolNeAR(arts)
	r.Split = split
	return r, nil
}

// PolNeARArticles reads the articles and gold attributions of a split.
func PolNeARArticles(dir, split string) ([]PolNeARArticle, error) {
	if split == "" {
		split = "dev"
	}
	base := filepath.Join(dir, "data", split)
	if _, err := os.Stat(base); err != nil {
		base = filepath.Join(dir, split)
	}
	texts, err := filepath.Glob(filepath.Join(base, "text", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("polnear: no articles in %s", filepath.Join(base, "text"))
	}
	anns, err := filepath.Glob(filepath.Join(base, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	sort.Strings(anns)
	sort.Strings(texts)
	var out []PolNeARArticle
	for _, tp := range texts {
		name := strings.TrimSuffix(filepath.Base(tp), ".txt")
		// the lowest annotator id: the first "<name>_<id>.ann" in sorted order
		i := sort.SearchStrings(anns, filepath.Join(base, "attributions", name+"_"))
		ann := ""
		for ; i < len(anns); i++ {
			b := filepath.Base(anns[i])
			if !strings.HasPrefix(b, name+"_") {
				break
			}
			if !strings.Contains(strings.TrimSuffix(b[len(name)+1:], ".ann"), "_") {
				ann = anns[i]
				break
			}
		}
		if ann == "" {
			continue
		}
		tb, err := os.ReadFile(tp)
		if err != nil {
			return nil, err
		}
		a := PolNeARArticle{Name: name, Text: string(tb), Published: pnDate(name)}
		f, err := os.Open(ann)
		if err != nil {
			return nil, err
		}
		a.gold, err = parseBratAttributions(f, a.Text)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ann, err)
		}
		out = append(out, a)
	}
	return out, nil
}

// pnDate reads the publication date from "<publisher>_<YYYY-MM-DD>_<slug>".
func pnDate(name string) document.Date {
	parts := strings.SplitN(name, "_", 3)
	if len(parts) < 2 {
		return document.Date{}
	}
	d, err := document.ParseDate(parts[1])
	if err != nil {
		return document.Date{}
	}
	return d
}

// parseBratAttributions reads a PolNeAR brat file and returns its
// attribution relations with byte spans into text.
func parseBratAttributions(r io.Reader, text string) ([]pnRel, error) {
	// character offset → byte offset
	c2b := make([]int, 0, len(text)+1)
	for i := range text {
		c2b = append(c2b, i)
	}
	c2b = append(c2b, len(text))
	conv := func(c int) (int, bool) {
		if c < 0 || c >= len(c2b) {
			return 0, false
		}
		return c2b[c], true
	}
	type tb struct {
		typ string
		sp  pnSpan
	}
	ts := map[string]tb{}
	var events [][]string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		fields := strings.SplitN(line, "\t", 3)
		if len(fields) < 2 {
			continue
		}
		switch line[0] {
		case 'T':
			sp := strings.IndexByte(fields[1], ' ')
			if sp < 0 {
				return nil, fmt.Errorf("bad T line %q", line)
			}
			typ := fields[1][:sp]
			var s pnSpan
			for _, frag := range strings.Split(fields[1][sp+1:], ";") {
				se := strings.Fields(frag)
				if len(se) != 2 {
					return nil, fmt.Errorf("bad span %q", frag)
				}
				a, err1 := strconv.Atoi(se[0])
				b, err2 := strconv.Atoi(se[1])
				if err := errors.Join(err1, err2); err != nil {
					return nil, fmt.Errorf("bad span %q: %w", frag, err)
				}
				ab, ok1 := conv(a)
				bb, ok2 := conv(b)
				if !ok1 || !ok2 || bb < ab {
					return nil, fmt.Errorf("span %q outside the text", frag)
				}
				d := document.Span{Start: ab, End: bb}
				s.frags = append(s.frags, d)
				if len(s.frags) == 1 || d.Start < s.hull.Start {
					s.hull.Start = d.Start
				}
				if d.End > s.hull.End {
					s.hull.End = d.End
				}
			}
			ts[fields[0]] = tb{typ, s}
		case 'E':
			events = append(events, strings.Fields(fields[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var rels []pnRel
	for _, ev := range events {
		var rel pnRel
		for _, arg := range ev {
			c := strings.IndexByte(arg, ':')
			if c < 0 {
				continue
			}
			t, ok := ts[arg[c+1:]]
			if !ok {
				continue
			}
			switch arg[:c] {
			case "Source":
				rel.source = t.sp
			case "Cue":
				rel.cue = t.sp
			case "Content":
				rel.content = t.sp
			}
		}
		if !rel.content.zero() || !rel.cue.zero() {
			rels = append(rels, rel)
		}
	}
	return rels, nil
}

// pnSystem turns statements into relations with PolNeAR's extents.
func pnSystem(text string, sts []extract.Statement) []pnRel {
	out := make([]pnRel, 0, len(sts))
	for _, s := range sts {
		if s.CueSpan.IsZero() {
			continue // a continuation paragraph: PolNeAR has no cue-less attributions
		}
		c := s.ContentSpan
		if s.Direct {
			c = pnWidenQuotes(text, c)
		} else {
			c = pnWidenThat(text, c)
		}
		out = append(out, pnRel{source: pnOne(s.SpeakerSpan), cue: pnOne(s.CueSpan), content: pnOne(c)})
	}
	// PolNeAR is univocal: a token has one role in one attribution, so an
	// attribution nested in another's content is not annotated. Keep the
	// outer one.
	keep := out[:0]
	for i, r := range out {
		nested := false
		for j, o := range out {
			if i != j && !r.cue.zero() && o.content.hull.Contains(r.cue.hull) {
				nested = true
				break
			}
		}
		if !nested {
			keep = append(keep, r)
		}
	}
	return keep
}

func pnWidenQuotes(text string, c document.Span) document.Span {
	// the opening mark before
	i := c.Start
	if r, w := utf8.DecodeLastRuneInString(text[:i]); pnIsQuote(r) {
		c.Start -= w
	}
	// punctuation and the closing mark after
	j := c.End
	for j < len(text) && (text[j] == ',' || text[j] == '.' || text[j] == '?' || text[j] == '!') {
		j++
	}
	if r, w := utf8.DecodeRuneInString(text[j:]); pnIsQuote(r) {
		c.End = j + w
	}
	return c
}

func pnIsQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

func pnWidenThat(text string, c document.Span) document.Span {
	i := c.Start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i >= 5 && strings.EqualFold(text[i-4:i], "that") && (i == 4 || text[i-5] == ' ') {
		c.Start = i - 4
	}
	return c
}

// pnMatchSpans counts one-to-one matches between system and gold spans.
func pnMatchSpans(sys, gold []pnSpan, exact bool) PRF {
	sys, gold = pnDedupe(sys), pnDedupe(gold)
	used := make([]bool, len(gold))
	var m PRF
	for _, s := range sys {
		hit := false
		for g := range gold {
			if used[g] {
				continue
			}
			if exact && s.equal(gold[g]) || !exact && s.overlaps(gold[g]) {
				used[g] = true
				hit = true
				break
			}
		}
		if hit {
			m.TP++
		} else {
			m.FP++
		}
	}
	m.FN = float64(len(gold)) - m.TP
	return m
}

func pnDedupe(xs []pnSpan) []pnSpan {
	out := make([]pnSpan, 0, len(xs))
	for _, x := range xs {
		if x.zero() {
			continue
		}
		dup := false
		for _, o := range out {
			if o.hull == x.hull {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, x)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].hull.Start < out[j].hull.Start })
	return out
}

func pnRelMatch(s, g pnRel, exact bool) bool {
	same := func(a, b pnSpan) bool {
		if exact {
			return a.equal(b)
		}
		return a.overlaps(b)
	}
	if s.content.zero() || g.content.zero() || !same(s.content, g.content) {
		return false
	}
	if s.cue.zero() != g.cue.zero() || !s.cue.zero() && !same(s.cue, g.cue) {
		return false
	}
	if !s.source.zero() && !g.source.zero() && !same(s.source, g.source) {
		return false
	}
	return true
}

func pnMatchRels(sys, gold []pnRel, exact bool) PRF {
	used := make([]bool, len(gold))
	var m PRF
	for _, s := range sys {
		hit := false
		for g := range gold {
			if !used[g] && pnRelMatch(s, gold[g], exact) {
				used[g] = true
				hit = true
				break
			}
		}
		if hit {
			m.TP++
		} else {
			m.FP++
		}
	}
	m.FN = float64(len(gold)) - m.TP
	return m
}

// ScorePolNeAR runs Statements over the articles and scores them.
func ScorePolNeAR(arts []PolNeARArticle) PolNeARReport {
	var r PolNeARReport
	for _, a := range arts {
		doc := document.New(a.Text)
		doc.Published = a.Published
		sts := extract.Statements(annotate.Annotate(doc))
		sys := pnSystem(a.Text, sts)
		r.Docs++
		r.Gold += len(a.gold)
		r.System += len(sys)
		roles := func(rs []pnRel, f func(pnRel) pnSpan) []pnSpan {
			out := make([]pnSpan, 0, len(rs))
			for _, x := range rs {
				out = append(out, f(x))
			}
			return out
		}
		src := func(x pnRel) pnSpan { return x.source }
		cue := func(x pnRel) pnSpan { return x.cue }
		con := func(x pnRel) pnSpan { return x.content }
		for _, exact := range []bool{false, true} {
			sm := pnMatchSpans(roles(sys, src), roles(a.gold, src), exact)
			cm := pnMatchSpans(roles(sys, cue), roles(a.gold, cue), exact)
			nm := pnMatchSpans(roles(sys, con), roles(a.gold, con), exact)
			rm := pnMatchRels(sys, a.gold, exact)
			if exact {
				r.SourceExact, r.CueExact = r.SourceExact.Add(sm), r.CueExact.Add(cm)
				r.ContentExact, r.RelationExact = r.ContentExact.Add(nm), r.RelationExact.Add(rm)
			} else {
				r.Source, r.Cue = r.Source.Add(sm), r.Cue.Add(cm)
				r.Content, r.Relation = r.Content.Add(nm), r.Relation.Add(rm)
			}
		}
	}
	r.ContentP, r.ContentR, r.ContentF1 = r.Content.Precision(), r.Content.Recall(), r.Content.F1()
	r.SourceP, r.SourceR, r.SourceF1 = r.Source.Precision(), r.Source.Recall(), r.Source.F1()
	r.CueP, r.CueR, r.CueF1 = r.Cue.Precision(), r.Cue.Recall(), r.Cue.F1()
	r.RelP, r.RelR, r.RelF1 = r.Relation.Precision(), r.Relation.Recall(), r.Relation.F1()
	r.ContentPExact, r.ContentRExact, r.ContentF1Exact = r.ContentExact.Precision(), r.ContentExact.Recall(), r.ContentExact.F1()
	r.SourcePExact, r.SourceRExact, r.SourceF1Exact = r.SourceExact.Precision(), r.SourceExact.Recall(), r.SourceExact.F1()
	r.CuePExact, r.CueRExact, r.CueF1Exact = r.CueExact.Precision(), r.CueExact.Recall(), r.CueExact.F1()
	r.RelPExact, r.RelRExact, r.RelF1Exact = r.RelationExact.Precision(), r.RelationExact.Recall(), r.RelationExact.F1()
	return r
}

// Text writes the report as a table.
func (r PolNeARReport) Text(w io.Writer) error {
	_, err := fmt.Fprintf(w, "PolNeAR %s: %d articles, %d gold attributions, %d system statements\n", r.Split, r.Docs, r.Gold, r.System)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%-10s %8s %8s %8s   %8s %8s %8s\n", "", "P", "R", "F1", "P exact", "R exact", "F1 exact")
	row := func(name string, o, e PRF) {
		fmt.Fprintf(w, "%-10s %8.3f %8.3f %8.3f   %8.3f %8.3f %8.3f\n", name, o.Precision(), o.Recall(), o.F1(), e.Precision(), e.Recall(), e.F1())
	}
	row("source", r.Source, r.SourceExact)
	row("cue", r.Cue, r.CueExact)
	row("content", r.Content, r.ContentExact)
	row("relation", r.Relation, r.RelationExact)
	_, err = fmt.Fprintln(w, "overlap: spans of the same role share a byte; relation: content and cue overlap, and sources when both have one")
	return err
}

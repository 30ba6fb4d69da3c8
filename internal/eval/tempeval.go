package eval

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/annotate/timex"
	"github.com/claimtrack/claimtrack/internal/document"
)

// TempEvalReport is the TempEval-3 Task A (time expression) score of
// timex.Find on a set of TimeML documents. Matching is over byte spans of
// the text inside <TEXT>: strict needs the same extent, relaxed any overlap.
// Attribute accuracies are over relaxed matches, and ValueF1 (the task's
// ranking measure) is RelaxedF1 × ValueAccuracy.
type TempEvalReport struct {
	Split            string  `json:"split"`
	Docs             int     `json:"docs"`
	Gold             int     `json:"gold"`
	System           int     `json:"system"`
	StrictPrecision  float64 `json:"strict_precision"`
	StrictRecall     float64 `json:"strict_recall"`
	StrictF1         float64 `json:"strict_f1"`
	RelaxedPrecision float64 `json:"relaxed_precision"`
	RelaxedRecall    float64 `json:"relaxed_recall"`
	RelaxedF1        float64 `json:"relaxed_f1"`
	TypeAccuracy     float64 `json:"type_accuracy"`
	ValueAccuracy    float64 `json:"value_accuracy"`
	TypeF1           float64 `json:"type_f1"`
	ValueF1          float64 `json:"value_f1"`

	// Errors lists the disagreements (missed, spurious, wrong extent, type
	// or value) for error analysis; it is filled only by TempEvalFiles with
	// keepErrors and never written to JSON.
	Errors []TimexError `json:"-"`
}

// TimexError is one disagreement between gold and system.
type TimexError struct {
	Doc    string
	Kind   string // "missed", "spurious", "extent", "type", "value"
	Gold   TimeML // zero when spurious
	System TimeML // zero when missed
}

// TimeML is one TIMEX3 as text, type and value.
type TimeML struct {
	Span  document.Span
	Text  string
	Type  string
	Value string
	Mod   string
}

// tempevalCounts accumulates the raw counts behind a report.
type tempevalCounts struct {
	docs, gold, system int
	strict, relaxed    int
	typeOK, valueOK    int
	errs               []TimexError
	keepErrors         bool
	toks               []segment.Token
	exprs              []timex.Expr
	systemSlice        []TimeML
}

// TempEval scores timex.Find on the TempEval-3 data under dir. split is
// "train" (Training/TBAQ-cleaned/{TimeBank,AQUAINT}), "timebank", "aquaint"
// (used as the development check since there is no official dev set), or
// "test" (Evaluation/te3-platinum). When dir itself holds .tml files, or
// split is "", dir is read directly.
func TempEval(dir, split string) (TempEvalReport, error) {
	files, err := TempEvalFiles(dir, split)
	if err != nil {
		return TempEvalReport{}, err
	}
	r, err := ScoreTimeML(files, false)
	r.Split = split
	return r, err
}

// TempEvalFiles lists the .tml files of a split (see TempEval).
func TempEvalFiles(dir, split string) ([]string, error) {
	var dirs []string
	direct, _ := filepath.Glob(filepath.Join(dir, "*.tml"))
	switch {
	case len(direct) > 0 || split == "":
		dirs = []string{dir}
	case split == "train":
		dirs = []string{filepath.Join(dir, "Training", "TBAQ-cleaned", "TimeBank"), filepath.Join(dir, "Training", "TBAQ-cleaned", "AQUAINT")}
	case split == "timebank":
		dirs = []string{filepath.Join(dir, "Training", "TBAQ-cleaned", "TimeBank")}
	case split == "aquaint" || split == "dev":
		dirs = []string{filepath.Join(dir, "Training", "TBAQ-cleaned", "AQUAINT")}
	case split == "test":
		dirs = []string{filepath.Join(dir, "Evaluation", "te3-platinum")}
	default:
		return nil, fmt.Errorf("tempeval: unknown split %q (want train, timebank, aquaint, dev or test)", split)
	}
	var files []string
	for _, d := range dirs {
		m, err := filepath.Glob(filepath.Join(d, "*.tml"))
		if err != nil {
			return nil, err
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("tempeval: no .tml files in %s", d)
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	return files, nil
}

// ScoreTimeML runs timex.Find over each TimeML file, with its DCT as the
// reference date, and scores the result against the file's TIMEX3 tags.
// keepErrors fills Report.Errors.
func ScoreTimeML(files []string, keepErrors bool) (TempEvalReport, error) {
	c := &tempevalCounts{keepErrors: keepErrors}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return TempEvalReport{}, err
		}
		doc, err := ParseTimeML(string(b))
		if err != nil {
			return TempEvalReport{}, fmt.Errorf("%s: %w", f, err)
		}
		c.toks = segment.Tokenize(doc.Text, c.toks[:0])
		c.exprs = timex.Find(doc.Text, c.toks, doc.DCT, c.exprs[:0])
		c.systemSlice = c.systemSlice[:0]
		for _, e := range c.exprs {
			c.systemSlice = append(c.systemSlice, TimeML{Span: e.Span, Text: e.Span.Of(doc.Text), Type: e.Type, Value: e.Value, Mod: e.Mod})
		}
		c.add(filepath.Base(f), doc.Timexes, c.systemSlice)
	}
	return c.report(), nil
}

// add scores one document. Both lists are in text order.
func (c *tempevalCounts) add(name string, gold, sys []TimeML) {
	c.docs++
	c.gold += len(gold)
	c.system += len(sys)
	usedSys := make([]bool, len(sys))
	for _, g := range gold {
		m := -1
		for j, s := range sys {
			if !usedSys[j] && s.Span.Overlaps(g.Span) {
				m = j
				break
			}
		}
		if m < 0 {
			c.err(name, "missed", g, TimeML{})
			continue
		}
		usedSys[m] = true
		s := sys[m]
		c.relaxed++
		if s.Span == g.Span {
			c.strict++
		} else {
			c.err(name, "extent", g, s)
		}
		if s.Type == g.Type {
			c.typeOK++
		} else {
			c.err(name, "type", g, s)
		}
		if valueEqual(s.Value, g.Value) {
			c.valueOK++
		} else {
			c.err(name, "value", g, s)
		}
	}
	for j, s := range sys {
		if !usedSys[j] {
			c.err(name, "spurious", TimeML{}, s)
		}
	}
}

func (c *tempevalCounts) err(doc, kind string, g, s TimeML) {
	if c.keepErrors {
		c.errs = append(c.errs, TimexError{Doc: doc, Kind: kind, Gold: g, System: s})
	}
}

// valueEqual compares TIMEX3 values as the TempEval scorer does: exact
// string equality after trimming, case-insensitively.
func valueEqual(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

func (c *tempevalCounts) report() TempEvalReport {
	r := TempEvalReport{Docs: c.docs, Gold: c.gold, System: c.system, Errors: c.errs}
	strict := PRF{TP: float64(c.strict), FP: float64(c.system - c.strict), FN: float64(c.gold - c.strict)}
	relaxed := PRF{TP: float64(c.relaxed), FP: float64(c.system - c.relaxed), FN: float64(c.gold - c.relaxed)}
	r.StrictPrecision, r.StrictRecall, r.StrictF1 = strict.Precision(), strict.Recall(), strict.F1()
	r.RelaxedPrecision, r.RelaxedRecall, r.RelaxedF1 = relaxed.Precision(), relaxed.Recall(), relaxed.F1()
	if c.relaxed > 0 {
		r.TypeAccuracy = float64(c.typeOK) / float64(c.relaxed)
		r.ValueAccuracy = float64(c.valueOK) / float64(c.relaxed)
	}
	r.TypeF1 = r.RelaxedF1 * r.TypeAccuracy
	r.ValueF1 = r.RelaxedF1 * r.ValueAccuracy
	return r
}

// Text writes the report for people.
func (r TempEvalReport) Text(w io.Writer) error {
	_, err := fmt.Fprintf(w, `TempEval-3 Task A (timex) split=%s docs=%d gold=%d system=%d
  strict   P=%.4f R=%.4f F1=%.4f
  relaxed  P=%.4f R=%.4f F1=%.4f
  type  accuracy=%.4f F1=%.4f
  value accuracy=%.4f F1=%.4f (ranking measure)
`, r.Split, r.Docs, r.Gold, r.System,
		r.StrictPrecision, r.StrictRecall, r.StrictF1,
		r.RelaxedPrecision, r.RelaxedRecall, r.RelaxedF1,
		r.TypeAccuracy, r.TypeF1, r.ValueAccuracy, r.ValueF1)
	return err
}

// TimeMLDoc is a TimeML document reduced to its <TEXT> content, with the
// TIMEX3 annotations as byte spans into it.
type TimeMLDoc struct {
	ID      string
	DCT     document.Date
	Text    string
	Timexes []TimeML
}

// ParseTimeML strips the tags of a TimeML document. Text is the content of
// <TEXT> with entities decoded; Timexes are its non-empty TIMEX3 tags. The
// DCT comes from the TIMEX3 inside <DCT> (or, failing that, one with
// functionInDocument="CREATION_TIME").
func ParseTimeML(src string) (TimeMLDoc, error) {
	var d TimeMLDoc
	if i := strings.Index(src, "<DOCID>"); i >= 0 {
		if j := strings.Index(src[i:], "</DOCID>"); j >= 0 {
			d.ID = strings.TrimSpace(src[i+7 : i+j])
		}
	}
	dct := ""
	if i := strings.Index(src, "<DCT>"); i >= 0 {
		if j := strings.Index(src[i:], "</DCT>"); j >= 0 {
			dct = attr(src[i:i+j], "value")
		}
	}
	if dct == "" {
		if i := strings.Index(src, `functionInDocument="CREATION_TIME"`); i >= 0 {
			if k := strings.LastIndex(src[:i], "<"); k >= 0 {
				if e := strings.IndexByte(src[k:], '>'); e >= 0 {
					dct = attr(src[k:k+e], "value")
				}
			}
		}
	}
	if len(dct) >= 10 {
		if t, err := document.ParseDate(dct[:10]); err == nil {
			d.DCT = t
		}
	} else if len(dct) == 8 { // YYYYMMDD
		if t, err := document.ParseDate(dct[:4] + "-" + dct[4:6] + "-" + dct[6:8]); err == nil {
			d.DCT = t
		}
	}
	start := strings.Index(src, "<TEXT>")
	end := strings.LastIndex(src, "</TEXT>")
	if start < 0 || end < start {
		return d, errors.New("timeml: no <TEXT> element")
	}
	body := src[start+len("<TEXT>") : end]
	var out strings.Builder
	out.Grow(len(body))
	open := -1 // index in d.Timexes of the open TIMEX3
	for i := 0; i < len(body); {
		c := body[i]
		switch c {
		case '<':
			e := strings.IndexByte(body[i:], '>')
			if e < 0 {
				return d, errors.New("timeml: unterminated tag")
			}
			tag := body[i+1 : i+e]
			i += e + 1
			switch {
			case strings.HasPrefix(tag, "TIMEX3") && !strings.HasSuffix(tag, "/"):
				d.Timexes = append(d.Timexes, TimeML{
					Span:  document.Span{Start: out.Len()},
					Type:  attr(tag, "type"),
					Value: attr(tag, "value"),
					Mod:   attr(tag, "mod"),
				})
				open = len(d.Timexes) - 1
			case tag == "/TIMEX3" && open >= 0:
				d.Timexes[open].Span.End = out.Len()
				open = -1
			}
		case '&':
			e := strings.IndexByte(body[i:], ';')
			if e > 0 && e < 10 {
				if r, ok := entities[body[i+1:i+e]]; ok {
					out.WriteString(r)
					i += e + 1
					continue
				}
			}
			out.WriteByte(c)
			i++
		default:
			out.WriteByte(c)
			i++
		}
	}
	d.Text = out.String()
	k := 0
	for _, t := range d.Timexes {
		// trim white space inside the extent
		for t.Span.Start < t.Span.End && isSpaceByte(d.Text[t.Span.Start]) {
			t.Span.Start++
		}
		for t.Span.End > t.Span.Start && isSpaceByte(d.Text[t.Span.End-1]) {
			t.Span.End--
		}
		if t.Span.End > t.Span.Start {
			t.Text = t.Span.Of(d.Text)
			d.Timexes[k] = t
			k++
		}
	}
	d.Timexes = d.Timexes[:k]
	return d, nil
}

var entities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// attr returns the value of name="..." in a tag, or "".
func attr(tag, name string) string {
	for i := 0; ; {
		j := strings.Index(tag[i:], name+`="`)
		if j < 0 {
			return ""
		}
		j += i
		if j == 0 || tag[j-1] == ' ' || tag[j-1] == '\t' || tag[j-1] == '\n' {
			v := tag[j+len(name)+2:]
			if e := strings.IndexByte(v, '"'); e >= 0 {
				return v[:e]
			}
			return ""
		}
		i = j + 1
	}
}

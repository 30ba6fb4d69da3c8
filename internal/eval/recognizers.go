package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/annotate/quantity"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/annotate/timex"
	"github.com/claimtrack/claimtrack/internal/document"
)

// RecognizersReport is the result of running claimtrack's number, unit and
// date recognizers over the English Microsoft Recognizers-Text specs.
type RecognizersReport struct {
	Cases      int                  `json:"cases"`
	InScope    int                  `json:"in_scope"`
	Passed     int                  `json:"passed"`
	PassRate   float64              `json:"pass_rate"`
	Files      []RecognizerFile     `json:"files"`
	OutOfScope []RecognizerExcluded `json:"out_of_scope"`
}

// RecognizerFile is the score of one spec file.
type RecognizerFile struct {
	File     string  `json:"file"`
	Model    string  `json:"model"`
	Cases    int     `json:"cases"`
	InScope  int     `json:"in_scope"`
	Passed   int     `json:"passed"`
	PassRate float64 `json:"pass_rate"`
	// Failures holds the first failing inputs, for inspection.
	Failures []RecognizerFailure `json:"failures,omitempty"`
}

// RecognizerFailure is one failing case.
type RecognizerFailure struct {
	Input    string   `json:"input"`
	Expected []string `json:"expected"`
	Got      []string `json:"got"`
}

// RecognizerExcluded names a spec file or result type left out and why.
type RecognizerExcluded struct {
	File   string `json:"file"`
	Type   string `json:"type,omitempty"`
	Cases  int    `json:"cases"`
	Reason string `json:"reason"`
}

// recognizer models in scope, by spec file
var recognizerModels = map[string]string{
	"Number/English/NumberModel.json":             "number",
	"Number/English/NumberRangeModel.json":        "numberrange",
	"Number/English/PercentModel.json":            "percentage",
	"Number/English/OrdinalModel.json":            "ordinal",
	"NumberWithUnit/English/CurrencyModel.json":   "currency",
	"NumberWithUnit/English/DimensionModel.json":  "dimension",
	"NumberWithUnit/English/AgeModel.json":        "age",
	"NumberWithUnit/English/TemperatureModel.json": "temperature",
	"DateTime/English/DateTimeModel.json":         "datetime",
}

// reasons for spec files left out, by file name pattern
func excludedFileReason(rel string) string {
	base := filepath.Base(rel)
	switch {
	case strings.Contains(base, "ExperimentalMode"), strings.Contains(base, "PercentMode"),
		strings.Contains(base, "SuppressExtendedTypes"), strings.Contains(base, "CalendarMode"),
		strings.Contains(base, "ComplexCalendar"), strings.Contains(base, "TasksMode"),
		strings.Contains(base, "SplitDateAndTime"), strings.Contains(base, "ExtendedTypes"):
		return "non-default option mode of the reference library; claimtrack has one behaviour, scored on the default-mode spec"
	case strings.HasPrefix(rel, "DateTime/") && (strings.HasSuffix(base, "Extractor.json") || strings.HasSuffix(base, "Parser.json") || strings.Contains(base, "SkipFromTo")):
		return "unit spec of one internal stage (extractor or parser alone) of the reference pipeline; claimtrack is scored end to end on DateTimeModel"
	case strings.HasPrefix(rel, "Timex/"):
		return "TIMEX expression resolver API of the reference library, not text recognition"
	case strings.HasPrefix(rel, "Sequence/"):
		return "quoted-text sequences are not numbers or dates (quotes are handled by the statement extractor)"
	}
	return "not a number, unit or date model"
}

// datetime result types in scope: those a single TIMEX3 value expresses
var datetimeTypes = map[string]bool{
	"datetimeV2.date": true, "datetimeV2.daterange": true, "datetimeV2.duration": true,
	"datetimeV2.time": true, "datetimeV2.datetime": true, "datetimeV2.set": true,
}

type rtCase struct {
	Input        string `json:"Input"`
	NotSupported string `json:"NotSupported"`
	Context      struct {
		ReferenceDateTime string `json:"ReferenceDateTime"`
	} `json:"Context"`
	Results []rtResult `json:"Results"`
}

type rtResult struct {
	Text       string          `json:"Text"`
	TypeName   string          `json:"TypeName"`
	TypeName2  string          `json:"Typename"`
	Start      int             `json:"Start"`
	End        int             `json:"End"`
	Resolution json.RawMessage `json:"Resolution"`
}

type rtResolution struct {
	Value       *string `json:"value"`
	Unit        string  `json:"unit"`
	ISOCurrency string  `json:"isoCurrency"`
	Subtype     string  `json:"subtype"`
	Values      []struct {
		Timex string `json:"timex"`
	} `json:"values"`
}

// Recognizers scores claimtrack on the Recognizers-Text English specs found
// under dir: the folder holding Specs/, or Specs/ itself.
func Recognizers(dir string) (RecognizersReport, error) {
	var rep RecognizersReport
	specs := dir
	if fi, err := os.Stat(filepath.Join(dir, "Specs")); err == nil && fi.IsDir() {
		specs = filepath.Join(dir, "Specs")
	}
	var files []string
	err := filepath.WalkDir(specs, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".json") {
			rel, _ := filepath.Rel(specs, p)
			rel = filepath.ToSlash(rel)
			if strings.Contains(rel, "/English/") {
				files = append(files, rel)
			}
		}
		return nil
	})
	if err != nil {
		return rep, fmt.Errorf("recognizers: %w", err)
	}
	if len(files) == 0 {
		return rep, fmt.Errorf("recognizers: no English spec files under %s", specs)
	}
	sort.Strings(files)
	excludedTypes := map[[2]string]*RecognizerExcluded{}
	for _, rel := range files {
		b, err := os.ReadFile(filepath.Join(specs, filepath.FromSlash(rel)))
		if err != nil {
			return rep, fmt.Errorf("recognizers: %w", err)
		}
		b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
		var cases []rtCase
		if err := json.Unmarshal(b, &cases); err != nil {
			return rep, fmt.Errorf("recognizers: %s: %w", rel, err)
		}
		rep.Cases += len(cases)
		model, ok := recognizerModels[rel]
		if !ok {
			rep.OutOfScope = append(rep.OutOfScope, RecognizerExcluded{File: rel, Cases: len(cases), Reason: excludedFileReason(rel)})
			continue
		}
		f := RecognizerFile{File: rel, Model: model, Cases: len(cases)}
		for _, c := range cases {
			if strings.Contains(strings.ToLower(c.NotSupported), "dotnet") {
				addExcluded(excludedTypes, rel, "NotSupported: dotnet", "the reference implementation itself fails the case")
				continue
			}
			var want []rtResult
			var skip []rtResult
			for _, r := range c.Results {
				if reason := resultOutOfScope(model, r); reason != "" {
					addExcluded(excludedTypes, rel, resultType(r), reason)
					skip = append(skip, r)
					continue
				}
				want = append(want, r)
			}
			if len(want) == 0 && len(c.Results) > 0 {
				continue
			}
			f.InScope++
			got := predict(model, c)
			got = dropOverlapping(got, skip)
			if matchAll(model, want, got) {
				f.Passed++
			} else if len(f.Failures) < 100 {
				fl := RecognizerFailure{Input: c.Input}
				for _, r := range want {
					fl.Expected = append(fl.Expected, r.Text+" = "+resolutionString(r))
				}
				for _, g := range got {
					fl.Got = append(fl.Got, g.text+" = "+g.show())
				}
				f.Failures = append(f.Failures, fl)
			}
		}
		if f.InScope > 0 {
			f.PassRate = float64(f.Passed) / float64(f.InScope)
		}
		rep.InScope += f.InScope
		rep.Passed += f.Passed
		rep.Files = append(rep.Files, f)
	}
	keys := make([][2]string, 0, len(excludedTypes))
	for k := range excludedTypes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		rep.OutOfScope = append(rep.OutOfScope, *excludedTypes[k])
	}
	if rep.InScope > 0 {
		rep.PassRate = float64(rep.Passed) / float64(rep.InScope)
	}
	return rep, nil
}

func addExcluded(m map[[2]string]*RecognizerExcluded, file, typ, reason string) {
	k := [2]string{file, typ}
	e := m[k]
	if e == nil {
		e = &RecognizerExcluded{File: file, Type: typ, Reason: reason}
		m[k] = e
	}
	e.Cases++
}

func resultType(r rtResult) string {
	if r.TypeName != "" {
		return r.TypeName
	}
	return r.TypeName2
}

func (r rtResult) resolution() rtResolution {
	var res rtResolution
	_ = json.Unmarshal(r.Resolution, &res)
	return res
}

func resolutionString(r rtResult) string {
	res := r.resolution()
	if res.Value != nil {
		s := *res.Value
		if res.Unit != "" {
			s += " " + res.Unit
		}
		return s
	}
	var tx []string
	for _, v := range res.Values {
		tx = append(tx, v.Timex)
	}
	return strings.Join(tx, "|")
}

// resultOutOfScope says why an expected result is outside claimtrack's
// scope, or "".
func resultOutOfScope(model string, r rtResult) string {
	res := r.resolution()
	typ := resultType(r)
	switch model {
	case "number":
		if res.Subtype == "power" {
			return "scientific notation (1e10, 1.1^23): not written in news prose"
		}
		if res.Subtype == "fraction" && arithmeticFraction(r.Text) {
			return "arithmetic fractions (\"x over y\", \"x out of y\", ordinal denominators such as fifths, hundredths, twenty-firsts): claimtrack reads the fractions news uses (half, thirds, quarters, n/m in digits)"
		}
	case "numberrange":
		if res.Value != nil {
			lo, hi, loIn, hiIn, ok := parseInterval(*res.Value)
			if ok && !math.IsInf(lo, -1) && !math.IsInf(hi, 1) && lo != hi && !(loIn && !hiIn) {
				return "conjunction of two comparative bounds (\"more than 10 and less than 20\"): a quantity carries one approximation"
			}
		}
	case "ordinal":
		if typ == "ordinal.relative" {
			return "relative ordinals (next, last, previous): positions in a list, not numbers"
		}
	case "percentage", "currency", "dimension", "temperature", "age":
		if res.Value == nil || *res.Value == "null" {
			return "unit name without a number (\"dollar\", \"celsius\"): not a quantity"
		}
	case "datetime":
		if !datetimeTypes[typ] {
			return "time ranges, date-time ranges and time zones: not expressible as one TIMEX3 value"
		}
	}
	return ""
}

// arithmeticFraction reports whether a fraction is written with "over",
// "out of", "in" or an ordinal denominator other than half, third, quarter
// and fourth.
func arithmeticFraction(text string) bool {
	f := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == '-' })
	for i, w := range f {
		switch w {
		case "over", "in":
			return true
		case "out":
			if i+1 < len(f) && f[i+1] == "of" {
				return true
			}
		case "fourth", "fourths", "third", "thirds":
			continue
		}
		w = strings.TrimSuffix(w, "s")
		if strings.HasSuffix(w, "th") || strings.HasSuffix(w, "first") || strings.HasSuffix(w, "second") {
			return true
		}
	}
	return false
}

// pred is one claimtrack prediction in a spec's terms.
type pred struct {
	text       string
	start, end int // rune offsets, end exclusive
	val        float64
	hasVal     bool
	lo, hi     float64
	loIn, hiIn bool
	unit       string
	timex      string
}

func (p pred) show() string {
	switch {
	case p.timex != "":
		return p.timex
	case p.lo != 0 || p.hi != 0 || math.IsInf(p.lo, -1) || math.IsInf(p.hi, 1):
		return fmtInterval(p.lo, p.hi, p.loIn, p.hiIn)
	}
	s := strconv.FormatFloat(p.val, 'g', -1, 64)
	if p.unit != "" {
		s += " " + p.unit
	}
	return s
}

func fmtInterval(lo, hi float64, loIn, hiIn bool) string {
	var b strings.Builder
	if loIn {
		b.WriteByte('[')
	} else {
		b.WriteByte('(')
	}
	if !math.IsInf(lo, -1) {
		b.WriteString(strconv.FormatFloat(lo, 'g', -1, 64))
	}
	b.WriteByte(',')
	if !math.IsInf(hi, 1) {
		b.WriteString(strconv.FormatFloat(hi, 'g', -1, 64))
	}
	if hiIn {
		b.WriteByte(']')
	} else {
		b.WriteByte(')')
	}
	return b.String()
}

func predict(model string, c rtCase) []pred {
	text := c.Input
	toks := segment.Tokenize(text, nil)
	mk := func(sp document.Span) pred {
		return pred{text: sp.Of(text), start: utf8.RuneCountInString(text[:sp.Start]), end: utf8.RuneCountInString(text[:sp.End])}
	}
	var out []pred
	if model == "datetime" {
		var ref document.Date
		if r := c.Context.ReferenceDateTime; len(r) >= 10 {
			ref, _ = document.ParseDate(r[:10])
		}
		for _, e := range timex.Find(text, toks, ref, nil) {
			p := mk(e.Span)
			p.timex = e.Value
			out = append(out, p)
		}
		return out
	}
	for _, q := range quantity.Find(text, toks, nil) {
		switch model {
		case "number":
			if q.Ordinal || q.Vague {
				continue
			}
			// "180ml", "29km": a measure glued to its number is not a
			// bare number for the reference (unlike "5bn", "10K").
			if q.UnitSpan.Start == q.NumSpan.End && q.Unit != "%" && !isCurrencyCode(q.Unit) && q.Unit != "" {
				continue
			}
			p := mk(q.NumSpan)
			p.val, p.hasVal = q.Value, true
			if q.Range {
				if v, ok := quantity.ParseNumber(p.text); ok {
					p.val = v
				} else {
					p.val = q.Low
				}
				out = append(out, p)
				p = mk(q.HighSpan)
				p.val, p.hasVal = q.High, true
			}
			out = append(out, p)
		case "numberrange":
			sp := q.Span
			if !q.UnitSpan.IsZero() && q.UnitSpan.End == sp.End {
				sp.End = max(q.NumSpan.End, q.HighSpan.End)
			}
			p := mk(sp)
			inf := math.Inf(1)
			switch {
			case q.Range:
				p.lo, p.hi, p.loIn, p.hiIn = q.Low, q.High, true, false
			case q.Approx == quantity.MoreThan:
				p.lo, p.hi = q.Value, inf
			case q.Approx == quantity.AtLeast && !q.Vague:
				p.lo, p.hi, p.loIn = q.Value, inf, true
			case q.Approx == quantity.LessThan:
				p.lo, p.hi = -inf, q.Value
			case q.Approx == quantity.AtMost || q.Approx == quantity.UpTo:
				p.lo, p.hi, p.hiIn = -inf, q.Value, true
			case q.Approx == quantity.Exactly:
				p.lo, p.hi, p.loIn, p.hiIn = q.Value, q.Value, true, true
			default:
				continue
			}
			out = append(out, p)
		case "ordinal":
			if q.Ordinal {
				p := mk(q.NumSpan)
				p.val, p.hasVal = q.Value, true
				out = append(out, p)
			}
		default:
			if q.Unit == "" || q.Ordinal || !unitModel(model, q.Unit) {
				continue
			}
			sp := q.NumSpan
			if q.Range {
				sp.End = q.HighSpan.End
			}
			sp.Start = min(sp.Start, q.UnitSpan.Start)
			sp.End = max(sp.End, q.UnitSpan.End)
			p := mk(sp)
			p.val, p.hasVal = q.Value, true
			p.unit = q.Unit
			out = append(out, p)
		}
	}
	return out
}

func isCurrencyCode(u string) bool {
	return u == "cent" || u == "GBX" || len(u) == 3 && u[0] >= 'A' && u[0] <= 'Z' && strings.ToUpper(u) == u
}

func unitModel(model, unit string) bool {
	switch model {
	case "percentage":
		return unit == "%"
	case "currency":
		return unit == "cent" || unit == "GBX" || len(unit) == 3 && strings.ToUpper(unit) == unit && unit != "%"
	case "age":
		return strings.HasSuffix(unit, " old")
	case "temperature":
		return strings.HasPrefix(unit, "°")
	case "dimension":
		return unit != "%" && unit != "pp" && !strings.HasSuffix(unit, " old") && unit != "cent" && unit != "GBX" &&
			!(len(unit) == 3 && strings.ToUpper(unit) == unit && unit[0] >= 'A' && unit[0] <= 'Z') &&
			unit != "°C" && unit != "°F" || unit == "GBP" // "pounds" weigh, too
	}
	return false
}

// dropOverlapping removes predictions overlapping an out-of-scope result.
func dropOverlapping(got []pred, skip []rtResult) []pred {
	if len(skip) == 0 {
		return got
	}
	out := got[:0]
	for _, g := range got {
		keep := true
		for _, r := range skip {
			if g.start <= r.End && r.Start < g.end {
				keep = false
			}
		}
		if keep {
			out = append(out, g)
		}
	}
	return out
}

// matchAll reports whether the predictions are exactly the expected
// results: same count, and each expected result matched by text and value.
func matchAll(model string, want []rtResult, got []pred) bool {
	if len(want) != len(got) {
		return false
	}
	used := make([]bool, len(got))
	for _, w := range want {
		found := false
		for i, g := range got {
			if !used[i] && matchOne(model, w, g) {
				used[i] = true
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func normSpace(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

func matchOne(model string, w rtResult, g pred) bool {
	if !strings.EqualFold(w.Text, g.text) && normSpace(w.Text) != normSpace(g.text) {
		return false
	}
	res := w.resolution()
	switch model {
	case "datetime":
		for _, v := range res.Values {
			if v.Timex != "" && v.Timex == g.timex {
				return true
			}
		}
		return false
	case "numberrange":
		if res.Value == nil {
			return false
		}
		lo, hi, loIn, hiIn, ok := parseInterval(*res.Value)
		return ok && approxEq(lo, g.lo) && approxEq(hi, g.hi) && loIn == g.loIn && hiIn == g.hiIn
	}
	if res.Value == nil {
		return false
	}
	vs := strings.TrimSuffix(*res.Value, "%")
	v, err := strconv.ParseFloat(vs, 64)
	if err != nil || !approxEq(v, g.val) {
		return false
	}
	if res.ISOCurrency != "" && model == "currency" && res.ISOCurrency != g.unit {
		return false
	}
	return true
}

func approxEq(a, b float64) bool {
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return a == b
	}
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))*1e3
}

// parseInterval reads "(20,35]", "[30,)", "(,100]".
func parseInterval(s string) (lo, hi float64, loIn, hiIn, ok bool) {
	if len(s) < 3 {
		return
	}
	loIn = s[0] == '['
	hiIn = s[len(s)-1] == ']'
	inner := s[1 : len(s)-1]
	a, b, found := strings.Cut(inner, ",")
	if !found {
		return
	}
	lo, hi = math.Inf(-1), math.Inf(1)
	var err error
	if a != "" {
		if lo, err = strconv.ParseFloat(a, 64); err != nil {
			return
		}
	}
	if b != "" {
		if hi, err = strconv.ParseFloat(b, 64); err != nil {
			return
		}
	}
	return lo, hi, loIn, hiIn, true
}

// Text writes the report as a readable table.
func (r RecognizersReport) Text(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "recognizers-text (English): %d cases, %d in scope, %d passed, pass_rate %.4f\n", r.Cases, r.InScope, r.Passed, r.PassRate)
	fmt.Fprintf(&b, "%-50s %-12s %6s %8s %7s %9s\n", "file", "model", "cases", "in_scope", "passed", "pass_rate")
	for _, f := range r.Files {
		fmt.Fprintf(&b, "%-50s %-12s %6d %8d %7d %9.4f\n", f.File, f.Model, f.Cases, f.InScope, f.Passed, f.PassRate)
	}
	b.WriteString("out of scope:\n")
	for _, o := range r.OutOfScope {
		t := ""
		if o.Type != "" {
			t = " [" + o.Type + "]"
		}
		fmt.Fprintf(&b, "  %s%s (%d): %s\n", o.File, t, o.Cases, o.Reason)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

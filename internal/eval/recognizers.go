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
	"time"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/annotate/quantity"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/annotate/timex"
	"github.com/claimtrack/claimtrack/internal/document"
)

// RecognizersReport is the result of running claimtrack's number, unit and
// date recognizers over the English Microsoft Recognizers-Text specs.
type RecognizersReport struct {
	Cases    int     `json:"cases"`
	InScope  int     `json:"in_scope"`
	Passed   int     `json:"passed"`
	PassRate float64 `json:"pass_rate"`
	// Groups sums the files by spec family: Number, NumberWithUnit,
	// DateTime.
	Groups []RecognizerGroup `json:"groups"`
	// DateTime cases are split by a hash of their Input (see devCase)
	// into a DEV half, whose failures are listed and used while
	// developing the timex layer, and a REPORT half that is only scored:
	// the gap between the two shows how well the changes generalize.
	DateTimeDevInScope     int                  `json:"datetime_dev_in_scope"`
	DateTimeDevPassed      int                  `json:"datetime_dev_passed"`
	DateTimeDevPassRate    float64              `json:"datetime_dev_pass_rate"`
	DateTimeReportInScope  int                  `json:"datetime_report_in_scope"`
	DateTimeReportPassed   int                  `json:"datetime_report_passed"`
	DateTimeReportPassRate float64              `json:"datetime_report_pass_rate"`
	Files                  []RecognizerFile     `json:"files"`
	OutOfScope             []RecognizerExcluded `json:"out_of_scope"`
}

// RecognizerGroup is the score of one spec family.
type RecognizerGroup struct {
	Group    string  `json:"group"`
	InScope  int     `json:"in_scope"`
	Passed   int     `json:"passed"`
	PassRate float64 `json:"pass_rate"`
}

// RecognizerFile is the score of one spec file.
type RecognizerFile struct {
	File     string  `json:"file"`
	Model    string  `json:"model"`
	Cases    int     `json:"cases"`
	InScope  int     `json:"in_scope"`
	Passed   int     `json:"passed"`
	PassRate float64 `json:"pass_rate"`
	// Failures holds the first failing inputs, for inspection; for the
	// DateTime specs only those of the DEV half.
	Failures []RecognizerFailure `json:"failures,omitempty"`
	// failures holds every listable failure (all of them but the REPORT
	// half of DateTime), for tests.
	failures []RecognizerFailure
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
	"Number/English/NumberModel.json":              "number",
	"Number/English/NumberRangeModel.json":         "numberrange",
	"Number/English/PercentModel.json":             "percentage",
	"Number/English/OrdinalModel.json":             "ordinal",
	"NumberWithUnit/English/CurrencyModel.json":    "currency",
	"NumberWithUnit/English/DimensionModel.json":   "dimension",
	"NumberWithUnit/English/AgeModel.json":         "age",
	"NumberWithUnit/English/TemperatureModel.json": "temperature",
	"DateTime/English/DateTimeModel.json":          "datetime",
	"DateTime/English/MergedParser.json":           "datetime",
	// single-type unit specs: the time expressions of one TimeML type
	"DateTime/English/DateExtractor.json":       "timex:DATE:extract",
	"DateTime/English/DateParser.json":          "timex:DATE:parse",
	"DateTime/English/DatePeriodExtractor.json": "timex:DATE:extract",
	"DateTime/English/DatePeriodParser.json":    "timex:DATE:parse",
	"DateTime/English/HolidayExtractor.json":    "timex:DATE:extract",
	"DateTime/English/HolidayParser.json":       "timex:DATE:parse",
	"DateTime/English/TimeExtractor.json":       "timex:TIME:extract",
	"DateTime/English/TimeParser.json":          "timex:TIME:parse",
	"DateTime/English/DateTimeExtractor.json":   "timex:TIME:extract",
	"DateTime/English/DateTimeParser.json":      "timex:TIME:parse",
	"DateTime/English/DurationExtractor.json":   "timex:DURATION:extract",
	"DateTime/English/DurationParser.json":      "timex:DURATION:parse",
	"DateTime/English/SetExtractor.json":        "timex:SET:extract",
	"DateTime/English/SetParser.json":           "timex:SET:parse",
	"DateTime/English/MergedExtractor.json":     "timex::extract",
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
	case strings.Contains(base, "SkipFromTo"):
		return "option mode of the reference merged extractor (skipping from/to ranges)"
	case strings.Contains(base, "TimePeriod") || strings.Contains(base, "TimeZone"):
		return "time ranges, date-time ranges and time zones: not expressible as one TIMEX3 value"
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
	Type       string          `json:"Type"`
	Start      int             `json:"Start"`
	End        int             `json:"End"`
	Length     int             `json:"Length"`
	Resolution json.RawMessage `json:"Resolution"`
	// Value is the resolution in the extractor/parser unit specs.
	Value json.RawMessage `json:"Value"`
}

// parserValue is a unit-spec parser resolution.
type parserValue struct {
	Timex            string            `json:"Timex"`
	FutureResolution map[string]string `json:"FutureResolution"`
	PastResolution   map[string]string `json:"PastResolution"`
}

type rtResolution struct {
	Value       *string `json:"value"`
	Unit        string  `json:"unit"`
	ISOCurrency string  `json:"isoCurrency"`
	Subtype     string  `json:"subtype"`
	Values      []struct {
		Timex string `json:"timex"`
		Value string `json:"value"`
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
			ok := matchAll(model, want, got)
			if ok {
				f.Passed++
			}
			isDT := strings.HasPrefix(rel, "DateTime/")
			dev := isDT && devCase(c.Input)
			switch {
			case isDT && dev:
				rep.DateTimeDevInScope++
				if ok {
					rep.DateTimeDevPassed++
				}
			case isDT:
				rep.DateTimeReportInScope++
				if ok {
					rep.DateTimeReportPassed++
				}
			}
			if !ok && (!isDT || dev) {
				fl := RecognizerFailure{Input: c.Input}
				for _, r := range want {
					fl.Expected = append(fl.Expected, r.Text+" = "+resolutionString(r))
				}
				for _, g := range got {
					fl.Got = append(fl.Got, g.text+" = "+g.show())
				}
				if len(f.Failures) < 20 {
					f.Failures = append(f.Failures, fl)
				}
				f.failures = append(f.failures, fl)
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
	if rep.DateTimeDevInScope > 0 {
		rep.DateTimeDevPassRate = float64(rep.DateTimeDevPassed) / float64(rep.DateTimeDevInScope)
	}
	if rep.DateTimeReportInScope > 0 {
		rep.DateTimeReportPassRate = float64(rep.DateTimeReportPassed) / float64(rep.DateTimeReportInScope)
	}
	for _, f := range rep.Files {
		g := f.File
		if i := strings.IndexByte(g, '/'); i > 0 {
			g = g[:i]
		}
		if len(rep.Groups) == 0 || rep.Groups[len(rep.Groups)-1].Group != g {
			rep.Groups = append(rep.Groups, RecognizerGroup{Group: g})
		}
		last := &rep.Groups[len(rep.Groups)-1]
		last.InScope += f.InScope
		last.Passed += f.Passed
	}
	for i := range rep.Groups {
		if g := &rep.Groups[i]; g.InScope > 0 {
			g.PassRate = float64(g.Passed) / float64(g.InScope)
		}
	}
	return rep, nil
}

// devCase puts a DateTime case in the DEV half (true) or the REPORT half:
// the parity of the 32-bit FNV-1a hash of its Input, so that the same
// sentence in an extractor and a parser spec falls in the same half.
func devCase(input string) bool {
	h := uint32(2166136261)
	for i := 0; i < len(input); i++ {
		h ^= uint32(input[i])
		h *= 16777619
	}
	return h%2 == 0
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
	if r.TypeName2 != "" {
		return r.TypeName2
	}
	return r.Type
}

func (r rtResult) resolution() rtResolution {
	var res rtResolution
	if len(r.Resolution) > 0 {
		_ = json.Unmarshal(r.Resolution, &res)
	} else if len(r.Value) > 0 && r.Value[0] == '{' {
		_ = json.Unmarshal(r.Value, &res)
	}
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
	var pv parserValue
	if len(tx) == 0 && json.Unmarshal(r.Value, &pv) == nil {
		tx = append(tx, pv.Timex)
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
			return "arithmetic fractions (\"x over y\", ordinal denominators such as fifths, hundredths, twenty-firsts): claimtrack reads the fractions news uses (half, thirds, quarters, n/m in digits, \"one in five\", \"nine out of ten\")"
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
		if !datetimeTypes[typ] && !datetimeTypes["datetimeV2."+typ] {
			return "time ranges, date-time ranges and time zones: not expressible as one TIMEX3 value"
		}
	default:
		if strings.HasPrefix(model, "timex:") {
			t := strings.TrimPrefix(typ, "datetimeV2.")
			if t == "timerange" || t == "datetimerange" || t == "timezone" || t == "timeperiod" || t == "datetimeperiod" {
				return "time ranges, date-time ranges and time zones: not expressible as one TIMEX3 value"
			}
		}
	}
	return ""
}

// arithmeticFraction reports whether a fraction is written with "over"
// or an ordinal denominator other than half, third, quarter and fourth.
func arithmeticFraction(text string) bool {
	f := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == '-' })
	for _, w := range f {
		switch w {
		case "over":
			return true
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
	mod        string
	// withPrep is the text from the preposition before the expression
	// ("since", "before", "from") to its end, or "".
	withPrep string
	// pBegin, pEnd are the period bounds of timex.Expr.
	pBegin, pEnd string
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
	if strings.HasPrefix(model, "timex:") {
		family := strings.Split(model, ":")[1]
		var ref document.Date
		if r := c.Context.ReferenceDateTime; len(r) >= 10 {
			ref, _ = document.ParseDate(r[:10])
		} else if strings.HasSuffix(model, ":extract") {
			// the extractor specs score extents only and were written
			// against the reference library's clock; any reference
			// date will do (that of most parser specs)
			ref, _ = document.ParseDate("2016-11-07")
		}
		for _, e := range timex.Find(text, toks, ref, nil) {
			// a duration anchored at the reference date ("the past
			// three weeks") is a date range in the reference's terms
			// and the reference counts "now" among date-times
			if family != "" && e.Type != family && !(family == "DATE" && e.Type == "DURATION" && e.Begin != "") &&
				!(family == "TIME" && e.Value == "PRESENT_REF") {
				continue
			}
			out = append(out, timexPred(text, e, mk))
		}
		return out
	}
	if model == "datetime" {
		var ref document.Date
		if r := c.Context.ReferenceDateTime; len(r) >= 10 {
			ref, _ = document.ParseDate(r[:10])
		}
		for _, e := range timex.Find(text, toks, ref, nil) {
			out = append(out, timexPred(text, e, mk))
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
			// the spec leaves "about" out of a range ("about 20~100",
			// "about 500 or more")
			if q.Range && (q.Approx == quantity.About || q.Approx == quantity.Nearly || q.Approx == quantity.Estimated) || aboutWord(text[sp.Start:q.NumSpan.Start]) {
				ns := q.NumSpan.Start
				if !q.UnitSpan.IsZero() && q.UnitSpan.End <= ns && q.UnitSpan.Start > sp.Start {
					ns = q.UnitSpan.Start
				}
				sp.Start = ns
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
			// the number with its unit, without approximation words:
			// "$ 75 million", "3 dollars 50 cents", "75 usd million"
			sp := q.NumSpan
			sp.Start = min(sp.Start, q.UnitSpan.Start)
			sp.End = trimPostApprox(text, sp.Start, q.Span.End)
			p := mk(sp)
			p.val, p.hasVal = q.Value, true
			p.unit = q.Unit
			out = append(out, p)
		}
	}
	return out
}

// timexPred converts one time expression.
func timexPred(text string, e timex.Expr, mk func(document.Span) pred) pred {
	p := mk(e.Span)
	p.timex = e.Value
	p.mod = e.Mod
	p.pBegin, p.pEnd = e.Begin, e.End
	if e.Prep != "" {
		p.withPrep = text[e.PrepSpan.Start:e.Span.End]
	}
	return p
}

// trimPostApprox returns end less a trailing "or more", "or so", "plus".
func trimPostApprox(text string, start, end int) int {
	t := strings.ToLower(text[start:end])
	for _, suf := range []string{" or more", " or less", " or so", " or fewer", " or greater", " or above",
		" or below", " and more", " and less", " or higher", " or lower", " plus", "-plus", "+"} {
		if strings.HasSuffix(t, suf) {
			return end - len(suf)
		}
	}
	return end
}

func aboutWord(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "about", "around", "roughly", "approximately", "some", "nearly", "almost":
		return true
	}
	return false
}

func isCurrencyCode(u string) bool { return quantity.IsCurrency(u) }

func unitModel(model, unit string) bool {
	switch model {
	case "percentage":
		return unit == "%"
	case "currency":
		return quantity.IsCurrency(unit)
	case "age":
		return strings.HasSuffix(unit, " old")
	case "temperature":
		return strings.HasPrefix(unit, "°")
	case "dimension":
		return unit != "%" && unit != "pp" && !strings.HasSuffix(unit, " old") && unit != "cent" && unit != "GBX" &&
			!isCurrencyCode(unit) && !strings.HasPrefix(unit, "°") || unit == "GBP" // "pounds" weigh, too
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
	if !strings.EqualFold(w.Text, g.text) && normSpace(w.Text) != normSpace(g.text) && !modPrefixed(w.Text, g) &&
		// the reference puts the preposition of some expressions in
		// the extent ("since tomorrow", "before 2010", "from 2014 to
		// 2018"); claimtrack follows TimeML and reports it in Prep
		!(g.withPrep != "" && normSpace(w.Text) == normSpace(g.withPrep)) &&
		// a sentence-final period after an abbreviation ("Aug.") is
		// both the abbreviation's and the sentence's
		!(strings.HasSuffix(g.text, ".") && normSpace(w.Text) == normSpace(strings.TrimSuffix(g.text, "."))) &&
		// TimeML puts a leading "the" in the extent ("the last
		// quarter"); the reference does only sometimes
		!(strings.HasPrefix(normSpace(g.text), "the ") && normSpace(w.Text) == strings.TrimPrefix(normSpace(g.text), "the ")) {
		return false
	}
	if strings.HasSuffix(model, ":extract") {
		return true
	}
	if strings.HasSuffix(model, ":parse") {
		var pv parserValue
		if json.Unmarshal(w.Value, &pv) != nil || g.timex == "" {
			return false
		}
		if timexMatch(pv.Timex, g.timex) || periodMatch(pv.Timex, g) {
			return true
		}
		for _, m := range []map[string]string{pv.FutureResolution, pv.PastResolution} {
			for _, v := range m {
				if v == g.timex {
					return true
				}
			}
		}
		return false
	}
	res := w.resolution()
	switch model {
	case "datetime":
		for _, v := range res.Values {
			if g.timex != "" && (timexMatch(v.Timex, g.timex) || v.Value == g.timex) || periodMatch(v.Timex, g) {
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

// modPrefixed accepts an expected text that adds a modifier ("since",
// "before", "end of") to claimtrack's expression, which records it in Mod
// instead of its span.
func modPrefixed(want string, g pred) bool {
	if g.mod == "" || g.text == "" {
		return false
	}
	w, t := normSpace(want), normSpace(g.text)
	if !strings.HasSuffix(w, " "+t) {
		return false
	}
	return len(strings.Fields(strings.TrimSuffix(w, " "+t))) <= 3
}

// timexMatch compares a spec timex with claimtrack's value. A spec timex
// with an unspecified year ("XXXX-10-02") matches a value resolved to a
// year; a date-less time ("T08") matches the time of an anchored value
// ("2016-11-07T08:00"); zero minutes and seconds are equivalent to none.
//
// Unresolved parts are wildcards: the reference leaves a year, month or
// century it cannot know as X ("XXXX-XX-18", "XX70") where claimtrack
// resolves it against the reference date, and writes a bare weekday as
// "XXXX-WXX-2", which matches a date on a Tuesday; a bare season ("SU")
// matches a season of any year.
func timexMatch(spec, got string) bool {
	if spec == "" || got == "" {
		return false
	}
	if spec == got {
		return true
	}
	if strings.Contains(spec, "X") && !strings.HasPrefix(spec, "P") && !strings.HasPrefix(spec, "T") {
		if wildMatch(spec, got) {
			return true
		}
		if strings.HasPrefix(spec, "XXXX-WXX-") && weekdayMatch(spec[len("XXXX-WXX-"):], got) {
			return true
		}
	}
	switch spec {
	case "SP", "SU", "FA", "WI":
		return len(got) == 7 && isYear(got[:4]) && got[4:] == "-"+spec
	}
	if strings.HasPrefix(spec, "P") && strings.HasPrefix(got, "P") {
		m1, s1, ok1 := durationAmount(spec)
		m2, s2, ok2 := durationAmount(got)
		return ok1 && ok2 && approxEq(m1, m2) && approxEq(s1, s2)
	}
	if strings.HasPrefix(spec, "T") {
		if i := strings.IndexByte(got, 'T'); i > 0 {
			got = got[i:]
		}
		// midnight: TimeML's end of the day is the next day's 00:00
		if strings.HasPrefix(got, "T24") && strings.HasPrefix(spec, "T00") {
			got = "T00" + got[3:]
		}
	}
	return trimZeroTime(spec) == trimZeroTime(got)
}

// wildMatch compares a timex whose unknown digits are X with a resolved
// one, ignoring zero minutes and seconds.
func wildMatch(spec, got string) bool {
	spec, got = trimZeroTime(spec), trimZeroTime(got)
	if len(spec) != len(got) {
		return false
	}
	for i := 0; i < len(spec); i++ {
		if spec[i] != got[i] && !(spec[i] == 'X' && got[i] >= '0' && got[i] <= '9') {
			return false
		}
	}
	return true
}

// weekdayMatch reports whether got is a date ("2017-12-05", possibly with
// a time) on ISO weekday wd ("2", or "2T09" with a time of day).
func weekdayMatch(wd, got string) bool {
	day, tm, _ := strings.Cut(wd, "T")
	if len(day) != 1 || len(got) < 10 {
		return false
	}
	d, err := time.Parse("2006-01-02", got[:10])
	if err != nil || strconv.Itoa((int(d.Weekday())+6)%7+1) != day {
		return false
	}
	if tm == "" {
		return len(got) == 10
	}
	return len(got) > 10 && trimZeroTime(got[10:]) == trimZeroTime("T"+tm)
}

// periodMatch compares a reference period "(2016-11-08,2016-11-11,P3D)"
// (start, exclusive end, duration) with claimtrack's expression: its
// Begin and End bounds, or the calendar unit its value names ("2016-Q3"
// is the period from 2016-07-01 to 2016-10-01). The reference ends a
// range written "from A to B" at the start of B and a counted period at
// its exclusive end; either reading of claimtrack's inclusive End is
// accepted. The duration is implied by the bounds and not compared.
func periodMatch(spec string, g pred) bool {
	if len(spec) < 2 || spec[0] != '(' || spec[len(spec)-1] != ')' {
		return false
	}
	f := strings.Split(spec[1:len(spec)-1], ",")
	if len(f) != 3 || strings.Contains(f[0], "T") {
		return false
	}
	var b0, e0, e1 string
	if g.pBegin != "" && g.pEnd != "" {
		b0, _ = unitBounds(g.pBegin)
		e0, e1 = unitBounds(g.pEnd)
	} else {
		b0, e1 = unitBounds(g.timex)
	}
	if b0 == "" || !wildMatch(f[0], b0) {
		return false
	}
	return e0 != "" && wildMatch(f[1], e0) || e1 != "" && wildMatch(f[1], e1)
}

// unitBounds returns the first day and the day after the last of a
// calendar TIMEX3 value: a year, month, day, quarter, half, ISO week,
// weekend, decade or century.
func unitBounds(v string) (start, end string) {
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	ymd := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	num := func(s string) int {
		if !isYear(s) || s == "" {
			return -1
		}
		n, _ := strconv.Atoi(s)
		return n
	}
	switch {
	case len(v) == 2 && num(v) >= 0: // century "19"
		c := num(v)
		return day(ymd(c*100, 1, 1)), day(ymd(c*100+100, 1, 1))
	case len(v) == 3 && num(v) >= 0: // decade "199"
		d := num(v)
		return day(ymd(d*10, 1, 1)), day(ymd(d*10+10, 1, 1))
	case len(v) < 4 || num(v[:4]) < 0:
		return "", ""
	}
	y := num(v[:4])
	switch r := v[4:]; {
	case r == "":
		return day(ymd(y, 1, 1)), day(ymd(y+1, 1, 1))
	case len(r) == 3 && r[0] == '-' && num(r[1:]) > 0:
		m := num(r[1:])
		return day(ymd(y, m, 1)), day(ymd(y, m+1, 1))
	case len(r) == 6 && r[0] == '-' && r[3] == '-' && num(r[1:3]) > 0 && num(r[4:]) > 0:
		t := ymd(y, num(r[1:3]), num(r[4:]))
		return day(t), day(t.AddDate(0, 0, 1))
	case len(r) == 3 && r[1] == 'Q' && num(r[2:]) > 0:
		q := num(r[2:])
		return day(ymd(y, 3*q-2, 1)), day(ymd(y, 3*q+1, 1))
	case len(r) == 3 && r[1] == 'H' && num(r[2:]) > 0:
		h := num(r[2:])
		return day(ymd(y, 6*h-5, 1)), day(ymd(y, 6*h+1, 1))
	case len(r) >= 4 && r[1] == 'W' && num(r[2:4]) > 0:
		// ISO week: the Monday of week 1 is in the week of January 4
		jan4 := ymd(y, 1, 4)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(num(r[2:4])-1))
		switch r[4:] {
		case "":
			return day(mon), day(mon.AddDate(0, 0, 7))
		case "-WE":
			return day(mon.AddDate(0, 0, 5)), day(mon.AddDate(0, 0, 7))
		}
	}
	return "", ""
}

// durationAmount reads an ISO 8601 duration ("P3.5Y", "P42M", "PT1H30M",
// "P2W") as months and seconds, so that equal durations written in
// different units compare equal.
func durationAmount(d string) (months, seconds float64, ok bool) {
	if !strings.HasPrefix(d, "P") || len(d) < 3 {
		return 0, 0, false
	}
	inTime := false
	num := ""
	for _, r := range d[1:] {
		switch {
		case r == 'T':
			inTime = true
		case r >= '0' && r <= '9' || r == '.':
			num += string(r)
		default:
			v, err := strconv.ParseFloat(num, 64)
			if err != nil {
				return 0, 0, false
			}
			num = ""
			switch {
			case r == 'Y':
				months += 12 * v
			case r == 'M' && !inTime:
				months += v
			case r == 'Q':
				months += 3 * v
			case r == 'W':
				seconds += v * 7 * 86400
			case r == 'D':
				seconds += v * 86400
			case r == 'H':
				seconds += v * 3600
			case r == 'M':
				seconds += v * 60
			case r == 'S':
				seconds += v
			default:
				return 0, 0, false
			}
		}
	}
	return months, seconds, num == ""
}

func isYear(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func trimZeroTime(s string) string {
	if !strings.Contains(s, "T") {
		return s
	}
	for strings.HasSuffix(s, ":00") {
		s = strings.TrimSuffix(s, ":00")
	}
	return s
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
	for _, g := range r.Groups {
		fmt.Fprintf(&b, "  %-16s in_scope %5d  passed %5d  pass_rate %.4f\n", g.Group, g.InScope, g.Passed, g.PassRate)
	}
	fmt.Fprintf(&b, "  DateTime halves: dev %d/%d = %.4f, report %d/%d = %.4f\n", r.DateTimeDevPassed, r.DateTimeDevInScope,
		r.DateTimeDevPassRate, r.DateTimeReportPassed, r.DateTimeReportInScope, r.DateTimeReportPassRate)
	fmt.Fprintf(&b, "%-50s %-22s %6s %8s %7s %9s\n", "file", "model", "cases", "in_scope", "passed", "pass_rate")
	for _, f := range r.Files {
		fmt.Fprintf(&b, "%-50s %-22s %6d %8d %7d %9.4f\n", f.File, f.Model, f.Cases, f.InScope, f.Passed, f.PassRate)
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

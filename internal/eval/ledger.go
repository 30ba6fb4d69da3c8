package eval

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
	"github.com/claimtrack/claimtrack/internal/store/sqlite"
)

// LedgerReport measures the ledger on hand-annotated Timeline17 topics
// (testdata/gold/t17/disputes.jsonl): whether whole-country death tolls
// land on the country's "people killed" subject, whether other figures stay
// off it, which genuine disputes are flagged, which look-alikes are not,
// which revisions are found, and how many listed discrepancies match a
// genuine gold pair.
type LedgerReport struct {
	Topics   []string `json:"topics"`
	Articles int      `json:"articles"`

	Tolls         int `json:"tolls"`          // annotated whole-country tolls
	TollsFound    int `json:"tolls_found"`    // extracted as a figure at all
	TollsLanded   int `json:"tolls_landed"`   // on "people killed · <country>"
	NonTolls      int `json:"nontolls"`       // annotated figures that must stay off
	NonTollLeaked int `json:"nontoll_leaked"` // landed on a "people killed" subject (another country's toll: one not its own)

	Genuine        int `json:"genuine"`         // annotated genuine disputes
	GenuineFlagged int `json:"genuine_flagged"` // listed as discrepancies
	False          int `json:"false"`           // annotated look-alikes
	FalseFlagged   int `json:"false_flagged"`   // wrongly listed
	Revisions      int `json:"revisions"`
	RevisionsFound int `json:"revisions_found"`

	Listed        int `json:"listed"`         // discrepancies listed
	ListedGold    int `json:"listed_gold"`    // of those, pairs annotated either way
	ListedGenuine int `json:"listed_genuine"` // of those, genuine

	Missed     []string `json:"missed,omitempty"`           // genuine disputes not flagged, why
	RevMissed  []string `json:"revisions_missed,omitempty"` // revisions not found, why
	TollMisses []string `json:"toll_misses,omitempty"`      // tolls extracted but placed elsewhere
	Leaks      []string `json:"leaks,omitempty"`            // non-tolls on a people-killed subject
	Wrong      []string `json:"wrong,omitempty"`            // look-alikes listed as discrepancies
	Sample     string   `json:"sample,omitempty"`           // file with listed discrepancies for hand review

	// The hand-judged window (listed.jsonl): the first HandWindow listed
	// discrepancies touching each sampled topic, judged by a person as a
	// reporter reads them. HandSample counts the window's pairs (each
	// once), HandJudged those with a verdict, HandGenuine the genuine ones;
	// HandClasses counts the not-genuine ones by class; HandUnjudged lists
	// the window's pairs nobody has judged yet (judge them, append them).
	HandWindow   int            `json:"hand_window,omitempty"`
	HandSample   int            `json:"hand_sample"`
	HandJudged   int            `json:"hand_judged"`
	HandGenuine  int            `json:"hand_genuine"`
	HandClasses  map[string]int `json:"hand_classes,omitempty"`
	HandUnjudged []string       `json:"hand_unjudged,omitempty"`
}

// Text writes the report.
func (r *LedgerReport) Text(w io.Writer) error {
	pct := func(a, b int) string {
		if b == 0 {
			return "—"
		}
		return fmt.Sprintf("%.0f%%", 100*float64(a)/float64(b))
	}
	fmt.Fprintf(w, "ledger on Timeline17 %s (%d articles)\n", strings.Join(r.Topics, ", "), r.Articles)
	fmt.Fprintf(w, "  tolls landing on the country's people-killed subject: %d/%d (%s; %d extracted at all)\n", r.TollsLanded, r.Tolls, pct(r.TollsLanded, r.Tolls), r.TollsFound)
	fmt.Fprintf(w, "  non-toll figures leaking onto a people-killed subject: %d/%d (%s)\n", r.NonTollLeaked, r.NonTolls, pct(r.NonTollLeaked, r.NonTolls))
	fmt.Fprintf(w, "  genuine disputes flagged: %d/%d; look-alikes wrongly flagged: %d/%d; revisions found: %d/%d\n",
		r.GenuineFlagged, r.Genuine, r.FalseFlagged, r.False, r.RevisionsFound, r.Revisions)
	fmt.Fprintf(w, "  discrepancies listed: %d; annotated: %d, of them genuine: %d (%s)\n", r.Listed, r.ListedGold, r.ListedGenuine, pct(r.ListedGenuine, r.ListedGold))
	for _, m := range r.TollMisses {
		fmt.Fprintf(w, "  toll elsewhere: %s\n", m)
	}
	for _, m := range r.Leaks {
		fmt.Fprintf(w, "  leak: %s\n", m)
	}
	for _, m := range r.Wrong {
		fmt.Fprintf(w, "  look-alike listed: %s\n", m)
	}
	for _, m := range r.Missed {
		fmt.Fprintf(w, "  missed: %s\n", m)
	}
	for _, m := range r.RevMissed {
		fmt.Fprintf(w, "  revision missed: %s\n", m)
	}
	if r.HandWindow > 0 {
		fmt.Fprintf(w, "  hand-judged (first %d listed per topic): %d pairs, %d judged, genuine %d/%d (%s)", r.HandWindow, r.HandSample, r.HandJudged, r.HandGenuine, r.HandJudged, pct(r.HandGenuine, r.HandJudged))
		classes := make([]string, 0, len(r.HandClasses))
		for c := range r.HandClasses {
			classes = append(classes, c)
		}
		sort.Slice(classes, func(i, j int) bool {
			if r.HandClasses[classes[i]] != r.HandClasses[classes[j]] {
				return r.HandClasses[classes[i]] > r.HandClasses[classes[j]]
			}
			return classes[i] < classes[j]
		})
		for i, c := range classes {
			if i == 0 {
				fmt.Fprint(w, "; not genuine:")
			}
			fmt.Fprintf(w, " %s %d", c, r.HandClasses[c])
		}
		fmt.Fprintln(w)
		for _, m := range r.HandUnjudged {
			fmt.Fprintf(w, "  unjudged in window: %s\n", m)
		}
	}
	if r.Sample != "" {
		fmt.Fprintf(w, "  listed discrepancies for hand review: %s\n", r.Sample)
	}
	return nil
}

// goldPointer is (doc, line, number as written, nth occurrence).
type goldPointer struct {
	Doc    string `json:"doc"`
	Line   int    `json:"line"`
	Number string `json:"number"`
	Nth    int    `json:"nth"`
}

type goldLedgerRecord struct {
	Kind    string       `json:"kind"`
	Topic   string       `json:"topic"`
	A       *goldPointer `json:"a"`
	B       *goldPointer `json:"b"`
	Genuine *bool        `json:"genuine"`
	Why     string       `json:"why"`
	Country string       `json:"country"`
	What    string       `json:"what"`
	Class   string       `json:"class"`  // listed.jsonl: why a listed pair is not genuine
	Window  int          `json:"window"` // listed.jsonl "window" record: pairs judged per topic
	goldPointer
}

// FindGoldT17 returns testdata/gold/t17 of the repository holding the
// working directory, or "" when there is none.
func FindGoldT17() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			g := filepath.Join(dir, "testdata", "gold", "t17")
			if _, err := os.Stat(g); err == nil {
				return g
			}
			return ""
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}

// Ledger ingests the Timeline17 topics named in gold/disputes.jsonl (dir
// holds Timeline17-open.tar.gz) into a temporary SQLite ledger and scores
// it; sample, when not empty, receives the listed discrepancies for hand
// review.
func Ledger(dir, gold, sample string) (*LedgerReport, error) {
	ctx := context.Background()
	if gold == "" {
		gold = FindGoldT17()
	}
	recs, err := readGoldLedger(filepath.Join(gold, "disputes.jsonl"))
	if err != nil {
		return nil, err
	}
	// listed.jsonl: hand verdicts on listed discrepancies, and the topics
	// whose windows they judge. Optional.
	var judged []goldLedgerRecord
	if _, err := os.Stat(filepath.Join(gold, "listed.jsonl")); err == nil {
		if judged, err = readGoldLedger(filepath.Join(gold, "listed.jsonl")); err != nil {
			return nil, err
		}
	}
	topics := map[string]bool{}
	handTopics := map[string]bool{}
	window := 0
	for _, r := range append(append([]goldLedgerRecord{}, recs...), judged...) {
		for _, p := range r.pointers() {
			topics[strings.SplitN(p.Doc, "/", 2)[0]] = true
		}
		if r.Kind == "window" {
			topics[r.Topic], handTopics[r.Topic] = true, true
			window = max(window, r.Window)
		}
	}
	rep := &LedgerReport{}
	for t := range topics {
		rep.Topics = append(rep.Topics, t)
	}
	sort.Strings(rep.Topics)
	tarPath := filepath.Join(dir, "Timeline17-open.tar.gz")
	docs, err := readT17Topics(tarPath, topics)
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(docs))
	for k := range docs {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { // date order, as the news came
		pi, pj := strings.Split(names[i], "/"), strings.Split(names[j], "/")
		if pi[1] != pj[1] {
			return pi[1] < pj[1]
		}
		return names[i] < names[j]
	})
	// The first article to print each line (outlet, figure text, sentence
	// length): a later printing is a repeat the ledger files nowhere
	// (ledger.Repeat), so a gold pointer to it stands for the first.
	type printed struct {
		outlet, text string
		sentLen      int
	}
	firstPrint := map[printed]string{}
	db, ids, done, err := tempLedger(ctx, "ledger", names, func(k string) *document.Document { return docs[k].doc },
		func(k string, res *extract.Result) {
			for _, f := range res.Figures {
				p := printed{strings.ToLower(string(docs[k].doc.Source)), f.Text, f.Sentence.Len()}
				if _, ok := firstPrint[p]; !ok {
					firstPrint[p] = k
				}
			}
		})
	if err != nil {
		return nil, err
	}
	defer done()
	rep.Articles = len(names)

	// Pointers to stored figures.
	arts := map[store.ArticleID]*store.Article{}
	article := func(doc string) *store.Article {
		a := arts[ids[doc]]
		if a == nil {
			if a, err = db.Article(ctx, ids[doc]); err != nil {
				return nil
			}
			arts[ids[doc]] = a
		}
		return a
	}
	figureAt := func(p *goldPointer) *store.FigureRow {
		d, ok := docs[p.Doc]
		if !ok || p.Line < 1 || p.Line > len(d.lines) {
			return nil
		}
		sp, ok := d.span(p)
		if !ok {
			return nil
		}
		a := article(p.Doc)
		if a == nil {
			return nil
		}
		for i := range a.Figures {
			f := &a.Figures[i]
			if !f.Span.Overlaps(sp) {
				continue
			}
			if f.Subject == "" {
				// A repeated line: the ledger counts its first printing.
				k := printed{strings.ToLower(string(d.doc.Source)), f.Text, f.Sentence.Len()}
				if first := firstPrint[k]; first != "" && first != p.Doc {
					if fa := article(first); fa != nil {
						for j := range fa.Figures {
							g := &fa.Figures[j]
							if g.Text == f.Text && g.Sentence.Len() == f.Sentence.Len() && g.Subject != "" {
								return g
							}
						}
					}
				}
			}
			return f
		}
		return nil
	}
	killed := func(f *store.FigureRow) (bool, string) {
		parts := strings.Split(f.Subject, "|")
		if len(parts) != 3 || parts[1] != "people killed" {
			return false, ""
		}
		return true, parts[2]
	}
	all, err := db.Disputes(ctx, store.DisputeQuery{Kind: store.DisputeFigures, Limit: 10000})
	if err != nil {
		return nil, err
	}
	revs, err := db.Disputes(ctx, store.DisputeQuery{Kind: store.DisputeRevision, Limit: 10000})
	if err != nil {
		return nil, err
	}
	// A pair is listed when a listed pair joins the two figures, or two
	// copies of them (same subject, values and sources).
	sideKey := func(f *store.FigureRow) string {
		lo, hi, _ := ledger.Interval(&f.Figure)
		return fmt.Sprintf("%s|%g|%g|%s", f.Subject, lo, hi, ledger.SourceKey(f))
	}
	pairKey := func(a, b *store.FigureRow) string {
		x, y := sideKey(a), sideKey(b)
		if x > y {
			x, y = y, x
		}
		return x + "||" + y
	}
	listed := map[string]int{}
	for i, d := range all {
		listed[pairKey(d.A, d.B)] = i + 1
	}
	revised := map[string]bool{}
	for _, d := range revs {
		revised[pairKey(d.A, d.B)] = true
	}
	goldPairs := map[string]bool{}
	for _, r := range recs {
		switch r.Kind {
		case "toll":
			rep.Tolls++
			if f := figureAt(&r.goldPointer); f != nil {
				rep.TollsFound++
				if ok, place := killed(f); ok && place == strings.ToLower(ledger.Place(r.Country)) {
					rep.TollsLanded++
				} else {
					rep.TollMisses = append(rep.TollMisses, fmt.Sprintf("%s:%d %s on %q (place %q, basis %q)", r.Doc, r.Line, r.Number, f.Subject, f.Location, f.LocationBasis))
				}
			}
		case "nontoll":
			rep.NonTolls++
			if f := figureAt(&r.goldPointer); f != nil {
				// Another country's toll (annotated "toll of another
				// country", with that country) belongs on that country's
				// subject: only another people-killed subject is a leak.
				ok, place := killed(f)
				if ok && strings.HasPrefix(r.What, "toll of another country") && place == strings.ToLower(ledger.Place(r.Country)) {
					ok = false
				}
				if ok {
					rep.NonTollLeaked++
					rep.Leaks = append(rep.Leaks, fmt.Sprintf("%s:%d %s on %q (place %q, basis %q)", r.Doc, r.Line, r.Number, f.Subject, f.Location, f.LocationBasis))
				}
			}
		case "dispute", "revision":
			fa, fb := figureAt(r.A), figureAt(r.B)
			genuine := r.Genuine != nil && *r.Genuine
			switch {
			case r.Kind == "revision":
				rep.Revisions++
			case genuine:
				rep.Genuine++
			default:
				rep.False++
			}
			if fa == nil || fb == nil {
				if r.Kind == "revision" {
					rep.RevMissed = append(rep.RevMissed, fmt.Sprintf("%s %s vs %s: not extracted", r.A.Doc, r.A.Number, r.B.Number))
				}
				if genuine {
					rep.Missed = append(rep.Missed, fmt.Sprintf("%s %s vs %s: not extracted (%s)", r.A.Doc, r.A.Number, r.B.Number, r.Why))
				}
				continue
			}
			k := pairKey(fa, fb)
			if r.Kind == "revision" {
				if revised[k] {
					rep.RevisionsFound++
				} else {
					rep.RevMissed = append(rep.RevMissed, fmt.Sprintf("%s %s vs %s: %s", r.A.Doc, r.A.Number, r.B.Number, pairWhy(fa, fb)))
				}
				continue
			}
			goldPairs[k] = genuine
			if listed[k] > 0 {
				if genuine {
					rep.GenuineFlagged++
				} else {
					rep.FalseFlagged++
					rep.Wrong = append(rep.Wrong, fmt.Sprintf("%s %s vs %s %s (%s)", r.A.Doc, r.A.Number, r.B.Doc, r.B.Number, r.Why))
				}
			} else if genuine {
				rep.Missed = append(rep.Missed, fmt.Sprintf("%s %s vs %s: %s", r.A.Doc, r.A.Number, r.B.Number, pairWhy(fa, fb)))
			}
		}
	}
	rep.Listed = len(all)
	for k, g := range goldPairs {
		if listed[k] > 0 {
			rep.ListedGold++
			if g {
				rep.ListedGenuine++
			}
		}
	}
	docOf := map[store.ArticleID]string{}
	for k, id := range ids {
		docOf[id] = k
	}
	// The hand-judged window: verdicts keyed like the gold pairs, so a
	// verdict follows its pair across re-runs (and onto copies of it).
	verdict := map[string]*goldLedgerRecord{}
	for i := range judged {
		r := &judged[i]
		if r.Kind != "listed" || r.A == nil || r.B == nil || r.Genuine == nil {
			continue
		}
		if fa, fb := figureAt(r.A), figureAt(r.B); fa != nil && fb != nil {
			verdict[pairKey(fa, fb)] = r
		}
	}
	win := handWindow(all, handTopics, window, docOf)
	if window > 0 {
		rep.HandWindow = window
		rep.HandClasses = map[string]int{}
		for _, i := range win {
			d := all[i]
			rep.HandSample++
			v := verdict[pairKey(d.A, d.B)]
			if v == nil {
				rep.HandUnjudged = append(rep.HandUnjudged, fmt.Sprintf("#%d %s %s vs %s %s (%s)", i+1,
					docOf[d.A.Article], d.A.Text, docOf[d.B.Article], d.B.Text, d.Label))
				continue
			}
			rep.HandJudged++
			if *v.Genuine {
				rep.HandGenuine++
			} else {
				rep.HandClasses[v.Class]++
			}
		}
	}
	if sample != "" {
		if len(win) == 0 {
			for i := range all {
				if i == 40 {
					break
				}
				win = append(win, i)
			}
		}
		if err := writeLedgerSample(sample, all, win, docOf, docs, verdict, pairKey); err != nil {
			return nil, err
		}
		rep.Sample = sample
	}
	return rep, nil
}

// handWindow returns the indexes (in listing order) of the first n listed
// discrepancies with a side in each of topics, each index once.
func handWindow(all []store.Dispute, topics map[string]bool, n int, docOf map[store.ArticleID]string) []int {
	if n == 0 || len(topics) == 0 {
		return nil
	}
	taken := map[string]int{}
	var out []int
	for i, d := range all {
		in := false
		for _, t := range pairTopics(d, docOf) {
			if topics[t] && taken[t] < n {
				taken[t]++
				in = true
			}
		}
		if in {
			out = append(out, i)
		}
	}
	return out
}

// pairTopics are the topics of a discrepancy's two sides (one when both
// are of one topic).
func pairTopics(d store.Dispute, docOf map[store.ArticleID]string) []string {
	ta := strings.SplitN(docOf[d.A.Article], "/", 2)[0]
	tb := strings.SplitN(docOf[d.B.Article], "/", 2)[0]
	if ta == tb {
		return []string{ta}
	}
	return []string{ta, tb}
}

// pointerOf finds a stored figure's number in its article as a gold
// pointer (doc, line, token as written, nth standalone occurrence): the
// first token of the figure's text that holds a digit, else its first
// word, that resolves back onto the figure.
func pointerOf(f *store.FigureRow, doc string, d *t17Doc) *goldPointer {
	if d == nil {
		return nil
	}
	line := sort.Search(len(d.start), func(i int) bool { return d.start[i] > f.Span.Start }) - 1
	if line < 0 {
		return nil
	}
	// Hyphenated ranges ("45,000-50,000") are split: a pointer names one
	// number as the gold's occurrence rule finds it.
	words := strings.FieldsFunc(d.doc.Text[f.Span.Start:min(f.Span.End, len(d.doc.Text))], func(r rune) bool { return r == ' ' || r == '\n' || r == '-' })
	sort.SliceStable(words, func(i, j int) bool {
		return strings.ContainsAny(words[i], "0123456789") && !strings.ContainsAny(words[j], "0123456789")
	})
	for _, w := range words {
		w = strings.Trim(w, `"'(),.;:!?`)
		if w == "" {
			continue
		}
		for nth := 1; nth <= 20; nth++ {
			p := &goldPointer{Doc: doc, Line: line + 1, Number: w, Nth: nth}
			sp, ok := d.span(p)
			if !ok {
				break
			}
			if sp.Overlaps(f.Span) {
				return p
			}
		}
	}
	return nil
}

// pairWhy says why an annotated pair is not listed: its figures' subjects,
// or what the rule says of them and what it read.
func pairWhy(fa, fb *store.FigureRow) string {
	if fa.Subject != fb.Subject {
		return "subjects " + fa.Subject + " / " + fb.Subject
	}
	kind, note := ledger.Compare(fa, fb)
	return fmt.Sprintf("same subject %s, rule says %q %s (sources %q/%q, scopes %q/%q, dates %s/%s)", fa.Subject, kind, note,
		fa.Source, fb.Source, fa.Scope, fb.Scope, fa.When, fb.When)
}

func (r *goldLedgerRecord) pointers() []goldPointer {
	var out []goldPointer
	if r.Doc != "" {
		out = append(out, r.goldPointer)
	}
	for _, p := range []*goldPointer{r.A, r.B} {
		if p != nil {
			out = append(out, *p)
		}
	}
	return out
}

func readGoldLedger(path string) ([]goldLedgerRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	defer f.Close()
	var out []goldLedgerRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r goldLedgerRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, r)
	}
	return out, sc.Err()
}

// t17Doc is one Timeline17 article as ingested: the detokenized lines
// joined by newlines (blank lines kept, so gold line numbers hold).
type t17Doc struct {
	doc   *document.Document
	lines []string
	start []int // byte offset of each line in doc.Text
}

// span finds the pointer's number in its line (the nth standalone
// occurrence) and returns its span in the text.
func (d *t17Doc) span(p *goldPointer) (document.Span, bool) {
	line := d.lines[p.Line-1]
	n := 0
	for i := 0; i < len(line); {
		j := strings.Index(line[i:], p.Number)
		if j < 0 {
			break
		}
		s, e := i+j, i+j+len(p.Number)
		if standalone(line, s, e) {
			if n++; n == max(p.Nth, 1) {
				return document.Span{Start: d.start[p.Line-1] + s, End: d.start[p.Line-1] + e}, true
			}
		}
		i = s + 1
	}
	return document.Span{}, false
}

// standalone: not glued to a letter or digit, not part of a longer number
// nor a range's second bound ("100,000" in "50,000-100,000").
func standalone(line string, s, e int) bool {
	alnum := func(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	switch {
	case s > 0 && alnum(line[s-1]):
	case s > 1 && (line[s-1] == ',' || line[s-1] == '.' || line[s-1] == '-') && digit(line[s-2]):
	case e < len(line) && alnum(line[e]):
	case e+1 < len(line) && (line[e] == ',' || line[e] == '.') && digit(line[e+1]):
	default:
		return true
	}
	return false
}

func readT17Topics(tarPath string, topics map[string]bool) (map[string]*t17Doc, error) {
	f, err := os.Open(tarPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", tarPath, err)
	}
	tr := tar.NewReader(zr)
	out := map[string]*t17Doc{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", tarPath, err)
		}
		parts := strings.Split(h.Name, "/")
		if len(parts) != 5 || parts[0] != "Timeline17" || parts[2] != "InputDocs" || !topics[parts[1]] || parts[4] == "" {
			continue
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", tarPath, h.Name, err)
		}
		key := parts[1] + "/" + parts[3] + "/" + parts[4]
		d := &t17Doc{lines: strings.Split(string(data), "\n")}
		var b strings.Builder
		for i, l := range d.lines {
			if strings.TrimSpace(l) != "" {
				l = detok(l)
			} else {
				l = ""
			}
			d.lines[i] = l
			if i > 0 {
				b.WriteByte('\n')
			}
			d.start = append(d.start, b.Len())
			b.WriteString(l)
		}
		d.doc = document.New(b.String())
		d.doc.Published, _ = document.ParseDate(parts[3])
		d.doc.Source = document.Str(parts[1][strings.LastIndex(parts[1], "_")+1:])
		d.doc.Path = document.Str(key)
		out[key] = d
	}
	return out, nil
}

var (
	detokContraction = regexp.MustCompile(` (n't|'s|'re|'ve|'m|'ll|'d|'S|N'T) `)
	detokPunctSpace  = regexp.MustCompile(` ([,.;:!?%)\]}]) `)
	detokPunctGlued  = regexp.MustCompile(` ([,.;:!?%)\]}])(\S)`)
	detokOpen        = regexp.MustCompile(`([(\[{$]) `)
	detokSpaces      = regexp.MustCompile(`\s+`)
)

// detok undoes Penn-Treebank tokenization of one Timeline17 line, as
// ../shared/tools/detok.py does for the reporter's view.
func detok(line string) string {
	s := " " + strings.TrimSpace(line) + " "
	s = strings.NewReplacer("-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}", "``", `"`, "''", `"`).Replace(s)
	s = detokContraction.ReplaceAllString(s, "$1 ")
	s = detokPunctSpace.ReplaceAllString(s, "$1 ")
	s = detokPunctGlued.ReplaceAllString(s, "$1$2")
	s = detokPunctSpace.ReplaceAllString(s, "$1 ")
	s = detokOpen.ReplaceAllString(s, "$1")
	parts := strings.Split(s, ` " `)
	var b strings.Builder
	open := false
	for i, p := range parts {
		if i > 0 {
			if open {
				b.WriteString(`" `)
			} else {
				b.WriteString(` "`)
			}
			open = !open
		}
		b.WriteString(p)
	}
	s = detokSpaces.ReplaceAllString(b.String(), " ")
	s = strings.TrimSpace(strings.TrimPrefix(s, `" `))
	return strings.TrimSuffix(s, ` "`)
}

// tempLedger ingests the articles keys name, in that order and in batches
// of 64, into a fresh SQLite ledger in a temporary directory, and returns
// it with each key's article id; each, when set, sees every extraction
// before it is saved; done closes and removes the ledger.
func tempLedger(ctx context.Context, task string, keys []string, doc func(key string) *document.Document,
	each func(key string, r *extract.Result)) (db *sqlite.DB, ids map[string]store.ArticleID, done func(), err error) {
	tmp, err := os.MkdirTemp("", "claimtrack-eval-"+task+"-")
	if err != nil {
		return nil, nil, nil, err
	}
	db, err = sqlite.Open(ctx, filepath.Join(tmp, "ledger.db"), sqlite.Options{})
	if err != nil {
		os.RemoveAll(tmp)
		return nil, nil, nil, err
	}
	done = func() { db.Close(); os.RemoveAll(tmp) }
	ids = map[string]store.ArticleID{}
	for i := 0; i < len(keys); i += 64 {
		part := keys[i:min(i+64, len(keys))]
		batch := make([]*extract.Result, 0, len(part))
		for _, k := range part {
			r := extract.Extract(doc(k))
			if each != nil {
				each(k, r)
			}
			batch = append(batch, r)
		}
		saved, err := db.SaveBatch(ctx, batch)
		if err != nil {
			done()
			return nil, nil, nil, fmt.Errorf("eval %s: saving: %w", task, err)
		}
		for j, s := range saved {
			ids[part[j]] = s.ID
		}
	}
	return db, ids, done, nil
}

// writeLedgerSample writes the listed discrepancies at the indexes win,
// both sides with their sentences, for a person to judge (outside the
// repository: it quotes the articles), each with a listed.jsonl record to
// fill in (pointers only) or the verdict it already has.
func writeLedgerSample(path string, ds []store.Dispute, win []int, docOf map[store.ArticleID]string, docs map[string]*t17Doc,
	verdict map[string]*goldLedgerRecord, pairKey func(a, b *store.FigureRow) string) error {
	var b strings.Builder
	b.WriteString("# Listed discrepancies, strongest first: mark each genuine or not\n\n")
	for _, i := range win {
		d := ds[i]
		fmt.Fprintf(&b, "%d. %s — %s (score %.2f)\n", i+1, d.Label, d.Note, d.Score)
		for _, f := range []*store.FigureRow{d.A, d.B} {
			fmt.Fprintf(&b, "   - %s %s per %q [%s, %s, %s; place %s by %s] %s: %s\n", f.When, f.Text, f.Source, f.SourceType, f.Scope, f.Basis, f.Location, f.LocationBasis, docOf[f.Article], strings.Join(strings.Fields(f.Evidence), " "))
		}
		if v := verdict[pairKey(d.A, d.B)]; v != nil {
			fmt.Fprintf(&b, "   judged: genuine=%v %s %s\n\n", *v.Genuine, v.Class, v.Why)
			continue
		}
		pa := pointerOf(d.A, docOf[d.A.Article], docs[docOf[d.A.Article]])
		pb := pointerOf(d.B, docOf[d.B.Article], docs[docOf[d.B.Article]])
		rec, _ := json.Marshal(map[string]any{"kind": "listed", "a": pa, "b": pb, "genuine": nil, "class": "", "why": ""})
		fmt.Fprintf(&b, "   %s\n\n", rec)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

package server

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

// page is what every template gets.
type page struct {
	Title   string
	Nav     string
	Data    any
	Version string
	// TokenField: show a token field on write forms.
	TokenField bool
	// WritesOff: this server refuses writes.
	WritesOff bool
	// JSON is the page's JSON twin when it is not Data; CSV, on list
	// pages, its table (twins.go). JSONURL and CSVURL link to them.
	JSON            any
	CSV             func() table
	JSONURL, CSVURL string
	// Path is the page's own address: where a review form returns.
	Path string
}

// reviewCtl is one review control (templates' "review"): a form that
// confirms, corrects or rejects ref and comes back to the page.
type reviewCtl struct {
	Ref    string
	State  *store.ReviewState
	Fields []string
	Token  bool
	Back   string
}

type pageTemplate = template.Template

var pageNames = []string{"home", "subjects", "subject", "articles", "article", "search", "check", "ingest", "error"}

var funcs = template.FuncMap{
	"num":     func(v float64) string { return formatNumber(v) },
	"pnum":    pnum,
	"figval":  figValue,
	"clip":    func(v any, n int) string { return clip(str(v), n) },
	"pathesc": url.PathEscape,
	"articleURL": func(id any, anchor string) string {
		var n int64
		switch v := id.(type) {
		case store.ArticleID:
			n = int64(v)
		case int64:
			n = v
		case int:
			n = int64(v)
		}
		u := "/articles/" + strconv.FormatInt(n, 10)
		if anchor != "" {
			u += "#" + anchor
		}
		return u
	},
	"subjectURL": func(key string) string { return "/subjects/" + url.PathEscape(key) },
	// review makes a review control for ref with the fields a correction
	// may set ("" for confirm and reject only).
	"review": func(p *page, ref string, st *store.ReviewState, fields string) reviewCtl {
		return reviewCtl{Ref: ref, State: st, Fields: strings.Fields(fields), Token: p.TokenField, Back: p.Path}
	},
	"itoa": func(n int64) string { return itoa(n) },
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return strconv.Itoa(n) + " " + many
	},
	"or": func(xs ...any) string {
		for _, x := range xs {
			if s := str(x); s != "" {
				return s
			}
		}
		return ""
	},
}

// str is the text of a template value: strings, document.Str and numbers.
func str(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case document.Str:
		return string(x)
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func pnum(v *float64) string {
	if v == nil {
		return ""
	}
	return formatNumber(*v)
}

// figValue writes a figure's value: "about 1,000", "400–500", "?".
func figValue(f extract.Figure) string {
	var v string
	switch {
	case f.Low != nil && f.High != nil:
		v = formatNumber(*f.Low) + "–" + formatNumber(*f.High)
	case f.Value != nil:
		v = formatNumber(*f.Value)
	default:
		v = "?"
	}
	if f.Approx != "" {
		v = string(f.Approx) + " " + v
	}
	return v
}

func parsePages() (map[string]*pageTemplate, error) {
	base, err := template.New("base").Funcs(funcs).ParseFS(assets, "assets/templates/base.html")
	if err != nil {
		return nil, fmt.Errorf("server: templates: %w", err)
	}
	out := map[string]*pageTemplate{}
	for _, n := range pageNames {
		t, err := template.Must(base.Clone()).ParseFS(assets, "assets/templates/"+n+".html")
		if err != nil {
			return nil, fmt.Errorf("server: template %s: %w", n, err)
		}
		out[n] = t
	}
	return out, nil
}

// render writes a page; a template error becomes a plain 500.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, p *page) {
	if s.writeTwin(w, r, code, p) {
		return
	}
	p.JSONURL, p.CSVURL = twinLinks(r, p.CSV != nil)
	p.Version = s.cfg.Version
	p.TokenField = s.tokenRequired()
	p.Path = r.URL.RequestURI()
	p.WritesOff = !s.writesAllowed()
	if p.Nav == "" {
		p.Nav = name
	}
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "base", p); err != nil {
		s.log.Error("template", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_, _ = w.Write(buf.Bytes())
}

type errorPage struct {
	Code    int
	Message string
}

// uiError answers a store or parameter error on a page.
func (s *Server) uiError(w http.ResponseWriter, r *http.Request, err error) {
	if _, ok := err.(badRequest); ok {
		s.paramError(w, r, err)
		return
	}
	s.storeError(w, r, err)
}

// Home.

type homeData struct {
	Disputes []store.Dispute
	Denials  []store.Claim
	Subjects []store.Subject
	Articles []store.Article
}

func (s *Server) uiHome(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var d homeData
	var err error
	if d.Disputes, err = s.store.Disputes(ctx, store.DisputeQuery{Limit: 25}); err != nil {
		s.uiError(w, r, err)
		return
	}
	dp, err := s.store.Claims(ctx, store.ClaimQuery{Stance: extract.Denies, Kind: "statement", Limit: 15})
	if err != nil {
		s.uiError(w, r, err)
		return
	}
	d.Denials = dp.Claims
	subs, err := s.subjects(ctx)
	if err != nil {
		s.uiError(w, r, err)
		return
	}
	labels := make(map[string]string, len(subs))
	for _, sb := range subs {
		labels[sb.Key] = sb.Label
	}
	for i := range d.Disputes {
		if dp := &d.Disputes[i]; dp.Label == "" && dp.Subject != "" {
			dp.Label = labels[dp.Subject]
		}
		// A card shows each denier's or confirmer's words once, however
		// many of the claim's statements they were linked to.
		d.Disputes[i].Links = oncePerStatement(d.Disputes[i].Links)
	}
	d.Subjects = subs[:min(len(subs), 12)]
	ap, err := s.store.Articles(ctx, store.ArticleQuery{Limit: 10})
	if err != nil {
		s.uiError(w, r, err)
		return
	}
	d.Articles = s.titled(ctx, ap.Articles)
	s.render(w, r, http.StatusOK, "home", &page{Title: "Disputes and denials", Data: d, CSV: func() table { return disputesTable(d.Disputes) }})
}

// Subjects.

type subjectsData struct {
	Q        string
	Subjects []store.Subject
	Next     string
	Facets   []facet
}

func (s *Server) uiSubjects(w http.ResponseWriter, r *http.Request) {
	all, err := s.subjects(r.Context())
	if err != nil {
		s.uiError(w, r, err)
		return
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	pg, next, err := paginate(filterSubjects(all, q), r.URL.Query().Get("cursor"), 200)
	if err != nil {
		s.uiError(w, r, err)
		return
	}
	if next != "" {
		next = "/subjects?" + url.Values{"q": {q}, "cursor": {next}}.Encode()
	}
	s.render(w, r, http.StatusOK, "subjects", &page{Title: "Subjects", Data: subjectsData{Q: q, Subjects: pg, Next: next, Facets: subjectFacets(filterSubjects(all, q), q)},
		CSV: func() table { return subjectsTable(pg) }})
}

// uiTimeline resolves a loose subject ("us troops syria") and redirects to
// its page.
func (s *Server) uiTimeline(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("subject"))
	if q == "" {
		http.Redirect(w, r, "/subjects", http.StatusSeeOther)
		return
	}
	t, err := s.timeline(r.Context(), q)
	if err != nil {
		s.uiError(w, r, err)
		return
	}
	http.Redirect(w, r, "/subjects/"+url.PathEscape(t.Subject.Key), http.StatusSeeOther)
}

type chartData struct {
	Unit   string
	SVG    template.HTML
	Bases  []string
	Points int
}

type subjectData struct {
	T       *store.Timeline
	Charts  []chartData
	Denials []store.Link
	// Rows are the figures listed in the table: maxSubjectRows of them,
	// skipping the Offset newest (all of them with all=1); Hidden counts
	// the others (all are on the chart). NewerURL and OlderURL page the
	// table.
	Rows     []store.FigureRow
	Hidden   int
	Offset   int
	AllURL   string
	NewerURL string
	OlderURL string
}

// maxSubjectRows bounds the subject page's table and its list of denials.
const maxSubjectRows = 100

// figureChartPoint turns a stored figure into a chart point.
func figureChartPoint(f *store.FigureRow) (ChartPoint, bool) {
	var v float64
	switch {
	case f.Value != nil:
		v = *f.Value
	case f.Low != nil && f.High != nil:
		v = (*f.Low + *f.High) / 2
	default:
		return ChartPoint{}, false
	}
	when := f.When
	if when.IsZero() {
		when = f.Published
	}
	return ChartPoint{
		Date: when, Value: v, Low: f.Low, High: f.High, Approx: string(f.Approx), Basis: string(f.Basis),
		Source: string(f.Source), Anonymous: f.Anonymous, Label: f.Text, Outlet: f.Outlet,
		Href: "/articles/" + itoa(int64(f.Article)) + "#fig-" + itoa(f.ID),
	}, true
}

func (s *Server) uiSubject(w http.ResponseWriter, r *http.Request) {
	t, err := s.timeline(r.Context(), r.PathValue("key"))
	if err != nil {
		s.uiError(w, r, err)
		return
	}
	offset, err := qInt(r, "offset", 0, 0, 1<<30)
	if err != nil {
		s.uiError(w, r, err)
		return
	}
	d := subjectData{T: t, Denials: oncePerStatement(t.Links), Rows: t.Figures}
	if all, _ := qBool(r, "all"); !all && (len(d.Rows) > maxSubjectRows || offset > 0) {
		base := "/subjects/" + url.PathEscape(t.Subject.Key)
		end := max(0, len(t.Figures)-offset)
		start := max(0, end-maxSubjectRows)
		d.Rows, d.Offset, d.Hidden = t.Figures[start:end], offset, len(t.Figures)-(end-start)
		d.AllURL = base + "?all=1"
		if start > 0 {
			d.OlderURL = base + "?offset=" + strconv.Itoa(offset+maxSubjectRows)
		}
		if offset > 0 {
			d.NewerURL = base
			if o := offset - maxSubjectRows; o > 0 {
				d.NewerURL += "?offset=" + strconv.Itoa(o)
			}
		}
	}
	if len(d.Denials) > maxSubjectRows {
		d.Denials = d.Denials[len(d.Denials)-maxSubjectRows:]
	}
	var pts []ChartPoint
	units := map[string]bool{}
	for i := range t.Figures {
		if p, ok := figureChartPoint(&t.Figures[i]); ok {
			pts = append(pts, p)
			units[string(t.Figures[i].Unit)] = true
		}
	}
	label := t.Subject.Label
	if label == "" {
		label = t.Subject.Key
	}
	unit := t.Subject.Thing
	if len(units) == 1 {
		for u := range units {
			unit = u
		}
	}
	drawn := thinChart(pts)
	d.Charts = append(d.Charts, chartData{Unit: unit, SVG: ChartSVG(label, drawn, estimateBand(t.Estimates)...), Bases: chartBases(pts), Points: len(pts)})
	// The JSON twin is the API's page of the timeline.
	jp := pageTimeline(t, DefaultTimelineLimit, offset, r.URL)
	s.render(w, r, http.StatusOK, "subject", &page{Title: label, Nav: "subjects", Data: d, JSON: &jp,
		CSV: func() table { return figuresTable(t.Figures) }})
}

// Articles.

type articlesData struct {
	Source   string
	Articles []store.Article
	Next     string
}

func (s *Server) uiArticles(w http.ResponseWriter, r *http.Request) {
	q := store.ArticleQuery{Source: strings.TrimSpace(r.URL.Query().Get("source")), Limit: 50, Cursor: r.URL.Query().Get("cursor")}
	p, err := s.store.Articles(r.Context(), q)
	if err != nil {
		s.uiError(w, r, err)
		return
	}
	next := ""
	if p.Next != "" {
		next = "/articles?" + url.Values{"source": {q.Source}, "cursor": {p.Next}}.Encode()
	}
	arts := s.titled(r.Context(), p.Articles)
	s.render(w, r, http.StatusOK, "articles", &page{Title: "Articles", Data: articlesData{Source: q.Source, Articles: arts, Next: next},
		CSV: func() table { return articlesTable(arts) }})
}

type entityGroup struct {
	Type  string
	Items []entityItem
}

type entityItem struct {
	Text   string
	Anchor string
	Count  int
}

type articleData struct {
	A        *ArticleResponse
	HTML     template.HTML
	Entities []entityGroup
}

func (s *Server) uiArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.loadArticle(r)
	if err != nil {
		if _, ok := err.(badRequest); ok {
			s.fail(w, r, http.StatusNotFound, "not_found", "no such article")
			return
		}
		s.uiError(w, r, err)
		return
	}
	marks, groups := articleMarks(a)
	d := articleData{A: a, HTML: HighlightText(a.Text, marks), Entities: groups}
	title := a.Title
	if title == "" {
		title = firstLine(a.Text, 90)
	}
	s.render(w, r, http.StatusOK, "article", &page{Title: title, Nav: "articles", Data: d, JSON: a})
}

// articleMarks builds the highlights of an article: sentences (s-N),
// statements (st-ID) with speaker and cue, figures (fig-ID) and entities
// (ent-N), and the entity list for the side panel.
func articleMarks(a *ArticleResponse) ([]Mark, []entityGroup) {
	var marks []Mark
	for i, sp := range a.Sentences {
		marks = append(marks, Mark{Span: sp, Tag: "span", ID: "s-" + strconv.Itoa(i+1), Class: "sent"})
	}
	for _, st := range a.Statements {
		sp := st.Span
		if sp.IsZero() {
			sp = st.ContentSpan
		}
		id := itoa(st.ID)
		who := string(st.Speaker)
		if who == "" {
			who = "unknown speaker"
		}
		if st.Anonymous {
			who += " (anonymous)"
		}
		marks = append(marks, Mark{Span: sp, Tag: "mark", ID: "st-" + id, Class: "st stance-" + classToken(st.Stance),
			Title: who + " — " + st.Stance, Back: "p-st-" + id, BackLabel: "s" + id})
		if !st.SpeakerSpan.IsZero() {
			marks = append(marks, Mark{Span: st.SpeakerSpan, Class: "spk"})
		}
		if !st.CueSpan.IsZero() {
			marks = append(marks, Mark{Span: st.CueSpan, Class: "cue"})
		}
	}
	for _, f := range a.Figures {
		id := itoa(f.ID)
		title := figValue(f.Figure)
		if f.Unit != "" {
			title += " " + string(f.Unit)
		}
		if f.Basis != "" {
			title += " · " + string(f.Basis)
		}
		marks = append(marks, Mark{Span: f.Span, Tag: "mark", ID: "fig-" + id, Class: "fig", Title: title,
			Back: "p-fig-" + id, BackLabel: "f" + id})
	}
	byType := map[string]map[string]*entityItem{}
	var order []string
	for i, e := range a.Entities {
		anchor := "ent-" + strconv.Itoa(i+1)
		marks = append(marks, Mark{Span: e.Span, Tag: "span", ID: anchor, Class: "ent ent-" + classToken(e.Type), Title: e.Type})
		key := string(e.Norm)
		if key == "" {
			key = e.Text
		}
		if byType[e.Type] == nil {
			byType[e.Type] = map[string]*entityItem{}
			order = append(order, e.Type)
		}
		if it := byType[e.Type][key]; it != nil {
			it.Count++
		} else {
			byType[e.Type][key] = &entityItem{Text: key, Anchor: anchor, Count: 1}
		}
	}
	sort.Strings(order)
	var groups []entityGroup
	for _, t := range order {
		g := entityGroup{Type: t}
		for _, it := range byType[t] {
			g.Items = append(g.Items, *it)
		}
		sort.Slice(g.Items, func(i, j int) bool {
			if g.Items[i].Count != g.Items[j].Count {
				return g.Items[i].Count > g.Items[j].Count
			}
			return g.Items[i].Text < g.Items[j].Text
		})
		groups = append(groups, g)
	}
	return marks, groups
}

// Search.

// searchJSON is the search page's JSON twin.
type searchJSON struct {
	Claims []store.Claim `json:"claims"`
	Next   string        `json:"next,omitempty"`
	Facets []facet       `json:"facets"`
}

type searchData struct {
	Who    string
	Q      url.Values
	Query  store.ClaimQuery
	Claims []store.Claim
	Next   string
	Done   bool
	Facets []facet
}

func (s *Server) uiSearch(w http.ResponseWriter, r *http.Request) {
	d := searchData{Q: r.URL.Query()}
	switch {
	case wantNamed(r):
		d.Who = "named"
	case r.URL.Query().Get("who") == "anonymous" || r.URL.Query().Get("anonymous") != "":
		d.Who = "anonymous"
	}
	q, err := claimQuery(r)
	if err != nil {
		s.paramError(w, r, err)
		return
	}
	d.Query = q
	{ // an empty search lists everything, newest first
		p, err := s.store.Claims(r.Context(), q)
		if err != nil {
			s.uiError(w, r, err)
			return
		}
		if wantNamed(r) {
			p.Claims = namedOnly(p.Claims)
		}
		d.Claims, d.Done = p.Claims, true
		if p.Next != "" {
			v := r.URL.Query()
			v.Set("cursor", p.Next)
			d.Next = "/search?" + v.Encode()
		}
	}
	if d.Facets, err = s.claimFacets(r, q); err != nil {
		s.uiError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "search", &page{Title: "Search claims", Data: d, CSV: func() table { return claimsTable(d.Claims) },
		JSON: searchJSON{Claims: d.Claims, Next: d.Next, Facets: d.Facets}})
}

// Check.

type checkData struct {
	Claim string
	R     *CheckResult
}

func (s *Server) uiCheck(w http.ResponseWriter, r *http.Request) {
	d := checkData{Claim: strings.TrimSpace(r.URL.Query().Get("claim"))}
	if len(d.Claim) > 2000 {
		s.paramError(w, r, badRequest{"claim: at most 2000 bytes"})
		return
	}
	if d.Claim != "" {
		res, err := s.check(r.Context(), d.Claim, 20, document.Date{}, document.Date{})
		if err != nil {
			s.uiError(w, r, err)
			return
		}
		d.R = res
	}
	s.render(w, r, http.StatusOK, "check", &page{Title: "Check a claim", Data: d, JSON: d})
}

// Ingest.

type ingestData struct {
	R       *IngestResult
	MaxBody int64
	MaxMB   int64
}

func (s *Server) uiIngestForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "ingest", &page{Title: "Add articles", Data: ingestData{MaxBody: s.cfg.MaxBody, MaxMB: s.cfg.MaxBody >> 20}})
}

func (s *Server) uiIngest(w http.ResponseWriter, r *http.Request) {
	// writeAuth (routes.go) has checked the token before the body was read.
	c, err := s.readIngest(w, r)
	if err != nil {
		s.bodyError(w, r, err)
		return
	}
	if len(c.items) == 0 {
		s.fail(w, r, http.StatusBadRequest, "bad_request", "nothing to add: paste text or HTML, or choose files")
		return
	}
	res, err := s.ingest(r.Context(), c)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	code := http.StatusOK
	if res.Created > 0 {
		code = http.StatusCreated
	}
	if wantsJSON(r) {
		writeJSON(w, code, res)
		return
	}
	s.render(w, r, code, "ingest", &page{Title: "Add articles", Data: ingestData{R: res, MaxBody: s.cfg.MaxBody, MaxMB: s.cfg.MaxBody >> 20}})
}

// dateOr formats a date or a placeholder.
func init() {
	funcs["date"] = func(d document.Date) string {
		if d.IsZero() {
			return "—"
		}
		return d.String()
	}
	funcs["stanceClass"] = func(s string) string { return "pill " + classToken(s) }
	funcs["inferred"] = func(f extract.Figure) bool { return ledger.Inferred(&f) }
	funcs["marker"] = markerSVG
	funcs["sentenceAnchor"] = func(a *ArticleResponse, sp document.Span) string {
		for i, s := range a.Sentences {
			if s.Contains(sp) || s.Overlaps(sp) {
				return "s-" + strconv.Itoa(i+1)
			}
		}
		return ""
	}
	funcs["claimAnchor"] = func(c store.Claim) string {
		if c.Kind == "figure" {
			return "fig-" + itoa(c.ID)
		}
		return "st-" + itoa(c.ID)
	}
	funcs["dict"] = func(kv ...any) (map[string]any, error) {
		if len(kv)%2 != 0 {
			return nil, fmt.Errorf("dict: odd number of arguments")
		}
		m := make(map[string]any, len(kv)/2)
		for i := 0; i < len(kv); i += 2 {
			k, ok := kv[i].(string)
			if !ok {
				return nil, fmt.Errorf("dict: key %v is not a string", kv[i])
			}
			m[k] = kv[i+1]
		}
		return m, nil
	}
}

// oncePerStatement keeps the first link of each denying or confirming
// statement: a denial linked to three sentences of one claim is one denial.
func oncePerStatement(ls []store.Link) []store.Link {
	seen := map[int64]bool{}
	out := make([]store.Link, 0, len(ls))
	for _, l := range ls {
		if !seen[l.From.ID] {
			seen[l.From.ID] = true
			out = append(out, l)
		}
	}
	return out
}

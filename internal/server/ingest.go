package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ingest"
	"github.com/claimtrack/claimtrack/internal/pipeline"
)

// MaxBatch is the most articles one ingest request may carry.
const MaxBatch = 1000

// ArticleInput is one article in a JSON ingest body. Exactly one of Text
// (plain text) and HTML (a whole page or fragment) is required.
type ArticleInput struct {
	Text      string `json:"text"`
	HTML      string `json:"html"`
	Name      string `json:"name"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Author    string `json:"author"`
	Published string `json:"published"`
}

// meta is what a request says about its articles.
type meta struct {
	Title, URL, Source, Author string
	Published                  document.Date
}

// IngestSaved reports one stored article.
type IngestSaved struct {
	ID         int64  `json:"id"`
	DocID      string `json:"doc_id"`
	Created    bool   `json:"created"`
	Updated    bool   `json:"updated,omitempty"`
	Version    int    `json:"version"`
	Group      int64  `json:"group"`
	Name       string `json:"name,omitempty"`
	Title      string `json:"title,omitempty"`
	Figures    int    `json:"figures"`
	Statements int    `json:"statements"`
}

// IngestError reports one input that could not be read.
type IngestError struct {
	Name    string `json:"name"`
	Message string `json:"message"`
}

// IngestResult is the response of an ingest request.
type IngestResult struct {
	Saved   []IngestSaved `json:"saved"`
	Created int           `json:"created"`
	Errors  []IngestError `json:"errors,omitempty"`
}

type ingestItem struct {
	name string
	doc  *document.Document
	err  error
}

// collector gathers the documents of one request.
type collector struct {
	items []ingestItem
	meta  meta
}

func (c *collector) add(name string, doc *document.Document, err error) error {
	if len(c.items) >= MaxBatch {
		return badRequest{fmt.Sprintf("at most %d articles per request", MaxBatch)}
	}
	if err == nil {
		switch {
		case strings.TrimSpace(doc.Text) == "":
			err = errors.New("empty text")
		case !utf8.ValidString(doc.Text):
			err = errors.New("text is not UTF-8")
		}
	}
	if err != nil {
		c.items = append(c.items, ingestItem{name: name, err: err})
		return nil
	}
	c.items = append(c.items, ingestItem{name: name, doc: doc})
	return nil
}

// addText adds a plain text article.
func (c *collector) addText(name, text string, m meta) error {
	doc := document.New(text)
	applyMeta(doc, m)
	return c.add(name, doc, nil)
}

// addRaw reads data with the ingest package's readers (which recognise
// HTML and JSON Lines) and adds every document found.
func (c *collector) addRaw(ctx context.Context, name string, data []byte, m meta) error {
	opt := ingest.Options{Published: m.Published, Source: m.Source}
	return ingest.Walk(ctx, []string{"-"}, bytes.NewReader(data), opt, func(it ingest.Item) error {
		n := name
		if it.Name != "" && it.Name != "-" && strings.HasPrefix(it.Name, "-:") {
			n = name + strings.TrimPrefix(it.Name, "-") // "-:3" for line 3 of JSON Lines
		}
		if it.Err != nil {
			msg := strings.TrimPrefix(it.Err.Error(), "-: ")
			return c.add(n, nil, errors.New(msg))
		}
		if string(it.Doc.Path) == "-" {
			it.Doc.Path = ""
		}
		if name != "" && it.Doc.Path == "" {
			it.Doc.Path = document.Str(name)
		}
		applyMeta(it.Doc, m)
		return c.add(n, it.Doc, nil)
	})
}

// applyMeta fills what the input itself did not say.
func applyMeta(doc *document.Document, m meta) {
	if doc.Title == "" {
		doc.Title = document.Str(m.Title)
	}
	if doc.URL == "" {
		doc.URL = document.Str(m.URL)
	}
	if doc.Source == "" {
		doc.Source = document.Str(m.Source)
	}
	if doc.Author == "" {
		doc.Author = document.Str(m.Author)
	}
	if doc.Published.IsZero() {
		doc.Published = m.Published
	}
}

// metaFrom reads article metadata from a lookup (query or form values).
func metaFrom(get func(string) string) (meta, error) {
	m := meta{
		Title:  strings.TrimSpace(get("title")),
		URL:    strings.TrimSpace(get("url")),
		Source: strings.TrimSpace(get("source")),
		Author: strings.TrimSpace(get("author")),
	}
	if p := strings.TrimSpace(get("published")); p != "" {
		d, err := document.ParseDate(p)
		if err != nil {
			return m, badRequest{"published: want YYYY-MM-DD"}
		}
		m.Published = d
	}
	return m, nil
}

// readIngest reads the documents of an ingest request: a JSON body (one
// ArticleInput, an array of them, or {"articles": [...]}), a multipart form
// (fields text, html and files, plus metadata fields), a URL-encoded form,
// or a raw body (HTML, JSON Lines or plain text, metadata in the query). The
// token was checked before the body was read (writeAuth).
func (s *Server) readIngest(w http.ResponseWriter, r *http.Request) (*collector, error) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	ct, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	c := &collector{}
	switch ct {
	case "application/json":
		data, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, err
		}
		return c, c.addJSON(r.Context(), data)
	case "multipart/form-data":
		if params["boundary"] == "" {
			return nil, badRequest{"multipart body without boundary"}
		}
		return c, c.addMultipart(r)
	case "application/x-www-form-urlencoded":
		if err := r.ParseForm(); err != nil {
			return nil, err
		}
		m, err := metaFrom(r.PostForm.Get)
		if err != nil {
			return nil, err
		}
		if err := c.addFields(r.Context(), r.PostForm.Get("text"), r.PostForm.Get("html"), m); err != nil {
			return nil, err
		}
		return c, nil
	default:
		m, err := metaFrom(r.URL.Query().Get)
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, err
		}
		name := strings.TrimSpace(r.URL.Query().Get("name"))
		return c, c.addRaw(r.Context(), name, data, m)
	}
}

func (c *collector) addFields(ctx context.Context, text, html string, m meta) error {
	if strings.TrimSpace(text) != "" {
		if err := c.addText("pasted text", text, m); err != nil {
			return err
		}
	}
	if strings.TrimSpace(html) != "" {
		if err := c.addRaw(ctx, "pasted HTML", []byte(html), m); err != nil {
			return err
		}
	}
	return nil
}

func (c *collector) addJSON(ctx context.Context, data []byte) error {
	data = bytes.TrimSpace(data)
	var ins []ArticleInput
	switch {
	case len(data) > 0 && data[0] == '[':
		if err := strictJSON(data, &ins); err != nil {
			return err
		}
	default:
		var wrap struct {
			Articles []ArticleInput `json:"articles"`
		}
		if bytes.Contains(data, []byte(`"articles"`)) && strictJSON(data, &wrap) == nil {
			ins = wrap.Articles
			break
		}
		var one ArticleInput
		if err := strictJSON(data, &one); err != nil {
			return err
		}
		ins = []ArticleInput{one}
	}
	if len(ins) == 0 {
		return badRequest{"no articles in body"}
	}
	if len(ins) > MaxBatch {
		return badRequest{fmt.Sprintf("at most %d articles per request", MaxBatch)}
	}
	for i, in := range ins {
		name := in.Name
		if name == "" {
			name = fmt.Sprintf("article %d", i+1)
		}
		m := meta{Title: in.Title, URL: in.URL, Source: in.Source, Author: in.Author}
		if in.Published != "" {
			d, err := document.ParseDate(in.Published)
			if err != nil {
				if err := c.add(name, nil, errors.New("published: want YYYY-MM-DD")); err != nil {
					return err
				}
				continue
			}
			m.Published = d
		}
		var err error
		switch {
		case in.Text != "" && in.HTML != "":
			err = c.add(name, nil, errors.New("give text or html, not both"))
		case in.Text != "":
			err = c.addText(name, in.Text, m)
		case in.HTML != "":
			err = c.addRaw(ctx, name, []byte(in.HTML), m)
		default:
			err = c.add(name, nil, errors.New("text or html required"))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func strictJSON(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return badRequest{"JSON body: " + err.Error()}
	}
	if dec.More() {
		return badRequest{"JSON body: trailing data"}
	}
	return nil
}

// addMultipart streams a multipart form: no temporary files are written.
func (c *collector) addMultipart(r *http.Request) error {
	mr, err := r.MultipartReader()
	if err != nil {
		return badRequest{"multipart: " + err.Error()}
	}
	fields := map[string]string{}
	type file struct {
		name string
		data []byte
	}
	var files []file
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		data, err := io.ReadAll(p)
		p.Close()
		if err != nil {
			return err
		}
		if p.FileName() != "" {
			if len(data) > 0 {
				files = append(files, file{path.Base(strings.ReplaceAll(p.FileName(), `\`, "/")), data})
			}
			continue
		}
		if len(data) > 0 {
			fields[p.FormName()] = string(data)
		}
	}
	m, err := metaFrom(func(k string) string { return fields[k] })
	if err != nil {
		return err
	}
	if err := c.addFields(r.Context(), fields["text"], fields["html"], m); err != nil {
		return err
	}
	for _, f := range files {
		if err := c.addRaw(r.Context(), f.name, f.data, m); err != nil {
			return err
		}
	}
	return nil
}

// ingest extracts and stores the collected documents through the shared
// pipeline: a client that goes away, or a shutdown, stops the extraction.
func (s *Server) ingest(ctx context.Context, c *collector) (*IngestResult, error) {
	res := &IngestResult{Saved: []IngestSaved{}}
	items := make([]pipeline.Item, len(c.items))
	for i, it := range c.items {
		items[i] = pipeline.Item{Name: it.name, Doc: it.doc, Err: it.err}
	}
	p := &pipeline.Pipeline{Store: s.store, Batch: MaxBatch,
		Observe: func(d time.Duration, x *extract.Result) {
			s.metrics.ObserveExtract(d.Seconds(), len(x.Figures), len(x.Statements))
		}}
	out, err := p.Collect(ctx, items)
	s.cache.wrote()
	for _, o := range out {
		if o.Err != nil {
			// The pipeline prefixes the name; the response has its own field.
			msg := strings.TrimPrefix(o.Err.Error(), o.Name+": ")
			res.Errors = append(res.Errors, IngestError{Name: o.Name, Message: msg})
			s.metrics.CountIngest("failed")
			continue
		}
		sv, x := o.Saved, o.Result
		sr := IngestSaved{ID: int64(sv.ID), DocID: sv.DocID, Created: sv.Created, Updated: sv.Updated, Version: sv.Version, Group: sv.Group,
			Name: o.Name, Title: string(x.Doc.Title), Figures: len(x.Figures), Statements: len(x.Statements)}
		if sr.Title == "" {
			sr.Title = firstLine(x.Doc.Text, 90)
		}
		if sv.Created {
			res.Created++
			s.metrics.CountIngest("stored")
		} else {
			s.metrics.CountIngest("duplicate")
		}
		res.Saved = append(res.Saved, sr)
	}
	if err != nil {
		for range len(items) - len(out) {
			s.metrics.CountIngest("failed")
		}
		return nil, err
	}
	return res, nil
}

func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	// writeAuth (routes.go) has checked the token before the body was read.
	c, err := s.readIngest(w, r)
	if err != nil {
		s.bodyError(w, r, err)
		return
	}
	if len(c.items) == 0 {
		s.fail(w, r, http.StatusBadRequest, "bad_request", "no article in request: send text, html or files")
		return
	}
	res, err := s.ingest(r.Context(), c)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	code := http.StatusOK
	switch {
	case res.Created > 0:
		code = http.StatusCreated
	case len(res.Saved) == 0:
		// Nothing could be read: the request is at fault.
		var e ErrorBody
		e.Error.Code = "bad_request"
		e.Error.Message = "no article could be read: " + res.Errors[0].Name + ": " + res.Errors[0].Message
		writeJSON(w, http.StatusBadRequest, struct {
			ErrorBody
			Errors []IngestError `json:"errors"`
		}{e, res.Errors})
		return
	}
	writeJSON(w, code, res)
}

func firstLine(s string, n int) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return clip(strings.TrimSpace(s), n)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

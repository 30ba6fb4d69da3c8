package server

import (
	"context"
	"encoding/csv"
	"mime"
	"net/http"
	"strings"
)

// Every UI page has machine-readable twins, as Datasette users expect:
// the same path with .json (the page's data) or, for list pages, .csv (its
// table), or the plain path with an Accept header asking for either.

type formatKey struct{}

const (
	fmtHTML = ""
	fmtJSON = "json"
	fmtCSV  = "csv"
)

// pageFormat is the representation a UI request asked for.
func pageFormat(r *http.Request) string {
	f, _ := r.Context().Value(formatKey{}).(string)
	return f
}

// twin wraps a UI handler: it reads the wanted format from a .json/.csv
// suffix (of the path, or of the path value named wildcard) or from the
// Accept header, strips the suffix and passes the format on.
func (s *Server) twin(wildcard string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		format := fmtHTML
		if wildcard != "" {
			v := r.PathValue(wildcard)
			for _, f := range []string{fmtJSON, fmtCSV} {
				if strings.HasSuffix(v, "."+f) {
					r.SetPathValue(wildcard, strings.TrimSuffix(v, "."+f))
					format = f
				}
			}
		} else {
			for _, f := range []string{fmtJSON, fmtCSV} {
				if strings.HasSuffix(r.URL.Path, "."+f) {
					format = f
				}
			}
		}
		if format == fmtHTML {
			format = acceptFormat(r.Header.Get("Accept"))
		}
		if format == fmtJSON {
			// Errors on this request answer in JSON too (see wantsJSON).
			r.Header.Set("Accept", "application/json")
		}
		h(w, r.WithContext(context.WithValue(r.Context(), formatKey{}, format)))
	}
}

// acceptFormat: the first media type of an Accept header, when it is JSON
// or CSV (a browser's Accept starts with text/html).
func acceptFormat(accept string) string {
	first, _, _ := strings.Cut(accept, ",")
	mt, _, err := mime.ParseMediaType(strings.TrimSpace(first))
	if err != nil {
		return fmtHTML
	}
	switch mt {
	case "application/json":
		return fmtJSON
	case "text/csv":
		return fmtCSV
	}
	return fmtHTML
}

// table is a page's list as CSV: a header and rows.
type table struct {
	Header []string
	Rows   [][]string
}

// writeTwin answers a JSON or CSV request for a page; it reports false
// when the page is to be rendered as HTML.
func (s *Server) writeTwin(w http.ResponseWriter, r *http.Request, code int, p *page) bool {
	switch pageFormat(r) {
	case fmtJSON:
		v := p.JSON
		if v == nil {
			v = p.Data
		}
		writeJSON(w, code, v)
		return true
	case fmtCSV:
		if p.CSV == nil {
			// Plain text: an error page rendered here must not recurse.
			if code < 400 {
				code = http.StatusNotFound
			}
			if e, ok := p.Data.(errorPage); ok {
				http.Error(w, e.Message, code)
			} else {
				http.Error(w, "this page has no CSV form (try .json)", code)
			}
			return true
		}
		t := p.CSV()
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(code)
		cw := csv.NewWriter(w)
		_ = cw.Write(t.Header)
		_ = cw.WriteAll(t.Rows)
		return true
	}
	return false
}

// twinLinks are the addresses of a page's JSON and CSV twins.
func twinLinks(r *http.Request, hasCSV bool) (jsonURL, csvURL string) {
	u := r.URL.EscapedPath()
	if u == "/" {
		u = "/index"
	}
	q := ""
	if r.URL.RawQuery != "" {
		q = "?" + r.URL.RawQuery
	}
	jsonURL = u + ".json" + q
	if hasCSV {
		csvURL = u + ".csv" + q
	}
	return jsonURL, csvURL
}

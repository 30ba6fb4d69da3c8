package ingest

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// meta is what an input says about its article besides the text.
type meta struct {
	Title, Date, Source, URL, Author string
}

// readText builds the document of a plain-text article. A metadata prefix
// at the very start ("Title: ..." header lines, or an inline " date
// 2020-01-06 " before the first sentence) is read and left out of the text.
func readText(raw []byte, opt Options) (*document.Document, []string, error) {
	s, warns, err := decodeText(raw)
	if err != nil {
		return nil, nil, err
	}
	body, m := splitHeader(s)
	if strings.TrimFunc(body, isSpaceRune) == "" {
		return nil, warns, ErrEmpty
	}
	if LooksPTB(body) {
		// Research corpora ship treebank-tokenized text; the annotators
		// expect "Haiti's", not "Haiti 's".
		body = detokenizePTBText(body)
		warns = append(warns, "text looks Penn-Treebank tokenized; detokenized")
	}
	if m.Title == "" {
		m.Title = firstLineTitle(body)
	}
	doc, w := newDocument(body, m, opt)
	return doc, append(warns, w...), nil
}

// newDocument makes the document for body with its metadata, falling back
// on the options, and finds its dateline.
func newDocument(body string, m meta, opt Options) (*document.Document, []string) {
	var warns []string
	doc := document.New(body)
	doc.Title = document.Str(clipField(cleanSpace(m.Title), maxField))
	if u := strings.TrimSpace(m.URL); len(u) <= maxURL {
		doc.URL = document.Str(u)
	} else {
		warns = append(warns, fmt.Sprintf("URL of %d bytes dropped (limit %d)", len(u), maxURL))
	}
	doc.Author = document.Str(clipField(cleanSpace(m.Author), maxField))
	doc.Source = document.Str(clipField(cleanSpace(m.Source), maxField))
	if doc.Source == "" {
		doc.Source = document.Str(opt.Source)
	}
	doc.Published = opt.Published
	if m.Date != "" {
		if d, ok := parseDate(m.Date); ok {
			doc.Published = d
		} else {
			warns = append(warns, "unknown date "+quoteClip(m.Date)+"; published left unknown")
			doc.Published = opt.Published
		}
	}
	doc.Dateline = findDateline(body)
	return doc, warns
}

// findDateline runs segment.Dateline over the head of the text: its first
// six lines, at most 3000 bytes (the dateline opens the body, after at most
// a headline and captions).
func findDateline(text string) document.Span {
	head := text
	for k, off := 0, 0; k < 6; k++ {
		nl := strings.IndexByte(head[off:], '\n')
		if nl < 0 {
			break
		}
		off += nl + 1
		if k == 5 {
			head = head[:off]
		}
	}
	if len(head) > 3000 {
		head = head[:3000]
		for len(head) > 0 && !utf8.RuneStart(head[len(head)-1]) {
			head = head[:len(head)-1]
		}
		if len(head) > 0 && head[len(head)-1] >= utf8.RuneSelf {
			head = head[:len(head)-1] // the start of a cut rune
		}
	}
	// A stack buffer holds the tokens of most heads: this ran for every
	// article and allocated more than any other step of reading one. The
	// search stops at the first line that is neither the headline nor a
	// caption, nearly always the first or second, so the head is
	// tokenized two line breaks' worth at a time, not six.
	var buf [384]segment.Token
	for breaks := 2; ; breaks *= 2 {
		cut := afterLineBreaks(head, breaks)
		toks := segment.Tokenize(head[:cut], buf[:0])
		if sp, more := segment.DatelinePrefix(head[:cut], toks); !more || cut == len(head) {
			return sp
		}
	}
}

// afterLineBreaks returns the offset after the n-th line break of s, or
// len(s).
func afterLineBreaks(s string, n int) int {
	off := 0
	for ; n > 0; n-- {
		i := strings.IndexByte(s[off:], '\n')
		if i < 0 {
			return len(s)
		}
		off += i + 1
	}
	return off
}

// headerKey maps the lower-cased key of a "Key: value" header line to the
// field it sets.
func headerKey(k string) string {
	switch k {
	case "title", "headline":
		return "title"
	case "date", "published", "pubdate", "publication date", "published date", "date published", "dated":
		return "date"
	case "source", "publisher", "site", "outlet", "publication":
		return "source"
	case "url", "link", "canonical", "canonical url":
		return "url"
	case "author", "authors", "by", "byline":
		return "author"
	}
	return ""
}

func (m *meta) set(field, v string) {
	switch field {
	case "title":
		m.Title = v
	case "date":
		m.Date = v
	case "source":
		m.Source = v
	case "url":
		m.URL = v
	case "author":
		m.Author = v
	}
}

// splitHeader reads an optional metadata prefix at the very start of s and
// returns the body after it. Two forms: header lines ("Title: ...",
// "Date: ...", then optionally a blank line) and an inline prefix ("date
// 2020-01-06 " possibly followed by the first sentence on the same line).
func splitHeader(s string) (string, meta) {
	var m meta
	i := skipSpace(s, 0)
	consumed := false
	for i < len(s) {
		nl := strings.IndexByte(s[i:], '\n')
		line := s[i:]
		if nl >= 0 {
			line = s[i : i+nl]
		}
		key, rest, field := splitKey(line)
		if field == "" || len(line) > maxHeaderLine {
			break
		}
		value := strings.TrimSpace(rest)
		word, after := firstWord(value)
		colon := strings.HasSuffix(key, ":")
		oneWord := false // the value is the first word; the body follows
		switch field {
		case "date":
			if _, ok := parseDate(value); ok && colon {
				break
			}
			if isDateWord(word) {
				oneWord = true
			} else if !colon {
				word = "" // "date night ..." is body text
			}
		case "url":
			if !strings.HasPrefix(word, "http") && !strings.HasPrefix(word, "www.") {
				word = ""
			} else {
				oneWord = true
			}
		}
		if !colon && !oneWord || field == "url" && word == "" {
			break
		}
		if oneWord {
			m.set(field, word)
			if after != "" {
				off := i + len(line) - len(after)
				return s[skipSpace(s, off):], m
			}
		} else {
			m.set(field, value)
		}
		consumed = true
		if nl < 0 {
			return "", m
		}
		i += nl + 1
		j := skipSpace(s, i)
		blank := strings.Contains(s[i:j], "\n")
		i = j
		if blank {
			break // a blank line ends the header
		}
	}
	if !consumed {
		return s[skipSpace(s, 0):], meta{}
	}
	return s[i:], m
}

// splitKey splits "Key: rest" or "key rest" at the start of a line and
// returns the field the key sets ("" when it is not a known key).
func splitKey(line string) (key, rest, field string) {
	j := 0
	for j < len(line) && j < 24 {
		c := line[j]
		if c == ':' {
			k := strings.ToLower(strings.TrimSpace(line[:j]))
			return line[:j+1], line[j+1:], headerKey(k)
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '-' || c == '_') {
			break
		}
		j++
	}
	// No colon: only "date"/"published"/"url" followed by a value.
	w, after := firstWord(line)
	switch lw := strings.ToLower(w); lw {
	case "date", "published", "dated", "url":
		return w, after, headerKey(lw)
	}
	return "", "", ""
}

func isDateWord(w string) bool {
	_, ok := parseDate(w)
	return ok
}

// firstWord splits s at its first run of white space.
func firstWord(s string) (string, string) {
	s = strings.TrimLeft(s, " \t")
	j := strings.IndexAny(s, " \t")
	if j < 0 {
		return s, ""
	}
	return s[:j], strings.TrimLeft(s[j:], " \t")
}

// skipSpace returns the index of the first non-space rune at or after i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isSpaceRune(r) {
			break
		}
		i += w
	}
	return i
}

// firstLineTitle returns the first line of body when a blank line follows
// it and it looks like a headline (short, no final full stop), else "".
func firstLineTitle(body string) string {
	nl := strings.IndexByte(body, '\n')
	if nl < 0 {
		return ""
	}
	line := strings.TrimSpace(body[:nl])
	rest := body[nl+1:]
	j := skipSpace(rest, 0)
	if !strings.Contains(rest[:j], "\n") && j < len(rest) {
		return "" // no blank line after it
	}
	if line == "" || len(line) > 250 || strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "...") || strings.HasSuffix(line, ",") {
		return ""
	}
	return line
}

// Limits of metadata fields: a title, author or outlet is a line, not a
// page, and longer ones are clipped; an overlong URL is dropped.
const (
	maxField = 1000
	maxURL   = 8 << 10
	// maxHeaderLine: a longer first line is body text, not a header.
	maxHeaderLine = 4 << 10
)

// clipField clips s to at most n bytes at a rune boundary.
func clipField(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return strings.TrimSpace(s[:n]) + "…"
}

// cleanSpace collapses runs of white space to one space and trims.
func cleanSpace(s string) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, "\n\r\t  ") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func quoteClip(s string) string {
	if len(s) > 60 {
		s = s[:60]
		for len(s) > 0 && !utf8.RuneStart(s[len(s)-1]) {
			s = s[:len(s)-1]
		}
		s = strings.ToValidUTF8(s, "") + "…"
	}
	return "\"" + s + "\""
}

// FindDateline returns the span of the dateline opening text ("CAIRO, Egypt
// (CNN) --"), or a zero span; for readers outside this package that build
// documents themselves (the evaluation's corpus readers).
func FindDateline(text string) document.Span { return findDateline(text) }

package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/document"
)

// jsonArticle is one JSON Lines record. text is required unless html (a
// raw page) is given; unknown fields are ignored.
type jsonArticle struct {
	Text      *string         `json:"text"`
	Title     string          `json:"title"`
	URL       string          `json:"url"`
	Source    string          `json:"source"`
	Published json.RawMessage `json:"published"`
	Date      json.RawMessage `json:"date"`
	Author    json.RawMessage `json:"author"`
	ID        json.RawMessage `json:"id"`
	HTML      string          `json:"html"`
}

// rawString returns a JSON string's value, a number's text, a list of
// strings joined by ", ", or "".
func rawString(b json.RawMessage) string {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || string(b) == "null" {
		return ""
	}
	switch b[0] {
	case '"':
		var s string
		if json.Unmarshal(b, &s) == nil {
			return s
		}
	case '[':
		var ss []string
		if json.Unmarshal(b, &ss) == nil {
			return strings.Join(ss, ", ")
		}
	case '{':
		var o struct{ Name string }
		if json.Unmarshal(b, &o) == nil {
			return o.Name
		}
	default:
		return string(b)
	}
	return ""
}

// article turns one record into an item (document or error).
func (a *jsonArticle) item(name string, opt Options) Item {
	it := Item{Name: name, InputID: rawString(a.ID)}
	m := meta{Title: a.Title, URL: a.URL, Source: a.Source, Author: rawString(a.Author)}
	m.Date = rawString(a.Published)
	if m.Date == "" {
		m.Date = rawString(a.Date)
	}
	text := ""
	if a.Text != nil {
		text = *a.Text
	}
	switch {
	case strings.TrimFunc(text, isSpaceRune) != "":
		doc, warns := newDocument(text, m, opt)
		if a.HTML != "" && (m.Title == "" || m.Date == "" || m.URL == "") {
			// Fill missing metadata from the page; the text stays as given.
			if pm, err := parseHTMLMeta(a.HTML); err == nil {
				fillMissing(&m, pm)
				doc, warns = newDocument(text, m, opt)
			}
		}
		it.Doc, it.Warnings = doc, prefix(name, warns)
	case a.HTML != "":
		page := strings.ToValidUTF8(a.HTML, "\uFFFD")
		doc, warns, err := htmlDocument(page, m, opt)
		if err != nil {
			it.Err = fmt.Errorf("%s: html: %w", name, err)
			return it
		}
		it.Doc, it.Warnings = doc, prefix(name, warns)
	case a.Text == nil:
		it.Err = fmt.Errorf("%s: missing \"text\" (or \"html\")", name)
	default:
		it.Err = fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	return it
}

func fillMissing(m *meta, pm meta) {
	setIfEmpty(&m.Title, pm.Title)
	setIfEmpty(&m.Date, pm.Date)
	setIfEmpty(&m.URL, pm.URL)
	setIfEmpty(&m.Source, pm.Source)
	setIfEmpty(&m.Author, pm.Author)
}

func prefix(name string, warns []string) []string {
	for i, w := range warns {
		warns[i] = name + ": " + w
	}
	return warns
}

// readJSONL streams JSON Lines from r: one article per line, each line
// read into a reused buffer of at most max bytes. A bad or oversized line
// is an error item named "name:line" and reading goes on.
func readJSONL(ctx context.Context, name string, br *bufio.Reader, max int64, opt Options, emit func(Item) error) error {
	var buf []byte
	lineNo, articles := 0, 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, rerr := readLine(br, buf[:0], max)
		buf = line[:0]
		if rerr != nil && rerr != io.EOF {
			return emit(Item{Name: name, Err: fmt.Errorf("%s:%d: read: %w", name, lineNo+1, rerr)})
		}
		if len(line) == 0 && !tooLong && rerr == io.EOF {
			break
		}
		lineNo++
		lname := name + ":" + strconv.Itoa(lineNo)
		var it Item
		switch trimmed := bytes.TrimSpace(line); {
		case tooLong:
			it = Item{Name: lname, Err: fmt.Errorf("%s: line longer than %d bytes: %w", lname, max, ErrTooLarge)}
		case len(trimmed) == 0:
			if rerr == io.EOF {
				break
			}
			continue
		default:
			it = parseJSONLine(lname, trimmed, opt)
			setPath(it.Doc, name)
		}
		if it.Name != "" {
			articles++
			if err := emit(it); err != nil {
				return err
			}
		}
		if rerr == io.EOF {
			break
		}
	}
	if articles == 0 {
		return emit(Item{Name: name, Err: fmt.Errorf("%s: %w", name, ErrEmpty)})
	}
	return nil
}

func parseJSONLine(name string, line []byte, opt Options) Item {
	var warns []string
	if !utf8.Valid(line) {
		warns = append(warns, name+": invalid UTF-8 replaced by U+FFFD")
	}
	if line[0] != '{' {
		return Item{Name: name, Err: fmt.Errorf("%s: not a JSON object", name)}
	}
	var a jsonArticle
	if err := decodeArticle(line, &a); err != nil {
		return Item{Name: name, Err: fmt.Errorf("%s: %v", name, jsonError(err))}
	}
	it := a.item(name, opt)
	it.Warnings = append(warns, it.Warnings...)
	return it
}

func jsonError(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("invalid JSON at byte %d: %v", se.Offset, err)
	}
	return err
}

// readLine reads one line (without its "\n") appending to buf. When the
// line is longer than max, the rest is read and dropped, and tooLong is
// set; memory stays bounded by max plus the reader's buffer.
func readLine(br *bufio.Reader, buf []byte, max int64) ([]byte, bool, error) {
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 { // +1 for the newline
				tooLong = true
				buf = buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			return bytes.TrimSuffix(buf, []byte{'\n'}), tooLong, nil
		default:
			return buf, tooLong, err
		}
	}
}

// readJSONValues reads a .json file that holds one pretty-printed article
// or an array of articles ("name[i]"); data is already bounded in size.
func readJSONValues(ctx context.Context, name string, data []byte, opt Options, emit func(Item) error) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		if _, err := dec.Token(); err != nil {
			return emit(Item{Name: name, Err: fmt.Errorf("%s: %v", name, jsonError(err))})
		}
	}
	n := 0
	for i := 0; dec.More(); i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		iname := fmt.Sprintf("%s[%d]", name, i)
		var a jsonArticle
		if err := dec.Decode(&a); err != nil {
			return emit(Item{Name: iname, Err: fmt.Errorf("%s: %v", iname, jsonError(err))})
		}
		n++
		it := a.item(iname, opt)
		setPath(it.Doc, name)
		if err := emit(it); err != nil {
			return err
		}
	}
	if n == 0 {
		return emit(Item{Name: name, Err: fmt.Errorf("%s: %w", name, ErrEmpty)})
	}
	return nil
}

func setPath(doc *document.Document, name string) {
	if doc != nil && name != "-" {
		doc.Path = document.Str(name)
	}
}

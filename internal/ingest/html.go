package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"

	"github.com/claimtrack/claimtrack/internal/document"
)

// readHTML extracts the main article text and metadata of a web page. The
// text keeps paragraph breaks ("\n\n" between blocks); navigation, scripts,
// ads, sharing widgets, comments, figures and footers are left out.
func readHTML(raw []byte, opt Options) (*document.Document, []string, error) {
	var pre []string
	if n := bytes.Count(raw, []byte{0}); n > 0 && n*1000 < len(raw) {
		// A few stray NUL bytes in a page (a bad template) do not make
		// it binary; browsers skip them.
		if clean := bytes.ReplaceAll(raw, []byte{0}, nil); !isBinary(clean) {
			raw = clean
			pre = append(pre, fmt.Sprintf("%d NUL bytes removed", n))
		}
	}
	if !utf8.Valid(raw) && !isBinary(raw) {
		// Not UTF-8: use the charset the page declares (meta tag or
		// BOM), if it is one that Windows-1252 would garble.
		enc, name, _ := charset.DetermineEncoding(raw[:min(len(raw), 1024)], "")
		if name == "windows-1252" {
			// The standard prescan reads 1 KB; many pages declare their
			// charset after a long head of scripts and links.
			if e, n := metaCharset(raw[:min(len(raw), 32<<10)]); e != nil {
				enc, name = e, n
			}
		}
		if enc != nil && name != "utf-8" && name != "windows-1252" && name != "iso-8859-1" {
			if dec, err := enc.NewDecoder().Bytes(raw); err == nil {
				raw = dec
				pre = append(pre, "decoded from "+name)
			}
		}
	}
	s, warns, err := decodeText(raw)
	warns = append(pre, warns...)
	if err != nil {
		return nil, nil, err
	}
	doc, w, err := htmlDocument(s, meta{}, opt)
	return doc, append(warns, w...), err
}

// metaCharset finds the charset a <meta> tag in head declares.
func metaCharset(head []byte) (encoding.Encoding, string) {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return nil, ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			for {
				k, v, more := z.TagAttr()
				label := ""
				switch strings.ToLower(string(k)) {
				case "charset":
					label = string(v)
				case "content":
					if i := strings.Index(strings.ToLower(string(v)), "charset="); i >= 0 {
						label = strings.Trim(string(v[i+len("charset="):]), `"' ;`)
					}
				}
				if label != "" {
					if e, n := charset.Lookup(label); e != nil {
						return e, n
					}
				}
				if !more {
					break
				}
			}
		}
	}
}

// htmlDocument parses page (valid UTF-8) and builds its document; fields
// already in known win over the page's own metadata.
func htmlDocument(page string, known meta, opt Options) (*document.Document, []string, error) {
	root, warns, err := parseHTML(page)
	if err != nil {
		return nil, nil, err
	}
	m := pageMeta(root)
	if known.Title != "" {
		m.Title = known.Title
	}
	if known.Date != "" {
		m.Date = known.Date
	}
	if known.Source != "" {
		m.Source = known.Source
	}
	if known.URL != "" {
		m.URL = known.URL
	}
	if known.Author != "" {
		m.Author = known.Author
	}
	ld := ldArticleBody(root)
	body := mainText(root, m.Title)
	if ld != "" && ldConsistent(ld, body) {
		// The publisher's own articleBody holds what the page showed and
		// more (a body cut by a paywall or split by the layout).
		body = ld
	}
	if strings.TrimFunc(body, isSpaceRune) == "" {
		// No block reads like an article: take the page's readable text
		// rather than lose it.
		if root, _, err = parseHTML(page); err != nil {
			return nil, nil, err
		}
		body = wholeText(root, m.Title)
		if strings.TrimFunc(body, isSpaceRune) == "" {
			return nil, nil, ErrNoText
		}
		warns = append(warns, "no article block found: kept the whole text of the page")
	}
	doc, w := newDocument(body, m, opt)
	return doc, append(warns, w...), nil
}

// parseHTMLMeta reads only the metadata of a page.
func parseHTMLMeta(page string) (meta, error) {
	root, _, err := parseHTML(strings.ToValidUTF8(page, "\uFFFD"))
	if err != nil {
		return meta{}, err
	}
	return pageMeta(root), nil
}

// pageMeta reads title, author, date, site name and canonical URL from the
// head (meta and link tags), JSON-LD and the <title> element.
func pageMeta(root *html.Node) meta {
	var m meta
	var title, ogTitle, ldTitle, h1 string
	var canonical, ogURL string
	var dates [3]string // best first: article:published_time, other meta, <time>
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Title:
			if title == "" && !inSVG(n) {
				title = textOf(n)
			}
		case atom.H1:
			if h1 == "" {
				h1 = cleanSpace(textOf(n))
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
				canonical = attr(n, "href")
			}
		case atom.Meta:
			key := strings.ToLower(attr(n, "property"))
			if key == "" {
				key = strings.ToLower(attr(n, "name"))
			}
			if key == "" {
				key = strings.ToLower(attr(n, "itemprop"))
			}
			v := strings.TrimSpace(attr(n, "content"))
			if v == "" {
				return false
			}
			switch key {
			case "og:title", "twitter:title":
				setIfEmpty(&ogTitle, v)
			case "og:site_name", "application-name", "publisher", "dc.publisher":
				setIfEmpty(&m.Source, v)
			case "og:url":
				setIfEmpty(&ogURL, v)
			case "author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author":
				if !strings.HasPrefix(v, "http") {
					setIfEmpty(&m.Author, strings.TrimPrefix(strings.TrimPrefix(v, "By "), "by "))
				}
			case "article:published_time", "datepublished", "og:published_time", "published_time":
				setIfEmpty(&dates[0], v)
			case "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
				"dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate":
				setIfEmpty(&dates[1], v)
			}
		case atom.Time:
			if v := attr(n, "datetime"); v != "" {
				setIfEmpty(&dates[2], v)
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				ldMeta(textOf(n), &m, &ldTitle, &dates[0])
			}
			return false
		case atom.Style, atom.Noscript, atom.Template:
			return false
		}
		return true
	})
	for _, t := range []string{ogTitle, ldTitle, title} {
		if t != "" {
			m.Title = stripSiteName(cleanSpace(t), m.Source, h1)
			break
		}
	}
	for _, d := range dates {
		if _, ok := parseDate(d); ok {
			m.Date = d
			break
		}
	}
	if m.Date == "" {
		m.Date = firstNonEmpty(dates[:]...)
	}
	m.URL = firstNonEmpty(canonical, ogURL)
	return m
}

// stripSiteName removes a " | Site Name" suffix (or prefix) from a page
// title when the part is the site's name, a domain, or the rest equals the
// page's h1.
func stripSiteName(title, site, h1 string) string {
	for _, sep := range []string{" | ", " - ", " — ", " – ", " :: ", " · ", " » "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		if site != "" && strings.EqualFold(tail, site) || isDomain(tail) || h1 != "" && head == h1 {
			return strings.TrimSpace(head)
		}
		j := strings.Index(title, sep)
		if site != "" && strings.EqualFold(title[:j], site) {
			return strings.TrimSpace(title[j+len(sep):])
		}
	}
	return title
}

func isDomain(s string) bool {
	s = strings.ToLower(s)
	return !strings.Contains(s, " ") && (strings.HasSuffix(s, ".com") || strings.HasSuffix(s, ".org") ||
		strings.HasSuffix(s, ".net") || strings.HasSuffix(s, ".co.uk") || strings.HasPrefix(s, "www."))
}

// ldMeta reads schema.org NewsArticle fields from a JSON-LD script.
func ldMeta(src string, m *meta, title, date *string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			typ, _ := x["@type"].(string)
			if ts, ok := x["@type"].([]any); ok && len(ts) > 0 {
				typ, _ = ts[0].(string)
			}
			if !strings.Contains(typ, "Article") && !strings.Contains(typ, "Posting") && typ != "Report" {
				return
			}
			if s, ok := x["headline"].(string); ok {
				setIfEmpty(title, s)
			}
			if s, ok := x["datePublished"].(string); ok {
				setIfEmpty(date, s)
			}
			setIfEmpty(&m.Author, ldName(x["author"]))
			setIfEmpty(&m.Source, ldName(x["publisher"]))
		}
	}
	visit(v, 0)
}

// ldName returns the name of a JSON-LD person or organisation (or the
// first of a list).
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		s, _ := x["name"].(string)
		return s
	case []any:
		var names []string
		for _, e := range x {
			if s := ldName(e); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// walk visits n and its descendants in document order; f returns false to
// skip a node's children.
func walk(n *html.Node, f func(*html.Node) bool) {
	if !f(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func find(n *html.Node, a atom.Atom) *html.Node {
	var found *html.Node
	walk(n, func(n *html.Node) bool {
		if found != nil {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == a {
			found = n
			return false
		}
		return true
	})
	return found
}

func textOf(n *html.Node) string {
	var b bytes.Buffer
	walk(n, func(n *html.Node) bool {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		return true
	})
	return b.String()
}

func linkTextLen(n *html.Node) int {
	l := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			l += len(strings.TrimSpace(textOf(c)))
			return false
		}
		return true
	})
	return l
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func inSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg {
			return true
		}
	}
	return false
}

func setIfEmpty(dst *string, v string) {
	v = strings.TrimSpace(v)
	if *dst == "" && v != "" && utf8.ValidString(v) {
		*dst = v
	}
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

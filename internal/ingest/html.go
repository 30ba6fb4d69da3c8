package ingest

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/claimtrack/claimtrack/internal/document"
)

// readHTML extracts the main article text and metadata of a web page. The
// text keeps paragraph breaks ("\n\n" between blocks); navigation, scripts,
// ads, sharing widgets, comments, figures and footers are left out.
func readHTML(raw []byte, opt Options) (*document.Document, []string, error) {
	var pre []string
	if !utf8.Valid(raw) && !isBinary(raw) {
		// Not UTF-8: use the charset the page declares (meta tag or
		// BOM), if it is one that Windows-1252 would garble.
		head := raw[:min(len(raw), 1024)]
		if enc, name, _ := charset.DetermineEncoding(head, ""); enc != nil && name != "utf-8" && name != "windows-1252" && name != "iso-8859-1" {
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

// htmlDocument parses page (valid UTF-8) and builds its document; fields
// already in known win over the page's own metadata.
func htmlDocument(page string, known meta, opt Options) (*document.Document, []string, error) {
	root, err := html.Parse(strings.NewReader(page))
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
	body := mainText(root, m.Title)
	if strings.TrimFunc(body, isSpaceRune) == "" {
		return nil, nil, ErrNoText
	}
	doc, warns := newDocument(body, m, opt)
	return doc, warns, nil
}

// parseHTMLMeta reads only the metadata of a page.
func parseHTMLMeta(page string) (meta, error) {
	root, err := html.Parse(strings.NewReader(strings.ToValidUTF8(page, "\uFFFD")))
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

// mainText finds the element holding the article and writes its text, one
// block per paragraph.
func mainText(root *html.Node, title string) string {
	body := find(root, atom.Body)
	if body == nil {
		body = root
	}
	prune(body, paraTextLen(body))
	scores := map[*html.Node]int{}
	total := 0
	walk(body, func(n *html.Node) bool {
		if n.Type == html.ElementNode && (n.DataAtom == atom.P || n.DataAtom == atom.Pre || n.DataAtom == atom.Blockquote) {
			l := len(strings.TrimSpace(textOf(n))) - linkTextLen(n)
			if l > 0 {
				total += l
				for p, k := n.Parent, 0; p != nil && k < 3; p, k = p.Parent, k+1 {
					scores[p] += l >> k
				}
			}
			return false
		}
		return true
	})
	var best *html.Node
	// An <article> or articleBody element with most of the paragraph text
	// wins; otherwise the node with the best paragraph score.
	var semantic *html.Node
	walk(body, func(n *html.Node) bool {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Article || n.DataAtom == atom.Main ||
			strings.EqualFold(attr(n, "itemprop"), "articleBody")) {
			if semantic == nil || subtreeScore(n, scores) > subtreeScore(semantic, scores) {
				semantic = n
			}
		}
		return true
	})
	if semantic != nil && total > 0 && subtreeScore(semantic, scores)*2 >= total {
		best = semantic
	} else {
		bestScore := 0
		walk(body, func(n *html.Node) bool {
			if s := scores[n]; s > bestScore {
				best, bestScore = n, s
			}
			return true
		})
		if best == nil || bestScore*3 < total {
			best = body
		}
	}
	var w blockWriter
	w.title = cleanSpace(title)
	w.block(best)
	w.flush()
	return w.out.String()
}

func subtreeScore(n *html.Node, scores map[*html.Node]int) int {
	best := scores[n]
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if s := subtreeScore(c, scores); s > best {
			best = s
		}
	}
	return best
}

// prune removes the elements that are never article text. An element
// taken for furniture by its class or id alone is kept when it holds most
// of the page's paragraph text (a wrapper named "has-sidebar").
func prune(n *html.Node, total int) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode:
			n.RemoveChild(c)
		case c.Type != html.ElementNode:
		case isJunkTag(c):
			n.RemoveChild(c)
		case isJunk(c) && (total == 0 || paraTextLen(c)*2 < total):
			n.RemoveChild(c)
		default:
			prune(c, total)
		}
		c = next
	}
}

// paraTextLen is the length of the text in n's paragraphs.
func paraTextLen(n *html.Node) int {
	l := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			l += len(strings.TrimSpace(textOf(c)))
			return false
		}
		return true
	})
	return l
}

func isJunkTag(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Svg, atom.Canvas,
		atom.Form, atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Nav, atom.Aside,
		atom.Footer, atom.Figure, atom.Figcaption, atom.Header, atom.Menu, atom.Dialog, atom.Object,
		atom.Embed, atom.Video, atom.Audio, atom.Picture, atom.Img, atom.Map, atom.Head, atom.Title,
		atom.Label, atom.Option:
		return true
	}
	return false
}

// isJunk tells furniture by custom tag name and attributes.
func isJunk(n *html.Node) bool {
	if n.DataAtom == 0 && strings.Contains(n.Data, "-") { // custom elements: <ad-slot>, <share-bar>
		if junkWords(n.Data) {
			return true
		}
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		case "role":
			switch strings.ToLower(a.Val) {
			case "navigation", "banner", "contentinfo", "complementary", "dialog", "menu", "search", "alert":
				return true
			}
		case "class", "id":
			if junkWords(a.Val) {
				return true
			}
		}
	}
	return false
}

// junkWords reports whether a class, id or tag names page furniture. The
// value is split into words at spaces, "-" and "_" ("share-bar",
// "comments_section", "adSlot" stays whole).
func junkWords(v string) bool {
	v = strings.ToLower(v)
	for _, w := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n' }) {
		switch w {
		case "comment", "comments", "share", "sharing", "social", "related", "advert", "advertisement",
			"ad", "ads", "adslot", "adunit", "promo", "newsletter", "subscribe", "subscription", "sidebar",
			"menu", "nav", "navbar", "navigation", "footer", "cookie", "cookies", "banner", "breadcrumb",
			"breadcrumbs", "popup", "modal", "widget", "sponsor", "sponsored", "outbrain", "taboola",
			"recommended", "recommendations", "recirc", "hidden", "masthead", "toolbar", "caption",
			"credit", "disqus", "login", "signup", "paywall", "tags", "taglist", "byline", "dateline",
			"author", "timestamp", "metadata", "skip", "visually", "screenreader", "trending",
			"mostread", "readmore", "teaser", "gallery", "slideshow", "player",
			"overlay", "consent", "gdpr", "header", "topbar", "pagination", "pager":
			return true
		}
	}
	return false
}

// blockWriter writes text with "\n\n" between blocks and collapsed white
// space inside them.
type blockWriter struct {
	out   strings.Builder
	cur   strings.Builder
	space bool
	title string
}

func (w *blockWriter) text(s string) {
	for _, r := range s {
		if isSpaceRune(r) {
			w.space = true
			continue
		}
		if w.space && w.cur.Len() > 0 {
			w.cur.WriteByte(' ')
		}
		w.space = false
		w.cur.WriteRune(r)
	}
}

func (w *blockWriter) lineBreak() {
	if w.cur.Len() > 0 {
		w.cur.WriteByte('\n')
		w.space = false
	}
}

func (w *blockWriter) flush() {
	b := strings.TrimRight(w.cur.String(), " \n")
	w.cur.Reset()
	w.space = false
	if b == "" {
		return
	}
	if w.out.Len() > 0 {
		w.out.WriteString("\n\n")
	}
	w.out.WriteString(b)
}

// block writes n's content; block-level elements become paragraphs.
func (w *blockWriter) block(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			w.text(c.Data)
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Br:
				w.lineBreak()
				continue
			case atom.H1:
				// The headline is metadata, not body text.
				if t := cleanSpace(textOf(c)); t != "" && w.title != "" && strings.HasPrefix(w.title, t) {
					continue
				}
			}
			if isBlock(c.DataAtom) {
				w.flush()
				if isListItem(c.DataAtom) && linkTextLen(c)*2 > len(strings.TrimSpace(textOf(c))) {
					continue // lists of links
				}
				w.block(c)
				w.flush()
				continue
			}
			w.block(c)
		}
	}
}

func isListItem(a atom.Atom) bool { return a == atom.Li || a == atom.Dd || a == atom.Dt }

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dd, atom.Dt, atom.Blockquote,
		atom.Pre, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Hr, atom.Address, atom.Details,
		atom.Summary, atom.Center, atom.Body, atom.Html:
		return true
	}
	return false
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

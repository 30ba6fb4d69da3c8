package ingest

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Main text of a page. The reader scores blocks of running text, not
// elements: a block is a run of text and inline elements between two
// block-level boundaries, so a <p>, the loose <br>-separated text of a blog
// post and the text of a table cell all count. Each block adds its length
// (without link text) to the element holding it and, halved at each step,
// to two more ancestors; an element's score is then discounted by its link
// density, so lists of teasers lose to running prose. Semantic markers
// (itemprop=articleBody, <article>, <main>) win when they hold most of the
// text, and sibling blocks of the winner that read like it are kept too.

// measure is the visible text of a subtree in bytes, and how much of it is
// link text.
type measure struct{ text, link int }

func (m measure) plain() int { return m.text - m.link }

// linkDensity is the share of link text, 0 for no text.
func (m measure) linkDensity() float64 {
	if m.text == 0 {
		return 0
	}
	return float64(m.link) / float64(m.text)
}

// measureTree fills ms with every element's measure and returns n's.
func measureTree(n *html.Node, ms map[*html.Node]measure) measure {
	var s measure
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			s.text += trimmedLen(c.Data)
		case html.ElementNode:
			cm := measureTree(c, ms)
			if isNeverText(c) || isHidden(c) {
				continue
			}
			if c.DataAtom == atom.A {
				cm.link = cm.text
			}
			s.text += cm.text
			s.link += cm.link
		}
	}
	ms[n] = s
	return s
}

func trimmedLen(s string) int { return len(strings.TrimFunc(s, isSpaceRune)) }

// minBlock is the plain text a block outside a <p> needs to count as
// running text ("Share", "Read more" and labels do not).
const minBlock = 25

// mainText finds the elements holding the article and writes their text,
// one block per paragraph. It changes the tree.
func mainText(root *html.Node, title string) string {
	body := find(root, atom.Body)
	if body == nil {
		body = root
	}
	ms := map[*html.Node]measure{}
	pageText := measureTree(body, ms).plain()
	prune(body, pageText, ms)
	clear(ms)
	measureTree(body, ms)

	scores := map[*html.Node]float64{}
	own := map[*html.Node]int{} // running text in blocks directly inside an element
	total := scoreBlocks(body, ms, scores, own)

	var w blockWriter
	w.title = cleanSpace(title)
	if best, marked := pickBest(body, ms, scores, own, total); best != nil {
		blocks := []*html.Node{best}
		if !marked {
			blocks = withSiblings(best, ms, own)
		}
		for _, n := range blocks {
			w.block(n)
			w.flush()
		}
	}
	return w.out.String()
}

// wholeText is the fallback when no block looks like an article: the
// page's readable text without the furniture named by tag, but with what
// was taken for furniture by class. root must be freshly parsed.
func wholeText(root *html.Node, title string) string {
	body := find(root, atom.Body)
	if body == nil {
		body = root
	}
	ms := map[*html.Node]measure{}
	measureTree(body, ms)
	var strip func(n *html.Node)
	strip = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type == html.CommentNode, c.Type == html.ElementNode && (isNeverText(c) || isHidden(c) || isFurnitureTag(c)):
				n.RemoveChild(c)
			case c.Type == html.ElementNode:
				strip(c)
			}
			c = next
		}
	}
	strip(body)
	w := blockWriter{title: cleanSpace(title)}
	w.block(body)
	w.flush()
	return w.out.String()
}

// scoreBlocks walks the tree, adds each block's plain text to its holder
// and ancestors, and returns the total.
func scoreBlocks(n *html.Node, ms map[*html.Node]measure, scores map[*html.Node]float64, own map[*html.Node]int) int {
	total := 0
	var run measure
	// A paragraph belongs to the element around it; so does a leaf
	// <div> of loose text, the paragraph of many templates.
	// A leaf with <br> line breaks is a text of its own, not a paragraph.
	para := isParagraph(n.DataAtom) || n.DataAtom != atom.Body && n.DataAtom != atom.Td && !hasBlockChild(n) && !hasBr(n)
	short := isParagraph(n.DataAtom) // a real paragraph counts however short
	closeRun := func() {
		l := run.plain()
		if isListItem(n.DataAtom) && run.link > 0 {
			// A list item with a link is more often a teaser than
			// article text.
			l /= 2
		}
		if l > 0 && (short || l >= minBlock) && run.linkDensity() < 0.5 {
			total += l
			holder := n
			if para {
				holder = n.Parent
			}
			if holder != nil {
				own[holder] += l
			}
			f := float64(l)
			for p, k := holder, 0; p != nil && k < 2; p, k = p.Parent, k+1 {
				scores[p] += f
				f /= 2
			}
		}
		run = measure{}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			run.text += trimmedLen(c.Data)
		case html.ElementNode:
			if c.DataAtom == atom.Br {
				continue
			}
			if isBlock(c.DataAtom) || hasBlock(c) {
				closeRun()
				total += scoreBlocks(c, ms, scores, own)
				continue
			}
			cm := ms[c]
			if c.DataAtom == atom.A {
				cm.link = cm.text
			}
			run.text += cm.text
			run.link += cm.link
		}
	}
	closeRun()
	return total
}

func hasBr(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Br {
			return true
		}
	}
	return false
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isBlock(c.DataAtom) || hasBlock(c)) {
			return true
		}
	}
	return false
}

// hasBlock reports whether an inline element wraps block elements (a <span>
// or <a> around paragraphs), so that its blocks are scored on their own.
func hasBlock(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found {
			return false
		}
		if c != n && c.Type == html.ElementNode && isBlock(c.DataAtom) {
			found = true
		}
		return !found
	})
	return found
}

// isParagraph tells elements that are one block each and belong to the
// element around them.
func isParagraph(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Pre, atom.Blockquote, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Dd, atom.Dt:
		return true
	}
	return false
}

// pickBest chooses the element holding the article: an articleBody,
// <article> or <main> element with most of the running text, else the
// best-scoring element after its link density. marked tells a semantic
// element, whose siblings are not the article.
func pickBest(body *html.Node, ms map[*html.Node]measure, scores map[*html.Node]float64, own map[*html.Node]int, total int) (best *html.Node, marked bool) {
	if total == 0 {
		return nil, false
	}
	inside := func(n *html.Node) int {
		s := 0
		walk(n, func(c *html.Node) bool {
			s += own[c]
			return true
		})
		return s
	}
	var semantic *html.Node
	semIn := 0
	var itemBody *html.Node
	itemIn := 0
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
			if in := inside(n); in > itemIn {
				itemBody, itemIn = n, in
			}
		}
		if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
			if in := inside(n); in > semIn {
				semantic, semIn = n, in
			}
		}
		return true
	})
	// articleBody is a publisher's explicit mark: it wins when it holds a
	// real share of the text, not only most of it.
	if itemBody != nil && itemIn*3 >= total {
		return itemBody, true
	}
	bestScore := 0.0
	walk(body, func(n *html.Node) bool {
		if s := scores[n]; s > 0 {
			s *= 1 - ms[n].linkDensity()
			if s > bestScore {
				best, bestScore = n, s
			}
		}
		return true
	})
	// A parent scoring nearly as well, with running text of its own,
	// holds more of the article beside the best block (a lead paragraph
	// outside the text's own <div>).
	adj := func(n *html.Node) float64 { return scores[n] * (1 - ms[n].linkDensity()) }
	for best != nil && best.Parent != nil && best.Parent.DataAtom != atom.Body && own[best.Parent] > 0 && adj(best.Parent) >= 0.8*adj(best) {
		best = best.Parent
	}
	// An ancestor holding much more running text, with as few links, is
	// an article built of several modules (text, quote, text again).
	if best != nil {
		in, ld := inside(best), ms[best].linkDensity()
		for a, k := best.Parent, 0; a != nil && a.DataAtom != atom.Body && k < 6; a, k = a.Parent, k+1 {
			if ain, ald := inside(a), ms[a].linkDensity(); ain*2 >= in*3 && ald <= ld+0.05 && ald < 0.1 {
				best, in, ld = a, ain, ald
			}
		}
	}
	if semantic != nil && semIn*2 >= total && (best == nil || !contains(semantic, best) || inside(best)*2 < semIn) {
		// The semantic element holds most of the text and the best block
		// is not a large part of it (or lies outside it).
		return semantic, true
	}
	return best, false
}

func contains(a, b *html.Node) bool {
	for p := b; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// withSiblings returns best and those of its siblings that continue the
// article: blocks of running text with few links, in document order (a
// body split into columns, or paragraphs beside the best container).
func withSiblings(best *html.Node, ms map[*html.Node]measure, own map[*html.Node]int) []*html.Node {
	parent := best.Parent
	if parent == nil || best.DataAtom == atom.Body {
		return []*html.Node{best}
	}
	bm := ms[best].plain()
	var out []*html.Node
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c == best {
			out = append(out, c)
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		m := ms[c]
		ld := m.linkDensity()
		switch {
		case (c.DataAtom == atom.P || c.DataAtom == atom.Pre || c.DataAtom == atom.Blockquote) && m.plain() >= 80 && ld < 0.25:
			out = append(out, c)
		case c.DataAtom == best.DataAtom && m.plain()*4 >= bm && ld < 0.2 && runText(c, own)*2 >= m.plain():
			out = append(out, c)
		}
	}
	return out
}

// runText is the running text in blocks inside n.
func runText(n *html.Node, own map[*html.Node]int) int {
	s := 0
	walk(n, func(c *html.Node) bool {
		s += own[c]
		return true
	})
	return s
}

// prune removes the elements that are never article text. An element
// taken for furniture by its tag (<nav>, <aside>) or its class or id alone
// is kept when it holds most of the page's text (a wrapper named
// "has-sidebar", a blog post in a "widget").
func prune(n *html.Node, total int, ms map[*html.Node]measure) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode:
			n.RemoveChild(c)
		case c.Type != html.ElementNode:
		case isNeverText(c) || isHidden(c):
			n.RemoveChild(c)
		case isFurnitureTag(c) && (ms[c].plain()*2 < total || ms[c].plain() < 200),
			prunable(c, ms[c], total):
			// A <footer> holding a page's few words is still a footer.
			n.RemoveChild(c)
		default:
			prune(c, total, ms)
		}
		c = next
	}
}

// prunable tells furniture by class or id: a strong sign unless the
// element wraps nearly the whole page, a weak sign unless it holds half the
// page's text or a long block of running text.
func prunable(n *html.Node, m measure, total int) bool {
	switch isJunk(n) {
	case strongJunk:
		// Kept as a wrapper of most of the page ("content-with-share").
		return m.plain()*2 < total
	case weakJunk:
		return m.plain()*2 < total && (m.plain() < 800 || m.linkDensity() >= 0.2)
	}
	return false
}

// isNeverText tells elements whose content is never article text. A
// <form> is not one of them: ASP.NET pages wrap the whole body in one.
func isNeverText(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Iframe, atom.Svg, atom.Canvas,
		atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Object, atom.Embed, atom.Video,
		atom.Audio, atom.Picture, atom.Img, atom.Map, atom.Head, atom.Title, atom.Label, atom.Option,
		atom.Dialog:
		return true
	}
	return false
}

// isFurnitureTag tells elements that are page furniture by their tag.
func isFurnitureTag(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Figure, atom.Figcaption, atom.Menu:
		return true
	case atom.Header:
		// The header of an <article> holds its standfirst; its headline
		// and byline go by other rules.
		for p := n.Parent; p != nil; p = p.Parent {
			if p.DataAtom == atom.Article {
				return false
			}
		}
		return true
	}
	return false
}

func isHidden(n *html.Node) bool {
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
		}
	}
	return false
}

// junk is how sure a class, id or role is that an element is furniture.
type junk int

const (
	notJunk junk = iota
	// weakJunk words also mark article text on some sites: "ads" in
	// "Section--Ads", a part of a review that carries an ad slot.
	weakJunk
	strongJunk
)

// isJunk tells furniture by custom tag name and attributes.
func isJunk(n *html.Node) junk {
	k := notJunk
	if n.DataAtom == 0 && strings.Contains(n.Data, "-") { // custom elements: <ad-slot>, <share-bar>
		k = max(k, junkClass(n.Data))
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			switch strings.ToLower(a.Val) {
			case "navigation", "banner", "contentinfo", "complementary", "dialog", "menu", "search", "alert":
				return strongJunk
			}
		case "class", "id":
			k = max(k, junkClass(a.Val))
		}
	}
	return k
}

// junkWords reports whether a class, id or tag names page furniture.
func junkWords(v string) bool { return junkClass(v) != notJunk }

// junkClass grades a class, id or tag name. The value is split into words
// at spaces, "-" and "_" ("share-bar", "comments_section", "adSlot" stays
// whole). Words that also name content ("player" of a standings table) are
// not on the lists.
func junkClass(v string) junk {
	v = strings.ToLower(v)
	// Some words are furniture only as a whole class: "hidden", but not
	// Drupal's "field--label-hidden" around the body.
	for _, w := range strings.Fields(v) {
		switch w {
		case "hidden", "visually-hidden", "sr-only", "screen-reader-text", "d-none", "invisible":
			return strongJunk
		}
	}
	k := notJunk
	for _, w := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n' }) {
		switch w {
		case "comment", "comments", "share", "sharing", "social", "related", "promo", "newsletter",
			"subscribe", "subscription", "menu", "nav", "navbar", "navigation", "footer", "cookie", "cookies",
			"breadcrumb", "breadcrumbs", "popup", "modal", "sponsor", "sponsored", "outbrain", "taboola",
			"recommended", "recommendations", "recirc", "disqus", "login", "signup", "paywall",
			"trending", "mostread", "overlay", "consent", "gdpr":
			return strongJunk
		case "masthead", "toolbar", "caption", "credit", "tags", "taglist", "byline", "dateline", "author",
			"timestamp", "metadata", "skip", "visually", "screenreader", "readmore", "teaser", "gallery",
			"slideshow", "videoplayer", "jwplayer", "header", "topbar", "pagination", "pager", "banner", "sidebar", "widget":
			return strongJunk
		case "advert", "advertisement", "ad", "ads", "adslot", "adunit":
			k = weakJunk
		}
	}
	return k
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

// lineBreak ends a line; a second <br> in a row ends the paragraph, as
// text written with <br><br> between paragraphs means.
func (w *blockWriter) lineBreak() {
	if w.cur.Len() == 0 {
		return
	}
	if strings.HasSuffix(w.cur.String(), "\n") {
		w.flush()
		return
	}
	w.cur.WriteByte('\n')
	w.space = false
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
			if isNeverText(c) || isHidden(c) {
				continue
			}
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
				if skipBlock(c) {
					continue
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
		atom.Summary, atom.Center, atom.Body, atom.Html, atom.Form, atom.Fieldset, atom.Header,
		atom.Footer, atom.Nav, atom.Aside, atom.Figure, atom.Figcaption, atom.Tbody, atom.Thead,
		atom.Tfoot, atom.Caption:
		return true
	}
	return false
}

// ldArticleBody returns the longest JSON-LD articleBody of the page as
// paragraphs of text ("" for none). Some publishers put HTML in it.
func ldArticleBody(root *html.Node) string {
	best := ""
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n.DataAtom != atom.Script {
			return true
		}
		if !strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
			return false
		}
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(textOf(n))), &v) != nil {
			return false
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
				if s, ok := x["articleBody"].(string); ok && len(s) > len(best) {
					best = s
				}
				if g, ok := x["@graph"]; ok {
					visit(g, depth+1)
				}
			}
		}
		visit(v, 0)
		return false
	})
	if best == "" || !utf8.ValidString(best) {
		return ""
	}
	var w blockWriter
	if strings.Contains(best, "<") {
		nodes, err := html.ParseFragment(strings.NewReader(best), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
		if err != nil {
			return ""
		}
		div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		for _, c := range nodes {
			div.AppendChild(c)
		}
		w.block(div)
		w.flush()
		return w.out.String()
	}
	for _, para := range strings.Split(best, "\n") {
		w.text(para)
		w.flush()
	}
	return w.out.String()
}

// ldConsistent reports whether the JSON-LD body ld should replace the body
// read from the page: it is clearly longer, and holds nearly all the words
// of what the page showed, so it is the same article and not a summary or
// another one.
func ldConsistent(ld, body string) bool {
	lw, bw := strings.Fields(ld), strings.Fields(body)
	if len(lw) < 50 || len(lw)*10 < len(bw)*13 {
		return false
	}
	have := make(map[string]bool, len(lw))
	for _, w := range lw {
		have[strings.ToLower(strings.Trim(w, ".,;:!?\"'“”‘’()"))] = true
	}
	found := 0
	for _, w := range bw {
		if have[strings.ToLower(strings.Trim(w, ".,;:!?\"'“”‘’()"))] {
			found++
		}
	}
	return found*10 >= len(bw)*8
}

// skipBlock tells blocks inside the article that are not its text: list
// items that are mostly links, short blocks that are all link (a teaser
// headline between paragraphs), and furniture labels ("Advertisement").
func skipBlock(n *html.Node) bool {
	t := strings.TrimFunc(textOf(n), isSpaceRune)
	if t == "" {
		return false
	}
	l := linkTextLen(n)
	switch {
	case isListItem(n.DataAtom) && l*10 > len(t)*8:
		return true
	case l*10 >= len(t)*9 && len(t) < 300 && !hasBlockChild(n):
		return true
	case len(t) < 40 && isFurnitureLabel(strings.ToLower(cleanSpace(t))):
		return true
	case isHeading(n.DataAtom) && n.DataAtom != atom.H1:
		// A heading over a list of links ("Related posts") or over
		// nothing belongs to furniture.
		next := n.NextSibling
		for next != nil && (next.Type != html.ElementNode || isNeverText(next)) {
			if next.Type == html.TextNode && strings.TrimFunc(next.Data, isSpaceRune) != "" {
				return false
			}
			next = next.NextSibling
		}
		if next == nil {
			return true
		}
		nt := trimmedLen(textOf(next))
		return nt > 0 && linkTextLen(next)*2 > nt
	}
	return false
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// isFurnitureLabel tells the whole texts of blocks that label furniture.
func isFurnitureLabel(s string) bool {
	switch s {
	case "advert", "advertisement", "ad", "close", "share", "share this", "share this article", "get short url",
		"comments", "comment", "don't miss", "read more", "related", "related articles", "continue reading",
		"sponsored", "loading", "loading...", "see also", "more on this story", "recommended",
		"tell us what you think...", "like this story? share it with a friend!":
		return true
	}
	return false
}

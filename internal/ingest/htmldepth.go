package ingest

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxNesting is how deep the reader keeps elements of a page that is too
// deep for the HTML parser (which stops at 512 open elements): tags below
// it are dropped and their text is kept in the element above.
const maxNesting = 256

// parseHTML parses page. A page nested too deep to parse (100,000 <div>s) is
// read to a depth limit instead of refused, with a warning.
func parseHTML(page string) (*html.Node, []string, error) {
	root, err := parseNoScript(page)
	if err == nil {
		return root, nil, nil
	}
	flat, dropped := flattenDeep(page, maxNesting)
	if root, err2 := parseNoScript(flat); err2 == nil {
		return root, []string{fmt.Sprintf("page nested too deep (%v): %d tags below depth %d ignored", err, dropped, maxNesting)}, nil
	}
	// Even the flattened page does not parse: keep its text, one
	// paragraph per block boundary.
	return textTree(page), []string{fmt.Sprintf("page could not be parsed as HTML (%v): read as text", err)}, nil
}

// parseNoScript parses as a browser without scripts would: the content of
// <noscript> is markup, which some sites fill with the article itself.
func parseNoScript(page string) (*html.Node, error) {
	return html.ParseWithOptions(strings.NewReader(page), html.ParseOptionEnableScripting(false))
}

// flattenDeep rewrites page without the start and end tags of elements
// opened deeper than limit, and returns how many start tags it dropped.
// Depth is counted from the tokens (void elements do not nest), which can
// only overestimate the parser's.
func flattenDeep(page string, limit int) (string, int) {
	type open struct {
		name string
		kept bool
	}
	var stack []open
	var b strings.Builder
	b.Grow(len(page))
	dropped := 0
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if isVoid(atom.Lookup(name)) {
				b.Write(raw)
				continue
			}
			kept := len(stack) < limit
			stack = append(stack, open{string(name), kept})
			if !kept {
				dropped++
				continue
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			i := len(stack) - 1
			for i >= 0 && stack[i].name != string(name) {
				i--
			}
			if i >= 0 {
				kept := stack[i].kept
				stack = stack[:i]
				if !kept {
					continue
				}
			}
		}
		b.Write(raw)
	}
	return b.String(), dropped
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// textTree builds a document of the page's text alone: one <p> per run of
// text between block tags, script and style left out.
func textTree(page string) *html.Node {
	doc := &html.Node{Type: html.DocumentNode}
	root := &html.Node{Type: html.ElementNode, Data: "html", DataAtom: atom.Html}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	doc.AppendChild(root)
	root.AppendChild(body)
	var p *html.Node
	skip := 0
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return doc
		}
		switch tt {
		case html.StartTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Script || a == atom.Style {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			}
			if isBlock(a) || a == atom.Br {
				p = nil
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			if p == nil {
				p = &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
				body.AppendChild(p)
			}
			p.AppendChild(&html.Node{Type: html.TextNode, Data: string(z.Text())})
		}
	}
}
